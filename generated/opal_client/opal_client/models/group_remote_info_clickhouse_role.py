from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoClickhouseRole(_rt.Model):
    """Remote info for ClickHouse role."""

    role_id: str
    """The name of the ClickHouse role."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
