"""Operations tagged 'widgets' (generated)."""

from __future__ import annotations

import typing as _t
import warnings as _warnings

from .. import _runtime as _rt
from .. import models as _models

_GET_WIDGET_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Widget))
}
_CREATE_LEGACY_WIDGET_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "201": ("json", _rt.ModelOf(_models.LegacyWidget))
}


class Widgets:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> WidgetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return WidgetsWithRawResponse(self._client)

    def get_widget(self, *, id: str) -> _models.Widget:
        """GET /widgets/{id}"""
        call = _rt.Call(
            method="GET",
            path="/widgets/{id}",
            responses=_GET_WIDGET_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.Widget", self._client.request(call))

    def create_legacy_widget(
        self, *, body: _models.LegacyWidget | _t.Mapping[str, _t.Any]
    ) -> _models.LegacyWidget:
        """POST /legacy-widgets"""
        _warnings.warn("create_legacy_widget is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="POST",
            path="/legacy-widgets",
            responses=_CREATE_LEGACY_WIDGET_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.LegacyWidget", self._client.request(call))


class WidgetsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_widget(self, *, id: str) -> _rt.RawResponse[_models.Widget]:
        """GET /widgets/{id}"""
        call = _rt.Call(
            method="GET",
            path="/widgets/{id}",
            responses=_GET_WIDGET_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[_models.Widget]", self._client.request_raw(call))

    def create_legacy_widget(
        self, *, body: _models.LegacyWidget | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.LegacyWidget]:
        """POST /legacy-widgets"""
        _warnings.warn("create_legacy_widget is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="POST",
            path="/legacy-widgets",
            responses=_CREATE_LEGACY_WIDGET_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.LegacyWidget]", self._client.request_raw(call))


class AsyncWidgets:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncWidgetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncWidgetsWithRawResponse(self._client)

    async def get_widget(self, *, id: str) -> _models.Widget:
        """GET /widgets/{id}"""
        call = _rt.Call(
            method="GET",
            path="/widgets/{id}",
            responses=_GET_WIDGET_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_models.Widget", await self._client.request(call))

    async def create_legacy_widget(
        self, *, body: _models.LegacyWidget | _t.Mapping[str, _t.Any]
    ) -> _models.LegacyWidget:
        """POST /legacy-widgets"""
        _warnings.warn("create_legacy_widget is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="POST",
            path="/legacy-widgets",
            responses=_CREATE_LEGACY_WIDGET_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.LegacyWidget", await self._client.request(call))


class AsyncWidgetsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_widget(self, *, id: str) -> _rt.RawResponse[_models.Widget]:
        """GET /widgets/{id}"""
        call = _rt.Call(
            method="GET",
            path="/widgets/{id}",
            responses=_GET_WIDGET_RESPONSES,
            path_params={"id": id},
        )
        return _t.cast("_rt.RawResponse[_models.Widget]", await self._client.request_raw(call))

    async def create_legacy_widget(
        self, *, body: _models.LegacyWidget | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.LegacyWidget]:
        """POST /legacy-widgets"""
        _warnings.warn("create_legacy_widget is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="POST",
            path="/legacy-widgets",
            responses=_CREATE_LEGACY_WIDGET_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.LegacyWidget]", await self._client.request_raw(call)
        )
