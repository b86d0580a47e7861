from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoSnowflakeDatabase(_rt.Model):
    """Remote info for Snowflake database."""

    database_name: str
    """The name of the database."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
