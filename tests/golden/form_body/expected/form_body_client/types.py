"""What requests of form and multipart bodies send: enums as aliases, bodies as TypedDicts (generated)."""

from __future__ import annotations

import typing as _t

from . import models as _m  # cheap: a model loads when first named (here: each enum)

__all__ = [
    "LoginRequestParam",
    "UploadFileRequestParam",
]


class LoginRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.LoginRequest`, keyed by wire names."""

    username: _t.Required[str]
    password: _t.Required[str]
    remember: _t.NotRequired[bool]


class UploadFileRequestParam(_t.TypedDict, total=False):
    """The dict form of `models.UploadFileRequest`, keyed by wire names."""

    file: _t.Required[bytes | str]
    description: _t.NotRequired[str]
