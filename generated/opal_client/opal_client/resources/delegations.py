"""Operations tagged 'delegations' (generated)."""

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

_GET_DELEGATIONS_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("PaginatedDelegationsList"))
}
_GET_DELEGATIONS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_CREATE_DELEGATION_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Delegation"))}
_GET_DELEGATION_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("Delegation"))}
_DELETE_DELEGATION_RESPONSES: _rt.Responses = {"200": ("empty", None)}


class Delegations(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> DelegationsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return DelegationsWithRawResponse(_rt.RawCalls(self._client))

    def get_delegations(
        self,
        *,
        delegator_user_id: _uuid.UUID | str | None = None,
        delegate_user_id: _uuid.UUID | str | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedDelegationsList:
        """Get delegations

        Returns a list of request reviewer delegations configured for your organization.

        Args:
            delegator_user_id: The delegator user ID to filter delegations by the user delegating their access review requests.
            delegate_user_id: The delegate user ID to filter delegations by the user being delegated to.
            cursor: A cursor to indicate where to start fetching results.
            page_size: The maximum number of results to return per page. The default is 200.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/delegations",
            _GET_DELEGATIONS_RESPONSES,
            query={
                "delegator_user_id": delegator_user_id,
                "delegate_user_id": delegate_user_id,
                "cursor": cursor,
                "page_size": page_size,
            },
            options=options,
        )
        return _t.cast("_m.PaginatedDelegationsList", self._client.request(call))

    def get_delegations_iter(
        self,
        *,
        delegator_user_id: _uuid.UUID | str | None = None,
        delegate_user_id: _uuid.UUID | str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _t.Iterator[_m.Delegation]:
        """Like `get_delegations`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET",
            "/delegations",
            _GET_DELEGATIONS_RESPONSES,
            query={
                "delegator_user_id": delegator_user_id,
                "delegate_user_id": delegate_user_id,
                "page_size": page_size,
            },
            options=options,
        )
        return _t.cast(
            "_t.Iterator[_m.Delegation]", self._client.paginate(call, _GET_DELEGATIONS_PAGING)
        )

    def create_delegation(
        self,
        *,
        body: _m.CreateDelegationRequest | _types.CreateDelegationRequestParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.Delegation:
        """Creates a new request reviewer delegation to delegate access review requests from one user to another.

        Args:
            body:
                delegator_user_id (required): The ID of the user delegating their access review requests.
                delegate_user_id (required): The ID of the user being delegated to.
                start_time (required): The start time of the delegation.
                end_time (required): The end time of the delegation.
                reason (required): The reason for the delegation.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/delegations",
            _CREATE_DELEGATION_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.Delegation", self._client.request(call))

    def get_delegation(
        self, *, delegation_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.Delegation:
        """Get delegation by ID

        Returns a specific delegation by its ID.

        Args:
            delegation_id: The ID of the delegation to retrieve.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/delegations/{delegation_id}",
            _GET_DELEGATION_RESPONSES,
            path_params={"delegation_id": delegation_id},
            options=options,
        )
        return _t.cast("_m.Delegation", self._client.request(call))

    def delete_delegation(
        self, *, delegation_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> None:
        """Deletes a delegation by its ID.

        Args:
            delegation_id: The ID of the delegation to remove.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/delegations/{delegation_id}",
            _DELETE_DELEGATION_RESPONSES,
            path_params={"delegation_id": delegation_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))


class DelegationsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_delegations = _rt.to_raw_response(Delegations.get_delegations)
    create_delegation = _rt.to_raw_response(Delegations.create_delegation)
    get_delegation = _rt.to_raw_response(Delegations.get_delegation)
    delete_delegation = _rt.to_raw_response(Delegations.delete_delegation)


class AsyncDelegations(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncDelegationsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncDelegationsWithRawResponse(_rt.RawCalls(self._client))

    get_delegations = _rt.to_async(Delegations.get_delegations)
    get_delegations_iter = _rt.to_async_iterator(Delegations.get_delegations_iter)
    create_delegation = _rt.to_async(Delegations.create_delegation)
    get_delegation = _rt.to_async(Delegations.get_delegation)
    delete_delegation = _rt.to_async(Delegations.delete_delegation)


class AsyncDelegationsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_delegations = _rt.to_async_raw_response(Delegations.get_delegations)
    create_delegation = _rt.to_async_raw_response(Delegations.create_delegation)
    get_delegation = _rt.to_async_raw_response(Delegations.get_delegation)
    delete_delegation = _rt.to_async_raw_response(Delegations.delete_delegation)
