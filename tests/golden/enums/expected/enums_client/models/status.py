import enum as _enum


class Status(_enum.StrEnum):
    """String enum with values that are not Python identifiers."""

    IN_PROGRESS = "in-progress"
    IN_PROGRESS_ = "in_progress"
    VALUE_2FA = "2fa"
    EMPTY = ""
    CLASS = "class"
    A_B = "a b"
    DONE = "done"
