import enum as _enum


class EntityTypeEnum(_enum.StrEnum):
    """The type of an entity."""

    GROUP = "GROUP"
    RESOURCE = "RESOURCE"
    USER = "USER"
