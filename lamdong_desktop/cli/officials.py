"""``official …`` and ``annual-review``: the official's record (hồ sơ cán bộ, seed IV.2), the commendations recorded
on it, and the unit's yearly review of its initiatives (seed V.4). Their printed forms are ``print record`` and
``print review`` (``printing``), made here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .base import Call, Parser, print_json


def add_parsers(sub: Any) -> None:
    official = sub.add_parser("official", help="hồ sơ cán bộ: đề xuất đã đề xuất, thực hiện, kết luận bảo vệ, khen "
                              "thưởng")
    osub = official.add_subparsers(dest="action", metavar="THAO_TÁC", required=True, parser_class=Parser)
    show = osub.add_parser("show", help="xem hồ sơ của một cán bộ (của chính mình nếu không ghi cán bộ)")
    show.add_argument("person", nargs="?", default="", metavar="CÁN_BỘ",
                      help="họ tên (có dấu hoặc không), mã cán bộ hoặc tên đăng nhập của cán bộ")
    show.add_argument("--json", action="store_true")
    commend = osub.add_parser("commend", help="người đứng đầu ghi nhận khen thưởng (hoặc nâng lương trước thời "
                              "hạn) đã được quyết định cho một đề xuất được đánh giá hoàn thành")
    commend.add_argument("person", metavar="CÁN_BỘ")
    commend.add_argument("--proposal", required=True, metavar="MÃ_ĐỀ_XUẤT")
    commend.add_argument("--form", required=True, metavar="HÌNH_THỨC",
                         help="ví dụ: Giấy khen của Chủ tịch Ủy ban nhân dân xã")
    commend.add_argument("--decision", required=True, metavar="SỐ", help="số quyết định, ví dụ 25/QĐ-UBND")
    commend.add_argument("--date", required=True, metavar="NGÀY", help="ngày của quyết định")
    commend.add_argument("--kind", default="commendation", metavar="LOẠI",
                         help="commendation (khen thưởng, mặc định) hoặc early_raise (nâng lương trước thời hạn)")
    commend.add_argument("--json", action="store_true")
    remove = osub.add_parser("uncommend", help="xóa một ghi nhận khen thưởng nhập nhầm (kèm lý do)")
    remove.add_argument("commendation", metavar="MÃ", help="mã ghi nhận (cột id của “official show --json”)")
    remove.add_argument("--reason", required=True, metavar="LÝ_DO")
    review = sub.add_parser("annual-review", help="tổng kết năm: đề xuất theo trạng thái, kết luận bảo vệ, đề xuất "
                            "đề nghị nhân rộng, khen thưởng")
    review.add_argument("--year", type=int, metavar="NĂM", help="năm tổng kết (mặc định: năm nay; tháng 1: năm trước)")
    review.add_argument("--json", action="store_true")


def add_print_parsers(ptsub: Any) -> None:
    """``print record`` and ``print review`` (called by ``printing.add_parsers``)."""
    out_help = "tệp PDF ghi ra (ngoài thư mục dữ liệu của chương trình)"
    record = ptsub.add_parser("record", help="Hồ sơ cán bộ (bản tổng hợp kết quả đổi mới, sáng tạo) để lưu hồ sơ")
    record.add_argument("ref", metavar="CÁN_BỘ", help="họ tên, mã cán bộ hoặc tên đăng nhập")
    record.add_argument("-o", "--output", required=True, metavar="TỆP.pdf", help=out_help)
    review = ptsub.add_parser("review", help="Báo cáo tổng kết năm (chưa ghi số thì in bản dự thảo)")
    review.add_argument("--year", type=int, metavar="NĂM", help="năm tổng kết (mặc định: năm nay; tháng 1: năm "
                        "trước)")
    review.add_argument("--number", metavar="SỐ", help="số báo cáo đã cấp trong sổ đăng ký (lamdong register issue "
                        "--type BC …), ví dụ 05/BC-UBND")
    review.add_argument("--number-year", type=int, metavar="NĂM", help="năm cấp số đó (mặc định: năm nay)")
    review.add_argument("-o", "--output", required=True, metavar="TỆP.pdf", help=out_help)
    kp = ptsub.add_parser("kpi", help="Báo cáo kết quả thực hiện các chỉ tiêu của một kỳ, kèm biểu đồ và danh sách "
                          "(chưa ghi số thì in bản dự thảo)")
    kp.add_argument("--period", metavar="KỲ", help="2026, 2026-Q3, 2026-11 hoặc 2026-01-05:2026-02-10 (mặc định: năm "
                    "nay)")
    kp.add_argument("--number", metavar="SỐ", help="số báo cáo đã cấp trong sổ đăng ký, ví dụ 05/BC-UBND")
    kp.add_argument("--number-year", type=int, metavar="NĂM", help="năm cấp số đó (mặc định: năm nay)")
    kp.add_argument("-o", "--output", required=True, metavar="TỆP.pdf", help=out_help)


def _day(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _ref(value: Any) -> dict[str, Any] | None:
    return {"reference": value.reference, "date": value.issued_on.isoformat()} if value is not None else None


def entry_json(e: Any) -> dict[str, Any]:
    from lamdong_desktop.messages import RESULT_CLASS_WORDS, STATE_WORDS, ruling_sentence

    return {
        "proposal_id": e.proposal_id, "ref": e.ref, "title": e.title, "roles": [r.value for r in e.roles],
        "state": e.state.value, "state_words": STATE_WORDS[e.state], "submitted_on": _day(e.submitted_on),
        "outcome": e.outcome.value if e.outcome else None, "decision": _ref(e.decision),
        "started_on": _day(e.started_on), "ended_on": _day(e.ended_on), "ending": e.ending.value if e.ending else None,
        "indicators_reached": e.reached, "indicators": e.indicators,
        "result": e.result.value if e.result else None,
        "result_words": RESULT_CLASS_WORDS[e.result] if e.result else None,
        "evaluation": _ref(e.evaluation),
        "ruling": {**e.ruling.to_json(), "sentence": ruling_sentence(e.ruling)} if e.ruling else None,
        "eligible_for_commendation": e.eligible,
        "commendations": [commendation_json(c) for c in e.commendations],
    }


def commendation_json(c: Any) -> dict[str, Any]:
    return {"id": c.id, "proposal_id": c.proposal_id, "person_id": c.person_id, "full_name": c.full_name,
            "kind": c.kind.value, "form": c.form, "decision": c.reference, "date": c.decided_on.isoformat(),
            "recorded_by": c.recorder_name}


def _show(c: Call, ctx: Any, actor: Any) -> int:
    from lamdong_desktop.domain.official_record import RecordRole
    from lamdong_desktop.messages import NOT_EVALUATED_WORDS, STATE_WORDS, roles_words, ruling_sentence
    from lamdong_desktop.services import official_records

    record = official_records.get(ctx, official_records.find_person(ctx, c.args.person, actor=actor), actor=actor)
    p = record.person
    if c.args.json:
        print_json(c.io, {
            "person": {"id": p.id, "full_name": p.full_name, "position": p.position,
                       "party_org": p.party_org_name or None},
            "counts": {"proposed": record.proposed, "implemented": record.count(RecordRole.IMPLEMENTER),
                       "evaluated": record.evaluated, "completed": record.completed, "flagged": record.flagged,
                       "commendations": record.commended},
            "proposals": [entry_json(e) for e in record.entries]})
        return 0
    c.io.out(f"Hồ sơ cán bộ: {p.full_name}" + (f", {p.position}" if p.position else ""))
    for e in record.entries:
        ruling = ruling_sentence(e.ruling) if e.ruling else NOT_EVALUATED_WORDS
        c.io.out(f"{e.ref}\t{roles_words(e.roles)}\t{STATE_WORDS[e.state]}\t{e.title}\n\t{ruling}")
        for given in e.commendations:
            c.io.out(f"\tKhen thưởng: {given.form} (Quyết định số {given.reference} ngày {given.decided_on:%d/%m/%Y})")
    c.io.out(f"({len(record.entries)} đề xuất; {record.evaluated} đã đánh giá, {record.completed} hoàn thành; "
             f"{record.commended} khen thưởng đã ghi nhận)")
    return 0


def cmd_official(c: Call) -> int:
    from lamdong_desktop.services import commendations, official_records, proposals
    from lamdong_desktop.services.calendar import parse_date

    ctx = c.context()
    actor = c.actor(ctx)
    if c.args.action == "show":
        return _show(c, ctx, actor)
    if c.args.action == "uncommend":
        gone = commendations.remove(ctx, actor=actor, commendation_id=c.args.commendation, reason=c.args.reason).value
        c.io.out(f"Đã xóa ghi nhận {gone.form} ({gone.reference}) của {gone.full_name}.")
        return 0
    person_id = official_records.find_person(ctx, c.args.person, actor=actor)
    proposal = proposals.get(ctx, c.args.proposal, actor=actor)
    made = commendations.record(ctx, actor=actor, proposal_id=proposal.id, person_id=person_id, form=c.args.form,
                                reference=c.args.decision, decided_on=parse_date(c.args.date),
                                kind=c.args.kind).value
    if c.args.json:
        print_json(c.io, commendation_json(made))
    else:
        c.io.out(f"Đã ghi nhận {made.form} cho {made.full_name} ({proposal.ref}), Quyết định số {made.reference} "
                 f"ngày {made.decided_on:%d/%m/%Y}.")
    return 0


def _year(c: Call) -> int:
    from lamdong_desktop.domain import clock
    from lamdong_desktop.services.periodic_review import default_year

    return c.args.year if c.args.year is not None else default_year(clock.today())


def cmd_annual_review(c: Call) -> int:
    from lamdong_desktop.domain.protection import RulingKind
    from lamdong_desktop.messages import RESULT_CLASS_WORDS, RULING_KIND_WORDS, STATE_WORDS
    from lamdong_desktop.services import periodic_review

    ctx = c.context()
    actor = c.actor(ctx)
    found = periodic_review.review(ctx, _year(c), actor=actor)
    if c.args.json:
        print_json(c.io, {
            "year": found.year, "submitted": found.submitted, "evaluated": found.evaluated,
            "states": {s.value: n for s, n in found.states}, "results": {r.value: n for r, n in found.results},
            "rulings": {k.value: found.count(k) for k in RulingKind},
            "suggested": [{"proposal_id": s.proposal_id, "ref": s.ref, "title": s.title, "pilot": s.pilot,
                           "proposers": [p.text() for p in s.proposers],
                           "implementers": [p.text() for p in s.implementers],
                           "indicators_reached": s.reached, "indicators": s.indicators,
                           "evaluation": _ref(s.evaluation), "ruling": s.ruling.kind.value,
                           "commendations": [commendation_json(g) for g in s.commendations]}
                          for s in found.suggested]})
        return 0
    c.io.out(f"Tổng kết năm {found.year}: {found.submitted} đề xuất được trình, {found.evaluated} đã đánh giá.")
    for state, n in found.states:
        c.io.out(f"\t{STATE_WORDS[state]}: {n}")
    for result, n in found.results:
        c.io.out(f"\t{RESULT_CLASS_WORDS[result]}: {n}")
    for kind in RulingKind:
        c.io.out(f"\t{RULING_KIND_WORDS[kind]}: {found.count(kind)}")
    c.io.out("Đề nghị nhân rộng, khen thưởng:" if found.suggested else "Không có đề xuất nào đề nghị nhân rộng.")
    for s in found.suggested:
        c.io.out(f"\t{s.ref}\t{s.title}\t{'; '.join(p.text() for p in s.proposers)}")
    return 0


def print_document(c: Call, ctx: Any, actor: Any) -> int:
    """``print record`` and ``print review``."""
    from lamdong_desktop.services import official_records, printing_records, register

    if c.args.document == "record":
        person_id = official_records.find_person(ctx, c.args.ref, actor=actor)
        target = printing_records.print_record(ctx, actor=actor, person_id=person_id, target=c.args.output)
        c.io.out(f"Đã in hồ sơ cán bộ ra {target}.")
        return 0
    entry = register.find_entry(ctx, c.args.number, actor=actor, year=c.args.number_year).entry if c.args.number \
        else None
    if c.args.document == "kpi":
        return _print_kpi(c, ctx, actor, entry)
    year = _year(c)
    target = printing_records.print_review(ctx, actor=actor, year=year, entry_id=entry.id if entry else None,
                                           target=c.args.output)
    what = f"báo cáo tổng kết năm {year} số {entry.reference}" if entry else f"dự thảo báo cáo tổng kết năm {year}"
    c.io.out(f"Đã in {what} ra {target}.")
    return 0


def _print_kpi(c: Call, ctx: Any, actor: Any, entry: Any) -> int:
    from lamdong_desktop.domain import clock
    from lamdong_desktop.domain.kpi import parse_period
    from lamdong_desktop.messages import period_words
    from lamdong_desktop.services import kpi, printing_kpi

    kpi.require_unit_reader(actor)
    period = parse_period(c.args.period, today=clock.today())
    target = printing_kpi.print_kpi(ctx, actor=actor, period=period.code, entry_id=entry.id if entry else None,
                                    target=c.args.output)
    what = f"báo cáo số {entry.reference}" if entry else "dự thảo báo cáo"
    c.io.out(f"Đã in {what} kết quả thực hiện các chỉ tiêu {period_words(period)} ra {target}.")
    return 0


COMMANDS: dict[str, Callable[[Call], int]] = {
    "official": cmd_official,
    "annual-review": cmd_annual_review,
}
