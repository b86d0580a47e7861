"""Request bodies of media types as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _models  # cheap: each model loads when an annotation names it

__all__ = [
    "ThingParam",
]


class ThingParam(_t.TypedDict, total=False):
    """The dict form of `models.Thing`, keyed by wire names."""

    id: _t.Required[str]
    label: _t.NotRequired[str]
