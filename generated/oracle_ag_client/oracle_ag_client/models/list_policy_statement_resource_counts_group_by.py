import enum as _enum


class ListPolicyStatementResourceCountsGroupBy(_enum.StrEnum):
    TYPE = "type"
