"""Operations tagged 'separation_of_duties' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_CHECK_SEPARATION_OF_DUTIES_STATUS_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "default": ("empty", None)
}


class SeparationOfDuties:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SeparationOfDutiesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return SeparationOfDutiesWithRawResponse(self._client)

    def check_separation_of_duties_status(
        self,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _models.CheckSeparationOfDutiesStatusDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Check status of the separation of duties request(s)

        Returns the current status for one or more separation of duties requests.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/separationOfDuties/status",
            responses=_CHECK_SEPARATION_OF_DUTIES_STATUS_RESPONSES,
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request(call)


class SeparationOfDutiesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def check_separation_of_duties_status(
        self,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _models.CheckSeparationOfDutiesStatusDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Check status of the separation of duties request(s)

        Returns the current status for one or more separation of duties requests.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/separationOfDuties/status",
            responses=_CHECK_SEPARATION_OF_DUTIES_STATUS_RESPONSES,
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return self._client.request_raw(call)


class AsyncSeparationOfDuties:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSeparationOfDutiesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncSeparationOfDutiesWithRawResponse(self._client)

    async def check_separation_of_duties_status(
        self,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _models.CheckSeparationOfDutiesStatusDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _t.Any:
        """Check status of the separation of duties request(s)

        Returns the current status for one or more separation of duties requests.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/separationOfDuties/status",
            responses=_CHECK_SEPARATION_OF_DUTIES_STATUS_RESPONSES,
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request(call)


class AsyncSeparationOfDutiesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def check_separation_of_duties_status(
        self,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _models.CheckSeparationOfDutiesStatusDetails | _t.Mapping[str, _t.Any] | None = None,
    ) -> _rt.RawResponse[_t.Any]:
        """Check status of the separation of duties request(s)

        Returns the current status for one or more separation of duties requests.
        """
        call = _rt.Call(
            method="POST",
            path="/access-governance/access-controls/20250331/separationOfDuties/status",
            responses=_CHECK_SEPARATION_OF_DUTIES_STATUS_RESPONSES,
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
        )
        return await self._client.request_raw(call)
