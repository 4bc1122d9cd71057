"""Four processes give tasks and race to complete the same one: every number is taken once, one completion wins and
the others are told the task is done, nothing is lost and the audit chain verifies."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from lamdong_desktop.domain import clock
from lamdong_desktop.services import accounts, tasks
from lamdong_desktop.services.context import open_app
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage.paths import DataPaths

WRITERS, GIVEN = 4, 3

WRITER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from lamdong_desktop.domain import clock
    from lamdong_desktop.domain.errors import DomainError
    from lamdong_desktop.services import accounts, tasks
    from lamdong_desktop.services.context import open_app
    from lamdong_desktop.storage.paths import DataPaths

    root, index, shared, go = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    ctx = open_app(DataPaths(root))
    head = accounts.sign_in(ctx, username="chutich", password="demo")
    while not go.exists():  # every writer starts at the same moment
        time.sleep(0.01)
    refs, refused, failures = [], [], []
    try:
        for n in range(int(sys.argv[5])):
            refs.append(tasks.add_task(ctx, actor=head, title=f"Nhiệm vụ {index}-{n}", lead="canbo",
                                       assigned_on=clock.today(), working_days=3).value.ref)
        tasks.complete(ctx, actor=head, task_id=shared, note=f"Người thứ {index}")
    except DomainError as exc:
        refused.append(exc.code)
    except Exception as exc:  # counted, never hidden
        failures.append(f"{type(exc).__name__}: {exc}")
    ctx.close()
    print(json.dumps({"refs": refs, "refused": refused, "failures": failures}))
    """
)


def test_parallel_writers_take_each_number_once_and_complete_a_task_once(tmp_path):
    paths = DataPaths(tmp_path / "data")
    ctx, head = create_demo(paths, proposals=False)
    shared = tasks.add_task(ctx, actor=head, title="Việc chung", lead="canbo", assigned_on=clock.today(),
                            working_days=5).value
    ctx.close()
    go = tmp_path / "go"
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(paths.root), str(i), shared.id, str(go),
                                 str(GIVEN)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for i in range(WRITERS)]
    go.touch()
    results = []
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert [r["failures"] for r in results] == [[]] * WRITERS
    refs = sorted(ref for r in results for ref in r["refs"])
    year = clock.today().year
    assert refs == [f"NV-{year}-{n:03d}" for n in range(2, 2 + WRITERS * GIVEN)]
    assert sorted(code for r in results for code in r["refused"]) == ["task_not_open"] * (WRITERS - 1)
    ctx = open_app(paths)
    try:
        head = accounts.sign_in(ctx, username="chutich", password="demo")
        done = tasks.view(ctx, shared.id, actor=head)
        assert [e.kind.value for e in done.events] == ["done"]
        assert ctx.db.execute("SELECT count(*) FROM task_facts").fetchone()[0] == 1 + WRITERS * GIVEN
        assert verify_all(ctx).ok
    finally:
        ctx.close()
