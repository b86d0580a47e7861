import enum as _enum


class RequestApprovalEnum(_enum.StrEnum):
    """The decision level for the approval"""

    REGULAR = "REGULAR"
    ADMIN = "ADMIN"
