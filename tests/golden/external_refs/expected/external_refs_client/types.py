"""Request bodies of external refs as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _models  # cheap: each model loads when an annotation names it

__all__ = []
