import enum as _enum


class TicketingProviderEnum(_enum.StrEnum):
    """The third party ticketing platform provider."""

    JIRA = "JIRA"
    LINEAR = "LINEAR"
    SERVICE_NOW = "SERVICE_NOW"
