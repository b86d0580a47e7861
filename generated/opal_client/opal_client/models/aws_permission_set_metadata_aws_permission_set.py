from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class AwsPermissionSetMetadataAwsPermissionSet(_rt.Model):
    arn: str
    """The ARN of the permission set."""
    account_id: str
    """The ID of an AWS account to which this permission set is provisioned."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
