import enum as _enum


class ThirdPartyProviderEnum(_enum.StrEnum):
    """The third party provider of the remote user."""

    AUTH0 = "AUTH0"
    SLACK = "SLACK"
    GOOGLE_CHAT = "GOOGLE_CHAT"
    JIRA = "JIRA"
    LINEAR = "LINEAR"
    SERVICE_NOW = "SERVICE_NOW"
    FRESH_SERVICE = "FRESH_SERVICE"
    SHORTCUT = "SHORTCUT"
    PAGER_DUTY = "PAGER_DUTY"
    OPSGENIE = "OPSGENIE"
    GIT_HUB = "GIT_HUB"
    GIT_LAB = "GIT_LAB"
    GIT_LAB_CONNECTION = "GIT_LAB_CONNECTION"
    TELEPORT = "TELEPORT"
