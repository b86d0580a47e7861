from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoConnectorGroup(_rt.Model):
    """Remote info for Connector group."""

    group_id: str
    """The id of the Connector group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
