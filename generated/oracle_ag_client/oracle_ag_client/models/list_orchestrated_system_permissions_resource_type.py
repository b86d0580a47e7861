import enum as _enum


class ListOrchestratedSystemPermissionsResourceType(_enum.StrEnum):
    APP_ROLE = "APP_ROLE"
    GROUP = "GROUP"
