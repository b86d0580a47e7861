from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class TreeNode(_rt.Model):
    value: str
    children: list[_m.TreeNode] | None = _rt.UNSET
    parent: _m.TreeNode | None = _rt.UNSET
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
