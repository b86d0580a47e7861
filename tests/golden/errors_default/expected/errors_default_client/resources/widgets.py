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

_GET_WIDGET_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("Widget")),
    "404": ("json", _rt.ModelOf("Error")),
    "default": ("json", _rt.ModelOf("Error")),
}
_CREATE_WIDGET_RESPONSES: _rt.Responses = {
    "201": ("json", _rt.ModelOf("Widget")),
    "422": ("json", _rt.ModelOf("ValidationError")),
    "default": ("json", _rt.ModelOf("Error")),
}


class Widgets(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> WidgetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return WidgetsWithRawResponse(_rt.RawCalls(self._client))

    def get_widget(self, *, widget_id: str, **options: _t.Unpack[_rt.RequestOptions]) -> _m.Widget:
        """GET /widgets/{widgetId}

        Args:
            widget_id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            NotFoundError: 404 No such widget.
            ApiError: default Any other error.
        """
        call = _rt.Call(
            "GET",
            "/widgets/{widgetId}",
            _GET_WIDGET_RESPONSES,
            path_params={"widgetId": widget_id},
            options=options,
        )
        return _t.cast("_m.Widget", self._client.request(call))

    def create_widget(
        self, *, body: _m.Widget | _types.WidgetParam, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Widget:
        """POST /widgets

        Args:
            body:
                id (required)
                name (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            UnprocessableEntityError: 422 Validation failed; a different error schema.
            ApiError: default Any other error.
        """
        call = _rt.Call(
            "POST",
            "/widgets",
            _CREATE_WIDGET_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Widget", self._client.request(call))


class WidgetsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_widget = _rt.to_raw_response(Widgets.get_widget)
    create_widget = _rt.to_raw_response(Widgets.create_widget)


class AsyncWidgets(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncWidgetsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncWidgetsWithRawResponse(_rt.RawCalls(self._client))

    get_widget = _rt.to_async(Widgets.get_widget)
    create_widget = _rt.to_async(Widgets.create_widget)


class AsyncWidgetsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_widget = _rt.to_async_raw_response(Widgets.get_widget)
    create_widget = _rt.to_async_raw_response(Widgets.create_widget)
