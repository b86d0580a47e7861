from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoGithubOrg(_rt.Model):
    """Remote info for GitHub organization."""

    org_name: str
    """The name of the organization."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
