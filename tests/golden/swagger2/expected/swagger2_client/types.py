"""What requests of Swagger 2.0 send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "NewPetParam",
    "UploadPhotoRequestParam",
]


class NewPetParam(_t.TypedDict, total=False):
    """The dict form of `models.NewPet`, keyed by wire names."""

    name: _t.Required[str]
    tag: _t.NotRequired[str | None]


class UploadPhotoRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.UploadPhotoRequest`, keyed by wire names."""

    file: _t.Required[bytes | str]
    caption: _t.NotRequired[str]
