"""Operations tagged 'orchestrated_systems' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_ANALYZE_SEPARATION_OF_DUTIES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.MapOf(_rt.ANY))
}
_GET_SEPARATION_OF_DUTIES_ANALYSIS_STATUS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.CheckSeparationOfDutiesStatusDetails))
}
_LIST_ORCHESTRATED_SYSTEMS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}
_GET_ORCHESTRATED_SYSTEM_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.OrchestratedSystem))
}
_FIND_PERMISSION_ATTRIBUTES_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.OrchestratedSystemAttributes))
}
_LIST_ORCHESTRATED_SYSTEM_PERMISSIONS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.MapOf(_rt.ANY))
}


class OrchestratedSystems:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OrchestratedSystemsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OrchestratedSystemsWithRawResponse(self._client)

    def analyze_separation_of_duties(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _models.SeparationOfDutiesAnalysisDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> dict[str, _t.Any]:
        """Request analysis of Separation of Duties (async)

        Start analysis of Separation of Duties for an Orchestrated System. Request is asynchronous and returns a
        requestId which can be used to check status.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/service-administration/20250331/orchestratedSystem/{orchestratedSystemId}/sod/analyze",
            responses=_ANALYZE_SEPARATION_OF_DUTIES_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("dict[str, _t.Any]", self._client.request(call))

    def get_separation_of_duties_analysis_status(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _models.CheckSeparationOfDutiesStatus | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.CheckSeparationOfDutiesStatusDetails:
        """Get the status of Separation of Duties Analysis requests

        Returns the current Separation of Duties Analysis status for input request IDs.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/service-administration/20250331/orchestratedSystem/{orchestratedSystemId}/sod/status",
            responses=_GET_SEPARATION_OF_DUTIES_ANALYSIS_STATUS_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.CheckSeparationOfDutiesStatusDetails", self._client.request(call))

    def list_orchestrated_systems(
        self,
        *,
        display_name: list[str] | None = None,
        is_identity_collection_supported: bool | None = None,
        is_orchestrated_system_activated: bool | None = None,
        is_schema_discovery_supported: bool | None = None,
        keyword_contains: list[str] | None = None,
        lifecycle_state: list[_models.ListOrchestratedSystemsLifecycleStateItem | str]
        | None = None,
        limit: int | None = None,
        mode: list[_models.ListOrchestratedSystemsModeItem | str] | None = None,
        orchestrated_system_type: list[
            _models.ListOrchestratedSystemsOrchestratedSystemTypeItem | str
        ]
        | None = None,
        owner_id: str | None = None,
    ) -> _t.Any:
        """Get a list of Orchestrated Systems

        Returns all active/inactive orchestrated systems and their details with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems",
            responses=_LIST_ORCHESTRATED_SYSTEMS_RESPONSES,
            query={
                "displayName": display_name,
                "isIdentityCollectionSupported": is_identity_collection_supported,
                "isOrchestratedSystemActivated": is_orchestrated_system_activated,
                "isSchemaDiscoverySupported": is_schema_discovery_supported,
                "keywordContains": keyword_contains,
                "lifecycleState": lifecycle_state,
                "limit": limit,
                "mode": mode,
                "orchestratedSystemType": orchestrated_system_type,
                "ownerId": owner_id,
            },
            exploded=frozenset(
                {
                    "displayName",
                    "keywordContains",
                    "lifecycleState",
                    "mode",
                    "orchestratedSystemType",
                }
            ),
        )
        return self._client.request(call)

    def get_orchestrated_system(
        self, *, orchestrated_system_id: str, opc_request_id: str | None = None
    ) -> _models.OrchestratedSystem:
        """Get an Orchestrated System

        Returns details of an orchestrated system with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}",
            responses=_GET_ORCHESTRATED_SYSTEM_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.OrchestratedSystem", self._client.request(call))

    def find_permission_attributes(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _models.OrchestratedSystemPermissionIdCollection
        | _t.Mapping[str, _t.Any]
        | None = None,
    ) -> _models.OrchestratedSystemAttributes:
        """Find Permission Attributes

        Returns metadata and a set of permissions associated with a given orchestrated system.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissionAttributes",
            responses=_FIND_PERMISSION_ATTRIBUTES_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.OrchestratedSystemAttributes", self._client.request(call))

    def list_orchestrated_system_permissions(
        self,
        *,
        orchestrated_system_id: str,
        domain_name: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        permission_type_id: str | None = None,
        resource_type: _models.ListOrchestratedSystemPermissionsResourceType | str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> dict[str, _t.Any]:
        """Get a list of Permissions for an Orchestrated System

        Returns a list of permissions associated with a given orchestrated system with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissions",
            responses=_LIST_ORCHESTRATED_SYSTEM_PERMISSIONS_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            query={
                "domainName": domain_name,
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "permissionTypeId": permission_type_id,
                "resourceType": resource_type,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("dict[str, _t.Any]", self._client.request(call))

    def list_orchestrated_system_permissions_iter(
        self,
        *,
        orchestrated_system_id: str,
        domain_name: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        permission_type_id: str | None = None,
        resource_type: _models.ListOrchestratedSystemPermissionsResourceType | str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.Iterator[_t.Any]:
        """Like `list_orchestrated_system_permissions`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissions",
            responses=_LIST_ORCHESTRATED_SYSTEM_PERMISSIONS_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            query={
                "domainName": domain_name,
                "keywordContains": keyword_contains,
                "limit": limit,
                "permissionTypeId": permission_type_id,
                "resourceType": resource_type,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )


class OrchestratedSystemsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def analyze_separation_of_duties(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _models.SeparationOfDutiesAnalysisDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[dict[str, _t.Any]]:
        """Request analysis of Separation of Duties (async)

        Start analysis of Separation of Duties for an Orchestrated System. Request is asynchronous and returns a
        requestId which can be used to check status.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/service-administration/20250331/orchestratedSystem/{orchestratedSystemId}/sod/analyze",
            responses=_ANALYZE_SEPARATION_OF_DUTIES_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[dict[str, _t.Any]]", self._client.request_raw(call))

    def get_separation_of_duties_analysis_status(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _models.CheckSeparationOfDutiesStatus | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.CheckSeparationOfDutiesStatusDetails]:
        """Get the status of Separation of Duties Analysis requests

        Returns the current Separation of Duties Analysis status for input request IDs.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/service-administration/20250331/orchestratedSystem/{orchestratedSystemId}/sod/status",
            responses=_GET_SEPARATION_OF_DUTIES_ANALYSIS_STATUS_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.CheckSeparationOfDutiesStatusDetails]",
            self._client.request_raw(call),
        )

    def list_orchestrated_systems(
        self,
        *,
        display_name: list[str] | None = None,
        is_identity_collection_supported: bool | None = None,
        is_orchestrated_system_activated: bool | None = None,
        is_schema_discovery_supported: bool | None = None,
        keyword_contains: list[str] | None = None,
        lifecycle_state: list[_models.ListOrchestratedSystemsLifecycleStateItem | str]
        | None = None,
        limit: int | None = None,
        mode: list[_models.ListOrchestratedSystemsModeItem | str] | None = None,
        orchestrated_system_type: list[
            _models.ListOrchestratedSystemsOrchestratedSystemTypeItem | str
        ]
        | None = None,
        owner_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get a list of Orchestrated Systems

        Returns all active/inactive orchestrated systems and their details with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems",
            responses=_LIST_ORCHESTRATED_SYSTEMS_RESPONSES,
            query={
                "displayName": display_name,
                "isIdentityCollectionSupported": is_identity_collection_supported,
                "isOrchestratedSystemActivated": is_orchestrated_system_activated,
                "isSchemaDiscoverySupported": is_schema_discovery_supported,
                "keywordContains": keyword_contains,
                "lifecycleState": lifecycle_state,
                "limit": limit,
                "mode": mode,
                "orchestratedSystemType": orchestrated_system_type,
                "ownerId": owner_id,
            },
            exploded=frozenset(
                {
                    "displayName",
                    "keywordContains",
                    "lifecycleState",
                    "mode",
                    "orchestratedSystemType",
                }
            ),
        )
        return self._client.request_raw(call)

    def get_orchestrated_system(
        self, *, orchestrated_system_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.OrchestratedSystem]:
        """Get an Orchestrated System

        Returns details of an orchestrated system with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}",
            responses=_GET_ORCHESTRATED_SYSTEM_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.OrchestratedSystem]", self._client.request_raw(call)
        )

    def find_permission_attributes(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _models.OrchestratedSystemPermissionIdCollection
        | _t.Mapping[str, _t.Any]
        | None = None,
    ) -> _rt.RawResponse[_models.OrchestratedSystemAttributes]:
        """Find Permission Attributes

        Returns metadata and a set of permissions associated with a given orchestrated system.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissionAttributes",
            responses=_FIND_PERMISSION_ATTRIBUTES_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.OrchestratedSystemAttributes]", self._client.request_raw(call)
        )

    def list_orchestrated_system_permissions(
        self,
        *,
        orchestrated_system_id: str,
        domain_name: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        permission_type_id: str | None = None,
        resource_type: _models.ListOrchestratedSystemPermissionsResourceType | str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[dict[str, _t.Any]]:
        """Get a list of Permissions for an Orchestrated System

        Returns a list of permissions associated with a given orchestrated system with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissions",
            responses=_LIST_ORCHESTRATED_SYSTEM_PERMISSIONS_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            query={
                "domainName": domain_name,
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "permissionTypeId": permission_type_id,
                "resourceType": resource_type,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[dict[str, _t.Any]]", self._client.request_raw(call))


class AsyncOrchestratedSystems:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOrchestratedSystemsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOrchestratedSystemsWithRawResponse(self._client)

    async def analyze_separation_of_duties(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _models.SeparationOfDutiesAnalysisDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> dict[str, _t.Any]:
        """Request analysis of Separation of Duties (async)

        Start analysis of Separation of Duties for an Orchestrated System. Request is asynchronous and returns a
        requestId which can be used to check status.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/service-administration/20250331/orchestratedSystem/{orchestratedSystemId}/sod/analyze",
            responses=_ANALYZE_SEPARATION_OF_DUTIES_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("dict[str, _t.Any]", await self._client.request(call))

    async def get_separation_of_duties_analysis_status(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _models.CheckSeparationOfDutiesStatus | _t.Mapping[str, _t.Any] | None = None,
    ) -> _models.CheckSeparationOfDutiesStatusDetails:
        """Get the status of Separation of Duties Analysis requests

        Returns the current Separation of Duties Analysis status for input request IDs.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/service-administration/20250331/orchestratedSystem/{orchestratedSystemId}/sod/status",
            responses=_GET_SEPARATION_OF_DUTIES_ANALYSIS_STATUS_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_models.CheckSeparationOfDutiesStatusDetails", await self._client.request(call)
        )

    async def list_orchestrated_systems(
        self,
        *,
        display_name: list[str] | None = None,
        is_identity_collection_supported: bool | None = None,
        is_orchestrated_system_activated: bool | None = None,
        is_schema_discovery_supported: bool | None = None,
        keyword_contains: list[str] | None = None,
        lifecycle_state: list[_models.ListOrchestratedSystemsLifecycleStateItem | str]
        | None = None,
        limit: int | None = None,
        mode: list[_models.ListOrchestratedSystemsModeItem | str] | None = None,
        orchestrated_system_type: list[
            _models.ListOrchestratedSystemsOrchestratedSystemTypeItem | str
        ]
        | None = None,
        owner_id: str | None = None,
    ) -> _t.Any:
        """Get a list of Orchestrated Systems

        Returns all active/inactive orchestrated systems and their details with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems",
            responses=_LIST_ORCHESTRATED_SYSTEMS_RESPONSES,
            query={
                "displayName": display_name,
                "isIdentityCollectionSupported": is_identity_collection_supported,
                "isOrchestratedSystemActivated": is_orchestrated_system_activated,
                "isSchemaDiscoverySupported": is_schema_discovery_supported,
                "keywordContains": keyword_contains,
                "lifecycleState": lifecycle_state,
                "limit": limit,
                "mode": mode,
                "orchestratedSystemType": orchestrated_system_type,
                "ownerId": owner_id,
            },
            exploded=frozenset(
                {
                    "displayName",
                    "keywordContains",
                    "lifecycleState",
                    "mode",
                    "orchestratedSystemType",
                }
            ),
        )
        return await self._client.request(call)

    async def get_orchestrated_system(
        self, *, orchestrated_system_id: str, opc_request_id: str | None = None
    ) -> _models.OrchestratedSystem:
        """Get an Orchestrated System

        Returns details of an orchestrated system with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}",
            responses=_GET_ORCHESTRATED_SYSTEM_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_models.OrchestratedSystem", await self._client.request(call))

    async def find_permission_attributes(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _models.OrchestratedSystemPermissionIdCollection
        | _t.Mapping[str, _t.Any]
        | None = None,
    ) -> _models.OrchestratedSystemAttributes:
        """Find Permission Attributes

        Returns metadata and a set of permissions associated with a given orchestrated system.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissionAttributes",
            responses=_FIND_PERMISSION_ATTRIBUTES_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.OrchestratedSystemAttributes", await self._client.request(call))

    async def list_orchestrated_system_permissions(
        self,
        *,
        orchestrated_system_id: str,
        domain_name: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        permission_type_id: str | None = None,
        resource_type: _models.ListOrchestratedSystemPermissionsResourceType | str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> dict[str, _t.Any]:
        """Get a list of Permissions for an Orchestrated System

        Returns a list of permissions associated with a given orchestrated system with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissions",
            responses=_LIST_ORCHESTRATED_SYSTEM_PERMISSIONS_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            query={
                "domainName": domain_name,
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "permissionTypeId": permission_type_id,
                "resourceType": resource_type,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("dict[str, _t.Any]", await self._client.request(call))

    def list_orchestrated_system_permissions_iter(
        self,
        *,
        orchestrated_system_id: str,
        domain_name: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        permission_type_id: str | None = None,
        resource_type: _models.ListOrchestratedSystemPermissionsResourceType | str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _t.AsyncIterator[_t.Any]:
        """Like `list_orchestrated_system_permissions`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissions",
            responses=_LIST_ORCHESTRATED_SYSTEM_PERMISSIONS_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            query={
                "domainName": domain_name,
                "keywordContains": keyword_contains,
                "limit": limit,
                "permissionTypeId": permission_type_id,
                "resourceType": resource_type,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return self._client.paginate(
            call,
            _rt.Paging(
                param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
            ),
        )


class AsyncOrchestratedSystemsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def analyze_separation_of_duties(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _models.SeparationOfDutiesAnalysisDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[dict[str, _t.Any]]:
        """Request analysis of Separation of Duties (async)

        Start analysis of Separation of Duties for an Orchestrated System. Request is asynchronous and returns a
        requestId which can be used to check status.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/service-administration/20250331/orchestratedSystem/{orchestratedSystemId}/sod/analyze",
            responses=_ANALYZE_SEPARATION_OF_DUTIES_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[dict[str, _t.Any]]", await self._client.request_raw(call))

    async def get_separation_of_duties_analysis_status(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _models.CheckSeparationOfDutiesStatus | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_models.CheckSeparationOfDutiesStatusDetails]:
        """Get the status of Separation of Duties Analysis requests

        Returns the current Separation of Duties Analysis status for input request IDs.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/service-administration/20250331/orchestratedSystem/{orchestratedSystemId}/sod/status",
            responses=_GET_SEPARATION_OF_DUTIES_ANALYSIS_STATUS_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.CheckSeparationOfDutiesStatusDetails]",
            await self._client.request_raw(call),
        )

    async def list_orchestrated_systems(
        self,
        *,
        display_name: list[str] | None = None,
        is_identity_collection_supported: bool | None = None,
        is_orchestrated_system_activated: bool | None = None,
        is_schema_discovery_supported: bool | None = None,
        keyword_contains: list[str] | None = None,
        lifecycle_state: list[_models.ListOrchestratedSystemsLifecycleStateItem | str]
        | None = None,
        limit: int | None = None,
        mode: list[_models.ListOrchestratedSystemsModeItem | str] | None = None,
        orchestrated_system_type: list[
            _models.ListOrchestratedSystemsOrchestratedSystemTypeItem | str
        ]
        | None = None,
        owner_id: str | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Get a list of Orchestrated Systems

        Returns all active/inactive orchestrated systems and their details with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems",
            responses=_LIST_ORCHESTRATED_SYSTEMS_RESPONSES,
            query={
                "displayName": display_name,
                "isIdentityCollectionSupported": is_identity_collection_supported,
                "isOrchestratedSystemActivated": is_orchestrated_system_activated,
                "isSchemaDiscoverySupported": is_schema_discovery_supported,
                "keywordContains": keyword_contains,
                "lifecycleState": lifecycle_state,
                "limit": limit,
                "mode": mode,
                "orchestratedSystemType": orchestrated_system_type,
                "ownerId": owner_id,
            },
            exploded=frozenset(
                {
                    "displayName",
                    "keywordContains",
                    "lifecycleState",
                    "mode",
                    "orchestratedSystemType",
                }
            ),
        )
        return await self._client.request_raw(call)

    async def get_orchestrated_system(
        self, *, orchestrated_system_id: str, opc_request_id: str | None = None
    ) -> _rt.RawResponse[_models.OrchestratedSystem]:
        """Get an Orchestrated System

        Returns details of an orchestrated system with a given ID.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}",
            responses=_GET_ORCHESTRATED_SYSTEM_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.OrchestratedSystem]", await self._client.request_raw(call)
        )

    async def find_permission_attributes(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _models.OrchestratedSystemPermissionIdCollection
        | _t.Mapping[str, _t.Any]
        | None = None,
    ) -> _rt.RawResponse[_models.OrchestratedSystemAttributes]:
        """Find Permission Attributes

        Returns metadata and a set of permissions associated with a given orchestrated system.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissionAttributes",
            responses=_FIND_PERMISSION_ATTRIBUTES_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast(
            "_rt.RawResponse[_models.OrchestratedSystemAttributes]",
            await self._client.request_raw(call),
        )

    async def list_orchestrated_system_permissions(
        self,
        *,
        orchestrated_system_id: str,
        domain_name: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        permission_type_id: str | None = None,
        resource_type: _models.ListOrchestratedSystemPermissionsResourceType | str | None = None,
        sort_by: _models.ListIdentityCollectionsSortBy | str | None = None,
        sort_order: _models.ListAccessBundlesSortOrder | str | None = None,
        opc_request_id: str | None = None,
    ) -> _rt.RawResponse[dict[str, _t.Any]]:
        """Get a list of Permissions for an Orchestrated System

        Returns a list of permissions associated with a given orchestrated system with support for pagination.
        """
        call = _rt.Call(
            method="GET",
            path="/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissions",
            responses=_LIST_ORCHESTRATED_SYSTEM_PERMISSIONS_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            query={
                "domainName": domain_name,
                "keywordContains": keyword_contains,
                "limit": limit,
                "page": page,
                "permissionTypeId": permission_type_id,
                "resourceType": resource_type,
                "sortBy": sort_by,
                "sortOrder": sort_order,
            },
            headers={"opc-request-id": opc_request_id},
        )
        return _t.cast("_rt.RawResponse[dict[str, _t.Any]]", await self._client.request_raw(call))
