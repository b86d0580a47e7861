import enum as _enum


class GetSessionTheme(_enum.StrEnum):
    LIGHT = "light"
    DARK = "dark"
