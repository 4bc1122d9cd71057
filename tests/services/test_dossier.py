"""The proposal dossier: what it collects and in which order, the one PDF it prints (each document by its own form,
the scans as pages, the list of documents with their SHA-256 and the audit head), what it records, and only for a
reader of the proposal."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from lamdong_desktop.documents.check import check_of
from lamdong_desktop.documents.dossier import hash_text
from lamdong_desktop.documents.signing import digest_of_check
from lamdong_desktop.domain.cancel import CancelToken
from lamdong_desktop.domain.errors import Cancelled, NotFound, ValidationError
from lamdong_desktop.services import (
    attachments,
    dossier,
    dossier_pdf,
    dossier_print,
    dossier_seal,
    implementation,
    printed,
    proposals,
)
from lamdong_desktop.storage import audit, dossier_repo, implementation_repo
from lamdong_desktop.storage.attachments import blob_path
from lamdong_desktop.storage.records import SYSTEM
from lamdong_desktop.storage.verify import verify
from tests.documents.pdftext import check_lines, flat
from tests.files_support import write_pdf

from .dossier_support import EXPECTED_KINDS, through_evaluation
from .implementation_support import started
from .meeting_support import at, office, received


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The demo commune with one proposal carried through every step (built once: it takes a while)."""
    from lamdong_desktop.services.demo import create_demo
    from lamdong_desktop.storage.paths import DataPaths

    root = tmp_path_factory.mktemp("dossier")
    ctx, head = create_demo(DataPaths(root / "data"), proposals=False)
    o = office(ctx, head)
    evaluated = through_evaluation(o, root / "files")
    yield o, evaluated
    ctx.close()


@pytest.fixture
def printed_dossier(built, tmp_path):
    o, evaluated = built
    with at(date(2026, 2, 12), 9):
        made = dossier_print.print_dossier(o.ctx, actor=o.head, proposal_id=evaluated.proposal.id,
                                           target=tmp_path / "ho-so.pdf").value
    return o, evaluated, made


def test_the_dossier_collects_every_document_in_the_order_they_came(built):
    o, evaluated = built
    found = dossier.collect(o.ctx, evaluated.proposal.id, actor=o.head)
    assert tuple(p.kind.value for p in found.parts) == EXPECTED_KINDS
    names = [p.name for p in found.parts]
    ref = evaluated.proposal.ref
    assert names[:4] == [f"Kế hoạch đề xuất {ref}",
                         "Phiếu ghi nhận ý kiến của cấp ủy (về kế hoạch đề xuất, ngày 05/01/2026)",
                         "Giấy mời họp số 01/GM-UBND", "Biên bản họp số 01/BB-UBND"]
    assert names[5] == "Quyết định số 01/QĐ-UBND" and names[7] == "Quyết định điều chỉnh số 02/QĐ-UBND"
    assert names[16] == "Thông báo kết luận đánh giá số 01/TB-UBND"
    # Each scan follows the document it signs or evidences, and says so.
    by_key = {p.key: p for p in found.parts}
    signed = [(by_key[p.of].kind.value, p.number) for p in found.parts if p.of]
    assert signed == [("minutes", "Biên bản đã ký.pdf"), ("decision", "Quyết định đã ký.pdf"),
                      ("adjustment", "Điều chỉnh đã ký.pdf"), ("progress", "Biên bản nghiệm thu.pdf"),
                      ("progress", "Ảnh hiện trường.jpg"), ("evaluation", "Kết luận đã ký.pdf")]
    # A printed form's digest is the one its check line is made of; a file's, its stored bytes' SHA-256.
    minutes = found.parts[3]
    _, document = printed.document_of(o.ctx, printed.MINUTES, evaluated.approval_meeting.id, actor=o.head)
    assert minutes.digest == digest_of_check(check_of(document))
    scan = found.parts[4]
    assert scan.sha256 == hashlib.sha256(evaluated.files["minutes"].read_bytes()).hexdigest()


def test_the_printed_dossier_holds_each_document_then_its_list(printed_dossier):
    o, evaluated, made = printed_dossier
    reader = PdfReader(made.path)
    manifest = json.loads(reader.attachments[dossier_seal.MANIFEST_NAME][0])
    entries = manifest["documents"]
    assert [e["kind"] for e in entries] == list(EXPECTED_KINDS)
    assert made.documents == len(entries) == 18 and made.pages == len(reader.pages) == manifest["pages"]
    # The documents follow each other page after page; the list takes the last pages.
    page = 1
    for entry in entries:
        assert entry["first_page"] == page
        page += entry["pages"]
    assert page <= len(reader.pages)
    # Each printed form carries its own check on each of its pages; a scan is the scan, page by page.
    lines = check_lines(made.path)
    for entry in entries:
        first = lines[entry["first_page"] - 1]
        if entry["source"] == dossier.FILE:
            assert first == "", entry["name"]
        else:
            assert "mã kiểm tra" in first, entry["name"]
    scan = next(e for e in entries if e["number"] == "Biên bản đã ký.pdf")
    assert scan["pages"] == 1 and "Bien ban da ky" in reader.pages[scan["first_page"] - 1].extract_text()
    photo = next(e for e in entries if e["number"] == "Ảnh hiện trường.jpg")
    shown = reader.pages[photo["first_page"] - 1]["/Resources"]["/XObject"]
    assert list(shown) == ["/Im0"] and shown["/Im0"].get_object()["/Filter"] == "/DCTDecode"
    assert shown["/Im0"].get_object().get_data() == evaluated.files["evidence_jpeg"].read_bytes()  # as it was taken
    # The list: the same data in words, each hash in full, and the head printed.
    listed = flat(" ".join(reader.pages[n].extract_text() for n in range(page - 1, len(reader.pages))))
    assert "DANH MỤC TÀI LIỆU" in listed and f"Hồ sơ đề xuất {evaluated.proposal.ref}" in listed
    assert f"Hồ sơ gồm 18 tài liệu trên {page - 1} trang, tiếp theo là danh mục này" in listed
    for entry in entries:
        assert hash_text(entry["digest"].removeprefix("sha256:")) in listed, entry["name"]
        pages = str(entry["first_page"]) if entry["pages"] == 1 else \
            f"{entry['first_page']}–{entry['first_page'] + entry['pages'] - 1}"
        assert f"{entry['order']} " in listed and pages in listed
    for words in ("Biên bản họp 01/BB-UBND", "Quyết định điều chỉnh 02/QĐ-UBND",
                  "Bản chụp văn bản đã ký Biên bản đã ký.pdf", "Minh chứng tiến độ Ảnh hiện trường.jpg"):
        assert words in listed, words
    head = manifest["audit_head"]
    assert f"Mốc nhật ký khi in: #{head['seq']} · {hash_text(head['hash'])}" in listed
    assert audit.event_hash_at(o.ctx.db, head["seq"]) == head["hash"]
    assert "NGƯỜI IN HỒ SƠ" in listed and "Nguyễn Văn Hùng" in listed


def test_the_file_is_sealed_and_its_print_recorded_with_a_copy_of_each_document(printed_dossier):
    o, evaluated, made = printed_dossier
    data = made.path.read_bytes()
    carried, computed = dossier_seal.seal_of(data)
    assert carried == computed == made.seal
    row = dossier_repo.by_seal(o.ctx.db, o.ctx.unit_code, made.seal)
    assert row["proposal_id"] == evaluated.proposal.id and row["documents"] == 18 and row["pages"] == made.pages
    assert row["printed_by"] == o.head.user_id
    sources = {r["source"] for r in o.ctx.db.query("SELECT source FROM printed_documents")}
    assert {"plan", "opinion", "invitation", "minutes", "decision", "adjustment", "progress", "report",
            "evaluation"} <= sources
    assert verify(o.ctx.db).ok  # every row the print wrote is audited


def test_a_submitted_version_the_plan_no_longer_says_comes_before_the_plan(demo, tmp_path):
    o = office(*demo)
    proposal = received(o)
    with at(date(2026, 1, 6)):
        proposals.return_for_revision(o.ctx, actor=o.head, proposal_id=proposal.id, reason="Bổ sung chỉ tiêu")
    with at(date(2026, 1, 7)):
        fresh = proposals.get(o.ctx, proposal.id, actor=o.official)
        proposals.update_content(o.ctx, actor=o.official, proposal_id=proposal.id,
                                 content=replace(fresh.content, title="Giải quyết dứt điểm vi phạm đất đai ở thôn 1"))
        proposals.submit(o.ctx, actor=o.official, proposal_id=proposal.id)
    parts = dossier.collect(o.ctx, proposal.id, actor=o.official).parts
    assert [(p.kind.value, p.detail) for p in parts[:2]] == [
        ("plan_version", "phiên bản 1, trình ngày 05/01/2026"), ("plan", "")]
    assert parts[0].digest != parts[1].digest
    assert "Giải quyết dứt điểm vi phạm đất đai" in parts[0].title and "thôn 1" in parts[1].title


def test_only_a_reader_of_the_proposal_prints_it_and_never_into_the_data_folder(built, tmp_path):
    o, evaluated = built
    with pytest.raises(NotFound):
        dossier_print.print_dossier(o.ctx, actor=o.admin, proposal_id=evaluated.proposal.id,
                                    target=tmp_path / "x.pdf")
    with pytest.raises(Exception) as refused:
        dossier_print.print_dossier(o.ctx, actor=o.head, proposal_id=evaluated.proposal.id,
                                    target=o.ctx.paths.root / "x.pdf")
    assert getattr(refused.value, "code", "") == "print_target_refused"
    assert not (tmp_path / "x.pdf").exists() and not (o.ctx.paths.root / "x.pdf").exists()


def test_a_change_while_printing_leaves_no_file_and_records_nothing(built, tmp_path, monkeypatch):
    o, evaluated = built
    before = len(dossier_repo.of_proposal(o.ctx.db, evaluated.proposal.id))
    rendered = dossier_pdf.render
    store = implementation_repo.implementations(o.ctx.db)
    row = implementation_repo.implementation_of(o.ctx.db, evaluated.proposal.id)

    def end_reason(value):
        store.update(row["id"], {"end_reason": value}, author=SYSTEM, summary="another window")

    def render_then_change(*args, **kwargs):
        made = rendered(*args, **kwargs)
        end_reason("Mưa lũ")  # written meanwhile, through the record store: the progress sheet says it
        return made

    monkeypatch.setattr(dossier_pdf, "render", render_then_change)
    try:
        with pytest.raises(ValidationError) as stale:
            dossier_print.print_dossier(o.ctx, actor=o.head, proposal_id=evaluated.proposal.id,
                                        target=tmp_path / "hs.pdf")
    finally:
        end_reason(None)
    assert stale.value.code == "dossier_stale"
    assert not (tmp_path / "hs.pdf").exists()
    assert len(dossier_repo.of_proposal(o.ctx.db, evaluated.proposal.id)) == before


def test_a_write_elsewhere_while_printing_does_not_stop_it(built, tmp_path, monkeypatch):
    o, evaluated = built
    rendered = dossier_pdf.render

    def render_then_write_elsewhere(*args, **kwargs):
        made = rendered(*args, **kwargs)
        with at(date(2026, 2, 12), 9):
            received(o, title="Một đề xuất khác")  # the chain moves on, this proposal's documents do not
        return made

    monkeypatch.setattr(dossier_pdf, "render", render_then_write_elsewhere)
    with at(date(2026, 2, 12), 9):
        made = dossier_print.print_dossier(o.ctx, actor=o.head, proposal_id=evaluated.proposal.id,
                                           target=tmp_path / "hs.pdf").value
    assert made.path.is_file() and dossier_repo.by_seal(o.ctx.db, o.ctx.unit_code, made.seal)


def test_a_cancelled_print_writes_nothing(built, tmp_path):
    o, evaluated = built
    token = CancelToken()
    seen = []

    def progress(percent, what):
        seen.append((percent, what))
        if len(seen) == 3:
            token.cancel()

    with pytest.raises(Cancelled):
        dossier_print.print_dossier(o.ctx, actor=o.head, proposal_id=evaluated.proposal.id,
                                    target=tmp_path / "hs.pdf", progress=progress, cancel=token)
    assert not (tmp_path / "hs.pdf").exists()
    assert seen[0][1] == f"Tài liệu 1/18: Kế hoạch đề xuất {evaluated.proposal.ref}" and seen[0][0] < seen[1][0]


def test_a_stored_scan_that_no_longer_has_its_hash_stops_the_print(demo, tmp_path):
    o = office(*demo)
    proposal = received(o)
    attached = attachments.attach_file(o.ctx, actor=o.official, proposal_id=proposal.id,
                                       path=write_pdf(tmp_path / "phuong-an.pdf", "Phuong an")).value
    blob_path(o.ctx.paths, attached.sha256).write_bytes(b"%PDF-1.4 hong")
    with pytest.raises(Exception) as damaged:
        dossier_print.print_dossier(o.ctx, actor=o.official, proposal_id=proposal.id, target=tmp_path / "hs.pdf")
    assert getattr(damaged.value, "code", "") == "dossier_scan_damaged"
    assert damaged.value.params["name"] == "phuong-an.pdf" and not (tmp_path / "hs.pdf").exists()


def test_documents_lists_what_the_dossier_holds(built):
    o, evaluated = built
    listed = dossier.documents(o.ctx, evaluated.proposal.id, actor=o.head)
    assert [d["kind"] for d in listed] == list(EXPECTED_KINDS)
    assert listed[5] == {"kind": "decision", "name": "Quyết định số 01/QĐ-UBND", "number": "01/QĐ-UBND",
                         "date": "2026-01-13", "digest": listed[5]["digest"], "title": listed[5]["title"]}
    assert listed[5]["digest"].startswith("sha256:") and len(listed[5]["digest"]) == 71
    # The proposer reads his own dossier: the same documents.
    assert [d["digest"] for d in dossier.documents(o.ctx, evaluated.proposal.id, actor=o.official)] == \
        [d["digest"] for d in listed]
    with pytest.raises(NotFound):
        dossier.documents(o.ctx, evaluated.proposal.id, actor=o.admin)


def test_a_difficulty_recorded_later_changes_the_progress_sheet(demo, tmp_path):
    """The progress sheet is what was recorded: a new difficulty is a new sheet (and so a changed digest)."""
    o = office(*demo)
    proposal = started(o)
    first = next(p for p in dossier.collect(o.ctx, proposal.id, actor=o.head).parts if p.kind.value == "progress")
    with at(date(2026, 1, 19)):
        implementation.report_difficulty(o.ctx, actor=o.official, proposal_id=proposal.id, text="Mưa lớn kéo dài")
    second = next(p for p in dossier.collect(o.ctx, proposal.id, actor=o.head).parts if p.kind.value == "progress")
    assert first.key == second.key and first.digest != second.digest


def test_a_page_of_the_dossier_and_the_same_form_printed_alone_answer_the_same_check_code(printed_dossier, tmp_path):
    """The dossier records a copy of each form it prints; the report, the conclusion and an adjustment printed alone
    are recorded too: the code read from either paper is the database's current document."""
    from lamdong_desktop.services import printing_results
    from lamdong_desktop.services.printed_verify import Verdict, check_code

    o, evaluated, made = printed_dossier
    lines = check_lines(made.path)
    for printed_alone in (
            printing_results.print_report(o.ctx, actor=o.official, proposal_id=evaluated.proposal.id,
                                          target=tmp_path / "bc.pdf"),
            printing_results.print_evaluation(o.ctx, actor=o.head, evaluation=evaluated.evaluation.reference,
                                              target=tmp_path / "kl.pdf"),
            printing_results.print_adjustment(o.ctx, actor=o.head, adjustment=evaluated.adjustment.id,
                                              target=tmp_path / "dc.pdf")):
        alone = check_lines(printed_alone)[0]
        code = alone.rsplit(" ", 1)[1]
        assert alone in lines  # the same document, the same line, on its page of the dossier
        answer = check_code(o.ctx, actor=o.head, text=code)
        assert answer.verdict is Verdict.CURRENT and answer.copy.copies >= 2, alone
