from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAwsEc2Instance(_rt.Model):
    """Remote info for AWS EC2 instance."""

    instance_id: str
    """The instanceId of the EC2 instance."""
    region: str
    """The region of the EC2 instance."""
    account_id: str | None = _rt.UNSET
    """The id of the AWS account. Required for AWS Organizations."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
