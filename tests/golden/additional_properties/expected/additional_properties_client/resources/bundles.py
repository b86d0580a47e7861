"""Operations tagged 'bundles' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_BUNDLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Bundle))
}
_PUT_COUNTS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.MapOf(_rt.INT))
}


class Bundles:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> BundlesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return BundlesWithRawResponse(self._client)

    def get_bundle(self) -> _models.Bundle:
        """GET /bundle"""
        call = _rt.Call(method="GET", path="/bundle", responses=_GET_BUNDLE_RESPONSES)
        return _t.cast("_models.Bundle", self._client.request(call))

    def put_counts(self, *, body: dict[str, int]) -> dict[str, int]:
        """PUT /counts"""
        call = _rt.Call(
            method="PUT",
            path="/counts",
            responses=_PUT_COUNTS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("dict[str, int]", self._client.request(call))


class BundlesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_bundle(self) -> _rt.RawResponse[_models.Bundle]:
        """GET /bundle"""
        call = _rt.Call(method="GET", path="/bundle", responses=_GET_BUNDLE_RESPONSES)
        return _t.cast("_rt.RawResponse[_models.Bundle]", self._client.request_raw(call))

    def put_counts(self, *, body: dict[str, int]) -> _rt.RawResponse[dict[str, int]]:
        """PUT /counts"""
        call = _rt.Call(
            method="PUT",
            path="/counts",
            responses=_PUT_COUNTS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[dict[str, int]]", self._client.request_raw(call))


class AsyncBundles:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncBundlesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncBundlesWithRawResponse(self._client)

    async def get_bundle(self) -> _models.Bundle:
        """GET /bundle"""
        call = _rt.Call(method="GET", path="/bundle", responses=_GET_BUNDLE_RESPONSES)
        return _t.cast("_models.Bundle", await self._client.request(call))

    async def put_counts(self, *, body: dict[str, int]) -> dict[str, int]:
        """PUT /counts"""
        call = _rt.Call(
            method="PUT",
            path="/counts",
            responses=_PUT_COUNTS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("dict[str, int]", await self._client.request(call))


class AsyncBundlesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_bundle(self) -> _rt.RawResponse[_models.Bundle]:
        """GET /bundle"""
        call = _rt.Call(method="GET", path="/bundle", responses=_GET_BUNDLE_RESPONSES)
        return _t.cast("_rt.RawResponse[_models.Bundle]", await self._client.request_raw(call))

    async def put_counts(self, *, body: dict[str, int]) -> _rt.RawResponse[dict[str, int]]:
        """PUT /counts"""
        call = _rt.Call(
            method="PUT",
            path="/counts",
            responses=_PUT_COUNTS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[dict[str, int]]", await self._client.request_raw(call))
