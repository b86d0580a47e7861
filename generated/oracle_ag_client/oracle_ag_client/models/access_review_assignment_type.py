import enum as _enum


class AccessReviewAssignmentType(_enum.StrEnum):
    """The type of the assignment to be reviewed."""

    ACCOUNT = "ACCOUNT"
    PERMISSION = "PERMISSION"
    ROLE = "ROLE"
    POLICY = "POLICY"
    IC_STRUCTURAL = "IC_STRUCTURAL"
    UNMATCHED_ACCOUNT = "UNMATCHED_ACCOUNT"
    ORCH_SYSTEM = "ORCH_SYSTEM"
    AM_WORKFLOW = "AM_WORKFLOW"
    ACCESS_GUARDRAIL = "ACCESS_GUARDRAIL"
