"""What requests of oneOf and anyOf without discriminator send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "CircleParam",
    "SquareParam",
]


class CircleParam(_t.TypedDict, total=False):
    """The dict form of `models.Circle`, keyed by wire names."""

    radius: _t.Required[float]


class SquareParam(_t.TypedDict, total=False):
    """The dict form of `models.Square`, keyed by wire names."""

    side: _t.Required[float]
