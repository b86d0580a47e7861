import enum as _enum


class AppValidationStatusEnum(_enum.StrEnum):
    """The status of an app validation."""

    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
