"""Vietnamese text for every code of the core: errors, states and actions, findings, votes and the register.

Shared by the CLI and the UI; no Qt here (an import contract keeps it so). One package, one module per area;
everything is imported from ``lamdong_desktop.messages``.
"""

from __future__ import annotations

from .core import (
    FIELD_WORDS,
    MESSAGES,
    PRINT_TARGET_WORDS,
    describe,
    describe_field,
    os_error_words,
)
from .integrity import (
    AUDIT_HEAD_LINE,
    PROBLEM_WORDS,
    TABLE_WORDS,
    describe_problem,
)
from .lifecycle import (
    ACTION_WORDS,
    GUARD_WORDS,
    ITEM_WORDS,
    PARTY_WORDS,
    QUEUE_WORDS,
    RECIPIENT_WORDS,
    STATE_WORDS,
    action_words,
    describe_item,
    state_words,
)
from .meetings import (
    AUTHORITY_WORDS,
    CHOICE_WORDS,
    DOC_TYPE_WORDS,
    ENTRY_STATE_WORDS,
    EXCLUSION_WORDS,
    MEETING_MESSAGES,
    MEMBER_ROLE_WORDS,
    RUBRIC_WORDS,
    SIGNER_PART_WORDS,
    TIE_BREAK_WORDS,
    VOTE_STATUS_WORDS,
    choice_words,
    doc_type_words,
    rubric_words,
    score_text,
)

__all__ = [
    "ACTION_WORDS",
    "AUDIT_HEAD_LINE",
    "AUTHORITY_WORDS",
    "CHOICE_WORDS",
    "DOC_TYPE_WORDS",
    "ENTRY_STATE_WORDS",
    "EXCLUSION_WORDS",
    "FIELD_WORDS",
    "GUARD_WORDS",
    "ITEM_WORDS",
    "MEETING_MESSAGES",
    "MEMBER_ROLE_WORDS",
    "MESSAGES",
    "PARTY_WORDS",
    "PRINT_TARGET_WORDS",
    "PROBLEM_WORDS",
    "QUEUE_WORDS",
    "RECIPIENT_WORDS",
    "RUBRIC_WORDS",
    "SIGNER_PART_WORDS",
    "STATE_WORDS",
    "TABLE_WORDS",
    "TIE_BREAK_WORDS",
    "VOTE_STATUS_WORDS",
    "action_words",
    "choice_words",
    "describe",
    "describe_field",
    "describe_item",
    "describe_problem",
    "doc_type_words",
    "os_error_words",
    "rubric_words",
    "score_text",
    "state_words",
]
