"""Tamper evidence: a row changed, added or deleted by hand in SQLite is detected by ``verify``."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from lamdong_desktop.domain.proposals import ProposalContent, Section
from lamdong_desktop.services import accounts, calendar, proposals, staff
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage.audit import AUDITED_TABLES

from .test_proposals import full


@pytest.fixture
def filled(demo, tmp_path):
    ctx, head = demo
    official = accounts.sign_in(ctx, username="canbo", password="demo")
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    calendar.set_correction(ctx, actor=admin, day=date(2026, 3, 14), kind="workday", name="Làm bù")
    org = staff.list_party_orgs(ctx)[0]
    submitted = proposals.create_draft(ctx, actor=official, content=full(org.id)).value
    proposals.submit(ctx, actor=official, proposal_id=submitted.id)
    draft = proposals.create_draft(ctx, actor=official, content=ProposalContent(
        title="Xử lý đất đai", field="dat_dai", sections={Section.NECESSITY: "Đất đai tồn đọng."})).value
    doc = tmp_path / "scan.pdf"
    doc.write_bytes(b"%PDF-1.4 scan")
    proposals.attach_file(ctx, actor=official, proposal_id=draft.id, path=doc)
    assert verify_all(ctx).ok
    ctx.db.close()
    return ctx, draft


def _sql(ctx, statement: str, *params) -> None:
    conn = sqlite3.connect(ctx.paths.database)
    conn.execute(statement, params)
    conn.commit()
    conn.close()


def _report(ctx):
    from lamdong_desktop.services.context import open_app

    again = open_app(ctx.paths)
    try:
        return verify_all(again)
    finally:
        again.close()


def test_an_untouched_database_verifies(filled):
    ctx, _ = filled
    report = _report(ctx)
    assert report.ok and report.events > 0 and report.records > 0


def test_changing_a_proposals_text_is_detected(filled):
    ctx, draft = filled
    _sql(ctx, "UPDATE proposals SET content = replace(content, 'tồn đọng', 'đã xong') WHERE id = ?", draft.id)
    problems = _report(ctx).problems
    assert [(p.kind, p.table, p.record_id) for p in problems] == [("record_altered", "proposals", draft.id)]


@pytest.mark.parametrize("table", AUDITED_TABLES)
def test_changing_any_audited_table_is_detected(filled, table):
    ctx, _ = filled
    conn = sqlite3.connect(ctx.paths.database)
    row = conn.execute(f"SELECT id FROM [{table}] LIMIT 1").fetchone()
    conn.close()
    assert row is not None, f"{table} is empty: the fixture must fill every audited table"
    _sql(ctx, f"UPDATE [{table}] SET updated_at = '2020-01-01T00:00:00+07:00' WHERE id = ?", row[0])
    kinds = {(p.kind, p.table) for p in _report(ctx).problems}
    assert ("record_altered", table) in kinds


def test_deleting_an_audit_row_is_detected(filled):
    ctx, _ = filled
    _sql(ctx, "DELETE FROM audit_events WHERE seq = 3")
    kinds = [p.kind for p in _report(ctx).problems]
    assert "chain_broken" in kinds


def test_deleting_the_newest_audit_rows_is_detected(filled):
    ctx, _ = filled
    _sql(ctx, "DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)")
    kinds = [p.kind for p in _report(ctx).problems]
    assert "head_mismatch" in kinds


def test_editing_an_audit_row_is_detected(filled):
    ctx, _ = filled
    _sql(ctx, "UPDATE audit_events SET summary = 'không có gì' WHERE seq = 5")
    assert [p.kind for p in _report(ctx).problems][0] == "event_altered"


def test_deleting_or_adding_a_record_by_hand_is_detected(filled):
    ctx, draft = filled
    _sql(ctx, "DELETE FROM proposals_fts WHERE rowid = (SELECT rowid FROM proposals WHERE id = ?)", draft.id)
    assert _report(ctx).ok
    _sql(ctx, "DELETE FROM attachments")
    _sql(ctx, "DELETE FROM proposal_transitions")
    _sql(ctx, "INSERT INTO party_orgs (id, version, created_at, created_by, updated_at, updated_by, deleted, "
              "unit_code, name, name_fold, kind) VALUES ('x', 1, 'a', 'b', 'c', 'd', 0, 'LD021', 'Giả', 'gia', 'k')")
    kinds = {(p.kind, p.table) for p in _report(ctx).problems}
    assert ("record_missing", "attachments") in kinds and ("record_unaudited", "party_orgs") in kinds
    assert ("record_missing", "proposal_transitions") in kinds


def test_a_changed_attachment_file_is_detected(filled):
    ctx, _ = filled
    blob = next(p for p in ctx.paths.attachments.rglob("*") if p.is_file())
    blob.chmod(0o644)
    blob.write_bytes(b"%PDF-1.4 forged")
    assert [p.kind for p in _report(ctx).problems] == ["blob_altered"]
