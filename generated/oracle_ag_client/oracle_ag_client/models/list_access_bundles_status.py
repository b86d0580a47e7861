import enum as _enum


class ListAccessBundlesStatus(_enum.StrEnum):
    ALL = "ALL"
    ACTIVE = "ACTIVE"
    DRAFT = "DRAFT"
    INACTIVE = "INACTIVE"
