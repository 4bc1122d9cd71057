"""Who may do what at a meeting (issue 8): only the head convenes, sets the agenda, adjourns, overrides and decides;
only the secretary records attendance, ballots and scores; a member scores only for himself; nobody changes a
meeting whose signed minutes are attached. Every refusal is a Vietnamese message and changes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import decisions, meeting_records, meeting_votes, meetings, review
from tests.files_support import write_pdf

from .meeting_support import COUNCIL, EVERYONE, at, attend, close, convene, member_ids, office, received, vote

DAY = date(2026, 1, 12)


@pytest.fixture
def o(demo):
    return office(*demo)


def _events(o) -> int:
    return o.ctx.db.execute("SELECT count(*) FROM audit_events").fetchone()[0]


def _refused(o, call, error=DomainError):
    """``call`` is refused with a Vietnamese message, and not one event is appended: nothing changed."""
    before = _events(o)
    with pytest.raises(error) as err:
        call()
    assert _events(o) == before
    text = describe(err.value)
    assert "mã lỗi" not in text and text.strip()
    return err.value


@pytest.mark.parametrize("who", ["secretary", "leader", "official", "admin"])
def test_only_the_head_receives_convenes_sets_the_agenda_and_decides(o, who):
    actor = getattr(o, who)
    first = received(o)
    submitted = received(o, title="Chưa tiếp nhận")  # received by the head below only if allowed
    with at(DAY, 7):
        _refused(o, lambda: review.receive(o.ctx, actor=actor, proposal_id=submitted.id))
        _refused(o, lambda: meetings.convene(
            o.ctx, actor=actor, kind="council", title="Họp", starts_at="2026-01-12 08:00", place="Hội trường",
            members=[meetings.MemberSpec(o.person(n), s, h) for n, s, h in COUNCIL]), PermissionDenied)
    meeting = convene(o, [])
    with at(DAY, 7, 30):
        _refused(o, lambda: meetings.add_item(o.ctx, actor=actor, meeting_id=meeting.id, proposal_id=first.id),
                 PermissionDenied)
        meetings.add_item(o.ctx, actor=o.head, meeting_id=meeting.id, proposal_id=first.id)
    attend(o, meeting, EVERYONE)
    vote(o, meeting, first, dict.fromkeys(EVERYONE, "for"))
    with at(DAY, 10):
        _refused(o, lambda: decisions.decide(o.ctx, actor=actor, proposal_id=first.id, outcome="approve",
                                             signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch"), PermissionDenied)
        _refused(o, lambda: meetings.adjourn(o.ctx, actor=actor, meeting_id=meeting.id, reason="Hoãn"),
                 PermissionDenied)


@pytest.mark.parametrize("who", ["head", "leader", "official"])
def test_only_the_secretary_records_attendance_ballots_and_scores(o, who):
    actor = getattr(o, who)
    proposal = received(o, broad=True)
    meeting = convene(o, [proposal.id])
    ids = member_ids(meeting)
    with at(DAY, 8):
        _refused(o, lambda: meeting_records.attend(o.ctx, actor=actor, meeting_id=meeting.id,
                                                   member_id=ids["Đinh Công Thành"], attendance="present"),
                 PermissionDenied)
    attend(o, meeting, EVERYONE)
    with at(DAY, 9):
        _refused(o, lambda: meeting_votes.record_ballot(o.ctx, actor=actor, meeting_id=meeting.id,
                                                        proposal=proposal.ref, member_id=ids["Đinh Công Thành"],
                                                        choice="for"),
                 PermissionDenied)
        _refused(o, lambda: meeting_votes.record_score(o.ctx, actor=actor, meeting_id=meeting.id, proposal=proposal.ref,
                                                       member_id=ids["Đinh Công Thành"], criterion="urgency", score=8),
                 PermissionDenied)
        _refused(o, lambda: meeting_records.record_content(o.ctx, actor=actor, meeting_id=meeting.id, content="x"),
                 PermissionDenied)
        _refused(o, lambda: meetings.close(o.ctx, actor=actor, meeting_id=meeting.id, ends_at="11:00"),
                 PermissionDenied)


def test_the_member_seated_as_secretary_records_his_own_meeting_only(o):
    seats = (("Nguyễn Văn Hùng", "chair", True), ("Ka Thị Hương", "vice_chair", False),
             ("Đinh Công Thành", "member", False), ("K'Brơi Ngọc Sơn", "secretary", False),
             ("Hoàng Đức Long", "member", False))
    ours, theirs = received(o, broad=True, title="Một"), received(o, broad=True, title="Hai")
    own = convene(o, [ours.id], seats=seats)
    other = convene(o, [theirs.id])
    with at(DAY, 8):
        done = meeting_records.attend(o.ctx, actor=o.official, meeting_id=own.id,
                                      member_id=member_ids(own)["Đinh Công Thành"], attendance="present").value
        assert done.present_count == 1 and done.state.value == "held"
        _refused(o, lambda: meeting_records.attend(o.ctx, actor=o.official, meeting_id=other.id,
                                                   member_id=member_ids(other)["Đinh Công Thành"],
                                                   attendance="present"), PermissionDenied)


def test_a_member_scores_only_for_himself(o):
    seats = COUNCIL[:4] + (("K'Brơi Ngọc Sơn", "member", False),)
    proposal = received(o, by=o.leader, broad=True)
    meeting = convene(o, [proposal.id], seats=seats)
    names = [n for n, _, _ in seats]
    attend(o, meeting, names)
    ids = member_ids(meeting)
    with at(DAY, 9):
        sheet = meeting_votes.record_score(o.ctx, actor=o.official, meeting_id=meeting.id, proposal=proposal.ref,
                                           member_id=ids["K'Brơi Ngọc Sơn"], criterion="urgency", score="9").value
        assert sheet.mark(ids["K'Brơi Ngọc Sơn"], "urgency") == 9
        err = _refused(o, lambda: meeting_votes.record_score(
            o.ctx, actor=o.official, meeting_id=meeting.id, proposal=proposal.ref,
            member_id=ids["Đinh Công Thành"], criterion="urgency", score="9"), PermissionDenied)
        assert err.code == "score_not_own"
        # The head sits on the council: his own marks he may enter, not another's.
        meeting_votes.record_score(o.ctx, actor=o.head, meeting_id=meeting.id, proposal=proposal.ref,
                                   member_id=ids["Nguyễn Văn Hùng"], criterion="urgency", score=7)
        assert _refused(o, lambda: meeting_votes.record_score(
            o.ctx, actor=o.head, meeting_id=meeting.id, proposal=proposal.ref, member_id=ids["K'Brơi Ngọc Sơn"],
            criterion="urgency", score=1), PermissionDenied).code == "score_not_own"
        # The proposer does not score his own proposal, however it is entered.
        assert _refused(o, lambda: meeting_votes.record_score(
            o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal=proposal.ref, member_id=ids["Ka Thị Hương"],
            criterion="urgency", score=10), ValidationError).code == "score_proposer"


def _signed(o, tmp_path):
    proposal, spare = received(o, broad=True), received(o, title="Chờ họp")
    meeting = convene(o, [proposal.id])
    attend(o, meeting, EVERYONE)
    vote(o, meeting, proposal, dict.fromkeys(EVERYONE, "for"))
    close(o, meeting)
    scan = tmp_path / "bien-ban-da-ky.pdf"
    write_pdf(scan, "signed minutes")
    with at(DAY, 12):
        meetings.attach_signed_minutes(o.ctx, actor=o.secretary, meeting_id=meeting.id, path=scan)
    return proposal, spare, meeting, scan


WRITES = {
    "attend": lambda o, m, p, s, ids, scan: meeting_records.attend(
        o.ctx, actor=o.secretary, meeting_id=m.id, member_id=ids["Hoàng Đức Long"], attendance="absent", reason="Ốm"),
    "attend_many": lambda o, m, p, s, ids, scan: meeting_records.attend_many(
        o.ctx, actor=o.secretary, meeting_id=m.id, marks=[(ids["Hoàng Đức Long"], "present", "")]),
    "opinion": lambda o, m, p, s, ids, scan: meeting_records.record_opinion(
        o.ctx, actor=o.secretary, meeting_id=m.id, text="Thêm ý kiến", speaker_name="Khách mời"),
    "content": lambda o, m, p, s, ids, scan: meeting_records.record_content(
        o.ctx, actor=o.secretary, meeting_id=m.id, conclusion="Sửa kết luận"),
    "item": lambda o, m, p, s, ids, scan: meeting_records.record_item(
        o.ctx, actor=o.secretary, meeting_id=m.id, proposal=p.ref, summary="Sửa"),
    "ballot": lambda o, m, p, s, ids, scan: meeting_votes.record_ballot(
        o.ctx, actor=o.secretary, meeting_id=m.id, proposal=p.ref, member_id=ids["Hoàng Đức Long"], choice="against"),
    "ballots": lambda o, m, p, s, ids, scan: meeting_votes.record_ballots(
        o.ctx, actor=o.secretary, meeting_id=m.id, proposal=p.ref, ballots={ids["Hoàng Đức Long"]: "abstain"}),
    "score": lambda o, m, p, s, ids, scan: meeting_votes.record_score(
        o.ctx, actor=o.secretary, meeting_id=m.id, proposal=p.ref, member_id=ids["Hoàng Đức Long"],
        criterion="urgency", score=5),
    "scores": lambda o, m, p, s, ids, scan: meeting_votes.record_scores(
        o.ctx, actor=o.secretary, meeting_id=m.id, proposal=p.ref, member_id=ids["Hoàng Đức Long"],
        marks={"urgency": 5}),
    "override": lambda o, m, p, s, ids, scan: meeting_votes.override(
        o.ctx, actor=o.head, meeting_id=m.id, proposal=p.ref, reason="Sửa"),
    "add_item": lambda o, m, p, s, ids, scan: meetings.add_item(o.ctx, actor=o.head, meeting_id=m.id, proposal_id=s.id),
    "remove_item": lambda o, m, p, s, ids, scan: meetings.remove_item(
        o.ctx, actor=o.head, meeting_id=m.id, proposal_id=p.id, reason="Sửa"),
    "adjourn": lambda o, m, p, s, ids, scan: meetings.adjourn(o.ctx, actor=o.head, meeting_id=m.id, reason="Sửa"),
    "close": lambda o, m, p, s, ids, scan: meetings.close(o.ctx, actor=o.secretary, meeting_id=m.id),
    "sign_again": lambda o, m, p, s, ids, scan: meetings.attach_signed_minutes(
        o.ctx, actor=o.head, meeting_id=m.id, path=scan),
}


@pytest.mark.parametrize("write", sorted(WRITES))
def test_nobody_changes_a_meeting_whose_signed_minutes_are_attached(o, tmp_path, write):
    proposal, spare, meeting, scan = _signed(o, tmp_path)
    again = meetings.get(o.ctx, meeting.id, actor=o.head)
    assert again.locked and again.minutes_ref == "01/BB-HĐĐG"
    files = sorted(p.name for p in o.ctx.paths.attachments.rglob("*") if p.is_file())
    with at(DAY, 13):
        err = _refused(o, lambda: WRITES[write](o, meeting, proposal, spare, member_ids(meeting), scan))
    assert err.code == "meeting_locked"
    assert sorted(p.name for p in o.ctx.paths.attachments.rglob("*") if p.is_file()) == files
    # Deciding is a new, numbered document, not an edit: it is still possible after the minutes are signed.
    with at(DAY, 14):
        decided = decisions.decide(o.ctx, actor=o.head, proposal_id=proposal.id, outcome="approve",
                                   signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch").value
    assert decided.reference == "01/QĐ-UBND"


def test_signed_minutes_need_an_ended_meeting_and_the_secretary_or_the_head(o, tmp_path):
    proposal = received(o, broad=True)
    meeting = convene(o, [proposal.id])
    attend(o, meeting, EVERYONE)
    vote(o, meeting, proposal, dict.fromkeys(EVERYONE, "for"))
    scan = tmp_path / "bb.pdf"
    write_pdf(scan)
    with at(DAY, 10):
        assert _refused(o, lambda: meetings.attach_signed_minutes(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                                                  path=scan)).code == "meeting_not_ended"
    close(o, meeting)
    with at(DAY, 12):
        _refused(o, lambda: meetings.attach_signed_minutes(o.ctx, actor=o.leader, meeting_id=meeting.id, path=scan),
                 PermissionDenied)
        assert not any(p.is_file() for p in o.ctx.paths.attachments.rglob("*"))  # the refused copy left no file
        assert meetings.attach_signed_minutes(o.ctx, actor=o.head, meeting_id=meeting.id, path=scan).value.locked


@pytest.mark.parametrize("kwargs, code", [
    ({"kind": "hop"}, "meeting_kind_invalid"),
    ({"starts_at": "31/02/2026 08:00"}, "datetime_invalid"),
    ({"title": "  "}, "text_required"),
    ({"place": "Hội\x00trường"}, "text_control_chars"),
    ({"quorum": "0.66.6"}, "quorum_rule_invalid"),
    ({"members": [meetings.MemberSpec("khong-co", "chair", True)]}, "person_not_found"),
    ({"seat": "truong_ban"}, "seat_invalid"),
    ({"drop": 1}, "council_size_invalid"),
])
def test_bad_input_to_convene_is_refused_in_vietnamese_and_changes_nothing(o, kwargs, code):
    first = received(o, broad=True)
    args = dict(kind="council", title="Họp Hội đồng", starts_at="2026-01-12 08:00", place="Hội trường",
                members=[meetings.MemberSpec(o.person(n), s, h) for n, s, h in COUNCIL], proposal_ids=[first.id])
    seat, drop = kwargs.pop("seat", None), kwargs.pop("drop", 0)
    if seat:
        args["members"][1] = meetings.MemberSpec(o.person("Ka Thị Hương"), seat)
    if drop:
        args["members"] = args["members"][:-drop]
    args.update(kwargs)
    with at(DAY, 7):
        err = _refused(o, lambda: meetings.convene(o.ctx, actor=o.head, **args))
    assert err.code == code
    assert meetings.list_meetings(o.ctx, actor=o.head) == []


def test_bad_ballots_scores_and_attendance_are_refused_and_change_nothing(o):
    proposal = received(o, broad=True)
    meeting = convene(o, [proposal.id])
    ids = member_ids(meeting)
    with at(DAY, 8):
        assert _refused(o, lambda: meeting_records.attend(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                                          member_id=ids["Hoàng Đức Long"], attendance="absent")
                        ).code == "reason_required"
        assert _refused(o, lambda: meeting_records.attend(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                                          member_id=ids["Hoàng Đức Long"], attendance="muon")
                        ).code == "attendance_invalid"
        # One bad mark among good ones: none of them is recorded.
        assert _refused(o, lambda: meeting_records.attend_many(
            o.ctx, actor=o.secretary, meeting_id=meeting.id,
            marks=[(ids["Nguyễn Văn Hùng"], "present", ""), (ids["Hoàng Đức Long"], "absent", "")])
        ).code == "reason_required"
    attend(o, meeting, EVERYONE)
    with at(DAY, 9):
        assert _refused(o, lambda: vote(o, meeting, proposal, {"Đinh Công Thành": "co"}, day=DAY)
                        ).code == "choice_invalid"
        for value, code in (("11", "score_out_of_range"), ("tám", "score_invalid"), ("-1", "score_invalid")):
            assert _refused(o, lambda value=value: meeting_votes.record_score(
                o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal=proposal.ref,
                member_id=ids["Đinh Công Thành"], criterion="urgency", score=value)).code == code
        assert _refused(o, lambda: meeting_votes.record_score(
            o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal=proposal.ref, member_id=ids["Đinh Công Thành"],
            criterion="dep", score=5)).code == "score_criterion_unknown"
        assert _refused(o, lambda: meeting_votes.record_ballot(
            o.ctx, actor=o.secretary, meeting_id=meeting.id, proposal="DX-2026-999", member_id=ids["Đinh Công Thành"],
            choice="for")).code == "item_not_on_agenda"


def test_a_scan_whose_file_is_gone_before_its_row_is_refused_and_locks_nothing(o, tmp_path, monkeypatch):
    """The orphan sweep of another process may take a stored file before its row lands: the attach then fails
    under the same write lock, and the minutes stay open to the signed scan that does arrive."""
    from lamdong_desktop.services import attachments

    proposal = received(o, broad=True)
    meeting = convene(o, [proposal.id])
    attend(o, meeting, EVERYONE)
    vote(o, meeting, proposal, dict.fromkeys(EVERYONE, "for"))
    close(o, meeting)
    scan = tmp_path / "bb.pdf"
    write_pdf(scan, "signed")
    real = attachments.store_file

    def store_then_lose(paths, path, **kw):
        stored = real(paths, path, **kw)
        attachments.blobs.remove_blob(paths, stored.sha256)
        return stored

    monkeypatch.setattr(attachments, "store_file", store_then_lose)
    with at(DAY, 12):
        assert _refused(o, lambda: meetings.attach_signed_minutes(o.ctx, actor=o.secretary, meeting_id=meeting.id,
                                                                  path=scan)).code == "attachment_not_found"
        monkeypatch.setattr(attachments, "store_file", real)
        assert not meetings.get(o.ctx, meeting.id, actor=o.head).locked
        assert meetings.attach_signed_minutes(o.ctx, actor=o.secretary, meeting_id=meeting.id, path=scan).value.locked
