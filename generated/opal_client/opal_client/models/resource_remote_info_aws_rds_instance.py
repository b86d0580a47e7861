from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAwsRdsInstance(_rt.Model):
    """Remote info for AWS RDS instance."""

    instance_id: str
    """The instanceId of the RDS instance."""
    region: str
    """The region of the RDS instance."""
    resource_id: str
    """The resourceId of the RDS instance."""
    account_id: str | None = _rt.UNSET
    """The id of the AWS account. Required for AWS Organizations."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
