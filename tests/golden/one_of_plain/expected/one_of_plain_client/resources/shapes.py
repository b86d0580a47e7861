"""Operations tagged 'shapes' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

_GET_SHAPE_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.UnionOf((_rt.ModelOf("Circle"), _rt.ModelOf("Square"))))
}
_DESCRIBE_SHAPE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Label"))}


class Shapes(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> ShapesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ShapesWithRawResponse(_rt.RawCalls(self._client))

    def get_shape(self, *, key: _m.IdOrName, **options: _t.Unpack[_rt.RequestOptions]) -> _m.Shape:
        """GET /shapes/{key}

        Args:
            key:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET", "/shapes/{key}", _GET_SHAPE_RESPONSES, path_params={"key": key}, options=options
        )
        return _t.cast("_m.Shape", self._client.request(call))

    def describe_shape(
        self, *, body: _m.Shape, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Label:
        """POST /shapes

        Args:
            body:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/shapes",
            _DESCRIBE_SHAPE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Label", self._client.request(call))


class ShapesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_shape = _rt.to_raw_response(Shapes.get_shape)
    describe_shape = _rt.to_raw_response(Shapes.describe_shape)


class AsyncShapes(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncShapesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncShapesWithRawResponse(_rt.RawCalls(self._client))

    get_shape = _rt.to_async(Shapes.get_shape)
    describe_shape = _rt.to_async(Shapes.describe_shape)


class AsyncShapesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_shape = _rt.to_async_raw_response(Shapes.get_shape)
    describe_shape = _rt.to_async_raw_response(Shapes.describe_shape)
