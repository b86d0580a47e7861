from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoGitlabGroup(_rt.Model):
    """Remote info for Gitlab group."""

    group_id: str
    """The id of the Gitlab group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
