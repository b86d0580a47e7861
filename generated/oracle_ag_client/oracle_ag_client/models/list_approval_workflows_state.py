import enum as _enum


class ListApprovalWorkflowsState(_enum.StrEnum):
    DRAFT = "DRAFT"
    PUBLISHING = "PUBLISHING"
    ACTIVE = "ACTIVE"
    DISABLED = "DISABLED"
    DELETING = "DELETING"
