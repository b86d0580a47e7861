from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAwsEksCluster(_rt.Model):
    """Remote info for AWS EKS cluster."""

    arn: str
    """The ARN of the EKS cluster."""
    account_id: str | None = _rt.UNSET
    """The id of the AWS account. Required for AWS Organizations."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
