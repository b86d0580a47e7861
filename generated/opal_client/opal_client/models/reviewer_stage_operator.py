import enum as _enum


class ReviewerStageOperator(_enum.StrEnum):
    """The operator of the reviewer stage. Admin and manager approval are also treated as reviewers."""

    AND = "AND"
    OR = "OR"
