import enum as _enum


class OpalNodeQueryType(_enum.StrEnum):
    NODE = "NODE"
