import enum as _enum


class ListOrchestratedSystemsLifecycleStateItem(_enum.StrEnum):
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
