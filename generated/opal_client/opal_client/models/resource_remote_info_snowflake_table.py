from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoSnowflakeTable(_rt.Model):
    """Remote info for Snowflake table."""

    database_name: str
    """The name of the database the table is in."""
    schema_name: str
    """The name of the schema the table is in."""
    table_name: str
    """The name of the table."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
