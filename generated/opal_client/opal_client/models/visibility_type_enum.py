import enum as _enum


class VisibilityTypeEnum(_enum.StrEnum):
    """The visibility level of the entity."""

    GLOBAL = "GLOBAL"
    LIMITED = "LIMITED"
