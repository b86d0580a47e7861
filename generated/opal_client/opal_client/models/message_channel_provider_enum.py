import enum as _enum


class MessageChannelProviderEnum(_enum.StrEnum):
    """The third party provider of the message channel."""

    SLACK = "SLACK"
