"""MockApi: Opal API as an in-process stand-in for tests (generated)."""

from __future__ import annotations

from . import _runtime as _rt
from . import _testing as _tk
from ._testing import RecordedCall, SpecViolation
from .client import DEFAULT_BASE_URL, AsyncClient, Client

__all__ = ["MockApi", "RecordedCall", "SpecViolation"]

OPERATIONS: tuple[_tk.Operation, ...] = (
    _tk.Operation(
        "getApps",
        "apps.get_apps",
        "GET",
        "/apps",
        params=(
            _tk.Param(
                "app_type_filter",
                "query",
                False,
                _rt.ListOf(_rt.EnumOf("AppTypeEnum")),
                explode=False,
                style="form",
            ),
            _tk.Param("owner_filter", "query", False, _rt.UUID, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("AppsList"),
                example='[{"app_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "name": "Okta Org", "description": "Okta directory for the engineering team.", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "app_type": "OKTA_DIRECTORY"}, {"app_id": "5247d283-ca87-4a8a-bdbb-df212eca1243", "name": "Prod AWS Account", "description": "Our production engineering account for AWS.", "admin_owner_id": "aab485d-0651-43e2-a748-d69d6584123af", "app_type": "AWS"}]',
                minimal='{"apps": [{"app_id": "00000000-0000-0000-0000-000000000000", "name": "string", "description": "string", "admin_owner_id": "00000000-0000-0000-0000-000000000000", "app_type": "ACTIVE_DIRECTORY"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "getApp",
        "apps.get_app",
        "GET",
        "/apps/{app_id}",
        params=(_tk.Param("app_id", "path", True, _rt.UUID, explode=True, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("App"),
                example='{"app_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "name": "Okta Org", "description": "Okta directory for the engineering team.", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "app_type": "OKTA_DIRECTORY"}',
                minimal='{"app_id": "00000000-0000-0000-0000-000000000000", "name": "string", "description": "string", "admin_owner_id": "00000000-0000-0000-0000-000000000000", "app_type": "ACTIVE_DIRECTORY"}',
            ),
        ),
    ),
    _tk.Operation(
        "getSyncErrors",
        "apps.get_sync_errors",
        "GET",
        "/sync_errors",
        params=(
            _tk.Param("app_id", "query", False, _rt.UUID, explode=False, style="form"),
            _tk.Param("resource_id", "query", False, _rt.UUID, explode=False, style="form"),
            _tk.Param("group_id", "query", False, _rt.UUID, explode=False, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.ModelOf("SyncErrorList")),
                minimal='[{"sync_errors": [{"first_seen": "1970-01-01T00:00:00Z", "last_seen": "1970-01-01T00:00:00Z", "error_message": "string"}]}]',
            ),
        ),
    ),
    _tk.Operation(
        "getBundles",
        "bundles.get_bundles",
        "GET",
        "/bundles",
        params=(
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("contains", "query", False, _rt.STR, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedBundleList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "totalCount": 2, "bundles": [{"id": "a381e7a3-e5e0-4c48-b1d6-4ccb4c191bc1", "name": "Bundle 1", "description": "Description of bundle 1", "admin_owner_id": "4aed3e8a-727b-4d72-8010-3b8710c50bec", "total_num_items": 0, "total_num_resources": 0, "total_num_groups": 0}, {"id": "8294e9c9-deb6-48e9-9c99-da2a1e04a87f", "name": "Bundle 2", "description": "Description of bundle 2", "admin_owner_id": "4aed3e8a-727b-4d72-8010-3b8710c50bec", "total_num_items": 0, "total_num_resources": 0, "total_num_groups": 0}]}',
                minimal='{"bundles": [{}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "bundles", "next", None),
    ),
    _tk.Operation(
        "createBundle",
        "bundles.create_bundle",
        "POST",
        "/bundles",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("CreateBundleInfo")),
        replies=(_tk.Reply("201", "json", _rt.ModelOf("Bundle"), minimal="{}"),),
    ),
    _tk.Operation(
        "getBundle",
        "bundles.get_bundle",
        "GET",
        "/bundles/{bundle_id}",
        params=(_tk.Param("bundle_id", "path", True, _rt.UUID, explode=True, style="simple"),),
        replies=(_tk.Reply("200", "json", _rt.ModelOf("Bundle"), minimal="{}"),),
    ),
    _tk.Operation(
        "updateBundle",
        "bundles.update_bundle",
        "PUT",
        "/bundles/{bundle_id}",
        params=(_tk.Param("bundle_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("Bundle")),
        replies=(
            _tk.Reply("200", "json", _rt.ModelOf("Bundle"), minimal="{}"),
            _tk.Reply("204", "empty", None),
        ),
    ),
    _tk.Operation(
        "deleteBundle",
        "bundles.delete_bundle",
        "DELETE",
        "/bundles/{bundle_id}",
        params=(_tk.Param("bundle_id", "path", True, _rt.UUID, explode=True, style="simple"),),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "getBundleResources",
        "bundles.get_bundle_resources",
        "GET",
        "/bundles/{bundle_id}/resources",
        params=(
            _tk.Param("bundle_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedBundleResourceList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "total_count": 3, "bundle_resources": [{"id": "a381e7a3-e5e0-4c48-b1d6-4ccb4c191bc1", "name": "Resource 1", "access_level_name": "read", "access_level_remote_id": "pull"}]}',
                minimal='{"bundle_resources": [{}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "bundle_resources", "next", None),
    ),
    _tk.Operation(
        "addBundleResource",
        "bundles.add_bundle_resource",
        "POST",
        "/bundles/{bundle_id}/resources",
        params=(_tk.Param("bundle_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", False, _rt.ModelOf("AddBundleResourceRequest")),
        replies=(_tk.Reply("201", "json", _rt.ModelOf("BundleResource"), minimal="{}"),),
    ),
    _tk.Operation(
        "removeBundleResource",
        "bundles.remove_bundle_resource",
        "DELETE",
        "/bundles/{bundle_id}/resources/{resource_id}",
        params=(
            _tk.Param("bundle_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param(
                "access_level_remote_id", "query", False, _rt.STR, explode=True, style="form"
            ),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "getBundleGroups",
        "bundles.get_bundle_groups",
        "GET",
        "/bundles/{bundle_id}/groups",
        params=(
            _tk.Param("bundle_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedBundleGroupList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "total_count": 2, "bundle_groups": [{"id": "a381e7a3-e5e0-4c48-b1d6-4ccb4c191bc1", "name": "Group 1"}, {"id": "8294e9c9-deb6-48e9-9c99-da2a1e04a87f", "name": "Group 2"}]}',
                minimal='{"bundle_groups": [{}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "bundle_groups", "next", None),
    ),
    _tk.Operation(
        "addBundleGroup",
        "bundles.add_bundle_group",
        "POST",
        "/bundles/{bundle_id}/groups",
        params=(_tk.Param("bundle_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("AddBundleGroupRequest")),
        replies=(_tk.Reply("201", "json", _rt.ModelOf("BundleGroup"), minimal="{}"),),
    ),
    _tk.Operation(
        "removeBundleGroup",
        "bundles.remove_bundle_group",
        "DELETE",
        "/bundles/{bundle_id}/groups/{group_id}",
        params=(
            _tk.Param("bundle_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param(
                "access_level_remote_id", "query", False, _rt.STR, explode=True, style="form"
            ),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "getBundleVisibility",
        "bundles.get_bundle_visibility",
        "GET",
        "/bundles/{bundle_id}/visibility",
        params=(_tk.Param("bundle_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("VisibilityInfo"),
                example='{"visibility": "LIMITED", "visibility_group_ids": ["7870617d-e72a-47f5-a84c-693817ab4567", "1520617d-e72a-47f5-a84c-693817ab48ad2"]}',
                minimal='{"visibility": "GLOBAL"}',
            ),
        ),
    ),
    _tk.Operation(
        "setBundleVisibility",
        "bundles.set_bundle_visibility",
        "PUT",
        "/bundles/{bundle_id}/visibility",
        params=(_tk.Param("bundle_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("VisibilityInfo")),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "getConfigurationTemplates",
        "configuration_templates.get_configuration_templates",
        "GET",
        "/configuration-templates",
        params=(),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedConfigurationTemplateList"),
                example='{"results": [{"configuration_template_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "admin_owner_id": "a4d7d928-783e-4599-8ec6-088d635af4ac", "visibility": "private", "linked_audit_message_channel_ids": ["l3cb7e41-12ba-46da-92ff-030abe0450b1", "f3cb7e41-12ba-46da-92ff-030abe0450b2"], "request_configuration_id": "r3cb7e41-12ba-46da-92ff-030abe0450b1", "member_oncall_schedule_ids": ["23cb7e41-12ba-46da-92ff-030abe0450b1", "m3cb7e41-12ba-46da-92ff-030abe0450b2"], "break_glass_user_ids": ["63cb7e41-12ba-46da-92ff-030abe0450b1", "b3cb7e41-12ba-46da-92ff-030abe0450b2"], "require_mfa_to_approve": false, "require_mfa_to_connect": false}]}',
                minimal="{}",
            ),
        ),
    ),
    _tk.Operation(
        "updateConfigurationTemplate",
        "configuration_templates.update_configuration_template",
        "PUT",
        "/configuration-templates",
        params=(),
        body=_tk.Body(
            "application/json", "json", True, _rt.ModelOf("UpdateConfigurationTemplateInfo")
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("ConfigurationTemplate"),
                example='{"configuration_template_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "visibility": "private", "linked_audit_message_channel_ids": ["37cb7e41-12ba-46da-92ff-030abe0450b1", "37cb7e41-12ba-46da-92ff-030abe0450b2"], "request_configuration_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "member_oncall_schedule_ids": ["37cb7e41-12ba-46da-92ff-030abe0450b1", "37cb7e41-12ba-46da-92ff-030abe0450b2"], "break_glass_user_ids": ["37cb7e41-12ba-46da-92ff-030abe0450b1", "37cb7e41-12ba-46da-92ff-030abe0450b2"], "require_mfa_to_approve": false, "require_mfa_to_connect": false, "name": "Prod AWS Template"}',
                minimal="{}",
            ),
        ),
    ),
    _tk.Operation(
        "createConfigurationTemplate",
        "configuration_templates.create_configuration_template",
        "POST",
        "/configuration-templates",
        params=(),
        body=_tk.Body(
            "application/json", "json", True, _rt.ModelOf("CreateConfigurationTemplateInfo")
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("ConfigurationTemplate"),
                example='{"configuration_template_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "visibility": "private", "linked_audit_message_channel_ids": ["37cb7e41-12ba-46da-92ff-030abe0450b1", "37cb7e41-12ba-46da-92ff-030abe0450b2"], "request_configuration_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "member_oncall_schedule_ids": ["37cb7e41-12ba-46da-92ff-030abe0450b1", "37cb7e41-12ba-46da-92ff-030abe0450b2"], "break_glass_user_ids": ["37cb7e41-12ba-46da-92ff-030abe0450b1", "37cb7e41-12ba-46da-92ff-030abe0450b2"], "require_mfa_to_approve": false, "require_mfa_to_connect": false, "name": "Prod AWS Template"}',
                minimal="{}",
            ),
        ),
    ),
    _tk.Operation(
        "deleteConfigurationTemplate",
        "configuration_templates.delete_configuration_template",
        "DELETE",
        "/configuration-templates/{configuration_template_id}",
        params=(
            _tk.Param(
                "configuration_template_id", "path", True, _rt.UUID, explode=False, style="simple"
            ),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "getEventStreams",
        "event_streams.get_event_streams",
        "GET",
        "/event-streams",
        params=(),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("EventStreamList"),
                minimal='{"event_streams": [{"event_stream_id": "00000000-0000-0000-0000-000000000000", "connection": {"name": "string", "connection_type": "WEBHOOK", "enabled": false}}]}',
            ),
        ),
    ),
    _tk.Operation(
        "createEventStream",
        "event_streams.create_event_stream",
        "POST",
        "/event-streams",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("CreateEventStreamInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("EventStream"),
                minimal='{"event_stream_id": "00000000-0000-0000-0000-000000000000", "connection": {"name": "string", "connection_type": "WEBHOOK", "enabled": false}}',
            ),
        ),
    ),
    _tk.Operation(
        "updateEventStream",
        "event_streams.update_event_stream",
        "PUT",
        "/event-streams/{event_stream_id}",
        params=(
            _tk.Param("event_stream_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("UpdateEventStreamInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("EventStream"),
                minimal='{"event_stream_id": "00000000-0000-0000-0000-000000000000", "connection": {"name": "string", "connection_type": "WEBHOOK", "enabled": false}}',
            ),
        ),
    ),
    _tk.Operation(
        "deleteEventStream",
        "event_streams.delete_event_stream",
        "DELETE",
        "/event-streams/{event_stream_id}",
        params=(
            _tk.Param("event_stream_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "events",
        "events.events",
        "GET",
        "/events",
        params=(
            _tk.Param("start_date_filter", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("end_date_filter", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("actor_filter", "query", False, _rt.UUID, explode=True, style="form"),
            _tk.Param("object_filter", "query", False, _rt.UUID, explode=True, style="form"),
            _tk.Param("event_type_filter", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("api_token_filter", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedEventList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"event_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "actor_user_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "created_at": "2022-01-23T04:56:07Z", "event_type": "USERS_CREATED"}, {"event_id": "7646aa9a-e2ee-4eb5-8c62-91f29038a373", "actor_user_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "created_at": "2022-02-03T12:33:02Z", "event_type": "USER_TEAM_UPDATED"}]}',
                minimal="{}",
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "getEvent",
        "events.get_event",
        "GET",
        "/events/{event_id}",
        params=(_tk.Param("event_id", "path", True, _rt.UUID, explode=True, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Event"),
                example='{"event_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "actor_user_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "created_at": "2022-01-23T04:56:07Z", "event_type": "USERS_CREATED"}',
                minimal='{"event_id": "00000000-0000-0000-0000-000000000000", "actor_user_id": "00000000-0000-0000-0000-000000000000", "actor_name": {}, "event_type": "string", "created_at": "1970-01-01T00:00:00Z"}',
            ),
            _tk.Reply("404", "empty", None),
        ),
    ),
    _tk.Operation(
        "getGroups",
        "groups.get_groups",
        "GET",
        "/groups",
        params=(
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param(
                "group_type_filter",
                "query",
                False,
                _rt.EnumOf("GroupTypeEnum"),
                explode=True,
                style="form",
            ),
            _tk.Param(
                "group_ids", "query", False, _rt.ListOf(_rt.UUID), explode=False, style="form"
            ),
            _tk.Param("group_name", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("tag_ids", "query", False, _rt.ListOf(_rt.UUID), explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedGroupsList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "app_id": "b5a5ca27-0ea3-4d86-9199-2126d57d1fbd", "name": "Payments Production Admin", "description": "This group represents Active Directory group \\"Payments Production Admin\\". We use this AD group to facilitate staging deployments and qualifying new releases.", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "group_leader_user_ids": ["7c86c85d-0651-43e2-a748-d69d658418e8"], "remote_id": "037m2jsg218b2wb", "remote_name": "Finance Team", "group_type": "ACTIVE_DIRECTORY_GROUP", "max_duration": 120, "recommended_duration": 60, "extensions_duration_in_minutes": 60, "require_manager_approval": false, "require_support_ticket": false, "require_mfa_to_approve": false, "require_mfa_to_request": false, "auto_approval": false, "is_requestable": true}, {"group_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "app_id": "a7c3e291-1234-4abc-9def-1234567890ab", "name": "Integrations On-Call", "description": "Manages the Integrations Team on-call privileged resources. This group is automatically synced with the on-call rotation defined in PagerDuty.", "admin_owner_id": "4220bc12-ab8a-4b5d-be7b-f6bbcf9159f3", "group_leader_user_ids": [], "remote_id": "pagerduty-schedule:P123XYZ", "remote_name": "Integrations On-Call", "group_type": "PAGERDUTY_ON_CALL_SCHEDULE", "max_duration": 360, "recommended_duration": 120, "extensions_duration_in_minutes": 0, "require_manager_approval": false, "require_support_ticket": true, "require_mfa_to_approve": false, "require_mfa_to_request": false, "auto_approval": false, "is_requestable": true}]}',
                minimal='{"results": [{"group_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "updateGroups",
        "groups.update_groups",
        "PUT",
        "/groups",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("UpdateGroupInfoList")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("UpdateGroupInfoList"),
                example='{"groups": [{"group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "description": "This group represents Active Directory group \\"Payments Production Admin\\". We use this AD group to facilitate staging deployments and qualifying new releases.", "name": "api-group", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "max_duration": 120, "require_manager_approval": false, "require_support_ticket": false}, {"group_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "description": "Manages the Integrations Team on-call privileged resources. This group is automatically synced with the on-call rotation defined in PagerDuty.", "name": "on-call-integrations", "admin_owner_id": "4220bc12-ab8a-4b5d-be7b-f6bbcf9159f3", "max_duration": 360, "require_manager_approval": false, "require_support_ticket": true}]}',
                minimal='{"groups": [{"group_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "createGroup",
        "groups.create_group",
        "POST",
        "/groups",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("CreateGroupInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Group"),
                example='{"group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "app_id": "b5a5ca27-0ea3-4d86-9199-2126d57d1fbd", "name": "Payments Production Admin", "description": "This group represents Active Directory group \\"Payments Production Admin\\". We use this AD group to facilitate staging deployments and qualifying new releases.", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "group_leader_user_ids": ["7c86c85d-0651-43e2-a748-d69d658418e8"], "remote_id": "037m2jsg218b2wb", "remote_name": "Finance Team", "group_type": "ACTIVE_DIRECTORY_GROUP", "max_duration": 120, "recommended_duration": 60, "extensions_duration_in_minutes": 60, "require_manager_approval": false, "require_support_ticket": false, "require_mfa_to_approve": false, "require_mfa_to_request": false, "auto_approval": false, "is_requestable": true}',
                minimal='{"group_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "getGroup",
        "groups.get_group",
        "GET",
        "/groups/{group_id}",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=True, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Group"),
                example='{"group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "app_id": "b5a5ca27-0ea3-4d86-9199-2126d57d1fbd", "name": "Payments Production Admin", "description": "This group represents Active Directory group \\"Payments Production Admin\\". We use this AD group to facilitate staging deployments and qualifying new releases.", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "group_leader_user_ids": ["7c86c85d-0651-43e2-a748-d69d658418e8"], "remote_id": "037m2jsg218b2wb", "remote_name": "Finance Team", "group_type": "ACTIVE_DIRECTORY_GROUP", "max_duration": 120, "recommended_duration": 60, "extensions_duration_in_minutes": 60, "require_manager_approval": false, "require_support_ticket": false, "require_mfa_to_approve": false, "require_mfa_to_request": false, "auto_approval": false, "is_requestable": true}',
                minimal='{"group_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "delete_group",
        "groups.delete_group",
        "DELETE",
        "/groups/{group_id}",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "get_group_message_channels",
        "groups.get_group_message_channels",
        "GET",
        "/groups/{group_id}/message-channels",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("MessageChannelList"),
                example='{"channels": [{"message_channel_id": "7870617d-e72a-47f5-a84c-693817ab4567", "third_party_provider": "SLACK", "remote_id": "C03FJR97276", "name": "api-team-audit-channel", "is_private": false}, {"message_channel_id": "1520617d-e72a-47f5-a84c-693817ab48ad2", "third_party_provider": "SLACK", "remote_id": "A4FJR97365D", "name": "api-team-monitor-channel", "is_private": false}]}',
                minimal='{"channels": [{"message_channel_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "set_group_message_channels",
        "groups.set_group_message_channels",
        "PUT",
        "/groups/{group_id}/message-channels",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("MessageChannelIDList")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.UUID),
                minimal='["00000000-0000-0000-0000-000000000000"]',
            ),
        ),
    ),
    _tk.Operation(
        "get_group_on_call_schedules",
        "groups.get_group_on_call_schedules",
        "GET",
        "/groups/{group_id}/on-call-schedules",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("OnCallScheduleList"),
                example='{"on_call_schedules": [{"on_call_schedule_id": "50d5e9f6-f23f-4d5a-ae91-b2640cf3975e", "third_party_provider": "PAGER_DUTY", "remote_id": "P7OWH2R", "name": "Customer Support On-Call"}, {"on_call_schedule_id": "4d61592c-ed61-4b13-8f22-2fac1c49f574", "third_party_provider": "OPSGENIE", "remote_id": "72a8cb04-9e25-465d-a932-992f72077c61", "name": "Opal Backend On-Call"}]}',
                minimal='{"on_call_schedules": [{}]}',
            ),
        ),
    ),
    _tk.Operation(
        "set_group_on_call_schedules",
        "groups.set_group_on_call_schedules",
        "PUT",
        "/groups/{group_id}/on-call-schedules",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("OnCallScheduleIDList")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.UUID),
                minimal='["00000000-0000-0000-0000-000000000000"]',
            ),
        ),
    ),
    _tk.Operation(
        "get_group_resources",
        "groups.get_group_resources",
        "GET",
        "/groups/{group_id}/resources",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GroupResourceList"),
                example='{"group_resources": [{"group_id": "7870617d-e72a-47f5-a84c-693817ab4567", "resource_id": "1520617d-e72a-47f5-a84c-693817ab48ad2", "access_level_remote_id": ""}, {"group_id": "50333e67-73ce-47ab-b049-d8abcd45f7a1", "resource_id": "6f99639b-7928-4043-8184-47cbc6766145", "access_level_remote_id": "write"}]}',
                minimal='{"group_resources": [{"group_id": "00000000-0000-0000-0000-000000000000", "resource_id": "00000000-0000-0000-0000-000000000000", "access_level": {"access_level_name": "string", "access_level_remote_id": "string"}}]}',
            ),
        ),
    ),
    _tk.Operation(
        "set_group_resources",
        "groups.set_group_resources",
        "PUT",
        "/groups/{group_id}/resources",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("UpdateGroupResourcesInfo")),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "get_group_containing_groups",
        "groups.get_group_containing_groups",
        "GET",
        "/groups/{group_id}/containing-groups",
        params=(
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param(
                "access_level_remote_id", "query", False, _rt.STR, explode=True, style="form"
            ),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GroupContainingGroupList"),
                example='{"containing_groups": [{"containing_group_id": "7870617d-e72a-47f5-a84c-693817ab4567"}, {"containing_group_id": "50333e67-73ce-47ab-b049-d8abcd45f7a1"}]}',
                minimal='{"containing_groups": [{"containing_group_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "add_group_containing_group",
        "groups.add_group_containing_group",
        "POST",
        "/groups/{group_id}/containing-groups",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("GroupContainingGroup")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GroupContainingGroup"),
                example='{"containing_group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353"}',
                minimal='{"containing_group_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "get_group_containing_group",
        "groups.get_group_containing_group",
        "GET",
        "/groups/{group_id}/containing-groups/{containing_group_id}",
        params=(
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("containing_group_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GroupContainingGroup"),
                example='{"containing_group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353"}',
                minimal='{"containing_group_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "remove_group_containing_group",
        "groups.remove_group_containing_group",
        "DELETE",
        "/groups/{group_id}/containing-groups/{containing_group_id}",
        params=(
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("containing_group_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param(
                "access_level_remote_id", "query", False, _rt.STR, explode=True, style="form"
            ),
        ),
        replies=(_tk.Reply("204", "empty", None),),
    ),
    _tk.Operation(
        "add_group_resource",
        "groups.add_group_resource",
        "POST",
        "/groups/{group_id}/resources/{resource_id}",
        params=(
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param(
                "access_level_remote_id", "query", False, _rt.STR, explode=True, style="form"
            ),
        ),
        body=_tk.Body("application/json", "json", False, _rt.ModelOf("AddGroupResourceRequest")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GroupResource"),
                example='{"group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "resource_id": "b5a5ca27-0ea3-4d86-9199-2126d57d1fbd", "access_level_remote_id": "write"}',
                minimal='{"group_id": "00000000-0000-0000-0000-000000000000", "resource_id": "00000000-0000-0000-0000-000000000000", "access_level": {"access_level_name": "string", "access_level_remote_id": "string"}}',
            ),
        ),
    ),
    _tk.Operation(
        "get_group_visibility",
        "groups.get_group_visibility",
        "GET",
        "/groups/{group_id}/visibility",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("VisibilityInfo"),
                example='{"visibility": "LIMITED", "visibility_group_ids": ["7870617d-e72a-47f5-a84c-693817ab4567", "1520617d-e72a-47f5-a84c-693817ab48ad2"]}',
                minimal='{"visibility": "GLOBAL"}',
            ),
        ),
    ),
    _tk.Operation(
        "set_group_visibility",
        "groups.set_group_visibility",
        "PUT",
        "/groups/{group_id}/visibility",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("VisibilityInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("VisibilityInfo"),
                example='{"visibility": "LIMITED", "visibility_group_ids": ["7870617d-e72a-47f5-a84c-693817ab4567", "1520617d-e72a-47f5-a84c-693817ab48ad2"]}',
                minimal='{"visibility": "GLOBAL"}',
            ),
        ),
    ),
    _tk.Operation(
        "get_group_reviewers",
        "groups.get_group_reviewers",
        "GET",
        "/groups/{group_id}/reviewers",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.UUID),
                minimal='["00000000-0000-0000-0000-000000000000"]',
            ),
        ),
    ),
    _tk.Operation(
        "set_group_reviewers",
        "groups.set_group_reviewers",
        "PUT",
        "/groups/{group_id}/reviewers",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("ReviewerIDList")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.UUID),
                minimal='["00000000-0000-0000-0000-000000000000"]',
            ),
        ),
    ),
    _tk.Operation(
        "get_group_reviewer_stages",
        "groups.get_group_reviewer_stages",
        "GET",
        "/groups/{group_id}/reviewer-stages",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.ModelOf("ReviewerStage")),
                minimal='[{"require_manager_approval": false, "operator": "AND", "owner_ids": ["00000000-0000-0000-0000-000000000000"]}]',
            ),
        ),
    ),
    _tk.Operation(
        "set_group_reviewer_stages",
        "groups.set_group_reviewer_stages",
        "PUT",
        "/groups/{group_id}/reviewer-stages",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("ReviewerStageList")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.ModelOf("ReviewerStage")),
                minimal='[{"require_manager_approval": false, "operator": "AND", "owner_ids": ["00000000-0000-0000-0000-000000000000"]}]',
            ),
        ),
    ),
    _tk.Operation(
        "get_group_tags",
        "groups.get_group_tags",
        "GET",
        "/groups/{group_id}/tags",
        params=(_tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("TagsList"),
                example='{"results": [{"tag_id": "f290a738-5f9f-43c2-ad67-fa31ff0eb946", "created_at": "2022-01-23T04:56:07Z", "updated_at": "2022-02-23T01:34:07Z", "user_creator_id": "d4a7d928-783e-4599-8ec6-088d635a5bcc", "admin_owner_id": "bfb518b1-3f5b-4e3b-8eb8-3b3fabd4ea2b", "key": "database-name", "value": "redis_db"}, {"tag_id": "92f0a738-5f9f-43c2-ad67-fa31ff0eb052", "created_at": "2022-03-23T04:56:07Z", "updated_at": "2022-04-23T01:34:07Z", "user_creator_id": "a4d7d928-783e-4599-8ec6-088d635af4ac", "admin_owner_id": "gtg418b1-3f5b-4e3b-8eb8-3b3fabd4eaa1", "key": "database-type", "value": "sql"}]}',
                minimal='{"tags": [{"tag_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "get_group_users",
        "groups.get_group_users",
        "GET",
        "/groups/{group_id}/users",
        params=(
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GroupUserList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"full_name": "Jake Barnes", "user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "group_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-01-23T04:56:07Z", "email": "jake@company.dev"}, {"full_name": "Brett Ashley", "user_id": "7646aa9a-e2ee-4eb5-8c62-91f29038a373", "group_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-02-03T12:33:02Z", "email": "brett@company.dev"}]}',
                minimal="{}",
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "update_group_user",
        "groups.update_group_user",
        "PUT",
        "/groups/{group_id}/users/{user_id}",
        params=(
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("UpdateGroupUserRequest")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GroupUser"),
                example='{"full_name": "Jake Barnes", "user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "group_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-01-23T04:56:07Z", "email": "jake@company.dev"}',
                minimal='{"group_id": "00000000-0000-0000-0000-000000000000", "group_name": "string", "description": "string", "user_id": "00000000-0000-0000-0000-000000000000", "full_name": "string", "email": "string"}',
            ),
        ),
    ),
    _tk.Operation(
        "add_group_user",
        "groups.add_group_user",
        "POST",
        "/groups/{group_id}/users/{user_id}",
        params=(
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("duration_minutes", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param(
                "access_level_remote_id", "query", False, _rt.STR, explode=True, style="form"
            ),
        ),
        body=_tk.Body("application/json", "json", False, _rt.ModelOf("AddGroupUserRequest")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GroupUser"),
                example='{"full_name": "Jake Barnes", "user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "group_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-01-23T04:56:07Z", "email": "jake@company.dev"}',
                minimal='{"group_id": "00000000-0000-0000-0000-000000000000", "group_name": "string", "description": "string", "user_id": "00000000-0000-0000-0000-000000000000", "full_name": "string", "email": "string"}',
            ),
        ),
    ),
    _tk.Operation(
        "delete_group_user",
        "groups.delete_group_user",
        "DELETE",
        "/groups/{group_id}/users/{user_id}",
        params=(
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param(
                "access_level_remote_id", "query", False, _rt.STR, explode=True, style="form"
            ),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "get_user_groups",
        "groups.get_user_groups",
        "GET",
        "/groups/users/{user_id}",
        params=(
            _tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GroupUserList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"full_name": "Jake Barnes", "user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "group_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-01-23T04:56:07Z", "email": "jake@company.dev"}, {"full_name": "Brett Ashley", "user_id": "7646aa9a-e2ee-4eb5-8c62-91f29038a373", "group_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-02-03T12:33:02Z", "email": "brett@company.dev"}]}',
                minimal="{}",
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "getGroupBindings",
        "group_bindings.get_group_bindings",
        "GET",
        "/group-bindings",
        params=(
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedGroupBindingsList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWtJ", "results": [{"group_binding_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "created_by_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "created_at": "2022-01-23T04:56:07Z", "source_group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "groups": [{"group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "group_type": "OKTA_GROUP"}, {"group_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "group_type": "AWS_SSO_GROUP"}]}, {"group_binding_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "created_by_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "source_group_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "created_at": "2022-01-23T04:56:07Z", "groups": [{"group_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "group_type": "AWS_SSO_GROUP"}, {"group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "group_type": "OKTA_GROUP"}]}]}',
                minimal='{"results": [{"group_binding_id": "00000000-0000-0000-0000-000000000000", "created_by_id": "00000000-0000-0000-0000-000000000000", "created_at": "1970-01-01T00:00:00Z", "source_group_id": "00000000-0000-0000-0000-000000000000", "groups": [{"group_id": "00000000-0000-0000-0000-000000000000", "group_type": "ACTIVE_DIRECTORY_GROUP"}]}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "updateGroupBindings",
        "group_bindings.update_group_bindings",
        "PUT",
        "/group-bindings",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("UpdateGroupBindingInfoList")),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "createGroupBinding",
        "group_bindings.create_group_binding",
        "POST",
        "/group-bindings",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("CreateGroupBindingInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GroupBinding"),
                example='{"group_binding_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "created_by_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "created_at": "2022-01-23T04:56:07Z", "source_group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "groups": [{"group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "group_type": "OKTA_GROUP"}, {"group_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "group_type": "AWS_SSO_GROUP"}]}',
                minimal='{"group_binding_id": "00000000-0000-0000-0000-000000000000", "created_by_id": "00000000-0000-0000-0000-000000000000", "created_at": "1970-01-01T00:00:00Z", "source_group_id": "00000000-0000-0000-0000-000000000000", "groups": [{"group_id": "00000000-0000-0000-0000-000000000000", "group_type": "ACTIVE_DIRECTORY_GROUP"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "getGroupBinding",
        "group_bindings.get_group_binding",
        "GET",
        "/group-bindings/{group_binding_id}",
        params=(
            _tk.Param("group_binding_id", "path", True, _rt.UUID, explode=True, style="simple"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GroupBinding"),
                example='{"group_binding_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "created_by_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "created_at": "2022-01-23T04:56:07Z", "source_group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "groups": [{"group_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "group_type": "OKTA_GROUP"}, {"group_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "group_type": "AWS_SSO_GROUP"}]}',
                minimal='{"group_binding_id": "00000000-0000-0000-0000-000000000000", "created_by_id": "00000000-0000-0000-0000-000000000000", "created_at": "1970-01-01T00:00:00Z", "source_group_id": "00000000-0000-0000-0000-000000000000", "groups": [{"group_id": "00000000-0000-0000-0000-000000000000", "group_type": "ACTIVE_DIRECTORY_GROUP"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "deleteGroupBinding",
        "group_bindings.delete_group_binding",
        "DELETE",
        "/group-bindings/{group_binding_id}",
        params=(
            _tk.Param("group_binding_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "getIdpGroupMappings",
        "idp_group_mappings.get_idp_group_mappings",
        "GET",
        "/idp-group-mappings/{app_resource_id}",
        params=(
            _tk.Param("app_resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("IdpGroupMappingList"),
                example='{"mappings": [{"group_id": "6f99639b-7928-4043-8184-47cbc6766145", "alias": "finance-team", "hidden_from_end_user": false}, {"group_id": "7870617d-e72a-47f5-a84c-693817ab4567", "alias": "engineering-team", "hidden_from_end_user": false}]}',
                minimal='{"mappings": [{"group_id": "00000000-0000-0000-0000-000000000000", "hidden_from_end_user": false}]}',
            ),
        ),
    ),
    _tk.Operation(
        "updateIdpGroupMappings",
        "idp_group_mappings.update_idp_group_mappings",
        "PUT",
        "/idp-group-mappings/{app_resource_id}",
        params=(
            _tk.Param("app_resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        body=_tk.Body(
            "application/json", "json", True, _rt.ModelOf("UpdateIdpGroupMappingsRequest")
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "getIdpGroupMapping",
        "idp_group_mappings.get_idp_group_mapping",
        "GET",
        "/idp-group-mappings/{app_resource_id}/groups/{group_id}",
        params=(
            _tk.Param("app_resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("IdpGroupMapping"),
                example='{"app_resource_id": "1520617d-e72a-47f5-a84c-693817ab48ad2", "group_id": "6f99639b-7928-4043-8184-47cbc6766145", "alias": "finance-team", "hidden_from_end_user": false}',
                minimal='{"group_id": "00000000-0000-0000-0000-000000000000", "hidden_from_end_user": false}',
            ),
        ),
    ),
    _tk.Operation(
        "createIdpGroupMapping",
        "idp_group_mappings.create_idp_group_mapping",
        "POST",
        "/idp-group-mappings/{app_resource_id}/groups/{group_id}",
        params=(
            _tk.Param("app_resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        body=_tk.Body(
            "application/json", "json", False, _rt.ModelOf("CreateIdpGroupMappingRequest")
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("IdpGroupMapping"),
                example='{"app_resource_id": "1520617d-e72a-47f5-a84c-693817ab48ad2", "group_id": "6f99639b-7928-4043-8184-47cbc6766145", "alias": "finance-team", "hidden_from_end_user": false}',
                minimal='{"group_id": "00000000-0000-0000-0000-000000000000", "hidden_from_end_user": false}',
            ),
        ),
    ),
    _tk.Operation(
        "delete_idp_group_mappings",
        "idp_group_mappings.delete_idp_group_mappings",
        "DELETE",
        "/idp-group-mappings/{app_resource_id}/groups/{group_id}",
        params=(
            _tk.Param("app_resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "get_owners",
        "owners.get_owners",
        "GET",
        "/owners",
        params=(
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param("name", "query", False, _rt.STR, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedOwnersList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"owner_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "name": "API Owner", "description": "This owner represents the API team owners.", "access_request_escalation_period": 120}, {"owner_id": "e8581682-04f7-473a-a419-472f0fb26d46", "name": "Finance Owner", "description": "This owner represents the Finance team owners.", "access_request_escalation_period": 120}]}',
                minimal='{"results": [{"owner_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "updateOwners",
        "owners.update_owners",
        "PUT",
        "/owners",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("UpdateOwnerInfoList")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("UpdateOwnerInfoList"),
                example='{"owners": [{"owner_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "name": "API Owner", "description": "This owner represents the API team owners.", "access_request_escalation_period": 120}, {"owner_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "name": "Finance Owner", "description": "This owner represents the Finance team owners.", "access_request_escalation_period": 15}]}',
                minimal='{"owners": [{"owner_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "createOwner",
        "owners.create_owner",
        "POST",
        "/owners",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("CreateOwnerInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Owner"),
                example='{"owner_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "name": "API Owner", "description": "This owner represents the API team owners.", "access_request_escalation_period": 120}',
                minimal='{"owner_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "getOwner",
        "owners.get_owner",
        "GET",
        "/owners/{owner_id}",
        params=(_tk.Param("owner_id", "path", True, _rt.UUID, explode=True, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Owner"),
                example='{"owner_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "name": "API Owner", "description": "This owner represents the API team owners.", "access_request_escalation_period": 120}',
                minimal='{"owner_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "delete_owner",
        "owners.delete_owner",
        "DELETE",
        "/owners/{owner_id}",
        params=(_tk.Param("owner_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "getOwnerFromName",
        "owners.get_owner_from_name",
        "GET",
        "/owners/name/{owner_name}",
        params=(_tk.Param("owner_name", "path", True, _rt.STR, explode=True, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Owner"),
                example='{"owner_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "name": "API Owner", "description": "This owner represents the API team owners.", "access_request_escalation_period": 120}',
                minimal='{"owner_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "get_owner_users",
        "owners.get_owner_users",
        "GET",
        "/owners/{owner_id}/users",
        params=(_tk.Param("owner_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("UserList"),
                minimal='{"users": [{"user_id": "00000000-0000-0000-0000-000000000000", "email": "string", "full_name": "string", "first_name": "string", "last_name": "string", "position": "string"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "set_owner_users",
        "owners.set_owner_users",
        "PUT",
        "/owners/{owner_id}/users",
        params=(_tk.Param("owner_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("UserIDList")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("UserList"),
                minimal='{"users": [{"user_id": "00000000-0000-0000-0000-000000000000", "email": "string", "full_name": "string", "first_name": "string", "last_name": "string", "position": "string"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "getRequests",
        "requests.get_requests",
        "GET",
        "/requests",
        params=(
            _tk.Param("start_date_filter", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("end_date_filter", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("requester_id", "query", False, _rt.UUID, explode=True, style="form"),
            _tk.Param("target_user_id", "query", False, _rt.UUID, explode=True, style="form"),
            _tk.Param("resource_id", "query", False, _rt.UUID, explode=True, style="form"),
            _tk.Param("group_id", "query", False, _rt.UUID, explode=True, style="form"),
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param("show_pending_only", "query", False, _rt.BOOL, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("RequestList"),
                example='{"requests": [{"id": "7c86c85d-0651-43e2-a748-d69d658418e8", "organization_id": "w86c85d-0651-43e2-a748-d69d658418e8", "created_at": "2021-01-06T20:00:00Z", "updated_at": "2021-01-06T20:00:00Z", "requester_id": "c86c85d-0651-43e2-a748-d69d658418e8", "target_user_id": "r86c85d-0651-43e2-a748-d69d658418e8", "target_group_id": "g86c85d-0651-43e2-a748-d69d658418e8", "status": "pending", "reason": "I need this resource.", "duration_minutes": 1440, "request_comments": [{"id": "4c86c85d-0651-43e2-a748-d69d658418e8", "created_at": "2021-01-06T20:00:00Z", "updated_at": "2021-01-06T20:00:00Z", "request_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "user_id": "c86c85d-0651-43e2-a748-d69d658418e8", "comment": "This is a comment."}]}], "cursor": "eyJjcmVhdGVkX2F0IjoiMjAyMS0wMS0wNlQyMDo0NzowMFoiLCJ2YWx1ZSI6ImFkbWluIn0="}',
                minimal="{}",
            ),
        ),
        paging=_tk.Pages("cursor", "requests", "cursor", None),
    ),
    _tk.Operation(
        "createRequest",
        "requests.create_request",
        "POST",
        "/requests",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("CreateRequestInfo")),
        replies=(_tk.Reply("200", "json", _rt.ModelOf("CreateRequestResponse"), minimal="{}"),),
    ),
    _tk.Operation(
        "getRequestsRelay",
        "requests.get_requests_relay",
        "GET",
        "/requests/relay",
        params=(
            _tk.Param("first", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param("after", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("last", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param("before", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param(
                "status",
                "query",
                False,
                _rt.EnumOf("RequestStatusEnum"),
                explode=True,
                style="form",
            ),
            _tk.Param("to", "query", False, _rt.UUID, explode=True, style="form"),
            _tk.Param("from", "query", False, _rt.UUID, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("RequestConnection"),
                minimal='{"edges": [{"node": {"id": "00000000-0000-0000-0000-000000000000", "created_at": "1970-01-01T00:00:00Z", "updated_at": "1970-01-01T00:00:00Z", "requester_id": "00000000-0000-0000-0000-000000000000", "status": "PENDING", "reason": "string"}, "cursor": "string"}], "pageInfo": {"hasNextPage": false, "endCursor": "string", "hasPreviousPage": false, "startCursor": "string"}, "totalCount": 1}',
            ),
        ),
    ),
    _tk.Operation(
        "getRequest",
        "requests.get_request",
        "GET",
        "/requests/{id}",
        params=(_tk.Param("id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Request"),
                example='{"id": "7c86c85d-0651-43e2-a748-d69d658418e8", "created_at": "2021-01-06T20:00:00Z", "updated_at": "2021-01-06T20:00:00Z", "requester_id": "c86c85d-0651-43e2-a748-d69d658418e8", "target_user_id": "r86c85d-0651-43e2-a748-d69d658418e8", "target_group_id": "r86c85d-0651-43e2-a748-d69d658418e8", "status": "pending", "reason": "I need this resource.", "duration_minutes": 1440, "request_comments": [{"id": "7c86c85d-0651-43e2-a748-d69d658418e8", "created_at": "2021-01-06T20:00:00Z", "updated_at": "2021-01-06T20:00:00Z", "request_id": "4c86c85d-0651-43e2-a748-d69d658418e8", "user_id": "c86c85d-0651-43e2-a748-d69d658418e8", "comment": "This is a comment."}], "reviewer_stages": [{"requestedRoleName": "Admin", "requestedItemName": "AWS Production Account", "stages": [{"stage": 1, "operator": "AND", "reviewers": [{"id": "7c86c85d-0651-43e2-a748-d69d658418e8", "status": "PENDING"}]}, {"stage": 2, "operator": "OR", "reviewers": [{"id": "8d86c85d-0651-43e2-a748-d69d658418e9", "status": "APPROVED"}]}]}]}',
                minimal='{"id": "00000000-0000-0000-0000-000000000000", "created_at": "1970-01-01T00:00:00Z", "updated_at": "1970-01-01T00:00:00Z", "requester_id": "00000000-0000-0000-0000-000000000000", "status": "PENDING", "reason": "string"}',
            ),
        ),
    ),
    _tk.Operation(
        "approveRequest",
        "requests.approve_request",
        "POST",
        "/requests/{id}/approve",
        params=(_tk.Param("id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("ApproveRequestRequest")),
        replies=(_tk.Reply("200", "json", _rt.ModelOf("ApproveRequestResponse"), minimal="{}"),),
    ),
    _tk.Operation(
        "denyRequest",
        "requests.deny_request",
        "POST",
        "/requests/{id}/deny",
        params=(_tk.Param("id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("DenyRequestRequest")),
        replies=(_tk.Reply("200", "json", _rt.ModelOf("DenyRequestResponse"), minimal="{}"),),
    ),
    _tk.Operation(
        "getRequestComments",
        "requests.get_request_comments",
        "GET",
        "/requests/{id}/comments",
        params=(_tk.Param("id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("RequestCommentList"),
                example='{"comments": [{"created_at": "2021-01-06T20:00:00Z", "request_id": "4c86c85d-0651-43e2-a748-d69d658418e8", "user_id": "c86c85d-0651-43e2-a748-d69d658418e8", "comment": "This is a comment."}]}',
                minimal='{"comments": [{"created_at": "1970-01-01T00:00:00Z", "request_id": "00000000-0000-0000-0000-000000000000", "user_id": "00000000-0000-0000-0000-000000000000", "comment": "string"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "createRequestComment",
        "requests.create_request_comment",
        "POST",
        "/requests/{id}/comments",
        params=(_tk.Param("id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("CreateRequestCommentRequest")),
        replies=(
            _tk.Reply("200", "json", _rt.ModelOf("CreateRequestCommentResponse"), minimal="{}"),
        ),
    ),
    _tk.Operation(
        "getResources",
        "resources.get_resources",
        "GET",
        "/resources",
        params=(
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param(
                "resource_type_filter",
                "query",
                False,
                _rt.EnumOf("ResourceTypeEnum"),
                explode=True,
                style="form",
            ),
            _tk.Param(
                "resource_ids", "query", False, _rt.ListOf(_rt.UUID), explode=False, style="form"
            ),
            _tk.Param("resource_name", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("parent_resource_id", "query", False, _rt.UUID, explode=False, style="form"),
            _tk.Param(
                "ancestor_resource_id", "query", False, _rt.UUID, explode=False, style="form"
            ),
            _tk.Param("remote_id", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("tag_ids", "query", False, _rt.ListOf(_rt.UUID), explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedResourcesList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"resource_id": "f454d283-ca67-4a8a-bdbb-df212eca5353", "description": "This resource represents AWS IAM role \\"SupportUser\\".", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "remote_id": "arn:aws:iam::490306337630:role/SupportUser", "remote_name": "SupportUser", "max_duration": 120, "require_manager_approval": false, "require_support_ticket": false, "parent_resource_id": "f454d283-ca67-4a8a-bdbb-df212eca5345"}, {"resource_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "description": "This resource represents GCP project \\"app-demo\\".", "remote_id": "app-demo-307223", "remote_name": "app-demo", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "max_duration": 360, "require_manager_approval": false, "require_support_ticket": true}]}',
                minimal='{"results": [{"resource_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "updateResources",
        "resources.update_resources",
        "PUT",
        "/resources",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("UpdateResourceInfoList")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("UpdateResourceInfoList"),
                example='{"resources": [{"resource_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "name": "my-mongo-db", "description": "This resource represents AWS IAM role \\"SupportUser\\".", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "max_duration": 120, "require_manager_approval": false, "require_support_ticket": false}, {"resource_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "name": "Admin Role", "description": "This resource represents GCP project \\"app-demo\\".", "admin_owner_id": "4220bc12-ab8a-4b5d-be7b-f6bbcf9159f3", "max_duration": 360, "require_manager_approval": false, "require_support_ticket": true}]}',
                minimal='{"resources": [{"resource_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "createResource",
        "resources.create_resource",
        "POST",
        "/resources",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("CreateResourceInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Resource"),
                example='{"resource_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "app_id": "b5a5ca27-0ea3-4d86-9199-2126d57d1fbd", "description": "This resource represents AWS IAM role \\"SupportUser\\".", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "remote_id": 318038399, "remote_name": "repo-name", "max_duration": 120, "require_manager_approval": false, "require_support_ticket": false, "parent_resource_id": "f454d283-ca67-4a8a-bdbb-df212eca5345", "ancestor_resource_ids": ["f454d283-ca67-4a8a-bdbb-df212eca5345"], "descendant_resource_ids": ["f454d283-ca67-4a8a-bdbb-df212eca5345"]}',
                minimal='{"resource_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "get_resource",
        "resources.get_resource",
        "GET",
        "/resources/{resource_id}",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Resource"),
                example='{"resource_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "app_id": "b5a5ca27-0ea3-4d86-9199-2126d57d1fbd", "description": "This resource represents AWS IAM role \\"SupportUser\\".", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "remote_id": 318038399, "remote_name": "repo-name", "max_duration": 120, "require_manager_approval": false, "require_support_ticket": false, "parent_resource_id": "f454d283-ca67-4a8a-bdbb-df212eca5345", "ancestor_resource_ids": ["f454d283-ca67-4a8a-bdbb-df212eca5345"], "descendant_resource_ids": ["f454d283-ca67-4a8a-bdbb-df212eca5345"]}',
                minimal='{"resource_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "delete_resource",
        "resources.delete_resource",
        "DELETE",
        "/resources/{resource_id}",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "get_resource_message_channels",
        "resources.get_resource_message_channels",
        "GET",
        "/resources/{resource_id}/message-channels",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("MessageChannelList"),
                example='{"channels": [{"message_channel_id": "7870617d-e72a-47f5-a84c-693817ab4567", "third_party_provider": "SLACK", "remote_id": "C03FJR97276", "name": "api-team-audit-channel", "is_private": false}, {"message_channel_id": "1520617d-e72a-47f5-a84c-693817ab48ad2", "third_party_provider": "SLACK", "remote_id": "A4FJR97365D", "name": "api-team-monitor-channel", "is_private": false}]}',
                minimal='{"channels": [{"message_channel_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "set_resource_message_channels",
        "resources.set_resource_message_channels",
        "PUT",
        "/resources/{resource_id}/message-channels",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("MessageChannelIDList")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.UUID),
                minimal='["00000000-0000-0000-0000-000000000000"]',
            ),
        ),
    ),
    _tk.Operation(
        "get_resource_visibility",
        "resources.get_resource_visibility",
        "GET",
        "/resources/{resource_id}/visibility",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("VisibilityInfo"),
                example='{"visibility": "LIMITED", "visibility_group_ids": ["7870617d-e72a-47f5-a84c-693817ab4567", "1520617d-e72a-47f5-a84c-693817ab48ad2"]}',
                minimal='{"visibility": "GLOBAL"}',
            ),
        ),
    ),
    _tk.Operation(
        "set_resource_visibility",
        "resources.set_resource_visibility",
        "PUT",
        "/resources/{resource_id}/visibility",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("VisibilityInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("VisibilityInfo"),
                example='{"visibility": "LIMITED", "visibility_group_ids": ["7870617d-e72a-47f5-a84c-693817ab4567", "1520617d-e72a-47f5-a84c-693817ab48ad2"]}',
                minimal='{"visibility": "GLOBAL"}',
            ),
        ),
    ),
    _tk.Operation(
        "get_resource_reviewers",
        "resources.get_resource_reviewers",
        "GET",
        "/resources/{resource_id}/reviewers",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.UUID),
                minimal='["00000000-0000-0000-0000-000000000000"]',
            ),
        ),
    ),
    _tk.Operation(
        "set_resource_reviewers",
        "resources.set_resource_reviewers",
        "PUT",
        "/resources/{resource_id}/reviewers",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("ReviewerIDList")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.UUID),
                minimal='["00000000-0000-0000-0000-000000000000"]',
            ),
        ),
    ),
    _tk.Operation(
        "get_resource_reviewer_stages",
        "resources.get_resource_reviewer_stages",
        "GET",
        "/resources/{resource_id}/reviewer-stages",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.ModelOf("ReviewerStage")),
                minimal='[{"require_manager_approval": false, "operator": "AND", "owner_ids": ["00000000-0000-0000-0000-000000000000"]}]',
            ),
        ),
    ),
    _tk.Operation(
        "set_resource_reviewer_stages",
        "resources.set_resource_reviewer_stages",
        "PUT",
        "/resources/{resource_id}/reviewer-stages",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("ReviewerStageList")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ListOf(_rt.ModelOf("ReviewerStage")),
                minimal='[{"require_manager_approval": false, "operator": "AND", "owner_ids": ["00000000-0000-0000-0000-000000000000"]}]',
            ),
        ),
    ),
    _tk.Operation(
        "get_resource_nhis",
        "resources.get_resource_nhis",
        "GET",
        "/resources/{resource_id}/non-human-identities",
        params=(
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("limit", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("AccessList"),
                example='{"results": [{"principal_id": "74908af0-9383-4feb-b7ea-8b305d737338", "principal_type": "RESOURCE", "entity_id": "db04925a-635d-4764-870e-500b9b035c8e", "entity_type": "RESOURCE", "expiration_date": "2022-01-23T04:56:07Z", "has_direct_access": true, "num_access_paths": 3}, {"principal_id": "d940df34-726a-4403-864e-16cb2a0d6793", "principal_type": "RESOURCE", "entity_id": "c26cd16c-a3fa-4b82-96b1-32177f8b8f59", "entity_type": "RESOURCE", "expiration_date": "2022-01-23T04:56:07Z", "has_direct_access": true, "num_access_paths": 3}]}',
                minimal="{}",
            ),
        ),
    ),
    _tk.Operation(
        "get_resource_users",
        "resources.get_resource_users",
        "GET",
        "/resources/{resource_id}/users",
        params=(
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("limit", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("ResourceAccessUserList"),
                example='{"results": [{"full_name": "Jake Barnes", "user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "resource_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-01-23T04:56:07Z", "email": "jake@company.dev", "has_direct_access": true, "num_access_paths": 2}, {"full_name": "Brett Ashley", "user_id": "7646aa9a-e2ee-4eb5-8c62-91f29038a373", "resource_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-02-03T12:33:02Z", "email": "brett@company.dev", "has_direct_access": true, "num_access_paths": 3}]}',
                minimal="{}",
            ),
        ),
    ),
    _tk.Operation(
        "add_resource_nhi",
        "resources.add_resource_nhi",
        "POST",
        "/resources/{resource_id}/non-human-identities/{non_human_identity_id}",
        params=(
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param(
                "non_human_identity_id", "path", True, _rt.UUID, explode=False, style="simple"
            ),
        ),
        body=_tk.Body("application/json", "json", False, _rt.ModelOf("AddResourceNhiRequest")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("ResourceNHI"),
                example='{"non_human_identity_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "resource_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-01-23T04:56:07Z"}',
                minimal='{"resource_id": "00000000-0000-0000-0000-000000000000", "non_human_identity_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "delete_resource_nhi",
        "resources.delete_resource_nhi",
        "DELETE",
        "/resources/{resource_id}/non-human-identities/{non_human_identity_id}",
        params=(
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param(
                "non_human_identity_id", "path", True, _rt.UUID, explode=False, style="simple"
            ),
            _tk.Param(
                "access_level_remote_id", "query", False, _rt.STR, explode=True, style="form"
            ),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "getResourceUser",
        "resources.get_resource_user",
        "GET",
        "/resources/{resource_id}/users/{user_id}",
        params=(
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GetResourceUserResponse"),
                minimal='{"data": [{"resource_id": "00000000-0000-0000-0000-000000000000", "user_id": "00000000-0000-0000-0000-000000000000", "access_level": {"access_level_name": "string", "access_level_remote_id": "string"}, "full_name": "string", "email": "string"}]}',
            ),
            _tk.Reply("404", "empty", None),
        ),
        paging=_tk.Pages("cursor", "data", "cursor", None),
    ),
    _tk.Operation(
        "update_resource_user",
        "resources.update_resource_user",
        "PUT",
        "/resources/{resource_id}/users/{user_id}",
        params=(
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("UpdateResourceUserRequest")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("ResourceUser"),
                example='{"full_name": "Jake Barnes", "user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "resource_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-01-23T04:56:07Z", "email": "jake@company.dev"}',
                minimal='{"resource_id": "00000000-0000-0000-0000-000000000000", "user_id": "00000000-0000-0000-0000-000000000000", "access_level": {"access_level_name": "string", "access_level_remote_id": "string"}, "full_name": "string", "email": "string"}',
            ),
        ),
    ),
    _tk.Operation(
        "add_resource_user",
        "resources.add_resource_user",
        "POST",
        "/resources/{resource_id}/users/{user_id}",
        params=(
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("duration_minutes", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param(
                "access_level_remote_id", "query", False, _rt.STR, explode=True, style="form"
            ),
        ),
        body=_tk.Body("application/json", "json", False, _rt.ModelOf("AddResourceUserRequest")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("ResourceUser"),
                example='{"full_name": "Jake Barnes", "user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "resource_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-01-23T04:56:07Z", "email": "jake@company.dev"}',
                minimal='{"resource_id": "00000000-0000-0000-0000-000000000000", "user_id": "00000000-0000-0000-0000-000000000000", "access_level": {"access_level_name": "string", "access_level_remote_id": "string"}, "full_name": "string", "email": "string"}',
            ),
        ),
    ),
    _tk.Operation(
        "delete_resource_user",
        "resources.delete_resource_user",
        "DELETE",
        "/resources/{resource_id}/users/{user_id}",
        params=(
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param(
                "access_level_remote_id", "query", False, _rt.STR, explode=True, style="form"
            ),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "resource_user_access_status_retrieve",
        "resources.resource_user_access_status_retrieve",
        "GET",
        "/resource-user-access-status/{resource_id}/{user_id}",
        params=(
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param(
                "access_level_remote_id", "query", False, _rt.STR, explode=True, style="form"
            ),
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("ResourceUserAccessStatus"),
                example='{"user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "resource_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-01-23T04:56:07Z", "status": "AUTHORIZED"}',
                minimal='{"resource_id": "00000000-0000-0000-0000-000000000000", "user_id": "00000000-0000-0000-0000-000000000000", "status": "AUTHORIZED"}',
            ),
        ),
    ),
    _tk.Operation(
        "get_resource_tags",
        "resources.get_resource_tags",
        "GET",
        "/resources/{resource_id}/tags",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("TagsList"),
                example='{"results": [{"tag_id": "f290a738-5f9f-43c2-ad67-fa31ff0eb946", "created_at": "2022-01-23T04:56:07Z", "updated_at": "2022-02-23T01:34:07Z", "user_creator_id": "d4a7d928-783e-4599-8ec6-088d635a5bcc", "admin_owner_id": "bfb518b1-3f5b-4e3b-8eb8-3b3fabd4ea2b", "key": "database-name", "value": "redis_db"}, {"tag_id": "92f0a738-5f9f-43c2-ad67-fa31ff0eb052", "created_at": "2022-03-23T04:56:07Z", "updated_at": "2022-04-23T01:34:07Z", "user_creator_id": "a4d7d928-783e-4599-8ec6-088d635af4ac", "admin_owner_id": "gtg418b1-3f5b-4e3b-8eb8-3b3fabd4eaa1", "key": "database-type", "value": "sql"}]}',
                minimal='{"tags": [{"tag_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "get_resource_scoped_role_permissions",
        "resources.get_resource_scoped_role_permissions",
        "GET",
        "/resources/{resource_id}/scoped-role-permissions",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("ScopedRolePermissionList"),
                example='{"permissions": [{"target_ids": ["a381e7a3-e5e0-4c48-b1d6-4ccb4c191bc1", "8294e9c9-deb6-48e9-9c99-da2a1e04a87f"], "target_type": "RESOURCE", "permission_name": "READ"}]}',
                minimal='{"permissions": [{"target_type": "RESOURCE", "permission_name": "READ", "allow_all": false}]}',
            ),
        ),
    ),
    _tk.Operation(
        "set_resource_scoped_role_permissions",
        "resources.set_resource_scoped_role_permissions",
        "PUT",
        "/resources/{resource_id}/scoped-role-permissions",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("ScopedRolePermissionList")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("ScopedRolePermissionList"),
                example='{"permissions": [{"target_ids": ["a381e7a3-e5e0-4c48-b1d6-4ccb4c191bc1", "8294e9c9-deb6-48e9-9c99-da2a1e04a87f"], "target_type": "RESOURCE", "permission_name": "READ"}]}',
                minimal='{"permissions": [{"target_type": "RESOURCE", "permission_name": "READ", "allow_all": false}]}',
            ),
        ),
    ),
    _tk.Operation(
        "get_user_resources",
        "resources.get_user_resources",
        "GET",
        "/resources/users/{user_id}",
        params=(
            _tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("limit", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("include_unmanaged", "query", False, _rt.BOOL, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("ResourceAccessUserList"),
                example='{"results": [{"full_name": "Jake Barnes", "user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "resource_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-01-23T04:56:07Z", "email": "jake@company.dev", "has_direct_access": true, "num_access_paths": 2}, {"full_name": "Brett Ashley", "user_id": "7646aa9a-e2ee-4eb5-8c62-91f29038a373", "resource_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-02-03T12:33:02Z", "email": "brett@company.dev", "has_direct_access": true, "num_access_paths": 3}]}',
                minimal="{}",
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "get_resource_groups",
        "resources.get_resource_groups",
        "GET",
        "/resources/{resource_id}/groups",
        params=(_tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("GroupResourceList"),
                example='{"group_resources": [{"group_id": "7870617d-e72a-47f5-a84c-693817ab4567", "resource_id": "1520617d-e72a-47f5-a84c-693817ab48ad2", "access_level_remote_id": ""}, {"group_id": "50333e67-73ce-47ab-b049-d8abcd45f7a1", "resource_id": "6f99639b-7928-4043-8184-47cbc6766145", "access_level_remote_id": "write"}]}',
                minimal='{"group_resources": [{"group_id": "00000000-0000-0000-0000-000000000000", "resource_id": "00000000-0000-0000-0000-000000000000", "access_level": {"access_level_name": "string", "access_level_remote_id": "string"}}]}',
            ),
        ),
    ),
    _tk.Operation(
        "get_nhis",
        "non_human_identities.get_nhis",
        "GET",
        "/non-human-identities",
        params=(
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedResourcesList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"resource_id": "f454d283-ca67-4a8a-bdbb-df212eca5353", "description": "This resource represents AWS IAM role \\"SupportUser\\".", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "remote_id": "arn:aws:iam::490306337630:role/SupportUser", "remote_name": "SupportUser", "max_duration": 120, "require_manager_approval": false, "require_support_ticket": false, "parent_resource_id": "f454d283-ca67-4a8a-bdbb-df212eca5345"}, {"resource_id": "99d0b81d-14be-4cf6-bd27-348b4af1d11b", "description": "This resource represents GCP project \\"app-demo\\".", "remote_id": "app-demo-307223", "remote_name": "app-demo", "admin_owner_id": "7c86c85d-0651-43e2-a748-d69d658418e8", "max_duration": 360, "require_manager_approval": false, "require_support_ticket": true}]}',
                minimal='{"results": [{"resource_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "sessions",
        "sessions.sessions",
        "GET",
        "/sessions",
        params=(
            _tk.Param("resource_id", "query", True, _rt.UUID, explode=True, style="form"),
            _tk.Param("user_id", "query", False, _rt.STR, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("SessionsList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"connection_id": "h0z968412-2451-4bbd-42h4-057l715d917m", "user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "resource_id": "1b978423-db0a-4037-a4cf-f79c60cb67b3", "expiration_date": "2022-01-23T04:56:07Z"}, {"connection_id": "6e6b5597-bd36-4f4c-a629-01e3fa791932", "user_id": "b031c922-b84f-4424-9f4f-c49c05871bfe", "resource_id": "77eb1ab7-2c27-4fc4-afdb-137e1265cddd", "expiration_date": "2022-03-12T07:22:18Z"}]}',
                minimal="{}",
            ),
        ),
    ),
    _tk.Operation(
        "user",
        "users.user",
        "GET",
        "/user",
        params=(
            _tk.Param("user_id", "query", False, _rt.UUID, explode=True, style="form"),
            _tk.Param("email", "query", False, _rt.STR, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("User"),
                example='{"user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "email": "john.doe@company.dev", "full_name": "John Doe", "first_name": "John", "last_name": "Doe", "position": "Engineer"}',
                minimal='{"user_id": "00000000-0000-0000-0000-000000000000", "email": "string", "full_name": "string", "first_name": "string", "last_name": "string", "position": "string"}',
            ),
        ),
    ),
    _tk.Operation(
        "getUsers",
        "users.get_users",
        "GET",
        "/users",
        params=(
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param("tag_ids", "query", False, _rt.ListOf(_rt.UUID), explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedUsersList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "email": "john.doe@company.dev", "full_name": "John Doe", "position": "Senior Engineer"}, {"user_id": "e8581682-04f7-473a-a419-472f0fb26d46", "email": "jane.smith@company.dev", "full_name": "Jane Smith", "position": "Product Marketing Lead"}]}',
                minimal='{"results": [{"user_id": "00000000-0000-0000-0000-000000000000", "email": "string", "full_name": "string", "first_name": "string", "last_name": "string", "position": "string"}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "getRemoteUsers",
        "users.get_remote_users",
        "GET",
        "/users/remote_users",
        params=(
            _tk.Param(
                "third_party_provider",
                "query",
                False,
                _rt.ListOf(_rt.EnumOf("ThirdPartyProviderEnum")),
                explode=True,
                style="form",
            ),
            _tk.Param("user_id", "query", False, _rt.ListOf(_rt.UUID), explode=True, style="form"),
            _tk.Param("remote_id", "query", False, _rt.ListOf(_rt.STR), explode=True, style="form"),
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedRemoteUsersList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"user_id": "29827fb8-f2dd-4e80-9576-28e31e9934ac", "remote_id": 1234567890, "third_party_provider": "GIT_LAB"}, {"user_id": "29827fb8-f2dd-4e80-9576-238979927392", "remote_id": "remoteid123", "third_party_provider": "GIT_HUB"}]}',
                minimal='{"results": [{"user_id": "00000000-0000-0000-0000-000000000000", "remote_id": "string", "third_party_provider": "AUTH0"}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "get_user_tags",
        "users.get_user_tags",
        "GET",
        "/users/{user_id}/tags",
        params=(_tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("TagsList"),
                example='{"results": [{"tag_id": "f290a738-5f9f-43c2-ad67-fa31ff0eb946", "created_at": "2022-01-23T04:56:07Z", "updated_at": "2022-02-23T01:34:07Z", "user_creator_id": "d4a7d928-783e-4599-8ec6-088d635a5bcc", "admin_owner_id": "bfb518b1-3f5b-4e3b-8eb8-3b3fabd4ea2b", "key": "database-name", "value": "redis_db"}, {"tag_id": "92f0a738-5f9f-43c2-ad67-fa31ff0eb052", "created_at": "2022-03-23T04:56:07Z", "updated_at": "2022-04-23T01:34:07Z", "user_creator_id": "a4d7d928-783e-4599-8ec6-088d635af4ac", "admin_owner_id": "gtg418b1-3f5b-4e3b-8eb8-3b3fabd4eaa1", "key": "database-type", "value": "sql"}]}',
                minimal='{"tags": [{"tag_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "get_access_rules",
        "access_rules.get_access_rules",
        "GET",
        "/access-rules",
        params=(
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedAccessRulesList"),
                minimal='{"results": [{"access_rule_id": "00000000-0000-0000-0000-000000000000", "name": "string", "description": "string", "admin_owner_id": "00000000-0000-0000-0000-000000000000", "status": "ACTIVE", "ruleClauses": {"when": {"clauses": [{"selectors": [{"key": "string", "value": "string", "connection_id": "00000000-0000-0000-0000-000000000000"}]}]}}}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "create_access_rule",
        "access_rules.create_access_rule",
        "POST",
        "/access-rules",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("UpdateAccessRuleInfo")),
        replies=(
            _tk.Reply(
                "201",
                "json",
                _rt.ModelOf("AccessRule"),
                minimal='{"access_rule_id": "00000000-0000-0000-0000-000000000000", "name": "string", "description": "string", "admin_owner_id": "00000000-0000-0000-0000-000000000000", "status": "ACTIVE", "ruleClauses": {"when": {"clauses": [{"selectors": [{"key": "string", "value": "string", "connection_id": "00000000-0000-0000-0000-000000000000"}]}]}}}',
            ),
        ),
    ),
    _tk.Operation(
        "get_access_rule",
        "access_rules.get_access_rule",
        "GET",
        "/access-rules/{access_rule_id}",
        params=(
            _tk.Param("access_rule_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("AccessRule"),
                minimal='{"access_rule_id": "00000000-0000-0000-0000-000000000000", "name": "string", "description": "string", "admin_owner_id": "00000000-0000-0000-0000-000000000000", "status": "ACTIVE", "ruleClauses": {"when": {"clauses": [{"selectors": [{"key": "string", "value": "string", "connection_id": "00000000-0000-0000-0000-000000000000"}]}]}}}',
            ),
        ),
    ),
    _tk.Operation(
        "update_access_rule",
        "access_rules.update_access_rule",
        "PUT",
        "/access-rules/{access_rule_id}",
        params=(
            _tk.Param("access_rule_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("UpdateAccessRuleInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("AccessRule"),
                minimal='{"access_rule_id": "00000000-0000-0000-0000-000000000000", "name": "string", "description": "string", "admin_owner_id": "00000000-0000-0000-0000-000000000000", "status": "ACTIVE", "ruleClauses": {"when": {"clauses": [{"selectors": [{"key": "string", "value": "string", "connection_id": "00000000-0000-0000-0000-000000000000"}]}]}}}',
            ),
        ),
    ),
    _tk.Operation(
        "get_tag_by_ID",
        "tags.get_tag_by_id",
        "GET",
        "/tag/{tag_id}",
        params=(_tk.Param("tag_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Tag"),
                example='{"tag_id": "f290a738-5f9f-43c2-ad67-fa31ff0eb946", "created_at": "2022-01-23T04:56:07Z", "updated_at": "2022-02-23T01:34:07Z", "user_creator_id": "d4a7d928-783e-4599-8ec6-088d635a5bcc", "key": "database-name", "value": "redis_db"}',
                minimal='{"tag_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "delete_tag_by_ID",
        "tags.delete_tag_by_id",
        "DELETE",
        "/tag/{tag_id}",
        params=(_tk.Param("tag_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "get_tag",
        "tags.get_tag",
        "GET",
        "/tag",
        params=(
            _tk.Param("tag_key", "query", True, _rt.STR, explode=False, style="form"),
            _tk.Param("tag_value", "query", False, _rt.STR, explode=False, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Tag"),
                example='{"tag_id": "f290a738-5f9f-43c2-ad67-fa31ff0eb946", "created_at": "2022-01-23T04:56:07Z", "updated_at": "2022-02-23T01:34:07Z", "user_creator_id": "d4a7d928-783e-4599-8ec6-088d635a5bcc", "key": "database-name", "value": "redis_db"}',
                minimal='{"tag_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "create_tag",
        "tags.create_tag",
        "POST",
        "/tag",
        params=(
            _tk.Param("tag_key", "query", False, _rt.STR, explode=False, style="form"),
            _tk.Param("tag_value", "query", False, _rt.STR, explode=False, style="form"),
            _tk.Param("admin_owner_id", "query", False, _rt.UUID, explode=False, style="form"),
        ),
        body=_tk.Body("application/json", "json", False, _rt.ModelOf("CreateTagInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Tag"),
                example='{"tag_id": "f290a738-5f9f-43c2-ad67-fa31ff0eb946", "created_at": "2022-01-23T04:56:07Z", "updated_at": "2022-02-23T01:34:07Z", "user_creator_id": "d4a7d928-783e-4599-8ec6-088d635a5bcc", "key": "database-name", "value": "redis_db"}',
                minimal='{"tag_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "getTags",
        "tags.get_tags",
        "GET",
        "/tags",
        params=(
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedTagsList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"tag_id": "f290a738-5f9f-43c2-ad67-fa31ff0eb946", "created_at": "2022-01-23T04:56:07Z", "updated_at": "2022-02-23T01:34:07Z", "user_creator_id": "d4a7d928-783e-4599-8ec6-088d635a5bcc", "admin_owner_id": "bfb518b1-3f5b-4e3b-8eb8-3b3fabd4ea2b", "key": "database-name", "value": "redis_db"}, {"tag_id": "92f0a738-5f9f-43c2-ad67-fa31ff0eb052", "created_at": "2022-03-23T04:56:07Z", "updated_at": "2022-04-23T01:34:07Z", "user_creator_id": "a4d7d928-783e-4599-8ec6-088d635af4ac", "admin_owner_id": "gtg418b1-3f5b-4e3b-8eb8-3b3fabd4eaa1", "key": "database-type", "value": "sql"}]}',
                minimal='{"results": [{"tag_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "add_user_tag",
        "tags.add_user_tag",
        "POST",
        "/tags/{tag_id}/users/{user_id}",
        params=(
            _tk.Param("tag_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        body=_tk.Body("application/json", "json", False, _rt.MapOf(_rt.ANY)),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "remove_user_tag",
        "tags.remove_user_tag",
        "DELETE",
        "/tags/{tag_id}/users/{user_id}",
        params=(
            _tk.Param("tag_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("user_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "add_group_tag",
        "tags.add_group_tag",
        "POST",
        "/tags/{tag_id}/groups/{group_id}",
        params=(
            _tk.Param("tag_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "remove_group_tag",
        "tags.remove_group_tag",
        "DELETE",
        "/tags/{tag_id}/groups/{group_id}",
        params=(
            _tk.Param("tag_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("group_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "add_resource_tag",
        "tags.add_resource_tag",
        "POST",
        "/tags/{tag_id}/resources/{resource_id}",
        params=(
            _tk.Param("tag_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "remove_resource_tag",
        "tags.remove_resource_tag",
        "DELETE",
        "/tags/{tag_id}/resources/{resource_id}",
        params=(
            _tk.Param("tag_id", "path", True, _rt.UUID, explode=False, style="simple"),
            _tk.Param("resource_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(_tk.Reply("200", "empty", None),),
    ),
    _tk.Operation(
        "get_message_channels",
        "message_channels.get_message_channels",
        "GET",
        "/message-channels",
        params=(),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("MessageChannelList"),
                example='{"channels": [{"message_channel_id": "7870617d-e72a-47f5-a84c-693817ab4567", "third_party_provider": "SLACK", "remote_id": "C03FJR97276", "name": "api-team-audit-channel", "is_private": false}, {"message_channel_id": "1520617d-e72a-47f5-a84c-693817ab48ad2", "third_party_provider": "SLACK", "remote_id": "A4FJR97365D", "name": "api-team-monitor-channel", "is_private": false}]}',
                minimal='{"channels": [{"message_channel_id": "00000000-0000-0000-0000-000000000000"}]}',
            ),
        ),
    ),
    _tk.Operation(
        "create_message_channel",
        "message_channels.create_message_channel",
        "POST",
        "/message-channels",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("CreateMessageChannelInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("MessageChannel"),
                example='{"message_channel_id": "6670617d-e72a-47f5-a84c-693817ab4860", "third_party_provider": "SLACK", "remote_id": "C03FJR97276", "name": "api-team-audit-channel", "is_private": false}',
                minimal='{"message_channel_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "get_message_channel",
        "message_channels.get_message_channel",
        "GET",
        "/message-channels/{message_channel_id}",
        params=(
            _tk.Param("message_channel_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("MessageChannel"),
                example='{"message_channel_id": "6670617d-e72a-47f5-a84c-693817ab4860", "third_party_provider": "SLACK", "remote_id": "C03FJR97276", "name": "api-team-audit-channel", "is_private": false}',
                minimal='{"message_channel_id": "00000000-0000-0000-0000-000000000000"}',
            ),
        ),
    ),
    _tk.Operation(
        "get_on_call_schedules",
        "on_call_schedules.get_on_call_schedules",
        "GET",
        "/on-call-schedules",
        params=(),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("OnCallScheduleList"),
                example='{"on_call_schedules": [{"on_call_schedule_id": "50d5e9f6-f23f-4d5a-ae91-b2640cf3975e", "third_party_provider": "PAGER_DUTY", "remote_id": "P7OWH2R", "name": "Customer Support On-Call"}, {"on_call_schedule_id": "4d61592c-ed61-4b13-8f22-2fac1c49f574", "third_party_provider": "OPSGENIE", "remote_id": "72a8cb04-9e25-465d-a932-992f72077c61", "name": "Opal Backend On-Call"}]}',
                minimal='{"on_call_schedules": [{}]}',
            ),
        ),
    ),
    _tk.Operation(
        "create_on_call_schedule",
        "on_call_schedules.create_on_call_schedule",
        "POST",
        "/on-call-schedules",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("CreateOnCallScheduleInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("OnCallSchedule"),
                example='{"on_call_schedule_id": "50d5e9f6-f23f-4d5a-ae91-b2640cf3975e", "third_party_provider": "PAGER_DUTY", "remote_id": "P7OWH2R", "name": "Customer Support On-Call"}',
                minimal="{}",
            ),
        ),
    ),
    _tk.Operation(
        "get_on_call_schedule",
        "on_call_schedules.get_on_call_schedule",
        "GET",
        "/on-call-schedules/{on_call_schedule_id}",
        params=(
            _tk.Param("on_call_schedule_id", "path", True, _rt.UUID, explode=False, style="simple"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("OnCallSchedule"),
                example='{"on_call_schedule_id": "50d5e9f6-f23f-4d5a-ae91-b2640cf3975e", "third_party_provider": "PAGER_DUTY", "remote_id": "P7OWH2R", "name": "Customer Support On-Call"}',
                minimal="{}",
            ),
        ),
    ),
    _tk.Operation(
        "runOpalQuery",
        "opal_queries.run_opal_query",
        "POST",
        "/queries/run",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("OpalNodeQuery")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("OpalNodeQueryResults"),
                minimal='{"type": "NODE", "edges": [{"node": {"id": "00000000-0000-0000-0000-000000000000", "name": "string", "entityType": "USER", "entityItemType": "USER"}, "cursor": "string"}], "pageInfo": {"hasNextPage": false, "endCursor": "string", "hasPreviousPage": false, "startCursor": "string"}}',
            ),
        ),
    ),
    _tk.Operation(
        "getTokens",
        "tokens.get_tokens",
        "GET",
        "/tokens",
        params=(
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
            _tk.Param(
                "token_ids", "query", False, _rt.ListOf(_rt.UUID), explode=False, style="form"
            ),
            _tk.Param("user_id", "query", False, _rt.UUID, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedTokensList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"token_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "created_at": "2022-01-23T04:56:07Z", "token_label": "My API Token", "creator_user_id": "d4a7d928-783e-4599-8ec6-088d635a5bcc", "user_id": "d4a7d928-783e-4599-8ec6-088d635a5bcc", "access_level": "READ_ONLY"}]}',
                minimal='{"results": [{"token_id": "00000000-0000-0000-0000-000000000000", "created_at": "1970-01-01T00:00:00Z", "token_label": "string", "creator_user_id": "00000000-0000-0000-0000-000000000000", "user_id": "00000000-0000-0000-0000-000000000000", "access_level": "READ_ONLY"}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "deleteToken",
        "tokens.delete_token",
        "DELETE",
        "/tokens/{token_id}",
        params=(_tk.Param("token_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply("200", "empty", None),
            _tk.Reply("403", "empty", None),
            _tk.Reply("404", "empty", None),
        ),
    ),
    _tk.Operation(
        "getUARs",
        "uars.get_ua_rs",
        "GET",
        "/uars",
        params=(
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("PaginatedUARsList"),
                example='{"next": "cD0yMDIxLTAxLTA2KzAzJTNBMjQlM0E1My40MzQzMjYlMkIwMCUzQTAw", "previous": "cj1sZXdwd2VycWVtY29zZnNkc2NzUWxNMEUxTXk0ME16UXpNallsTWtJ", "results": [{"uar_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "name": "Monthly UAR (July)", "send_reviewer_assignment_notification": false, "deadline": "2022-07-14T06:59:59Z", "time_zone": "America/Los_Angeles", "self_review_allowed": false, "uar_scope": {"tags": [{"key": "uar_scope", "value": "high_priority"}], "names": ["demo", "api"], "admins": ["f454d283-ca87-4a8a-bdbb-df212eca5353", "8763d283-ca87-4a8a-bdbb-df212ecab139"]}}, {"uar_id": "39a4d283-ca87-4a8a-bdbb-df212eca5fdb", "name": "Monthly UAR (August)", "send_reviewer_assignment_notification": true, "deadline": "2022-08-14T06:59:59Z", "time_zone": "America/Los_Angeles", "self_review_allowed": false, "uar_scope": {"tags": [{"key": "uar_scope", "value": "high_priority"}], "names": ["demo", "api"], "admins": ["f454d283-ca87-4a8a-bdbb-df212eca5353", "8763d283-ca87-4a8a-bdbb-df212ecab139"]}}]}',
                minimal='{"results": [{"uar_id": "00000000-0000-0000-0000-000000000000", "name": "string", "reviewer_assignment_policy": "MANUALLY", "send_reviewer_assignment_notification": false, "deadline": "1970-01-01T00:00:00Z", "time_zone": "string", "self_review_allowed": false, "instantly_action_reviews": false}]}',
            ),
        ),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "create_uar",
        "uars.create_uar",
        "POST",
        "/uar",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("CreateUARInfo")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("UAR"),
                example='{"uar_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "name": "Monthly UAR (July)", "send_reviewer_assignment_notification": false, "deadline": "2022-07-14T06:59:59Z", "time_zone": "America/Los_Angeles", "self_review_allowed": false, "uar_scope": {"tags": [{"key": "uar_scope", "value": "high_priority"}], "names": ["demo", "api"], "admins": ["f454d283-ca87-4a8a-bdbb-df212eca5353", "8763d283-ca87-4a8a-bdbb-df212ecab139"]}}',
                minimal='{"uar_id": "00000000-0000-0000-0000-000000000000", "name": "string", "reviewer_assignment_policy": "MANUALLY", "send_reviewer_assignment_notification": false, "deadline": "1970-01-01T00:00:00Z", "time_zone": "string", "self_review_allowed": false, "instantly_action_reviews": false}',
            ),
        ),
    ),
    _tk.Operation(
        "get_uar",
        "uars.get_uar",
        "GET",
        "/uar/{uar_id}",
        params=(_tk.Param("uar_id", "path", True, _rt.UUID, explode=False, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("UAR"),
                example='{"uar_id": "f454d283-ca87-4a8a-bdbb-df212eca5353", "name": "Monthly UAR (July)", "send_reviewer_assignment_notification": false, "deadline": "2022-07-14T06:59:59Z", "time_zone": "America/Los_Angeles", "self_review_allowed": false, "uar_scope": {"tags": [{"key": "uar_scope", "value": "high_priority"}], "names": ["demo", "api"], "admins": ["f454d283-ca87-4a8a-bdbb-df212eca5353", "8763d283-ca87-4a8a-bdbb-df212ecab139"]}}',
                minimal='{"uar_id": "00000000-0000-0000-0000-000000000000", "name": "string", "reviewer_assignment_policy": "MANUALLY", "send_reviewer_assignment_notification": false, "deadline": "1970-01-01T00:00:00Z", "time_zone": "string", "self_review_allowed": false, "instantly_action_reviews": false}',
            ),
        ),
    ),
    _tk.Operation(
        "getDelegations",
        "delegations.get_delegations",
        "GET",
        "/delegations",
        params=(
            _tk.Param("delegator_user_id", "query", False, _rt.UUID, explode=True, style="form"),
            _tk.Param("delegate_user_id", "query", False, _rt.UUID, explode=True, style="form"),
            _tk.Param("cursor", "query", False, _rt.STR, explode=True, style="form"),
            _tk.Param("page_size", "query", False, _rt.INT, explode=True, style="form"),
        ),
        replies=(_tk.Reply("200", "json", _rt.ModelOf("PaginatedDelegationsList"), minimal="{}"),),
        paging=_tk.Pages("cursor", "results", "next", None),
    ),
    _tk.Operation(
        "createDelegation",
        "delegations.create_delegation",
        "POST",
        "/delegations",
        params=(),
        body=_tk.Body("application/json", "json", True, _rt.ModelOf("CreateDelegationRequest")),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Delegation"),
                minimal='{"id": "00000000-0000-0000-0000-000000000000", "delegator_user_id": "00000000-0000-0000-0000-000000000000", "delegate_user_id": "00000000-0000-0000-0000-000000000000", "start_time": "1970-01-01T00:00:00Z", "end_time": "1970-01-01T00:00:00Z", "reason": "string", "created_at": "1970-01-01T00:00:00Z", "updated_at": "1970-01-01T00:00:00Z"}',
            ),
        ),
    ),
    _tk.Operation(
        "getDelegation",
        "delegations.get_delegation",
        "GET",
        "/delegations/{delegation_id}",
        params=(_tk.Param("delegation_id", "path", True, _rt.UUID, explode=True, style="simple"),),
        replies=(
            _tk.Reply(
                "200",
                "json",
                _rt.ModelOf("Delegation"),
                minimal='{"id": "00000000-0000-0000-0000-000000000000", "delegator_user_id": "00000000-0000-0000-0000-000000000000", "delegate_user_id": "00000000-0000-0000-0000-000000000000", "start_time": "1970-01-01T00:00:00Z", "end_time": "1970-01-01T00:00:00Z", "reason": "string", "created_at": "1970-01-01T00:00:00Z", "updated_at": "1970-01-01T00:00:00Z"}',
            ),
        ),
    ),
    _tk.Operation(
        "deleteDelegation",
        "delegations.delete_delegation",
        "DELETE",
        "/delegations/{delegation_id}",
        params=(_tk.Param("delegation_id", "path", True, _rt.UUID, explode=True, style="simple"),),
        replies=(_tk.Reply("200", "empty", None),),
    ),
)


class MockApi(_tk.MockApi[Client, AsyncClient]):
    """The API as an in-process stand-in: every request is checked against the spec and
    answered with what the test registered, else the spec's example, else a minimal
    valid body. `api.client()` / `api.async_client()` return clients wired to it."""

    def __init__(self) -> None:
        super().__init__(OPERATIONS, Client, AsyncClient, default_base_url=DEFAULT_BASE_URL)
