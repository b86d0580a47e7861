"""Operations tagged 'shapes' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_SHAPE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": (
        "json",
        _rt.UnionOf(
            (
                _rt.ModelOf(_models.Circle),
                _rt.ModelOf(_models.Square),
            )
        ),
    )
}
_DESCRIBE_SHAPE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Label))
}


class Shapes:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ShapesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ShapesWithRawResponse(self._client)

    def get_shape(self, *, key: _models.IdOrName) -> _models.Shape:
        """GET /shapes/{key}"""
        call = _rt.Call(
            method="GET",
            path="/shapes/{key}",
            responses=_GET_SHAPE_RESPONSES,
            path_params={"key": key},
        )
        return _t.cast("_models.Shape", self._client.request(call))

    def describe_shape(self, *, body: _models.Shape) -> _models.Label:
        """POST /shapes"""
        call = _rt.Call(
            method="POST",
            path="/shapes",
            responses=_DESCRIBE_SHAPE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Label", self._client.request(call))


class ShapesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_shape(self, *, key: _models.IdOrName) -> _rt.RawResponse[_models.Shape]:
        """GET /shapes/{key}"""
        call = _rt.Call(
            method="GET",
            path="/shapes/{key}",
            responses=_GET_SHAPE_RESPONSES,
            path_params={"key": key},
        )
        return _t.cast("_rt.RawResponse[_models.Shape]", self._client.request_raw(call))

    def describe_shape(self, *, body: _models.Shape) -> _rt.RawResponse[_models.Label]:
        """POST /shapes"""
        call = _rt.Call(
            method="POST",
            path="/shapes",
            responses=_DESCRIBE_SHAPE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Label]", self._client.request_raw(call))


class AsyncShapes:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncShapesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncShapesWithRawResponse(self._client)

    async def get_shape(self, *, key: _models.IdOrName) -> _models.Shape:
        """GET /shapes/{key}"""
        call = _rt.Call(
            method="GET",
            path="/shapes/{key}",
            responses=_GET_SHAPE_RESPONSES,
            path_params={"key": key},
        )
        return _t.cast("_models.Shape", await self._client.request(call))

    async def describe_shape(self, *, body: _models.Shape) -> _models.Label:
        """POST /shapes"""
        call = _rt.Call(
            method="POST",
            path="/shapes",
            responses=_DESCRIBE_SHAPE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Label", await self._client.request(call))


class AsyncShapesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_shape(self, *, key: _models.IdOrName) -> _rt.RawResponse[_models.Shape]:
        """GET /shapes/{key}"""
        call = _rt.Call(
            method="GET",
            path="/shapes/{key}",
            responses=_GET_SHAPE_RESPONSES,
            path_params={"key": key},
        )
        return _t.cast("_rt.RawResponse[_models.Shape]", await self._client.request_raw(call))

    async def describe_shape(self, *, body: _models.Shape) -> _rt.RawResponse[_models.Label]:
        """POST /shapes"""
        call = _rt.Call(
            method="POST",
            path="/shapes",
            responses=_DESCRIBE_SHAPE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Label]", await self._client.request_raw(call))
