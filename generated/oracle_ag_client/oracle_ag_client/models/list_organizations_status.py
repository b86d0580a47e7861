import enum as _enum


class ListOrganizationsStatus(_enum.StrEnum):
    ALL = "ALL"
    ACTIVE = "ACTIVE"
    DRAFT = "DRAFT"
    INACTIVE = "INACTIVE"
