"""Operations tagged 'bundles' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

_GET_BUNDLE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Bundle"))}
_PUT_COUNTS_RESPONSES: _rt.Responses = {"200": ("json", _rt.MapOf(_rt.INT))}


class Bundles(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> BundlesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return BundlesWithRawResponse(_rt.RawCalls(self._client))

    def get_bundle(self, **options: _t.Unpack[_rt.RequestOptions]) -> _m.Bundle:
        """GET /bundle

        Args:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call("GET", "/bundle", _GET_BUNDLE_RESPONSES, options=options)
        return _t.cast("_m.Bundle", self._client.request(call))

    def put_counts(
        self, *, body: dict[str, int], **options: _t.Unpack[_rt.RequestOptions]
    ) -> dict[str, int]:
        """PUT /counts

        Args:
            body:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/counts",
            _PUT_COUNTS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("dict[str, int]", self._client.request(call))


class BundlesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_bundle = _rt.to_raw_response(Bundles.get_bundle)
    put_counts = _rt.to_raw_response(Bundles.put_counts)


class AsyncBundles(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncBundlesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncBundlesWithRawResponse(_rt.RawCalls(self._client))

    get_bundle = _rt.to_async(Bundles.get_bundle)
    put_counts = _rt.to_async(Bundles.put_counts)


class AsyncBundlesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_bundle = _rt.to_async_raw_response(Bundles.get_bundle)
    put_counts = _rt.to_async_raw_response(Bundles.put_counts)
