import enum as _enum


class ListApprovalTasksSortBy(_enum.StrEnum):
    REQUESTOR = "requestor"
    BENEFICIARY = "beneficiary"
    DUE_DATE = "dueDate"
    ACCESS = "access"
