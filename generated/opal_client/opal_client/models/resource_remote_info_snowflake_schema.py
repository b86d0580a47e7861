from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoSnowflakeSchema(_rt.Model):
    """Remote info for Snowflake schema."""

    database_name: str
    """The name of the database the schema is in."""
    schema_name: str
    """The name of the schema."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
