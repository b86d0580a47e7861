"""Operations tagged 'non_human_identities' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_NHIS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedResourcesList))
}


class NonHumanIdentities:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> NonHumanIdentitiesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return NonHumanIdentitiesWithRawResponse(self._client)

    def get_nhis(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _models.PaginatedResourcesList:
        """Returns a list of non-human identities for your organization."""
        call = _rt.Call(
            method="GET",
            path="/non-human-identities",
            responses=_GET_NHIS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.PaginatedResourcesList", self._client.request(call))

    def get_nhis_iter(self, *, page_size: int | None = None) -> _t.Iterator[_models.Resource]:
        """Like `get_nhis`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/non-human-identities",
            responses=_GET_NHIS_RESPONSES,
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.Iterator[_models.Resource]",
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


class NonHumanIdentitiesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_nhis(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.PaginatedResourcesList]:
        """Returns a list of non-human identities for your organization."""
        call = _rt.Call(
            method="GET",
            path="/non-human-identities",
            responses=_GET_NHIS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedResourcesList]", self._client.request_raw(call)
        )


class AsyncNonHumanIdentities:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncNonHumanIdentitiesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncNonHumanIdentitiesWithRawResponse(self._client)

    async def get_nhis(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _models.PaginatedResourcesList:
        """Returns a list of non-human identities for your organization."""
        call = _rt.Call(
            method="GET",
            path="/non-human-identities",
            responses=_GET_NHIS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.PaginatedResourcesList", await self._client.request(call))

    def get_nhis_iter(self, *, page_size: int | None = None) -> _t.AsyncIterator[_models.Resource]:
        """Like `get_nhis`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/non-human-identities",
            responses=_GET_NHIS_RESPONSES,
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.Resource]",
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


class AsyncNonHumanIdentitiesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_nhis(
        self, *, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.PaginatedResourcesList]:
        """Returns a list of non-human identities for your organization."""
        call = _rt.Call(
            method="GET",
            path="/non-human-identities",
            responses=_GET_NHIS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedResourcesList]", await self._client.request_raw(call)
        )
