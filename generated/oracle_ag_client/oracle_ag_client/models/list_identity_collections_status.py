import enum as _enum


class ListIdentityCollectionsStatus(_enum.StrEnum):
    ALL = "ALL"
    ACTIVE = "ACTIVE"
    DRAFT = "DRAFT"
    INACTIVE = "INACTIVE"
