"""Operations tagged 'opal_queries' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_RUN_OPAL_QUERY_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.OpalNodeQueryResults))
}


class OpalQueries:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OpalQueriesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OpalQueriesWithRawResponse(self._client)

    def run_opal_query(
        self, *, body: _models.OpalNodeQuery | _t.Mapping[str, _t.Any]
    ) -> _models.OpalNodeQueryResults:
        """Run an ad-hoc OpalQuery

        Runs an ad-hoc OpalQuery and returns the results. Currently supports NODE queries (users, resources, groups). This endpoint is only available to our OpalQuery beta group. Please contact Opal support if you'd like to be added to the beta.
        """
        call = _rt.Call(
            method="POST",
            path="/queries/run",
            responses=_RUN_OPAL_QUERY_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.OpalNodeQueryResults", self._client.request(call))


class OpalQueriesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def run_opal_query(
        self, *, body: _models.OpalNodeQuery | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.OpalNodeQueryResults]:
        """Run an ad-hoc OpalQuery

        Runs an ad-hoc OpalQuery and returns the results. Currently supports NODE queries (users, resources, groups). This endpoint is only available to our OpalQuery beta group. Please contact Opal support if you'd like to be added to the beta.
        """
        call = _rt.Call(
            method="POST",
            path="/queries/run",
            responses=_RUN_OPAL_QUERY_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.OpalNodeQueryResults]", self._client.request_raw(call)
        )


class AsyncOpalQueries:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOpalQueriesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOpalQueriesWithRawResponse(self._client)

    async def run_opal_query(
        self, *, body: _models.OpalNodeQuery | _t.Mapping[str, _t.Any]
    ) -> _models.OpalNodeQueryResults:
        """Run an ad-hoc OpalQuery

        Runs an ad-hoc OpalQuery and returns the results. Currently supports NODE queries (users, resources, groups). This endpoint is only available to our OpalQuery beta group. Please contact Opal support if you'd like to be added to the beta.
        """
        call = _rt.Call(
            method="POST",
            path="/queries/run",
            responses=_RUN_OPAL_QUERY_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.OpalNodeQueryResults", await self._client.request(call))


class AsyncOpalQueriesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def run_opal_query(
        self, *, body: _models.OpalNodeQuery | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.OpalNodeQueryResults]:
        """Run an ad-hoc OpalQuery

        Runs an ad-hoc OpalQuery and returns the results. Currently supports NODE queries (users, resources, groups). This endpoint is only available to our OpalQuery beta group. Please contact Opal support if you'd like to be added to the beta.
        """
        call = _rt.Call(
            method="POST",
            path="/queries/run",
            responses=_RUN_OPAL_QUERY_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.OpalNodeQueryResults]", await self._client.request_raw(call)
        )
