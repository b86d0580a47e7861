import enum as _enum


class ListAccessReviewPriorActionsSortBy(_enum.StrEnum):
    CAMPAIGN_NAME = "campaignName"
    REVIEWER_NAME = "reviewerName"
    REVIEWER_TYPE = "reviewerType"
    TIME_REVIEWED = "timeReviewed"
    ACTION = "action"
