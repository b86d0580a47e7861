"""Operations tagged 'jobs' (generated)."""

from __future__ import annotations

import typing as _t

from .. import _runtime as _rt
from .. import models as _models

_GET_JOB_RESULT_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.JobResult)),
    "204": ("empty", None),
}
_DELETE_JOB_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"204": ("empty", None)}
_CANCEL_JOB_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"202": ("empty", None)}


class Jobs:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> JobsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return JobsWithRawResponse(self._client)

    def get_job_result(self, *, job_id: str) -> _models.JobResult | None:
        """GET /jobs/{jobId}"""
        call = _rt.Call(
            method="GET",
            path="/jobs/{jobId}",
            responses=_GET_JOB_RESULT_RESPONSES,
            path_params={"jobId": job_id},
        )
        return _t.cast("_models.JobResult | None", self._client.request(call))

    def delete_job(self, *, job_id: str) -> None:
        """DELETE /jobs/{jobId}"""
        call = _rt.Call(
            method="DELETE",
            path="/jobs/{jobId}",
            responses=_DELETE_JOB_RESPONSES,
            path_params={"jobId": job_id},
        )
        return _t.cast("None", self._client.request(call))

    def cancel_job(self, *, job_id: str) -> _t.Any:
        """POST /jobs/{jobId}/cancel"""
        call = _rt.Call(
            method="POST",
            path="/jobs/{jobId}/cancel",
            responses=_CANCEL_JOB_RESPONSES,
            path_params={"jobId": job_id},
        )
        return self._client.request(call)


class JobsWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_job_result(self, *, job_id: str) -> _rt.RawResponse[_models.JobResult | None]:
        """GET /jobs/{jobId}"""
        call = _rt.Call(
            method="GET",
            path="/jobs/{jobId}",
            responses=_GET_JOB_RESULT_RESPONSES,
            path_params={"jobId": job_id},
        )
        return _t.cast("_rt.RawResponse[_models.JobResult | None]", self._client.request_raw(call))

    def delete_job(self, *, job_id: str) -> _rt.RawResponse[None]:
        """DELETE /jobs/{jobId}"""
        call = _rt.Call(
            method="DELETE",
            path="/jobs/{jobId}",
            responses=_DELETE_JOB_RESPONSES,
            path_params={"jobId": job_id},
        )
        return _t.cast("_rt.RawResponse[None]", self._client.request_raw(call))

    def cancel_job(self, *, job_id: str) -> _rt.RawResponse[_t.Any]:
        """POST /jobs/{jobId}/cancel"""
        call = _rt.Call(
            method="POST",
            path="/jobs/{jobId}/cancel",
            responses=_CANCEL_JOB_RESPONSES,
            path_params={"jobId": job_id},
        )
        return self._client.request_raw(call)


class AsyncJobs:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncJobsWithRawResponse(self._client)

    async def get_job_result(self, *, job_id: str) -> _models.JobResult | None:
        """GET /jobs/{jobId}"""
        call = _rt.Call(
            method="GET",
            path="/jobs/{jobId}",
            responses=_GET_JOB_RESULT_RESPONSES,
            path_params={"jobId": job_id},
        )
        return _t.cast("_models.JobResult | None", await self._client.request(call))

    async def delete_job(self, *, job_id: str) -> None:
        """DELETE /jobs/{jobId}"""
        call = _rt.Call(
            method="DELETE",
            path="/jobs/{jobId}",
            responses=_DELETE_JOB_RESPONSES,
            path_params={"jobId": job_id},
        )
        return _t.cast("None", await self._client.request(call))

    async def cancel_job(self, *, job_id: str) -> _t.Any:
        """POST /jobs/{jobId}/cancel"""
        call = _rt.Call(
            method="POST",
            path="/jobs/{jobId}/cancel",
            responses=_CANCEL_JOB_RESPONSES,
            path_params={"jobId": job_id},
        )
        return await self._client.request(call)


class AsyncJobsWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_job_result(self, *, job_id: str) -> _rt.RawResponse[_models.JobResult | None]:
        """GET /jobs/{jobId}"""
        call = _rt.Call(
            method="GET",
            path="/jobs/{jobId}",
            responses=_GET_JOB_RESULT_RESPONSES,
            path_params={"jobId": job_id},
        )
        return _t.cast(
            "_rt.RawResponse[_models.JobResult | None]", await self._client.request_raw(call)
        )

    async def delete_job(self, *, job_id: str) -> _rt.RawResponse[None]:
        """DELETE /jobs/{jobId}"""
        call = _rt.Call(
            method="DELETE",
            path="/jobs/{jobId}",
            responses=_DELETE_JOB_RESPONSES,
            path_params={"jobId": job_id},
        )
        return _t.cast("_rt.RawResponse[None]", await self._client.request_raw(call))

    async def cancel_job(self, *, job_id: str) -> _rt.RawResponse[_t.Any]:
        """POST /jobs/{jobId}/cancel"""
        call = _rt.Call(
            method="POST",
            path="/jobs/{jobId}/cancel",
            responses=_CANCEL_JOB_RESPONSES,
            path_params={"jobId": job_id},
        )
        return await self._client.request_raw(call)
