import enum as _enum


class RequestTemplateCustomFieldTypeEnum(_enum.StrEnum):
    """The type of the custom request field."""

    SHORT_TEXT = "SHORT_TEXT"
    LONG_TEXT = "LONG_TEXT"
    BOOLEAN = "BOOLEAN"
    MULTI_CHOICE = "MULTI_CHOICE"
