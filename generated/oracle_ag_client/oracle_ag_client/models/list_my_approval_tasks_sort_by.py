import enum as _enum


class ListMyApprovalTasksSortBy(_enum.StrEnum):
    REQUESTOR = "requestor"
    BENEFICIARY = "beneficiary"
    DUE_DATE = "dueDate"
    ACCESS = "access"
