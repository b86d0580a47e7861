from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AwsPermissionSetMetadata(_rt.Model):
    """Metadata for AWS Identity Center permission set."""

    aws_permission_set: _m.AwsPermissionSetMetadataAwsPermissionSet
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
