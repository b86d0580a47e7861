import enum as _enum


class ListIdentityAttributesAttributesNamespace(_enum.StrEnum):
    ALL = "ALL"
    DEFAULTS = "DEFAULTS"
    CUSTOM = "CUSTOM"
    AFFILIATION = "AFFILIATION"
    ALL_NO_AFFILIATION = "ALL_NO_AFFILIATION"
