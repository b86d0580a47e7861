"""Operations tagged 'roles' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_LIST_ROLES_RESPONSES: _rt.Responses = {"200": ("json", _rt.ANY)}
_LIST_ROLES_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)
_CREATE_ROLE_RESPONSES: _rt.Responses = {"default": ("empty", None)}
_GET_ROLE_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Role"))}
_UPDATE_ROLE_RESPONSES: _rt.Responses = {"200": ("empty", None)}
_DELETE_ROLE_RESPONSES: _rt.Responses = {
    "204": ("empty", None),
    "400": ("json", _rt.ModelOf("Error")),
    "401": ("json", _rt.ModelOf("Error")),
    "404": ("json", _rt.ModelOf("Error")),
    "412": ("json", _rt.ModelOf("Error")),
}


class Roles(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> RolesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return RolesWithRawResponse(_rt.RawCalls(self._client))

    def list_roles(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        organization_id: str | None = None,
        page: str | None = None,
        requestable_by: _types.ListRolesRequestableByParam | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: _types.ListIdentityCollectionsStatusParam | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Any:
        """Get a list of Roles

        Returns details of all available roles with support for pagination.

        Args:
            approval_workflow_id: A filter to return only resources that match the given approval workflow id.
            keyword_contains: Keyword to filter on. Only one keyword may be provided. Default is empty string.
            limit: The maximum number of items to return.
            organization_id: A filter to return only resources that match the given organization id.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            requestable_by: A filter to return only resources that match the given identityType.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            status: A filter to be used for finding entities with the given status.
            user_id: Identifier of the user who is performing the operation
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/roles",
            _LIST_ROLES_RESPONSES,
            query={
                "approvalWorkflowId": approval_workflow_id,
                "keywordContains": keyword_contains,
                "limit": limit,
                "organizationId": organization_id,
                "page": page,
                "requestableBy": requestable_by,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
                "userId": user_id,
            },
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return self._client.request(call)

    def list_roles_iter(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        organization_id: str | None = None,
        requestable_by: _types.ListRolesRequestableByParam | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        status: _types.ListIdentityCollectionsStatusParam | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `list_roles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/roles",
            _LIST_ROLES_RESPONSES,
            query={
                "approvalWorkflowId": approval_workflow_id,
                "keywordContains": keyword_contains,
                "limit": limit,
                "organizationId": organization_id,
                "requestableBy": requestable_by,
                "sortBy": sort_by,
                "sortOrder": sort_order,
                "status": status,
                "userId": user_id,
            },
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_t.Iterator[_t.Any]", self._client.paginate(call, _LIST_ROLES_PAGING))

    def create_role(
        self,
        *,
        opc_request_id: str | None = None,
        body: _m.CreateRoleDetails | _types.CreateRoleDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Creates a new Role

        Creates a new role with the specified details.

        Args:
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details for the new Role
                name (required): Role Identifier
                accessBundles (optional): List of Access Bundles
                approvalWorkflowId (optional): ApprovalWorkflowId that is applicable to the Role
                customAttributes (optional): Metadata associated with the role
                description (optional): Role description
                displayName (optional): Display Name of the Role
                externalId (optional): ExternalId of the Role
                organizations (optional): List containing organizations information attached to the Role.
                owners (optional): List of owner entities
                requestableBy (optional): Entities that can request the access bundle
                tags (optional): List of tags attached to the Role
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-controls/20250331/roles",
            _CREATE_ROLE_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_role(
        self,
        *,
        role_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Role:
        """Get Role

        Returns details of a role with a given ID.

        Args:
            role_id: Unique Role identifier
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/access-controls/20250331/roles/{roleId}",
            _GET_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.Role", self._client.request(call))

    def update_role(
        self,
        *,
        role_id: str,
        opc_request_id: str | None = None,
        body: _m.UpdateRoleDetails | _types.UpdateRoleDetailsParam | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Update Role

        Updates the details of an existing role with a given ID.

        Args:
            role_id: Unique Role identifier
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Details for the updated Role.
                name (required): Role name
                accessBundles (optional): List of Access Bundles
                approvalWorkflowId (optional): ApprovalWorkflowId that is applicable to the Role
                customAttributes (optional): Metadata associated with the role
                description (optional): Role description
                displayName (optional): Display Name of the Role
                externalId (optional): ExternalId of the Role
                owners (optional): List of owner entities
                requestableBy (optional): Entities that can request the access bundle
                tags (optional): List of tags attached to the Role
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "PUT",
            "/access-governance/access-controls/20250331/roles/{roleId}",
            _UPDATE_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def delete_role(
        self,
        *,
        role_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Delete Role

        Deletes a role with a given ID.

        Args:
            role_id: Unique Role identifier
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            BadRequestError: 400 Bad Request
            AuthenticationError: 401 Unauthorized
            NotFoundError: 404 Not Found
            ApiError: 412 Precondition failed
        """
        call = _rt.Call(
            "DELETE",
            "/access-governance/access-controls/20250331/roles/{roleId}",
            _DELETE_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))


class RolesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    list_roles = _rt.to_raw_response(Roles.list_roles)
    create_role = _rt.to_raw_response(Roles.create_role)
    get_role = _rt.to_raw_response(Roles.get_role)
    update_role = _rt.to_raw_response(Roles.update_role)
    delete_role = _rt.to_raw_response(Roles.delete_role)


class AsyncRoles(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncRolesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncRolesWithRawResponse(_rt.RawCalls(self._client))

    list_roles = _rt.to_async(Roles.list_roles)
    list_roles_iter = _rt.to_async_iterator(Roles.list_roles_iter)
    create_role = _rt.to_async(Roles.create_role)
    get_role = _rt.to_async(Roles.get_role)
    update_role = _rt.to_async(Roles.update_role)
    delete_role = _rt.to_async(Roles.delete_role)


class AsyncRolesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    list_roles = _rt.to_async_raw_response(Roles.list_roles)
    create_role = _rt.to_async_raw_response(Roles.create_role)
    get_role = _rt.to_async_raw_response(Roles.get_role)
    update_role = _rt.to_async_raw_response(Roles.update_role)
    delete_role = _rt.to_async_raw_response(Roles.delete_role)
