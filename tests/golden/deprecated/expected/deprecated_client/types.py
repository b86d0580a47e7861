"""What requests of deprecated operation, schema and property send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "LegacyWidgetParam",
]


class LegacyWidgetParam(_t.TypedDict, total=False):
    """The dict form of `models.LegacyWidget`, keyed by wire names."""

    name: _t.Required[str]
