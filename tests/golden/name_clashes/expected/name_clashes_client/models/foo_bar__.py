from __future__ import annotations

import typing as _t

from .. import _runtime as _rt


@_rt.model
class FooBar__(_rt.Model):
    """Properties named like the Model API and the builtins the models use."""

    additional_properties_: str | None = _rt.field(wire="additional_properties", default=_rt.UNSET)
    to_dict_: str | None = _rt.field(wire="to_dict", default=_rt.UNSET)
    from_dict_: str | None = _rt.field(wire="from_dict", default=_rt.UNSET)
    str_: str | None = _rt.field(wire="str", default=_rt.UNSET)
    int_: int | None = _rt.field(wire="int", default=_rt.UNSET)
    list_: list[str] | None = _rt.field(wire="list", default=_rt.UNSET)
    dict_: dict[str, _t.Any] | None = _rt.field(wire="dict", default=_rt.UNSET)
    self_: str | None = _rt.field(wire="self", default=_rt.UNSET)
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
