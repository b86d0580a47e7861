import enum as _enum


class RDSEngineEnum(_enum.StrEnum):
    """The database engine for the RDS instance."""

    MYSQL = "MYSQL"
    POSTGRESQL = "POSTGRESQL"
