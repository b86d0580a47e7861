import enum as _enum


class ListPolicyStatementIdentitiesSortBy(_enum.StrEnum):
    DISPLAY_NAME = "displayName"
    DOMAIN_NAME = "domainName"
    MEMBERSHIP = "membership"
    EMAIL = "email"
