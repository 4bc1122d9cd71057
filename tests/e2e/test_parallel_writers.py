"""Six processes write at once through the services: no failure, no lost row, the audit chain verifies."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from lamdong_desktop.services import accounts, proposals
from lamdong_desktop.services.context import open_app
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage.paths import DataPaths

WRITERS = 6
WRITES = 16  # each: 8 drafts and 8 calendar corrections, alternating

WRITER = textwrap.dedent(
    """
    import json, sys, time
    from datetime import date, timedelta
    from pathlib import Path
    from lamdong_desktop.domain.proposals import ProposalContent
    from lamdong_desktop.services import accounts, calendar, proposals
    from lamdong_desktop.services.context import open_app
    from lamdong_desktop.storage.paths import DataPaths

    root, index, writes, go = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    ctx = open_app(DataPaths(root))
    canbo = accounts.sign_in(ctx, username="canbo", password="demo")
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    while not go.exists():  # every writer starts at the same moment
        time.sleep(0.01)
    failures, done = [], []
    for n in range(writes):
        try:
            if n % 2 == 0:
                title = f"Đề xuất {index}-{n}"
                proposals.create_draft(ctx, actor=canbo, content=ProposalContent(title=title))
                done.append(title)
            else:
                day = date(2031, 1, 1) + timedelta(days=index * 100 + n)
                calendar.set_correction(ctx, actor=admin, day=day, kind="off", name=f"Nghỉ {index}-{n}")
                done.append(day.isoformat())
        except Exception as exc:  # counted, never hidden
            failures.append(f"{type(exc).__name__}: {exc}")
    ctx.close()
    print(json.dumps({"failures": failures, "done": done}))
    """
)


def test_six_processes_writing_at_once_lose_nothing(tmp_path):
    paths = DataPaths(tmp_path / "data")
    ctx, _ = create_demo(paths, proposals=False)
    ctx.close()
    go = tmp_path / "go"
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(paths.root), str(i), str(WRITES), str(go)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for i in range(WRITERS)
    ]
    go.touch()
    results = []
    for proc in writers:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))

    assert [f for r in results for f in r["failures"]] == []
    ctx = open_app(paths)
    canbo = accounts.sign_in(ctx, username="canbo", password="demo")
    titles = {p.title for p in proposals.list_proposals(ctx, actor=canbo)}
    days = {r["day"] for r in ctx.db["calendar_corrections"].rows}
    refs = [r["ref"] for r in ctx.db["proposals"].rows]
    for result in results:
        for item in result["done"]:
            assert item in titles or item in days, item
    assert len(titles) == WRITERS * WRITES // 2 and len(days) == WRITERS * WRITES // 2
    assert len(set(refs)) == len(refs)  # every reference number taken once
    report = verify_all(ctx)
    assert report.ok, report.problems
    ctx.close()
