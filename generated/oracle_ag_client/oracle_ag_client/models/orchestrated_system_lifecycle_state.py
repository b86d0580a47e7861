import enum as _enum


class OrchestratedSystemLifecycleState(_enum.StrEnum):
    """The current state of the Orchestrated System."""

    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
