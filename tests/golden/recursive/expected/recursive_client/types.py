"""What requests of recursive schemas send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "AParam",
    "BParam",
]


class AParam(_t.TypedDict, total=False):
    """The dict form of `models.A`, keyed by wire names."""

    name: _t.Required[str]
    b: _t.NotRequired[BParam | _m.B]


class BParam(_t.TypedDict, total=False):
    """The dict form of `models.B`, keyed by wire names."""

    name: _t.Required[str]
    a: _t.NotRequired[AParam | _m.A]
