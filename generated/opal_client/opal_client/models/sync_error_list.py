from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class SyncErrorList(_rt.Model):
    sync_errors: list[_m.SyncError]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
