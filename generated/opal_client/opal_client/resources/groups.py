"""Operations tagged 'groups' (generated)."""

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

_GET_GROUPS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("PaginatedGroupsList"))}
_GET_GROUPS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_UPDATE_GROUPS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("UpdateGroupInfoList"))}
_CREATE_GROUP_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Group"))}
_GET_GROUP_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Group"))}
_DELETE_GROUP_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_GET_GROUP_MESSAGE_CHANNELS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("MessageChannelList"))
}
_SET_GROUP_MESSAGE_CHANNELS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ListOf(_rt.UUID))}
_GET_GROUP_ON_CALL_SCHEDULES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("OnCallScheduleList"))
}
_SET_GROUP_ON_CALL_SCHEDULES_RESPONSES: _rt.Responses = {"200": ("json", _rt.ListOf(_rt.UUID))}
_GET_GROUP_RESOURCES_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("GroupResourceList"))}
_SET_GROUP_RESOURCES_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_GET_GROUP_CONTAINING_GROUPS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("GroupContainingGroupList"))
}
_ADD_GROUP_CONTAINING_GROUP_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("GroupContainingGroup"))
}
_GET_GROUP_CONTAINING_GROUP_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("GroupContainingGroup"))
}
_REMOVE_GROUP_CONTAINING_GROUP_RESPONSES: _rt.Responses = {"204": ("empty", None)}
_ADD_GROUP_RESOURCE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("GroupResource"))}
_GET_GROUP_VISIBILITY_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("VisibilityInfo"))}
_SET_GROUP_VISIBILITY_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("VisibilityInfo"))}
_GET_GROUP_REVIEWERS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ListOf(_rt.UUID))}
_SET_GROUP_REVIEWERS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ListOf(_rt.UUID))}
_GET_GROUP_REVIEWER_STAGES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ListOf(_rt.ModelOf("ReviewerStage")))
}
_SET_GROUP_REVIEWER_STAGES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ListOf(_rt.ModelOf("ReviewerStage")))
}
_GET_GROUP_TAGS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("TagsList"))}
_GET_GROUP_USERS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("GroupUserList"))}
_GET_GROUP_USERS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_UPDATE_GROUP_USER_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("GroupUser"))}
_ADD_GROUP_USER_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("GroupUser"))}
_DELETE_GROUP_USER_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_GET_USER_GROUPS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("GroupUserList"))}
_GET_USER_GROUPS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)


class Groups(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> GroupsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return GroupsWithRawResponse(_rt.RawCalls(self._client))

    def get_groups(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        group_type_filter: _types.GroupTypeEnumParam | None = None,
        group_ids: list[_uuid.UUID | str] | None = None,
        group_name: str | None = None,
        tag_ids: list[_uuid.UUID | str] | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedGroupsList:
        """Get groups

        Returns a list of groups for your organization.

        Args:
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            group_type_filter: The group type to filter by.
            group_ids: The group ids to filter by.
            group_name: Group name.
            tag_ids: The IDs of the tags to filter by. Returns only groups that have any of these tags applied.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/groups",
            _GET_GROUPS_RESPONSES,
            query={
                "cursor": cursor,
                "page_size": page_size,
                "group_type_filter": group_type_filter,
                "group_ids": group_ids,
                "group_name": group_name,
                "tag_ids": tag_ids,
            },
            exploded=frozenset({"tag_ids"}),
            options=options,
        )
        return _t.cast("_m.PaginatedGroupsList", self._client.request(call))

    def get_groups_iter(
        self,
        *,
        page_size: int | None = None,
        group_type_filter: _types.GroupTypeEnumParam | None = None,
        group_ids: list[_uuid.UUID | str] | None = None,
        group_name: str | None = None,
        tag_ids: list[_uuid.UUID | str] | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.Group]:
        """Like `get_groups`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/groups",
            _GET_GROUPS_RESPONSES,
            query={
                "page_size": page_size,
                "group_type_filter": group_type_filter,
                "group_ids": group_ids,
                "group_name": group_name,
                "tag_ids": tag_ids,
            },
            exploded=frozenset({"tag_ids"}),
            options=options,
        )
        return _t.cast("_t.Iterator[_m.Group]", self._client.paginate(call, _GET_GROUPS_PAGING))

    def update_groups(
        self,
        *,
        body: _m.UpdateGroupInfoList | _types.UpdateGroupInfoListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.UpdateGroupInfoList:
        """Bulk updates a list of groups.

        Args:
            body: Groups to be updated
                groups (required): A list of groups with information to update.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/groups",
            _UPDATE_GROUPS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.UpdateGroupInfoList", self._client.request(call))

    def create_group(
        self,
        *,
        body: _m.CreateGroupInfo | _types.CreateGroupInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Group:
        """Creates an Opal group or [imports a remote group](https://docs.opal.dev/reference/end-system-objects).

        Args:
            body:
                name (required): The name of the remote group.
                group_type (required)
                app_id (required): The ID of the app for the group.
                description (optional): A description of the remote group.
                remote_info (optional)
                remote_group_id (optional): Deprecated - use remote_info instead. The ID of the group on the remote system. Include only for items linked to remote systems. See [this guide](https://docs.opal.dev/reference/end-system-objects) for details on how to specify this field.
                metadata (optional): Deprecated - use remote_info instead. JSON metadata about the remote group. Include only for items linked to remote systems. See [this guide](https://docs.opal.dev/reference/end-system-objects) for details on how to specify this field. The required format is dependent on group_type and should have the following schema: <style type="text/css"> code {max-height:300px !important} </style> ```json { "$schema": "http://json-schema.org/draft-04/schema#", "title": "Group Metadata", "properties": { "ad_group": { "properties": { "object_guid": { "type": "string" } }, "required": ["object_guid"], "additionalProperties": false, "type": "object", "title": "Active Directory Group" }, "duo_group": { "properties": { "group_id": { "type": "string" } }, "required": ["group_id"], "additionalProperties": false, "type": "object", "title": "Duo Group" }, "git_hub_team": { "properties": { "org_name": { "type": "string" }, "team_slug": { "type": "string" } }, "required": ["org_name", "team_slug"], "additionalProperties": false, "type": "object", "title": "GitHub Team" }, "google_groups_group": { "properties": { "group_id": { "type": "string" } }, "required": ["group_id"], "additionalProperties": false, "type": "object", "title": "Google Groups Group" }, "ldap_group": { "properties": { "group_uid": { "type": "string" } }, "required": ["group_uid"], "additionalProperties": false, "type": "object", "title": "LDAP Group" }, "okta_directory_group": { "properties": { "group_id": { "type": "string" } }, "required": ["group_id"], "additionalProperties": false, "type": "object", "title": "Okta Directory Group" } }, "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "type": "object" } ```
                custom_request_notification (optional): Custom request notification sent upon request approval.
                risk_sensitivity_override (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/groups",
            _CREATE_GROUP_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Group", self._client.request(call))

    def get_group(
        self, *, group_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Group:
        """Get group by ID

        Returns a `Group` object.

        Args:
            group_id: The ID of the group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/groups/{group_id}",
            _GET_GROUP_RESPONSES,
            path_params={"group_id": group_id},
            options=options,
        )
        return _t.cast("_m.Group", self._client.request(call))

    def delete_group(
        self, *, group_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> None:
        """Deletes a group.

        Args:
            group_id: The ID of the group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/groups/{group_id}",
            _DELETE_GROUP_RESPONSES,
            path_params={"group_id": group_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_group_message_channels(
        self, *, group_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.MessageChannelList:
        """Gets the list of audit and reviewer message channels attached to a group.

        Args:
            group_id: The ID of the group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/groups/{group_id}/message-channels",
            _GET_GROUP_MESSAGE_CHANNELS_RESPONSES,
            path_params={"group_id": group_id},
            options=options,
        )
        return _t.cast("_m.MessageChannelList", self._client.request(call))

    def set_group_message_channels(
        self,
        *,
        group_id: _uuid.UUID | str,
        body: _m.MessageChannelIDList | _types.MessageChannelIDListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> list[_uuid.UUID]:
        """Sets the list of audit message channels attached to a group.

        Args:
            group_id: The ID of the group.
            body:
                message_channel_ids (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/groups/{group_id}/message-channels",
            _SET_GROUP_MESSAGE_CHANNELS_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("list[_uuid.UUID]", self._client.request(call))

    def get_group_on_call_schedules(
        self, *, group_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.OnCallScheduleList:
        """Gets the list of on call schedules attached to a group.

        Args:
            group_id: The ID of the group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/groups/{group_id}/on-call-schedules",
            _GET_GROUP_ON_CALL_SCHEDULES_RESPONSES,
            path_params={"group_id": group_id},
            options=options,
        )
        return _t.cast("_m.OnCallScheduleList", self._client.request(call))

    def set_group_on_call_schedules(
        self,
        *,
        group_id: _uuid.UUID | str,
        body: _m.OnCallScheduleIDList | _types.OnCallScheduleIDListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> list[_uuid.UUID]:
        """Sets the list of on call schedules attached to a group.

        Args:
            group_id: The ID of the group.
            body:
                on_call_schedule_ids (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/groups/{group_id}/on-call-schedules",
            _SET_GROUP_ON_CALL_SCHEDULES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("list[_uuid.UUID]", self._client.request(call))

    def get_group_resources(
        self, *, group_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.GroupResourceList:
        """Gets the list of resources that the group gives access to.

        Args:
            group_id: The ID of the group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/groups/{group_id}/resources",
            _GET_GROUP_RESOURCES_RESPONSES,
            path_params={"group_id": group_id},
            options=options,
        )
        return _t.cast("_m.GroupResourceList", self._client.request(call))

    def set_group_resources(
        self,
        *,
        group_id: _uuid.UUID | str,
        body: _m.UpdateGroupResourcesInfo | _types.UpdateGroupResourcesInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Sets the list of resources that the group gives access to.

        Args:
            group_id: The ID of the group.
            body:
                resources (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/groups/{group_id}/resources",
            _SET_GROUP_RESOURCES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_group_containing_groups(
        self,
        *,
        group_id: _uuid.UUID | str,
        access_level_remote_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.GroupContainingGroupList:
        """Get nested groups

        Gets the list of groups that the group gives access to.

        Args:
            group_id: The ID of the group.
            access_level_remote_id: The access level's remote ID to filter by.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/groups/{group_id}/containing-groups",
            _GET_GROUP_CONTAINING_GROUPS_RESPONSES,
            path_params={"group_id": group_id},
            query={"access_level_remote_id": access_level_remote_id},
            options=options,
        )
        return _t.cast("_m.GroupContainingGroupList", self._client.request(call))

    def add_group_containing_group(
        self,
        *,
        group_id: _uuid.UUID | str,
        body: _m.GroupContainingGroup | _types.GroupContainingGroupParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.GroupContainingGroup:
        """Creates a new containing group.

        Args:
            group_id: The ID of the group.
            body:
                containing_group_id (required): The groupID of the containing group.
                duration_minutes (optional): The updated duration for which the group can be accessed (in minutes). Use 0 for indefinite.
                access_level_remote_id (optional): The updated remote ID of the access level granted to this group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/groups/{group_id}/containing-groups",
            _ADD_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.GroupContainingGroup", self._client.request(call))

    def get_group_containing_group(
        self,
        *,
        group_id: _uuid.UUID | str,
        containing_group_id: _uuid.UUID | str,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.GroupContainingGroup:
        """Get nested group by ID

        Gets a specific containing group for a group.

        Args:
            group_id: The ID of the group.
            containing_group_id: The ID of the containing group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/groups/{group_id}/containing-groups/{containing_group_id}",
            _GET_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id, "containing_group_id": containing_group_id},
            options=options,
        )
        return _t.cast("_m.GroupContainingGroup", self._client.request(call))

    def remove_group_containing_group(
        self,
        *,
        group_id: _uuid.UUID | str,
        containing_group_id: _uuid.UUID | str,
        access_level_remote_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Removes a containing group from a group.

        Args:
            group_id: The ID of the member group to remove.
            containing_group_id: The ID of the containing group.
            access_level_remote_id: The remote ID of the member group's access level to filter by.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/groups/{group_id}/containing-groups/{containing_group_id}",
            _REMOVE_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id, "containing_group_id": containing_group_id},
            query={"access_level_remote_id": access_level_remote_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def add_group_resource(
        self,
        *,
        group_id: _uuid.UUID | str,
        resource_id: _uuid.UUID | str,
        access_level_remote_id: str | None = None,
        body: _m.AddGroupResourceRequest | _types.AddGroupResourceRequestParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.GroupResource:
        """Adds a resource to a group.

        Args:
            group_id: The ID of the group.
            resource_id: The ID of the resource.
            access_level_remote_id: The remote ID of the access level to grant to this user. If omitted, the default access level remote ID value (empty string) is used.
            body:
                access_level_remote_id (optional): The remote ID of the access level to grant to this user. If omitted, the default access level remote ID value (empty string) is used.
                duration_minutes (optional): The duration for which the resource can be accessed (in minutes). Use 0 to set to indefinite.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/groups/{group_id}/resources/{resource_id}",
            _ADD_GROUP_RESOURCE_RESPONSES,
            path_params={"group_id": group_id, "resource_id": resource_id},
            query={"access_level_remote_id": access_level_remote_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.GroupResource", self._client.request(call))

    def get_group_visibility(
        self, *, group_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.VisibilityInfo:
        """Gets the visibility of this group.

        Args:
            group_id: The ID of the group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/groups/{group_id}/visibility",
            _GET_GROUP_VISIBILITY_RESPONSES,
            path_params={"group_id": group_id},
            options=options,
        )
        return _t.cast("_m.VisibilityInfo", self._client.request(call))

    def set_group_visibility(
        self,
        *,
        group_id: _uuid.UUID | str,
        body: _m.VisibilityInfo | _types.VisibilityInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.VisibilityInfo:
        """Sets the visibility of this group.

        Args:
            group_id: The ID of the group.
            body:
                visibility (required)
                visibility_group_ids (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/groups/{group_id}/visibility",
            _SET_GROUP_VISIBILITY_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.VisibilityInfo", self._client.request(call))

    def get_group_reviewers(
        self, *, group_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> list[_uuid.UUID]:
        """Gets the list of owner IDs of the reviewers for a group.

        Args:
            group_id: The ID of the group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        _rt.warn_deprecated_call("get_group_reviewers is deprecated")
        call = _rt.Call(
            "GET",
            "/groups/{group_id}/reviewers",
            _GET_GROUP_REVIEWERS_RESPONSES,
            path_params={"group_id": group_id},
            options=options,
        )
        return _t.cast("list[_uuid.UUID]", self._client.request(call))

    def set_group_reviewers(
        self,
        *,
        group_id: _uuid.UUID | str,
        body: _m.ReviewerIDList | _types.ReviewerIDListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> list[_uuid.UUID]:
        """Sets the list of reviewers for a group.

        Args:
            group_id: The ID of the group.
            body:
                reviewer_ids (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        _rt.warn_deprecated_call("set_group_reviewers is deprecated")
        call = _rt.Call(
            "PUT",
            "/groups/{group_id}/reviewers",
            _SET_GROUP_REVIEWERS_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("list[_uuid.UUID]", self._client.request(call))

    def get_group_reviewer_stages(
        self, *, group_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> list[_m.ReviewerStage]:
        """Gets the list of reviewer stages for a group.

        Args:
            group_id: The ID of the group.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        _rt.warn_deprecated_call("get_group_reviewer_stages is deprecated")
        call = _rt.Call(
            "GET",
            "/groups/{group_id}/reviewer-stages",
            _GET_GROUP_REVIEWER_STAGES_RESPONSES,
            path_params={"group_id": group_id},
            options=options,
        )
        return _t.cast("list[_m.ReviewerStage]", self._client.request(call))

    def set_group_reviewer_stages(
        self,
        *,
        group_id: _uuid.UUID | str,
        body: _m.ReviewerStageList | _types.ReviewerStageListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> list[_m.ReviewerStage]:
        """Sets the list of reviewer stages for a group.

        Args:
            group_id: The ID of the group.
            body:
                stages (required): A list of reviewer stages.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        _rt.warn_deprecated_call("set_group_reviewer_stages is deprecated")
        call = _rt.Call(
            "PUT",
            "/groups/{group_id}/reviewer-stages",
            _SET_GROUP_REVIEWER_STAGES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("list[_m.ReviewerStage]", self._client.request(call))

    def get_group_tags(
        self, *, group_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.TagsList:
        """Returns all tags applied to the group.

        Args:
            group_id: The ID of the group whose tags to return.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/groups/{group_id}/tags",
            _GET_GROUP_TAGS_RESPONSES,
            path_params={"group_id": group_id},
            options=options,
        )
        return _t.cast("_m.TagsList", self._client.request(call))

    def get_group_users(
        self,
        *,
        group_id: _uuid.UUID | str,
        cursor: str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.GroupUserList:
        """Gets the list of users for this group.

        Args:
            group_id: The ID of the group.
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/groups/{group_id}/users",
            _GET_GROUP_USERS_RESPONSES,
            path_params={"group_id": group_id},
            query={"cursor": cursor, "page_size": page_size},
            options=options,
        )
        return _t.cast("_m.GroupUserList", self._client.request(call))

    def get_group_users_iter(
        self,
        *,
        group_id: _uuid.UUID | str,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.GroupUser]:
        """Like `get_group_users`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/groups/{group_id}/users",
            _GET_GROUP_USERS_RESPONSES,
            path_params={"group_id": group_id},
            query={"page_size": page_size},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.GroupUser]", self._client.paginate(call, _GET_GROUP_USERS_PAGING)
        )

    def update_group_user(
        self,
        *,
        group_id: _uuid.UUID | str,
        user_id: _uuid.UUID | str,
        body: _m.UpdateGroupUserRequest | _types.UpdateGroupUserRequestParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.GroupUser:
        """Updates a user's access level or duration in this group.

        Args:
            group_id: The ID of the group.
            user_id: The ID of the user whose access is being updated.
            body:
                duration_minutes (required): The updated duration for which the group can be accessed (in minutes). Use 0 for indefinite, or a negative value to revoke access.
                access_level_remote_id (optional): The updated remote ID of the access level granted to this user.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/groups/{group_id}/users/{user_id}",
            _UPDATE_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.GroupUser", self._client.request(call))

    def add_group_user(
        self,
        *,
        group_id: _uuid.UUID | str,
        user_id: _uuid.UUID | str,
        duration_minutes: int | None = None,
        access_level_remote_id: str | None = None,
        body: _m.AddGroupUserRequest | _types.AddGroupUserRequestParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.GroupUser:
        """Adds a user to this group.

        Args:
            group_id: The ID of the group.
            user_id: The ID of the user to add.
            duration_minutes: The duration for which the group can be accessed (in minutes). Use 0 to set to indefinite.
            access_level_remote_id: The remote ID of the access level to grant to this user. If omitted, the default access level remote ID value (empty string) is used.
            body:
                duration_minutes (required): The duration for which the group can be accessed (in minutes). Use 0 to set to indefinite.
                access_level_remote_id (optional): The remote ID of the access level to grant to this user. If omitted, the default access level remote ID value (empty string) is used.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/groups/{group_id}/users/{user_id}",
            _ADD_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            query={
                "duration_minutes": duration_minutes,
                "access_level_remote_id": access_level_remote_id,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.GroupUser", self._client.request(call))

    def delete_group_user(
        self,
        *,
        group_id: _uuid.UUID | str,
        user_id: _uuid.UUID | str,
        access_level_remote_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Removes a user's access from this group.

        Args:
            group_id: The ID of the group.
            user_id: The ID of a user to remove from this group.
            access_level_remote_id: The remote ID of the access level for which this user has direct access. If omitted, the default access level remote ID value (empty string) is assumed.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/groups/{group_id}/users/{user_id}",
            _DELETE_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            query={"access_level_remote_id": access_level_remote_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_user_groups(
        self,
        *,
        user_id: _uuid.UUID | str,
        cursor: str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.GroupUserList:
        """Returns all groups that the user is a member of.

        Args:
            user_id: The ID of the user whose groups to return.
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/groups/users/{user_id}",
            _GET_USER_GROUPS_RESPONSES,
            path_params={"user_id": user_id},
            query={"cursor": cursor, "page_size": page_size},
            options=options,
        )
        return _t.cast("_m.GroupUserList", self._client.request(call))

    def get_user_groups_iter(
        self,
        *,
        user_id: _uuid.UUID | str,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.GroupUser]:
        """Like `get_user_groups`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/groups/users/{user_id}",
            _GET_USER_GROUPS_RESPONSES,
            path_params={"user_id": user_id},
            query={"page_size": page_size},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.GroupUser]", self._client.paginate(call, _GET_USER_GROUPS_PAGING)
        )


class GroupsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_groups = _rt.to_raw_response(Groups.get_groups)
    update_groups = _rt.to_raw_response(Groups.update_groups)
    create_group = _rt.to_raw_response(Groups.create_group)
    get_group = _rt.to_raw_response(Groups.get_group)
    delete_group = _rt.to_raw_response(Groups.delete_group)
    get_group_message_channels = _rt.to_raw_response(Groups.get_group_message_channels)
    set_group_message_channels = _rt.to_raw_response(Groups.set_group_message_channels)
    get_group_on_call_schedules = _rt.to_raw_response(Groups.get_group_on_call_schedules)
    set_group_on_call_schedules = _rt.to_raw_response(Groups.set_group_on_call_schedules)
    get_group_resources = _rt.to_raw_response(Groups.get_group_resources)
    set_group_resources = _rt.to_raw_response(Groups.set_group_resources)
    get_group_containing_groups = _rt.to_raw_response(Groups.get_group_containing_groups)
    add_group_containing_group = _rt.to_raw_response(Groups.add_group_containing_group)
    get_group_containing_group = _rt.to_raw_response(Groups.get_group_containing_group)
    remove_group_containing_group = _rt.to_raw_response(Groups.remove_group_containing_group)
    add_group_resource = _rt.to_raw_response(Groups.add_group_resource)
    get_group_visibility = _rt.to_raw_response(Groups.get_group_visibility)
    set_group_visibility = _rt.to_raw_response(Groups.set_group_visibility)
    get_group_reviewers = _rt.to_raw_response(Groups.get_group_reviewers)
    set_group_reviewers = _rt.to_raw_response(Groups.set_group_reviewers)
    get_group_reviewer_stages = _rt.to_raw_response(Groups.get_group_reviewer_stages)
    set_group_reviewer_stages = _rt.to_raw_response(Groups.set_group_reviewer_stages)
    get_group_tags = _rt.to_raw_response(Groups.get_group_tags)
    get_group_users = _rt.to_raw_response(Groups.get_group_users)
    update_group_user = _rt.to_raw_response(Groups.update_group_user)
    add_group_user = _rt.to_raw_response(Groups.add_group_user)
    delete_group_user = _rt.to_raw_response(Groups.delete_group_user)
    get_user_groups = _rt.to_raw_response(Groups.get_user_groups)


class AsyncGroups(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncGroupsWithRawResponse(_rt.RawCalls(self._client))

    get_groups = _rt.to_async(Groups.get_groups)
    get_groups_iter = _rt.to_async_iterator(Groups.get_groups_iter)
    update_groups = _rt.to_async(Groups.update_groups)
    create_group = _rt.to_async(Groups.create_group)
    get_group = _rt.to_async(Groups.get_group)
    delete_group = _rt.to_async(Groups.delete_group)
    get_group_message_channels = _rt.to_async(Groups.get_group_message_channels)
    set_group_message_channels = _rt.to_async(Groups.set_group_message_channels)
    get_group_on_call_schedules = _rt.to_async(Groups.get_group_on_call_schedules)
    set_group_on_call_schedules = _rt.to_async(Groups.set_group_on_call_schedules)
    get_group_resources = _rt.to_async(Groups.get_group_resources)
    set_group_resources = _rt.to_async(Groups.set_group_resources)
    get_group_containing_groups = _rt.to_async(Groups.get_group_containing_groups)
    add_group_containing_group = _rt.to_async(Groups.add_group_containing_group)
    get_group_containing_group = _rt.to_async(Groups.get_group_containing_group)
    remove_group_containing_group = _rt.to_async(Groups.remove_group_containing_group)
    add_group_resource = _rt.to_async(Groups.add_group_resource)
    get_group_visibility = _rt.to_async(Groups.get_group_visibility)
    set_group_visibility = _rt.to_async(Groups.set_group_visibility)
    get_group_reviewers = _rt.to_async(Groups.get_group_reviewers)
    set_group_reviewers = _rt.to_async(Groups.set_group_reviewers)
    get_group_reviewer_stages = _rt.to_async(Groups.get_group_reviewer_stages)
    set_group_reviewer_stages = _rt.to_async(Groups.set_group_reviewer_stages)
    get_group_tags = _rt.to_async(Groups.get_group_tags)
    get_group_users = _rt.to_async(Groups.get_group_users)
    get_group_users_iter = _rt.to_async_iterator(Groups.get_group_users_iter)
    update_group_user = _rt.to_async(Groups.update_group_user)
    add_group_user = _rt.to_async(Groups.add_group_user)
    delete_group_user = _rt.to_async(Groups.delete_group_user)
    get_user_groups = _rt.to_async(Groups.get_user_groups)
    get_user_groups_iter = _rt.to_async_iterator(Groups.get_user_groups_iter)


class AsyncGroupsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_groups = _rt.to_async_raw_response(Groups.get_groups)
    update_groups = _rt.to_async_raw_response(Groups.update_groups)
    create_group = _rt.to_async_raw_response(Groups.create_group)
    get_group = _rt.to_async_raw_response(Groups.get_group)
    delete_group = _rt.to_async_raw_response(Groups.delete_group)
    get_group_message_channels = _rt.to_async_raw_response(Groups.get_group_message_channels)
    set_group_message_channels = _rt.to_async_raw_response(Groups.set_group_message_channels)
    get_group_on_call_schedules = _rt.to_async_raw_response(Groups.get_group_on_call_schedules)
    set_group_on_call_schedules = _rt.to_async_raw_response(Groups.set_group_on_call_schedules)
    get_group_resources = _rt.to_async_raw_response(Groups.get_group_resources)
    set_group_resources = _rt.to_async_raw_response(Groups.set_group_resources)
    get_group_containing_groups = _rt.to_async_raw_response(Groups.get_group_containing_groups)
    add_group_containing_group = _rt.to_async_raw_response(Groups.add_group_containing_group)
    get_group_containing_group = _rt.to_async_raw_response(Groups.get_group_containing_group)
    remove_group_containing_group = _rt.to_async_raw_response(Groups.remove_group_containing_group)
    add_group_resource = _rt.to_async_raw_response(Groups.add_group_resource)
    get_group_visibility = _rt.to_async_raw_response(Groups.get_group_visibility)
    set_group_visibility = _rt.to_async_raw_response(Groups.set_group_visibility)
    get_group_reviewers = _rt.to_async_raw_response(Groups.get_group_reviewers)
    set_group_reviewers = _rt.to_async_raw_response(Groups.set_group_reviewers)
    get_group_reviewer_stages = _rt.to_async_raw_response(Groups.get_group_reviewer_stages)
    set_group_reviewer_stages = _rt.to_async_raw_response(Groups.set_group_reviewer_stages)
    get_group_tags = _rt.to_async_raw_response(Groups.get_group_tags)
    get_group_users = _rt.to_async_raw_response(Groups.get_group_users)
    update_group_user = _rt.to_async_raw_response(Groups.update_group_user)
    add_group_user = _rt.to_async_raw_response(Groups.add_group_user)
    delete_group_user = _rt.to_async_raw_response(Groups.delete_group_user)
    get_user_groups = _rt.to_async_raw_response(Groups.get_user_groups)
