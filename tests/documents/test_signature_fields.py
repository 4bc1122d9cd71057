"""Every printed form offers a digital signature its place: an empty signature field in each signer's block, between
the title and the name (ND 30/2020 Phụ lục I), and the digest of its content in the PDF's information."""

from __future__ import annotations

import dataclasses
import io
from datetime import datetime, timedelta, timezone

import pytest
from pypdf import PdfReader

from lamdong_desktop.documents import decision
from lamdong_desktop.documents.layout import SIGNING_SPACE
from lamdong_desktop.documents.model import Signature
from lamdong_desktop.documents.signing import CONTENT_DIGEST_KEY, content_digest, field_name, tooltip_name
from tests.documents.conftest import FORMS, Printed
from tests.documents.layout_checks import by_text, page_runs


def _fields(path) -> list[tuple[int, dict]]:
    """(page index, widget) of every signature widget, in page order."""
    out = []
    for number, page in enumerate(PdfReader(path).pages):
        for annot in page.get("/Annots") or []:
            widget = annot.get_object()
            if widget.get("/FT") == "/Sig":
                out.append((number, widget))
    return out


def _block_of(path, page: int, signature: Signature) -> tuple[float, float, float]:
    """(centre x of the title line, baseline of the title, baseline of the name) of ``signature``'s block."""
    runs = by_text(page_runs(path)[page])
    title, name = runs[signature.title.upper()], runs[signature.name]
    return title.x + title.width / 2, title.y, name.y


@pytest.fixture(params=FORMS)
def form(request, printed) -> Printed:
    return printed[request.param]


def test_each_signer_block_carries_an_empty_signature_field_in_its_room_to_sign(form):
    signatures = [s for s in (form.document.left_signature, form.document.signature) if s is not None]
    widgets = _fields(form.path)
    assert [str(w["/T"]) for _, w in widgets] == [field_name(s) for s in signatures]  # left block first
    for (page, widget), signature in zip(widgets, signatures, strict=True):
        assert tooltip_name(str(widget["/TU"])) == signature.name
        assert "/V" not in widget and "/AP" not in widget  # empty, and nothing drawn: the paper copy is unchanged
        x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
        centre, title_y, name_y = _block_of(form.path, page, signature)
        assert (x0 + x1) / 2 == pytest.approx(centre, abs=1.5)  # centred on the title, as the name is
        assert y1 - y0 == pytest.approx(SIGNING_SPACE, abs=0.5)
        assert name_y < y0 and y1 < title_y  # between the title and the name: where a hand signature goes
        assert y1 - y0 > 60 and 150 < x1 - x0 <= 200


def test_minutes_name_the_secretary_left_and_the_chair_right(printed):
    widgets = {str(w["/T"]): [float(v) for v in w["/Rect"]] for _, w in _fields(printed["minutes"].path)}
    assert set(widgets) == {"thu-ky", "chu-tri"}
    assert widgets["thu-ky"][2] < widgets["chu-tri"][0]  # left column, then right
    council = {str(w["/T"]) for _, w in _fields(printed["minutes_council"].path)}
    assert council == {"thu-ky", "chu-tich-hoi-dong"}


def test_field_names_come_from_the_title_and_stay_distinct():
    assert field_name(Signature(title="CHỦ TỊCH HỘI ĐỒNG", name="A")) == "chu-tich-hoi-dong"
    assert field_name(Signature(title="Q. CHỦ TỊCH", name="A")) == "q-chu-tich"
    assert field_name(Signature(title="CHỦ TỊCH", name="A"), {"chu-tich"}) == "chu-tich-2"


def test_the_content_digest_is_stored_and_follows_the_text_only(printed):
    form = printed["decision"]
    stored = PdfReader(form.path).metadata[f"/{CONTENT_DIGEST_KEY}"]
    assert stored == content_digest(form.document)
    assert stored.startswith("sha256:") and len(stored) == 7 + 64
    changed = dataclasses.replace(form.value, scope=form.value.scope + " và các thửa giáp ranh")
    assert content_digest(decision.decision_document(changed)) != stored
    # Printed again at another time and with another audit head: the same content, the same digest.
    again = io.BytesIO()
    later = datetime(2027, 2, 1, 8, 0, tzinfo=timezone(timedelta(hours=7)))
    decision.render_decision(dataclasses.replace(form.value, audit_head="Nhật ký #99 · 0123abcd"), again,
                             font_source="bundled", created=later)
    assert PdfReader(again).metadata[f"/{CONTENT_DIGEST_KEY}"] == stored


def test_the_same_record_printed_at_the_same_time_gives_the_same_bytes():
    when = datetime(2027, 1, 6, 9, 0, tzinfo=timezone(timedelta(hours=7)))
    first, second = io.BytesIO(), io.BytesIO()
    for target in (first, second):
        decision.render_decision(decision.sample_decision(), target, font_source="bundled", created=when)
    assert first.getvalue() == second.getvalue()
