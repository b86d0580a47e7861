from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class PropagationStatus(_rt.Model):
    """The state of whether the push action was propagated to the remote system. If this is null, the access was synced from the remote system."""

    status: _m.PropagationStatusEnum | str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
