"""Operations tagged 'delegations' (generated)."""

from __future__ import annotations

import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_DELEGATIONS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.PaginatedDelegationsList))
}
_CREATE_DELEGATION_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Delegation))
}
_GET_DELEGATION_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Delegation))
}
_DELETE_DELEGATION_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("empty", None)}


class Delegations:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> DelegationsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return DelegationsWithRawResponse(self._client)

    def get_delegations(
        self,
        *,
        delegator_user_id: _uuid.UUID | None = None,
        delegate_user_id: _uuid.UUID | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
    ) -> _models.PaginatedDelegationsList:
        """Get delegations

        Returns a list of request reviewer delegations configured for your organization.
        """
        call = _rt.Call(
            method="GET",
            path="/delegations",
            responses=_GET_DELEGATIONS_RESPONSES,
            query={
                "delegator_user_id": delegator_user_id,
                "delegate_user_id": delegate_user_id,
                "cursor": cursor,
                "page_size": page_size,
            },
        )
        return _t.cast("_models.PaginatedDelegationsList", self._client.request(call))

    def get_delegations_iter(
        self,
        *,
        delegator_user_id: _uuid.UUID | None = None,
        delegate_user_id: _uuid.UUID | None = None,
        page_size: int | None = None,
    ) -> _t.Iterator[_models.Delegation]:
        """Like `get_delegations`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/delegations",
            responses=_GET_DELEGATIONS_RESPONSES,
            query={
                "delegator_user_id": delegator_user_id,
                "delegate_user_id": delegate_user_id,
                "page_size": page_size,
            },
        )
        return _t.cast(
            "_t.Iterator[_models.Delegation]",
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

    def create_delegation(
        self, *, body: _models.CreateDelegationRequest | _t.Mapping[str, _t.Any]
    ) -> _models.Delegation:
        """Creates a new request reviewer delegation to delegate access review requests from one user to another."""
        call = _rt.Call(
            method="POST",
            path="/delegations",
            responses=_CREATE_DELEGATION_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Delegation", self._client.request(call))

    def get_delegation(self, *, delegation_id: _uuid.UUID) -> _models.Delegation:
        """Get delegation by ID

        Returns a specific delegation by its ID.
        """
        call = _rt.Call(
            method="GET",
            path="/delegations/{delegation_id}",
            responses=_GET_DELEGATION_RESPONSES,
            path_params={"delegation_id": delegation_id},
        )
        return _t.cast("_models.Delegation", self._client.request(call))

    def delete_delegation(self, *, delegation_id: _uuid.UUID) -> _t.Any:
        """Deletes a delegation by its ID."""
        call = _rt.Call(
            method="DELETE",
            path="/delegations/{delegation_id}",
            responses=_DELETE_DELEGATION_RESPONSES,
            path_params={"delegation_id": delegation_id},
        )
        return self._client.request(call)


class DelegationsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_delegations(
        self,
        *,
        delegator_user_id: _uuid.UUID | None = None,
        delegate_user_id: _uuid.UUID | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
    ) -> _rt.RawResponse[_models.PaginatedDelegationsList]:
        """Get delegations

        Returns a list of request reviewer delegations configured for your organization.
        """
        call = _rt.Call(
            method="GET",
            path="/delegations",
            responses=_GET_DELEGATIONS_RESPONSES,
            query={
                "delegator_user_id": delegator_user_id,
                "delegate_user_id": delegate_user_id,
                "cursor": cursor,
                "page_size": page_size,
            },
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedDelegationsList]", self._client.request_raw(call)
        )

    def create_delegation(
        self, *, body: _models.CreateDelegationRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Delegation]:
        """Creates a new request reviewer delegation to delegate access review requests from one user to another."""
        call = _rt.Call(
            method="POST",
            path="/delegations",
            responses=_CREATE_DELEGATION_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Delegation]", self._client.request_raw(call))

    def get_delegation(self, *, delegation_id: _uuid.UUID) -> _rt.RawResponse[_models.Delegation]:
        """Get delegation by ID

        Returns a specific delegation by its ID.
        """
        call = _rt.Call(
            method="GET",
            path="/delegations/{delegation_id}",
            responses=_GET_DELEGATION_RESPONSES,
            path_params={"delegation_id": delegation_id},
        )
        return _t.cast("_rt.RawResponse[_models.Delegation]", self._client.request_raw(call))

    def delete_delegation(self, *, delegation_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Deletes a delegation by its ID."""
        call = _rt.Call(
            method="DELETE",
            path="/delegations/{delegation_id}",
            responses=_DELETE_DELEGATION_RESPONSES,
            path_params={"delegation_id": delegation_id},
        )
        return self._client.request_raw(call)


class AsyncDelegations:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncDelegationsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncDelegationsWithRawResponse(self._client)

    async def get_delegations(
        self,
        *,
        delegator_user_id: _uuid.UUID | None = None,
        delegate_user_id: _uuid.UUID | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
    ) -> _models.PaginatedDelegationsList:
        """Get delegations

        Returns a list of request reviewer delegations configured for your organization.
        """
        call = _rt.Call(
            method="GET",
            path="/delegations",
            responses=_GET_DELEGATIONS_RESPONSES,
            query={
                "delegator_user_id": delegator_user_id,
                "delegate_user_id": delegate_user_id,
                "cursor": cursor,
                "page_size": page_size,
            },
        )
        return _t.cast("_models.PaginatedDelegationsList", await self._client.request(call))

    def get_delegations_iter(
        self,
        *,
        delegator_user_id: _uuid.UUID | None = None,
        delegate_user_id: _uuid.UUID | None = None,
        page_size: int | None = None,
    ) -> _t.AsyncIterator[_models.Delegation]:
        """Like `get_delegations`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            method="GET",
            path="/delegations",
            responses=_GET_DELEGATIONS_RESPONSES,
            query={
                "delegator_user_id": delegator_user_id,
                "delegate_user_id": delegate_user_id,
                "page_size": page_size,
            },
        )
        return _t.cast(
            "_t.AsyncIterator[_models.Delegation]",
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

    async def create_delegation(
        self, *, body: _models.CreateDelegationRequest | _t.Mapping[str, _t.Any]
    ) -> _models.Delegation:
        """Creates a new request reviewer delegation to delegate access review requests from one user to another."""
        call = _rt.Call(
            method="POST",
            path="/delegations",
            responses=_CREATE_DELEGATION_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_models.Delegation", await self._client.request(call))

    async def get_delegation(self, *, delegation_id: _uuid.UUID) -> _models.Delegation:
        """Get delegation by ID

        Returns a specific delegation by its ID.
        """
        call = _rt.Call(
            method="GET",
            path="/delegations/{delegation_id}",
            responses=_GET_DELEGATION_RESPONSES,
            path_params={"delegation_id": delegation_id},
        )
        return _t.cast("_models.Delegation", await self._client.request(call))

    async def delete_delegation(self, *, delegation_id: _uuid.UUID) -> _t.Any:
        """Deletes a delegation by its ID."""
        call = _rt.Call(
            method="DELETE",
            path="/delegations/{delegation_id}",
            responses=_DELETE_DELEGATION_RESPONSES,
            path_params={"delegation_id": delegation_id},
        )
        return await self._client.request(call)


class AsyncDelegationsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_delegations(
        self,
        *,
        delegator_user_id: _uuid.UUID | None = None,
        delegate_user_id: _uuid.UUID | None = None,
        cursor: str | None = None,
        page_size: int | None = None,
    ) -> _rt.RawResponse[_models.PaginatedDelegationsList]:
        """Get delegations

        Returns a list of request reviewer delegations configured for your organization.
        """
        call = _rt.Call(
            method="GET",
            path="/delegations",
            responses=_GET_DELEGATIONS_RESPONSES,
            query={
                "delegator_user_id": delegator_user_id,
                "delegate_user_id": delegate_user_id,
                "cursor": cursor,
                "page_size": page_size,
            },
        )
        return _t.cast(
            "_rt.RawResponse[_models.PaginatedDelegationsList]",
            await self._client.request_raw(call),
        )

    async def create_delegation(
        self, *, body: _models.CreateDelegationRequest | _t.Mapping[str, _t.Any]
    ) -> _rt.RawResponse[_models.Delegation]:
        """Creates a new request reviewer delegation to delegate access review requests from one user to another."""
        call = _rt.Call(
            method="POST",
            path="/delegations",
            responses=_CREATE_DELEGATION_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
        )
        return _t.cast("_rt.RawResponse[_models.Delegation]", await self._client.request_raw(call))

    async def get_delegation(
        self, *, delegation_id: _uuid.UUID
    ) -> _rt.RawResponse[_models.Delegation]:
        """Get delegation by ID

        Returns a specific delegation by its ID.
        """
        call = _rt.Call(
            method="GET",
            path="/delegations/{delegation_id}",
            responses=_GET_DELEGATION_RESPONSES,
            path_params={"delegation_id": delegation_id},
        )
        return _t.cast("_rt.RawResponse[_models.Delegation]", await self._client.request_raw(call))

    async def delete_delegation(self, *, delegation_id: _uuid.UUID) -> _rt.RawResponse[_t.Any]:
        """Deletes a delegation by its ID."""
        call = _rt.Call(
            method="DELETE",
            path="/delegations/{delegation_id}",
            responses=_DELETE_DELEGATION_RESPONSES,
            path_params={"delegation_id": delegation_id},
        )
        return await self._client.request_raw(call)
