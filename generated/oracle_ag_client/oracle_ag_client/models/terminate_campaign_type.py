import enum as _enum


class TerminateCampaignType(_enum.StrEnum):
    INSTANCE = "INSTANCE"
    SERIES = "SERIES"
