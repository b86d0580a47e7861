"""Operations tagged 'forms' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LOGIN_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Token))
}
_UPLOAD_FILE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "201": ("json", _rt.ModelOf(_models.Upload))
}


class Forms:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> FormsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return FormsWithRawResponse(self._client)

    def login(self, *, body: _models.LoginRequest | _t.Mapping[str, _t.Any]) -> _models.Token:
        """POST /login"""
        call = _rt.Call(
            method="POST", path="/login", responses=_LOGIN_RESPONSES, body=body, body_kind="form"
        )
        return _t.cast("_models.Token", self._client.request(call))

    def upload_file(
        self, *, body: _models.UploadFileRequest | _t.Mapping[str, _t.Any]
    ) -> _models.Upload:
        """POST /files"""
        call = _rt.Call(
            method="POST",
            path="/files",
            responses=_UPLOAD_FILE_RESPONSES,
            body=body,
            body_kind="multipart",
        )
        return _t.cast("_models.Upload", self._client.request(call))


class FormsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def login(
        self, *, body: _models.LoginRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Token]:
        """POST /login"""
        call = _rt.Call(
            method="POST", path="/login", responses=_LOGIN_RESPONSES, body=body, body_kind="form"
        )
        return _t.cast("_rt.RawResponse[_models.Token]", self._client.request_raw(call))

    def upload_file(
        self, *, body: _models.UploadFileRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Upload]:
        """POST /files"""
        call = _rt.Call(
            method="POST",
            path="/files",
            responses=_UPLOAD_FILE_RESPONSES,
            body=body,
            body_kind="multipart",
        )
        return _t.cast("_rt.RawResponse[_models.Upload]", self._client.request_raw(call))


class AsyncForms:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncFormsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncFormsWithRawResponse(self._client)

    async def login(self, *, body: _models.LoginRequest | _t.Mapping[str, _t.Any]) -> _models.Token:
        """POST /login"""
        call = _rt.Call(
            method="POST", path="/login", responses=_LOGIN_RESPONSES, body=body, body_kind="form"
        )
        return _t.cast("_models.Token", await self._client.request(call))

    async def upload_file(
        self, *, body: _models.UploadFileRequest | _t.Mapping[str, _t.Any]
    ) -> _models.Upload:
        """POST /files"""
        call = _rt.Call(
            method="POST",
            path="/files",
            responses=_UPLOAD_FILE_RESPONSES,
            body=body,
            body_kind="multipart",
        )
        return _t.cast("_models.Upload", await self._client.request(call))


class AsyncFormsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def login(
        self, *, body: _models.LoginRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Token]:
        """POST /login"""
        call = _rt.Call(
            method="POST", path="/login", responses=_LOGIN_RESPONSES, body=body, body_kind="form"
        )
        return _t.cast("_rt.RawResponse[_models.Token]", await self._client.request_raw(call))

    async def upload_file(
        self, *, body: _models.UploadFileRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Upload]:
        """POST /files"""
        call = _rt.Call(
            method="POST",
            path="/files",
            responses=_UPLOAD_FILE_RESPONSES,
            body=body,
            body_kind="multipart",
        )
        return _t.cast("_rt.RawResponse[_models.Upload]", await self._client.request_raw(call))
