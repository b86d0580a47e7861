import enum as _enum


class AppValidationSeverityEnum(_enum.StrEnum):
    """The severity of an app validation."""

    CRITICAL = "CRITICAL"
    HIGH = "HIGH"
    MEDIUM = "MEDIUM"
    LOW = "LOW"
