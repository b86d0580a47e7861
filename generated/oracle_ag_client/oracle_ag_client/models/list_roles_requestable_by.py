import enum as _enum


class ListRolesRequestableBy(_enum.StrEnum):
    ANY = "ANY"
    NONE = "NONE"
    MEMBERS_OF_AN_ORG = "MEMBERS_OF_AN_ORG"
