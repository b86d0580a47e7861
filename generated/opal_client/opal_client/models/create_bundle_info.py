from __future__ import annotations

from .. import _runtime as _rt


@_rt.model
class CreateBundleInfo(_rt.Model):
    """# CreateBundleInfo Object
    ### Description
    The `CreateBundleInfo` object is used to store creation info for a bundle.

    ### Usage Example
    Use in the `POST Bundles` endpoint.
    """

    name: str
    """The name of the bundle."""
    admin_owner_id: str
    """The ID of the bundle's admin owner."""
    description: str | None = _rt.UNSET
    """A brief description of the bundle."""
    additional_properties: _rt.AdditionalProperties = _rt.field(default_factory=dict)
