from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OrchestratedSystem(_rt.Model):
    """Summary of the Orchestrated System."""

    id: str
    """Unique identifier that is immutable on creation."""
    lifecycle_state: _m.OrchestratedSystemLifecycleState | str = _rt.field(wire="lifecycleState")
    """The current state of the Orchestrated System."""
    aggregated_orchestrated_system_status: dict[str, _t.Any] | None = _rt.field(
        wire="aggregatedOrchestratedSystemStatus", default=_rt.UNSET
    )
    category: _m.OrchestratedSystemCategory | str | None = _rt.UNSET
    """Possible category of a Template."""
    compartments: _m.CompartmentCollection | None = _rt.UNSET
    created_by: str | None = _rt.field(wire="createdBy", default=_rt.UNSET)
    """A user identifier that created the Orchestrated System."""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """Orchestrated System Identifier, can be renamed."""
    domains: _m.DomainCollection | None = _rt.UNSET
    last_modified_by: str | None = _rt.field(wire="lastModifiedBy", default=_rt.UNSET)
    """A user identifier that last modified the Orchestrated System."""
    meta_data: dict[str, _t.Any] | None = _rt.field(wire="metaData", default=_rt.UNSET)
    mode: _m.OrchestratedSystemMode | str | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
