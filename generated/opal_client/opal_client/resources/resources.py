"""Operations tagged 'resources' (generated)."""

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

_GET_RESOURCES_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("PaginatedResourcesList"))}
_GET_RESOURCES_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_UPDATE_RESOURCES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("UpdateResourceInfoList"))
}
_CREATE_RESOURCE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Resource"))}
_GET_RESOURCE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Resource"))}
_DELETE_RESOURCE_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_GET_RESOURCE_MESSAGE_CHANNELS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("MessageChannelList"))
}
_SET_RESOURCE_MESSAGE_CHANNELS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ListOf(_rt.UUID))}
_GET_RESOURCE_VISIBILITY_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("VisibilityInfo"))}
_SET_RESOURCE_VISIBILITY_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("VisibilityInfo"))}
_GET_RESOURCE_REVIEWERS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ListOf(_rt.UUID))}
_SET_RESOURCE_REVIEWERS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ListOf(_rt.UUID))}
_GET_RESOURCE_REVIEWER_STAGES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ListOf(_rt.ModelOf("ReviewerStage")))
}
_SET_RESOURCE_REVIEWER_STAGES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ListOf(_rt.ModelOf("ReviewerStage")))
}
_GET_RESOURCE_NHIS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("AccessList"))}
_GET_RESOURCE_USERS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("ResourceAccessUserList"))
}
_ADD_RESOURCE_NHI_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("ResourceNHI"))}
_DELETE_RESOURCE_NHI_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_GET_RESOURCE_USER_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("GetResourceUserResponse")),
    "404": ("empty", None),
}
_GET_RESOURCE_USER_PAGING = _rt.Paging(
    param="cursor", items_attr="data", items_wire="data", token_attr="cursor", token_wire="cursor"
)
_UPDATE_RESOURCE_USER_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("ResourceUser"))}
_ADD_RESOURCE_USER_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("ResourceUser"))}
_DELETE_RESOURCE_USER_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_RESOURCE_USER_ACCESS_STATUS_RETRIEVE_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("ResourceUserAccessStatus"))
}
_GET_RESOURCE_TAGS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("TagsList"))}
_GET_RESOURCE_SCOPED_ROLE_PERMISSIONS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("ScopedRolePermissionList"))
}
_SET_RESOURCE_SCOPED_ROLE_PERMISSIONS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("ScopedRolePermissionList"))
}
_GET_USER_RESOURCES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("ResourceAccessUserList"))
}
_GET_USER_RESOURCES_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_GET_RESOURCE_GROUPS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("GroupResourceList"))}


class Resources(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> ResourcesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return ResourcesWithRawResponse(_rt.RawCalls(self._client))

    def get_resources(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        resource_type_filter: _types.ResourceTypeEnumParam | None = None,
        resource_ids: list[_uuid.UUID | str] | None = None,
        resource_name: str | None = None,
        parent_resource_id: _uuid.UUID | str | None = None,
        ancestor_resource_id: _uuid.UUID | str | None = None,
        remote_id: str | None = None,
        tag_ids: list[_uuid.UUID | str] | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedResourcesList:
        """Get resources

        Returns a list of resources for your organization.

        Args:
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            resource_type_filter: The resource type to filter by. Required when remote_id is provided.
            resource_ids: The resource ids to filter by.
            resource_name: Resource name.
            parent_resource_id: The parent resource id to filter by.
            ancestor_resource_id: The ancestor resource id to filter by. Returns all resources that are descendants of the specified resource.
            remote_id: Filter resources by their remote id. This will return all resources that have a remote id that matches the provided remote id. Note that this requires resource_type_filter to be provided.
            tag_ids: The IDs of the tags to filter by. Returns only resources that have any of these tags applied.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/resources",
            _GET_RESOURCES_RESPONSES,
            query={
                "cursor": cursor,
                "page_size": page_size,
                "resource_type_filter": resource_type_filter,
                "resource_ids": resource_ids,
                "resource_name": resource_name,
                "parent_resource_id": parent_resource_id,
                "ancestor_resource_id": ancestor_resource_id,
                "remote_id": remote_id,
                "tag_ids": tag_ids,
            },
            exploded=frozenset({"tag_ids"}),
            options=options,
        )
        return _t.cast("_m.PaginatedResourcesList", self._client.request(call))

    def get_resources_iter(
        self,
        *,
        page_size: int | None = None,
        resource_type_filter: _types.ResourceTypeEnumParam | None = None,
        resource_ids: list[_uuid.UUID | str] | None = None,
        resource_name: str | None = None,
        parent_resource_id: _uuid.UUID | str | None = None,
        ancestor_resource_id: _uuid.UUID | str | None = None,
        remote_id: str | None = None,
        tag_ids: list[_uuid.UUID | str] | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.Resource]:
        """Like `get_resources`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/resources",
            _GET_RESOURCES_RESPONSES,
            query={
                "page_size": page_size,
                "resource_type_filter": resource_type_filter,
                "resource_ids": resource_ids,
                "resource_name": resource_name,
                "parent_resource_id": parent_resource_id,
                "ancestor_resource_id": ancestor_resource_id,
                "remote_id": remote_id,
                "tag_ids": tag_ids,
            },
            exploded=frozenset({"tag_ids"}),
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.Resource]", self._client.paginate(call, _GET_RESOURCES_PAGING)
        )

    def update_resources(
        self,
        *,
        body: _m.UpdateResourceInfoList | _types.UpdateResourceInfoListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.UpdateResourceInfoList:
        """Bulk updates a list of resources.

        Args:
            body: Resources to be updated
                resources (required): A list of resources with information to update.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/resources",
            _UPDATE_RESOURCES_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.UpdateResourceInfoList", self._client.request(call))

    def create_resource(
        self,
        *,
        body: _m.CreateResourceInfo | _types.CreateResourceInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Resource:
        """Creates a resource. See [here](https://docs.opal.dev/reference/end-system-objects) for details about importing resources.

        Args:
            body:
                name (required): The name of the remote resource.
                resource_type (required)
                app_id (required): The ID of the app for the resource.
                description (optional): A description of the remote resource.
                remote_info (optional)
                remote_resource_id (optional): Deprecated - use remote_info instead. The ID of the resource on the remote system. Include only for items linked to remote systems. See [this guide](https://docs.opal.dev/reference/end-system-objects) for details on how to specify this field.
                metadata (optional): Deprecated - use remote_info instead. JSON metadata about the remote resource. Include only for items linked to remote systems. See [this guide](https://docs.opal.dev/reference/end-system-objects) for details on how to specify this field. The required format is dependent on resource_type and should have the following schema: <style type="text/css"> code {max-height:300px !important} </style> ```json { "$schema": "http://json-schema.org/draft-04/schema#", "title": "Resource Metadata", "properties": { "aws_ec2_instance": { "properties": { "instance_id": { "type": "string" }, "region": { "type": "string" } }, "required": ["instance_id", "region"], "additionalProperties": false, "type": "object", "title": "AWS EC2 Instance" }, "aws_eks_cluster": { "properties": { "cluster_name": { "type": "string" }, "cluster_region": { "type": "string" }, "cluster_arn": { "type": "string" } }, "required": ["cluster_name", "cluster_region", "cluster_arn"], "additionalProperties": false, "type": "object", "title": "AWS EKS Cluster" }, "aws_rds_instance": { "properties": { "instance_id": { "type": "string" }, "engine": { "type": "string" }, "region": { "type": "string" }, "resource_id": { "type": "string" }, "database_name": { "type": "string" } }, "required": [ "instance_id", "engine", "region", "resource_id", "database_name" ], "additionalProperties": false, "type": "object", "title": "AWS RDS Instance" }, "aws_role": { "properties": { "arn": { "type": "string" }, "name": { "type": "string" } }, "required": ["arn", "name"], "additionalProperties": false, "type": "object", "title": "AWS Role" }, "gcp_bucket": { "properties": { "bucket_id": { "type": "string" } }, "required": ["bucket_id"], "additionalProperties": false, "type": "object", "title": "GCP Bucket" }, "gcp_compute_instance": { "properties": { "instance_id": { "type": "string" }, "project_id": { "type": "string" }, "zone": { "type": "string" } }, "required": ["instance_id", "project_id", "zone"], "additionalProperties": false, "type": "object", "title": "GCP Compute Instance" }, "gcp_folder": { "properties": { "folder_id": { "type": "string" } }, "required": ["folder_id"], "additionalProperties": false, "type": "object", "title": "GCP Folder" }, "gcp_gke_cluster": { "properties": { "cluster_name": { "type": "string" } }, "required": ["cluster_name"], "additionalProperties": false, "type": "object", "title": "GCP GKE Cluster" }, "gcp_project": { "properties": { "project_id": { "type": "string" } }, "required": ["project_id"], "additionalProperties": false, "type": "object", "title": "GCP Project" }, "gcp_sql_instance": { "properties": { "instance_id": { "type": "string" }, "project_id": { "type": "string" } }, "required": ["instance_id", "project_id"], "additionalProperties": false, "type": "object", "title": "GCP SQL Instance" }, "git_hub_repo": { "properties": { "org_name": { "type": "string" }, "repo_name": { "type": "string" } }, "required": ["org_name", "repo_name"], "additionalProperties": false, "type": "object", "title": "GitHub Repo" }, "okta_directory_app": { "properties": { "app_id": { "type": "string" }, "logo_url": { "type": "string" } }, "required": ["app_id", "logo_url"], "additionalProperties": false, "type": "object", "title": "Okta Directory App" }, "okta_directory_role": { "properties": { "role_type": { "type": "string" }, "role_id": { "type": "string" } }, "required": ["role_type", "role_id"], "additionalProperties": false, "type": "object", "title": "Okta Directory Role" }, "salesforce_profile": { "properties": { "user_license": { "type": "string" } }, "required": ["user_license"], "additionalProperties": false, "type": "object", "title": "Salesforce Profile" } }, "additionalProperties": false, "minProperties": 1, "maxProperties": 1, "type": "object" } ```
                custom_request_notification (optional): Custom request notification sent upon request approval.
                risk_sensitivity_override (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/resources",
            _CREATE_RESOURCE_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Resource", self._client.request(call))

    def get_resource(
        self, *, resource_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Resource:
        """Get resource by ID

        Retrieves a resource.

        Args:
            resource_id: The ID of the resource.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/resources/{resource_id}",
            _GET_RESOURCE_RESPONSES,
            path_params={"resource_id": resource_id},
            options=options,
        )
        return _t.cast("_m.Resource", self._client.request(call))

    def delete_resource(
        self, *, resource_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> None:
        """Deletes a resource.

        Args:
            resource_id: The ID of the resource.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/resources/{resource_id}",
            _DELETE_RESOURCE_RESPONSES,
            path_params={"resource_id": resource_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_resource_message_channels(
        self, *, resource_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.MessageChannelList:
        """Gets the list of audit message channels attached to a resource.

        Args:
            resource_id: The ID of the resource.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/resources/{resource_id}/message-channels",
            _GET_RESOURCE_MESSAGE_CHANNELS_RESPONSES,
            path_params={"resource_id": resource_id},
            options=options,
        )
        return _t.cast("_m.MessageChannelList", self._client.request(call))

    def set_resource_message_channels(
        self,
        *,
        resource_id: _uuid.UUID | str,
        body: _m.MessageChannelIDList | _types.MessageChannelIDListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> list[_uuid.UUID]:
        """Sets the list of audit message channels attached to a resource.

        Args:
            resource_id: The ID of the resource.
            body:
                message_channel_ids (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/resources/{resource_id}/message-channels",
            _SET_RESOURCE_MESSAGE_CHANNELS_RESPONSES,
            path_params={"resource_id": resource_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("list[_uuid.UUID]", self._client.request(call))

    def get_resource_visibility(
        self, *, resource_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.VisibilityInfo:
        """Gets the visibility of this resource.

        Args:
            resource_id: The ID of the resource.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/resources/{resource_id}/visibility",
            _GET_RESOURCE_VISIBILITY_RESPONSES,
            path_params={"resource_id": resource_id},
            options=options,
        )
        return _t.cast("_m.VisibilityInfo", self._client.request(call))

    def set_resource_visibility(
        self,
        *,
        resource_id: _uuid.UUID | str,
        body: _m.VisibilityInfo | _types.VisibilityInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.VisibilityInfo:
        """Sets the visibility of this resource.

        Args:
            resource_id: The ID of the resource.
            body:
                visibility (required)
                visibility_group_ids (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/resources/{resource_id}/visibility",
            _SET_RESOURCE_VISIBILITY_RESPONSES,
            path_params={"resource_id": resource_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.VisibilityInfo", self._client.request(call))

    def get_resource_reviewers(
        self, *, resource_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> list[_uuid.UUID]:
        """Gets the list of owner IDs of the reviewers for a resource.

        Args:
            resource_id: The ID of the resource.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/resources/{resource_id}/reviewers",
            _GET_RESOURCE_REVIEWERS_RESPONSES,
            path_params={"resource_id": resource_id},
            options=options,
        )
        return _t.cast("list[_uuid.UUID]", self._client.request(call))

    def set_resource_reviewers(
        self,
        *,
        resource_id: _uuid.UUID | str,
        body: _m.ReviewerIDList | _types.ReviewerIDListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> list[_uuid.UUID]:
        """Sets the list of reviewers for a resource.

        Args:
            resource_id: The ID of the resource.
            body:
                reviewer_ids (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/resources/{resource_id}/reviewers",
            _SET_RESOURCE_REVIEWERS_RESPONSES,
            path_params={"resource_id": resource_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("list[_uuid.UUID]", self._client.request(call))

    def get_resource_reviewer_stages(
        self, *, resource_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> list[_m.ReviewerStage]:
        """Gets the list reviewer stages for a resource.

        Args:
            resource_id: The ID of the resource.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/resources/{resource_id}/reviewer-stages",
            _GET_RESOURCE_REVIEWER_STAGES_RESPONSES,
            path_params={"resource_id": resource_id},
            options=options,
        )
        return _t.cast("list[_m.ReviewerStage]", self._client.request(call))

    def set_resource_reviewer_stages(
        self,
        *,
        resource_id: _uuid.UUID | str,
        body: _m.ReviewerStageList | _types.ReviewerStageListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> list[_m.ReviewerStage]:
        """Sets the list of reviewer stages for a resource.

        Args:
            resource_id: The ID of the resource.
            body:
                stages (required): A list of reviewer stages.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/resources/{resource_id}/reviewer-stages",
            _SET_RESOURCE_REVIEWER_STAGES_RESPONSES,
            path_params={"resource_id": resource_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("list[_m.ReviewerStage]", self._client.request(call))

    def get_resource_nhis(
        self,
        *,
        resource_id: _uuid.UUID | str,
        limit: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.AccessList:
        """Gets the list of non-human identities with access to this resource.

        Args:
            resource_id: The ID of the resource.
            limit: Limit the number of results returned.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/resources/{resource_id}/non-human-identities",
            _GET_RESOURCE_NHIS_RESPONSES,
            path_params={"resource_id": resource_id},
            query={"limit": limit},
            options=options,
        )
        return _t.cast("_m.AccessList", self._client.request(call))

    def get_resource_users(
        self,
        *,
        resource_id: _uuid.UUID | str,
        limit: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ResourceAccessUserList:
        """Get resource users

        Gets the list of users for this resource.

        Args:
            resource_id: The ID of the resource.
            limit: Limit the number of results returned.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/resources/{resource_id}/users",
            _GET_RESOURCE_USERS_RESPONSES,
            path_params={"resource_id": resource_id},
            query={"limit": limit},
            options=options,
        )
        return _t.cast("_m.ResourceAccessUserList", self._client.request(call))

    def add_resource_nhi(
        self,
        *,
        resource_id: _uuid.UUID | str,
        non_human_identity_id: _uuid.UUID | str,
        body: _m.AddResourceNhiRequest | _types.AddResourceNhiRequestParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ResourceNHI:
        """Gives a non-human identity access to this resource.

        Args:
            resource_id: The ID of the resource.
            non_human_identity_id: The resource ID of the non-human identity to add.
            body:
                duration_minutes (required): The duration for which the resource can be accessed (in minutes). Use 0 to set to indefinite.
                access_level_remote_id (optional): The remote ID of the access level to grant. If omitted, the default access level remote ID value (empty string) is used.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/resources/{resource_id}/non-human-identities/{non_human_identity_id}",
            _ADD_RESOURCE_NHI_RESPONSES,
            path_params={
                "resource_id": resource_id,
                "non_human_identity_id": non_human_identity_id,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.ResourceNHI", self._client.request(call))

    def delete_resource_nhi(
        self,
        *,
        resource_id: _uuid.UUID | str,
        non_human_identity_id: _uuid.UUID | str,
        access_level_remote_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Removes a non-human identity's direct access from this resource.

        Args:
            resource_id: The ID of the resource.
            non_human_identity_id: The resource ID of the non-human identity to remove from this resource.
            access_level_remote_id: The remote ID of the access level for which this non-human identity has direct access. If omitted, the default access level remote ID value (empty string) is assumed.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/resources/{resource_id}/non-human-identities/{non_human_identity_id}",
            _DELETE_RESOURCE_NHI_RESPONSES,
            path_params={
                "resource_id": resource_id,
                "non_human_identity_id": non_human_identity_id,
            },
            query={"access_level_remote_id": access_level_remote_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_resource_user(
        self,
        *,
        resource_id: _uuid.UUID | str,
        user_id: _uuid.UUID | str,
        cursor: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.GetResourceUserResponse:
        """Get resource user

        Returns information about a specific user's access to a resource.

        Args:
            resource_id: The ID of the resource.
            user_id: The ID of the user.
            cursor: The pagination cursor value.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            NotFoundError: 404 Resource or user not found.
        """
        call = _rt.Call(
            "GET",
            "/resources/{resource_id}/users/{user_id}",
            _GET_RESOURCE_USER_RESPONSES,
            path_params={"resource_id": resource_id, "user_id": user_id},
            query={"cursor": cursor},
            options=options,
        )
        return _t.cast("_m.GetResourceUserResponse", self._client.request(call))

    def get_resource_user_iter(
        self,
        *,
        resource_id: _uuid.UUID | str,
        user_id: _uuid.UUID | str,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.ResourceUser]:
        """Like `get_resource_user`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/resources/{resource_id}/users/{user_id}",
            _GET_RESOURCE_USER_RESPONSES,
            path_params={"resource_id": resource_id, "user_id": user_id},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.ResourceUser]", self._client.paginate(call, _GET_RESOURCE_USER_PAGING)
        )

    def update_resource_user(
        self,
        *,
        resource_id: _uuid.UUID | str,
        user_id: _uuid.UUID | str,
        body: _m.UpdateResourceUserRequest | _types.UpdateResourceUserRequestParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ResourceUser:
        """Updates a user's access level or duration on this resource.

        Args:
            resource_id: The ID of the resource.
            user_id: The ID of the user whose access is being updated.
            body:
                duration_minutes (required): The updated duration for which the resource can be accessed (in minutes). Use 0 for indefinite.
                access_level_remote_id (optional): The updated remote ID of the access level granted to this user.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/resources/{resource_id}/users/{user_id}",
            _UPDATE_RESOURCE_USER_RESPONSES,
            path_params={"resource_id": resource_id, "user_id": user_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.ResourceUser", self._client.request(call))

    def add_resource_user(
        self,
        *,
        resource_id: _uuid.UUID | str,
        user_id: _uuid.UUID | str,
        duration_minutes: int | None = None,
        access_level_remote_id: str | None = None,
        body: _m.AddResourceUserRequest | _types.AddResourceUserRequestParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ResourceUser:
        """Adds a user to this resource.

        Args:
            resource_id: The ID of the resource.
            user_id: The ID of the user to add.
            duration_minutes: The duration for which the resource can be accessed (in minutes). Use 0 to set to indefinite.
            access_level_remote_id: The remote ID of the access level to grant to this user. If omitted, the default access level remote ID value (empty string) is used.
            body:
                duration_minutes (required): The duration for which the resource can be accessed (in minutes). Use 0 to set to indefinite.
                access_level_remote_id (optional): The remote ID of the access level to grant to this user. If omitted, the default access level remote ID value (empty string) is used.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/resources/{resource_id}/users/{user_id}",
            _ADD_RESOURCE_USER_RESPONSES,
            path_params={"resource_id": resource_id, "user_id": user_id},
            query={
                "duration_minutes": duration_minutes,
                "access_level_remote_id": access_level_remote_id,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.ResourceUser", self._client.request(call))

    def delete_resource_user(
        self,
        *,
        resource_id: _uuid.UUID | str,
        user_id: _uuid.UUID | str,
        access_level_remote_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Removes a user's direct access from this resource.

        Args:
            resource_id: The ID of the resource.
            user_id: The ID of a user to remove from this resource.
            access_level_remote_id: The remote ID of the access level for which this user has direct access. If omitted, the default access level remote ID value (empty string) is assumed.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/resources/{resource_id}/users/{user_id}",
            _DELETE_RESOURCE_USER_RESPONSES,
            path_params={"resource_id": resource_id, "user_id": user_id},
            query={"access_level_remote_id": access_level_remote_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def resource_user_access_status_retrieve(
        self,
        *,
        resource_id: _uuid.UUID | str,
        user_id: _uuid.UUID | str,
        access_level_remote_id: str | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ResourceUserAccessStatus:
        """Get user's access status to a resource.

        Args:
            resource_id: The ID of the resource.
            user_id: The ID of the user.
            access_level_remote_id: The remote ID of the access level that you wish to query for the resource. If omitted, the default access level remote ID value (empty string) is used.
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        _rt.warn_deprecated_call("resource_user_access_status_retrieve is deprecated")
        call = _rt.Call(
            "GET",
            "/resource-user-access-status/{resource_id}/{user_id}",
            _RESOURCE_USER_ACCESS_STATUS_RETRIEVE_RESPONSES,
            path_params={"resource_id": resource_id, "user_id": user_id},
            query={
                "access_level_remote_id": access_level_remote_id,
                "cursor": cursor,
                "page_size": page_size,
            },
            options=options,
        )
        return _t.cast("_m.ResourceUserAccessStatus", self._client.request(call))

    def get_resource_tags(
        self, *, resource_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.TagsList:
        """Returns all tags applied to the resource.

        Args:
            resource_id: The ID of the resource whose tags to return.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/resources/{resource_id}/tags",
            _GET_RESOURCE_TAGS_RESPONSES,
            path_params={"resource_id": resource_id},
            options=options,
        )
        return _t.cast("_m.TagsList", self._client.request(call))

    def get_resource_scoped_role_permissions(
        self, *, resource_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.ScopedRolePermissionList:
        """Returns all the scoped role permissions that apply to the given resource. Only OPAL_SCOPED_ROLE resource type supports this field.

        Args:
            resource_id: The ID of the resource whose scoped role permissions belong to.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/resources/{resource_id}/scoped-role-permissions",
            _GET_RESOURCE_SCOPED_ROLE_PERMISSIONS_RESPONSES,
            path_params={"resource_id": resource_id},
            options=options,
        )
        return _t.cast("_m.ScopedRolePermissionList", self._client.request(call))

    def set_resource_scoped_role_permissions(
        self,
        *,
        resource_id: _uuid.UUID | str,
        body: _m.ScopedRolePermissionList | _types.ScopedRolePermissionListParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ScopedRolePermissionList:
        """Sets all the scoped role permissions on an OPAL_SCOPED_ROLE resource.

        Args:
            resource_id: The ID of the resource whose scoped role permissions belong to. Must be of OPAL_SCOPED_ROLE resource type.
            body:
                permissions (required)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/resources/{resource_id}/scoped-role-permissions",
            _SET_RESOURCE_SCOPED_ROLE_PERMISSIONS_RESPONSES,
            path_params={"resource_id": resource_id},
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.ScopedRolePermissionList", self._client.request(call))

    def get_user_resources(
        self,
        *,
        user_id: _uuid.UUID | str,
        limit: int | None = None,
        cursor: str | None = None,
        include_unmanaged: bool | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.ResourceAccessUserList:
        """Gets the list of resources for this user.

        Args:
            user_id: The ID of the user.
            limit: Limit the number of results returned.
            cursor: The pagination cursor value.
            include_unmanaged: Include user's access to unmanaged resources.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/resources/users/{user_id}",
            _GET_USER_RESOURCES_RESPONSES,
            path_params={"user_id": user_id},
            query={"limit": limit, "cursor": cursor, "include_unmanaged": include_unmanaged},
            options=options,
        )
        return _t.cast("_m.ResourceAccessUserList", self._client.request(call))

    def get_user_resources_iter(
        self,
        *,
        user_id: _uuid.UUID | str,
        limit: int | None = None,
        include_unmanaged: bool | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.ResourceAccessUser]:
        """Like `get_user_resources`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/resources/users/{user_id}",
            _GET_USER_RESOURCES_RESPONSES,
            path_params={"user_id": user_id},
            query={"limit": limit, "include_unmanaged": include_unmanaged},
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.ResourceAccessUser]",
            self._client.paginate(call, _GET_USER_RESOURCES_PAGING),
        )

    def get_resource_groups(
        self, *, resource_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.GroupResourceList:
        """Returns a list of groups that grant access to the resource

        Args:
            resource_id: The ID of the resource that the groups grant access to.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/resources/{resource_id}/groups",
            _GET_RESOURCE_GROUPS_RESPONSES,
            path_params={"resource_id": resource_id},
            options=options,
        )
        return _t.cast("_m.GroupResourceList", self._client.request(call))


class ResourcesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_resources = _rt.to_raw_response(Resources.get_resources)
    update_resources = _rt.to_raw_response(Resources.update_resources)
    create_resource = _rt.to_raw_response(Resources.create_resource)
    get_resource = _rt.to_raw_response(Resources.get_resource)
    delete_resource = _rt.to_raw_response(Resources.delete_resource)
    get_resource_message_channels = _rt.to_raw_response(Resources.get_resource_message_channels)
    set_resource_message_channels = _rt.to_raw_response(Resources.set_resource_message_channels)
    get_resource_visibility = _rt.to_raw_response(Resources.get_resource_visibility)
    set_resource_visibility = _rt.to_raw_response(Resources.set_resource_visibility)
    get_resource_reviewers = _rt.to_raw_response(Resources.get_resource_reviewers)
    set_resource_reviewers = _rt.to_raw_response(Resources.set_resource_reviewers)
    get_resource_reviewer_stages = _rt.to_raw_response(Resources.get_resource_reviewer_stages)
    set_resource_reviewer_stages = _rt.to_raw_response(Resources.set_resource_reviewer_stages)
    get_resource_nhis = _rt.to_raw_response(Resources.get_resource_nhis)
    get_resource_users = _rt.to_raw_response(Resources.get_resource_users)
    add_resource_nhi = _rt.to_raw_response(Resources.add_resource_nhi)
    delete_resource_nhi = _rt.to_raw_response(Resources.delete_resource_nhi)
    get_resource_user = _rt.to_raw_response(Resources.get_resource_user)
    update_resource_user = _rt.to_raw_response(Resources.update_resource_user)
    add_resource_user = _rt.to_raw_response(Resources.add_resource_user)
    delete_resource_user = _rt.to_raw_response(Resources.delete_resource_user)
    resource_user_access_status_retrieve = _rt.to_raw_response(
        Resources.resource_user_access_status_retrieve
    )
    get_resource_tags = _rt.to_raw_response(Resources.get_resource_tags)
    get_resource_scoped_role_permissions = _rt.to_raw_response(
        Resources.get_resource_scoped_role_permissions
    )
    set_resource_scoped_role_permissions = _rt.to_raw_response(
        Resources.set_resource_scoped_role_permissions
    )
    get_user_resources = _rt.to_raw_response(Resources.get_user_resources)
    get_resource_groups = _rt.to_raw_response(Resources.get_resource_groups)


class AsyncResources(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncResourcesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncResourcesWithRawResponse(_rt.RawCalls(self._client))

    get_resources = _rt.to_async(Resources.get_resources)
    get_resources_iter = _rt.to_async_iterator(Resources.get_resources_iter)
    update_resources = _rt.to_async(Resources.update_resources)
    create_resource = _rt.to_async(Resources.create_resource)
    get_resource = _rt.to_async(Resources.get_resource)
    delete_resource = _rt.to_async(Resources.delete_resource)
    get_resource_message_channels = _rt.to_async(Resources.get_resource_message_channels)
    set_resource_message_channels = _rt.to_async(Resources.set_resource_message_channels)
    get_resource_visibility = _rt.to_async(Resources.get_resource_visibility)
    set_resource_visibility = _rt.to_async(Resources.set_resource_visibility)
    get_resource_reviewers = _rt.to_async(Resources.get_resource_reviewers)
    set_resource_reviewers = _rt.to_async(Resources.set_resource_reviewers)
    get_resource_reviewer_stages = _rt.to_async(Resources.get_resource_reviewer_stages)
    set_resource_reviewer_stages = _rt.to_async(Resources.set_resource_reviewer_stages)
    get_resource_nhis = _rt.to_async(Resources.get_resource_nhis)
    get_resource_users = _rt.to_async(Resources.get_resource_users)
    add_resource_nhi = _rt.to_async(Resources.add_resource_nhi)
    delete_resource_nhi = _rt.to_async(Resources.delete_resource_nhi)
    get_resource_user = _rt.to_async(Resources.get_resource_user)
    get_resource_user_iter = _rt.to_async_iterator(Resources.get_resource_user_iter)
    update_resource_user = _rt.to_async(Resources.update_resource_user)
    add_resource_user = _rt.to_async(Resources.add_resource_user)
    delete_resource_user = _rt.to_async(Resources.delete_resource_user)
    resource_user_access_status_retrieve = _rt.to_async(
        Resources.resource_user_access_status_retrieve
    )
    get_resource_tags = _rt.to_async(Resources.get_resource_tags)
    get_resource_scoped_role_permissions = _rt.to_async(
        Resources.get_resource_scoped_role_permissions
    )
    set_resource_scoped_role_permissions = _rt.to_async(
        Resources.set_resource_scoped_role_permissions
    )
    get_user_resources = _rt.to_async(Resources.get_user_resources)
    get_user_resources_iter = _rt.to_async_iterator(Resources.get_user_resources_iter)
    get_resource_groups = _rt.to_async(Resources.get_resource_groups)


class AsyncResourcesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_resources = _rt.to_async_raw_response(Resources.get_resources)
    update_resources = _rt.to_async_raw_response(Resources.update_resources)
    create_resource = _rt.to_async_raw_response(Resources.create_resource)
    get_resource = _rt.to_async_raw_response(Resources.get_resource)
    delete_resource = _rt.to_async_raw_response(Resources.delete_resource)
    get_resource_message_channels = _rt.to_async_raw_response(
        Resources.get_resource_message_channels
    )
    set_resource_message_channels = _rt.to_async_raw_response(
        Resources.set_resource_message_channels
    )
    get_resource_visibility = _rt.to_async_raw_response(Resources.get_resource_visibility)
    set_resource_visibility = _rt.to_async_raw_response(Resources.set_resource_visibility)
    get_resource_reviewers = _rt.to_async_raw_response(Resources.get_resource_reviewers)
    set_resource_reviewers = _rt.to_async_raw_response(Resources.set_resource_reviewers)
    get_resource_reviewer_stages = _rt.to_async_raw_response(Resources.get_resource_reviewer_stages)
    set_resource_reviewer_stages = _rt.to_async_raw_response(Resources.set_resource_reviewer_stages)
    get_resource_nhis = _rt.to_async_raw_response(Resources.get_resource_nhis)
    get_resource_users = _rt.to_async_raw_response(Resources.get_resource_users)
    add_resource_nhi = _rt.to_async_raw_response(Resources.add_resource_nhi)
    delete_resource_nhi = _rt.to_async_raw_response(Resources.delete_resource_nhi)
    get_resource_user = _rt.to_async_raw_response(Resources.get_resource_user)
    update_resource_user = _rt.to_async_raw_response(Resources.update_resource_user)
    add_resource_user = _rt.to_async_raw_response(Resources.add_resource_user)
    delete_resource_user = _rt.to_async_raw_response(Resources.delete_resource_user)
    resource_user_access_status_retrieve = _rt.to_async_raw_response(
        Resources.resource_user_access_status_retrieve
    )
    get_resource_tags = _rt.to_async_raw_response(Resources.get_resource_tags)
    get_resource_scoped_role_permissions = _rt.to_async_raw_response(
        Resources.get_resource_scoped_role_permissions
    )
    set_resource_scoped_role_permissions = _rt.to_async_raw_response(
        Resources.set_resource_scoped_role_permissions
    )
    get_user_resources = _rt.to_async_raw_response(Resources.get_user_resources)
    get_resource_groups = _rt.to_async_raw_response(Resources.get_resource_groups)
