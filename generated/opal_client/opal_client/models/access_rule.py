from __future__ import annotations

import uuid as _uuid

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class AccessRule(_rt.Model):
    """# Access Rule Object
    ### Description
    The `AccessRule` object is used to represent an access rule configuration.

    ### Usage Example
    List access rules from the `GET /access-rules` endpoint, or retrieve a single access rule from the `GET /access-rules/{access_rule_id}` endpoint.
    """

    access_rule_id: _uuid.UUID
    """The ID (group ID) of the access rule."""
    name: str
    """The name of the access rule."""
    description: str
    """A description of the group."""
    admin_owner_id: _uuid.UUID
    """The ID of the owner of the group."""
    status: _m.AccessRuleStatus | str
    """The status of the access rule."""
    rule_clauses: _m.RuleClauses = _rt.field(wire="ruleClauses")
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
