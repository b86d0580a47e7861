"""Operations tagged 'search' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_SEARCH_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Results))
}


class Search:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SearchWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return SearchWithRawResponse(self._client)

    def search(
        self,
        *,
        filter: _models.SearchFilter | None = None,
        tags: list[str] | None = None,
        ids: list[int] | None = None,
        point: _models.SearchPoint | None = None,
        color: dict[str, int] | None = None,
        words: list[str] | None = None,
        levels: list[int] | None = None,
    ) -> _models.Results:
        """GET /search"""
        call = _rt.Call(
            method="GET",
            path="/search",
            responses=_SEARCH_RESPONSES,
            query={
                "filter": filter,
                "tags": tags,
                "ids": ids,
                "point": point,
                "color": color,
                "words": words,
                "levels": levels,
            },
            exploded=frozenset({"point", "tags"}),
            deep=frozenset({"filter"}),
            delimiters={"levels": "|", "words": " "},
        )
        return _t.cast("_models.Results", self._client.request(call))


class SearchWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def search(
        self,
        *,
        filter: _models.SearchFilter | None = None,
        tags: list[str] | None = None,
        ids: list[int] | None = None,
        point: _models.SearchPoint | None = None,
        color: dict[str, int] | None = None,
        words: list[str] | None = None,
        levels: list[int] | None = None,
    ) -> _rt.RawResponse[_models.Results]:
        """GET /search"""
        call = _rt.Call(
            method="GET",
            path="/search",
            responses=_SEARCH_RESPONSES,
            query={
                "filter": filter,
                "tags": tags,
                "ids": ids,
                "point": point,
                "color": color,
                "words": words,
                "levels": levels,
            },
            exploded=frozenset({"point", "tags"}),
            deep=frozenset({"filter"}),
            delimiters={"levels": "|", "words": " "},
        )
        return _t.cast("_rt.RawResponse[_models.Results]", self._client.request_raw(call))


class AsyncSearch:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSearchWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncSearchWithRawResponse(self._client)

    async def search(
        self,
        *,
        filter: _models.SearchFilter | None = None,
        tags: list[str] | None = None,
        ids: list[int] | None = None,
        point: _models.SearchPoint | None = None,
        color: dict[str, int] | None = None,
        words: list[str] | None = None,
        levels: list[int] | None = None,
    ) -> _models.Results:
        """GET /search"""
        call = _rt.Call(
            method="GET",
            path="/search",
            responses=_SEARCH_RESPONSES,
            query={
                "filter": filter,
                "tags": tags,
                "ids": ids,
                "point": point,
                "color": color,
                "words": words,
                "levels": levels,
            },
            exploded=frozenset({"point", "tags"}),
            deep=frozenset({"filter"}),
            delimiters={"levels": "|", "words": " "},
        )
        return _t.cast("_models.Results", await self._client.request(call))


class AsyncSearchWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def search(
        self,
        *,
        filter: _models.SearchFilter | None = None,
        tags: list[str] | None = None,
        ids: list[int] | None = None,
        point: _models.SearchPoint | None = None,
        color: dict[str, int] | None = None,
        words: list[str] | None = None,
        levels: list[int] | None = None,
    ) -> _rt.RawResponse[_models.Results]:
        """GET /search"""
        call = _rt.Call(
            method="GET",
            path="/search",
            responses=_SEARCH_RESPONSES,
            query={
                "filter": filter,
                "tags": tags,
                "ids": ids,
                "point": point,
                "color": color,
                "words": words,
                "levels": levels,
            },
            exploded=frozenset({"point", "tags"}),
            deep=frozenset({"filter"}),
            delimiters={"levels": "|", "words": " "},
        )
        return _t.cast("_rt.RawResponse[_models.Results]", await self._client.request_raw(call))
