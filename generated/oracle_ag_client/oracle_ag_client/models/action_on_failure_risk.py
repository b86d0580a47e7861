import enum as _enum


class ActionOnFailureRisk(_enum.StrEnum):
    """Risk associated with action on failure."""

    HIGH = "HIGH"
    LOW = "LOW"
