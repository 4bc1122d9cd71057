"""Attachments through the services: a draft's author removes a file; after submission it is evidence."""

from __future__ import annotations

import logging
import os
import sqlite3
import time

import pytest

from lamdong_desktop.domain.errors import DomainError, NotFound, PermissionDenied, ValidationError
from lamdong_desktop.services import attachments, proposal_history, proposals
from lamdong_desktop.services.context import open_app
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage import proposals_repo
from lamdong_desktop.storage.records import RecordStore
from tests.files_support import write_pdf

from .test_proposals import full, unit  # noqa: F401 (fixture)


def _files(ctx) -> list:
    return [p for p in ctx.paths.attachments.rglob("*") if p.is_file()]


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "bien-ban.pdf"
    write_pdf(path, "bien ban hop thon")
    return path


def test_the_author_removes_a_file_from_a_never_submitted_draft(unit, doc):  # noqa: F811
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    view = attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=doc).value
    assert attachments.may_remove_attachments(proposals.get(ctx, draft.id, actor=users["canbo"]), users["canbo"])
    with pytest.raises(NotFound):  # the head cannot even see a draft never submitted
        attachments.remove_attachment(ctx, actor=users["chutich"], attachment_id=view.id)
    attachments.remove_attachment(ctx, actor=users["canbo"], attachment_id=view.id)
    assert attachments.list_attachments(ctx, draft.id, actor=users["canbo"]) == []
    assert _files(ctx) == []  # nothing refers to the file any more
    trail = [e.summary for e in proposal_history.audit_trail(ctx, draft.id, actor=users["canbo"])]
    assert any("Gỡ tệp “bien-ban.pdf”" in s for s in trail)
    assert verify_all(ctx).ok


def test_a_file_still_used_by_another_attachment_stays(unit, doc):  # noqa: F811
    ctx, users, org = unit
    first = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    second = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id, "Đề xuất thứ hai")).value
    one = attachments.attach_file(ctx, actor=users["canbo"], proposal_id=first.id, path=doc).value
    attachments.attach_file(ctx, actor=users["canbo"], proposal_id=second.id, path=doc)
    attachments.remove_attachment(ctx, actor=users["canbo"], attachment_id=one.id)
    assert len(_files(ctx)) == 1
    assert [a.filename for a in attachments.list_attachments(ctx, second.id, actor=users["canbo"])] == ["bien-ban.pdf"]
    assert verify_all(ctx).ok


def test_after_submission_an_attachment_is_evidence_marked_mistaken_with_a_reason(unit, doc):  # noqa: F811
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    view = attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=doc).value
    proposals.submit(ctx, actor=users["canbo"], proposal_id=draft.id)
    with pytest.raises(ValidationError) as err:
        attachments.remove_attachment(ctx, actor=users["canbo"], attachment_id=view.id)
    assert err.value.code == "attachment_is_evidence" and err.value.params["name"] == "bien-ban.pdf"
    with pytest.raises(ValidationError) as err:
        attachments.mark_attachment_mistaken(ctx, actor=users["canbo"], attachment_id=view.id, reason="  ")
    assert err.value.code == "reason_required"
    with pytest.raises(PermissionDenied):
        attachments.mark_attachment_mistaken(ctx, actor=users["thuky"], attachment_id=view.id, reason="Nhầm")

    marked = attachments.mark_attachment_mistaken(ctx, actor=users["canbo"], attachment_id=view.id,
                                                  reason="Biên bản của thôn khác").value
    assert marked.mistaken and marked.mistaken_reason == "Biên bản của thôn khác"
    listed = attachments.list_attachments(ctx, draft.id, actor=users["canbo"])
    assert [(a.filename, a.mistaken_reason) for a in listed] == [("bien-ban.pdf", "Biên bản của thôn khác")]
    assert len(_files(ctx)) == 1  # the file stays: it is evidence
    trail = [e.summary for e in proposal_history.audit_trail(ctx, draft.id, actor=users["canbo"])]
    assert any("đính kèm nhầm: Biên bản của thôn khác" in s for s in trail)
    with pytest.raises(ValidationError) as err:
        attachments.mark_attachment_mistaken(ctx, actor=users["chutich"], attachment_id=view.id, reason="Lần nữa")
    assert err.value.code == "attachment_already_mistaken"
    assert verify_all(ctx).ok


def test_a_refused_attach_leaves_no_file(unit, doc):  # noqa: F811
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    stored = attachments.store_file(ctx.paths, doc, max_bytes=10_000)
    assert len(_files(ctx)) == 1
    with pytest.raises(NotFound):  # a draft never submitted is its author's alone
        attachments.record_attachment(ctx, actor=users["thuky"], proposal_id=draft.id, stored=stored)
    assert _files(ctx) == []


def test_a_rolled_back_attach_leaves_no_file_but_keeps_one_in_use(unit, doc, monkeypatch):  # noqa: F811
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    real_insert = RecordStore.insert

    def failing_insert(self, fields, **kw):
        if self.table == "attachments":
            with self.db.atomic():
                real_insert(self, fields, **kw)
                raise sqlite3.OperationalError("disk I/O error")
        return real_insert(self, fields, **kw)

    monkeypatch.setattr(RecordStore, "insert", failing_insert)
    with pytest.raises(sqlite3.OperationalError):
        attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=doc)
    assert _files(ctx) == [] and proposals_repo.attachments_of(ctx.db, "proposals", draft.id) == []

    monkeypatch.setattr(RecordStore, "insert", real_insert)
    kept = attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=doc).value
    monkeypatch.setattr(RecordStore, "insert", failing_insert)
    with pytest.raises(sqlite3.OperationalError):
        attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=doc)
    assert blobs.blob_state(ctx.paths, kept.sha256, kept.size) is None  # the live attachment keeps its file
    assert verify_all(ctx).ok


def test_reference_numbers_are_audited_under_the_author(unit):  # noqa: F811
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    event = list(ctx.db.query(
        "SELECT * FROM audit_events WHERE target_table = 'sequences' ORDER BY seq DESC LIMIT 1"))[0]
    assert event["actor_name"] == "canbo" and event["action"] == "sequences.set"
    assert f"Lấy số {int(draft.ref.split('-')[-1])} " in event["summary"]


def test_messages_for_the_new_codes_read_in_vietnamese():
    from lamdong_desktop.messages import describe

    text = describe(DomainError("attachment_is_evidence", name="a.pdf"))
    assert "a.pdf" in text and "Đánh dấu đính kèm nhầm" in text


def test_detach_by_file_name_removes_from_a_draft_or_marks_once_submitted(unit, doc):  # noqa: F811
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=doc)
    with pytest.raises(DomainError) as err:
        attachments.detach(ctx, actor=users["canbo"], proposal_id=draft.ref, filename="khong-co.pdf")
    assert err.value.code == "attachment_name_not_found" and err.value.params["ref"] == draft.ref
    attachments.detach(ctx, actor=users["canbo"], proposal_id=draft.ref, filename="bien-ban.pdf")
    assert attachments.list_attachments(ctx, draft.id, actor=users["canbo"]) == []

    attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=doc)
    proposals.submit(ctx, actor=users["canbo"], proposal_id=draft.id)
    with pytest.raises(ValidationError) as err:
        attachments.detach(ctx, actor=users["canbo"], proposal_id=draft.ref, filename="bien-ban.pdf")
    assert err.value.code == "attachment_is_evidence"
    marked = attachments.detach(ctx, actor=users["chutich"], proposal_id=draft.ref, filename="bien-ban.pdf",
                                reason="Nhầm biên bản").value
    assert marked.mistaken_reason == "Nhầm biên bản"
    assert verify_all(ctx).ok


def _age(path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


OLD = blobs.ORPHAN_GRACE_SECONDS + 600


def test_a_file_stored_without_its_row_is_swept_at_the_next_start_once_old(unit, doc, tmp_path, caplog):  # noqa: F811
    """A crash between storing the file and inserting its row leaves an orphan: removed, logged, audited."""
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    kept = attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=doc).value
    # The first half of an attach, then the "crash": the file is in the store, no row refers to it.
    other = tmp_path / "quyet-dinh.pdf"
    write_pdf(other, "quyet dinh")
    orphan = attachments.store_file(ctx.paths, other, max_bytes=10_000)
    young = tmp_path / "to-trinh.pdf"
    write_pdf(young, "to trinh")
    in_progress = attachments.store_file(ctx.paths, young, max_bytes=10_000)  # another window's attach under way
    foreign = blobs.blob_path(ctx.paths, orphan.sha256).parent / "ghi-chu.txt"  # not a file of the store
    foreign.write_text("của tôi", "utf-8")
    for path in (blobs.blob_path(ctx.paths, kept.sha256), blobs.blob_path(ctx.paths, orphan.sha256), foreign):
        _age(path, OLD)
    events = ctx.db["audit_events"].count
    open_app(ctx.paths, sweep_orphans=False).close()  # a worker's own connection: no walk over the store
    assert blobs.blob_path(ctx.paths, orphan.sha256).exists()
    with caplog.at_level(logging.WARNING, logger="lamdong_desktop"):
        again = open_app(ctx.paths)  # the start-up of the next run
    again.close()
    assert not blobs.blob_path(ctx.paths, orphan.sha256).exists()
    assert blobs.blob_state(ctx.paths, kept.sha256, kept.size) is None  # a live attachment keeps its file
    assert blobs.blob_path(ctx.paths, in_progress.sha256).exists()  # too young: may be an attach under way
    assert foreign.read_text("utf-8") == "của tôi"
    assert orphan.sha256 in caplog.text
    note = list(ctx.db.query("SELECT * FROM audit_events ORDER BY seq DESC LIMIT 1"))[0]
    assert ctx.db["audit_events"].count == events + 1
    assert note["action"] == "attachments.orphans_removed" and orphan.sha256[:12] in note["summary"]
    assert verify_all(ctx).ok
    # Nothing left to sweep: the next start writes nothing.
    open_app(ctx.paths).close()
    assert ctx.db["audit_events"].count == events + 1


def test_the_file_of_a_removed_attachment_left_by_a_crash_is_swept_too(unit, doc, monkeypatch):  # noqa: F811
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    view = attachments.attach_file(ctx, actor=users["canbo"], proposal_id=draft.id, path=doc).value
    monkeypatch.setattr(blobs, "remove_blob", lambda *_a: False)  # the crash: the row went, the file stayed
    attachments.remove_attachment(ctx, actor=users["canbo"], attachment_id=view.id)
    monkeypatch.undo()
    target = blobs.blob_path(ctx.paths, view.sha256)
    _age(target, OLD)
    assert blobs.sweep_orphans(ctx.db, ctx.paths) == [view.sha256] and not target.exists()
    assert verify_all(ctx).ok


def test_storing_a_file_again_makes_it_young_so_the_sweep_spares_it(unit, doc):  # noqa: F811
    """An old orphan that an attach in another process is about to use again: the copy touches it first."""
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    stored = attachments.store_file(ctx.paths, doc, max_bytes=10_000)
    target = blobs.blob_path(ctx.paths, stored.sha256)
    _age(target, OLD)
    again = attachments.store_file(ctx.paths, doc, max_bytes=10_000)  # same content: the file is reused
    assert again.sha256 == stored.sha256
    assert blobs.sweep_orphans(ctx.db, ctx.paths) == [] and target.exists()
    view = attachments.record_attachment(ctx, actor=users["canbo"], proposal_id=draft.id, stored=again).value
    assert blobs.blob_state(ctx.paths, view.sha256, view.size) is None


def test_a_row_written_while_the_sweep_looks_keeps_its_file(unit, doc, monkeypatch):  # noqa: F811
    """The sweep decides again under the write lock: a row committed after its first look wins."""
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    stored = attachments.store_file(ctx.paths, doc, max_bytes=10_000)
    _age(blobs.blob_path(ctx.paths, stored.sha256), OLD)
    real = blobs._live_hashes
    looks: list[int] = []

    def first_look_misses_the_row(db, hashes):
        looks.append(len(hashes))
        if len(looks) == 1:  # the other process's attach commits right after this first look
            attachments.record_attachment(ctx, actor=users["canbo"], proposal_id=draft.id, stored=stored)
            return set()
        return real(db, hashes)

    monkeypatch.setattr(blobs, "_live_hashes", first_look_misses_the_row)
    assert blobs.sweep_orphans(ctx.db, ctx.paths) == [] and len(looks) == 2
    assert blobs.blob_state(ctx.paths, stored.sha256, stored.size) is None
    assert verify_all(ctx).ok


def test_an_attach_whose_file_was_swept_is_refused_and_leaves_no_row(unit, doc):  # noqa: F811
    """The other order: the sweep committed first; the attach finds no file, under the lock, and says so."""
    ctx, users, org = unit
    draft = proposals.create_draft(ctx, actor=users["canbo"], content=full(org.id)).value
    stored = attachments.store_file(ctx.paths, doc, max_bytes=10_000)
    _age(blobs.blob_path(ctx.paths, stored.sha256), OLD)
    assert blobs.sweep_orphans(ctx.db, ctx.paths) == [stored.sha256]
    with pytest.raises(NotFound) as err:
        attachments.record_attachment(ctx, actor=users["canbo"], proposal_id=draft.id, stored=stored)
    assert err.value.code == "attachment_not_found"
    assert proposals_repo.attachments_of(ctx.db, "proposals", draft.id) == []
