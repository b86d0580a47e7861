import enum as _enum


class ListIdentitiesConsumerFilter(_enum.StrEnum):
    CONSUMER = "CONSUMER"
    WORKFORCE = "WORKFORCE"
