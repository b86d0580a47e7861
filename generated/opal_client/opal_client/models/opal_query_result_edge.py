from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class OpalQueryResultEdge(_rt.Model):
    """A single result edge from an OpalQuery, containing the matched entity and its pagination cursor."""

    node: _m.OpalQueryResultNode
    cursor: str
    """Opaque cursor for this entity, used for pagination."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
