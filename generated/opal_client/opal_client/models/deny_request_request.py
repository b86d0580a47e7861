from __future__ import annotations

import typing as _t

from .. import _runtime as _rt

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class DenyRequestRequest(_rt.Model):
    comment: str
    """Comment for the denial"""
    level: _types.RequestApprovalEnumParam | None = _rt.field(
        _rt.EnumOf("RequestApprovalEnum"), default=_rt.UNSET
    )
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
