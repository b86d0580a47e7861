import enum as _enum


class KeywordFilteredDetailsScope(_enum.StrEnum):
    """The scope of the campaign."""

    GOVERNANCE_SYSTEM = "GOVERNANCE_SYSTEM"
    CLOUD_PROVIDER = "CLOUD_PROVIDER"
    AG = "AG"
