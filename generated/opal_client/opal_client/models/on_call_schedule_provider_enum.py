import enum as _enum


class OnCallScheduleProviderEnum(_enum.StrEnum):
    """The third party provider of the on call schedule."""

    OPSGENIE = "OPSGENIE"
    PAGER_DUTY = "PAGER_DUTY"
