from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoGithubEnterpriseTeam(_rt.Model):
    """Remote info for GitHub Enterprise team."""

    team_slug: str
    """The slug of the GitHub Enterprise team."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
