"""A digitally signed decision attached through the meeting window reads “Đã ký — Đã ký số (signer)”; a signed PDF
of another document is refused with its Vietnamese reason and the decision stays unsigned."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.services import decisions
from lamdong_desktop.services import printing_meetings as pm
from lamdong_desktop.services.signatures import P12Signer, sign_pdf

from ..services.meeting_support import EVERYONE, attend, close, convene, office, received, vote
from ..services.signing_support import CA, P12_PASSWORD
from .meeting_support import DAY, meeting_clock, window_as


@pytest.fixture
def o(demo):
    with meeting_clock():
        yield office(*demo)


def _settled(qtbot, operation):
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=20_000)
    return operation


def test_a_digitally_signed_decision_names_its_signer_in_the_window(qtbot, o, tmp_path, answer_yes, errors_shown):
    broad = received(o, broad=True)
    meeting = attend(o, convene(o, [broad.id]), EVERYONE)
    vote(o, meeting, broad, dict(zip(EVERYONE, ["for", "for", "for", "against", "abstain"], strict=True)))
    close(o, meeting)
    decided = decisions.decide(o.ctx, actor=o.head, proposal_id=broad.id, outcome="approve",
                               signer_person_id=o.person("Nguyễn Văn Hùng"), signer_title="Chủ tịch").value
    # The certificate was valid on the (pinned) day of the meeting, as a real one would be.
    since = (date.today() - DAY).days + 30
    key = P12Signer(CA.make().issue("Nguyễn Văn Hùng", since_days=since).p12(tmp_path / "ky.p12"), P12_PASSWORD)
    printed = pm.print_decision(o.ctx, actor=o.secretary, decision=decided.id, target=tmp_path / "qd.pdf")
    signed = sign_pdf(o.ctx, source=printed, output=tmp_path / "qd-da-ky.pdf", signer=key).output
    window = window_as(qtbot, o, o.secretary, meeting)
    box = window.item_panel(broad.ref).decision

    # A signed copy of the minutes is not the decision: refused, said why, nothing changes.
    minutes = pm.print_minutes(o.ctx, actor=o.secretary, meeting_id=meeting.id, target=tmp_path / "bb.pdf")
    wrong = sign_pdf(o.ctx, source=minutes, output=tmp_path / "bb-da-ky.pdf", signer=key, field="chu-tich-hoi-dong")
    failed = _settled(qtbot, box.attach_signed(wrong.output))
    assert not failed.succeeded
    assert len(errors_shown) == 1 and "không phải văn bản số 01/QĐ-UBND" in errors_shown[0]
    assert not decisions.get(o.ctx, decided.id, actor=o.head).locked

    assert _settled(qtbot, box.attach_signed(signed)).succeeded
    box = window.item_panel(broad.ref).decision
    assert box.signed_line.text() == "Đã ký — Đã ký số (Nguyễn Văn Hùng)"
