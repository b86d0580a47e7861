from __future__ import annotations

import datetime as _dt

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccessGovernanceEntity(_rt.Model):
    """An Access Governance Entity"""

    entity_type: str = _rt.field(wire="entityType")
    """The Entity type in Access Governance"""
    id: str
    """The Id for Access Governance Entity"""
    name: str
    """The name for Access Governance Type"""
    time_created: _dt.datetime = _rt.field(wire="timeCreated")
    """Time when entity was created by Access Governance"""
    time_updated: _dt.datetime = _rt.field(wire="timeUpdated")
    """Time when entity was last modified by Access Governance"""
    type: _m.AccessGovernanceEntityType | str
    """The Access Governance Entity Type"""
    value: str
    """The json schema for Access Governance Type"""
    is_rule_based: bool | None = _rt.field(wire="isRuleBased", default=_rt.UNSET)
    """Is this identity ruled based"""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
