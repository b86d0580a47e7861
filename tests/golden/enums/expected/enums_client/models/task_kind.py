import enum as _enum


class TaskKind(_enum.StrEnum):
    """Inline enum on a property."""

    BUG = "bug"
    FEATURE = "feature"
    CHORE = "chore"
