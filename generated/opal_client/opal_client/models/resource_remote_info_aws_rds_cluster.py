from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class ResourceRemoteInfoAwsRdsCluster(_rt.Model):
    """Remote info for AWS RDS cluster."""

    cluster_id: str
    """The clusterId of the RDS cluster."""
    region: str
    """The region of the RDS cluster."""
    resource_id: str
    """The resourceId of the RDS cluster."""
    account_id: str
    """The id of the AWS account. Required for AWS Organizations."""
    database_name: str
    """The name of the database in the RDS cluster. This can be the value of the tag `opal:database-name` or the database name."""
    engine: _m.RDSEngineEnum | str
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
