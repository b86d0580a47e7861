import enum as _enum


class OpalNodeQueryResultsType(_enum.StrEnum):
    NODE = "NODE"
