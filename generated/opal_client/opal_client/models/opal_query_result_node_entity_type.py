import enum as _enum


class OpalQueryResultNodeEntityType(_enum.StrEnum):
    """The top-level entity type."""

    USER = "USER"
    GROUP = "GROUP"
    RESOURCE = "RESOURCE"
