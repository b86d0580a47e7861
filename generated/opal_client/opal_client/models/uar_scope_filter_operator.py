import enum as _enum


class UARScopeFilterOperator(_enum.StrEnum):
    """Specifies whether entities must match all (AND) or any (OR) of the filters."""

    ANY = "ANY"
    ALL = "ALL"
