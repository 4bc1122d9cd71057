"""The benchmark corpus: proposals built through their lifecycle by the services, cached on disk.

    python benchmarks/corpus.py [--count N]     (builds or reuses the cache, prints where it is)

Every proposal is drafted, and most are then submitted; some are returned by the head, revised and
resubmitted, a few withdrawn — each step its own transaction through the services, as in use, so the audit
log, revisions and transitions have their real shape. Building 20,000 takes minutes, so the data folder is
kept under ``benchmarks/.cache/`` (git-ignored), keyed by a hash of this file, of the seed text and of every
source file of ``domain/``, ``storage/`` and ``services/``: a change to any of them builds afresh.

The texts come from the provincial resolution (the seed); without it the benchmark stops rather than
measuring a corpus of a few repeated words.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import os
import random
import shutil
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CACHE = HERE / ".cache"
SEED_NAME = "nghi-quyet-du-thao-tinh-uy-lam-dong.txt"
SEED_ENV = "LAMDONG_BENCH_SEED"
# The resolution holds some 3,000 words; far fewer means the wrong file and a corpus unlike real text.
MIN_SEED_WORDS = 1000
HASHED_PACKAGES = ("domain", "storage", "services")

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
AUTHORS = ("canbo", "phochutich", "thuky")
HEAD = "chutich"
PASSWORD = "demo"


class SeedMissing(SystemExit):
    pass


def seed_path() -> Path:
    """The seed text: ``$LAMDONG_BENCH_SEED``, else ``shared/seed/`` beside the worktree or inside it."""
    if os.environ.get(SEED_ENV):
        return Path(os.environ[SEED_ENV])
    for folder in (ROOT / "seed", ROOT.parent / "shared" / "seed"):
        if (folder / SEED_NAME).exists():
            return folder / SEED_NAME
    return ROOT.parent / "shared" / "seed" / SEED_NAME


def seed_words() -> list[str]:
    """The words of the resolution; stops the benchmark when the text is missing or too short."""
    path = seed_path()
    if not path.exists():
        raise SeedMissing(f"benchmark stopped: seed text {path} is missing (set {SEED_ENV} to its path)")
    words = [w for w in path.read_text("utf-8").split() if w.isalpha()]
    if len(words) < MIN_SEED_WORDS:
        raise SeedMissing(f"benchmark stopped: seed text {path} holds {len(words)} words, "
                          f"fewer than {MIN_SEED_WORDS}")
    return words


def source_key(count: int) -> str:
    """Hash of everything that shapes the corpus: this builder, the seed, the domain/storage/services code."""
    digest = hashlib.sha256(f"{count}\n".encode())
    digest.update(Path(__file__).read_bytes())
    digest.update(seed_path().read_bytes())
    for package in HASHED_PACKAGES:
        for path in sorted((ROOT / "lamdong_desktop" / package).rglob("*.py")):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _text(rng: random.Random, filler: list[str], n: int, topic: str) -> str:
    words = [rng.choice(filler) for _ in range(n)]
    if topic:
        words.insert(rng.randrange(len(words) + 1), topic)
    return " ".join(words).capitalize() + "."


def _build(root: Path, count: int, filler: list[str], snapshots: dict[int, Path]) -> dict[str, int]:
    """Create the demo commune in ``root`` and add ``count`` proposals through their lifecycle.

    After ``n`` proposals the data folder is copied to ``snapshots[n]``: the smaller corpora are the
    beginning of the larger one.
    """
    from lamdong_desktop.domain.proposals import Assessment, Criterion, Indicator, ProposalContent, Section
    from lamdong_desktop.services import accounts, proposals, staff
    from lamdong_desktop.services.demo import create_demo
    from lamdong_desktop.storage.paths import DataPaths

    ctx, _ = create_demo(DataPaths(root), password=PASSWORD)
    people = {name: accounts.sign_in(ctx, username=name, password=PASSWORD) for name in (*AUTHORS, HEAD)}
    orgs = staff.list_party_orgs(ctx, actor=people[HEAD])
    rng = random.Random(2026)
    steps = dict.fromkeys(("draft", "submit", "return", "revise", "resubmit", "withdraw"), 0)
    try:
        for i in range(count):
            if i in snapshots:
                ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                shutil.copytree(root, snapshots[i])
            author = people[AUTHORS[i % len(AUTHORS)]]
            topic = TOPICS[i % len(TOPICS)]
            sections = {s: _text(rng, filler, 40, rng.choice(TOPICS) if rng.random() < 0.1 else topic)
                        for s in Section}
            content = ProposalContent(
                title=_text(rng, filler, 6, topic), sections=sections,
                indicators=(Indicator("Chỉ tiêu", "hồ sơ", "10", "20", date(2027, 6, 30)),),
                criteria={c: Assessment(True, _text(rng, filler, 6, "")) for c in Criterion},
                conflict_declared=False, field=FIELDS[i % len(FIELDS)], party_org_id=orgs[i % len(orgs)].id,
                breakthrough=i % 9 == 0,
            )
            proposal = proposals.create_draft(ctx, actor=author, content=content).value
            steps["draft"] += 1
            roll = rng.random()
            if roll < 0.15:  # still a draft
                continue
            proposals.submit(ctx, actor=author, proposal_id=proposal.id)
            steps["submit"] += 1
            if roll < 0.20:
                proposals.withdraw(ctx, actor=author, proposal_id=proposal.id, reason="Chưa đủ điều kiện")
                steps["withdraw"] += 1
            elif roll < 0.50:
                proposals.return_for_revision(ctx, actor=people[HEAD], proposal_id=proposal.id,
                                              reason="Bổ sung chỉ tiêu định lượng và nguồn lực")
                steps["return"] += 1
                if roll < 0.42:
                    section = rng.choice(list(Section))
                    revised = dict(sections)
                    revised[section] = sections[section] + " " + _text(rng, filler, 20, "")
                    content = dataclasses.replace(content, sections=revised)
                    proposals.update_content(ctx, actor=author, proposal_id=proposal.id, content=content)
                    proposals.submit(ctx, actor=author, proposal_id=proposal.id)
                    steps["revise"] += 1
                    steps["resubmit"] += 1
    finally:
        ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        ctx.close()
    return steps


def sizes(count: int) -> tuple[int, int]:
    """The two corpus sizes measured: a quarter of ``count`` and ``count`` (growth shows between them)."""
    return count // 4, count


def corpora(count: int) -> dict[int, Path]:
    """Data folders of a quarter of ``count`` and of ``count`` proposals, built now if not cached."""
    filler = seed_words()
    key = source_key(count)
    targets = {n: CACHE / f"{key}-{n}" for n in sizes(count)}
    if all((t / "ready").exists() for t in targets.values()):
        return targets
    CACHE.mkdir(parents=True, exist_ok=True)
    work = {n: CACHE / f"building-{os.getpid()}-{n}" for n in targets}
    stale = [p for n in targets for p in CACHE.glob(f"*-{n}") if p not in targets.values()]
    for path in (*stale, *targets.values(), *work.values()):
        shutil.rmtree(path, ignore_errors=True)
    start = time.perf_counter()
    small = min(targets)
    steps = _build(work[count], count, filler, {small: work[small]})
    elapsed = time.perf_counter() - start
    for n, path in work.items():
        (path / "ready").write_text(f"{n} proposals; the {count} built in {elapsed:.0f} s: {steps}\n", "utf-8")
        path.rename(targets[n])
    print(f"# built {count} proposals ({sum(steps.values())} lifecycle transactions: {steps}) in {elapsed:.0f} s "
          f"into {CACHE.relative_to(ROOT)}/", file=sys.stderr)
    return targets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=20_000)
    args = parser.parse_args()
    for n, path in corpora(args.count).items():
        print(n, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
