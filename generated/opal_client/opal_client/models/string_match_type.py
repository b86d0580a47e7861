import enum as _enum


class StringMatchType(_enum.StrEnum):
    """How to match a string value against entity names."""

    CONTAINS = "CONTAINS"
    EQUALS = "EQUALS"
    STARTS_WITH = "STARTS_WITH"
    ENDS_WITH = "ENDS_WITH"
