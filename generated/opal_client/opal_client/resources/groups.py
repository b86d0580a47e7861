"""Operations tagged 'groups' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid
import warnings as _warnings

from .. import _runtime as _rt
from .. import models as _models

_GET_GROUPS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedGroupsList))
}
_UPDATE_GROUPS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.UpdateGroupInfoList))
}
_CREATE_GROUP_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Group))
}
_GET_GROUP_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Group))
}
_DELETE_GROUP_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_GET_GROUP_MESSAGE_CHANNELS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.MessageChannelList))
}
_SET_GROUP_MESSAGE_CHANNELS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ListOf(_rt.UUID))
}
_GET_GROUP_ON_CALL_SCHEDULES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.OnCallScheduleList))
}
_SET_GROUP_ON_CALL_SCHEDULES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ListOf(_rt.UUID))
}
_GET_GROUP_RESOURCES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.GroupResourceList))
}
_SET_GROUP_RESOURCES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_GET_GROUP_CONTAINING_GROUPS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.GroupContainingGroupList))
}
_ADD_GROUP_CONTAINING_GROUP_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.GroupContainingGroup))
}
_GET_GROUP_CONTAINING_GROUP_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.GroupContainingGroup))
}
_REMOVE_GROUP_CONTAINING_GROUP_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "204": ("empty", None)
}
_ADD_GROUP_RESOURCE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.GroupResource))
}
_GET_GROUP_VISIBILITY_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.VisibilityInfo))
}
_SET_GROUP_VISIBILITY_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.VisibilityInfo))
}
_GET_GROUP_REVIEWERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ListOf(_rt.UUID))
}
_SET_GROUP_REVIEWERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ListOf(_rt.UUID))
}
_GET_GROUP_REVIEWER_STAGES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ListOf(_rt.ModelOf(_models.ReviewerStage)))
}
_SET_GROUP_REVIEWER_STAGES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ListOf(_rt.ModelOf(_models.ReviewerStage)))
}
_GET_GROUP_TAGS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.TagsList))
}
_GET_GROUP_USERS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.GroupUserList))
}
_UPDATE_GROUP_USER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.GroupUser))
}
_ADD_GROUP_USER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.GroupUser))
}
_DELETE_GROUP_USER_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_GET_USER_GROUPS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.GroupUserList))
}


class Groups:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> GroupsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return GroupsWithRawResponse(self._client)

    def get_groups(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        group_type_filter: _models.GroupTypeEnum | str | None = None,
        group_ids: list[_uuid.UUID] | None = None,
        group_name: str | None = None,
        tag_ids: list[_uuid.UUID] | None = None,
    ) -> _models.PaginatedGroupsList:
        """Get groups

        Returns a list of groups for your organization.
        """
        call = _rt.Call(
            method="GET",
            path="/groups",
            responses=_GET_GROUPS_RESPONSES,
            query={
                "cursor": cursor,
                "page_size": page_size,
                "group_type_filter": group_type_filter,
                "group_ids": group_ids,
                "group_name": group_name,
                "tag_ids": tag_ids,
            },
            exploded=frozenset({"tag_ids"}),
        )
        return _t.cast("_models.PaginatedGroupsList", self._client.request(call))

    def get_groups_iter(
        self,
        *,
        page_size: int | None = None,
        group_type_filter: _models.GroupTypeEnum | str | None = None,
        group_ids: list[_uuid.UUID] | None = None,
        group_name: str | None = None,
        tag_ids: list[_uuid.UUID] | None = None,
    ) -> _t.Iterator[_models.Group]:
        """Like `get_groups`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/groups",
            responses=_GET_GROUPS_RESPONSES,
            query={
                "page_size": page_size,
                "group_type_filter": group_type_filter,
                "group_ids": group_ids,
                "group_name": group_name,
                "tag_ids": tag_ids,
            },
            exploded=frozenset({"tag_ids"}),
        )
        return _t.cast(
            "_t.Iterator[_models.Group]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    def update_groups(
        self, *, body: _models.UpdateGroupInfoList | _t.Mapping[str, _t.Any]
    ) -> _models.UpdateGroupInfoList:
        """Bulk updates a list of groups."""
        call = _rt.Call(
            method="PUT",
            path="/groups",
            responses=_UPDATE_GROUPS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.UpdateGroupInfoList", self._client.request(call))

    def create_group(
        self, *, body: _models.CreateGroupInfo | _t.Mapping[str, _t.Any]
    ) -> _models.Group:
        """Creates an Opal group or [imports a remote group](https://docs.opal.dev/reference/end-system-objects)."""
        call = _rt.Call(
            method="POST",
            path="/groups",
            responses=_CREATE_GROUP_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Group", self._client.request(call))

    def get_group(self, *, group_id: _uuid.UUID) -> _models.Group:
        """Get group by ID

        Returns a `Group` object.
        """
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}",
            responses=_GET_GROUP_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_models.Group", self._client.request(call))

    def delete_group(self, *, group_id: _uuid.UUID) -> _t.Any:
        """Deletes a group."""
        call = _rt.Call(
            method="DELETE",
            path="/groups/{group_id}",
            responses=_DELETE_GROUP_RESPONSES,
            path_params={"group_id": group_id},
        )
        return self._client.request(call)

    def get_group_message_channels(self, *, group_id: _uuid.UUID) -> _models.MessageChannelList:
        """Gets the list of audit and reviewer message channels attached to a group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/message-channels",
            responses=_GET_GROUP_MESSAGE_CHANNELS_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_models.MessageChannelList", self._client.request(call))

    def set_group_message_channels(
        self, *, group_id: _uuid.UUID, body: _models.MessageChannelIDList | _t.Mapping[str, _t.Any]
    ) -> list[_uuid.UUID]:
        """Sets the list of audit message channels attached to a group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/message-channels",
            responses=_SET_GROUP_MESSAGE_CHANNELS_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("list[_uuid.UUID]", self._client.request(call))

    def get_group_on_call_schedules(self, *, group_id: _uuid.UUID) -> _models.OnCallScheduleList:
        """Gets the list of on call schedules attached to a group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/on-call-schedules",
            responses=_GET_GROUP_ON_CALL_SCHEDULES_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_models.OnCallScheduleList", self._client.request(call))

    def set_group_on_call_schedules(
        self, *, group_id: _uuid.UUID, body: _models.OnCallScheduleIDList | _t.Mapping[str, _t.Any]
    ) -> list[_uuid.UUID]:
        """Sets the list of on call schedules attached to a group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/on-call-schedules",
            responses=_SET_GROUP_ON_CALL_SCHEDULES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("list[_uuid.UUID]", self._client.request(call))

    def get_group_resources(self, *, group_id: _uuid.UUID) -> _models.GroupResourceList:
        """Gets the list of resources that the group gives access to."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/resources",
            responses=_GET_GROUP_RESOURCES_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_models.GroupResourceList", self._client.request(call))

    def set_group_resources(
        self,
        *,
        group_id: _uuid.UUID,
        body: _models.UpdateGroupResourcesInfo | _t.Mapping[str, _t.Any],
    ) -> _t.Any:
        """Sets the list of resources that the group gives access to."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/resources",
            responses=_SET_GROUP_RESOURCES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_group_containing_groups(
        self, *, group_id: _uuid.UUID, access_level_remote_id: str | None = None
    ) -> _models.GroupContainingGroupList:
        """Get nested groups

        Gets the list of groups that the group gives access to.
        """
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/containing-groups",
            responses=_GET_GROUP_CONTAINING_GROUPS_RESPONSES,
            path_params={"group_id": group_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return _t.cast("_models.GroupContainingGroupList", self._client.request(call))

    def add_group_containing_group(
        self, *, group_id: _uuid.UUID, body: _models.GroupContainingGroup | _t.Mapping[str, _t.Any]
    ) -> _models.GroupContainingGroup:
        """Creates a new containing group."""
        call = _rt.Call(
            method="POST",
            path="/groups/{group_id}/containing-groups",
            responses=_ADD_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.GroupContainingGroup", self._client.request(call))

    def get_group_containing_group(
        self, *, group_id: _uuid.UUID, containing_group_id: _uuid.UUID
    ) -> _models.GroupContainingGroup:
        """Get nested group by ID

        Gets a specific containing group for a group.
        """
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/containing-groups/{containing_group_id}",
            responses=_GET_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id, "containing_group_id": containing_group_id},
        )
        return _t.cast("_models.GroupContainingGroup", self._client.request(call))

    def remove_group_containing_group(
        self,
        *,
        group_id: _uuid.UUID,
        containing_group_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> None:
        """Removes a containing group from a group."""
        call = _rt.Call(
            method="DELETE",
            path="/groups/{group_id}/containing-groups/{containing_group_id}",
            responses=_REMOVE_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id, "containing_group_id": containing_group_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return _t.cast("None", self._client.request(call))

    def add_group_resource(
        self,
        *,
        group_id: _uuid.UUID,
        resource_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
        body: _models.AddGroupResourceRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.GroupResource:
        """Adds a resource to a group."""
        call = _rt.Call(
            method="POST",
            path="/groups/{group_id}/resources/{resource_id}",
            responses=_ADD_GROUP_RESOURCE_RESPONSES,
            path_params={"group_id": group_id, "resource_id": resource_id},
            query={"access_level_remote_id": access_level_remote_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.GroupResource", self._client.request(call))

    def get_group_visibility(self, *, group_id: _uuid.UUID) -> _models.VisibilityInfo:
        """Gets the visibility of this group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/visibility",
            responses=_GET_GROUP_VISIBILITY_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_models.VisibilityInfo", self._client.request(call))

    def set_group_visibility(
        self, *, group_id: _uuid.UUID, body: _models.VisibilityInfo | _t.Mapping[str, _t.Any]
    ) -> _models.VisibilityInfo:
        """Sets the visibility of this group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/visibility",
            responses=_SET_GROUP_VISIBILITY_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.VisibilityInfo", self._client.request(call))

    def get_group_reviewers(self, *, group_id: _uuid.UUID) -> list[_uuid.UUID]:
        """Gets the list of owner IDs of the reviewers for a group."""
        _warnings.warn("get_group_reviewers is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/reviewers",
            responses=_GET_GROUP_REVIEWERS_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("list[_uuid.UUID]", self._client.request(call))

    def set_group_reviewers(
        self, *, group_id: _uuid.UUID, body: _models.ReviewerIDList | _t.Mapping[str, _t.Any]
    ) -> list[_uuid.UUID]:
        """Sets the list of reviewers for a group."""
        _warnings.warn("set_group_reviewers is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/reviewers",
            responses=_SET_GROUP_REVIEWERS_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("list[_uuid.UUID]", self._client.request(call))

    def get_group_reviewer_stages(self, *, group_id: _uuid.UUID) -> list[_models.ReviewerStage]:
        """Gets the list of reviewer stages for a group."""
        _warnings.warn("get_group_reviewer_stages is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/reviewer-stages",
            responses=_GET_GROUP_REVIEWER_STAGES_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("list[_models.ReviewerStage]", self._client.request(call))

    def set_group_reviewer_stages(
        self, *, group_id: _uuid.UUID, body: _models.ReviewerStageList | _t.Mapping[str, _t.Any]
    ) -> list[_models.ReviewerStage]:
        """Sets the list of reviewer stages for a group."""
        _warnings.warn("set_group_reviewer_stages is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/reviewer-stages",
            responses=_SET_GROUP_REVIEWER_STAGES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("list[_models.ReviewerStage]", self._client.request(call))

    def get_group_tags(self, *, group_id: _uuid.UUID) -> _models.TagsList:
        """Returns all tags applied to the group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/tags",
            responses=_GET_GROUP_TAGS_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_models.TagsList", self._client.request(call))

    def get_group_users(
        self, *, group_id: _uuid.UUID, cursor: str | None = None, page_size: int | None = None
    ) -> _models.GroupUserList:
        """Gets the list of users for this group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/users",
            responses=_GET_GROUP_USERS_RESPONSES,
            path_params={"group_id": group_id},
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.GroupUserList", self._client.request(call))

    def get_group_users_iter(
        self, *, group_id: _uuid.UUID, page_size: int | None = None
    ) -> _t.Iterator[_models.GroupUser]:
        """Like `get_group_users`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/users",
            responses=_GET_GROUP_USERS_RESPONSES,
            path_params={"group_id": group_id},
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.Iterator[_models.GroupUser]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    def update_group_user(
        self,
        *,
        group_id: _uuid.UUID,
        user_id: _uuid.UUID,
        body: _models.UpdateGroupUserRequest | _t.Mapping[str, _t.Any],
    ) -> _models.GroupUser:
        """Updates a user's access level or duration in this group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/users/{user_id}",
            responses=_UPDATE_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.GroupUser", self._client.request(call))

    def add_group_user(
        self,
        *,
        group_id: _uuid.UUID,
        user_id: _uuid.UUID,
        duration_minutes: int | None = None,
        access_level_remote_id: str | None = None,
        body: _models.AddGroupUserRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.GroupUser:
        """Adds a user to this group."""
        call = _rt.Call(
            method="POST",
            path="/groups/{group_id}/users/{user_id}",
            responses=_ADD_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            query={
                "duration_minutes": duration_minutes,
                "access_level_remote_id": access_level_remote_id,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.GroupUser", self._client.request(call))

    def delete_group_user(
        self,
        *,
        group_id: _uuid.UUID,
        user_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _t.Any:
        """Removes a user's access from this group."""
        call = _rt.Call(
            method="DELETE",
            path="/groups/{group_id}/users/{user_id}",
            responses=_DELETE_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return self._client.request(call)

    def get_user_groups(
        self, *, user_id: _uuid.UUID, cursor: str | None = None, page_size: int | None = None
    ) -> _models.GroupUserList:
        """Returns all groups that the user is a member of."""
        call = _rt.Call(
            method="GET",
            path="/groups/users/{user_id}",
            responses=_GET_USER_GROUPS_RESPONSES,
            path_params={"user_id": user_id},
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.GroupUserList", self._client.request(call))

    def get_user_groups_iter(
        self, *, user_id: _uuid.UUID, page_size: int | None = None
    ) -> _t.Iterator[_models.GroupUser]:
        """Like `get_user_groups`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/groups/users/{user_id}",
            responses=_GET_USER_GROUPS_RESPONSES,
            path_params={"user_id": user_id},
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.Iterator[_models.GroupUser]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )


class GroupsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_groups(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        group_type_filter: _models.GroupTypeEnum | str | None = None,
        group_ids: list[_uuid.UUID] | None = None,
        group_name: str | None = None,
        tag_ids: list[_uuid.UUID] | None = None,
    ) -> _rt.RawResponse[_models.PaginatedGroupsList]:
        """Get groups

        Returns a list of groups for your organization.
        """
        call = _rt.Call(
            method="GET",
            path="/groups",
            responses=_GET_GROUPS_RESPONSES,
            query={
                "cursor": cursor,
                "page_size": page_size,
                "group_type_filter": group_type_filter,
                "group_ids": group_ids,
                "group_name": group_name,
                "tag_ids": tag_ids,
            },
            exploded=frozenset({"tag_ids"}),
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedGroupsList]", self._client.request_raw(call)
        )

    def update_groups(
        self, *, body: _models.UpdateGroupInfoList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.UpdateGroupInfoList]:
        """Bulk updates a list of groups."""
        call = _rt.Call(
            method="PUT",
            path="/groups",
            responses=_UPDATE_GROUPS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.UpdateGroupInfoList]", self._client.request_raw(call)
        )

    def create_group(
        self, *, body: _models.CreateGroupInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Group]:
        """Creates an Opal group or [imports a remote group](https://docs.opal.dev/reference/end-system-objects)."""
        call = _rt.Call(
            method="POST",
            path="/groups",
            responses=_CREATE_GROUP_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Group]", self._client.request_raw(call))

    def get_group(self, *, group_id: _uuid.UUID) -> _rt.RawResponse[_models.Group]:
        """Get group by ID

        Returns a `Group` object.
        """
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}",
            responses=_GET_GROUP_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_rt.RawResponse[_models.Group]", self._client.request_raw(call))

    def delete_group(self, *, group_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Deletes a group."""
        call = _rt.Call(
            method="DELETE",
            path="/groups/{group_id}",
            responses=_DELETE_GROUP_RESPONSES,
            path_params={"group_id": group_id},
        )
        return self._client.request_raw(call)

    def get_group_message_channels(
        self, *, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.MessageChannelList]:
        """Gets the list of audit and reviewer message channels attached to a group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/message-channels",
            responses=_GET_GROUP_MESSAGE_CHANNELS_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.MessageChannelList]", self._client.request_raw(call)
        )

    def set_group_message_channels(
        self, *, group_id: _uuid.UUID, body: _models.MessageChannelIDList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[list[_uuid.UUID]]:
        """Sets the list of audit message channels attached to a group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/message-channels",
            responses=_SET_GROUP_MESSAGE_CHANNELS_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[list[_uuid.UUID]]", self._client.request_raw(call))

    def get_group_on_call_schedules(
        self, *, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.OnCallScheduleList]:
        """Gets the list of on call schedules attached to a group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/on-call-schedules",
            responses=_GET_GROUP_ON_CALL_SCHEDULES_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.OnCallScheduleList]", self._client.request_raw(call)
        )

    def set_group_on_call_schedules(
        self, *, group_id: _uuid.UUID, body: _models.OnCallScheduleIDList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[list[_uuid.UUID]]:
        """Sets the list of on call schedules attached to a group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/on-call-schedules",
            responses=_SET_GROUP_ON_CALL_SCHEDULES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[list[_uuid.UUID]]", self._client.request_raw(call))

    def get_group_resources(
        self, *, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.GroupResourceList]:
        """Gets the list of resources that the group gives access to."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/resources",
            responses=_GET_GROUP_RESOURCES_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_rt.RawResponse[_models.GroupResourceList]", self._client.request_raw(call))

    def set_group_resources(
        self,
        *,
        group_id: _uuid.UUID,
        body: _models.UpdateGroupResourcesInfo | _t.Mapping[str, _t.Any],
    ) -> _rt.RawResponse[_t.Any]:
        """Sets the list of resources that the group gives access to."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/resources",
            responses=_SET_GROUP_RESOURCES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_group_containing_groups(
        self, *, group_id: _uuid.UUID, access_level_remote_id: str | None = None
    ) -> _rt.RawResponse[_models.GroupContainingGroupList]:
        """Get nested groups

        Gets the list of groups that the group gives access to.
        """
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/containing-groups",
            responses=_GET_GROUP_CONTAINING_GROUPS_RESPONSES,
            path_params={"group_id": group_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.GroupContainingGroupList]", self._client.request_raw(call)
        )

    def add_group_containing_group(
        self, *, group_id: _uuid.UUID, body: _models.GroupContainingGroup | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.GroupContainingGroup]:
        """Creates a new containing group."""
        call = _rt.Call(
            method="POST",
            path="/groups/{group_id}/containing-groups",
            responses=_ADD_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.GroupContainingGroup]", self._client.request_raw(call)
        )

    def get_group_containing_group(
        self, *, group_id: _uuid.UUID, containing_group_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.GroupContainingGroup]:
        """Get nested group by ID

        Gets a specific containing group for a group.
        """
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/containing-groups/{containing_group_id}",
            responses=_GET_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id, "containing_group_id": containing_group_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.GroupContainingGroup]", self._client.request_raw(call)
        )

    def remove_group_containing_group(
        self,
        *,
        group_id: _uuid.UUID,
        containing_group_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _rt.RawResponse[None]:
        """Removes a containing group from a group."""
        call = _rt.Call(
            method="DELETE",
            path="/groups/{group_id}/containing-groups/{containing_group_id}",
            responses=_REMOVE_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id, "containing_group_id": containing_group_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return _t.cast("_rt.RawResponse[None]", self._client.request_raw(call))

    def add_group_resource(
        self,
        *,
        group_id: _uuid.UUID,
        resource_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
        body: _models.AddGroupResourceRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.GroupResource]:
        """Adds a resource to a group."""
        call = _rt.Call(
            method="POST",
            path="/groups/{group_id}/resources/{resource_id}",
            responses=_ADD_GROUP_RESOURCE_RESPONSES,
            path_params={"group_id": group_id, "resource_id": resource_id},
            query={"access_level_remote_id": access_level_remote_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.GroupResource]", self._client.request_raw(call))

    def get_group_visibility(
        self, *, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.VisibilityInfo]:
        """Gets the visibility of this group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/visibility",
            responses=_GET_GROUP_VISIBILITY_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_rt.RawResponse[_models.VisibilityInfo]", self._client.request_raw(call))

    def set_group_visibility(
        self, *, group_id: _uuid.UUID, body: _models.VisibilityInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.VisibilityInfo]:
        """Sets the visibility of this group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/visibility",
            responses=_SET_GROUP_VISIBILITY_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.VisibilityInfo]", self._client.request_raw(call))

    def get_group_reviewers(self, *, group_id: _uuid.UUID) -> _rt.RawResponse[list[_uuid.UUID]]:
        """Gets the list of owner IDs of the reviewers for a group."""
        _warnings.warn("get_group_reviewers is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/reviewers",
            responses=_GET_GROUP_REVIEWERS_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_rt.RawResponse[list[_uuid.UUID]]", self._client.request_raw(call))

    def set_group_reviewers(
        self, *, group_id: _uuid.UUID, body: _models.ReviewerIDList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[list[_uuid.UUID]]:
        """Sets the list of reviewers for a group."""
        _warnings.warn("set_group_reviewers is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/reviewers",
            responses=_SET_GROUP_REVIEWERS_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[list[_uuid.UUID]]", self._client.request_raw(call))

    def get_group_reviewer_stages(
        self, *, group_id: _uuid.UUID
    ) -> _rt.RawResponse[list[_models.ReviewerStage]]:
        """Gets the list of reviewer stages for a group."""
        _warnings.warn("get_group_reviewer_stages is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/reviewer-stages",
            responses=_GET_GROUP_REVIEWER_STAGES_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast(
            "_rt.RawResponse[list[_models.ReviewerStage]]", self._client.request_raw(call)
        )

    def set_group_reviewer_stages(
        self, *, group_id: _uuid.UUID, body: _models.ReviewerStageList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[list[_models.ReviewerStage]]:
        """Sets the list of reviewer stages for a group."""
        _warnings.warn("set_group_reviewer_stages is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/reviewer-stages",
            responses=_SET_GROUP_REVIEWER_STAGES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[list[_models.ReviewerStage]]", self._client.request_raw(call)
        )

    def get_group_tags(self, *, group_id: _uuid.UUID) -> _rt.RawResponse[_models.TagsList]:
        """Returns all tags applied to the group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/tags",
            responses=_GET_GROUP_TAGS_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_rt.RawResponse[_models.TagsList]", self._client.request_raw(call))

    def get_group_users(
        self, *, group_id: _uuid.UUID, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.GroupUserList]:
        """Gets the list of users for this group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/users",
            responses=_GET_GROUP_USERS_RESPONSES,
            path_params={"group_id": group_id},
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_rt.RawResponse[_models.GroupUserList]", self._client.request_raw(call))

    def update_group_user(
        self,
        *,
        group_id: _uuid.UUID,
        user_id: _uuid.UUID,
        body: _models.UpdateGroupUserRequest | _t.Mapping[str, _t.Any],
    ) -> _rt.RawResponse[_models.GroupUser]:
        """Updates a user's access level or duration in this group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/users/{user_id}",
            responses=_UPDATE_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.GroupUser]", self._client.request_raw(call))

    def add_group_user(
        self,
        *,
        group_id: _uuid.UUID,
        user_id: _uuid.UUID,
        duration_minutes: int | None = None,
        access_level_remote_id: str | None = None,
        body: _models.AddGroupUserRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.GroupUser]:
        """Adds a user to this group."""
        call = _rt.Call(
            method="POST",
            path="/groups/{group_id}/users/{user_id}",
            responses=_ADD_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            query={
                "duration_minutes": duration_minutes,
                "access_level_remote_id": access_level_remote_id,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.GroupUser]", self._client.request_raw(call))

    def delete_group_user(
        self,
        *,
        group_id: _uuid.UUID,
        user_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Removes a user's access from this group."""
        call = _rt.Call(
            method="DELETE",
            path="/groups/{group_id}/users/{user_id}",
            responses=_DELETE_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return self._client.request_raw(call)

    def get_user_groups(
        self, *, user_id: _uuid.UUID, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.GroupUserList]:
        """Returns all groups that the user is a member of."""
        call = _rt.Call(
            method="GET",
            path="/groups/users/{user_id}",
            responses=_GET_USER_GROUPS_RESPONSES,
            path_params={"user_id": user_id},
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_rt.RawResponse[_models.GroupUserList]", self._client.request_raw(call))


class AsyncGroups:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncGroupsWithRawResponse(self._client)

    async def get_groups(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        group_type_filter: _models.GroupTypeEnum | str | None = None,
        group_ids: list[_uuid.UUID] | None = None,
        group_name: str | None = None,
        tag_ids: list[_uuid.UUID] | None = None,
    ) -> _models.PaginatedGroupsList:
        """Get groups

        Returns a list of groups for your organization.
        """
        call = _rt.Call(
            method="GET",
            path="/groups",
            responses=_GET_GROUPS_RESPONSES,
            query={
                "cursor": cursor,
                "page_size": page_size,
                "group_type_filter": group_type_filter,
                "group_ids": group_ids,
                "group_name": group_name,
                "tag_ids": tag_ids,
            },
            exploded=frozenset({"tag_ids"}),
        )
        return _t.cast("_models.PaginatedGroupsList", await self._client.request(call))

    def get_groups_iter(
        self,
        *,
        page_size: int | None = None,
        group_type_filter: _models.GroupTypeEnum | str | None = None,
        group_ids: list[_uuid.UUID] | None = None,
        group_name: str | None = None,
        tag_ids: list[_uuid.UUID] | None = None,
    ) -> _t.AsyncIterator[_models.Group]:
        """Like `get_groups`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/groups",
            responses=_GET_GROUPS_RESPONSES,
            query={
                "page_size": page_size,
                "group_type_filter": group_type_filter,
                "group_ids": group_ids,
                "group_name": group_name,
                "tag_ids": tag_ids,
            },
            exploded=frozenset({"tag_ids"}),
        )
        return _t.cast(
            "_t.AsyncIterator[_models.Group]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    async def update_groups(
        self, *, body: _models.UpdateGroupInfoList | _t.Mapping[str, _t.Any]
    ) -> _models.UpdateGroupInfoList:
        """Bulk updates a list of groups."""
        call = _rt.Call(
            method="PUT",
            path="/groups",
            responses=_UPDATE_GROUPS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.UpdateGroupInfoList", await self._client.request(call))

    async def create_group(
        self, *, body: _models.CreateGroupInfo | _t.Mapping[str, _t.Any]
    ) -> _models.Group:
        """Creates an Opal group or [imports a remote group](https://docs.opal.dev/reference/end-system-objects)."""
        call = _rt.Call(
            method="POST",
            path="/groups",
            responses=_CREATE_GROUP_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Group", await self._client.request(call))

    async def get_group(self, *, group_id: _uuid.UUID) -> _models.Group:
        """Get group by ID

        Returns a `Group` object.
        """
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}",
            responses=_GET_GROUP_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_models.Group", await self._client.request(call))

    async def delete_group(self, *, group_id: _uuid.UUID) -> _t.Any:
        """Deletes a group."""
        call = _rt.Call(
            method="DELETE",
            path="/groups/{group_id}",
            responses=_DELETE_GROUP_RESPONSES,
            path_params={"group_id": group_id},
        )
        return await self._client.request(call)

    async def get_group_message_channels(
        self, *, group_id: _uuid.UUID
    ) -> _models.MessageChannelList:
        """Gets the list of audit and reviewer message channels attached to a group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/message-channels",
            responses=_GET_GROUP_MESSAGE_CHANNELS_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_models.MessageChannelList", await self._client.request(call))

    async def set_group_message_channels(
        self, *, group_id: _uuid.UUID, body: _models.MessageChannelIDList | _t.Mapping[str, _t.Any]
    ) -> list[_uuid.UUID]:
        """Sets the list of audit message channels attached to a group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/message-channels",
            responses=_SET_GROUP_MESSAGE_CHANNELS_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("list[_uuid.UUID]", await self._client.request(call))

    async def get_group_on_call_schedules(
        self, *, group_id: _uuid.UUID
    ) -> _models.OnCallScheduleList:
        """Gets the list of on call schedules attached to a group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/on-call-schedules",
            responses=_GET_GROUP_ON_CALL_SCHEDULES_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_models.OnCallScheduleList", await self._client.request(call))

    async def set_group_on_call_schedules(
        self, *, group_id: _uuid.UUID, body: _models.OnCallScheduleIDList | _t.Mapping[str, _t.Any]
    ) -> list[_uuid.UUID]:
        """Sets the list of on call schedules attached to a group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/on-call-schedules",
            responses=_SET_GROUP_ON_CALL_SCHEDULES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("list[_uuid.UUID]", await self._client.request(call))

    async def get_group_resources(self, *, group_id: _uuid.UUID) -> _models.GroupResourceList:
        """Gets the list of resources that the group gives access to."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/resources",
            responses=_GET_GROUP_RESOURCES_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_models.GroupResourceList", await self._client.request(call))

    async def set_group_resources(
        self,
        *,
        group_id: _uuid.UUID,
        body: _models.UpdateGroupResourcesInfo | _t.Mapping[str, _t.Any],
    ) -> _t.Any:
        """Sets the list of resources that the group gives access to."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/resources",
            responses=_SET_GROUP_RESOURCES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def get_group_containing_groups(
        self, *, group_id: _uuid.UUID, access_level_remote_id: str | None = None
    ) -> _models.GroupContainingGroupList:
        """Get nested groups

        Gets the list of groups that the group gives access to.
        """
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/containing-groups",
            responses=_GET_GROUP_CONTAINING_GROUPS_RESPONSES,
            path_params={"group_id": group_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return _t.cast("_models.GroupContainingGroupList", await self._client.request(call))

    async def add_group_containing_group(
        self, *, group_id: _uuid.UUID, body: _models.GroupContainingGroup | _t.Mapping[str, _t.Any]
    ) -> _models.GroupContainingGroup:
        """Creates a new containing group."""
        call = _rt.Call(
            method="POST",
            path="/groups/{group_id}/containing-groups",
            responses=_ADD_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.GroupContainingGroup", await self._client.request(call))

    async def get_group_containing_group(
        self, *, group_id: _uuid.UUID, containing_group_id: _uuid.UUID
    ) -> _models.GroupContainingGroup:
        """Get nested group by ID

        Gets a specific containing group for a group.
        """
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/containing-groups/{containing_group_id}",
            responses=_GET_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id, "containing_group_id": containing_group_id},
        )
        return _t.cast("_models.GroupContainingGroup", await self._client.request(call))

    async def remove_group_containing_group(
        self,
        *,
        group_id: _uuid.UUID,
        containing_group_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> None:
        """Removes a containing group from a group."""
        call = _rt.Call(
            method="DELETE",
            path="/groups/{group_id}/containing-groups/{containing_group_id}",
            responses=_REMOVE_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id, "containing_group_id": containing_group_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return _t.cast("None", await self._client.request(call))

    async def add_group_resource(
        self,
        *,
        group_id: _uuid.UUID,
        resource_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
        body: _models.AddGroupResourceRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.GroupResource:
        """Adds a resource to a group."""
        call = _rt.Call(
            method="POST",
            path="/groups/{group_id}/resources/{resource_id}",
            responses=_ADD_GROUP_RESOURCE_RESPONSES,
            path_params={"group_id": group_id, "resource_id": resource_id},
            query={"access_level_remote_id": access_level_remote_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.GroupResource", await self._client.request(call))

    async def get_group_visibility(self, *, group_id: _uuid.UUID) -> _models.VisibilityInfo:
        """Gets the visibility of this group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/visibility",
            responses=_GET_GROUP_VISIBILITY_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_models.VisibilityInfo", await self._client.request(call))

    async def set_group_visibility(
        self, *, group_id: _uuid.UUID, body: _models.VisibilityInfo | _t.Mapping[str, _t.Any]
    ) -> _models.VisibilityInfo:
        """Sets the visibility of this group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/visibility",
            responses=_SET_GROUP_VISIBILITY_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.VisibilityInfo", await self._client.request(call))

    async def get_group_reviewers(self, *, group_id: _uuid.UUID) -> list[_uuid.UUID]:
        """Gets the list of owner IDs of the reviewers for a group."""
        _warnings.warn("get_group_reviewers is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/reviewers",
            responses=_GET_GROUP_REVIEWERS_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("list[_uuid.UUID]", await self._client.request(call))

    async def set_group_reviewers(
        self, *, group_id: _uuid.UUID, body: _models.ReviewerIDList | _t.Mapping[str, _t.Any]
    ) -> list[_uuid.UUID]:
        """Sets the list of reviewers for a group."""
        _warnings.warn("set_group_reviewers is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/reviewers",
            responses=_SET_GROUP_REVIEWERS_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("list[_uuid.UUID]", await self._client.request(call))

    async def get_group_reviewer_stages(
        self, *, group_id: _uuid.UUID
    ) -> list[_models.ReviewerStage]:
        """Gets the list of reviewer stages for a group."""
        _warnings.warn("get_group_reviewer_stages is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/reviewer-stages",
            responses=_GET_GROUP_REVIEWER_STAGES_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("list[_models.ReviewerStage]", await self._client.request(call))

    async def set_group_reviewer_stages(
        self, *, group_id: _uuid.UUID, body: _models.ReviewerStageList | _t.Mapping[str, _t.Any]
    ) -> list[_models.ReviewerStage]:
        """Sets the list of reviewer stages for a group."""
        _warnings.warn("set_group_reviewer_stages is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/reviewer-stages",
            responses=_SET_GROUP_REVIEWER_STAGES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("list[_models.ReviewerStage]", await self._client.request(call))

    async def get_group_tags(self, *, group_id: _uuid.UUID) -> _models.TagsList:
        """Returns all tags applied to the group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/tags",
            responses=_GET_GROUP_TAGS_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_models.TagsList", await self._client.request(call))

    async def get_group_users(
        self, *, group_id: _uuid.UUID, cursor: str | None = None, page_size: int | None = None
    ) -> _models.GroupUserList:
        """Gets the list of users for this group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/users",
            responses=_GET_GROUP_USERS_RESPONSES,
            path_params={"group_id": group_id},
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.GroupUserList", await self._client.request(call))

    def get_group_users_iter(
        self, *, group_id: _uuid.UUID, page_size: int | None = None
    ) -> _t.AsyncIterator[_models.GroupUser]:
        """Like `get_group_users`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/users",
            responses=_GET_GROUP_USERS_RESPONSES,
            path_params={"group_id": group_id},
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.GroupUser]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )

    async def update_group_user(
        self,
        *,
        group_id: _uuid.UUID,
        user_id: _uuid.UUID,
        body: _models.UpdateGroupUserRequest | _t.Mapping[str, _t.Any],
    ) -> _models.GroupUser:
        """Updates a user's access level or duration in this group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/users/{user_id}",
            responses=_UPDATE_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.GroupUser", await self._client.request(call))

    async def add_group_user(
        self,
        *,
        group_id: _uuid.UUID,
        user_id: _uuid.UUID,
        duration_minutes: int | None = None,
        access_level_remote_id: str | None = None,
        body: _models.AddGroupUserRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.GroupUser:
        """Adds a user to this group."""
        call = _rt.Call(
            method="POST",
            path="/groups/{group_id}/users/{user_id}",
            responses=_ADD_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            query={
                "duration_minutes": duration_minutes,
                "access_level_remote_id": access_level_remote_id,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.GroupUser", await self._client.request(call))

    async def delete_group_user(
        self,
        *,
        group_id: _uuid.UUID,
        user_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _t.Any:
        """Removes a user's access from this group."""
        call = _rt.Call(
            method="DELETE",
            path="/groups/{group_id}/users/{user_id}",
            responses=_DELETE_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return await self._client.request(call)

    async def get_user_groups(
        self, *, user_id: _uuid.UUID, cursor: str | None = None, page_size: int | None = None
    ) -> _models.GroupUserList:
        """Returns all groups that the user is a member of."""
        call = _rt.Call(
            method="GET",
            path="/groups/users/{user_id}",
            responses=_GET_USER_GROUPS_RESPONSES,
            path_params={"user_id": user_id},
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast("_models.GroupUserList", await self._client.request(call))

    def get_user_groups_iter(
        self, *, user_id: _uuid.UUID, page_size: int | None = None
    ) -> _t.AsyncIterator[_models.GroupUser]:
        """Like `get_user_groups`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/groups/users/{user_id}",
            responses=_GET_USER_GROUPS_RESPONSES,
            path_params={"user_id": user_id},
            query={"page_size": page_size},
        )
        return _t.cast(
            "_t.AsyncIterator[_models.GroupUser]",
            self._client.paginate(
                call,
                _rt.Paging(
                    param="cursor",
                    items_attr="results",
                    items_wire="results",
                    token_attr="next",
                    token_wire="next",
                ),
            ),
        )


class AsyncGroupsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_groups(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        group_type_filter: _models.GroupTypeEnum | str | None = None,
        group_ids: list[_uuid.UUID] | None = None,
        group_name: str | None = None,
        tag_ids: list[_uuid.UUID] | None = None,
    ) -> _rt.RawResponse[_models.PaginatedGroupsList]:
        """Get groups

        Returns a list of groups for your organization.
        """
        call = _rt.Call(
            method="GET",
            path="/groups",
            responses=_GET_GROUPS_RESPONSES,
            query={
                "cursor": cursor,
                "page_size": page_size,
                "group_type_filter": group_type_filter,
                "group_ids": group_ids,
                "group_name": group_name,
                "tag_ids": tag_ids,
            },
            exploded=frozenset({"tag_ids"}),
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedGroupsList]", await self._client.request_raw(call)
        )

    async def update_groups(
        self, *, body: _models.UpdateGroupInfoList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.UpdateGroupInfoList]:
        """Bulk updates a list of groups."""
        call = _rt.Call(
            method="PUT",
            path="/groups",
            responses=_UPDATE_GROUPS_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.UpdateGroupInfoList]", await self._client.request_raw(call)
        )

    async def create_group(
        self, *, body: _models.CreateGroupInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Group]:
        """Creates an Opal group or [imports a remote group](https://docs.opal.dev/reference/end-system-objects)."""
        call = _rt.Call(
            method="POST",
            path="/groups",
            responses=_CREATE_GROUP_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Group]", await self._client.request_raw(call))

    async def get_group(self, *, group_id: _uuid.UUID) -> _rt.RawResponse[_models.Group]:
        """Get group by ID

        Returns a `Group` object.
        """
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}",
            responses=_GET_GROUP_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_rt.RawResponse[_models.Group]", await self._client.request_raw(call))

    async def delete_group(self, *, group_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Deletes a group."""
        call = _rt.Call(
            method="DELETE",
            path="/groups/{group_id}",
            responses=_DELETE_GROUP_RESPONSES,
            path_params={"group_id": group_id},
        )
        return await self._client.request_raw(call)

    async def get_group_message_channels(
        self, *, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.MessageChannelList]:
        """Gets the list of audit and reviewer message channels attached to a group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/message-channels",
            responses=_GET_GROUP_MESSAGE_CHANNELS_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.MessageChannelList]", await self._client.request_raw(call)
        )

    async def set_group_message_channels(
        self, *, group_id: _uuid.UUID, body: _models.MessageChannelIDList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[list[_uuid.UUID]]:
        """Sets the list of audit message channels attached to a group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/message-channels",
            responses=_SET_GROUP_MESSAGE_CHANNELS_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[list[_uuid.UUID]]", await self._client.request_raw(call))

    async def get_group_on_call_schedules(
        self, *, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.OnCallScheduleList]:
        """Gets the list of on call schedules attached to a group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/on-call-schedules",
            responses=_GET_GROUP_ON_CALL_SCHEDULES_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.OnCallScheduleList]", await self._client.request_raw(call)
        )

    async def set_group_on_call_schedules(
        self, *, group_id: _uuid.UUID, body: _models.OnCallScheduleIDList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[list[_uuid.UUID]]:
        """Sets the list of on call schedules attached to a group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/on-call-schedules",
            responses=_SET_GROUP_ON_CALL_SCHEDULES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[list[_uuid.UUID]]", await self._client.request_raw(call))

    async def get_group_resources(
        self, *, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.GroupResourceList]:
        """Gets the list of resources that the group gives access to."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/resources",
            responses=_GET_GROUP_RESOURCES_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.GroupResourceList]", await self._client.request_raw(call)
        )

    async def set_group_resources(
        self,
        *,
        group_id: _uuid.UUID,
        body: _models.UpdateGroupResourcesInfo | _t.Mapping[str, _t.Any],
    ) -> _rt.RawResponse[_t.Any]:
        """Sets the list of resources that the group gives access to."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/resources",
            responses=_SET_GROUP_RESOURCES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_group_containing_groups(
        self, *, group_id: _uuid.UUID, access_level_remote_id: str | None = None
    ) -> _rt.RawResponse[_models.GroupContainingGroupList]:
        """Get nested groups

        Gets the list of groups that the group gives access to.
        """
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/containing-groups",
            responses=_GET_GROUP_CONTAINING_GROUPS_RESPONSES,
            path_params={"group_id": group_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.GroupContainingGroupList]",
            await self._client.request_raw(call),
        )

    async def add_group_containing_group(
        self, *, group_id: _uuid.UUID, body: _models.GroupContainingGroup | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.GroupContainingGroup]:
        """Creates a new containing group."""
        call = _rt.Call(
            method="POST",
            path="/groups/{group_id}/containing-groups",
            responses=_ADD_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.GroupContainingGroup]", await self._client.request_raw(call)
        )

    async def get_group_containing_group(
        self, *, group_id: _uuid.UUID, containing_group_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.GroupContainingGroup]:
        """Get nested group by ID

        Gets a specific containing group for a group.
        """
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/containing-groups/{containing_group_id}",
            responses=_GET_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id, "containing_group_id": containing_group_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.GroupContainingGroup]", await self._client.request_raw(call)
        )

    async def remove_group_containing_group(
        self,
        *,
        group_id: _uuid.UUID,
        containing_group_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _rt.RawResponse[None]:
        """Removes a containing group from a group."""
        call = _rt.Call(
            method="DELETE",
            path="/groups/{group_id}/containing-groups/{containing_group_id}",
            responses=_REMOVE_GROUP_CONTAINING_GROUP_RESPONSES,
            path_params={"group_id": group_id, "containing_group_id": containing_group_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return _t.cast("_rt.RawResponse[None]", await self._client.request_raw(call))

    async def add_group_resource(
        self,
        *,
        group_id: _uuid.UUID,
        resource_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
        body: _models.AddGroupResourceRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.GroupResource]:
        """Adds a resource to a group."""
        call = _rt.Call(
            method="POST",
            path="/groups/{group_id}/resources/{resource_id}",
            responses=_ADD_GROUP_RESOURCE_RESPONSES,
            path_params={"group_id": group_id, "resource_id": resource_id},
            query={"access_level_remote_id": access_level_remote_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.GroupResource]", await self._client.request_raw(call)
        )

    async def get_group_visibility(
        self, *, group_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.VisibilityInfo]:
        """Gets the visibility of this group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/visibility",
            responses=_GET_GROUP_VISIBILITY_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.VisibilityInfo]", await self._client.request_raw(call)
        )

    async def set_group_visibility(
        self, *, group_id: _uuid.UUID, body: _models.VisibilityInfo | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.VisibilityInfo]:
        """Sets the visibility of this group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/visibility",
            responses=_SET_GROUP_VISIBILITY_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.VisibilityInfo]", await self._client.request_raw(call)
        )

    async def get_group_reviewers(
        self, *, group_id: _uuid.UUID
    ) -> _rt.RawResponse[list[_uuid.UUID]]:
        """Gets the list of owner IDs of the reviewers for a group."""
        _warnings.warn("get_group_reviewers is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/reviewers",
            responses=_GET_GROUP_REVIEWERS_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_rt.RawResponse[list[_uuid.UUID]]", await self._client.request_raw(call))

    async def set_group_reviewers(
        self, *, group_id: _uuid.UUID, body: _models.ReviewerIDList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[list[_uuid.UUID]]:
        """Sets the list of reviewers for a group."""
        _warnings.warn("set_group_reviewers is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/reviewers",
            responses=_SET_GROUP_REVIEWERS_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[list[_uuid.UUID]]", await self._client.request_raw(call))

    async def get_group_reviewer_stages(
        self, *, group_id: _uuid.UUID
    ) -> _rt.RawResponse[list[_models.ReviewerStage]]:
        """Gets the list of reviewer stages for a group."""
        _warnings.warn("get_group_reviewer_stages is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/reviewer-stages",
            responses=_GET_GROUP_REVIEWER_STAGES_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast(
            "_rt.RawResponse[list[_models.ReviewerStage]]", await self._client.request_raw(call)
        )

    async def set_group_reviewer_stages(
        self, *, group_id: _uuid.UUID, body: _models.ReviewerStageList | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[list[_models.ReviewerStage]]:
        """Sets the list of reviewer stages for a group."""
        _warnings.warn("set_group_reviewer_stages is deprecated", DeprecationWarning, stacklevel=2)
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/reviewer-stages",
            responses=_SET_GROUP_REVIEWER_STAGES_RESPONSES,
            path_params={"group_id": group_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[list[_models.ReviewerStage]]", await self._client.request_raw(call)
        )

    async def get_group_tags(self, *, group_id: _uuid.UUID) -> _rt.RawResponse[_models.TagsList]:
        """Returns all tags applied to the group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/tags",
            responses=_GET_GROUP_TAGS_RESPONSES,
            path_params={"group_id": group_id},
        )
        return _t.cast("_rt.RawResponse[_models.TagsList]", await self._client.request_raw(call))

    async def get_group_users(
        self, *, group_id: _uuid.UUID, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.GroupUserList]:
        """Gets the list of users for this group."""
        call = _rt.Call(
            method="GET",
            path="/groups/{group_id}/users",
            responses=_GET_GROUP_USERS_RESPONSES,
            path_params={"group_id": group_id},
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast(
            "_rt.RawResponse[_models.GroupUserList]", await self._client.request_raw(call)
        )

    async def update_group_user(
        self,
        *,
        group_id: _uuid.UUID,
        user_id: _uuid.UUID,
        body: _models.UpdateGroupUserRequest | _t.Mapping[str, _t.Any],
    ) -> _rt.RawResponse[_models.GroupUser]:
        """Updates a user's access level or duration in this group."""
        call = _rt.Call(
            method="PUT",
            path="/groups/{group_id}/users/{user_id}",
            responses=_UPDATE_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.GroupUser]", await self._client.request_raw(call))

    async def add_group_user(
        self,
        *,
        group_id: _uuid.UUID,
        user_id: _uuid.UUID,
        duration_minutes: int | None = None,
        access_level_remote_id: str | None = None,
        body: _models.AddGroupUserRequest | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.GroupUser]:
        """Adds a user to this group."""
        call = _rt.Call(
            method="POST",
            path="/groups/{group_id}/users/{user_id}",
            responses=_ADD_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            query={
                "duration_minutes": duration_minutes,
                "access_level_remote_id": access_level_remote_id,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.GroupUser]", await self._client.request_raw(call))

    async def delete_group_user(
        self,
        *,
        group_id: _uuid.UUID,
        user_id: _uuid.UUID,
        access_level_remote_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Removes a user's access from this group."""
        call = _rt.Call(
            method="DELETE",
            path="/groups/{group_id}/users/{user_id}",
            responses=_DELETE_GROUP_USER_RESPONSES,
            path_params={"group_id": group_id, "user_id": user_id},
            query={"access_level_remote_id": access_level_remote_id},
        )
        return await self._client.request_raw(call)

    async def get_user_groups(
        self, *, user_id: _uuid.UUID, cursor: str | None = None, page_size: int | None = None
    ) -> _rt.RawResponse[_models.GroupUserList]:
        """Returns all groups that the user is a member of."""
        call = _rt.Call(
            method="GET",
            path="/groups/users/{user_id}",
            responses=_GET_USER_GROUPS_RESPONSES,
            path_params={"user_id": user_id},
            query={"cursor": cursor, "page_size": page_size},
        )
        return _t.cast(
            "_rt.RawResponse[_models.GroupUserList]", await self._client.request_raw(call)
        )
