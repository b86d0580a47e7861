"""Operations tagged 'items' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_PUT_ITEM_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Item)),
    "201": ("json", _rt.ModelOf(_models.Created)),
    "204": ("empty", None),
    "default": ("json", _rt.ModelOf(_models.Error)),
}


class Items:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ItemsWithRawResponse(self._client)

    def put_item(
        self, *, id: str, body: _models.Item | _t.Mapping[str, _t.Any]
    ) -> _models.Item | _models.Created | None:
        """PUT /items/{id}"""
        call = _rt.Call(
            method="PUT",
            path="/items/{id}",
            responses=_PUT_ITEM_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Item | _models.Created | None", self._client.request(call))


class ItemsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def put_item(
        self, *, id: str, body: _models.Item | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Item | _models.Created | None]:
        """PUT /items/{id}"""
        call = _rt.Call(
            method="PUT",
            path="/items/{id}",
            responses=_PUT_ITEM_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.Item | _models.Created | None]", self._client.request_raw(call)
        )


class AsyncItems:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncItemsWithRawResponse(self._client)

    async def put_item(
        self, *, id: str, body: _models.Item | _t.Mapping[str, _t.Any]
    ) -> _models.Item | _models.Created | None:
        """PUT /items/{id}"""
        call = _rt.Call(
            method="PUT",
            path="/items/{id}",
            responses=_PUT_ITEM_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Item | _models.Created | None", await self._client.request(call))


class AsyncItemsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def put_item(
        self, *, id: str, body: _models.Item | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Item | _models.Created | None]:
        """PUT /items/{id}"""
        call = _rt.Call(
            method="PUT",
            path="/items/{id}",
            responses=_PUT_ITEM_RESPONSES,
            path_params={"id": id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.Item | _models.Created | None]",
            await self._client.request_raw(call),
        )
