"""Operations tagged 'configuration_templates' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_CONFIGURATION_TEMPLATES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("PaginatedConfigurationTemplateList"))
}
_UPDATE_CONFIGURATION_TEMPLATE_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("ConfigurationTemplate"))
}
_CREATE_CONFIGURATION_TEMPLATE_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("ConfigurationTemplate"))
}
_DELETE_CONFIGURATION_TEMPLATE_RESPONSES: _rt.Responses = {"200": ("empty", None)}


class ConfigurationTemplates(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> ConfigurationTemplatesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ConfigurationTemplatesWithRawResponse(_rt.RawCalls(self._client))

    def get_configuration_templates(self) -> _models.PaginatedConfigurationTemplateList:
        """Returns a list of `ConfigurationTemplate` objects."""
        call = _rt.Call("GET", "/configuration-templates", _GET_CONFIGURATION_TEMPLATES_RESPONSES)
        return _t.cast("_models.PaginatedConfigurationTemplateList", self._client.request(call))

    def update_configuration_template(
        self, *, body: _models.UpdateConfigurationTemplateInfo | _t.Mapping[str, _t.Any]
    ) -> _models.ConfigurationTemplate:
        """Update a configuration template."""
        call = _rt.Call(
            "PUT",
            "/configuration-templates",
            _UPDATE_CONFIGURATION_TEMPLATE_RESPONSES,
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
            "POST",
            "/configuration-templates",
            _CREATE_CONFIGURATION_TEMPLATE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.ConfigurationTemplate", self._client.request(call))

    def delete_configuration_template(self, *, configuration_template_id: _uuid.UUID) -> _t.Any:
        """Deletes a configuration template."""
        call = _rt.Call(
            "DELETE",
            "/configuration-templates/{configuration_template_id}",
            _DELETE_CONFIGURATION_TEMPLATE_RESPONSES,
            path_params={"configuration_template_id": configuration_template_id},
        )
        return self._client.request(call)


class ConfigurationTemplatesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_configuration_templates = _rt.to_raw_response(
        ConfigurationTemplates.get_configuration_templates
    )
    update_configuration_template = _rt.to_raw_response(
        ConfigurationTemplates.update_configuration_template
    )
    create_configuration_template = _rt.to_raw_response(
        ConfigurationTemplates.create_configuration_template
    )
    delete_configuration_template = _rt.to_raw_response(
        ConfigurationTemplates.delete_configuration_template
    )


class AsyncConfigurationTemplates(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncConfigurationTemplatesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncConfigurationTemplatesWithRawResponse(_rt.RawCalls(self._client))

    get_configuration_templates = _rt.to_async(ConfigurationTemplates.get_configuration_templates)
    update_configuration_template = _rt.to_async(
        ConfigurationTemplates.update_configuration_template
    )
    create_configuration_template = _rt.to_async(
        ConfigurationTemplates.create_configuration_template
    )
    delete_configuration_template = _rt.to_async(
        ConfigurationTemplates.delete_configuration_template
    )


class AsyncConfigurationTemplatesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_configuration_templates = _rt.to_async_raw_response(
        ConfigurationTemplates.get_configuration_templates
    )
    update_configuration_template = _rt.to_async_raw_response(
        ConfigurationTemplates.update_configuration_template
    )
    create_configuration_template = _rt.to_async_raw_response(
        ConfigurationTemplates.create_configuration_template
    )
    delete_configuration_template = _rt.to_async_raw_response(
        ConfigurationTemplates.delete_configuration_template
    )
