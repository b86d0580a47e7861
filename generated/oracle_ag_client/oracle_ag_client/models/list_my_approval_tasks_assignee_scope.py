import enum as _enum


class ListMyApprovalTasksAssigneeScope(_enum.StrEnum):
    DIRECT = "DIRECT"
    INDIRECT = "INDIRECT"
