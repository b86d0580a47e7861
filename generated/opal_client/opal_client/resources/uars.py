"""Operations tagged 'uars' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_UA_RS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedUARsList))
}
_CREATE_UAR_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.UAR))
}
_GET_UAR_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.UAR))
}


class Uars:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> UarsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return UarsWithRawResponse(self._client)

    def get_ua_rs(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _models.PaginatedUARsList:
        """Returns a list of `UAR` objects."""
        call = _rt.Call(
            method="GET",
            path="/uars",
            responses=_GET_UA_RS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.PaginatedUARsList", self._client.request(call))

    def get_ua_rs_iter(self, *, page_size: int | None = None) -> _t.Iterator[_models.UAR]:
        """Like `get_ua_rs`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/uars",
            responses=_GET_UA_RS_RESPONSES,
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.Iterator[_models.UAR]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    def create_uar(self, *, body: _models.CreateUARInfo | _t.Mapping[str, _t.Any]) -> _models.UAR:
        """Starts a User Access Review."""
        call = _rt.Call(
            method="POST",
            path="/uar",
            responses=_CREATE_UAR_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.UAR", self._client.request(call))

    def get_uar(self, *, uar_id: _uuid.UUID) -> _models.UAR:
        """Retrieves a specific UAR."""
        call = _rt.Call(
            method="GET",
            path="/uar/{uar_id}",
            responses=_GET_UAR_RESPONSES,
            path_params={"uar_id": uar_id},
        )
        return _t.cast("_models.UAR", self._client.request(call))


class UarsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_ua_rs(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.PaginatedUARsList]:
        """Returns a list of `UAR` objects."""
        call = _rt.Call(
            method="GET",
            path="/uars",
            responses=_GET_UA_RS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_rt.RawResponse[_models.PaginatedUARsList]", self._client.request_raw(call))

    def create_uar(
        self, *, body: _models.CreateUARInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.UAR]:
        """Starts a User Access Review."""
        call = _rt.Call(
            method="POST",
            path="/uar",
            responses=_CREATE_UAR_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.UAR]", self._client.request_raw(call))

    def get_uar(self, *, uar_id: _uuid.UUID) -> _rt.RawResponse[_models.UAR]:
        """Retrieves a specific UAR."""
        call = _rt.Call(
            method="GET",
            path="/uar/{uar_id}",
            responses=_GET_UAR_RESPONSES,
            path_params={"uar_id": uar_id},
        )
        return _t.cast("_rt.RawResponse[_models.UAR]", self._client.request_raw(call))


class AsyncUars:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncUarsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncUarsWithRawResponse(self._client)

    async def get_ua_rs(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _models.PaginatedUARsList:
        """Returns a list of `UAR` objects."""
        call = _rt.Call(
            method="GET",
            path="/uars",
            responses=_GET_UA_RS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.PaginatedUARsList", await self._client.request(call))

    def get_ua_rs_iter(self, *, page_size: int | None = None) -> _t.AsyncIterator[_models.UAR]:
        """Like `get_ua_rs`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/uars",
            responses=_GET_UA_RS_RESPONSES,
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.UAR]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    async def create_uar(
        self, *, body: _models.CreateUARInfo | _t.Mapping[str, _t.Any]
    ) -> _models.UAR:
        """Starts a User Access Review."""
        call = _rt.Call(
            method="POST",
            path="/uar",
            responses=_CREATE_UAR_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.UAR", await self._client.request(call))

    async def get_uar(self, *, uar_id: _uuid.UUID) -> _models.UAR:
        """Retrieves a specific UAR."""
        call = _rt.Call(
            method="GET",
            path="/uar/{uar_id}",
            responses=_GET_UAR_RESPONSES,
            path_params={"uar_id": uar_id},
        )
        return _t.cast("_models.UAR", await self._client.request(call))


class AsyncUarsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_ua_rs(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.PaginatedUARsList]:
        """Returns a list of `UAR` objects."""
        call = _rt.Call(
            method="GET",
            path="/uars",
            responses=_GET_UA_RS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedUARsList]", await self._client.request_raw(call)
        )

    async def create_uar(
        self, *, body: _models.CreateUARInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.UAR]:
        """Starts a User Access Review."""
        call = _rt.Call(
            method="POST",
            path="/uar",
            responses=_CREATE_UAR_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.UAR]", await self._client.request_raw(call))

    async def get_uar(self, *, uar_id: _uuid.UUID) -> _rt.RawResponse[_models.UAR]:
        """Retrieves a specific UAR."""
        call = _rt.Call(
            method="GET",
            path="/uar/{uar_id}",
            responses=_GET_UAR_RESPONSES,
            path_params={"uar_id": uar_id},
        )
        return _t.cast("_rt.RawResponse[_models.UAR]", await self._client.request_raw(call))
