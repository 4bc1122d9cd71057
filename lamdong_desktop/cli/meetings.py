"""``meeting …``: leadership meetings and review councils from the command line (ND 73/2023 Đ8.1, seed V.3).

Members and persons are named by id or by full name (with or without accents); a meeting by its id or an
unambiguous beginning of it (at least 6 characters); a proposal by its reference (DX-2026-007).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, CliError, Parser, print_json

_MEMBER_HELP = ("thành viên: NGƯỜI:VAI_TRÒ[:head] — NGƯỜI là mã hoặc họ tên cán bộ; VAI_TRÒ chair (chủ trì, Chủ "
                "tịch Hội đồng), vice_chair, member hoặc secretary (thư ký); thêm :head cho người đứng đầu đơn vị "
                "(ý kiến của người này quyết định khi biểu quyết ngang nhau). Lặp lại cho từng người")


_CRITERION_HELP = ("tiêu chí chấm điểm riêng của cuộc họp, theo thứ tự cột của bảng điểm: tên, trọng số (số dương: 2, "
                   "1,5) và điểm tối đa (mặc định 10), ví dụ “Tính cấp bách:2” hoặc “Tác động xã hội:1,5:5”. Lặp lại "
                   "cho từng tiêu chí; không ghi: bộ 5 tiêu chí mặc định. Khi chấm điểm, ghi tên tiêu chí (có dấu "
                   "hay không) hoặc mã của nó (cột code của “meeting show --json”)")


def add_parsers(sub: Any) -> None:
    meeting = sub.add_parser("meeting", help="họp tập thể lãnh đạo và Hội đồng đánh giá đề xuất")
    msub = meeting.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=Parser)
    ml = msub.add_parser("list", help="các cuộc họp")
    ml.add_argument("--json", action="store_true")
    ms = msub.add_parser("show", help="xem một cuộc họp: thành viên, điểm danh, chương trình, kết quả")
    ms.add_argument("id", metavar="MÃ_CUỘC_HỌP")
    ms.add_argument("--json", action="store_true")
    mc = msub.add_parser("convene", help="người đứng đầu (cấp tỉnh: tài khoản cấp tỉnh) triệu tập cuộc họp hoặc Hội "
                         "đồng (cấp số giấy mời)")
    mc.add_argument("--kind", required=True, metavar="LOẠI", help="leadership (họp tập thể lãnh đạo) hoặc council "
                    "(Hội đồng đánh giá đề xuất đổi mới, sáng tạo)")
    mc.add_argument("--level", metavar="CẤP", help="unit (cấp đơn vị) hoặc province (cấp tỉnh: đề xuất của người "
                    "đứng đầu); mặc định: cấp của người đăng nhập")
    mc.add_argument("--title", required=True, metavar="TÊN", help="tên cuộc họp")
    mc.add_argument("--start", required=True, metavar="THỜI_GIAN", help="giờ bắt đầu: 2026-01-12 08:00")
    mc.add_argument("--place", required=True, metavar="ĐỊA_ĐIỂM")
    mc.add_argument("--member", action="append", default=[], metavar="NGƯỜI:VAI_TRÒ[:head]", help=_MEMBER_HELP)
    mc.add_argument("--proposal", action="append", default=[], metavar="MÃ_ĐỀ_XUẤT",
                    help="đề xuất đưa vào chương trình (lặp lại cho từng đề xuất)")
    mc.add_argument("--quorum", metavar="TỶ_LỆ", help="số thành viên có mặt tối thiểu, ví dụ 2/3 (mặc định)")
    mc.add_argument("--council-size", metavar="TỐI_THIỂU-TỐI_ĐA", help="số thành viên Hội đồng (mặc định 5-9)")
    mc.add_argument("--criterion", action="append", default=[], metavar="TÊN:TRỌNG_SỐ[:ĐIỂM_TỐI_ĐA]",
                    help=_CRITERION_HELP)
    mc.add_argument("--json", action="store_true")
    for name, words in (("add-item", "đưa đề xuất đã tiếp nhận vào chương trình họp"),
                        ("remove-item", "rút đề xuất khỏi chương trình họp (kèm lý do)")):
        mi = msub.add_parser(name, help=words)
        mi.add_argument("id", metavar="MÃ_CUỘC_HỌP")
        mi.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
        if name == "remove-item":
            mi.add_argument("--reason", required=True, metavar="LÝ_DO")
    ma = msub.add_parser("attend", help="thư ký điểm danh: có mặt, vắng mặt kèm lý do")
    ma.add_argument("id", metavar="MÃ_CUỘC_HỌP")
    ma.add_argument("--present", nargs="+", default=[], metavar="THÀNH_VIÊN", help="những người có mặt")
    ma.add_argument("--absent", action="append", default=[], metavar="THÀNH_VIÊN=LÝ_DO",
                    help="người vắng mặt và lý do (lặp lại cho từng người)")
    mv = msub.add_parser("vote", help="thư ký ghi biểu quyết về một đề xuất")
    mv.add_argument("id", metavar="MÃ_CUỘC_HỌP")
    mv.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    mv.add_argument("ballots", nargs="+", metavar="THÀNH_VIÊN=LỰA_CHỌN",
                    help="for (tán thành), against (không tán thành) hoặc abstain (không biểu quyết)")
    msc = msub.add_parser("score", help="chấm điểm một đề xuất theo bộ tiêu chí (thư ký, hoặc thành viên tự chấm)")
    msc.add_argument("id", metavar="MÃ_CUỘC_HỌP")
    msc.add_argument("ref", metavar="MÃ_ĐỀ_XUẤT")
    msc.add_argument("--member", required=True, metavar="THÀNH_VIÊN")
    msc.add_argument("marks", nargs="+", metavar="TIÊU_CHÍ=ĐIỂM",
                     help="mã hoặc tên tiêu chí và điểm, ví dụ urgency=8 feasibility=7,5 “Tính khả thi=7”")
    mo = msub.add_parser("opinion", help="thư ký ghi ý kiến phát biểu tại cuộc họp")
    mo.add_argument("id", metavar="MÃ_CUỘC_HỌP")
    mo.add_argument("--text", required=True, metavar="NỘI_DUNG")
    mo.add_argument("--proposal", metavar="MÃ_ĐỀ_XUẤT", help="ý kiến về một đề xuất (mặc định: về cuộc họp)")
    who = mo.add_mutually_exclusive_group()  # one speaker: a member (his own name and position) or a guest
    who.add_argument("--member", metavar="THÀNH_VIÊN", help="thành viên phát biểu (họ tên, chức vụ theo danh sách)")
    who.add_argument("--speaker", default="", metavar="HỌ_TÊN", help="khách mời không là thành viên")
    mo.add_argument("--position", default="", metavar="CHỨC_VỤ", help="chức vụ của khách mời (cùng --speaker)")
    mm = msub.add_parser("minutes", help="thư ký ghi diễn biến và kết luận của cuộc họp (hoặc của một đề xuất)")
    mm.add_argument("id", metavar="MÃ_CUỘC_HỌP")
    mm.add_argument("--content", metavar="DIỄN_BIẾN")
    mm.add_argument("--conclusion", metavar="KẾT_LUẬN")
    mm.add_argument("--proposal", metavar="MÃ_ĐỀ_XUẤT", help="ghi cho một đề xuất: --summary và --conclusion")
    mm.add_argument("--summary", metavar="TRÌNH_BÀY", help="nội dung trình bày đề xuất (cùng --proposal)")
    mj = msub.add_parser("adjourn", help="người đứng đầu hoãn cuộc họp (không biểu quyết); đề xuất trở lại chờ họp")
    mj.add_argument("id", metavar="MÃ_CUỘC_HỌP")
    mj.add_argument("--reason", required=True, metavar="LÝ_DO")
    mj.add_argument("--end", metavar="GIỜ", help="giờ kết thúc (mặc định: bây giờ)")
    mk = msub.add_parser("close", help="thư ký ghi giờ kết thúc; biên bản được cấp số")
    mk.add_argument("id", metavar="MÃ_CUỘC_HỌP")
    mk.add_argument("--end", metavar="GIỜ", help="giờ kết thúc: 11:30 hoặc 2026-01-12 11:30 (mặc định: bây giờ)")
    mg = msub.add_parser("attach-signed", help="đính kèm bản chụp biên bản đã ký: biên bản khóa, không sửa được")
    mg.add_argument("id", metavar="MÃ_CUỘC_HỌP")
    mg.add_argument("file", metavar="TỆP", help="bản chụp: tệp PDF hoặc ảnh JPEG, PNG, TIFF")


def _pairs(values: list[str], what: str) -> list[tuple[str, str]]:
    found = []
    for value in values:
        key, sep, rest = value.rpartition("=")
        if not sep or not key.strip():
            raise CliError(f"“{value}” không đúng dạng {what}.")
        found.append((key.strip(), rest.strip()))
    return found


def _rubric(values: list[str]) -> Any:
    """The rubric of ``--criterion`` values ("Tên:trọng số[:điểm tối đa]"), checked by the domain; None: default."""
    import re

    from lamdong_desktop.domain.scoring import custom_rubric

    if not values:
        return None
    entries = []
    for value in values:
        parts = value.rsplit(":", 2)
        if len(parts) < 2:
            raise CliError(f"“{value}” không đúng dạng TÊN:TRỌNG_SỐ[:ĐIỂM_TỐI_ĐA] (ví dụ “Tính cấp bách:2” hoặc "
                           "“Tác động xã hội:1,5:5”).")
        if len(parts) == 3 and re.fullmatch(r"\s*[\d.,/]+\s*", parts[1]):
            entries.append((parts[0], parts[1], parts[2]))
        else:  # a colon inside the name: "Tiêu chí: hiệu quả:2"
            name, _, weight = value.rpartition(":")
            entries.append((name, weight, ""))
    return custom_rubric(entries)


def _criterion(rubric: Any, text: str) -> str:
    """A criterion's code from what a person typed: the code, or the title with or without accents."""
    from lamdong_desktop.domain.scoring import criterion_code
    from lamdong_desktop.messages import rubric_words

    key = criterion_code(text, 0)
    for c in rubric.criteria:
        if text == c.code or key in (c.code, criterion_code(rubric_words(c), 0)):
            return str(c.code)
    return text  # unknown: the service names it


def _members(c: Call, ctx: Any, actor: Any) -> list[Any]:
    from lamdong_desktop.services import meetings

    specs = []
    for value in c.args.member:
        parts = value.split(":")
        if len(parts) not in (2, 3) or (len(parts) == 3 and parts[2].strip().lower() != "head"):
            raise CliError(f"“{value}” không đúng dạng NGƯỜI:VAI_TRÒ[:head] (ví dụ “Nguyễn Văn Hùng:chair:head”).")
        person = meetings.find_person(ctx, parts[0], actor=actor)
        specs.append(meetings.MemberSpec(person, parts[1].strip(), is_head=len(parts) == 3))
    return specs


def meeting_json(m: Any, full: bool = False, *, opinions: Any = (), guests: Any = ()) -> dict[str, Any]:
    """One meeting for scripts: ``kind`` "leadership" or "council", ``date`` its ISO day, ``outcome`` a word.

    ``full`` adds the members, the items, the rubric, the invited guests and the opinions voiced, in the order
    recorded (``meeting_records.OpinionView``, ``minutes.GuestData``).
    """
    from lamdong_desktop.messages import MEETING_KIND_WORDS, MEETING_STATE_WORDS, rubric_words

    outcomes = {i.ref: _item_outcome(i) for i in m.items}
    distinct = {o for o in outcomes.values() if o is not None}
    # One word for the meeting: "adjourned"; else the one outcome its items share (a decision's "approve", "pilot",
    # "return", "reject", or before it the vote's "passed", "failed"), "mixed" when they differ, null before any.
    outcome = "adjourned" if m.state.value == "adjourned" else (
        distinct.pop() if len(distinct) == 1 else "mixed" if distinct else None)
    data: dict[str, Any] = {
        "id": m.id, "kind": m.kind.value, "kind_words": MEETING_KIND_WORDS[m.kind], "level": m.level.value,
        "title": m.title, "date": m.held_on.isoformat(), "starts_at": m.starts_at.isoformat(),
        "ends_at": m.ends_at.isoformat() if m.ends_at else None, "place": m.place, "state": m.state.value,
        "state_words": MEETING_STATE_WORDS[m.state], "proposal_refs": [i.ref for i in m.items], "outcome": outcome,
        "outcomes": outcomes, "late": m.late, "signed": m.locked, "invitation_reference": m.invitation_ref or None,
        "minutes_reference": m.minutes_ref or None,
        "quorum": {"rule": str(m.quorum.fraction), "members": len(m.voting_members), "present": m.present_count,
                   "needed": m.quorum_needed, "met": m.quorum_met},
    }
    if full:
        data["members"] = [_member_json(m, x) for x in m.members]
        data["items"] = [_item_json(m, i) for i in m.items]
        data["content"], data["conclusion"], data["adjourn_reason"] = m.content, m.conclusion, m.adjourn_reason or None
        data["rubric"] = [{"code": c.code, "title": rubric_words(c), "weight": str(c.exact_weight),
                           "max": c.max_score} for c in m.rubric.criteria]
        data["guests"] = [{"name": g.name, "position": g.position, "proposal_refs": list(g.refs)} for g in guests]
        data["opinions"] = [_opinion_json(o) for o in opinions]
    return data


def _opinion_json(o: Any) -> dict[str, Any]:
    return {"id": o.id, "member_id": o.member_id, "guest": o.guest, "speaker": o.name, "position": o.position or None,
            "proposal_id": o.proposal_id, "proposal_ref": o.ref or None, "text": o.text, "recorded_at": o.recorded_at}


def _full_json(ctx: Any, actor: Any, m: Any) -> dict[str, Any]:
    from lamdong_desktop.services import meeting_records
    from lamdong_desktop.services.minutes import guests_of

    return meeting_json(m, full=True, opinions=meeting_records.opinions(ctx, m.id, actor=actor),
                        guests=guests_of(ctx, m))


def _item_outcome(item: Any) -> str | None:
    """The decision's outcome once decided; before that the vote's result once complete."""
    if item.decision_outcome is not None:
        return str(item.decision_outcome.value)
    o = item.outcome
    return o.status.value if o.complete else None


def _member_json(m: Any, x: Any) -> dict[str, Any]:
    from lamdong_desktop.messages import seat_words

    return {"id": x.id, "person_id": x.person_id, "name": x.full_name, "position": x.position, "role": x.seat.value,
            "role_words": seat_words(m.kind, x.seat), "is_head": x.is_head, "member": x.votes,
            "attendance": x.attendance.value if x.attendance else None, "absence_reason": x.absence_reason or None}


def _item_json(m: Any, i: Any) -> dict[str, Any]:
    o = i.outcome
    return {"proposal_id": i.proposal_id, "ref": i.ref, "title": i.title, "proposer": i.author_name,
            "due_on": i.due_on.isoformat() if i.due_on else None, "late": i.late,
            "vote": {"status": o.status.value, "complete": o.complete, "for": o.in_favour, "against": o.against,
                     "abstain": o.abstained, "not_voted": o.not_voting, "tie": o.tie,
                     "tie_break": o.tie_break.value, "ballots": {k: v.value for k, v in i.ballots.items()},
                     "proposer_member_ids": list(i.proposer_ids)},
            "override_reason": i.override_reason or None, "decision_id": i.decision_id,
            "outcome": _item_outcome(i), "purpose": i.purpose.value, "evaluation_id": i.evaluation_id}


def _print_meeting(c: Call, m: Any, opinions: Any, guests: Any) -> None:
    from lamdong_desktop.messages import (
        ATTENDANCE_WORDS,
        LATE_WORDS,
        MEETING_KIND_WORDS,
        MEETING_STATE_WORDS,
        NOT_RECORDED,
        SIGNED_WORDS,
        UNSIGNED_WORDS,
        VOTE_STATUS_WORDS,
        seat_words,
    )

    out = c.io.out
    out(f"{MEETING_KIND_WORDS[m.kind]}: {m.title}")
    out(f"Mã: {m.id}\nThời gian: {m.starts_at:%H:%M ngày %d/%m/%Y}" + (f" – {m.ends_at:%H:%M}" if m.ends_at else ""))
    out(f"Địa điểm: {m.place}\nTrạng thái: {MEETING_STATE_WORDS[m.state]}")
    if m.late:
        out(f"QUÁ HẠN: {LATE_WORDS}")
    if m.minutes_ref:
        out(f"Biên bản số {m.minutes_ref}: {SIGNED_WORDS if m.locked else UNSIGNED_WORDS}")
    out(f"Có mặt {m.present_count}/{len(m.voting_members)} thành viên (cần ít nhất {m.quorum_needed}, tỷ lệ "
        f"{m.quorum.fraction}): {'đủ' if m.quorum_met else 'chưa đủ'} số thành viên để biểu quyết")
    for x in m.members:
        mark = ATTENDANCE_WORDS[x.attendance] if x.attendance else NOT_RECORDED
        why = f" ({x.absence_reason})" if x.absence_reason else ""
        out(f"  {x.full_name} — {seat_words(m.kind, x.seat)}\t{mark}{why}\t[{x.id}]")
    for g in guests:
        said = f"{g.name}, {g.position}" if g.position else g.name
        out(f"  Khách mời: {said} — người đề xuất {', '.join(g.refs)}")
    for i in m.items:
        o = i.outcome
        result = VOTE_STATUS_WORDS[o.status] if o.complete else "chưa biểu quyết xong"
        out(f"{i.ref}: {i.title}\n  Tán thành {o.in_favour}, không tán thành {o.against}, không biểu quyết "
            f"{o.abstained}: {result}" + (" — QUÁ HẠN" if i.late else ""))
        if i.override_reason:
            out(f"  Người đứng đầu phê duyệt bằng văn bản: {i.override_reason}")
    if opinions:
        out(f"Ý kiến phát biểu ({len(opinions)}):")
    for n, o in enumerate(opinions, start=1):
        who = f"{o.name} ({o.position})" if o.position else o.name
        about = f"về {o.ref}" if o.ref else "về cả cuộc họp"
        out(f"  {n}. {who}{' — khách mời' if o.guest else ''}, {about}: {' '.join(o.text.split())}")


def cmd_meeting(c: Call) -> int:
    from lamdong_desktop.services import meeting_records, meeting_votes, meetings

    ctx = c.context()
    actor = c.actor(ctx)
    action = c.args.action
    if action == "list":
        found = meetings.list_meetings(ctx, actor=actor)
        if c.args.json:
            print_json(c.io, [meeting_json(m) for m in found])
            return 0
        for m in found:
            refs = ", ".join(i.ref for i in m.items)
            c.io.out(f"{m.id[:8]}\t{m.held_on:%d/%m/%Y}\t{m.kind.value}\t{refs}\t{m.title}")
        c.io.out(f"({len(found)} cuộc họp)")
        return 0
    if action == "convene":
        from lamdong_desktop.domain.council import CouncilSize
        from lamdong_desktop.services import levels, proposals

        size = None
        if c.args.council_size:
            low, _, high = c.args.council_size.partition("-")
            if not (low.strip().isdigit() and high.strip().isdigit()):
                raise CliError(f"“{c.args.council_size}” không đúng dạng TỐI_THIỂU-TỐI_ĐA (ví dụ 5-9).")
            size = CouncilSize(int(low), int(high))
        targets = [proposals.get(ctx, ref, actor=actor).id for ref in c.args.proposal]
        levels.refuse_own_of(ctx, targets, actor)  # the head's own proposal: its reason before the members' names
        rubric = _rubric(c.args.criterion)
        m = meetings.convene(ctx, actor=actor, kind=c.args.kind, level=c.args.level, title=c.args.title,
                             starts_at=c.args.start, place=c.args.place, members=_members(c, ctx, actor),
                             quorum=c.args.quorum, council_size=size, rubric=rubric, proposal_ids=targets).value
        if c.args.json:
            print_json(c.io, _full_json(ctx, actor, m))
        else:
            c.io.out(f"Đã triệu tập {m.title} (mã {m.id}); giấy mời số {m.invitation_ref}.")
        return 0
    meeting_id = meetings.resolve(ctx, c.args.id, actor=actor)
    if action == "show":
        from lamdong_desktop.services.minutes import guests_of

        m = meetings.get(ctx, meeting_id, actor=actor)
        if c.args.json:
            print_json(c.io, _full_json(ctx, actor, m))
        else:
            _print_meeting(c, m, meeting_records.opinions(ctx, m.id, actor=actor), guests_of(ctx, m))
        return 0
    current = meetings.get(ctx, meeting_id, actor=actor)

    def member(text: str) -> str:
        return meeting_records.find_member(current, text)

    if action in ("add-item", "remove-item"):
        from lamdong_desktop.services import proposals

        target = proposals.get(ctx, c.args.ref, actor=actor).id
        if action == "add-item":
            meetings.add_item(ctx, actor=actor, meeting_id=meeting_id, proposal_id=target)
            c.io.out(f"Đã đưa {c.args.ref} vào chương trình họp.")
        else:
            meetings.remove_item(ctx, actor=actor, meeting_id=meeting_id, proposal_id=target, reason=c.args.reason)
            c.io.out(f"Đã rút {c.args.ref} khỏi chương trình họp.")
    elif action == "attend":
        marks = [(member(x), "present", "") for x in c.args.present]
        marks += [(member(x), "absent", why) for x, why in _pairs(c.args.absent, "THÀNH_VIÊN=LÝ_DO")]
        if not marks:
            raise CliError("Cần ít nhất một --present hoặc --absent.")
        m = meeting_records.attend_many(ctx, actor=actor, meeting_id=meeting_id, marks=marks).value
        c.io.out(f"Đã điểm danh: có mặt {m.present_count}/{len(m.voting_members)} thành viên, cần ít nhất "
                 f"{m.quorum_needed}: {'đủ' if m.quorum_met else 'chưa đủ'} số thành viên để biểu quyết.")
    elif action == "vote":
        from lamdong_desktop.messages import VOTE_STATUS_WORDS

        ballots = {member(x): choice for x, choice in _pairs(c.args.ballots, "THÀNH_VIÊN=LỰA_CHỌN")}
        item = meeting_votes.record_ballots(ctx, actor=actor, meeting_id=meeting_id, proposal=c.args.ref,
                                            ballots=ballots).value
        o = item.outcome
        result = VOTE_STATUS_WORDS[o.status] if o.complete else f"còn {o.not_voting} thành viên chưa biểu quyết"
        c.io.out(f"{item.ref}: tán thành {o.in_favour}, không tán thành {o.against}, không biểu quyết "
                 f"{o.abstained}: {result}.")
    elif action == "score":
        scores: dict[str, str] = {}
        for typed, value in _pairs(c.args.marks, "TIÊU_CHÍ=ĐIỂM"):
            code = _criterion(current.rubric, typed)
            if code in scores:
                raise CliError(f"Tiêu chí “{typed}” được chấm hai lần trong cùng một lệnh.")
            scores[code] = value
        sheet = meeting_votes.record_scores(ctx, actor=actor, meeting_id=meeting_id, proposal=c.args.ref,
                                            member_id=member(c.args.member), marks=scores).value
        c.io.out(f"Đã ghi điểm; còn thiếu {len(sheet.missing)} điểm trong bảng chấm." if sheet.missing
                 else "Đã ghi điểm; bảng chấm đã đủ điểm của mọi thành viên chấm.")
    elif action == "opinion":
        meeting_records.record_opinion(ctx, actor=actor, meeting_id=meeting_id, text=c.args.text,
                                       proposal=c.args.proposal, member_id=member(c.args.member) if c.args.member
                                       else None, speaker_name=c.args.speaker, speaker_position=c.args.position)
        c.io.out("Đã ghi ý kiến.")
    elif action == "minutes":
        if c.args.proposal:
            meeting_records.record_item(ctx, actor=actor, meeting_id=meeting_id, proposal=c.args.proposal,
                                        summary=c.args.summary, conclusion=c.args.conclusion)
        else:
            meeting_records.record_content(ctx, actor=actor, meeting_id=meeting_id, content=c.args.content,
                                           conclusion=c.args.conclusion)
        c.io.out("Đã ghi biên bản.")
    elif action == "adjourn":
        m = meetings.adjourn(ctx, actor=actor, meeting_id=meeting_id, reason=c.args.reason, ends_at=c.args.end).value
        c.io.out(f"Đã hoãn cuộc họp; biên bản số {m.minutes_ref}. Các đề xuất trở lại chờ đưa ra họp.")
    elif action == "close":
        m = meetings.close(ctx, actor=actor, meeting_id=meeting_id, ends_at=c.args.end).value
        c.io.out(f"Cuộc họp kết thúc lúc {m.ends_at:%H:%M}; biên bản số {m.minutes_ref}.")
    elif action == "attach-signed":
        m = meetings.attach_signed_minutes(ctx, actor=actor, meeting_id=meeting_id, path=c.args.file).value
        c.io.out(f"Biên bản số {m.minutes_ref}: Đã ký. Biên bản đã khóa, không sửa được nữa.")
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {
    "meeting": cmd_meeting,
}
