"""Tamper evidence: a row changed, added or deleted by hand in SQLite is detected by ``verify``.

Every table of the schema is covered: record tables (found from the schema), the keyed tables (settings,
units, sequences, login failures), the log itself and its head; the search index is derived and rebuilt.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from lamdong_desktop.domain import clock
from lamdong_desktop.domain.errors import DomainError, ValidationError
from lamdong_desktop.domain.proposals import ProposalContent, Section
from lamdong_desktop.messages import describe_problem
from lamdong_desktop.services import (
    accounts,
    attachments,
    calendar,
    integrity,
    printing,
    proposals,
    register,
    review,
    staff,
)
from lamdong_desktop.services.context import open_app
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage import audit, database, verify
from lamdong_desktop.storage.paths import DataPaths
from tests.files_support import pdf_bytes, write_pdf
from tests.services.meeting_support import at

from .test_proposals import full


@pytest.fixture(autouse=True, params=["sql pass", "python only"])
def both_passes(request, monkeypatch):
    """Every tamper test runs twice: with verify's SQL pass, and with it unable to confirm anything, so
    each row and event goes to the Python check. Either alone must find every change."""
    if request.param == "python only":
        monkeypatch.setattr(verify, "_hash_sql", lambda columns, alias: None)
    return request.param


@pytest.fixture
def filled(demo, tmp_path):
    ctx, head = demo
    official = accounts.sign_in(ctx, username="canbo", password="demo")
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    with pytest.raises(DomainError):
        accounts.sign_in(ctx, username="thuky", password="sai")  # fills login_failures
    with at(date(2026, 3, 1)):  # a day still to come when it is corrected (a past day is refused)
        calendar.set_correction(ctx, actor=admin, day=date(2026, 3, 14), kind="workday", name="Làm bù")
    org = staff.list_party_orgs(ctx, actor=head)[0]
    submitted = proposals.create_draft(ctx, actor=official, content=full(org.id)).value
    proposals.submit(ctx, actor=official, proposal_id=submitted.id)
    review.receive(ctx, actor=head, proposal_id=submitted.id)
    review.record_party_opinion(ctx, actor=head, proposal_id=submitted.id, opinion_on=clock.today(),
                                body="Đảng ủy xã Di Linh", text="Thống nhất chủ trương.")
    draft = proposals.create_draft(ctx, actor=official, content=ProposalContent(
        title="Xử lý đất đai", field="dat_dai", sections={Section.NECESSITY: "Đất đai tồn đọng."})).value
    doc = tmp_path / "scan.pdf"
    write_pdf(doc, "scan")
    attachments.attach_file(ctx, actor=official, proposal_id=draft.id, path=doc)
    register.issue(ctx, actor=head, doc_type="TB", title="Thông báo tiếp nhận đề xuất", signer_name="Nguyễn Văn Hùng",
                   signer_title="Chủ tịch", subject_table="proposals", subject_id=submitted.id)
    _meeting_and_decision(ctx, head, submitted, tmp_path)
    printing.print_proposal_plan(ctx, actor=head, proposal_id=submitted.id, target=tmp_path / "ke-hoach.pdf")
    from lamdong_desktop.services import dossier_print

    dossier_print.print_dossier(ctx, actor=head, proposal_id=submitted.id, target=tmp_path / "ho-so.pdf")
    _task(ctx, head, official)
    assert verify_all(ctx).ok
    ctx.db.close()
    return ctx, draft


def _task(ctx, head, official):
    """A task with a co-assignee and a step: the task log's record tables (m017_tasks)."""
    from lamdong_desktop.services import task_steps, tasks

    task = tasks.add_task(ctx, actor=head, title="Báo cáo tình hình đất đai", lead="canbo", assigned_on=clock.today(),
                          working_days=3, co_assignees=["Bùi Thị Lan"]).value
    task_steps.record_progress(ctx, actor=official, task_id=task.id, text="Đã bắt đầu rà soát.")


def _meeting_and_decision(ctx, head, submitted, tmp_path):
    """Every meeting table gets a row: a leadership meeting, its members, item, ballots, a score, an opinion, its
    close (the minutes numbered), the decision after it."""
    from lamdong_desktop.services import decisions, meeting_records, meeting_votes, meetings

    secretary = accounts.sign_in(ctx, username="thuky", password="demo")
    people = {p.full_name: p.id for p in staff.list_people(ctx, actor=head)}
    seats = (("Nguyễn Văn Hùng", "chair", True), ("Ka Thị Hương", "member", False),
             ("Trần Thị Mai", "secretary", False))
    meeting = meetings.convene(ctx, actor=head, kind="leadership", title="Họp tập thể lãnh đạo", starts_at=clock.now(),
                               place="Hội trường", members=[meetings.MemberSpec(people[n], r, h) for n, r, h in seats],
                               proposal_ids=[submitted.id]).value
    ids = {m.full_name: m.id for m in meeting.members}
    meeting_records.attend_many(ctx, actor=secretary, meeting_id=meeting.id,
                                marks=[(i, "present", "") for i in ids.values()])
    meeting_votes.record_ballots(ctx, actor=secretary, meeting_id=meeting.id, proposal=submitted.id,
                                 ballots={ids["Nguyễn Văn Hùng"]: "for", ids["Ka Thị Hương"]: "for"})
    meeting_votes.record_score(ctx, actor=secretary, meeting_id=meeting.id, proposal=submitted.id,
                               member_id=ids["Ka Thị Hương"], criterion="urgency", score="8.5")
    meeting_records.record_opinion(ctx, actor=secretary, meeting_id=meeting.id, text="Đồng ý.",
                                   member_id=ids["Ka Thị Hương"])
    meetings.close(ctx, actor=secretary, meeting_id=meeting.id)  # the minutes take their number; then the decision
    decided = decisions.decide(ctx, actor=head, proposal_id=submitted.id, outcome="approve",
                               signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch").value
    _digitally_signed(ctx, secretary, decided.id, tmp_path)
    _implemented_and_evaluated(ctx, head, secretary, submitted, people, seats)
    with pytest.raises(DomainError):  # the secretary's sign-in above cleared the counter: fill login_failures again
        accounts.sign_in(ctx, username="thuky", password="sai")


def _digitally_signed(ctx, secretary, decision_id, tmp_path):
    """The decision printed, signed with a throwaway certificate and attached: a digital_signatures row."""
    from lamdong_desktop.services import decisions, printing_meetings
    from lamdong_desktop.services.signatures import P12Signer, sign_pdf

    from .signing_support import CA, P12_PASSWORD

    ca = CA.make()
    printed = printing_meetings.print_decision(ctx, actor=secretary, decision=decision_id, target=tmp_path / "qd.pdf")
    signer = P12Signer(ca.issue("Nguyễn Văn Hùng").p12(tmp_path / "ky.p12"), P12_PASSWORD)
    signed = sign_pdf(ctx, source=printed, output=tmp_path / "qd-da-ky.pdf", signer=signer).output
    assert decisions.attach_signed(ctx, actor=secretary, decision_id=decision_id, path=signed).value.digital_signatures


def _implemented_and_evaluated(ctx, head, secretary, submitted, people, seats):
    """Every implementation table gets a row: started, a value, a difficulty, an adjustment, finished, reported,
    the party committee's opinion on the result, an evaluation meeting, its close and its conclusion (issue 9), the
    commendation given for it."""
    from lamdong_desktop.services import (
        adjustments,
        evaluations,
        implementation,
        meeting_records,
        meeting_votes,
        meetings,
        result_reports,
    )

    official = accounts.sign_in(ctx, username="canbo", password="demo")
    implementation.start(ctx, actor=head, proposal_id=submitted.id, implementers=[people["K'Brơi Ngọc Sơn"]])
    implementation.record_progress(ctx, actor=official, proposal_id=submitted.id, indicator=1, value="45")
    implementation.report_difficulty(ctx, actor=official, proposal_id=submitted.id, text="Thiếu máy đo.")
    adjustments.adjust(ctx, actor=head, proposal_id=submitted.id, content="Kéo dài.", reasons="Mưa lũ.",
                       signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch")
    implementation.finish(ctx, actor=official, proposal_id=submitted.id)
    result_reports.submit(ctx, actor=official, proposal_id=submitted.id, explanation="Đã thực hiện.")
    review.record_party_opinion(ctx, actor=head, proposal_id=submitted.id, opinion_on=clock.today(),
                                body="Đảng ủy xã Di Linh", text="Thống nhất với kết quả.")
    meeting = meetings.convene(ctx, actor=head, kind="leadership", title="Họp đánh giá", starts_at=clock.now(),
                               place="Hội trường", members=[meetings.MemberSpec(people[n], r, h) for n, r, h in seats],
                               proposal_ids=[submitted.id]).value
    ids = {m.full_name: m.id for m in meeting.members}
    meeting_records.attend_many(ctx, actor=secretary, meeting_id=meeting.id,
                                marks=[(i, "present", "") for i in ids.values()])
    meeting_votes.record_ballots(ctx, actor=secretary, meeting_id=meeting.id, proposal=submitted.id,
                                 ballots={ids["Nguyễn Văn Hùng"]: "for", ids["Ka Thị Hương"]: "for"})
    meetings.close(ctx, actor=secretary, meeting_id=meeting.id)  # the conclusion, as a decision, follows the close
    evaluations.evaluate(ctx, actor=head, proposal_id=submitted.id, result="completed", abuse=[],
                         conditions=dict.fromkeys(("correct_policy", "pure_motive", "common_interest",
                                                   "no_self_interest"), True),
                         signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch")
    # Completed: the head records the commendation given (m015_commendations).
    from lamdong_desktop.services import commendations

    commendations.record(ctx, actor=head, proposal_id=submitted.id, person_id=people["K'Brơi Ngọc Sơn"],
                         form="Giấy khen", reference="25/QĐ-UBND", decided_on=clock.today())


def _sql(ctx, *statements: str | tuple) -> None:
    conn = sqlite3.connect(ctx.paths.database)
    for statement in statements:
        sql, *params = (statement,) if isinstance(statement, str) else statement
        conn.execute(sql, params)
    conn.commit()
    conn.close()


def _scalar(ctx, sql: str, *params):
    conn = sqlite3.connect(ctx.paths.database)
    try:
        row = conn.execute(sql, params).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _report(ctx, **kw):
    again = open_app(ctx.paths)
    try:
        return verify_all(again, **kw)
    finally:
        again.close()


def _kinds(ctx) -> set[tuple[str, str | None]]:
    return {(p.kind, p.table) for p in _report(ctx).problems}


def _classes(paths: DataPaths) -> dict[str, str]:
    db = database.open_database(paths)
    try:
        return audit.classify_tables(db)
    finally:
        db.close()


# ----------------------------------------------------------------------------------------- every table


def test_every_table_of_the_schema_is_audited_or_declared_derived(data_paths):
    classes = _classes(data_paths)
    unaccounted = sorted(t for t, kind in classes.items() if kind == "unaccounted")
    assert unaccounted == [], (
        f"tables neither audited nor derived: {unaccounted}. Give them the record columns (RecordStore), "
        "declare them in storage.audit.KEYED_TABLES (and audit every change), or in DERIVED_TABLES with a reason")
    assert {t for t, k in classes.items() if k == "keyed"} == set(audit.KEYED_TABLES)
    assert {"proposals", "attachments", "accounts", "people"} <= {t for t, k in classes.items() if k == "record"}
    assert all(reason.strip() for reason in audit.DERIVED_TABLES.values())


@pytest.mark.parametrize("table, kind", [("proposal_transitions", "table_missing"), ("attachments", "table_missing"),
                                         ("audit_events", "log_missing")])
def test_a_table_dropped_by_hand_is_reported_not_a_crash(filled, table, kind):
    ctx, _ = filled
    _sql(ctx, f"DROP TABLE [{table}]")
    problems = _report(ctx).problems
    assert (kind, table if kind == "table_missing" else None) in {(p.kind, p.table) for p in problems}
    assert describe_problem(problems[0].kind, **problems[0].where)


def test_a_table_added_by_hand_is_reported(filled):
    ctx, _ = filled
    _sql(ctx, "CREATE TABLE ghi_chu (x TEXT)")
    assert ("table_unaccounted", "ghi_chu") in _kinds(ctx)


def test_changing_a_proposals_text_is_detected_and_named_by_its_reference(filled):
    ctx, draft = filled
    _sql(ctx, ("UPDATE proposals SET content = replace(content, 'tồn đọng', 'đã xong') WHERE id = ?", draft.id))
    problems = _report(ctx).problems
    assert [(p.kind, p.table, p.record_id, p.label) for p in problems] == [
        ("record_altered", "proposals", draft.id, draft.ref)]
    text = describe_problem(problems[0].kind, **problems[0].where)
    assert f"đề xuất {draft.ref}" in text and draft.id not in text


def _record_tables() -> list[str]:
    """The record tables of a fully migrated schema, found as verify finds them (not a hand-kept list)."""
    with tempfile.TemporaryDirectory() as folder:
        return sorted(t for t, kind in _classes(DataPaths(Path(folder))).items() if kind == "record")


RECORD_TABLES = _record_tables()


def test_the_schema_has_the_record_tables_we_know_of():
    assert {"accounts", "party_orgs", "people", "calendar_corrections", "proposals", "proposal_revisions",
            "proposal_transitions", "attachments"} <= set(RECORD_TABLES)


@pytest.mark.parametrize("table", RECORD_TABLES)
def test_changing_any_record_table_is_detected(filled, table):
    ctx, _ = filled
    row = _scalar(ctx, f"SELECT id FROM [{table}] LIMIT 1")
    assert row is not None, f"{table} is empty: the fixture must fill every record table"
    _sql(ctx, (f"UPDATE [{table}] SET updated_at = '2020-01-01T00:00:00+07:00' WHERE id = ?", row))
    assert ("record_altered", table) in _kinds(ctx)


@pytest.mark.parametrize("statement, table, kind", [
    # app_meta: the unit, the mode, the attachment limit, the demo flag.
    ("UPDATE app_meta SET value = 'LD001' WHERE key = 'unit_code'", "app_meta", "record_altered"),
    ("UPDATE app_meta SET value = 'province' WHERE key = 'mode'", "app_meta", "record_altered"),
    ("INSERT INTO app_meta (key, value) VALUES ('attachment_max_mb', '5000')", "app_meta", "record_unaudited"),
    ("DELETE FROM app_meta WHERE key = 'demo'", "app_meta", "record_missing"),
    # units: the names printed on documents.
    ("UPDATE units SET name = 'Xã Giả Mạo' WHERE code = 'LD021'", "units", "record_altered"),
    ("DELETE FROM units WHERE code = 'LD001'", "units", "record_missing"),
    ("INSERT INTO units (code, name, kind, name_fold) VALUES ('LD999', 'Xã Mới', 'xa', 'xa moi')", "units",
     "record_unaudited"),
    # sequences: a reference number taken back so it could be reused.
    ("UPDATE sequences SET last = last - 1", "sequences", "record_altered"),
    ("DELETE FROM sequences", "sequences", "record_missing"),
    # login failures: a lockout counter wiped or forged.
    ("UPDATE login_failures SET failed_attempts = 0", "login_failures", "record_altered"),
    ("DELETE FROM login_failures", "login_failures", "record_missing"),
    ("INSERT INTO login_failures (username, failed_attempts) VALUES ('admin', 5)", "login_failures",
     "record_unaudited"),
])
def test_hand_edits_of_keyed_tables_are_detected(filled, statement, table, kind):
    ctx, _ = filled
    _sql(ctx, statement)
    assert (kind, table) in _kinds(ctx)


def test_a_keyed_row_removed_by_the_program_verifies(filled):
    ctx, _ = filled
    again = open_app(ctx.paths)
    try:
        accounts.sign_in(again, username="thuky", password="demo")  # clears the failure counter
        assert list(again.db.query("SELECT * FROM login_failures")) == []
        assert verify_all(again).ok
    finally:
        again.close()


def test_keyed_names_in_messages(filled):
    ctx, _ = filled
    _sql(ctx, "UPDATE units SET name = 'Xã Giả Mạo' WHERE code = 'LD021'")
    problem = next(p for p in _report(ctx).problems if p.table == "units")
    assert "đơn vị LD021 (Xã Giả Mạo)" in describe_problem(problem.kind, **problem.where)


# ----------------------------------------------------------------------------------------- the chain


def test_deleting_an_audit_row_is_detected(filled):
    ctx, _ = filled
    _sql(ctx, "DELETE FROM audit_events WHERE seq = 3")
    assert "chain_broken" in [p.kind for p in _report(ctx).problems]


def test_deleting_the_newest_audit_rows_is_detected(filled):
    ctx, _ = filled
    _sql(ctx, "DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)")
    assert "head_mismatch" in [p.kind for p in _report(ctx).problems]


def test_an_emptied_log_is_detected(filled):
    ctx, _ = filled
    _sql(ctx, "DELETE FROM audit_events")
    kinds = _kinds(ctx)
    assert ("log_emptied", None) in kinds
    assert ("record_unaudited", "proposals") in kinds and ("record_unaudited", "app_meta") in kinds


def test_an_emptied_log_and_head_is_still_detected(filled):
    ctx, _ = filled
    _sql(ctx, "DELETE FROM audit_events", "DELETE FROM app_meta WHERE key LIKE 'audit_head_%'")
    assert ("record_unaudited", "app_meta") in _kinds(ctx)


@pytest.mark.parametrize("cut", [1, 3, 12])
def test_a_truncated_tail_with_its_head_rewritten_is_detected(filled, cut):
    ctx, _ = filled
    last = _scalar(ctx, "SELECT max(seq) FROM audit_events")
    keep = last - cut
    _sql(ctx, ("DELETE FROM audit_events WHERE seq > ?", keep),
         ("UPDATE app_meta SET value = ? WHERE key = 'audit_head_seq'", str(keep)),
         ("UPDATE app_meta SET value = (SELECT hash FROM audit_events WHERE seq = ?) WHERE key = 'audit_head_hash'",
          keep))
    problems = _report(ctx).problems
    kinds = {p.kind for p in problems}
    assert problems and "head_mismatch" not in kinds and "chain_broken" not in kinds  # the chain itself is fine
    assert kinds & {"record_altered", "record_unaudited"}  # the rows the deleted events wrote betray it


def test_a_log_whose_first_event_is_not_the_genesis_fails(filled):
    ctx, _ = filled
    _sql(ctx, "DELETE FROM audit_events WHERE seq <= 2")
    problems = _report(ctx).problems
    assert problems[0].kind == "genesis_missing" and problems[0].seq == 3


def test_renumbered_events_are_detected(filled):
    ctx, _ = filled
    _sql(ctx, "UPDATE audit_events SET seq = seq + 1000 WHERE seq = (SELECT max(seq) FROM audit_events)")
    kinds = [p.kind for p in _report(ctx).problems]
    assert "seq_gap" in kinds and "head_mismatch" in kinds


def test_editing_an_audit_row_is_detected(filled):
    ctx, _ = filled
    _sql(ctx, "UPDATE audit_events SET summary = 'không có gì' WHERE seq = 5")
    assert [p.kind for p in _report(ctx).problems][0] == "event_altered"


def test_deleting_or_adding_a_record_by_hand_is_detected(filled):
    ctx, _ = filled
    _sql(ctx, "DELETE FROM attachments", "DELETE FROM proposal_transitions",
         "INSERT INTO party_orgs (id, version, created_at, created_by, updated_at, updated_by, deleted, "
         "unit_code, name, name_fold, kind) VALUES ('x', 1, 'a', 'b', 'c', 'd', 0, 'LD021', 'Giả', 'gia', 'k')")
    problems = _report(ctx).problems
    kinds = {(p.kind, p.table) for p in problems}
    assert ("record_missing", "attachments") in kinds and ("record_unaudited", "party_orgs") in kinds
    assert ("record_missing", "proposal_transitions") in kinds
    gone = next(p for p in problems if p.table == "attachments")
    # A row that is gone is named by its kind, id and last event number, never by that event's words: they
    # may quote a draft's title or a reason the reader of the report may not read.
    text = describe_problem(gone.kind, **gone.where)
    assert gone.record_id in text and str(gone.seq) in text and "scan.pdf" not in text


def test_the_search_index_is_derived_checked_and_rebuilt(filled):
    ctx, draft = filled
    _sql(ctx, ("DELETE FROM proposals_fts WHERE rowid = (SELECT rowid FROM proposals WHERE id = ?)", draft.id),
         "INSERT INTO proposals_fts (rowid, title, body) VALUES (99999, 'rac', 'rac')")
    report = _report(ctx)
    assert report.ok and report.stale_index == 2 and report.index_rebuilt == 2
    again = open_app(ctx.paths)
    try:
        official = accounts.sign_in(again, username="canbo", password="demo")
        assert [h.summary.id for h in proposals.search(again, "ton dong", actor=official)] == [draft.id]
        assert verify.verify(again.db).stale_index == 0
    finally:
        again.close()


def test_an_index_row_edited_by_hand_is_put_back_by_a_full_rebuild(filled):
    """A search index row whose text was changed (to hide a proposal from searches) covers its proposal, so
    only the full rebuild (``verify --rebuild-index``) restores it; the records were never affected."""
    ctx, draft = filled
    _sql(ctx, ("UPDATE proposals_fts SET title = 'an', body = 'an' WHERE rowid = "
               "(SELECT rowid FROM proposals WHERE id = ?)", draft.id))
    again = open_app(ctx.paths)
    try:
        official = accounts.sign_in(again, username="canbo", password="demo")
        assert proposals.search(again, "ton dong", actor=official) == []
        assert integrity.verify_all(again).ok  # derived data: not a finding
        count = again.db.execute("SELECT count(*) FROM proposals WHERE deleted = 0").fetchone()[0]
        assert integrity.rebuild_search_index(again, everything=True) == count
        assert [h.summary.id for h in proposals.search(again, "ton dong", actor=official)] == [draft.id]
        assert integrity.verify_all(again).ok
    finally:
        again.close()


def test_the_latest_event_of_a_row_is_found_through_the_index(filled):
    # The per-record check is SQL against the (target_table, target_id) index, never a dict of all events.
    ctx, _ = filled
    db = database.open_database(ctx.paths)
    try:
        plan = " ".join(str(r) for r in db.execute(
            "EXPLAIN QUERY PLAN SELECT max(x.seq) FROM audit_events AS x WHERE x.target_table = ? "
            "AND x.target_id = ?", ["proposals", "x"]))
        assert "idx_audit_events_target_table_target_id" in plan
    finally:
        db.close()


# ----------------------------------------------------------------------------------------- attachments


def _blob(ctx) -> Path:
    """The stored file of the draft's attachment "scan.pdf" (the signed decision has one too)."""
    import hashlib

    from lamdong_desktop.storage import attachments as blobs

    return blobs.blob_path(ctx.paths, hashlib.sha256(pdf_bytes("scan")).hexdigest())


def test_a_changed_attachment_file_is_detected_by_name(filled):
    ctx, draft = filled
    blob = _blob(ctx)
    blob.chmod(0o644)
    blob.write_bytes(pdf_bytes("fake"))  # same size, other bytes
    problems = _report(ctx).problems
    assert [(p.kind, p.label, p.owner) for p in problems] == [("blob_altered", "scan.pdf", draft.ref)]
    assert f"“scan.pdf” của đề xuất {draft.ref}" in describe_problem(problems[0].kind, **problems[0].where)


@pytest.mark.parametrize("reader", ["admin", "chutich"])
def test_the_report_never_names_a_file_of_a_draft_its_reader_may_not_read(filled, reader):
    """Verify is read by the administrator and the head; a draft never submitted is its author's alone, so
    its attachment is named by id and the draft's reference, not by its file name."""
    ctx, draft = filled
    _blob(ctx).chmod(0o644)
    _blob(ctx).write_bytes(pdf_bytes("fake"))
    again = open_app(ctx.paths)
    try:
        actor = accounts.sign_in(again, username=reader, password="demo")
        problems = integrity.report_for(again, actor=actor).problems
        author = accounts.sign_in(again, username="canbo", password="demo")
        with pytest.raises(DomainError):  # the report itself is for its readers only
            integrity.report_for(again, actor=author)
    finally:
        again.close()
    assert [(p.kind, p.label, p.owner) for p in problems] == [("blob_altered", None, draft.ref)]
    text = describe_problem(problems[0].kind, **problems[0].where)
    assert "scan.pdf" not in text and problems[0].record_id in text and draft.ref in text


def test_the_report_names_a_submitted_proposals_file_for_the_head(filled):
    ctx, draft = filled
    again = open_app(ctx.paths)
    try:
        official = accounts.sign_in(again, username="canbo", password="demo")
        org = staff.list_party_orgs(again, actor=official)[0]
        proposals.update_content(again, actor=official, proposal_id=draft.id, content=full(org.id))
        proposals.submit(again, actor=official, proposal_id=draft.id)
    finally:
        again.close()
    _blob(ctx).chmod(0o644)
    _blob(ctx).write_bytes(pdf_bytes("fake"))
    again = open_app(ctx.paths)
    try:
        head = accounts.sign_in(again, username="chutich", password="demo")
        problems = integrity.report_for(again, actor=head).problems
    finally:
        again.close()
    assert [(p.kind, p.label) for p in problems] == [("blob_altered", "scan.pdf")]


def test_a_truncated_attachment_file_is_a_size_finding(filled):
    ctx, _ = filled
    blob = _blob(ctx)
    blob.chmod(0o644)
    blob.write_bytes(b"%PDF")
    assert [p.kind for p in _report(ctx).problems] == ["blob_size_mismatch"]


@pytest.mark.parametrize("replacement", ["folder", "link", "missing"])
def test_an_attachment_replaced_by_a_folder_or_link_is_a_finding_not_a_crash(filled, tmp_path, replacement):
    ctx, _ = filled
    blob = _blob(ctx)
    content = blob.read_bytes()
    blob.unlink()
    if replacement == "folder":
        blob.mkdir()
    elif replacement == "link":
        outside = tmp_path / "outside.pdf"
        outside.write_bytes(content)  # even a link to the right bytes is not the stored file
        os.symlink(outside, blob)
    expected = {"folder": "blob_not_a_file", "link": "blob_not_a_file", "missing": "blob_missing"}[replacement]
    assert [p.kind for p in _report(ctx).problems] == [expected]


def test_an_unreadable_attachment_file_is_a_finding(filled, monkeypatch):
    ctx, _ = filled
    blob = _blob(ctx)
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == blob:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    assert [p.kind for p in _report(ctx).problems] == ["blob_unreadable"]


# ----------------------------------------------------------------------------------------- anchors


def test_the_printed_head_anchors_the_chain(filled):
    ctx, _ = filled
    again = open_app(ctx.paths)
    try:
        seq, short = integrity.current_head(again)
        assert len(short) == 8 and integrity.check_anchor(again, seq, short) is None
        assert integrity.parse_anchor(f"Nhật ký #{seq} · {short}") == (seq, short)
        assert integrity.parse_anchor(f"{seq}:{short.upper()}") == (seq, short)
        with pytest.raises(ValidationError) as err:
            integrity.parse_anchor("mười hai")
        assert err.value.code == "anchor_invalid"
    finally:
        again.close()
    # The tail after the anchor is cut and the head rewritten: the anchor is missing.
    _sql(ctx, ("DELETE FROM audit_events WHERE seq >= ?", seq))
    report = _report(ctx, anchors=((seq, short),))
    assert ("anchor_missing", seq) in [(p.kind, p.seq) for p in report.problems]


def test_a_rewritten_history_does_not_match_the_paper_anchor(filled):
    ctx, _ = filled
    again = open_app(ctx.paths)
    seq, short = integrity.current_head(again)
    again.close()
    _sql(ctx, ("UPDATE audit_events SET hash = ? WHERE seq = ?", "f" * 64 if short[0] != "f" else "0" * 64, seq))
    problems = _report(ctx, anchors=((seq, short),)).problems
    assert ("anchor_mismatch", seq) in [(p.kind, p.seq) for p in problems]
    text = describe_problem("anchor_mismatch", seq=seq, label=short)
    assert str(seq) in text and short in text


# ---------------------------------------------------------------------------------------- the SQL pass


def test_the_sql_pass_confirms_every_row_the_program_wrote(demo, tmp_path, both_passes):
    """Texts with what JSON escapes (quotes, backslashes, line breaks, tabs), Vietnamese and emoji, and an
    attachment marked "attached by mistake" (its late columns set): SQLite's rendering must equal the
    program's canonical JSON byte for byte, or verify would fall back to Python for every such row."""
    ctx, head = demo
    official = accounts.sign_in(ctx, username="canbo", password="demo")
    org = staff.list_party_orgs(ctx, actor=head)[0]
    tricky = 'Dòng “một”\n\tthụt lề \\ đường dẫn C:\\tệp "trích" 😀 ½ — hết.'
    base = full(org.id)
    content = replace(base, title='Đề xuất "kiểm" tra \\ ký tự',
                      sections={**base.sections, Section.NECESSITY: tricky})
    draft = proposals.create_draft(ctx, actor=official, content=content).value
    doc = tmp_path / "bản quét “gốc”.pdf"
    write_pdf(doc, "scan")
    attached = attachments.attach_file(ctx, actor=official, proposal_id=draft.id, path=doc).value
    proposals.submit(ctx, actor=official, proposal_id=draft.id)
    attachments.mark_attachment_mistaken(ctx, actor=official, attachment_id=attached.id, reason='Nhầm tệp "cũ"')
    proposals.return_for_revision(ctx, actor=head, proposal_id=draft.id, reason="Bổ sung\nsố liệu \\ nguồn")
    proposals.update_content(ctx, actor=official, proposal_id=draft.id,
                             content=replace(content, sections={**content.sections, Section.SOLUTION: tricky * 3}))
    report = verify_all(ctx)
    assert report.ok, report.problems
    if both_passes == "sql pass":
        assert report.rechecked == 0
    else:
        assert report.rechecked == report.events + report.records


def test_a_value_sql_renders_differently_is_cleared_by_python_not_reported(filled):
    """A float (SQLite and Python write 1e+20 differently) makes the SQL pass unsure; the Python check,
    which computed the recorded hash, decides — here the row was really changed, so it is reported."""
    ctx, _ = filled
    _sql(ctx, "UPDATE accounts SET version = 1e20 WHERE username = 'canbo'")
    report = _report(ctx)
    assert [(p.kind, p.table, p.label) for p in report.problems] == [("record_altered", "accounts", "canbo")]
    assert report.rechecked >= 1



def test_every_record_table_has_a_name_people_know(data_paths):
    from lamdong_desktop.messages.integrity import TABLE_WORDS

    classes = _classes(data_paths)
    assert sorted(t for t, kind in classes.items() if kind in ("record", "keyed") and t not in TABLE_WORDS) == []


def test_a_changed_result_report_is_named_by_its_proposal(filled):
    ctx, _ = filled
    conn = sqlite3.connect(ctx.paths.database)
    rid, ref = conn.execute("SELECT r.id, p.ref FROM result_reports AS r JOIN proposals AS p "
                            "ON p.id = r.proposal_id LIMIT 1").fetchone()
    conn.close()
    _sql(ctx, ("UPDATE result_reports SET damage_estimate = 'sửa tay' WHERE id = ?", rid))
    words = [describe_problem(p.kind, **p.where) for p in _report(ctx).problems]
    assert any(f"báo cáo kết quả thực hiện đề xuất {ref}" in w for w in words), words
