import enum as _enum


class ListAccessBundlesRequestableBy(_enum.StrEnum):
    ANY = "ANY"
    NONE = "NONE"
