"""Request bodies of several 2xx responses as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

if _t.TYPE_CHECKING:
    from . import models as _models

__all__ = [
    "ItemParam",
]


class ItemParam(_t.TypedDict, total=False):
    """The dict form of `models.Item`, keyed by wire names."""

    id: _t.Required[str]
    name: _t.Required[str]
