"""What requests of non-identifier names send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "FromParam",
    "ImportParam",
]

FromParam = _t.TypedDict(
    "FromParam",
    {
        "self": "_t.NotRequired[str]",
        "None": "_t.NotRequired[str]",
    },
    total=False,
)

ImportParam = _t.TypedDict(
    "ImportParam",
    {
        "from": "_t.Required[FromParam | _m.From]",
        "item.v2": "_t.NotRequired[str]",
    },
    total=False,
)
