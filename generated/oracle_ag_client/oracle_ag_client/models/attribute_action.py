import enum as _enum


class AttributeAction(_enum.StrEnum):
    """Operation to be done on the attribute."""

    ADD = "ADD"
    UPDATE = "UPDATE"
