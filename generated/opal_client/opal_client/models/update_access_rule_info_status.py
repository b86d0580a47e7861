import enum as _enum


class UpdateAccessRuleInfoStatus(_enum.StrEnum):
    """The status of the access rule."""

    ACTIVE = "ACTIVE"
    PAUSED = "PAUSED"
