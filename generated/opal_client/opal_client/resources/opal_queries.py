"""Operations tagged 'opal_queries' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_RUN_OPAL_QUERY_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("OpalNodeQueryResults"))}


class OpalQueries(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> OpalQueriesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OpalQueriesWithRawResponse(_rt.RawCalls(self._client))

    def run_opal_query(
        self,
        *,
        body: _m.OpalNodeQuery | _types.OpalNodeQueryParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.OpalNodeQueryResults:
        """Run an ad-hoc OpalQuery

        Runs an ad-hoc OpalQuery and returns the results. Currently supports NODE queries (users, resources, groups). This endpoint is only available to our OpalQuery beta group. Please contact Opal support if you'd like to be added to the beta.

        Args:
            body:
                type (required)
                query (optional)
                first (optional): Maximum number of results to return. Defaults to 200.
                after (optional): Cursor from a previous response to fetch the next page of results.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/queries/run",
            _RUN_OPAL_QUERY_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.OpalNodeQueryResults", self._client.request(call))


class OpalQueriesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    run_opal_query = _rt.to_raw_response(OpalQueries.run_opal_query)


class AsyncOpalQueries(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncOpalQueriesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOpalQueriesWithRawResponse(_rt.RawCalls(self._client))

    run_opal_query = _rt.to_async(OpalQueries.run_opal_query)


class AsyncOpalQueriesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    run_opal_query = _rt.to_async_raw_response(OpalQueries.run_opal_query)
