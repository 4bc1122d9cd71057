"""Proposals at scale: 20,000 proposals, search and the first screen of the list.

    python benchmarks/proposals_bench.py [--count N] [--repeat N]

Goals (issue 3): search ≤ 30 ms median; first screen of the list ≤ 100 ms. Floors, measured in the same
run on the same database: the bare FTS5 query and the bare SELECT the services build on.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from lamdong_desktop.domain.proposals import Assessment, Criterion, Indicator, ProposalContent, Section
from lamdong_desktop.services import accounts, proposals, staff
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.storage.paths import DataPaths
from lamdong_desktop.storage.proposals_repo import fts_phrase

# Filler words from the resolution itself, so that texts read like administrative Vietnamese; each
# proposal then mentions one or two topics, as real proposals do.
SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "nghi-quyet-du-thao-tinh-uy-lam-dong.txt"
FILLER = [w for w in (SEED.read_text("utf-8").split() if SEED.exists() else []) if w.isalpha()] or (
    "cán bộ đảng viên nhiệm vụ giải pháp thực hiện chính quyền địa phương kết quả nâng cao hiệu quả".split())
TOPICS = (
    "đất đai giấy chứng nhận quyền sử dụng đất vi phạm lấn chiếm",
    "hộ nghèo đồng bào K'Ho Mạ Chu Ru sinh kế giảm nghèo",
    "vốn đầu tư công giải ngân đường giao thông nông thôn",
    "cà phê sầu riêng chè chuỗi giá trị hợp tác xã",
    "chuyển đổi số một cửa thủ tục hành chính dịch vụ công",
    "thu ngân sách thuế phí khai thác quỹ đất",
    "thủy lợi hồ chứa nước tưới tiêu",
    "trường học y tế nhà ở xã hội nước sạch",
    "du lịch cộng đồng homestay thác Bảo Đại",
    "giải phóng mặt bằng bồi thường tái định cư",
    "rừng phòng hộ giao khoán bảo vệ rừng",
    "khuyến nông tín dụng chính sách vay vốn",
)
FIELDS = ("dat_dai", "tang_truong", "dau_tu_cong", "thu_ngan_sach", "thu_nhap", "giam_ngheo", "khac")
QUERIES = ("dat dai", "ho ngheo", "von dau tu cong", "ca phe", "chuyen doi so", "giay chung nhan", "K'Ho")


def _text(rng: random.Random, n: int, topic: str) -> str:
    words = [rng.choice(FILLER) for _ in range(n)]
    words.insert(rng.randrange(len(words) + 1), topic)
    return " ".join(words).capitalize() + "."


def build(root: Path, count: int) -> tuple:
    ctx, _ = create_demo(DataPaths(root))
    author = accounts.sign_in(ctx, username="canbo", password="demo")
    orgs = staff.list_party_orgs(ctx, actor=author)
    rng = random.Random(2026)
    start = time.perf_counter()
    with ctx.db.atomic():
        for i in range(count):
            topic = TOPICS[i % len(TOPICS)]
            content = ProposalContent(
                title=_text(rng, 6, topic),
                sections={s: _text(rng, 40, rng.choice(TOPICS) if rng.random() < 0.1 else topic) for s in Section},
                indicators=(Indicator("Chỉ tiêu", "hồ sơ", "10", "20", date(2027, 6, 30)),),
                criteria={c: Assessment(True, _text(rng, 6, "")) for c in Criterion},
                conflict_declared=False, field=FIELDS[i % len(FIELDS)], party_org_id=orgs[i % len(orgs)].id,
                breakthrough=i % 9 == 0,
            )
            proposals.create_draft(ctx, actor=author, content=content)
    print(f"built {count} proposals in {time.perf_counter() - start:.1f} s")
    return ctx


def _median_ms(fn, repeat: int) -> float:
    fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def _report(name: str, value: float, floor: float, goal: str) -> None:
    print(f"{name:<46} {value:8.1f} ms   floor {floor:6.1f} ms   ratio {value / floor:5.2f}×   goal {goal}")


def bench_proposals(count: int = 20_000, repeat: int = 25) -> None:
    with tempfile.TemporaryDirectory(prefix="lamdong-bench-") as tmp:
        ctx = build(Path(tmp) / "d", count)
        # The drafts are the official's own, so they read all of them (the visibility filter still runs).
        reader = accounts.sign_in(ctx, username="canbo", password="demo")
        values, floors = [], []
        for query in QUERIES:
            values.append(_median_ms(lambda q=query: proposals.search(ctx, q, actor=reader, limit=200), repeat))
            fts = fts_phrase(query)
            floors.append(_median_ms(lambda f=fts: list(ctx.db.execute(
                "SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ? ORDER BY rank LIMIT 200", [f])), repeat))
        _report(f"search, median over {len(QUERIES)} queries", statistics.median(values),
                statistics.median(floors), "≤ 30 ms")
        screen = _median_ms(lambda: (proposals.list_proposals(ctx, actor=reader, limit=100),
                                     proposals.count_proposals(ctx, actor=reader)), repeat)
        bare = _median_ms(lambda: list(ctx.db.execute("SELECT * FROM proposals LIMIT 100")), repeat)
        _report("first screen of the list (100 rows + count)", screen, bare, "≤ 100 ms")
        ctx.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=25)
    args = parser.parse_args()
    bench_proposals(args.count, args.repeat)
    sys.exit(0)
