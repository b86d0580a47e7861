"""What requests of const, patternProperties, free-form objects, arrays of unions send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "EventParam",
    "PointParam",
]


class EventParam(_t.TypedDict, total=False):
    """The dict form of `models.Event`, keyed by wire names."""

    kind: _t.Required[str]
    version: _t.Required[int]
    labels: _t.NotRequired[_t.Mapping[str, str]]
    meta: _t.NotRequired[_t.Mapping[str, _t.Any]]
    extra: _t.NotRequired[_t.Mapping[str, _t.Any]]
    values: _t.NotRequired[_t.Sequence[str | int | PointParam | _m.Point]]
    mixed: _t.NotRequired[_t.Sequence[bool | _t.Sequence[float]]]


class PointParam(_t.TypedDict, total=False):
    """The dict form of `models.Point`, keyed by wire names."""

    x: _t.Required[float]
    y: _t.Required[float]
