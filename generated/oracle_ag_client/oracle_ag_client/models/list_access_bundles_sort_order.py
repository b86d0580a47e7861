import enum as _enum


class ListAccessBundlesSortOrder(_enum.StrEnum):
    ASC = "ASC"
    DESC = "DESC"
