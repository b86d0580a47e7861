"""Operations tagged 'configuration_templates' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_CONFIGURATION_TEMPLATES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedConfigurationTemplateList))
}
_UPDATE_CONFIGURATION_TEMPLATE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.ConfigurationTemplate))
}
_CREATE_CONFIGURATION_TEMPLATE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.ConfigurationTemplate))
}
_DELETE_CONFIGURATION_TEMPLATE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("empty", None)
}


class ConfigurationTemplates:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ConfigurationTemplatesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ConfigurationTemplatesWithRawResponse(self._client)

    def get_configuration_templates(self) -> _models.PaginatedConfigurationTemplateList:
        """Returns a list of `ConfigurationTemplate` objects."""
        call = _rt.Call(
            method="GET",
            path="/configuration-templates",
            responses=_GET_CONFIGURATION_TEMPLATES_RESPONSES,
        )
        return _t.cast("_models.PaginatedConfigurationTemplateList", self._client.request(call))

    def update_configuration_template(
        self, *, body: _models.UpdateConfigurationTemplateInfo | _t.Mapping[str, _t.Any]
    ) -> _models.ConfigurationTemplate:
        """Update a configuration template."""
        call = _rt.Call(
            method="PUT",
            path="/configuration-templates",
            responses=_UPDATE_CONFIGURATION_TEMPLATE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.ConfigurationTemplate", self._client.request(call))

    def create_configuration_template(
        self, *, body: _models.CreateConfigurationTemplateInfo | _t.Mapping[str, _t.Any]
    ) -> _models.ConfigurationTemplate:
        """Creates a configuration template."""
        call = _rt.Call(
            method="POST",
            path="/configuration-templates",
            responses=_CREATE_CONFIGURATION_TEMPLATE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.ConfigurationTemplate", self._client.request(call))

    def delete_configuration_template(self, *, configuration_template_id: _uuid.UUID) -> _t.Any:
        """Deletes a configuration template."""
        call = _rt.Call(
            method="DELETE",
            path="/configuration-templates/{configuration_template_id}",
            responses=_DELETE_CONFIGURATION_TEMPLATE_RESPONSES,
            path_params={"configuration_template_id": configuration_template_id},
        )
        return self._client.request(call)


class ConfigurationTemplatesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_configuration_templates(
        self,
    ) -> _rt.RawResponse[_models.PaginatedConfigurationTemplateList]:
        """Returns a list of `ConfigurationTemplate` objects."""
        call = _rt.Call(
            method="GET",
            path="/configuration-templates",
            responses=_GET_CONFIGURATION_TEMPLATES_RESPONSES,
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedConfigurationTemplateList]",
            self._client.request_raw(call),
        )

    def update_configuration_template(
        self, *, body: _models.UpdateConfigurationTemplateInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.ConfigurationTemplate]:
        """Update a configuration template."""
        call = _rt.Call(
            method="PUT",
            path="/configuration-templates",
            responses=_UPDATE_CONFIGURATION_TEMPLATE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.ConfigurationTemplate]", self._client.request_raw(call)
        )

    def create_configuration_template(
        self, *, body: _models.CreateConfigurationTemplateInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.ConfigurationTemplate]:
        """Creates a configuration template."""
        call = _rt.Call(
            method="POST",
            path="/configuration-templates",
            responses=_CREATE_CONFIGURATION_TEMPLATE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.ConfigurationTemplate]", self._client.request_raw(call)
        )

    def delete_configuration_template(
        self, *, configuration_template_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Deletes a configuration template."""
        call = _rt.Call(
            method="DELETE",
            path="/configuration-templates/{configuration_template_id}",
            responses=_DELETE_CONFIGURATION_TEMPLATE_RESPONSES,
            path_params={"configuration_template_id": configuration_template_id},
        )
        return self._client.request_raw(call)


class AsyncConfigurationTemplates:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncConfigurationTemplatesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncConfigurationTemplatesWithRawResponse(self._client)

    async def get_configuration_templates(self) -> _models.PaginatedConfigurationTemplateList:
        """Returns a list of `ConfigurationTemplate` objects."""
        call = _rt.Call(
            method="GET",
            path="/configuration-templates",
            responses=_GET_CONFIGURATION_TEMPLATES_RESPONSES,
        )
        return _t.cast(
            "_models.PaginatedConfigurationTemplateList", await self._client.request(call)
        )

    async def update_configuration_template(
        self, *, body: _models.UpdateConfigurationTemplateInfo | _t.Mapping[str, _t.Any]
    ) -> _models.ConfigurationTemplate:
        """Update a configuration template."""
        call = _rt.Call(
            method="PUT",
            path="/configuration-templates",
            responses=_UPDATE_CONFIGURATION_TEMPLATE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.ConfigurationTemplate", await self._client.request(call))

    async def create_configuration_template(
        self, *, body: _models.CreateConfigurationTemplateInfo | _t.Mapping[str, _t.Any]
    ) -> _models.ConfigurationTemplate:
        """Creates a configuration template."""
        call = _rt.Call(
            method="POST",
            path="/configuration-templates",
            responses=_CREATE_CONFIGURATION_TEMPLATE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.ConfigurationTemplate", await self._client.request(call))

    async def delete_configuration_template(
        self, *, configuration_template_id: _uuid.UUID
    ) -> _t.Any:
        """Deletes a configuration template."""
        call = _rt.Call(
            method="DELETE",
            path="/configuration-templates/{configuration_template_id}",
            responses=_DELETE_CONFIGURATION_TEMPLATE_RESPONSES,
            path_params={"configuration_template_id": configuration_template_id},
        )
        return await self._client.request(call)


class AsyncConfigurationTemplatesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_configuration_templates(
        self,
    ) -> _rt.RawResponse[_models.PaginatedConfigurationTemplateList]:
        """Returns a list of `ConfigurationTemplate` objects."""
        call = _rt.Call(
            method="GET",
            path="/configuration-templates",
            responses=_GET_CONFIGURATION_TEMPLATES_RESPONSES,
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedConfigurationTemplateList]",
            await self._client.request_raw(call),
        )

    async def update_configuration_template(
        self, *, body: _models.UpdateConfigurationTemplateInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.ConfigurationTemplate]:
        """Update a configuration template."""
        call = _rt.Call(
            method="PUT",
            path="/configuration-templates",
            responses=_UPDATE_CONFIGURATION_TEMPLATE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.ConfigurationTemplate]", await self._client.request_raw(call)
        )

    async def create_configuration_template(
        self, *, body: _models.CreateConfigurationTemplateInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.ConfigurationTemplate]:
        """Creates a configuration template."""
        call = _rt.Call(
            method="POST",
            path="/configuration-templates",
            responses=_CREATE_CONFIGURATION_TEMPLATE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.ConfigurationTemplate]", await self._client.request_raw(call)
        )

    async def delete_configuration_template(
        self, *, configuration_template_id: _uuid.UUID
    ) -> _rt.RawResponse[_t.Any]:
        """Deletes a configuration template."""
        call = _rt.Call(
            method="DELETE",
            path="/configuration-templates/{configuration_template_id}",
            responses=_DELETE_CONFIGURATION_TEMPLATE_RESPONSES,
            path_params={"configuration_template_id": configuration_template_id},
        )
        return await self._client.request_raw(call)
