"""What requests of oneOf with discriminator send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "CatParam",
    "DogParam",
]


class CatParam(_t.TypedDict, total=False):
    """The dict form of `models.Cat`, keyed by wire names."""

    petType: _t.Required[str]
    name: _t.Required[str]
    livesLeft: _t.NotRequired[int]


class DogParam(_t.TypedDict, total=False):
    """The dict form of `models.Dog`, keyed by wire names."""

    petType: _t.Required[str]
    name: _t.Required[str]
    barkVolume: _t.NotRequired[int]
