import enum as _enum


class AccessBundleAccessTimeLimitType(_enum.StrEnum):
    """Time limit type of the access bundle."""

    INDEFINITELY = "INDEFINITELY"
    NUMBER_OF_DAYS = "NUMBER_OF_DAYS"
    NUMBER_OF_HOURS = "NUMBER_OF_HOURS"
