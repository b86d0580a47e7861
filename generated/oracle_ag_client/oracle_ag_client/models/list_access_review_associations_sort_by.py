import enum as _enum


class ListAccessReviewAssociationsSortBy(_enum.StrEnum):
    POSITION = "position"
