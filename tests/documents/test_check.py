"""The check of a printed page: the canonical text it is made of, the QR that carries it (read back with zbar, as a
phone would), and the line beside it — on every page of every form."""

from __future__ import annotations

import dataclasses
import io
import random
from datetime import datetime, timedelta, timezone

import pytest
from reportlab.graphics.barcode import qrencoder

from lamdong_desktop.documents import qr
from lamdong_desktop.documents.base import render
from lamdong_desktop.documents.check import canonical_lines, canonical_text, check_of
from lamdong_desktop.documents.decision import decision_document, sample_decision
from lamdong_desktop.documents.formatting import nfc_all
from lamdong_desktop.documents.minutes import minutes_document
from lamdong_desktop.documents.minutes_samples import sample_minutes
from lamdong_desktop.documents.model import Paragraph
from lamdong_desktop.domain import check_code
from tests.documents.conftest import FORMS, Printed
from tests.documents.pdftext import check_lines
from tests.documents.qr_read import page_codes

CREATED = datetime(2027, 1, 6, 9, 30, tzinfo=timezone(timedelta(hours=7)))


@pytest.fixture(params=FORMS)
def form(request: pytest.FixtureRequest, printed: dict[str, Printed]) -> Printed:
    return printed[request.param]


def test_every_page_carries_the_qr_of_what_the_document_says(form: Printed) -> None:
    check = check_of(nfc_all(form.document))
    assert page_codes(form.path) == [[check.qr]] * form.pages
    assert check_lines(form.path) == [check.line] * form.pages
    typed = check_code.parse(check.qr)
    assert typed.code == check.short and typed.claimed == check.code


def test_the_check_line_names_the_document_its_record_and_the_code(form: Printed) -> None:
    document = nfc_all(form.document)
    check = check_of(document)
    code = check_code.grouped(check.short)
    assert check.line.endswith(f" · mã kiểm tra {code}")
    if document.reference:
        assert f" · {document.reference} · " in check.line
    kind = document.kind.capitalize()
    if document.draft:  # a draft says so, in the line and in the code
        assert check.line.startswith(f"Dự thảo {kind.lower()}") and check.code.number == check_code.DRAFT
        assert f" {check_code.DRAFT} " in check.qr
    elif document.number_line:
        number = document.number_line.split(":", 1)[1].strip()
        assert check.line.startswith(f"{kind} số {number} · ")
        assert check.code.number == check_code.qr_field(number)
    else:  # the proposer's plan takes no number
        assert check.line.startswith(f"{kind} · ") and check.code.number == check_code.NO_FIELD


def test_the_same_data_gives_the_same_code_whenever_and_with_whatever_audit_head(form: Printed) -> None:
    first, later = io.BytesIO(), io.BytesIO()
    render(form.to_model(form.value), first, font_source="bundled", created=CREATED)
    render(form.to_model(form.value), later, font_source="bundled", created=CREATED + timedelta(days=30),
           audit_head="Nhật ký #1234 · 9f3a1c2b")
    check = check_of(nfc_all(form.document))
    for buffer in (first, later):
        assert check.qr.encode() not in buffer.getvalue()  # drawn as a symbol, not written as text
    assert check_of(nfc_all(form.to_model(form.value))) == check


def test_any_change_to_what_the_page_says_changes_the_code() -> None:
    document = nfc_all(minutes_document(sample_minutes()))
    before = check_of(document)
    body = list(document.body)
    index = next(i for i, b in enumerate(body) if isinstance(b, Paragraph) and "thông qua" in b.text)
    paragraph = body[index]
    assert isinstance(paragraph, Paragraph)
    body[index] = dataclasses.replace(paragraph, text=paragraph.text.replace("thông qua", "không thông qua", 1))
    changed = check_of(dataclasses.replace(document, body=tuple(body)))
    assert changed.short != before.short and changed.digest != before.digest
    for altered in (dataclasses.replace(document, recipients=(*document.recipients[:-1], "- Lưu: VT.")),
                    dataclasses.replace(document, reference="DX-2026-999"),
                    dataclasses.replace(document, draft=not document.draft)):
        assert check_of(altered).digest != before.digest
    # What the page does not show as such does not count: the case a line is given in where it prints in capitals,
    # and runs of white space.
    same = dataclasses.replace(document, issuer=tuple(line.lower() for line in document.issuer),
                               kind=document.kind.lower(), summary=tuple(f"  {s}  " for s in document.summary))
    assert check_of(same).digest == before.digest


def test_the_canonical_text_is_every_visible_text_in_reading_order() -> None:
    document = nfc_all(decision_document(sample_decision(number=None)))
    lines = canonical_lines(document)
    assert lines[0] == "DỰ THẢO" and document.reference
    order = [lines.index(t) for t in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", document.kind.upper(),
                                      document.summary[0], "Nơi nhận:", document.reference)]
    assert order == sorted(order)
    assert canonical_text(document) == "\n".join(lines) and all(line == line.strip() for line in lines)


def test_the_fast_encoder_draws_reportlabs_own_symbol() -> None:
    """``qr.encoder`` chooses the codewords and the mask as reportlab's ``QRCode.make`` does, much faster."""
    rng = random.Random(9)
    alphabet = check_code.ALPHABET + " -/+."
    texts = ["LDV1 QD 05/QD-UBND DX-2026-013 K3F9-Q2MX-7ABA", "LDV1 KH DT DX-2026-001 NZ1P-TQQD-81G4"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 160))) for _ in range(60)]
    texts += ["đất đai " * rng.randint(1, 30) for _ in range(10)]  # bytes mode, larger versions (with version bits)
    texts += ["".join(rng.choice("0123456789") for _ in range(rng.randint(1, 300))) for _ in range(10)]
    for text in texts:
        reference = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        reference.addData(text)
        reference.make()
        assert qr.matrix(text) == [[bool(m) for m in row] for row in reference.modules], text
    assert max(len(qr.matrix(t)) for t in texts) >= 45  # version 7 or more was among them


def test_the_drawn_rectangles_cover_exactly_the_dark_modules() -> None:
    """QR error correction would hide a wrong module from zbar: the path is checked module by module."""
    for text in ("LDV1 BB 02/BB-HDDG DX-2026-013 555X-4WKY-5HSK", "LDV1 KH DT DX-2026-001 NZ1P-TQQD-81G4"):
        modules = qr.matrix(text)
        count = len(modules)
        drawn = [[0] * count for _ in range(count)]
        code = qr.path_code(modules).split("\n")
        assert code[-1] == "f"
        for op in code[:-1]:
            x, y, w, h, name = op.split(" ")
            assert name == "re"
            for row in range(count - int(y) - int(h), count - int(y)):
                for col in range(int(x), int(x) + int(w)):
                    drawn[row][col] += 1
        assert drawn == [[int(dark) for dark in row] for row in modules]  # each dark module once, no light one
