"""Operations tagged 'jobs' (generated)."""

from __future__ import annotations

import functools as _ft
import typing as _t

from .. import _runtime as _rt
from .. import models as _m

_GET_JOB_RESULT_RESPONSES: _rt.Responses = {
    "200": ("json", _rt.ModelOf("JobResult")),
    "204": ("empty", None),
}
_DELETE_JOB_RESPONSES: _rt.Responses = {"204": ("empty", None)}
_CANCEL_JOB_RESPONSES: _rt.Responses = {"202": ("empty", None)}


class Jobs(_rt.Group):
    """Operations of this group; each returns the decoded body."""

    @_ft.cached_property
    def with_raw_response(self) -> JobsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return JobsWithRawResponse(_rt.RawCalls(self._client))

    def get_job_result(
        self, *, job_id: str, **options: _t.Unpack[_rt.RequestOptions]
    ) -> _m.JobResult | None:
        """GET /jobs/{jobId}

        Args:
            job_id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "GET",
            "/jobs/{jobId}",
            _GET_JOB_RESULT_RESPONSES,
            path_params={"jobId": job_id},
            options=options,
        )
        return _t.cast("_m.JobResult | None", self._client.request(call))

    def delete_job(self, *, job_id: str, **options: _t.Unpack[_rt.RequestOptions]) -> None:
        """DELETE /jobs/{jobId}

        Args:
            job_id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "DELETE",
            "/jobs/{jobId}",
            _DELETE_JOB_RESPONSES,
            path_params={"jobId": job_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))

    def cancel_job(self, *, job_id: str, **options: _t.Unpack[_rt.RequestOptions]) -> None:
        """POST /jobs/{jobId}/cancel

        Args:
            job_id:
            **options: per-call timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        call = _rt.Call(
            "POST",
            "/jobs/{jobId}/cancel",
            _CANCEL_JOB_RESPONSES,
            path_params={"jobId": job_id},
            options=options,
        )
        return _t.cast("None", self._client.request(call))


class JobsWithRawResponse(_rt.Group):
    """Operations of this group, returning RawResponse objects."""

    get_job_result = _rt.to_raw_response(Jobs.get_job_result)
    delete_job = _rt.to_raw_response(Jobs.delete_job)
    cancel_job = _rt.to_raw_response(Jobs.cancel_job)


class AsyncJobs(_rt.Group):
    """Operations of this group as coroutines (the same methods: the client awaits)."""

    @_ft.cached_property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncJobsWithRawResponse(_rt.RawCalls(self._client))

    get_job_result = _rt.to_async(Jobs.get_job_result)
    delete_job = _rt.to_async(Jobs.delete_job)
    cancel_job = _rt.to_async(Jobs.cancel_job)


class AsyncJobsWithRawResponse(_rt.Group):
    """Operations of this group as coroutines, returning RawResponse objects."""

    get_job_result = _rt.to_async_raw_response(Jobs.get_job_result)
    delete_job = _rt.to_async_raw_response(Jobs.delete_job)
    cancel_job = _rt.to_async_raw_response(Jobs.cancel_job)
