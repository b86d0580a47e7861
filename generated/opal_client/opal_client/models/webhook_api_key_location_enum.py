import enum as _enum


class WebhookApiKeyLocationEnum(_enum.StrEnum):
    """Where the API key is placed in webhook requests."""

    HEADER = "HEADER"
    QUERY_PARAM = "QUERY_PARAM"
