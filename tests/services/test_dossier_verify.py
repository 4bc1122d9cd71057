"""``verify_dossier``: a printed dossier against the database — each document by name, what came after, the audit
head, the file's own seal and its record; a file that is no dossier is told so."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from lamdong_desktop.domain.errors import NotFound, ValidationError
from lamdong_desktop.services import dossier, dossier_print, dossier_seal, implementation, printing
from lamdong_desktop.services.dossier_verify import HeadVerdict, Verdict, verify_dossier
from lamdong_desktop.storage import audit
from lamdong_desktop.storage.attachments import blob_path
from tests.files_support import write_pdf

from .dossier_support import through_evaluation
from .implementation_support import VOTERS, started
from .meeting_support import LEADERSHIP, at, attend, close, convene, office, received, vote


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from lamdong_desktop.services.demo import create_demo
    from lamdong_desktop.storage.paths import DataPaths

    root = tmp_path_factory.mktemp("dossier-verify")
    ctx, head = create_demo(DataPaths(root / "data"), proposals=False)
    o = office(ctx, head)
    evaluated = through_evaluation(o, root / "files")
    with at(date(2026, 2, 12), 9):
        made = dossier_print.print_dossier(o.ctx, actor=o.official, proposal_id=evaluated.proposal.id,
                                           target=root / "ho-so.pdf").value
    yield o, evaluated, made
    ctx.close()


def _verdicts(check):
    return {d.name: d.verdict for d in check.documents}


def test_a_dossier_just_printed_matches_the_database(built):
    o, evaluated, made = built
    check = verify_dossier(o.ctx, actor=o.head, path=made.path)
    assert check.ok and check.intact and check.recorded and check.head is HeadVerdict.OK
    assert check.ref == evaluated.proposal.ref and check.printed_by == "K'Brơi Ngọc Sơn"
    assert len(check.documents) == 18 and set(_verdicts(check).values()) == {Verdict.OK}
    assert check.newer == ()


def test_a_record_changed_in_sqlite_after_printing_names_its_document(built):
    o, evaluated, made = built
    sql = "UPDATE result_reports SET explanation = ? WHERE proposal_id = ?"
    before = o.ctx.db.execute("SELECT explanation FROM result_reports WHERE proposal_id = ?",
                              [evaluated.proposal.id]).fetchone()[0]
    o.ctx.db.execute(sql, ["Đã hoàn thành vượt kế hoạch.", evaluated.proposal.id])
    try:
        check = verify_dossier(o.ctx, actor=o.head, path=made.path)
    finally:
        o.ctx.db.execute(sql, [before, evaluated.proposal.id])
    assert not check.ok
    changed = [name for name, verdict in _verdicts(check).items() if verdict is not Verdict.OK]
    assert changed == [f"Báo cáo kết quả thực hiện {evaluated.proposal.ref}"]
    assert _verdicts(check)[changed[0]] is Verdict.CHANGED
    assert verify_dossier(o.ctx, actor=o.head, path=made.path).ok  # put back: it matches again


def test_a_stored_scan_replaced_behind_the_program_is_named(built):
    o, evaluated, made = built
    target = blob_path(o.ctx.paths, _sha(evaluated.files["decision"]))
    kept = target.read_bytes()
    target.chmod(0o644)
    target.write_bytes(kept.replace(b"Quyet dinh", b"Quyet dinx"))
    try:
        check = verify_dossier(o.ctx, actor=o.head, path=made.path)
    finally:
        target.write_bytes(kept)
    assert _verdicts(check)["Bản chụp văn bản đã ký “Quyết định đã ký.pdf”"] is Verdict.FILE_CHANGED
    assert [v for v in _verdicts(check).values() if v is not Verdict.OK] == [Verdict.FILE_CHANGED]


def test_an_audit_head_rewritten_since_is_seen(built):
    o, evaluated, made = built
    check = verify_dossier(o.ctx, actor=o.head, path=made.path)
    seq = check.audit_seq
    real = audit.event_hash_at(o.ctx.db, seq)
    o.ctx.db.execute("UPDATE audit_events SET hash = ? WHERE seq = ?", ["0" * 64, seq])
    try:
        assert verify_dossier(o.ctx, actor=o.head, path=made.path).head is HeadVerdict.MISMATCH
    finally:
        o.ctx.db.execute("UPDATE audit_events SET hash = ? WHERE seq = ?", [real, seq])


def test_a_dossier_whose_bytes_changed_is_altered_and_a_rebuilt_one_is_not_ours(built, tmp_path):
    o, evaluated, made = built
    data = bytearray(made.path.read_bytes())
    data[len(data) // 3] ^= 0x01
    (tmp_path / "sua.pdf").write_bytes(bytes(data))
    altered = verify_dossier(o.ctx, actor=o.head, path=tmp_path / "sua.pdf")
    assert not altered.intact and not altered.ok and altered.documents == ()
    # Someone who edits the file and seals it again makes a file this database never printed.
    start = bytes(data).find(b"/LamdongDossierSeal (") + len(b"/LamdongDossierSeal (")
    data[start:start + 64] = b"0" * 64
    resealed, _ = dossier_seal.seal_bytes(bytes(data))
    (tmp_path / "lam-lai.pdf").write_bytes(resealed)
    rebuilt = verify_dossier(o.ctx, actor=o.head, path=tmp_path / "lam-lai.pdf")
    assert rebuilt.intact and not rebuilt.recorded and not rebuilt.ok


def test_a_file_that_is_no_dossier_is_told_so(built, tmp_path):
    o, evaluated, made = built
    plan = printing.print_proposal_plan(o.ctx, actor=o.head, proposal_id=evaluated.proposal.id,
                                        target=tmp_path / "ke-hoach.pdf")
    for path, code in ((plan, "dossier_not_dossier"), (tmp_path / "khong-co.pdf", "dossier_unreadable")):
        with pytest.raises(ValidationError) as refused:
            verify_dossier(o.ctx, actor=o.head, path=path)
        assert refused.value.code == code
    (tmp_path / "anh.pdf").write_bytes(b"\x89PNG\r\n\x1a\n not a pdf")
    with pytest.raises(ValidationError) as refused:
        verify_dossier(o.ctx, actor=o.head, path=tmp_path / "anh.pdf")
    assert refused.value.code == "dossier_not_pdf"


def test_only_a_reader_of_the_proposal_checks_its_dossier(built):
    o, evaluated, made = built
    with pytest.raises(NotFound):
        verify_dossier(o.ctx, actor=o.admin, path=made.path)


def test_what_came_after_the_print_is_named(demo, tmp_path):
    o = office(*demo)
    proposal = started(o)
    with at(date(2026, 1, 16)):
        made = dossier_print.print_dossier(o.ctx, actor=o.head, proposal_id=proposal.id,
                                           target=tmp_path / "hs.pdf").value
    shutil.copyfile(made.path, tmp_path / "ban-sao.pdf")
    with at(date(2026, 1, 28)):
        implementation.record_progress(o.ctx, actor=o.official, proposal_id=proposal.id, indicator=1, value="30",
                                       measured_on=date(2026, 1, 28),
                                       evidence=write_pdf(tmp_path / "Nghiệm thu.pdf", "Nghiem thu"))
    check = verify_dossier(o.ctx, actor=o.head, path=tmp_path / "ban-sao.pdf")
    assert not check.ok
    assert [d.name for d in check.documents if d.verdict is not Verdict.OK] == [
        f"Bảng theo dõi tiến độ thực hiện {proposal.ref}"]
    assert [n.name for n in check.newer] == ["Minh chứng tiến độ “Nghiệm thu.pdf”"]


def _sha(path):
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_proposers_dossier_shows_his_item_of_the_minutes_and_still_verifies_for_the_head(demo, tmp_path):
    """The minutes a proposer reads hold his item only: checked as he printed them, not as the head reads them."""
    o = office(*demo)
    own = received(o)
    other = received(o, by=o.secretary, title="Số hóa hồ sơ một cửa")
    meeting = convene(o, [own.id, other.id], kind="leadership", seats=LEADERSHIP)
    attend(o, meeting, [n for n, _, _ in LEADERSHIP])
    for proposal in (own, other):
        vote(o, meeting, proposal, dict.fromkeys(VOTERS, "for"))
    close(o, meeting)
    with at(date(2026, 1, 12), 15):
        made = dossier_print.print_dossier(o.ctx, actor=o.official, proposal_id=own.id,
                                           target=tmp_path / "hs.pdf").value
    def minutes_digest(actor):
        return next(p.digest for p in dossier.collect(o.ctx, own.id, actor=actor).parts if p.kind.value == "minutes")

    assert minutes_digest(o.head) != minutes_digest(o.official)  # the head's minutes hold both items
    check = verify_dossier(o.ctx, actor=o.head, path=made.path)
    assert check.ok, [(d.name, d.verdict) for d in check.documents]
    minutes = [d for d in check.documents if d.kind == "minutes"]
    assert len(minutes) == 1 and minutes[0].verdict is Verdict.OK


def test_an_event_before_the_printed_head_edited_breaks_the_chain_it_anchors(built):
    o, evaluated, made = built
    seq = verify_dossier(o.ctx, actor=o.head, path=made.path).audit_seq
    summary = o.ctx.db.execute("SELECT summary FROM audit_events WHERE seq = ?", [seq - 3]).fetchone()[0]
    o.ctx.db.execute("UPDATE audit_events SET summary = 'sửa' WHERE seq = ?", [seq - 3])
    try:
        check = verify_dossier(o.ctx, actor=o.head, path=made.path)
    finally:
        o.ctx.db.execute("UPDATE audit_events SET summary = ? WHERE seq = ?", [summary, seq - 3])
    assert check.head is HeadVerdict.BROKEN and not check.ok
    assert verify_dossier(o.ctx, actor=o.head, path=made.path).head is HeadVerdict.OK


def test_a_dossier_of_another_unit_is_refused_naming_that_unit(built, tmp_path):
    """A commune that receives another commune's dossier is told whose it is, not that it is altered or unknown."""
    from lamdong_desktop.services.demo import create_demo
    from lamdong_desktop.storage.paths import DataPaths

    o, evaluated, made = built
    other, other_head = create_demo(DataPaths(tmp_path / "khac"), unit="Phường Xuân Hương - Đà Lạt", proposals=False)
    try:
        assert other.unit_code != o.ctx.unit_code
        before = other.db.execute("SELECT count(*) FROM audit_events").fetchone()[0]
        with pytest.raises(ValidationError) as refused:
            verify_dossier(other, actor=other_head, path=made.path)
        assert refused.value.code == "dossier_other_unit"
        assert refused.value.params["unit"] == o.ctx.unit_code
        from lamdong_desktop.messages import describe

        said = describe(refused.value)
        assert str(made.path) in said and o.ctx.unit.name in said and "không phải đơn vị" in said
        assert other.db.execute("SELECT count(*) FROM audit_events").fetchone()[0] == before
    finally:
        other.close()
