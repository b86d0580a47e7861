import enum as _enum


class ListIdentitiesOperatorsItem(_enum.StrEnum):
    EQ = "EQ"
    NE = "NE"
    GT = "GT"
    LT = "LT"
    GTE = "GTE"
    LTE = "LTE"
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    TO = "TO"
    FROM = "FROM"
    CONTAINS = "CONTAINS"
    NOT_CONTAINS = "NOT_CONTAINS"
