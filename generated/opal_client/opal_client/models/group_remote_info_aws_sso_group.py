from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class GroupRemoteInfoAwsSsoGroup(_rt.Model):
    """Remote info for AWS SSO group."""

    group_id: str
    """The id of the AWS SSO group."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
