import enum as _enum


class ListApprovalWorkflowsOutOfBoxCategory(_enum.StrEnum):
    UNMATCHED = "UNMATCHED"
    OWNERSHIP = "OWNERSHIP"
    TRANSITION = "TRANSITION"
