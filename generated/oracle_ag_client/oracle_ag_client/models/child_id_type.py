import enum as _enum


class ChildIdType(_enum.StrEnum):
    """The type of the child object."""

    ASSOCIATION = "ASSOCIATION"
    CONDITION = "CONDITION"
    EXCLUDED = "EXCLUDED"
    INCLUDED = "INCLUDED"
    PRIMARY = "PRIMARY"
    NON_REVIEWABLE = "NON_REVIEWABLE"
