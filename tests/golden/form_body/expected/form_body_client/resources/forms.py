"""Operations tagged 'forms' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LOGIN_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Token"))}
_UPLOAD_FILE_RESPONSES: _rt.Responses = {"201": ("json", _rt.ModelOf("Upload"))}


class Forms(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> FormsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return FormsWithRawResponse(_rt.RawCalls(self._client))

    def login(
        self,
        *,
        body: _m.LoginRequest | _types.LoginRequestParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Token:
        """POST /login

        Args:
            body:
                username (required)
                password (required)
                remember (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST", "/login", _LOGIN_RESPONSES, body=body, body_kind="form", options=options
        )
        return _t.cast("_m.Token", self._client.request(call))

    def upload_file(
        self,
        *,
        body: _m.UploadFileRequest | _types.UploadFileRequestParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Upload:
        """POST /files

        Args:
            body:
                file (required)
                description (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/files",
            _UPLOAD_FILE_RESPONSES,
            body=body,
            body_kind="multipart",
            options=options,
        )
        return _t.cast("_m.Upload", self._client.request(call))


class FormsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    login = _rt.to_raw_response(Forms.login)
    upload_file = _rt.to_raw_response(Forms.upload_file)


class AsyncForms(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncFormsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncFormsWithRawResponse(_rt.RawCalls(self._client))

    login = _rt.to_async(Forms.login)
    upload_file = _rt.to_async(Forms.upload_file)


class AsyncFormsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    login = _rt.to_async_raw_response(Forms.login)
    upload_file = _rt.to_async_raw_response(Forms.upload_file)
