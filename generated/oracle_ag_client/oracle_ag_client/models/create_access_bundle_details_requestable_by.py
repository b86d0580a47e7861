import enum as _enum


class CreateAccessBundleDetailsRequestableBy(_enum.StrEnum):
    """Entities that can request the access bundle"""

    ANY = "ANY"
    NONE = "NONE"
