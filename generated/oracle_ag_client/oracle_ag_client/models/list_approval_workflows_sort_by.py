import enum as _enum


class ListApprovalWorkflowsSortBy(_enum.StrEnum):
    DISPLAY_NAME = "displayName"
    STATE = "state"
    CREATOR_ID = "creatorId"
    TIME_CREATED = "timeCreated"
