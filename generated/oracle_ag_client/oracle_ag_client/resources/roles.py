"""Operations tagged 'roles' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_LIST_ROLES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_CREATE_ROLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"default": ("empty", None)}
_GET_ROLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Role))
}
_UPDATE_ROLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}
_DELETE_ROLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "204": ("empty", None),
    "400": ("json", _rt.ModelOf(_models.Error)),
    "401": ("json", _rt.ModelOf(_models.Error)),
    "404": ("json", _rt.ModelOf(_models.Error)),
    "412": ("json", _rt.ModelOf(_models.Error)),
}


class Roles:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> RolesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return RolesWithRawResponse(self._client)

    def list_roles(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        organization_id: str | None = None,
        page: str | None = None,
        requestable_by: _models.ListRolesRequestableBy | str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """Get a list of Roles

        Returns details of all available roles with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/roles",
            responses=_LIST_ROLES_RESPONSES,
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
        )
        return self._client.request(call)

    def list_roles_iter(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        organization_id: str | None = None,
        requestable_by: _models.ListRolesRequestableBy | str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `list_roles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/roles",
            responses=_LIST_ROLES_RESPONSES,
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
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    def create_role(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateRoleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Creates a new Role

        Creates a new role with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/roles",
            responses=_CREATE_ROLE_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def get_role(self, *, role_id: str, opc_request_id: str | None = None) -> _models.Role:
        """Get Role

        Returns details of a role with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/roles/{roleId}",
            responses=_GET_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.Role", self._client.request(call))

    def update_role(
        self,
        *,
        role_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdateRoleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Update Role

        Updates the details of an existing role with a given ID.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/roles/{roleId}",
            responses=_UPDATE_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)

    def delete_role(self, *, role_id: str, opc_request_id: str | None = None) -> None:
        """Delete Role

        Deletes a role with a given ID.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-controls/20250331/roles/{roleId}",
            responses=_DELETE_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("None", self._client.request(call))


class RolesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def list_roles(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        organization_id: str | None = None,
        page: str | None = None,
        requestable_by: _models.ListRolesRequestableBy | str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get a list of Roles

        Returns details of all available roles with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/roles",
            responses=_LIST_ROLES_RESPONSES,
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
        )
        return self._client.request_raw(call)

    def create_role(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateRoleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Creates a new Role

        Creates a new role with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/roles",
            responses=_CREATE_ROLE_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def get_role(
        self, *, role_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.Role]:
        """Get Role

        Returns details of a role with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/roles/{roleId}",
            responses=_GET_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.Role]", self._client.request_raw(call))

    def update_role(
        self,
        *,
        role_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdateRoleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Update Role

        Updates the details of an existing role with a given ID.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/roles/{roleId}",
            responses=_UPDATE_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)

    def delete_role(
        self, *, role_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[None]:
        """Delete Role

        Deletes a role with a given ID.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-controls/20250331/roles/{roleId}",
            responses=_DELETE_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[None]", self._client.request_raw(call))


class AsyncRoles:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncRolesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncRolesWithRawResponse(self._client)

    async def list_roles(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        organization_id: str | None = None,
        page: str | None = None,
        requestable_by: _models.ListRolesRequestableBy | str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Any:
        """Get a list of Roles

        Returns details of all available roles with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/roles",
            responses=_LIST_ROLES_RESPONSES,
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
        )
        return await self._client.request(call)

    def list_roles_iter(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        organization_id: str | None = None,
        requestable_by: _models.ListRolesRequestableBy | str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `list_roles`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/roles",
            responses=_LIST_ROLES_RESPONSES,
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
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )

    async def create_role(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateRoleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Creates a new Role

        Creates a new role with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/roles",
            responses=_CREATE_ROLE_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def get_role(self, *, role_id: str, opc_request_id: str | None = None) -> _models.Role:
        """Get Role

        Returns details of a role with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/roles/{roleId}",
            responses=_GET_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.Role", await self._client.request(call))

    async def update_role(
        self,
        *,
        role_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdateRoleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Update Role

        Updates the details of an existing role with a given ID.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/roles/{roleId}",
            responses=_UPDATE_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)

    async def delete_role(self, *, role_id: str, opc_request_id: str | None = None) -> None:
        """Delete Role

        Deletes a role with a given ID.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-controls/20250331/roles/{roleId}",
            responses=_DELETE_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("None", await self._client.request(call))


class AsyncRolesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def list_roles(
        self,
        *,
        approval_workflow_id: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        organization_id: str | None = None,
        page: str | None = None,
        requestable_by: _models.ListRolesRequestableBy | str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        status: _models.ListIdentityCollectionsStatus | str | None = None,
        user_id: str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get a list of Roles

        Returns details of all available roles with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/roles",
            responses=_LIST_ROLES_RESPONSES,
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
        )
        return await self._client.request_raw(call)

    async def create_role(
        self,
        *,
        opc_request_id: str | None = None,
        body: _models.CreateRoleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Creates a new Role

        Creates a new role with the specified details.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/roles",
            responses=_CREATE_ROLE_RESPONSES,
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def get_role(
        self, *, role_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.Role]:
        """Get Role

        Returns details of a role with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/access-controls/20250331/roles/{roleId}",
            responses=_GET_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[_models.Role]", await self._client.request_raw(call))

    async def update_role(
        self,
        *,
        role_id: str,
        opc_request_id: str | None = None,
        body: _models.UpdateRoleDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Update Role

        Updates the details of an existing role with a given ID.
        """
        call = _rt.Call(
            method="PUT",
            path="/access-governance/access-controls/20250331/roles/{roleId}",
            responses=_UPDATE_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)

    async def delete_role(
        self, *, role_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[None]:
        """Delete Role

        Deletes a role with a given ID.
        """
        call = _rt.Call(
            method="DELETE",
            path="/access-governance/access-controls/20250331/roles/{roleId}",
            responses=_DELETE_ROLE_RESPONSES,
            path_params={"roleId": role_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[None]", await self._client.request_raw(call))
