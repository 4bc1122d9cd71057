"""Errors raised by the core: a code and parameters, never a sentence.

The CLI and the UI turn codes into Vietnamese through ``lamdong_desktop.messages``.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule was broken; ``code`` names which, ``params`` fill the message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:  # for logs only; users see messages.describe()
        return f"{self.code} {self.params}" if self.params else self.code


class ValidationError(DomainError):
    """Input that cannot be accepted; ``params['problems']`` may list every problem at once."""


class PermissionDenied(DomainError):
    """The signed-in account lacks the permission the action needs."""


class NotFound(DomainError):
    """A referenced record does not exist (or was deleted)."""


class Cancelled(Exception):
    """A long job was cancelled by its user."""


# Codes, kept in one place so that a test can check each has a Vietnamese message.
CODES = (
    "already_initialized",
    "not_initialized",
    "unit_not_found",
    "unit_ambiguous",
    "unit_required",
    "invalid_mode",
    "username_invalid",
    "username_taken",
    "password_too_short",
    "password_mismatch",
    "password_blank",
    "login_failed",
    "account_locked",
    "account_disabled",
    "user_not_found",
    "role_unknown",
    "roles_required",
    "last_admin",
    "permission_denied",
    "authentication_required",
    "text_required",
    "person_not_found",
    "party_org_not_found",
    "party_org_has_members",
    "party_org_name_taken",
    "party_org_kind_invalid",
    "date_invalid",
    "year_invalid",
    "working_days_invalid",
    "correction_kind_invalid",
    "correction_not_found",
    "correction_weekday_workday",
    "schema_too_new",
    "migration_failed",
    "database_unreadable",
    "database_damaged",
    "database_busy",
    "database_readonly",
    "database_io_error",
    "disk_full",
    "data_dir_unreadable",
    "attachments_unwritable",
    "data_dir_has_database",
    "data_dir_not_empty",
    "data_dir_unwritable",
    "version_conflict",
    "proposal_not_found",
    "proposal_incomplete",
    "proposal_not_editable",
    "transition_not_allowed",
    "reason_required",
    "revision_not_found",
    "attachment_not_found",
    "attachment_unreadable",
    "attachment_too_large",
    "attachment_empty",
    "attachment_damaged",
    "print_failed",
    "print_target_refused",
    "quorum_not_met",
    "party_opinion_required",
    "party_opinion_against",
    "decision_against_conclusion",
    "stance_invalid",
    "stance_required",
    "vote_not_passed",
    "decision_required",
    "date_in_future",
    "receipt_before_submission",
    "opinion_before_submission",
    "opinion_not_now",
    "vote_not_completed",
    "document_required",
    "old_password_wrong",
    "demo_folder_not_demo",
    "text_control_chars",
    "text_too_long",
    "date_out_of_range",
    "working_days_too_many",
    "demo_exists",
    "not_a_demo",
    "attachment_is_evidence",
    "attachment_already_mistaken",
    "attachment_name_not_found",
    "anchor_invalid",
    # votes and scores (domain/votes.py, domain/scoring.py)
    "members_empty",
    "member_id_invalid",
    "member_duplicate",
    "head_duplicate",
    "council_size_rule_invalid",
    "council_size_invalid",
    "council_chair_count",
    "council_secretary_count",
    "attendee_not_member",
    "quorum_rule_invalid",
    "vote_below_quorum",
    "ballot_not_member",
    "ballot_absent",
    "ballot_proposer",
    "choice_invalid",
    "override_without_vote",
    "override_after_pass",
    "override_vote_open",
    "override_not_head",
    "override_own_proposal",
    "rubric_empty",
    "rubric_code_invalid",
    "rubric_code_duplicate",
    "rubric_weight_invalid",
    "rubric_max_invalid",
    "rubric_title_required",
    "score_invalid",
    "score_out_of_range",
    "score_duplicate",
    "score_criterion_unknown",
    "score_member_unknown",
    # the document register (domain/register.py)
    "doc_type_unknown",
    "issuer_invalid",
    "sequence_invalid",
    "authority_unknown",
    "signer_incomplete",
    "register_title_required",
    "register_subject_not_found",
    "register_date_future",
    "register_date_before_last",
    "register_entry_not_found",
    "register_entry_already_cancelled",
    "register_number_taken",
    "register_reference_invalid",
    "register_reference_ambiguous",
    # meetings and decisions as records (domain/meetings.py, services/meetings…, decisions)
    "meeting_not_found",
    "member_not_found",
    "member_ambiguous",
    "item_not_on_agenda",
    "item_not_scheduled",
    "decision_not_found",
    "meeting_kind_invalid",
    "meeting_level_invalid",
    "seat_invalid",
    "attendance_invalid",
    "outcome_invalid",
    "datetime_invalid",
    "meeting_chair_count",
    "meeting_secretary_count",
    "meeting_locked",
    "meeting_not_open",
    "meeting_not_ended",
    "meeting_end_before_start",
    "meeting_end_future",
    "meeting_end_too_late",
    "meeting_not_started",
    "meeting_before_receipt",
    "attendance_twice",
    "meeting_agenda_empty",
    "meeting_has_decisions",
    "broad_needs_council",
    "item_decided",
    "score_not_own",
    "score_proposer",
    "decision_exists",
    "decision_locked",
    "decision_before_meeting",
    "register_entry_in_use",
    "override_exists",
    "opinion_speaker_required",
    "meeting_not_held",
    "opinion_speaker_both",
    "member_absent",
    "member_not_marked",
    # which decision a person means when printing it (services/printing_meetings.py)
    "decision_number_ambiguous",
    "decisions_many",
    "decision_none",
    "minutes_before_attendance",
    # printed copies and their check codes (domain/check_code.py, services/printed.py, printed_verify.py)
    "check_code_malformed",
    "check_code_typo",
    "check_code_scheme",
    "printed_stale",
    "printed_not_found",
    # the result report and the protection ruling (domain/results.py, domain/protection.py)
    "protection_result_invalid",
    "protection_condition_invalid",
    "protection_condition_value_invalid",
    "protection_abuse_invalid",
    "protection_liability_invalid",
    "protection_measure_invalid",
    "protection_measure_not_applicable",
    "protection_incomplete",
    "indicator_value_invalid",
    "progress_indicator_unknown",
)
