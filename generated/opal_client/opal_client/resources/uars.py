"""Operations tagged 'uars' (generated)."""

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

_GET_UA_RS_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("PaginatedUARsList"))}
_GET_UA_RS_PAGING = _rt.Paging(
    param="cursor", items_attr="results", items_wire="results", token_attr="next", token_wire="next"
)
_CREATE_UAR_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("UAR"))}
_GET_UAR_RESPONSES: _rt.Responses = {"200": ("json", _rt.ModelOf("UAR"))}


class Uars(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> UarsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return UarsWithRawResponse(_rt.RawCalls(self._client))

    def get_ua_rs(
        self,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.PaginatedUARsList:
        """Returns a list of `UAR` objects.

        Args:
            cursor: The pagination cursor value.
            page_size: Number of results to return per page. Default is 200.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/uars",
            _GET_UA_RS_RESPONSES,
            query={"cursor": cursor, "page_size": page_size},
            options=options,
        )
        return _t.cast("_m.PaginatedUARsList", self._client.request(call))

    def get_ua_rs_iter(
        self, *, page_size: int | None = None, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _t.Iterator[_m.UAR]:
        """Like `get_ua_rs`, yielding the items of every page in turn (fetched as needed)."""
        call = _rt.Call(
            "GET", "/uars", _GET_UA_RS_RESPONSES, query={"page_size": page_size}, options=options
        )
        return _t.cast("_t.Iterator[_m.UAR]", self._client.paginate(call, _GET_UA_RS_PAGING))

    def create_uar(
        self,
        *,
        body: _m.CreateUARInfo | _types.CreateUARInfoParam,
        **options: _t.Unpack[_rt.RequestOptions],
    ) -> _m.UAR:
        """Starts a User Access Review.

        Args:
            body: The settings of the UAR.
                name (required): The name of the UAR.
                reviewer_assignment_policy (required)
                send_reviewer_assignment_notification (required): A bool representing whether to send a notification to reviewers when they're assigned a new review. Default is False.
                deadline (required): The last day for reviewers to complete their access reviews.
                time_zone (required): The time zone name (as defined by the IANA Time Zone database) used in the access review deadline and exported audit report. Default is America/Los_Angeles.
                self_review_allowed (required): A bool representing whether to present a warning when a user is the only reviewer for themself. Default is False.
                instantly_action_reviews (optional): A bool representing whether to instantly action changes when reviewers submit their decision. Default is False.
                reminder_schedule (optional)
                reminder_include_manager (optional)
                uar_scope (optional)
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/uar",
            _CREATE_UAR_RESPONSES,
            body=body,
            body_kind="json",
            content_type="application/json",
            options=options,
        )
        return _t.cast("_m.UAR", self._client.request(call))

    def get_uar(
        self, *, uar_id: _uuid.UUID | str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.UAR:
        """Retrieves a specific UAR.

        Args:
            uar_id: The ID of the UAR.
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/uar/{uar_id}",
            _GET_UAR_RESPONSES,
            path_params={"uar_id": uar_id},
            options=options,
        )
        return _t.cast("_m.UAR", self._client.request(call))


class UarsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_ua_rs = _rt.to_raw_response(Uars.get_ua_rs)
    create_uar = _rt.to_raw_response(Uars.create_uar)
    get_uar = _rt.to_raw_response(Uars.get_uar)


class AsyncUars(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncUarsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncUarsWithRawResponse(_rt.RawCalls(self._client))

    get_ua_rs = _rt.to_async(Uars.get_ua_rs)
    get_ua_rs_iter = _rt.to_async_iterator(Uars.get_ua_rs_iter)
    create_uar = _rt.to_async(Uars.create_uar)
    get_uar = _rt.to_async(Uars.get_uar)


class AsyncUarsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_ua_rs = _rt.to_async_raw_response(Uars.get_ua_rs)
    create_uar = _rt.to_async_raw_response(Uars.create_uar)
    get_uar = _rt.to_async_raw_response(Uars.get_uar)
