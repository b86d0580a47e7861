import enum as _enum


class ListPolicyStatementResourceCountsType(_enum.StrEnum):
    RESOURCE_TYPE = "RESOURCE_TYPE"
    COMPARTMENT = "COMPARTMENT"
