import enum as _enum


class ListApprovalTasksAssigneeScope(_enum.StrEnum):
    DIRECT = "DIRECT"
    INDIRECT = "INDIRECT"
