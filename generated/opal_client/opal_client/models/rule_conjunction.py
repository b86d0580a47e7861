from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class RuleConjunction(_rt.Model):
    clauses: list[_m.RuleDisjunction]
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
