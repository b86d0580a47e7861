import enum as _enum


class ListAccessControlAccessReviewsSortBy(_enum.StrEnum):
    OWNER = "owner"
    ASSIGNMENT_NAME = "assignmentName"
    RECOMMENDATION = "recommendation"
    DAYS_REMAINING = "daysRemaining"
    CAMPAIGN_NAME = "campaignName"
