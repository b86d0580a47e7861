import enum as _enum


class RiskSensitivityEnum(_enum.StrEnum):
    """Indicates the level of potential impact misuse or unauthorized access may incur."""

    UNKNOWN = "UNKNOWN"
    CRITICAL = "CRITICAL"
    HIGH = "HIGH"
    MEDIUM = "MEDIUM"
    LOW = "LOW"
    NONE = "NONE"
