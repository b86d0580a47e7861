from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAnthropicWorkspace(_rt.Model):
    """Remote info for Anthropic workspace."""

    workspace_id: str
    """The id of the workspace."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
