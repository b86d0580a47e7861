import enum as _enum


class Flag(_enum.StrEnum):
    """Members that meet after sanitising or start with a digit."""

    A_B = "a-b"
    A_B_ = "a_b"
    A_B__ = "A B"
    VALUE_1ST = "1st"
    VALUE_2 = "2"
    MRO = "mro"
