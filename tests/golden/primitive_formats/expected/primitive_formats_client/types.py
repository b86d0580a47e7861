"""Request bodies of primitive formats and non-JSON responses as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

if _t.TYPE_CHECKING:
    from . import models as _models

__all__ = []
