import enum as _enum


class ListOwnershipAccessReviewsSortBy(_enum.StrEnum):
    OWNER = "owner"
    ASSIGNMENT_NAME = "assignmentName"
    DAYS_REMAINING = "daysRemaining"
    CAMPAIGN_NAME = "campaignName"
