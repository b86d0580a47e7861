"""Operations tagged 'widgets' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_GET_WIDGET_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Widget"))}
_CREATE_LEGACY_WIDGET_RESPONSES: _rt.Responses = {"201": ("json", _rt.ModelOf("LegacyWidget"))}


class Widgets(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> WidgetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return WidgetsWithRawResponse(_rt.RawCalls(self._client))

    def get_widget(self, *, id: str, **options: _t.Unpack[_rt.RequestOptions]) -> _m.Widget:
        """GET /widgets/{id}

        Args:
            id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET", "/widgets/{id}", _GET_WIDGET_RESPONSES, path_params={"id": id}, options=options
        )
        return _t.cast("_m.Widget", self._client.request(call))

    def create_legacy_widget(
        self,
        *,
        body: _m.LegacyWidget | _types.LegacyWidgetParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.LegacyWidget:
        """POST /legacy-widgets

        Args:
            body:
                name (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        _rt.warn_deprecated_call("create_legacy_widget is deprecated")
        call = _rt.Call(
            "POST",
            "/legacy-widgets",
            _CREATE_LEGACY_WIDGET_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.LegacyWidget", self._client.request(call))


class WidgetsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_widget = _rt.to_raw_response(Widgets.get_widget)
    create_legacy_widget = _rt.to_raw_response(Widgets.create_legacy_widget)


class AsyncWidgets(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncWidgetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncWidgetsWithRawResponse(_rt.RawCalls(self._client))

    get_widget = _rt.to_async(Widgets.get_widget)
    create_legacy_widget = _rt.to_async(Widgets.create_legacy_widget)


class AsyncWidgetsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_widget = _rt.to_async_raw_response(Widgets.get_widget)
    create_legacy_widget = _rt.to_async_raw_response(Widgets.create_legacy_widget)
