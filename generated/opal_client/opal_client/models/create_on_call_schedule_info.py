from __future__ import annotations

import typing as _t

from .. import _runtime as _rt

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")


@_rt.model
class CreateOnCallScheduleInfo(_rt.Model):
    """# CreateOnCallScheduleInfo Object
    ### Description
    The `CreateOnCallScheduleInfo` object is used to describe the on call schedule object to be created.
    """

    third_party_provider: _types.OnCallScheduleProviderEnumParam = _rt.field(
        _rt.EnumOf("OnCallScheduleProviderEnum")
    )
    remote_id: str
    """The remote ID of the on call schedule"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
