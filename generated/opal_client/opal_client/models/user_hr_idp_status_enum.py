import enum as _enum


class UserHrIdpStatusEnum(_enum.StrEnum):
    """User status pulled from an HR/IDP provider."""

    ACTIVE = "ACTIVE"
    SUSPENDED = "SUSPENDED"
    DEPROVISIONED = "DEPROVISIONED"
    DELETED = "DELETED"
    NOT_FOUND = "NOT_FOUND"
