import enum as _enum


class AccessReviewCampaignType(_enum.StrEnum):
    """review task belongs to which campaign type (access or ownership)."""

    ACCESS = "ACCESS"
    OWNERSHIP = "OWNERSHIP"
