import enum as _enum


class ListPolicyStatementResourcesSortBy(_enum.StrEnum):
    RESOURCE_NAME = "resourceName"
    RESOURCE_TYPE = "resourceType"
    COMPARTMENT_NAME = "compartmentName"
