"""Operations tagged 'configuration_templates' (generated)."""

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

    def get_configuration_templates(
        self, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.PaginatedConfigurationTemplateList:
        """Returns a list of `ConfigurationTemplate` objects.

        Args:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/configuration-templates",
            _GET_CONFIGURATION_TEMPLATES_RESPONSES,
            options=options,
        )
        return _t.cast("_m.PaginatedConfigurationTemplateList", self._client.request(call))

    def update_configuration_template(
        self,
        *,
        body: _m.UpdateConfigurationTemplateInfo | _types.UpdateConfigurationTemplateInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ConfigurationTemplate:
        """Update a configuration template.

        Args:
            body: Configuration template to be updated
                configuration_template_id (required): The ID of the configuration template.
                name (optional): The name of the configuration template.
                admin_owner_id (optional): The ID of the owner of the configuration template.
                visibility (optional): The visibility info of the configuration template.
                linked_audit_message_channel_ids (optional): The IDs of the audit message channels linked to the configuration template.
                request_configurations (optional): The request configuration list linked to the configuration template.
                request_configuration_list (optional): The request configuration list linked to the configuration template. Deprecated in favor of `request_configurations`.
                member_oncall_schedule_ids (optional): The IDs of the on-call schedules linked to the configuration template.
                break_glass_user_ids (optional): The IDs of the break glass users linked to the configuration template.
                require_mfa_to_approve (optional): A bool representing whether or not to require MFA for reviewers to approve requests for this configuration template.
                require_mfa_to_connect (optional): A bool representing whether or not to require MFA to connect to resources associated with this configuration template.
                ticket_propagation (optional)
                custom_request_notification (optional): Custom request notification sent upon request approval for this configuration template.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/configuration-templates",
            _UPDATE_CONFIGURATION_TEMPLATE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.ConfigurationTemplate", self._client.request(call))

    def create_configuration_template(
        self,
        *,
        body: _m.CreateConfigurationTemplateInfo | _types.CreateConfigurationTemplateInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ConfigurationTemplate:
        """Creates a configuration template.

        Args:
            body:
                admin_owner_id (required): The ID of the owner of the configuration template.
                visibility (required): The visibility info of the configuration template.
                require_mfa_to_approve (required): A bool representing whether or not to require MFA for reviewers to approve requests for this configuration template.
                require_mfa_to_connect (required): A bool representing whether or not to require MFA to connect to resources associated with this configuration template.
                name (required): The name of the configuration template.
                linked_audit_message_channel_ids (optional): The IDs of the audit message channels linked to the configuration template.
                member_oncall_schedule_ids (optional): The IDs of the on-call schedules linked to the configuration template.
                break_glass_user_ids (optional): The IDs of the break glass users linked to the configuration template.
                request_configurations (optional): The request configuration list of the configuration template. If not provided, the default request configuration will be used.
                request_configuration_list (optional): The request configuration list of the configuration template. If not provided, the default request configuration will be used. Deprecated in favor of `request_configurations`.
                ticket_propagation (optional)
                custom_request_notification (optional): Custom request notification sent upon request approval for this configuration template.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/configuration-templates",
            _CREATE_CONFIGURATION_TEMPLATE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.ConfigurationTemplate", self._client.request(call))

    def delete_configuration_template(
        self,
        *,
        configuration_template_id: _uuid.UUID | str,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Deletes a configuration template.

        Args:
            configuration_template_id: The ID of the configuration template.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/configuration-templates/{configuration_template_id}",
            _DELETE_CONFIGURATION_TEMPLATE_RESPONSES,
            path_params={"configuration_template_id": configuration_template_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))


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
