import enum as _enum


class ListOrchestratedSystemsModeItem(_enum.StrEnum):
    AUTHORITATIVE = "AUTHORITATIVE"
    NONAUTHORITATIVE = "NONAUTHORITATIVE"
    BOTH = "BOTH"
    NONE = "NONE"
