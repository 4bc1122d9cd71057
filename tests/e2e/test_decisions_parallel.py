"""Two processes decide at once: 100 decisions in one year get 01 to 100, no gap, no duplicate.

Each decision takes its number, writes its row and moves its proposal in one transaction; one writer also has a
decision refused now and then (a proposal without the party committee's opinion): the refused one takes no number.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time

from lamdong_desktop.domain.lifecycle import State
from lamdong_desktop.domain.register import DocType
from lamdong_desktop.services import accounts, decisions, proposals, register
from lamdong_desktop.services.context import open_app
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage.paths import DataPaths

from ..services.meeting_support import LEADERSHIP, attend, close, convene, office, received, vote

PER_WRITER = 50
VOTERS = ("Nguyễn Văn Hùng", "Ka Thị Hương", "Đinh Công Thành")

WRITER = textwrap.dedent(
    """
    import json, sys, time
    from pathlib import Path
    from lamdong_desktop.domain.errors import DomainError
    from lamdong_desktop.services import accounts, decisions
    from lamdong_desktop.services.context import open_app
    from lamdong_desktop.storage.paths import DataPaths

    root, ids, refused_id, go = Path(sys.argv[1]), json.loads(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
    ctx = open_app(DataPaths(root))
    actor = accounts.sign_in(ctx, username="chutich", password="demo")
    (go.parent / f"ready-{sys.argv[5]}").touch()
    while not go.exists():  # both writers start at the same moment, once both have signed in
        time.sleep(0.01)
    numbers, refusals, failures = [], 0, []
    for index, proposal_id in enumerate(ids):
        if refused_id and index % 7 == 3:
            try:
                decisions.decide(ctx, actor=actor, proposal_id=refused_id, outcome="approve",
                                 signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch")
                failures.append("the proposal without an opinion was approved")
            except DomainError as exc:
                refusals += exc.code == "party_opinion_required"
        try:
            numbers.append(decisions.decide(ctx, actor=actor, proposal_id=proposal_id, outcome="approve",
                                            signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch").value.number)
        except Exception as exc:  # counted, never hidden
            failures.append(f"{type(exc).__name__}: {exc}")
        time.sleep(0.003)  # as between two clicks: SQLite's lock is not fair to a writer that begins again at once
    ctx.close()
    print(json.dumps({"numbers": numbers, "refusals": refusals, "failures": failures}))
    """
)


def test_two_processes_deciding_at_once_number_one_to_a_hundred(tmp_path):
    paths = DataPaths(tmp_path / "data")
    ctx, head = create_demo(paths, proposals=False)
    o = office(ctx, head)
    props = [received(o, title=f"Đề xuất số {i + 1}") for i in range(2 * PER_WRITER)]
    no_opinion = received(o, title="Chưa có ý kiến cấp ủy", opinion=False)
    for k in range(0, len(props), 10):
        batch = props[k:k + 10] + ([no_opinion] if k == 0 else [])
        meeting = convene(o, [p.id for p in batch], kind="leadership", seats=LEADERSHIP)
        attend(o, meeting, [n for n, _, _ in LEADERSHIP])
        for p in batch:
            vote(o, meeting, p, dict.fromkeys(VOTERS, "for"))
        close(o, meeting)  # the minutes take their number: the decisions follow
    ctx.close()
    go = tmp_path / "go"
    halves = ([p.id for p in props[0::2]], [p.id for p in props[1::2]])
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(paths.root), json.dumps(ids), refused, str(go), str(n)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for n, (ids, refused) in enumerate(((halves[0], ""), (halves[1], no_opinion.id)))
    ]
    while not all((tmp_path / f"ready-{n}").exists() for n in range(2)):
        assert all(proc.poll() is None for proc in writers), [proc.communicate() for proc in writers]
        time.sleep(0.01)
    go.touch()
    results = []
    for proc in writers:
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))

    assert [f for r in results for f in r["failures"]] == []
    assert results[1]["refusals"] >= 5, "the refused decisions really ran between the others"
    assert sorted(n for r in results for n in r["numbers"]) == list(range(1, 2 * PER_WRITER + 1))
    ctx = open_app(paths)
    head = accounts.sign_in(ctx, username="chutich", password="demo")
    entries = [v.entry for v in register.list_entries(ctx, actor=head, doc_type=DocType.DECISION)]
    assert [e.number for e in entries] == list(range(1, 2 * PER_WRITER + 1))
    assert [e.reference for e in entries][:2] == ["01/QĐ-UBND", "02/QĐ-UBND"] and entries[-1].reference == "100/QĐ-UBND"
    found = decisions.list_decisions(ctx, actor=head)
    assert len(found) == 2 * PER_WRITER and {d.proposal_id for d in found} == {p.id for p in props}
    assert {proposals.get(ctx, p.id, actor=head).state for p in props} == {State.APPROVED}
    assert proposals.get(ctx, no_opinion.id, actor=head).state is State.SCHEDULED
    report = verify_all(ctx)
    assert report.ok, report.problems
    ctx.close()
