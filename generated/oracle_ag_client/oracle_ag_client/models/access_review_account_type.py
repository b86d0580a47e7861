import enum as _enum


class AccessReviewAccountType(_enum.StrEnum):
    """The type of the account."""

    PRIMARY = "PRIMARY"
    SERVICE = "SERVICE"
