import enum as _enum


class CheckSeparationOfDutiesRequestStatusRequestStatus(_enum.StrEnum):
    """Request Status."""

    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
