from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class JobResult(_rt.Model):
    job_id: str = _rt.field(wire="jobId")
    output: str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
