import enum as _enum


class WebhookAuthTypeEnum(_enum.StrEnum):
    """The authentication type for webhook connections."""

    NONE = "NONE"
    API_KEY = "API_KEY"
    HMAC = "HMAC"
