import enum as _enum


class UARScopeGroupVisibility(_enum.StrEnum):
    """Specifies what users can see during an Access Review"""

    STRICT = "STRICT"
    VIEW_VISIBLE_AND_ASSIGNED = "VIEW_VISIBLE_AND_ASSIGNED"
    VIEW_ALL = "VIEW_ALL"
