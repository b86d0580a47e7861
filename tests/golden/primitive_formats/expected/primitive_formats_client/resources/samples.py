"""Operations tagged 'samples' (generated)."""

from __future__ import annotations

import datetime as _dt
import typing as _t
import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _models

_GET_SAMPLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {
    "200": ("json", _rt.ModelOf(_models.Sample))
}
_DOWNLOAD_SAMPLE_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("binary", None)}
_GET_SAMPLE_TEXT_RESPONSES: dict[str, tuple[str, _rt.Codec | None]] = {"200": ("text", None)}


class Samples:
    """Operations of this group; each returns the decoded body."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> SamplesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return SamplesWithRawResponse(self._client)

    def get_sample(
        self, *, sample_id: _uuid.UUID, since: _dt.datetime | None = None
    ) -> _models.Sample:
        """GET /samples/{sampleId}"""
        call = _rt.Call(
            method="GET",
            path="/samples/{sampleId}",
            responses=_GET_SAMPLE_RESPONSES,
            path_params={"sampleId": sample_id},
            query={"since": since},
        )
        return _t.cast("_models.Sample", self._client.request(call))

    def download_sample(self, *, sample_id: _uuid.UUID) -> bytes:
        """GET /samples/{sampleId}/raw"""
        call = _rt.Call(
            method="GET",
            path="/samples/{sampleId}/raw",
            responses=_DOWNLOAD_SAMPLE_RESPONSES,
            path_params={"sampleId": sample_id},
        )
        return _t.cast("bytes", self._client.request(call))

    def get_sample_text(self, *, sample_id: _uuid.UUID) -> str:
        """GET /samples/{sampleId}/text"""
        call = _rt.Call(
            method="GET",
            path="/samples/{sampleId}/text",
            responses=_GET_SAMPLE_TEXT_RESPONSES,
            path_params={"sampleId": sample_id},
        )
        return _t.cast("str", self._client.request(call))


class SamplesWithRawResponse:
    """Operations of this group, returning RawResponse objects."""

    def __init__(self, client: _rt.SyncClient) -> None:
        self._client = client

    def get_sample(
        self, *, sample_id: _uuid.UUID, since: _dt.datetime | None = None
    ) -> _rt.RawResponse[_models.Sample]:
        """GET /samples/{sampleId}"""
        call = _rt.Call(
            method="GET",
            path="/samples/{sampleId}",
            responses=_GET_SAMPLE_RESPONSES,
            path_params={"sampleId": sample_id},
            query={"since": since},
        )
        return _t.cast("_rt.RawResponse[_models.Sample]", self._client.request_raw(call))

    def download_sample(self, *, sample_id: _uuid.UUID) -> _rt.RawResponse[bytes]:
        """GET /samples/{sampleId}/raw"""
        call = _rt.Call(
            method="GET",
            path="/samples/{sampleId}/raw",
            responses=_DOWNLOAD_SAMPLE_RESPONSES,
            path_params={"sampleId": sample_id},
        )
        return _t.cast("_rt.RawResponse[bytes]", self._client.request_raw(call))

    def get_sample_text(self, *, sample_id: _uuid.UUID) -> _rt.RawResponse[str]:
        """GET /samples/{sampleId}/text"""
        call = _rt.Call(
            method="GET",
            path="/samples/{sampleId}/text",
            responses=_GET_SAMPLE_TEXT_RESPONSES,
            path_params={"sampleId": sample_id},
        )
        return _t.cast("_rt.RawResponse[str]", self._client.request_raw(call))


class AsyncSamples:
    """Operations of this group as coroutines."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncSamplesWithRawResponse:
        """The same operations, returning status, headers and the parsed body."""
        return AsyncSamplesWithRawResponse(self._client)

    async def get_sample(
        self, *, sample_id: _uuid.UUID, since: _dt.datetime | None = None
    ) -> _models.Sample:
        """GET /samples/{sampleId}"""
        call = _rt.Call(
            method="GET",
            path="/samples/{sampleId}",
            responses=_GET_SAMPLE_RESPONSES,
            path_params={"sampleId": sample_id},
            query={"since": since},
        )
        return _t.cast("_models.Sample", await self._client.request(call))

    async def download_sample(self, *, sample_id: _uuid.UUID) -> bytes:
        """GET /samples/{sampleId}/raw"""
        call = _rt.Call(
            method="GET",
            path="/samples/{sampleId}/raw",
            responses=_DOWNLOAD_SAMPLE_RESPONSES,
            path_params={"sampleId": sample_id},
        )
        return _t.cast("bytes", await self._client.request(call))

    async def get_sample_text(self, *, sample_id: _uuid.UUID) -> str:
        """GET /samples/{sampleId}/text"""
        call = _rt.Call(
            method="GET",
            path="/samples/{sampleId}/text",
            responses=_GET_SAMPLE_TEXT_RESPONSES,
            path_params={"sampleId": sample_id},
        )
        return _t.cast("str", await self._client.request(call))


class AsyncSamplesWithRawResponse:
    """Operations of this group as coroutines, returning RawResponse objects."""

    def __init__(self, client: _rt.AsyncClient) -> None:
        self._client = client

    async def get_sample(
        self, *, sample_id: _uuid.UUID, since: _dt.datetime | None = None
    ) -> _rt.RawResponse[_models.Sample]:
        """GET /samples/{sampleId}"""
        call = _rt.Call(
            method="GET",
            path="/samples/{sampleId}",
            responses=_GET_SAMPLE_RESPONSES,
            path_params={"sampleId": sample_id},
            query={"since": since},
        )
        return _t.cast("_rt.RawResponse[_models.Sample]", await self._client.request_raw(call))

    async def download_sample(self, *, sample_id: _uuid.UUID) -> _rt.RawResponse[bytes]:
        """GET /samples/{sampleId}/raw"""
        call = _rt.Call(
            method="GET",
            path="/samples/{sampleId}/raw",
            responses=_DOWNLOAD_SAMPLE_RESPONSES,
            path_params={"sampleId": sample_id},
        )
        return _t.cast("_rt.RawResponse[bytes]", await self._client.request_raw(call))

    async def get_sample_text(self, *, sample_id: _uuid.UUID) -> _rt.RawResponse[str]:
        """GET /samples/{sampleId}/text"""
        call = _rt.Call(
            method="GET",
            path="/samples/{sampleId}/text",
            responses=_GET_SAMPLE_TEXT_RESPONSES,
            path_params={"sampleId": sample_id},
        )
        return _t.cast("_rt.RawResponse[str]", await self._client.request_raw(call))
