from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoClickhouseTable(_rt.Model):
    """Remote info for ClickHouse table."""

    database_name: str
    """The name of the ClickHouse database containing the table."""
    table_name: str
    """The name of the ClickHouse table."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
