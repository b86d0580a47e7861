"""Operations tagged 'non_human_identities' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

_GET_NHIS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("PaginatedResourcesList"))}
_GET_NHIS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)


class NonHumanIdentities(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> NonHumanIdentitiesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return NonHumanIdentitiesWithRawResponse(_rt.RawCalls(self._client))

    def get_nhis(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedResourcesList:
        """Returns a list of non-human identities for your organization.

        Args:
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/non-human-identities",
            _GET_NHIS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
            options=options,
        )
        return _t.cast("_m.PaginatedResourcesList", self._client.request(call))

    def get_nhis_iter(
        self, *, page_size: int | None = None, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _t.Iterator[_m.Resource]:
        """Like `get_nhis`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/non-human-identities",
            _GET_NHIS_RESPONSES,
            query={"page_size": page_size},
            options=options,
        )
        return _t.cast("_t.Iterator[_m.Resource]", self._client.paginate(call, _GET_NHIS_PAGING))


class NonHumanIdentitiesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_nhis = _rt.to_raw_response(NonHumanIdentities.get_nhis)


class AsyncNonHumanIdentities(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncNonHumanIdentitiesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncNonHumanIdentitiesWithRawResponse(_rt.RawCalls(self._client))

    get_nhis = _rt.to_async(NonHumanIdentities.get_nhis)
    get_nhis_iter = _rt.to_async_iterator(NonHumanIdentities.get_nhis_iter)


class AsyncNonHumanIdentitiesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_nhis = _rt.to_async_raw_response(NonHumanIdentities.get_nhis)
