from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class UpdateIdentityCollectionDetails(_rt.Model):
    """The information to be updated."""

    name: str
    """Name of the Identity Collection."""
    ag_risk: dict[str, _t.Any] | None = _rt.field(wire="agRisk", default=_rt.UNSET)
    current_members: int | None = _rt.field(wire="currentMembers", default=_rt.UNSET)
    """Current members in IC."""
    custom_attributes: dict[str, _t.Any] | None = _rt.field(
        wire="customAttributes", default=_rt.UNSET
    )
    """Metadata associated with the Identity Collection."""
    description: str | None = _rt.UNSET
    """Description of the Identity Collection."""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """displayName of the Identity Collection."""
    excluded_identities: list[_t.Any] | None = _rt.field(
        wire="excludedIdentities", default=_rt.UNSET
    )
    """List of excluded identities."""
    expected_members: int | None = _rt.field(wire="expectedMembers", default=_rt.UNSET)
    """Expected members in IC."""
    external_id: str | None = _rt.field(wire="externalId", default=_rt.UNSET)
    """externalId of the Identity Group."""
    included_identities: list[_t.Any] | None = _rt.field(
        wire="includedIdentities", default=_rt.UNSET
    )
    """List of included identities."""
    is_managed_at_orchestrated_system: bool | None = _rt.field(
        wire="isManagedAtOrchestratedSystem", default=_rt.UNSET
    )
    """Boolean value checking if IC is shared with Orchestrated System."""
    membership_rule: str | None = _rt.field(wire="membershipRule", default=_rt.UNSET)
    """Membership Rule for the Identity Collection, for ex. "all { department EQ AG Department , addresses.country EQ India }"."""
    orchestrated_system_metadata_attributes: (
        list[_m.OrchestratedSystemMetadataAttributes] | None
    ) = _rt.field(wire="orchestratedSystemMetadataAttributes", default=_rt.UNSET)
    """List of Orchestrated System configuration."""
    owners: list[_m.OwnerSummary] | None = _rt.UNSET
    """List of owner entities."""
    tags: list[_t.Any] | None = _rt.UNSET
    """List of tags attached to the Identity Collection."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
