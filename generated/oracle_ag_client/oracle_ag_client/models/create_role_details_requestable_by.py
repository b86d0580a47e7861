import enum as _enum


class CreateRoleDetailsRequestableBy(_enum.StrEnum):
    """Entities that can request the access bundle"""

    ANY = "ANY"
    NONE = "NONE"
    MEMBERS_OF_AN_ORG = "MEMBERS_OF_AN_ORG"
