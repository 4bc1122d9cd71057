"""The attachments tab: “Xóa tệp” on a never-submitted draft, “Đánh dấu đính kèm nhầm…” once submitted."""

from __future__ import annotations

from lamdong_desktop.services import accounts, attachments, proposal_history, proposals, staff
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.ui.proposals.attachments import AttachmentsPanel
from tests.files_support import write_pdf
from tests.services.test_proposals import full

from .proposal_support import settle


def _panel(qtbot, ctx, actor):
    panel = AttachmentsPanel(ctx, actor)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _setup(demo_ctx, tmp_path):
    author = accounts.sign_in(demo_ctx, username="canbo", password="demo")
    org = staff.list_party_orgs(demo_ctx, actor=author)[0]
    draft = proposals.create_draft(demo_ctx, actor=author, content=full(org.id, "Đề xuất có tệp đính kèm")).value
    doc = tmp_path / "Biên bản họp thôn.pdf"
    write_pdf(doc, "bien ban hop thon 1")
    return author, draft, doc


def _files(ctx) -> list:
    return [p for p in ctx.paths.attachments.rglob("*") if p.is_file()]


def test_the_author_removes_a_file_from_a_draft(qtbot, demo_ctx, tmp_path, answer_yes, errors_shown):
    author, draft, doc = _setup(demo_ctx, tmp_path)
    before = set(_files(demo_ctx))
    panel = _panel(qtbot, demo_ctx, author)
    panel.load(proposals.view_of(draft, author))
    assert panel.remove_button.isVisibleTo(panel) and not panel.mistaken_button.isVisibleTo(panel)
    attaching = panel.attach([doc])
    settle(qtbot)  # the copy runs on a worker; the change notice reloads the panel
    assert attaching is not None and attaching.result is not None and attaching.result.added == 1
    assert set(_files(demo_ctx)) - before
    assert not panel.remove_button.isEnabled()  # nothing chosen yet
    panel.table.selectRow(0)
    assert panel.remove_button.isEnabled()
    panel.remove_button.click()
    assert answer_yes and "Biên bản họp thôn.pdf" in answer_yes[0]
    assert panel.filenames() == [] and errors_shown == []
    assert set(_files(demo_ctx)) == before  # the stored file went with the last reference
    assert verify_all(demo_ctx).ok


def test_a_submitted_proposals_file_is_marked_mistaken_with_a_reason(qtbot, demo_ctx, tmp_path, on_modal):
    author, draft, doc = _setup(demo_ctx, tmp_path)
    attachments.attach_file(demo_ctx, actor=author, proposal_id=draft.id, path=doc)
    submitted = proposals.submit(demo_ctx, actor=author, proposal_id=draft.id).value
    panel = _panel(qtbot, demo_ctx, author)
    panel.load(proposals.view_of(submitted, author))
    assert not panel.remove_button.isVisibleTo(panel) and panel.mistaken_button.isVisibleTo(panel)
    assert "bằng chứng" in panel.note.text()
    panel.table.selectRow(0)
    seen: dict[str, str] = {}

    def fill(dialog) -> None:
        dialog.ok_button.click()  # no reason yet: refused inside the dialog, which stays open
        seen["error"] = dialog.error.text()
        dialog.reason.setPlainText("Biên bản của thôn khác")
        dialog.ok_button.click()

    on_modal(fill)
    assert panel.mark_selected_mistaken()
    assert "lý do" in seen["error"].lower()
    remark = panel.proxy.index(0, 4).data()
    assert remark == "Đính kèm nhầm: Biên bản của thôn khác"
    panel.table.selectRow(0)
    assert not panel.mistaken_button.isEnabled()  # already marked
    assert panel.filenames() == ["Biên bản họp thôn.pdf"]  # still listed: it is evidence
    trail = [e.summary for e in proposal_history.audit_trail(demo_ctx, draft.id, actor=author)]
    assert any("đính kèm nhầm" in s for s in trail)


def test_someone_else_sees_neither_button(qtbot, demo_ctx, tmp_path):
    author, draft, doc = _setup(demo_ctx, tmp_path)
    attachments.attach_file(demo_ctx, actor=author, proposal_id=draft.id, path=doc)
    submitted = proposals.submit(demo_ctx, actor=author, proposal_id=draft.id).value
    other = accounts.sign_in(demo_ctx, username="thuky", password="demo")  # reads it, is no party to it
    panel = _panel(qtbot, demo_ctx, other)
    panel.load(proposals.view_of(submitted, other))
    assert not panel.remove_button.isVisibleTo(panel) and not panel.mistaken_button.isVisibleTo(panel)
