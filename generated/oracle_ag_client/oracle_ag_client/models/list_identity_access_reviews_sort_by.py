import enum as _enum


class ListIdentityAccessReviewsSortBy(_enum.StrEnum):
    ENTITY_NAME = "entityName"
    ASSIGNMENT_NAME = "assignmentName"
    MANAGER_NAME = "managerName"
    RECOMMENDATION = "recommendation"
    DAYS_REMAINING = "daysRemaining"
    CAMPAIGN_NAME = "campaignName"
    APP_NAMES = "appNames"
    IDENTITY_ATTRIBUTES = "identityAttributes"
