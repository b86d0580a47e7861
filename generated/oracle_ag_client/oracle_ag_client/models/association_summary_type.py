import enum as _enum


class AssociationSummaryType(_enum.StrEnum):
    ROLE = "ROLE"
    ACCESS_BUNDLE = "ACCESS_BUNDLE"
