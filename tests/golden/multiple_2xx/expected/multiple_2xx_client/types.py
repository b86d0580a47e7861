"""What requests of several 2xx responses send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "ItemParam",
]


class ItemParam(_t.TypedDict, total=False):
    """The dict form of `models.Item`, keyed by wire names."""

    id: _t.Required[str]
    name: _t.Required[str]
