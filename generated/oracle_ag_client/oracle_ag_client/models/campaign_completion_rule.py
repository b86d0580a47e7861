import enum as _enum


class CampaignCompletionRule(_enum.StrEnum):
    """The completion rule to apply during review expiry."""

    APPROVE_ALL = "APPROVE_ALL"
    REVOKE_ALL = "REVOKE_ALL"
