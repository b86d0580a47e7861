"""Operations tagged 'apps' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_GET_APPS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("AppsList"))}
_GET_APP_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("App"))}
_GET_SYNC_ERRORS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ListOf(_rt.ModelOf("SyncErrorList")))
}


class Apps(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> AppsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AppsWithRawResponse(_rt.RawCalls(self._client))

    def get_apps(
        self,
        *,
        app_type_filter: list[_types.AppTypeEnumParam] | None = None,
        owner_filter: _uuid.UUID | str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AppsList:
        """Get apps

        Returns a list of `App` objects.

        Args:
            app_type_filter: A list of app types to filter by.
            owner_filter: An owner ID to filter by.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/apps",
            _GET_APPS_RESPONSES,
            query={"app_type_filter": app_type_filter, "owner_filter": owner_filter},
            options=options,
        )
        return _t.cast("_m.AppsList", self._client.request(call))

    def get_app(
        self, *, app_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.App:
        """Get app by ID

        Returns an `App` object.

        Args:
            app_id: The ID of the app.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/apps/{app_id}",
            _GET_APP_RESPONSES,
            path_params={"app_id": app_id},
            options=options,
        )
        return _t.cast("_m.App", self._client.request(call))

    def get_sync_errors(
        self,
        *,
        app_id: _uuid.UUID | str | None = None,
        resource_id: _uuid.UUID | str | None = None,
        group_id: _uuid.UUID | str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> list[_m.SyncErrorList]:
        """Returns a list of recent sync errors that have occurred since the last successful sync.

        Args:
            app_id: The ID of the app to list sync errors for.
            resource_id: The ID of the resource to list sync errors for.
            group_id: The ID of the group to list sync errors for.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/sync_errors",
            _GET_SYNC_ERRORS_RESPONSES,
            query={"app_id": app_id, "resource_id": resource_id, "group_id": group_id},
            options=options,
        )
        return _t.cast("list[_m.SyncErrorList]", self._client.request(call))


class AppsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_apps = _rt.to_raw_response(Apps.get_apps)
    get_app = _rt.to_raw_response(Apps.get_app)
    get_sync_errors = _rt.to_raw_response(Apps.get_sync_errors)


class AsyncApps(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncAppsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAppsWithRawResponse(_rt.RawCalls(self._client))

    get_apps = _rt.to_async(Apps.get_apps)
    get_app = _rt.to_async(Apps.get_app)
    get_sync_errors = _rt.to_async(Apps.get_sync_errors)


class AsyncAppsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_apps = _rt.to_async_raw_response(Apps.get_apps)
    get_app = _rt.to_async_raw_response(Apps.get_app)
    get_sync_errors = _rt.to_async_raw_response(Apps.get_sync_errors)
