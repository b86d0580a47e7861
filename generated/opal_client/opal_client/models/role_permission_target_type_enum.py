import enum as _enum


class RolePermissionTargetTypeEnum(_enum.StrEnum):
    """The type of the target for the role permission."""

    RESOURCE = "RESOURCE"
    CONNECTION = "CONNECTION"
    GROUP = "GROUP"
    BUNDLE = "BUNDLE"
    USER = "USER"
    ACCESS_REVIEW = "ACCESS_REVIEW"
    OWNER = "OWNER"
