import enum as _enum


class ListIdentitiesBindingOperator(_enum.StrEnum):
    ALL = "ALL"
    ANY = "ANY"
