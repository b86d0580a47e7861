"""Operations tagged 'apps' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_APPS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.AppsList))
}
_GET_APP_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.App))
}
_GET_SYNC_ERRORS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ListOf(_rt.ModelOf(_models.SyncErrorList)))
}


class Apps:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AppsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AppsWithRawResponse(self._client)

    def get_apps(
        self,
        *,
        app_type_filter: list[_models.AppTypeEnum | str] | None = None,
        owner_filter: _uuid.UUID | None = None,
    ) -> _models.AppsList:
        """Get apps

        Returns a list of `App` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/apps",
            responses=_GET_APPS_RESPONSES,
            query={"app_type_filter": app_type_filter, "owner_filter": owner_filter},
        )
        return _t.cast("_models.AppsList", self._client.request(call))

    def get_app(self, *, app_id: _uuid.UUID) -> _models.App:
        """Get app by ID

        Returns an `App` object.
        """
        call = _rt.Call(
            method="GET",
            path="/apps/{app_id}",
            responses=_GET_APP_RESPONSES,
            path_params={"app_id": app_id},
        )
        return _t.cast("_models.App", self._client.request(call))

    def get_sync_errors(
        self,
        *,
        app_id: _uuid.UUID | None = None,
        resource_id: _uuid.UUID | None = None,
        group_id: _uuid.UUID | None = None,
    ) -> list[_models.SyncErrorList]:
        """Returns a list of recent sync errors that have occurred since the last successful sync."""
        call = _rt.Call(
            method="GET",
            path="/sync_errors",
            responses=_GET_SYNC_ERRORS_RESPONSES,
            query={"app_id": app_id, "resource_id": resource_id, "group_id": group_id},
        )
        return _t.cast("list[_models.SyncErrorList]", self._client.request(call))


class AppsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_apps(
        self,
        *,
        app_type_filter: list[_models.AppTypeEnum | str] | None = None,
        owner_filter: _uuid.UUID | None = None,
    ) -> _rt.RawResponse[_models.AppsList]:
        """Get apps

        Returns a list of `App` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/apps",
            responses=_GET_APPS_RESPONSES,
            query={"app_type_filter": app_type_filter, "owner_filter": owner_filter},
        )
        return _t.cast("_rt.RawResponse[_models.AppsList]", self._client.request_raw(call))

    def get_app(self, *, app_id: _uuid.UUID) -> _rt.RawResponse[_models.App]:
        """Get app by ID

        Returns an `App` object.
        """
        call = _rt.Call(
            method="GET",
            path="/apps/{app_id}",
            responses=_GET_APP_RESPONSES,
            path_params={"app_id": app_id},
        )
        return _t.cast("_rt.RawResponse[_models.App]", self._client.request_raw(call))

    def get_sync_errors(
        self,
        *,
        app_id: _uuid.UUID | None = None,
        resource_id: _uuid.UUID | None = None,
        group_id: _uuid.UUID | None = None,
    ) -> _rt.RawResponse[list[_models.SyncErrorList]]:
        """Returns a list of recent sync errors that have occurred since the last successful sync."""
        call = _rt.Call(
            method="GET",
            path="/sync_errors",
            responses=_GET_SYNC_ERRORS_RESPONSES,
            query={"app_id": app_id, "resource_id": resource_id, "group_id": group_id},
        )
        return _t.cast(
            "_rt.RawResponse[list[_models.SyncErrorList]]", self._client.request_raw(call)
        )


class AsyncApps:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncAppsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncAppsWithRawResponse(self._client)

    async def get_apps(
        self,
        *,
        app_type_filter: list[_models.AppTypeEnum | str] | None = None,
        owner_filter: _uuid.UUID | None = None,
    ) -> _models.AppsList:
        """Get apps

        Returns a list of `App` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/apps",
            responses=_GET_APPS_RESPONSES,
            query={"app_type_filter": app_type_filter, "owner_filter": owner_filter},
        )
        return _t.cast("_models.AppsList", await self._client.request(call))

    async def get_app(self, *, app_id: _uuid.UUID) -> _models.App:
        """Get app by ID

        Returns an `App` object.
        """
        call = _rt.Call(
            method="GET",
            path="/apps/{app_id}",
            responses=_GET_APP_RESPONSES,
            path_params={"app_id": app_id},
        )
        return _t.cast("_models.App", await self._client.request(call))

    async def get_sync_errors(
        self,
        *,
        app_id: _uuid.UUID | None = None,
        resource_id: _uuid.UUID | None = None,
        group_id: _uuid.UUID | None = None,
    ) -> list[_models.SyncErrorList]:
        """Returns a list of recent sync errors that have occurred since the last successful sync."""
        call = _rt.Call(
            method="GET",
            path="/sync_errors",
            responses=_GET_SYNC_ERRORS_RESPONSES,
            query={"app_id": app_id, "resource_id": resource_id, "group_id": group_id},
        )
        return _t.cast("list[_models.SyncErrorList]", await self._client.request(call))


class AsyncAppsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_apps(
        self,
        *,
        app_type_filter: list[_models.AppTypeEnum | str] | None = None,
        owner_filter: _uuid.UUID | None = None,
    ) -> _rt.RawResponse[_models.AppsList]:
        """Get apps

        Returns a list of `App` objects.
        """
        call = _rt.Call(
            method="GET",
            path="/apps",
            responses=_GET_APPS_RESPONSES,
            query={"app_type_filter": app_type_filter, "owner_filter": owner_filter},
        )
        return _t.cast("_rt.RawResponse[_models.AppsList]", await self._client.request_raw(call))

    async def get_app(self, *, app_id: _uuid.UUID) -> _rt.RawResponse[_models.App]:
        """Get app by ID

        Returns an `App` object.
        """
        call = _rt.Call(
            method="GET",
            path="/apps/{app_id}",
            responses=_GET_APP_RESPONSES,
            path_params={"app_id": app_id},
        )
        return _t.cast("_rt.RawResponse[_models.App]", await self._client.request_raw(call))

    async def get_sync_errors(
        self,
        *,
        app_id: _uuid.UUID | None = None,
        resource_id: _uuid.UUID | None = None,
        group_id: _uuid.UUID | None = None,
    ) -> _rt.RawResponse[list[_models.SyncErrorList]]:
        """Returns a list of recent sync errors that have occurred since the last successful sync."""
        call = _rt.Call(
            method="GET",
            path="/sync_errors",
            responses=_GET_SYNC_ERRORS_RESPONSES,
            query={"app_id": app_id, "resource_id": resource_id, "group_id": group_id},
        )
        return _t.cast(
            "_rt.RawResponse[list[_models.SyncErrorList]]", await self._client.request_raw(call)
        )
