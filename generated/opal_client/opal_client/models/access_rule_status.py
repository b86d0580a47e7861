import enum as _enum


class AccessRuleStatus(_enum.StrEnum):
    """The status of the access rule."""

    ACTIVE = "ACTIVE"
    PAUSED = "PAUSED"
