"""Operations tagged 'orchestrated_systems' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_ANALYZE_SEPARATION_OF_DUTIES_RESPONSES: _rt.Responses = {"200": ("json", _rt.MapOf(_rt.ANY))}
_GET_SEPARATION_OF_DUTIES_ANALYSIS_STATUS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("CheckSeparationOfDutiesStatusDetails"))
}
_LIST_ORCHESTRATED_SYSTEMS_RESPONSES: _rt.Responses = {"default": ("empty", None)}
_GET_ORCHESTRATED_SYSTEM_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("OrchestratedSystem"))
}
_FIND_PERMISSION_ATTRIBUTES_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("OrchestratedSystemAttributes"))
}
_LIST_ORCHESTRATED_SYSTEM_PERMISSIONS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.MapOf(_rt.ANY))
}
_LIST_ORCHESTRATED_SYSTEM_PERMISSIONS_PAGING = _rt.Paging(
    param="page", items_attr="items", items_wire="items", token_header="opc-next-page"
)


class OrchestratedSystems(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> OrchestratedSystemsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return OrchestratedSystemsWithRawResponse(_rt.RawCalls(self._client))

    def analyze_separation_of_duties(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _m.SeparationOfDutiesAnalysisDetails
        | _types.SeparationOfDutiesAnalysisDetailsParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> dict[str, _t.Any]:
        """Request analysis of Separation of Duties (async)

        Start analysis of Separation of Duties for an Orchestrated System. Request is asynchronous and returns a
        requestId which can be used to check status.

        Args:
            orchestrated_system_id: The unique id for an Orchestrated System. Available values can be found using the ListOrchestratedSystems operation.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Request details for performing Separation of Duties analysis.
                permissionAssignments (required): Permissions to be analyzed along with the account.
                requestedBy (required): The user who requested the analysis.
                accountData (optional)
                orchestratedSystemIdentityId (optional): The ID of the Identity on the Orchestrated System.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/access-governance/service-administration/20250331/orchestratedSystem/{orchestratedSystemId}/sod/analyze",
            _ANALYZE_SEPARATION_OF_DUTIES_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("dict[str, _t.Any]", self._client.request(call))

    def get_separation_of_duties_analysis_status(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _m.CheckSeparationOfDutiesStatus
        | _types.CheckSeparationOfDutiesStatusParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.CheckSeparationOfDutiesStatusDetails:
        """Get the status of Separation of Duties Analysis requests

        Returns the current Separation of Duties Analysis status for input request IDs.

        Args:
            orchestrated_system_id: The unique id for an Orchestrated System. Available values can be found using the ListOrchestratedSystems operation.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: Separation of Duties Analysis Request IDs.
                requestIds (required): List of request IDs.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/access-governance/service-administration/20250331/orchestratedSystem/{orchestratedSystemId}/sod/status",
            _GET_SEPARATION_OF_DUTIES_ANALYSIS_STATUS_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.CheckSeparationOfDutiesStatusDetails", self._client.request(call))

    def list_orchestrated_systems(
        self,
        *,
        display_name: list[str] | None = None,
        is_identity_collection_supported: bool | None = None,
        is_orchestrated_system_activated: bool | None = None,
        is_schema_discovery_supported: bool | None = None,
        keyword_contains: list[str] | None = None,
        lifecycle_state: list[_types.ListOrchestratedSystemsLifecycleStateItemParam] | None = None,
        limit: int | None = None,
        mode: list[_types.ListOrchestratedSystemsModeItemParam] | None = None,
        orchestrated_system_type: list[
            _types.ListOrchestratedSystemsOrchestratedSystemTypeItemParam
        ]
        | None = None,
        owner_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Get a list of Orchestrated Systems

        Returns all active/inactive orchestrated systems and their details with support for pagination.

        Args:
            display_name: A filter to return only resources that match the given display names.
            is_identity_collection_supported: A filter to return Orchestrated Systems where identity are managed using identity collection.
            is_orchestrated_system_activated: A filter to return Orchestrated Systems that are activated.
            is_schema_discovery_supported: A filter to return Orchestrated Systems that support schema discovery operation.
            keyword_contains: The list of keywords to filter on from the following fields: displayName, lifecycleState.
            lifecycle_state: A filter to return only orchestrated systems that match the given lifecycle states.
            limit: The maximum number of items to return.
            mode: A filter to return only orchestrated systems based onthe given modes.
            orchestrated_system_type: A filter to return only orchestrated systems that match the given types.
            owner_id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "GET",
            "/access-governance/service-administration/20250331/orchestratedSystems",
            _LIST_ORCHESTRATED_SYSTEMS_RESPONSES,
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
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def get_orchestrated_system(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.OrchestratedSystem:
        """Get an Orchestrated System

        Returns details of an orchestrated system with a given ID.

        Args:
            orchestrated_system_id: The unique id for an Orchestrated System. Available values can be found using the ListOrchestratedSystems operation.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}",
            _GET_ORCHESTRATED_SYSTEM_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            options=options,
        )
        return _t.cast("_m.OrchestratedSystem", self._client.request(call))

    def find_permission_attributes(
        self,
        *,
        orchestrated_system_id: str,
        opc_request_id: str | None = None,
        body: _m.OrchestratedSystemPermissionIdCollection
        | _types.OrchestratedSystemPermissionIdCollectionParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.OrchestratedSystemAttributes:
        """Find Permission Attributes

        Returns metadata and a set of permissions associated with a given orchestrated system.

        Args:
            orchestrated_system_id: The unique id for an Orchestrated System. Available values can be found using the ListOrchestratedSystems operation.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            body: List of Permissions used to find attributes
                items (required): List of permission ids.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissionAttributes",
            _FIND_PERMISSION_ATTRIBUTES_RESPONSES,
            path_params={"orchestratedSystemId": orchestrated_system_id},
            headers={"opc-request-id": opc_request_id},
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.OrchestratedSystemAttributes", self._client.request(call))

    def list_orchestrated_system_permissions(
        self,
        *,
        orchestrated_system_id: str,
        domain_name: str | None = None,
        keyword_contains: str | None = None,
        limit: int | None = None,
        page: str | None = None,
        permission_type_id: str | None = None,
        resource_type: _types.ListOrchestratedSystemPermissionsResourceTypeParam | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> dict[str, _t.Any]:
        """Get a list of Permissions for an Orchestrated System

        Returns a list of permissions associated with a given orchestrated system with support for pagination.

        Args:
            orchestrated_system_id: The unique id for an Orchestrated System. Available values can be found using the ListOrchestratedSystems operation.
            domain_name: Domain Name
            keyword_contains: Keyword to filter on from the following fields: displayName. Only one keyword may be provided.
            limit: The maximum number of items to return.
            page: A token representing the position at which to start retrieving results. This must come from the `opc-next-page` header field of a previous response.
            permission_type_id: The id of the permission type that the permissions are attached to.
            resource_type: The resource type filter to fetch permissions for OCI systems. Required when orchestratedSystem type is OCI.
            sort_by: The field to sort by. Only one sort order may be provided. Default order for timeCreated is descending. Default order for displayName is ascending.
            sort_order: The sort order to use, either 'ASC' or 'DESC'.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissions",
            _LIST_ORCHESTRATED_SYSTEM_PERMISSIONS_RESPONSES,
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
            options=options,
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
        resource_type: _types.ListOrchestratedSystemPermissionsResourceTypeParam | None = None,
        sort_by: _types.ListIdentityCollectionsSortByParam | None = None,
        sort_order: _types.ListAccessBundlesSortOrderParam | None = None,
        opc_request_id: str | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_t.Any]:
        """Like `list_orchestrated_system_permissions`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/access-governance/service-administration/20250331/orchestratedSystems/{orchestratedSystemId}/permissions",
            _LIST_ORCHESTRATED_SYSTEM_PERMISSIONS_RESPONSES,
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
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_t.Any]",
            self._client.paginate(call, _LIST_ORCHESTRATED_SYSTEM_PERMISSIONS_PAGING),
        )


class OrchestratedSystemsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    analyze_separation_of_duties = _rt.to_raw_response(
        OrchestratedSystems.analyze_separation_of_duties
    )
    get_separation_of_duties_analysis_status = _rt.to_raw_response(
        OrchestratedSystems.get_separation_of_duties_analysis_status
    )
    list_orchestrated_systems = _rt.to_raw_response(OrchestratedSystems.list_orchestrated_systems)
    get_orchestrated_system = _rt.to_raw_response(OrchestratedSystems.get_orchestrated_system)
    find_permission_attributes = _rt.to_raw_response(OrchestratedSystems.find_permission_attributes)
    list_orchestrated_system_permissions = _rt.to_raw_response(
        OrchestratedSystems.list_orchestrated_system_permissions
    )


class AsyncOrchestratedSystems(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncOrchestratedSystemsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncOrchestratedSystemsWithRawResponse(_rt.RawCalls(self._client))

    analyze_separation_of_duties = _rt.to_async(OrchestratedSystems.analyze_separation_of_duties)
    get_separation_of_duties_analysis_status = _rt.to_async(
        OrchestratedSystems.get_separation_of_duties_analysis_status
    )
    list_orchestrated_systems = _rt.to_async(OrchestratedSystems.list_orchestrated_systems)
    get_orchestrated_system = _rt.to_async(OrchestratedSystems.get_orchestrated_system)
    find_permission_attributes = _rt.to_async(OrchestratedSystems.find_permission_attributes)
    list_orchestrated_system_permissions = _rt.to_async(
        OrchestratedSystems.list_orchestrated_system_permissions
    )
    list_orchestrated_system_permissions_iter = _rt.to_async_iterator(
        OrchestratedSystems.list_orchestrated_system_permissions_iter
    )


class AsyncOrchestratedSystemsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    analyze_separation_of_duties = _rt.to_async_raw_response(
        OrchestratedSystems.analyze_separation_of_duties
    )
    get_separation_of_duties_analysis_status = _rt.to_async_raw_response(
        OrchestratedSystems.get_separation_of_duties_analysis_status
    )
    list_orchestrated_systems = _rt.to_async_raw_response(
        OrchestratedSystems.list_orchestrated_systems
    )
    get_orchestrated_system = _rt.to_async_raw_response(OrchestratedSystems.get_orchestrated_system)
    find_permission_attributes = _rt.to_async_raw_response(
        OrchestratedSystems.find_permission_attributes
    )
    list_orchestrated_system_permissions = _rt.to_async_raw_response(
        OrchestratedSystems.list_orchestrated_system_permissions
    )
