import enum as _enum


class ListItemsSort(_enum.StrEnum):
    ASC = "asc"
    DESC = "desc"
