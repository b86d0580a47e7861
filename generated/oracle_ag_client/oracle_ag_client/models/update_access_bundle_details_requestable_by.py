import enum as _enum


class UpdateAccessBundleDetailsRequestableBy(_enum.StrEnum):
    """Entities that can request the access bundle"""

    ANY = "ANY"
    NONE = "NONE"
