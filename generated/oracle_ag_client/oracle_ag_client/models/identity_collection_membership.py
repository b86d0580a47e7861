from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class IdentityCollectionMembership(_rt.Model):
    """The count for members in the identity collection."""

    current: int
    expected: int
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
