import enum as _enum


class EventStreamConnectionTypeEnum(_enum.StrEnum):
    """The type of event stream connection."""

    WEBHOOK = "WEBHOOK"
