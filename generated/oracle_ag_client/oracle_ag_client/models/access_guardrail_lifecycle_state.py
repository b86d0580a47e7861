import enum as _enum


class AccessGuardrailLifecycleState(_enum.StrEnum):
    """The current state of the AccessGuardrail."""

    CREATING = "CREATING"
    UPDATING = "UPDATING"
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    DELETING = "DELETING"
    DELETED = "DELETED"
    FAILED = "FAILED"
