import enum as _enum


class ListAccessReviewEventChangesSortBy(_enum.StrEnum):
    ID = "id"
    DISPLAY_NAME = "displayName"
    TIME_CHANGED = "timeChanged"
