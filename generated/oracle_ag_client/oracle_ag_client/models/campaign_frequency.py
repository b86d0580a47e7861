import enum as _enum


class CampaignFrequency(_enum.StrEnum):
    """The frequency of a recurring campaign."""

    ONE_TIME = "ONE_TIME"
    MONTHLY = "MONTHLY"
    QUARTERLY = "QUARTERLY"
    HALF_YEARLY = "HALF_YEARLY"
    YEARLY = "YEARLY"
