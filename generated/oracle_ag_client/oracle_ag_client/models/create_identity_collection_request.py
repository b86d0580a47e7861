from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateIdentityCollectionRequest(_rt.Model):
    name: str
    """Name of the Identity Collection."""
    custom_attributes: dict[str, _t.Any] | None = _rt.field(
        wire="customAttributes", default=_rt.UNSET
    )
    """Metadata associated with the identity collection."""
    description: str | None = _rt.UNSET
    """Description of the Identity Collection."""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """displayName of the Identity Collection."""
    excluded_identities: list[_m.IdInfo] | None = _rt.field(
        wire="excludedIdentities", default=_rt.UNSET
    )
    """List of excluded identities."""
    external_id: str | None = _rt.field(wire="externalId", default=_rt.UNSET)
    """externalId of the Identity Collection."""
    included_identities: list[_m.IdInfo] | None = _rt.field(
        wire="includedIdentities", default=_rt.UNSET
    )
    """List of the included identities."""
    is_managed_at_orchestrated_system: bool | None = _rt.field(
        wire="isManagedAtOrchestratedSystem", default=_rt.UNSET
    )
    """Boolean value checking if IC is shared with Orchestrated System."""
    membership_rule: str | None = _rt.field(wire="membershipRule", default=_rt.UNSET)
    """Membership Rule for the Identity Collection, for ex. "all { department EQ AG Department , addresses.country EQ India }"."""
    orchestrated_system_id: str | None = _rt.field(wire="orchestratedSystemId", default=_rt.UNSET)
    """Orchestrated System Id of the Identity Collection."""
    orchestrated_system_metadata_attributes: (
        list[_m.OrchestratedSystemMetadataAttributes] | None
    ) = _rt.field(wire="orchestratedSystemMetadataAttributes", default=_rt.UNSET)
    """List of Orchestrated System configuration."""
    owners: list[_m.OwnerSummary] | None = _rt.UNSET
    """List of owner entities."""
    tags: list[_t.Any] | None = _rt.UNSET
    """List of tags attached to the Identity Collection."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
