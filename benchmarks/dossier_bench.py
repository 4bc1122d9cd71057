"""The proposal dossier: printing it and verifying it, for a proposal with 12 documents and 10 scanned pages.

    python benchmarks/dossier_bench.py [--repeat N]

The data: the demo commune (no demo proposals) and one proposal carried through every step, each at its day — the
plan, the party committee's opinion on it, the invitation and the minutes of the leadership meeting, the decision,
an adjustment, the progress sheet, the result report, the opinion on the result, the invitation and the minutes of
the evaluation meeting and the evaluation's conclusion (12 printed documents), with the signed minutes (3 scanned
pages), the signed decision (2), the signed adjustment (1), the signed conclusion (2) and two evidence files (a
one-page PDF scan and a JPEG photo): 10 scanned pages, each a 150 dpi JPEG page as scanners write them.

Lines, each against its floor run alternately (``measure.paired``), the ratio the median of per-pair ratios:

- print, in the process: ``dossier_print.print_dossier`` (collect, render, merge, seal, write, record) against the
  bare work any merged print needs — the same 12 documents rendered by their forms and put with the same scans into
  one PDF by pypdf, written to disk. Goal ≤ 1.5 s.
- verify, in the process: ``dossier_verify.verify_dossier`` against reading the file, hashing it and reading its
  embedded list with pypdf. Goal ≤ 1 s.
- the same two as ``lamdong print dossier`` / ``lamdong verify --dossier`` processes (start, sign-in with argon2id,
  the work) against ``lamdong --version``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure import HEADER, ms, paired, paired_children, row, timed  # noqa: E402

PRINT_GOAL, VERIFY_GOAL = 1.5, 1.0
BIN = Path(sys.executable).parent
SCANNED = {"minutes": 3, "decision": 2, "adjustment": 1, "evaluation": 2, "evidence": 1}  # + a JPEG photo
LEADERSHIP = (("Nguyễn Văn Hùng", "chair", True), ("Ka Thị Hương", "member", False),
              ("Đinh Công Thành", "member", False), ("Trần Thị Mai", "secretary", False))
PARAGRAPH = ("Rà soát, phân loại từng hồ sơ vi phạm pháp luật về đất đai xảy ra trước ngày 01/8/2024 trên địa bàn "
             "xã; lập danh sách theo thôn, xác định nguyên nhân, trách nhiệm và hướng xử lý phù hợp với quy định của "
             "Luật Đất đai năm 2024, báo cáo Ủy ban nhân dân xã trước khi triển khai. ")


def scanned_page(seed: int) -> bytes:
    """A 150 dpi A4 page as a scanner's JPEG: grey lines of text, a signature, a red seal."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1240, 1754), (250, 250, 246))
    draw = ImageDraw.Draw(image)
    for line in range(60):
        width = 700 + (seed * 37 + line * 53) % 300
        draw.rectangle((150, 180 + 24 * line, 150 + width, 188 + 24 * line), fill=(80, 80, 80))
    draw.ellipse((820, 1550, 1000, 1730), outline=(200, 30, 30), width=8)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=75)
    return out.getvalue()


def scanned_pdf(pages: int, seed: int) -> bytes:
    from pypdf import PdfReader, PdfWriter

    from lamdong_desktop.documents.scan_pages import image_pages

    writer = PdfWriter()
    for number in range(pages):
        writer.append(PdfReader(io.BytesIO(image_pages(scanned_page(seed * 10 + number))[0])))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _at(day: date, hour: int = 9, minute: int = 0):
    from lamdong_desktop.domain import clock

    return clock.pinned(datetime.combine(day, time(hour, minute), clock.VN_TZ))


def build(folder: Path) -> tuple[Path, str]:
    """The data folder and the proposal's reference (see the module's docstring)."""
    from lamdong_desktop.domain.proposals import Assessment, Criterion, Indicator, ProposalContent, Section
    from lamdong_desktop.services import (
        accounts,
        adjustments,
        decisions,
        evaluations,
        implementation,
        meeting_records,
        meeting_votes,
        meetings,
        proposals,
        result_reports,
        review,
        staff,
    )
    from lamdong_desktop.services.demo import create_demo
    from lamdong_desktop.services.meetings import MemberSpec
    from lamdong_desktop.storage.paths import DataPaths

    paths = DataPaths(folder / "data")
    ctx, head = create_demo(paths, proposals=False)
    sign = lambda name: accounts.sign_in(ctx, username=name, password="demo")  # noqa: E731
    official, secretary = sign("canbo"), sign("thuky")
    people = {p.full_name: p.id for p in staff.list_people(ctx, actor=head)}
    files = folder / "files"
    files.mkdir()
    scans = {}
    for seed, (name, pages) in enumerate(SCANNED.items(), start=1):
        scans[name] = files / f"{name}.pdf"
        scans[name].write_bytes(scanned_pdf(pages, seed))
    scans["photo"] = files / "anh-hien-truong.jpg"
    scans["photo"].write_bytes(scanned_page(99))
    content = ProposalContent(
        title="Giải quyết dứt điểm các trường hợp vi phạm pháp luật về đất đai trước ngày 01/8/2024",
        sections={s: PARAGRAPH * 3 for s in Section},
        indicators=(Indicator("Hồ sơ vi phạm được xử lý", "hồ sơ", "0", "45", date(2026, 12, 31)),
                    Indicator("Thời gian cấp giấy chứng nhận", "ngày", "30", "12", date(2027, 6, 30))),
        criteria={c: Assessment(True, "Phù hợp Nghị định 73/2023/NĐ-CP.") for c in Criterion},
        conflict_declared=False, field="dat_dai", party_org_id=staff.list_party_orgs(ctx, actor=head)[0].id)

    def meeting(day: date, on: date, title: str, proposal) -> object:
        with _at(on, 7):
            held = meetings.convene(ctx, actor=head, kind="leadership", title=title, place="Hội trường UBND xã",
                                    starts_at=datetime.combine(day, time(8), _tz()), proposal_ids=[proposal.id],
                                    members=[MemberSpec(people[n], seat, is_head) for n, seat, is_head in LEADERSHIP]
                                    ).value
        ids = {m.full_name: m.id for m in held.members}
        with _at(day, 8, 5):
            meeting_records.attend_many(ctx, actor=secretary, meeting_id=held.id,
                                        marks=[(ids[n], "present", "") for n, _, _ in LEADERSHIP])
        with _at(day, 9):
            meeting_votes.record_ballots(ctx, actor=secretary, meeting_id=held.id, proposal=proposal.ref,
                                         ballots={ids[n]: "for" for n, _, _ in LEADERSHIP[:3]})
        with _at(day, 11, 30):
            meetings.close(ctx, actor=secretary, meeting_id=held.id)
        return held

    with _at(date(2026, 1, 5), 8):
        proposal = proposals.create_draft(ctx, actor=official, content=content).value
        proposals.submit(ctx, actor=official, proposal_id=proposal.id)
    with _at(date(2026, 1, 5), 10):
        review.receive(ctx, actor=head, proposal_id=proposal.id)
        review.record_party_opinion(ctx, actor=head, proposal_id=proposal.id, opinion_on=date(2026, 1, 5),
                                    body="Đảng ủy xã Di Linh", text="Thống nhất chủ trương.")
    approval = meeting(date(2026, 1, 12), date(2026, 1, 7), "Họp xem xét đề xuất đổi mới, sáng tạo", proposal)
    with _at(date(2026, 1, 12), 14):
        meetings.attach_signed_minutes(ctx, actor=secretary, meeting_id=approval.id, path=scans["minutes"])
    with _at(date(2026, 1, 13)):
        decided = decisions.decide(ctx, actor=head, proposal_id=proposal.id, outcome="approve",
                                   signer_person_id=people["Nguyễn Văn Hùng"]).value
    with _at(date(2026, 1, 13), 14):
        decisions.attach_signed(ctx, actor=secretary, decision_id=decided.id, path=scans["decision"])
    with _at(date(2026, 1, 15)):
        implementation.start(ctx, actor=head, proposal_id=proposal.id, started_on=date(2026, 1, 15),
                             implementers=[people["K'Brơi Ngọc Sơn"]])
    with _at(date(2026, 1, 19)):
        implementation.report_difficulty(ctx, actor=official, proposal_id=proposal.id, text="Một số hộ chưa đồng "
                                         "thuận phương án")
    with _at(date(2026, 1, 20)):
        adjusted = adjustments.adjust(ctx, actor=head, proposal_id=proposal.id, content="Bổ sung thôn 3",
                                      reasons="Theo đề nghị của thôn", signer_person_id=people["Nguyễn Văn Hùng"]).value
        adjustments.attach_signed(ctx, actor=secretary, adjustment_id=adjusted.id, path=scans["adjustment"])
    with _at(date(2026, 1, 28)):
        implementation.record_progress(ctx, actor=official, proposal_id=proposal.id, indicator=1, value="45",
                                       measured_on=date(2026, 1, 28), evidence=scans["evidence"])
        implementation.record_progress(ctx, actor=official, proposal_id=proposal.id, indicator=2, value="12",
                                       measured_on=date(2026, 1, 28), evidence=scans["photo"])
    with _at(date(2026, 1, 30), 16):
        implementation.finish(ctx, actor=official, proposal_id=proposal.id, ended_on=date(2026, 1, 30))
    with _at(date(2026, 2, 3), 10):
        result_reports.submit(ctx, actor=official, proposal_id=proposal.id, reported_on=date(2026, 2, 3),
                              damage=False, explanation="Đã thực hiện theo kế hoạch được phê duyệt.")
    with _at(date(2026, 2, 5)):
        review.record_party_opinion(ctx, actor=head, proposal_id=proposal.id, opinion_on=date(2026, 2, 5),
                                    body="Đảng ủy xã Di Linh", text="Thống nhất với kết quả báo cáo.")
    meeting(date(2026, 2, 10), date(2026, 2, 6), "Họp đánh giá kết quả thực hiện đề xuất", proposal)
    met = {"correct_policy": True, "pure_motive": True, "common_interest": True, "no_self_interest": True}
    with _at(date(2026, 2, 11)):
        concluded = evaluations.evaluate(ctx, actor=head, proposal_id=proposal.id, result="completed",
                                         conditions=met, abuse=(), measures=None,
                                         signer_person_id=people["Nguyễn Văn Hùng"]).value
    with _at(date(2026, 2, 11), 15):
        evaluations.attach_signed(ctx, actor=secretary, evaluation_id=concluded.id, path=scans["evaluation"])
    ctx.close()
    return paths.root, proposal.ref


def _tz():
    from lamdong_desktop.domain import clock

    return clock.VN_TZ


def bench_dossier(repeat: int) -> None:
    from pypdf import PdfReader, PdfWriter

    from lamdong_desktop.documents.base import DocumentTemplate
    from lamdong_desktop.services import accounts, dossier, dossier_print, dossier_seal
    from lamdong_desktop.services.context import open_app
    from lamdong_desktop.services.dossier_verify import verify_dossier
    from lamdong_desktop.storage.paths import DataPaths

    with tempfile.TemporaryDirectory(prefix="lamdong-bench-dossier-") as tmp:
        root, ref = build(Path(tmp))
        ctx = open_app(DataPaths(root))
        head = accounts.sign_in(ctx, username="chutich", password="demo")
        proposal_id = dossier.collect(ctx, ref, actor=head).proposal_id
        found = dossier.collect(ctx, proposal_id, actor=head)
        documents = [p.document for p in found.parts if p.document is not None]
        stored = [p.file.path.read_bytes() for p in found.parts if p.file is not None]
        scans = [data if data.startswith(b"%PDF") else __import__(
            "lamdong_desktop.documents.scan_pages", fromlist=["image_pages"]).image_pages(data)[0] for data in stored]
        scanned_pages = sum(len(PdfReader(io.BytesIO(s)).pages) for s in scans)
        out = Path(tmp) / "out"
        out.mkdir()
        counter = iter(range(10_000))

        def bare_print() -> None:
            template = DocumentTemplate()
            writer = PdfWriter()
            for document in documents:
                buffer = io.BytesIO()
                template.render(document, buffer)
                writer.append(PdfReader(io.BytesIO(buffer.getvalue())))
            for scan in scans:
                writer.append(PdfReader(io.BytesIO(scan)))
            with open(out / f"bare-{next(counter)}.pdf", "wb") as handle:
                writer.write(handle)

        def program_print() -> None:
            made = dossier_print.print_dossier(ctx, actor=head, proposal_id=proposal_id,
                                               target=out / f"hs-{next(counter)}.pdf").value
            made.path.unlink()

        with _at(date(2026, 2, 12), 9):
            pairs = paired(lambda: timed(bare_print), lambda: timed(program_print), repeat)
            sample = dossier_print.print_dossier(ctx, actor=head, proposal_id=proposal_id,
                                                 target=out / "ho-so.pdf").value
        row(f"print dossier ({len(documents)} documents, {scanned_pages} scanned pages, {sample.pages} pages)",
            ms(pairs.value), ms(pairs.floor), pairs.ratio, f"≤ {PRINT_GOAL:.1f} s", pairs.value <= PRINT_GOAL)

        def bare_verify() -> None:
            data = sample.path.read_bytes()
            hashlib.sha256(data).hexdigest()
            with dossier_seal.quiet():
                PdfReader(io.BytesIO(data)).attachments[dossier_seal.MANIFEST_NAME]

        def program_verify() -> None:
            assert verify_dossier(ctx, actor=head, path=sample.path).ok

        pairs = paired(lambda: timed(bare_verify), lambda: timed(program_verify), repeat)
        row("verify --dossier (the same dossier), in the process", ms(pairs.value), ms(pairs.floor), pairs.ratio,
            f"≤ {VERIFY_GOAL:.0f} s", pairs.value <= VERIFY_GOAL)
        ctx.close()

        cli = [str(BIN / "lamdong"), "--data-dir", str(root), "--user", "chutich", "--password-stdin"]
        floor = [str(BIN / "lamdong"), "--version"]
        times, _memory = paired_children(floor, [*cli, "print", "dossier", ref, "-o", str(out / "cli.pdf")],
                                         max(3, repeat // 2), stdin="demo\n")
        row("lamdong print dossier (process: start, sign-in, print)", ms(times.value), ms(times.floor), times.ratio,
            f"≤ {PRINT_GOAL:.1f} s", times.value <= PRINT_GOAL)
        times, _memory = paired_children(floor, [*cli, "verify", "--dossier", str(out / "cli.pdf")],
                                         max(3, repeat // 2), stdin="demo\n")
        row("lamdong verify --dossier (process: start, sign-in, verify)", ms(times.value), ms(times.floor),
            times.ratio, f"≤ {VERIFY_GOAL:.0f} s", times.value <= VERIFY_GOAL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    from run import compile_bytecode

    compile_bytecode()  # as installed: the process lines would otherwise compile every module from source
    print(HEADER)
    bench_dossier(args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
