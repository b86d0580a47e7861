import enum as _enum


class ListIdentityCollectionsSortBy(_enum.StrEnum):
    TIME_CREATED = "timeCreated"
    DISPLAY_NAME = "displayName"
