from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoClickhouseDatabase(_rt.Model):
    """Remote info for ClickHouse database."""

    database_name: str
    """The name of the ClickHouse database."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
