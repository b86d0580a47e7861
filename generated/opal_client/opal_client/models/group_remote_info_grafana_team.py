from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoGrafanaTeam(_rt.Model):
    """Remote info for Grafana team."""

    team_id: str
    """The ID of the team."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
