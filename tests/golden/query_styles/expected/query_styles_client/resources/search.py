"""Operations tagged 'search' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

_SEARCH_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Results"))}


class Search(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> SearchWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return SearchWithRawResponse(_rt.RawCalls(self._client))

    def search(
        self,
        *,
        filter: _m.SearchFilter | None = None,
        tags: list[str] | None = None,
        ids: list[int] | None = None,
        point: _m.SearchPoint | None = None,
        color: dict[str, int] | None = None,
        words: list[str] | None = None,
        levels: list[int] | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Results:
        """GET /search

        Args:
            filter: deepObject - filter[a]=1&filter[b]=x.
            tags: form, explode true - tags=a&tags=b.
            ids: form, explode false - ids=1,2,3.
            point: form object, explode true - x=1&y=2.
            color: form object, explode false - color=R,100,G,200.
            words: spaceDelimited - words=a%20b.
            levels: pipeDelimited - levels=1|2.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/search",
            _SEARCH_RESPONSES,
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
            options=options,
        )
        return _t.cast("_m.Results", self._client.request(call))


class SearchWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    search = _rt.to_raw_response(Search.search)


class AsyncSearch(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncSearchWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncSearchWithRawResponse(_rt.RawCalls(self._client))

    search = _rt.to_async(Search.search)


class AsyncSearchWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    search = _rt.to_async_raw_response(Search.search)
