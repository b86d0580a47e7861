"""Request bodies of deprecated operation, schema and property as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _models  # cheap: each model loads when an annotation names it

__all__ = [
    "LegacyWidgetParam",
]


class LegacyWidgetParam(_t.TypedDict, total=False):
    """The dict form of `models.LegacyWidget`, keyed by wire names."""

    name: _t.Required[str]
