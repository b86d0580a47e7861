import enum as _enum


class ActionOnFailureActionType(_enum.StrEnum):
    """Action to be taken in case of access guardrail evaluation results in failure."""

    REVOKE_IMMEDIATELY = "REVOKE_IMMEDIATELY"
    REVOKE_LATER = "REVOKE_LATER"
