"""Operations tagged 'separation_of_duties' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

if _t.TYPE_CHECKING:
    from .. import types as _types
else:  # only annotations name it: imported when something reads them (get_type_hints)
    _types = _rt.LazyModule(__package__.rpartition(".")[0] + ".types")

_CHECK_SEPARATION_OF_DUTIES_STATUS_RESPONSES: _rt.Responses = {"default": ("empty", None)}


class SeparationOfDuties(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> SeparationOfDutiesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return SeparationOfDutiesWithRawResponse(_rt.RawCalls(self._client))

    def check_separation_of_duties_status(
        self,
        *,
        if_match: str | None = None,
        opc_request_id: str | None = None,
        opc_retry_token: str | None = None,
        body: _m.CheckSeparationOfDutiesStatusDetails
        | _types.CheckSeparationOfDutiesStatusDetailsParam
        | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> None:
        """Check status of the separation of duties request(s)

        Returns the current status for one or more separation of duties requests.

        Args:
            if_match: For optimistic concurrency control. In the PUT or DELETE call for a resource, set the `if-match` parameter to the value of the etag from a previous GET or POST response for that resource. The resource will be updated or deleted only if the etag you provide matches the resource's current etag value.
            opc_request_id: The client request ID for tracing. The only valid characters for request IDs are letters, numbers, underscore, and dash.
            opc_retry_token: A token that uniquely identifies a request so it can be retried in case of a timeout or server error without risk of executing that same action again. Retry tokens expire after 24 hours, but can be invalidated before then due to conflicting operations. For example, if a resource has been deleted and purged from the system, then a retry of the original creation request might be rejected.
            body: Separation of duties request IDs.
                items (required): List of request statuses.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.

        Raises:
            ApiError: default Response section not visible in the copy of this documentation page we could read; placeholder added only to keep the document valid (see SOURCES.md, Gaps).
        """
        call = _rt.Call(
            "POST",
            "/access-governance/access-controls/20250331/separationOfDuties/status",
            _CHECK_SEPARATION_OF_DUTIES_STATUS_RESPONSES,
            headers={
                "if-match": if_match,
                "opc-request-id": opc_request_id,
                "opc-retry-token": opc_retry_token,
            },
            body=_rt.UNSET if body is None else body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("None", self._client.request(call))


class SeparationOfDutiesWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    check_separation_of_duties_status = _rt.to_raw_response(
        SeparationOfDuties.check_separation_of_duties_status
    )


class AsyncSeparationOfDuties(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncSeparationOfDutiesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncSeparationOfDutiesWithRawResponse(_rt.RawCalls(self._client))

    check_separation_of_duties_status = _rt.to_async(
        SeparationOfDuties.check_separation_of_duties_status
    )


class AsyncSeparationOfDutiesWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    check_separation_of_duties_status = _rt.to_async_raw_response(
        SeparationOfDuties.check_separation_of_duties_status
    )
