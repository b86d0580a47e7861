import enum as _enum


class ListActionablePolicyStatementsSortBy(_enum.StrEnum):
    POSITION = "position"
