from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGithubOrgRole(_rt.Model):
    """Remote info for GitHub organization role."""

    role_id: str
    """The id of the role."""
    org_name: str | None = _rt.UNSET
    """GitHub org role's org name, required only for Enterprise."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
