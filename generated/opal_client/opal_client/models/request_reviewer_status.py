import enum as _enum


class RequestReviewerStatus(_enum.StrEnum):
    """The status of this reviewer's review"""

    PENDING = "PENDING"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
