"""Operations tagged 'graph' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_TREE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.TreeNode))
}
_ECHO_PAIR_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.A))
}


class Graph:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> GraphWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return GraphWithRawResponse(self._client)

    def get_tree(self) -> _models.TreeNode:
        """GET /tree"""
        call = _rt.Call(method="GET", path="/tree", responses=_GET_TREE_RESPONSES)
        return _t.cast("_models.TreeNode", self._client.request(call))

    def echo_pair(self, *, body: _models.A | _t.Mapping[str, _t.Any]) -> _models.A:
        """POST /pair"""
        call = _rt.Call(
            method="POST",
            path="/pair",
            responses=_ECHO_PAIR_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.A", self._client.request(call))


class GraphWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_tree(self) -> _rt.RawResponse[_models.TreeNode]:
        """GET /tree"""
        call = _rt.Call(method="GET", path="/tree", responses=_GET_TREE_RESPONSES)
        return _t.cast("_rt.RawResponse[_models.TreeNode]", self._client.request_raw(call))

    def echo_pair(self, *, body: _models.A | _t.Mapping[str, _t.Any]) -> _rt.RawResponse[_models.A]:
        """POST /pair"""
        call = _rt.Call(
            method="POST",
            path="/pair",
            responses=_ECHO_PAIR_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.A]", self._client.request_raw(call))


class AsyncGraph:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncGraphWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncGraphWithRawResponse(self._client)

    async def get_tree(self) -> _models.TreeNode:
        """GET /tree"""
        call = _rt.Call(method="GET", path="/tree", responses=_GET_TREE_RESPONSES)
        return _t.cast("_models.TreeNode", await self._client.request(call))

    async def echo_pair(self, *, body: _models.A | _t.Mapping[str, _t.Any]) -> _models.A:
        """POST /pair"""
        call = _rt.Call(
            method="POST",
            path="/pair",
            responses=_ECHO_PAIR_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.A", await self._client.request(call))


class AsyncGraphWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_tree(self) -> _rt.RawResponse[_models.TreeNode]:
        """GET /tree"""
        call = _rt.Call(method="GET", path="/tree", responses=_GET_TREE_RESPONSES)
        return _t.cast("_rt.RawResponse[_models.TreeNode]", await self._client.request_raw(call))

    async def echo_pair(
        self, *, body: _models.A | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.A]:
        """POST /pair"""
        call = _rt.Call(
            method="POST",
            path="/pair",
            responses=_ECHO_PAIR_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.A]", await self._client.request_raw(call))
