from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class ResourceRemoteInfoAwsAccount(_rt.Model):
    """Remote info for AWS account."""

    account_id: str
    """The id of the AWS account."""
    organizational_unit_id: str | None = _rt.UNSET
    """The id of the AWS organizational unit. Required only if customer has OUs enabled."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
