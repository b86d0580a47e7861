"""What requests of null types in OpenAPI 3.1 send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "AddressParam",
    "PersonParam",
]


class AddressParam(_t.TypedDict, total=False):
    """The dict form of `models.Address`, keyed by wire names."""

    street: _t.NotRequired[str]
    city: _t.Required[str]


class PersonParam(_t.TypedDict, total=False):
    """The dict form of `models.Person`, keyed by wire names."""

    name: _t.Required[str]
    nickname: _t.Required[str | None]
    age: _t.NotRequired[int | None]
    address: _t.Required[AddressParam | _m.Address | None]
    tags: _t.NotRequired[_t.Sequence[str] | None]
