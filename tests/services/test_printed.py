"""Printed copies and their check codes: every kind printed through the services carries the code it was recorded
with (read back from the page with zbar), and ``check_code`` tells a current copy, a superseded one, an altered
code, a stranger and a typo — and tells someone who may not read the record no more than the paper claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamdong_desktop.domain import check_code as codes
from lamdong_desktop.domain.errors import DomainError, ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import printed, printing, proposals
from lamdong_desktop.services import printing_meetings as pm
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.printed_verify import Verdict, check_code
from lamdong_desktop.storage import printed_repo
from lamdong_desktop.storage.paths import DataPaths
from tests.documents.qr_read import page_codes

from .meeting_support import at, attend, convene, office, received
from .printing_support import Month, build_month


@pytest.fixture(scope="module")
def month(tmp_path_factory) -> Month:
    built = build_month(tmp_path_factory.mktemp("month") / "data")
    yield built
    built.o.ctx.close()


def _copies(ctx, source: str, subject_id: str) -> list[printed.PrintedCopy]:
    table = printed.SOURCES[source].table
    return [printed.copy_view(r) for r in printed_repo.of_subject(ctx.db, source, table, subject_id)]


def _prints(month: Month) -> dict[str, tuple[object, str, str, object]]:
    """name → (how to print it to a path, source, subject id, who prints it)."""
    o = month.o
    return {
        "plan": (lambda t: printing.print_proposal_plan(o.ctx, actor=o.head, proposal_id=month.broad.ref, target=t),
                 printed.PLAN, month.broad.id, o.head),
        "minutes": (lambda t: pm.print_minutes(o.ctx, actor=o.secretary, meeting_id=month.council.id, target=t),
                    printed.MINUTES, month.council.id, o.secretary),
        "decision": (lambda t: pm.print_decision(o.ctx, actor=o.head, decision=month.approval.reference, target=t),
                     printed.DECISION, month.approval.id, o.head),
        "notice": (lambda t: pm.print_decision(o.ctx, actor=o.head, decision=month.notice.id, target=t),
                   printed.DECISION, month.notice.id, o.head),
        "invitation": (lambda t: pm.print_invitation(o.ctx, actor=o.head, meeting_id=month.late.id, target=t),
                       printed.INVITATION, month.late.id, o.head),
    }


@pytest.mark.parametrize("name", ["plan", "minutes", "decision", "notice", "invitation"])
def test_each_kind_printed_carries_the_code_it_was_recorded_with(month, tmp_path, name):
    make, source, subject, printer = _prints(month)[name]
    path = make(tmp_path / f"{name}.pdf")
    [copy] = _copies(month.o.ctx, source, subject)
    assert copy.printed_by_name == printer.full_name and copy.copies == 1
    pages = page_codes(path)
    assert pages == [[copy.qr]] * len(pages) and len(pages) >= 1
    answer = check_code(month.o.ctx, actor=month.o.head, text=pages[-1][0])
    assert answer.verdict is Verdict.CURRENT and answer.copy == copy and answer.genuine
    # The line under the QR, typed by hand, names the same print.
    typed = copy.code.lower().replace("-", " ")
    assert check_code(month.o.ctx, actor=month.o.head, text=typed).copy == copy


def test_the_same_data_printed_twice_is_one_record_with_two_copies(month, tmp_path):
    o = month.o
    first = pm.print_minutes(o.ctx, actor=o.head, meeting_id=month.late.id, target=tmp_path / "a.pdf")
    second = pm.print_minutes(o.ctx, actor=o.secretary, meeting_id=month.late.id, target=tmp_path / "b.pdf")
    assert page_codes(first) == page_codes(second)
    [copy] = _copies(o.ctx, printed.MINUTES, month.late.id)
    assert copy.copies == 2 and copy.printed_by_name == o.head.full_name  # the first print names who made it
    assert check_code(o.ctx, actor=o.head, text=copy.qr).copy.copies == 2


def test_a_proposers_own_minutes_are_current_for_the_head(month, tmp_path):
    """The official reads the minutes of his items only: his print is current as he saw it, for any reader."""
    o = month.o
    full = page_codes(pm.print_minutes(o.ctx, actor=o.head, meeting_id=month.late.id, target=tmp_path / "all.pdf"))
    path = pm.print_minutes(o.ctx, actor=o.official, meeting_id=month.late.id, target=tmp_path / "mine.pdf")
    code = page_codes(path)[0][0]
    assert code != full[0][0]  # his items only
    head_copy = next(c for c in _copies(o.ctx, printed.MINUTES, month.late.id) if c.qr == full[0][0])
    mine = check_code(o.ctx, actor=o.head, text=code)
    assert mine.verdict is Verdict.CURRENT and mine.copy.printed_by_name == o.official.full_name
    assert check_code(o.ctx, actor=o.official, text=head_copy.qr).verdict is Verdict.CURRENT


def test_a_reader_of_nothing_learns_only_what_the_paper_claims(month, tmp_path):
    o = month.o
    path = pm.print_decision(o.ctx, actor=o.head, decision=month.rejection.id, target=tmp_path / "qd.pdf")
    code = page_codes(path)[0][0]
    outsider = check_code(o.ctx, actor=o.admin, text=code)  # the administrator reads no proposal's content
    assert outsider.verdict is Verdict.GENUINE and outsider.genuine
    assert outsider.copy is None and outsider.newest is None and not outsider.differences
    fields = code.split(" ")
    forged = " ".join([*fields[:2], "99/QD-UBND", *fields[3:]])
    assert check_code(o.ctx, actor=o.admin, text=forged) == type(outsider)(Verdict.ALTERED, outsider.code)
    # A reader sees which print the code belongs to, and what was changed in the QR.
    altered = check_code(o.ctx, actor=o.head, text=forged)
    assert altered.verdict is Verdict.ALTERED and altered.altered == ("number",) and altered.copy is not None
    assert not altered.genuine


def test_an_unknown_code_a_typo_and_no_code_at_all(month, tmp_path):
    o = month.o
    printing.print_proposal_plan(o.ctx, actor=o.head, proposal_id=month.broad.id, target=tmp_path / "kh.pdf")
    [copy] = _copies(o.ctx, printed.PLAN, month.broad.id)
    raw = copy.code.replace("-", "")
    # One character changed, and its check character made right again: the form of a code no print has.
    other = raw[0] + ("0" if raw[1] != "0" else "1") + raw[2:11]
    other += codes._check_char(other)
    unknown = check_code(o.ctx, actor=o.head, text=codes.grouped(other))
    assert unknown.verdict is Verdict.UNKNOWN and unknown.copy is None and not unknown.genuine
    # One character changed alone: a typo, said as such (never "altered").
    typo = raw[:5] + ("A" if raw[5] != "A" else "B") + raw[6:]
    with pytest.raises(ValidationError) as error:
        check_code(o.ctx, actor=o.head, text=typo)
    assert error.value.code == "check_code_typo" and "gõ sai" in describe(error.value)
    for text in ("", "xin chào", "LDV1 QD 05/QD-UBND"):
        with pytest.raises(ValidationError) as error:
            check_code(o.ctx, actor=o.head, text=text)
        assert error.value.code == "check_code_malformed"


@pytest.fixture
def unit(tmp_path):
    ctx, head = create_demo(DataPaths(tmp_path / "data"), proposals=False)
    yield office(ctx, head)
    ctx.close()


def test_a_plan_edited_after_printing_is_superseded_and_the_newest_named(unit, tmp_path):
    o = unit
    draft = proposals.create_draft(o.ctx, actor=o.official, content=proposals.ProposalContent(
        title="Số hóa hồ sơ đất đai", field="dat_dai", sections={})).value
    old = page_codes(printing.print_proposal_plan(o.ctx, actor=o.official, proposal_id=draft.id,
                                                  target=tmp_path / "v1.pdf"))[0][0]
    assert " DT " in old  # a draft, and its code says so
    proposals.update_content(o.ctx, actor=o.official, proposal_id=draft.id,
                             content=proposals.ProposalContent(title="Số hóa toàn bộ hồ sơ đất đai",
                                                               field="dat_dai", sections={}))
    answer = check_code(o.ctx, actor=o.official, text=old)
    assert answer.verdict is Verdict.SUPERSEDED and answer.newest is None and not answer.genuine
    assert "- Số hóa hồ sơ đất đai" in answer.differences and "+ Số hóa toàn bộ hồ sơ đất đai" in answer.differences
    new = page_codes(printing.print_proposal_plan(o.ctx, actor=o.official, proposal_id=draft.id,
                                                  target=tmp_path / "v2.pdf"))[0][0]
    assert new != old
    assert check_code(o.ctx, actor=o.official, text=old).newest.qr == new
    assert check_code(o.ctx, actor=o.official, text=new).verdict is Verdict.CURRENT
    assert len(_copies(o.ctx, printed.PLAN, draft.id)) == 2


def test_minutes_printed_before_their_content_changed_are_superseded(unit, tmp_path):
    from lamdong_desktop.services import meeting_records

    o = unit
    item = received(o)
    meeting = convene(o, [item.id], kind="leadership", seats=(("Nguyễn Văn Hùng", "chair", True),
                                                               ("Ka Thị Hương", "member", False),
                                                               ("Trần Thị Mai", "secretary", False)))
    attend(o, meeting, ("Nguyễn Văn Hùng", "Ka Thị Hương", "Trần Thị Mai"))
    with at(meeting.held_on, 9):
        old = page_codes(pm.print_minutes(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                          target=tmp_path / "bb.pdf"))[0][0]
        meeting_records.record_content(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                       content="Các thành viên thảo luận và thống nhất.")
    answer = check_code(o.ctx, actor=o.head, text=old)
    assert answer.verdict is Verdict.SUPERSEDED
    assert any(line.startswith("+ ") and "thống nhất" in line for line in answer.differences)


def test_a_preview_is_recorded_only_while_the_record_still_says_the_same(unit):
    o = unit
    item = received(o)
    plan = printing.proposal_plan(o.ctx, item.id, actor=o.head)
    digest = printed.digest_of(printed.PLAN, plan)
    done = printed.record_printed(o.ctx, actor=o.head, source=printed.PLAN, subject=item.ref, digest=digest)
    assert done.value.subject_id == item.id and done.changes.touches("printed")
    proposals.return_for_revision(o.ctx, actor=o.head, proposal_id=item.id, reason="Bổ sung dự toán.")
    with pytest.raises(DomainError) as error:  # the preview shows a plan the record no longer prints
        printed.record_printed(o.ctx, actor=o.head, source=printed.PLAN, subject=item.id, digest=digest)
    assert error.value.code == "printed_stale" and "mở lại bản xem trước" in describe(error.value)
    assert [c.copies for c in _copies(o.ctx, printed.PLAN, item.id)] == [1]


def test_a_print_that_cannot_be_recorded_leaves_no_file(unit, tmp_path, monkeypatch):
    o = unit
    item = received(o)

    def refuse(*_a, **_k):
        raise DomainError("database_full")

    monkeypatch.setattr(printed_repo, "record", refuse)
    target = tmp_path / "ke-hoach.pdf"
    with pytest.raises(DomainError):
        printing.print_proposal_plan(o.ctx, actor=o.head, proposal_id=item.id, target=target)
    assert not target.exists()
    assert not _copies(o.ctx, printed.PLAN, item.id)


def test_printing_is_audited_and_verify_still_holds(unit, tmp_path):
    from lamdong_desktop.services.integrity import verify_all

    o = unit
    item = received(o)
    for _ in range(2):
        printing.print_proposal_plan(o.ctx, actor=o.head, proposal_id=item.id, target=tmp_path / "p.pdf")
    [copy] = _copies(o.ctx, printed.PLAN, item.id)
    events = [r[0] for r in o.ctx.db.execute(
        "SELECT action FROM audit_events WHERE target_table = 'printed_documents' AND target_id = ? ORDER BY seq",
        [copy.id])]
    assert events == ["printed_documents.create", "printed_documents.update"]
    assert verify_all(o.ctx).ok
    o.ctx.db.execute("UPDATE printed_documents SET content_text = 'giả' WHERE id = ?", [copy.id])
    problems = verify_all(o.ctx).problems
    assert [(p.kind, p.table) for p in problems] == [("record_altered", "printed_documents")]
    assert Path(tmp_path / "p.pdf").exists()


def test_a_print_of_a_kind_this_program_cannot_build_is_only_said_to_exist(unit, tmp_path):
    """A copy recorded by a newer program (a kind this one does not know) is genuine, and no more is said."""
    o = unit
    item = received(o)
    code = page_codes(printing.print_proposal_plan(o.ctx, actor=o.head, proposal_id=item.id,
                                                   target=tmp_path / "p.pdf"))[0][0]
    with o.ctx.db.atomic():
        o.ctx.db.execute("UPDATE printed_documents SET source = 'made_by_a_newer_program'")
    answer = check_code(o.ctx, actor=o.head, text=code)
    assert answer.verdict is Verdict.GENUINE and answer.copy is None
