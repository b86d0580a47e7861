"""Operations tagged 'graph' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_GET_TREE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("TreeNode"))}
_ECHO_PAIR_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("A"))}


class Graph(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> GraphWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return GraphWithRawResponse(_rt.RawCalls(self._client))

    def get_tree(self, **options: _t.Unpack[_rt.RequestOptions]) -> _m.TreeNode:
        """GET /tree

        Args:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call("GET", "/tree", _GET_TREE_RESPONSES, options=options)
        return _t.cast("_m.TreeNode", self._client.request(call))

    def echo_pair(
        self, *, body: _m.A | _types.AParam, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.A:
        """POST /pair

        Args:
            body:
                name (required)
                b (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/pair",
            _ECHO_PAIR_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.A", self._client.request(call))


class GraphWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_tree = _rt.to_raw_response(Graph.get_tree)
    echo_pair = _rt.to_raw_response(Graph.echo_pair)


class AsyncGraph(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncGraphWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncGraphWithRawResponse(_rt.RawCalls(self._client))

    get_tree = _rt.to_async(Graph.get_tree)
    echo_pair = _rt.to_async(Graph.echo_pair)


class AsyncGraphWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_tree = _rt.to_async_raw_response(Graph.get_tree)
    echo_pair = _rt.to_async_raw_response(Graph.echo_pair)
