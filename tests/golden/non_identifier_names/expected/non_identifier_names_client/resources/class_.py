"""Operations tagged 'class_' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_IMPORT_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.M2faSettings))
}


class Class:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ClassWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ClassWithRawResponse(self._client)

    def import_(self, *, body: _models.Import | _t.Mapping[str, _t.Any]) -> _models.M2faSettings:
        """POST /imports"""
        call = _rt.Call(
            method="POST",
            path="/imports",
            responses=_IMPORT_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.M2faSettings", self._client.request(call))


class ClassWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def import_(
        self, *, body: _models.Import | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.M2faSettings]:
        """POST /imports"""
        call = _rt.Call(
            method="POST",
            path="/imports",
            responses=_IMPORT_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.M2faSettings]", self._client.request_raw(call))


class AsyncClass:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncClassWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncClassWithRawResponse(self._client)

    async def import_(
        self, *, body: _models.Import | _t.Mapping[str, _t.Any]
    ) -> _models.M2faSettings:
        """POST /imports"""
        call = _rt.Call(
            method="POST",
            path="/imports",
            responses=_IMPORT_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.M2faSettings", await self._client.request(call))


class AsyncClassWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def import_(
        self, *, body: _models.Import | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.M2faSettings]:
        """POST /imports"""
        call = _rt.Call(
            method="POST",
            path="/imports",
            responses=_IMPORT_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.M2faSettings]", await self._client.request_raw(call)
        )
