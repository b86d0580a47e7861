from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoHubspotTeam(_rt.Model):
    """Remote info for HubSpot team."""

    team_id: str
    """The ID of the HubSpot team."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
