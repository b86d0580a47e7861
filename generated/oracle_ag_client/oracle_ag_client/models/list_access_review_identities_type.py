import enum as _enum


class ListAccessReviewIdentitiesType(_enum.StrEnum):
    EXCLUDED = "EXCLUDED"
    INCLUDED = "INCLUDED"
    NON_REVIEWABLE = "NON_REVIEWABLE"
