import enum as _enum


class ApprovalDecisionAction(_enum.StrEnum):
    """APPROVE or REJECT"""

    APPROVE = "APPROVE"
    REJECT = "REJECT"
