import enum as _enum


class OrchestratedSystemMode(_enum.StrEnum):
    AUTHORITATIVE = "AUTHORITATIVE"
    NONAUTHORITATIVE = "NONAUTHORITATIVE"
    BOTH = "BOTH"
    NONE = "NONE"
