import enum as _enum


class ApprovalDecisionApprovalTimeLimitType(_enum.StrEnum):
    """Optional approval time limit type. When type is INDEFINITELY, approvalTimeLimit and extensionTimeLimit should be left undefined. When type is NUMBER_OF_HOURS, NUMBER_OF_DAYS, or DATE_TIME_RANGE, approvalTimeLimit should be provided. When type is EXTENSION, extensionTimeLimit should be provided."""

    INDEFINITELY = "INDEFINITELY"
    NUMBER_OF_HOURS = "NUMBER_OF_HOURS"
    NUMBER_OF_DAYS = "NUMBER_OF_DAYS"
    DATE_TIME_RANGE = "DATE_TIME_RANGE"
    EXTENSION = "EXTENSION"
