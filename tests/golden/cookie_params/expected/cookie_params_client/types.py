"""What requests of cookie parameters send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "GetSessionThemeParam",
]

GetSessionThemeParam: _t.TypeAlias = _m.GetSessionTheme | _t.Literal["light", "dark"]
"""A `models.GetSessionTheme` member or its wire value."""
