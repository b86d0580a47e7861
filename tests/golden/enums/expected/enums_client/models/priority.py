import enum as _enum


class Priority(_enum.IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
