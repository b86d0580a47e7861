from __future__ import annotations

from .. import _runtime as _rt
from .. import models as _m


@_rt.model
class CreateRequestConfigurationInfoList(_rt.Model):
    """# CreateRequestConfigurationInfoList Object
    ### Description
    The `CreateRequestConfigurationInfoList` object is used as an input to the CreateRequestConfigurations API.

    ### Formatting Requirements
    The `CreateRequestConfigurationInfoList` object must contain a list of `RequestConfiguration` objects.
    Exactly one default `RequestConfiguration` must be provided.  A default `RequestConfiguration` is one with a `condition` of `null`
    and a `priority` of `0`.  The default `RequestConfiguration` will be used when no other `RequestConfiguration` matches the request.

    Only one `RequestConfiguration` may be provided for each priority, and the priorities must be contiguous.  For example, if there are
    two `RequestConfigurations` with priorities 0 and 2, there must be a `RequestConfiguration` with priority 1.

    To use the `condition` field, the `condition` must be a valid JSON object.

    The `condition` must be a JSON object with the key `group_ids` (more options may be added in the future), whose value is a list of
    group IDs.
    The `condition` will match if the user requesting access is a member of any of the groups in the list. Currently, we only support
    using a single group as a condition.
    """

    request_configurations: list[_m.RequestConfiguration]
    """A list of request configurations to create."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
