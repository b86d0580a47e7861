"""Request bodies of names that clash once sanitised as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

if _t.TYPE_CHECKING:
    from . import models as _models

__all__ = []
