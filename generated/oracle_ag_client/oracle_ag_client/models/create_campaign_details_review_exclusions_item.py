import enum as _enum


class CreateCampaignDetailsReviewExclusionsItem(_enum.StrEnum):
    """The review type of a review task."""

    ACCOUNT = "ACCOUNT"
    ROLE = "ROLE"
