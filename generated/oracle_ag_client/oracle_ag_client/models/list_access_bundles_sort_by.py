import enum as _enum


class ListAccessBundlesSortBy(_enum.StrEnum):
    NAME = "name"
    TIME_UPDATED = "timeUpdated"
    CREATED_BY = "createdBy"
