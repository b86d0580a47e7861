import enum as _enum


class KeywordFilteredDetailsCampaignType(_enum.StrEnum):
    """Campaign type (ACCESS or OWNERSHIP). The default is ACCESS on backend."""

    ACCESS = "ACCESS"
    OWNERSHIP = "OWNERSHIP"
