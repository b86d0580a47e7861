from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class IdentityCollectionResponse(_rt.Model):
    """Identity Collection model."""

    id: str
    """Unique identifier that is immutable on creation."""
    access_guardrail: dict[str, _t.Any] | None = _rt.field(
        wire="accessGuardrail", default=_rt.UNSET
    )
    created_by: _m.IdInfo | None = _rt.field(wire="createdBy", default=_rt.UNSET)
    custom_attributes: dict[str, _t.Any] | None = _rt.field(
        wire="customAttributes", default=_rt.UNSET
    )
    """Metadata associated with the policy rule."""
    description: str | None = _rt.UNSET
    """Description of the Identity Collection."""
    display_name: str | None = _rt.field(wire="displayName", default=_rt.UNSET)
    """displayName of the Identity Collection."""
    excluded_identities: list[_t.Any] | None = _rt.field(
        wire="excludedIdentities", default=_rt.UNSET
    )
    """List of the excluded identities."""
    external_id: str | None = _rt.field(wire="externalId", default=_rt.UNSET)
    """externalId of the Identity Collection."""
    final_identities: list[_t.Any] | None = _rt.field(wire="finalIdentities", default=_rt.UNSET)
    """List of the final Identities."""
    identity_group_type: str | None = _rt.field(wire="identityGroupType", default=_rt.UNSET)
    """Type of the Identity Collection."""
    included_identities: list[_t.Any] | None = _rt.field(
        wire="includedIdentities", default=_rt.UNSET
    )
    """List of the included identities."""
    orchestrated_system_metadata_attributes: (
        list[_m.OrchestratedSystemMetadataAttributes] | None
    ) = _rt.field(wire="orchestratedSystemMetadataAttributes", default=_rt.UNSET)
    """List of Orchestrated System configuration."""
    owners: list[_m.OwnerSummary] | None = _rt.UNSET
    """List of owner entities."""
    parsed_members: list[_t.Any] | None = _rt.field(wire="parsedMembers", default=_rt.UNSET)
    """List of the parsed Identities."""
    tags: list[_t.Any] | None = _rt.UNSET
    """List of tags attached to the Identity Collection."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
