"""Two processes take register numbers at once: 100 decisions numbered 01 to 100, no gap, no duplicate.

One writer also rolls back a transaction after taking a number now and then: that number is given back and
taken by the next decision, whichever process issues it. The audit chain verifies afterwards.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time

from lamdong_desktop.domain.register import DocType
from lamdong_desktop.services import accounts, register
from lamdong_desktop.services.context import open_app
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage.paths import DataPaths

PER_WRITER = 50

WRITER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from lamdong_desktop.services import accounts, register
    from lamdong_desktop.services.context import open_app
    from lamdong_desktop.storage.paths import DataPaths

    root, user, count, rollback_every, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), \\
        Path(sys.argv[5])
    ctx = open_app(DataPaths(root))
    actor = accounts.sign_in(ctx, username=user, password="demo")
    (go.parent / f"ready-{user}").touch()
    while not go.exists():  # both writers start at the same moment, once both have signed in
        time.sleep(0.01)

    class Undo(Exception):
        pass

    issued, given_back, failures = [], [], []
    attempt = 0
    while len(issued) < count:
        attempt += 1
        try:
            if rollback_every and attempt % rollback_every == 0:
                try:
                    with ctx.db.atomic():
                        entry = register.issue(ctx, actor=actor, doc_type="QĐ", title=f"Hủy giữa chừng {attempt}",
                                               signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch").value
                        given_back.append(entry.number)
                        raise Undo()
                except Undo:
                    continue
            entry = register.issue(ctx, actor=actor, doc_type="QĐ", title=f"Quyết định của {user} số {attempt}",
                                   signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch").value
            issued.append(entry.number)
            # SQLite's lock is not fair: a writer that commits and begins again at once keeps it while the other
            # sleeps in its busy handler. A pause between documents (as between two clicks) lets them alternate.
            time.sleep(0.003)
        except Exception as exc:  # counted, never hidden
            failures.append(f"{type(exc).__name__}: {exc}")
            if len(failures) > 5:
                break
    ctx.close()
    print(json.dumps({"issued": issued, "given_back": given_back, "failures": failures}))
    """
)


def test_two_processes_issuing_at_once_number_one_to_a_hundred(tmp_path):
    paths = DataPaths(tmp_path / "data")
    ctx, _ = create_demo(paths, proposals=False)
    ctx.close()
    go = tmp_path / "go"
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(paths.root), user, str(PER_WRITER), str(every), str(go)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for user, every in (("chutich", 0), ("thuky", 7))
    ]
    while not all((tmp_path / f"ready-{user}").exists() for user in ("chutich", "thuky")):
        assert all(proc.poll() is None for proc in writers), [proc.communicate() for proc in writers]
        time.sleep(0.01)
    go.touch()
    results = []
    for proc in writers:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))

    assert [f for r in results for f in r["failures"]] == []
    taken = sorted(n for r in results for n in r["issued"])
    assert taken == list(range(1, 2 * PER_WRITER + 1))  # no gap, no duplicate
    assert results[1]["given_back"], "the rolled-back transactions really took numbers"
    ctx = open_app(paths)
    head = accounts.sign_in(ctx, username="chutich", password="demo")
    entries = [v.entry for v in register.list_entries(ctx, actor=head, doc_type=DocType.DECISION)]
    assert [e.number for e in entries] == list(range(1, 2 * PER_WRITER + 1))
    assert len({e.reference for e in entries}) == 2 * PER_WRITER
    assert not any(e.title.startswith("Hủy giữa chừng") for e in entries)
    report = verify_all(ctx)
    assert report.ok, report.problems
    ctx.close()
