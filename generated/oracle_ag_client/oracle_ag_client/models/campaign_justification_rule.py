import enum as _enum


class CampaignJustificationRule(_enum.StrEnum):
    """The justification rule for the campaign."""

    REQUIRE_FOR_ALL = "REQUIRE_FOR_ALL"
    REQUIRE_FOR_REVOKE = "REQUIRE_FOR_REVOKE"
    OPTIONAL_FOR_ALL = "OPTIONAL_FOR_ALL"
