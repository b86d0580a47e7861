"""Request bodies of error and default responses as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _models  # cheap: each model loads when an annotation names it

__all__ = [
    "WidgetParam",
]


class WidgetParam(_t.TypedDict, total=False):
    """The dict form of `models.Widget`, keyed by wire names."""

    id: _t.Required[str]
    name: _t.Required[str]
