"""The head's queue “Việc cần xử lý” with 2,000 open items: from the query to the painted table.

    python benchmarks/queue_bench.py [--items N] [--repeat N]

The data: a demo commune whose official submits N proposals (each its own transaction, as in use), a third of
them received by the head. The program: ``QueueView`` built for the head and painted (the services' query,
the model, the sorted proxy, the first paint). The floor: a bare ``QTableView`` over a ``QStandardItemModel``
holding the same N × 6 texts, built and painted in the same window size. Goal: ≤ 100 ms (issue 8).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, time, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from measure import HEADER, ms, paired, row, timed  # noqa: E402

GOAL = 0.100
WIDTH, HEIGHT = 1180, 760


def _build(folder: Path, items: int) -> Path:
    from lamdong_desktop.domain import clock
    from lamdong_desktop.domain.proposals import Assessment, Criterion, Indicator, ProposalContent, Section
    from lamdong_desktop.services import accounts, proposals, review, staff
    from lamdong_desktop.services.demo import create_demo
    from lamdong_desktop.storage.paths import DataPaths

    paths = DataPaths(folder / "data")
    ctx, head = create_demo(paths, proposals=False)
    official = accounts.sign_in(ctx, username="canbo", password="demo")
    org = staff.list_party_orgs(ctx, actor=official)[0]
    start = datetime.combine(clock.today() - timedelta(days=60), time(8), clock.VN_TZ)
    for i in range(items):
        content = ProposalContent(
            title=f"Đề xuất số {i + 1}: rút ngắn thời gian giải quyết thủ tục đất đai tại thôn {i % 9 + 1}",
            sections={s: f"Nội dung {s.value} của đề xuất {i + 1}." for s in Section},
            indicators=(Indicator("Hồ sơ được xử lý", "hồ sơ", "0", "45", clock.today() + timedelta(days=200)),),
            criteria={c: Assessment(True, "Phù hợp Nghị định 73/2023/NĐ-CP.") for c in Criterion},
            conflict_declared=False, field="dat_dai", party_org_id=org.id)
        with clock.pinned(start + timedelta(minutes=i)):
            draft = proposals.create_draft(ctx, actor=official, content=content).value
            proposals.submit(ctx, actor=official, proposal_id=draft.id)
            if i % 3 == 0:
                review.receive(ctx, actor=head, proposal_id=draft.id)
    ctx.close()
    return paths.root


def bench_queue(items: int, repeat: int) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from lamdong_desktop.services import accounts
    from lamdong_desktop.services.context import open_app
    from lamdong_desktop.storage.paths import DataPaths
    from lamdong_desktop.ui.app import create_application
    from lamdong_desktop.ui.queue.view import QueueView

    app = QApplication.instance() or create_application()
    with tempfile.TemporaryDirectory(prefix="lamdong-bench-queue-") as tmp:
        root = _build(Path(tmp), items)
        ctx = open_app(DataPaths(root))
        head = accounts.sign_in(ctx, username="chutich", password="demo")
        texts = [(i.kind.value, i.ref, i.title, str(i.since), str(i.due), "")
                 for i in __import__("lamdong_desktop.services.queue", fromlist=["queue"]).queue(ctx, actor=head)]

        def floor() -> float:
            def work() -> None:
                model = QStandardItemModel(len(texts), 6)
                for r, values in enumerate(texts):
                    for c, value in enumerate(values):
                        model.setItem(r, c, QStandardItem(value))
                view = QTableView()
                view.setModel(model)
                view.setSortingEnabled(True)
                view.resize(WIDTH, HEIGHT)
                view.show()
                view.grab()
                view.close()
                view.deleteLater()
            return timed(work)

        def program() -> float:
            def work() -> None:
                view = QueueView(ctx, head, lambda _id: None)
                view.resize(WIDTH, HEIGHT)
                view.show()
                view.grab()
                view.close()
                view.deleteLater()
            return timed(work)

        pairs = paired(floor, program, repeat)
        app.processEvents()
        ctx.close()
    row(f"queue of the head, {len(texts):,} open items: query to painted table", ms(pairs.value), ms(pairs.floor),
        pairs.ratio, f"≤ {GOAL * 1000:.0f} ms", pairs.value <= GOAL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    print(HEADER)
    bench_queue(args.items, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
