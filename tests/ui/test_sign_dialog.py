"""“Ký số…” clicked through: the decision's box opens the signing dialog, the certificate is read and its holder
shown, the decision is signed as it prints and attached — the box then reads “Đã ký — Đã ký số (…)”. A wrong
password, an expired certificate, a token library that is not there, a wrong PIN: the Vietnamese words in the
dialog and nothing attached. The minutes take two signers through a saved copy; the evaluation's conclusion signs
too; a SoftHSM2 token signs as the government's USB tokens do."""

from __future__ import annotations

from datetime import date

import pytest

from lamdong_desktop.services import decisions, evaluations, meetings, signed_scans
from lamdong_desktop.services.signatures import P12Signer
from lamdong_desktop.ui.meetings.signing_key import TOKEN as TOKEN_PAGE
from lamdong_desktop.ui.shared.operations import alive

from ..services import implementation_support as impl
from ..services.meeting_support import EVERYONE, at, attend, close, convene, office, received, vote
from ..services.signing_support import CA, P12_PASSWORD
from ..softhsm_support import KEY, LIBRARY, PIN, TOKEN, needs_softhsm
from .meeting_support import DAY, meeting_clock, window_as


@pytest.fixture
def o(demo):
    with meeting_clock():
        yield office(*demo)


@pytest.fixture(scope="module")
def ca() -> CA:
    return CA.make()


def _p12(ca: CA, tmp_path, name: str, **kw) -> P12Signer:
    """A certificate valid on the pinned day of the meeting as well as today (the signing runs on a worker, where
    the clock is the computer's)."""
    since = (date.today() - DAY).days + 30
    path = tmp_path / f"{len(list(tmp_path.glob('*.p12')))}.p12"
    return P12Signer(ca.issue(name, since_days=since, days=since + 365, **kw).p12(path), P12_PASSWORD)


def _settled(qtbot, operation):
    assert operation is not None
    qtbot.waitUntil(lambda: operation.done, timeout=30_000)
    return operation


def _decided(o):
    broad = received(o, broad=True)
    meeting = attend(o, convene(o, [broad.id]), EVERYONE)
    vote(o, meeting, broad, dict(zip(EVERYONE, ["for", "for", "for", "against", "abstain"], strict=True)))
    close(o, meeting)
    decided = decisions.decide(o.ctx, actor=o.head, proposal_id=broad.id, outcome="approve",
                               signer_person_id=o.person("Nguyễn Văn Hùng"), signer_title="Chủ tịch").value
    return broad, meeting, decided


def _use_p12(dialog, key: P12Signer, password: str | None = None) -> None:
    dialog.key.p12_radio.setChecked(True)
    dialog.key.p12_path.setText(str(key.path))
    dialog.key.password.setText(key.password if password is None else password)
    dialog.key.forget()


def test_a_decision_is_signed_from_its_box_and_reads_signed(qtbot, o, ca, tmp_path):
    broad, meeting, decided = _decided(o)
    window = window_as(qtbot, o, o.head, meeting)
    box = window.item_panel(broad.ref).decision
    assert box.sign_button.isVisibleTo(window) and box.attach_button.isVisibleTo(window)
    flashes: list[str] = []
    box.flash.connect(flashes.append)
    dialog = box.sign_digitally()
    assert dialog.isVisible() and dialog.windowTitle() == "Ký số văn bản"
    assert dialog.field.currentData() == "chu-tich" and not dialog.save_button.isVisible()  # one signer
    assert not dialog.sign_button.isEnabled()  # the certificate first: who will sign

    key = _p12(ca, tmp_path, "Nguyễn Văn Hùng")
    _use_p12(dialog, key, password="sai")
    assert not _settled(qtbot, dialog.read_certificate()).succeeded
    assert dialog.error.text().startswith("Sai mật khẩu của tệp chứng thư số") and dialog.holder is None
    assert not dialog.sign_button.isEnabled()

    _use_p12(dialog, key)
    assert _settled(qtbot, dialog.read_certificate()).succeeded
    assert dialog.error.isHidden()
    assert dialog.key.holder_line.text().startswith("Người ký: Nguyễn Văn Hùng — số hiệu 1A2B3C4D, do CA thử nghiệm")
    assert dialog.sign_button.isEnabled() and dialog.match_line.isHidden()
    dialog.grab().save(str(tmp_path / "sign-dialog.png"))

    signing = dialog.sign()
    dialog.reject()  # Esc or “Hủy” while it signs: the worker would attach anyway, so the dialog stays
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    assert _settled(qtbot, signing).succeeded and signing.result.attached
    qtbot.waitUntil(lambda: not alive(dialog))  # accepted and closed
    view = decisions.get(o.ctx, decided.id, actor=o.head)
    assert view.locked and [s.signer for s in view.digital_signatures] == ["Nguyễn Văn Hùng"]
    box = window.item_panel(broad.ref).decision  # the window followed the change notice
    assert box.signed_line.text() == "Đã ký — Đã ký số (Nguyễn Văn Hùng)"
    assert box.sign_button.isHidden() and box.scan_button.isVisibleTo(window)
    assert flashes == [f"Quyết định số {view.reference}: đã ký số (Nguyễn Văn Hùng) và đính kèm — Đã ký."]


@pytest.mark.parametrize("case", ["expired", "library"])
def test_a_key_that_cannot_sign_is_told_and_attaches_nothing(qtbot, o, ca, tmp_path, case):
    broad, meeting, decided = _decided(o)
    box = window_as(qtbot, o, o.head, meeting).item_panel(broad.ref).decision
    dialog = box.sign_digitally()
    if case == "expired":
        expired = ca.issue("Nguyễn Văn Hùng", expired=True).p12(tmp_path / "het-han.p12")
        _use_p12(dialog, P12Signer(expired, P12_PASSWORD))
        expected = "Chứng thư số của Nguyễn Văn Hùng đã hết hạn từ ngày"
    else:
        dialog.key.token_radio.setChecked(True)
        assert dialog.key.page == TOKEN_PAGE
        assert dialog.key.pages[1].isVisible() and not dialog.key.pages[0].isVisible()
        dialog.key.library.setText(str(tmp_path / "khong-co-thiet-bi.so"))
        dialog.key.key_label.setText("chu-tich")
        dialog.key.pin.setText("123456")
        expected = "Không nạp được thư viện PKCS#11"
    assert not _settled(qtbot, dialog.read_certificate()).succeeded
    assert dialog.error.text().startswith(expected) and not dialog.sign_button.isEnabled()
    dialog.grab().save(str(tmp_path / f"sign-{case}.png"))
    assert dialog.sign() is None and dialog.error.text() == "Đọc chứng thư số trước khi ký, để biết ai sẽ ký."
    view = decisions.get(o.ctx, decided.id, actor=o.head)
    assert not view.locked and view.scan_id is None


def test_the_minutes_are_signed_by_the_secretary_then_the_chair(qtbot, o, ca, tmp_path):
    _broad, meeting, _decided_ = _decided(o)
    secretary_window = window_as(qtbot, o, o.secretary, meeting)
    assert secretary_window.sign_button.isVisibleTo(secretary_window)
    first = secretary_window.sign_minutes()
    assert first.save_button.isVisible() and first.field.currentData() == ""  # two blocks: which one?
    _use_p12(first, _p12(ca, tmp_path, "Trần Thị Mai"))
    assert _settled(qtbot, first.read_certificate()).succeeded
    assert first.field.currentText() == "THƯ KÝ — Trần Thị Mai"  # the block that names the holder
    saved = tmp_path / "bien-ban-thu-ky-da-ky.pdf"
    assert _settled(qtbot, first.sign_to_file(saved)).succeeded and saved.is_file()
    assert not meetings.get(o.ctx, meeting.id, actor=o.head).locked
    assert "lưu ra" in secretary_window.flash.text()

    head_window = window_as(qtbot, o, o.head, meeting)
    second = head_window.sign_minutes()
    _use_p12(second, _p12(ca, tmp_path, "Nguyễn Văn Hùng"))
    assert _settled(qtbot, second.read_certificate()).succeeded
    assert second.field.currentText().endswith("— Nguyễn Văn Hùng")
    second.from_file.setChecked(True)
    assert second.sign() is None and second.error.text() == "Chọn tệp đã có chữ ký số của người ký trước."
    second.source.setText(str(saved))
    second.grab().save(str(tmp_path / "sign-minutes.png"))
    assert _settled(qtbot, second.sign()).succeeded
    assert meetings.get(o.ctx, meeting.id, actor=o.head).locked
    signers = [s.signer for s in signed_scans.minutes_signatures(o.ctx, actor=o.head, meeting_id=meeting.id)]
    assert signers == ["Trần Thị Mai", "Nguyễn Văn Hùng"]
    assert head_window.signed_line.text() == "Biên bản: Đã ký — Đã ký số (Trần Thị Mai, Nguyễn Văn Hùng)"


def test_a_signer_whose_name_is_not_on_the_block_is_warned(qtbot, o, ca, tmp_path):
    broad, meeting, _decided_ = _decided(o)
    dialog = window_as(qtbot, o, o.head, meeting).item_panel(broad.ref).decision.sign_digitally()
    _use_p12(dialog, _p12(ca, tmp_path, "Ka Thị Hương"))
    assert _settled(qtbot, dialog.read_certificate()).succeeded
    assert dialog.match_line.text() == ("Tên trên chứng thư số (Ka Thị Hương) khác tên in ở ô chữ ký "
                                        "(Nguyễn Văn Hùng).")
    assert dialog.sign_button.isEnabled()  # a deputy may sign for the head (KT.): a warning, not a refusal


def test_an_evaluation_conclusion_is_signed_from_its_box(qtbot, demo, ca, tmp_path):
    o = office(*demo)
    proposal, meeting = impl.put_to_evaluation(o)
    conclusion = impl.evaluate(o, proposal)
    with at(date(2026, 2, 12)):
        box = window_as(qtbot, o, o.head, meeting).item_panel(proposal.ref).evaluation
        assert box.sign_button.isVisibleTo(box.window())
        dialog = box.sign_digitally()
    _use_p12(dialog, _p12(ca, tmp_path, "Nguyễn Văn Hùng"))
    assert _settled(qtbot, dialog.read_certificate()).succeeded
    assert _settled(qtbot, dialog.sign()).succeeded
    assert evaluations.get(o.ctx, conclusion.id, actor=o.head).locked


@needs_softhsm
def test_a_usb_token_signs_the_decision(qtbot, o, on_token, tmp_path):
    broad, meeting, decided = _decided(o)
    dialog = window_as(qtbot, o, o.head, meeting).item_panel(broad.ref).decision.sign_digitally()
    dialog.key.token_radio.setChecked(True)
    dialog.key.library.setText(str(LIBRARY))
    dialog.key.token_label.setText(TOKEN)
    dialog.key.key_label.setText(KEY)
    dialog.key.pin.setText("000000")
    dialog.key.forget()
    assert not _settled(qtbot, dialog.read_certificate()).succeeded
    assert dialog.error.text().startswith("Sai mã PIN của thiết bị ký số")
    dialog.key.pin.setText(PIN)
    assert _settled(qtbot, dialog.read_certificate()).succeeded
    assert dialog.key.holder_line.text().startswith("Người ký: Nguyễn Văn Hùng — số hiệu 5A5A")
    assert _settled(qtbot, dialog.sign()).succeeded
    view = decisions.get(o.ctx, decided.id, actor=o.head)
    assert view.locked and [s.serial for s in view.digital_signatures] == ["5A5A"]
