"""What requests of media types send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "ThingParam",
]


class ThingParam(_t.TypedDict, total=False):
    """The dict form of `models.Thing`, keyed by wire names."""

    id: _t.Required[str]
    label: _t.NotRequired[str]
