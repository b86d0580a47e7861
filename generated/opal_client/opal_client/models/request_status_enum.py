import enum as _enum


class RequestStatusEnum(_enum.StrEnum):
    """# Request Status
    ### Description
    The `RequestStatus` enum is used to represent the status of a request.

    ### Usage Example
    Returned from the `GET Requests` endpoint.
    """

    PENDING = "PENDING"
    APPROVED = "APPROVED"
    DENIED = "DENIED"
    CANCELED = "CANCELED"
