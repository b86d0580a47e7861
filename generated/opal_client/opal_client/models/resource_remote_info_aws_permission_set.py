from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAwsPermissionSet(_rt.Model):
    """Remote info for AWS Identity Center permission set."""

    arn: str
    """The ARN of the permission set."""
    account_id: str
    """The ID of an AWS account to which this permission set is provisioned."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
