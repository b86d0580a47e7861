from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoSnowflakeRole(_rt.Model):
    """Remote info for Snowflake role."""

    role_id: str
    """The id of the Snowflake role."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
