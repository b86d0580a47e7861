import enum as _enum


class AccessEntityFiltersEntityTypesItem(_enum.StrEnum):
    RESOURCE = "RESOURCE"
    GROUP = "GROUP"
    USER = "USER"
