"""What requests of readOnly and writeOnly send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "UserParam",
]


class UserParam(_t.TypedDict, total=False):
    """The dict form of `models.User`, keyed by wire names."""

    name: _t.Required[str]
    password: _t.Required[str]
    nickname: _t.NotRequired[str]
