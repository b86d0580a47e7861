from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class MembershipRule(_rt.Model):
    """The Membership rule summary for the IC review."""

    attribute_conditions: list[_m.AttributeCondition] | None = _rt.field(
        wire="attributeConditions", default=_rt.UNSET
    )
    """The attribute conditions for the Membership rule."""
    binding_operator: str | None = _rt.field(wire="bindingOperator", default=_rt.UNSET)
    """The operator of the Membership rule."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
