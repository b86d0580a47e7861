import enum as _enum


class ApiAccessLevelEnum(_enum.StrEnum):
    """The access level of an API token."""

    READ_ONLY = "READ_ONLY"
    FULL_ACCESS = "FULL_ACCESS"
