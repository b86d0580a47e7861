from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoGithubTeam(_rt.Model):
    """Remote info for GitHub team."""

    team_slug: str
    """The slug of the GitHub team."""
    team_id: str | None = _rt.UNSET
    """The id of the GitHub team."""
    org_name: str | None = _rt.UNSET
    """GitHub team's org name, required only for Enterprise"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)

    def __post_init__(self) -> None:
        _rt.warn_deprecated(self, ("team_id",))
