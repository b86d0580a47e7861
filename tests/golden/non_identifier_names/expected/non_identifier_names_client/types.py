"""Request bodies of non-identifier names as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _models  # cheap: each model loads when an annotation names it

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
        "from": "_t.Required[FromParam | _models.From]",
        "item.v2": "_t.NotRequired[str]",
    },
    total=False,
)
