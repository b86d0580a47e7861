import enum as _enum


class PolicyAssignmentAssignmentType(_enum.StrEnum):
    """Type of the assignment that is being requested."""

    ACCESS_BUNDLE = "ACCESS_BUNDLE"
    ROLE = "ROLE"
