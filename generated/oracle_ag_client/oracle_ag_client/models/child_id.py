from __future__ import annotations

import typing as _t

from .. import _runtime as _rt

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class ChildId(_rt.Model):
    """The child ID object."""

    id: str
    """The ID of the child object."""
    type: _types.ChildIdTypeParam = _rt.field(_rt.EnumOf("ChildIdType"))
    """The type of the child object."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
