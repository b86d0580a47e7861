import enum as _enum


class ResourceUserAccessStatusEnum(_enum.StrEnum):
    """The status of the user's access to the resource."""

    AUTHORIZED = "AUTHORIZED"
    REQUESTED = "REQUESTED"
    UNAUTHORIZED = "UNAUTHORIZED"
