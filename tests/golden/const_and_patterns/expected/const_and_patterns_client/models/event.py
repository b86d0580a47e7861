from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class Event(_rt.Model):
    kind: str
    """A const without a type."""
    version: int
    """A const with a type."""
    labels: dict[str, str] | None = _rt.UNSET
    """patternProperties - keys matching ^x- hold strings."""
    meta: dict[str, _t.Any] | None = _rt.UNSET
    """A free-form object."""
    extra: dict[str, _t.Any] | None = _rt.UNSET
    """A free-form object, additionalProperties true."""
    values: list[str | int | _m.Point] | None = _rt.field(
        _rt.ListOf(_rt.UnionOf((_rt.STR, _rt.INT, _rt.ModelOf("Point")))), default=_rt.UNSET
    )
    """An array of a union of string, integer and Point."""
    mixed: list[bool | list[float]] | None = _rt.field(
        _rt.ListOf(_rt.UnionOf((_rt.BOOL, _rt.ListOf(_rt.FLOAT)))), default=_rt.UNSET
    )
    """An array of anyOf, with a nested array."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
