import enum as _enum


class ListOrganizationsSortBy(_enum.StrEnum):
    CREATED_BY = "createdBy"
    DISPLAY_NAME = "displayName"
    NAME = "name"
    TIME_UPDATED = "timeUpdated"
