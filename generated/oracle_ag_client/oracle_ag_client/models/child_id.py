from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ChildId(_rt.Model):
    """The child ID object."""

    id: str
    """The ID of the child object."""
    type: _m.ChildIdType | str
    """The type of the child object."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
