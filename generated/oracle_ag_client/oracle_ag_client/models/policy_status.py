import enum as _enum


class PolicyStatus(_enum.StrEnum):
    """Status of the Permission Association."""

    ACTIVE = "ACTIVE"
    DRAFT = "DRAFT"
    INACTIVE = "INACTIVE"
    PENDING = "PENDING"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    SAVED = "SAVED"
    SUCCESS = "SUCCESS"
    TIMEOUT = "TIMEOUT"
