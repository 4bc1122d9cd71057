"""The ND 30/2020 layout holds for every printed form (margins, type, header, page numbers, signature), and the
same data always prints the same bytes, decomposed input included."""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from lamdong_desktop.documents.base import render
from tests.documents import layout_checks as checks
from tests.documents.conftest import FORMS, Printed

CREATED = datetime(2027, 1, 6, 9, 30, tzinfo=timezone(timedelta(hours=7)))


@pytest.fixture(params=FORMS)
def form(request: pytest.FixtureRequest, printed: dict[str, Printed]) -> Printed:
    return printed[request.param]


@pytest.fixture
def read(form: Printed) -> list[list[checks.Run]]:
    return checks.page_runs(form.path)


def test_pages_are_a4_portrait(form: Printed) -> None:
    checks.check_a4(form.path, form.pages)


def test_all_text_lies_within_the_margins(read: list[list[checks.Run]]) -> None:
    checks.check_within_margins(read)


def test_page_numbers_and_draft_marks_in_the_top_margin(form: Printed, read: list[list[checks.Run]]) -> None:
    checks.check_top_margin(read, draft=form.document.draft)


def test_body_type_is_14pt_times_metrics_with_first_line_indent(read: list[list[checks.Run]]) -> None:
    checks.check_type(read)


def test_fonts_are_embedded(form: Printed) -> None:
    checks.check_fonts_embedded(form.path)


def test_header_on_page_one(form: Printed, read: list[list[checks.Run]]) -> None:
    checks.check_header(read[0], form.document)


def test_signature_and_recipients(form: Printed, read: list[list[checks.Run]]) -> None:
    checks.check_closing(read, form.document)


def test_headings_stay_with_their_text(form: Printed, read: list[list[checks.Run]]) -> None:
    checks.check_headings_keep_their_text(read, form.document)


def test_the_check_sits_in_the_bottom_margin_clear_of_the_text(form: Printed) -> None:
    checks.check_foot(form.path, form.document)


def test_same_data_same_bytes(form: Printed) -> None:
    first, second = io.BytesIO(), io.BytesIO()
    render(form.to_model(form.value), first, font_source="bundled", created=CREATED)
    render(form.to_model(form.value), second, font_source="bundled", created=CREATED)
    assert first.getvalue() == second.getvalue()
    later = io.BytesIO()
    render(form.document, later, font_source="bundled", created=CREATED + timedelta(days=1))
    assert later.getvalue() != first.getvalue()  # only the creation date differs ...
    assert len(later.getvalue()) == len(first.getvalue())  # ... in a field of the same length


def _nfd(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFD", value)
    if isinstance(value, tuple):
        return tuple(_nfd(item) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _nfd(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    return value


def test_decomposed_input_prints_as_composed(form: Printed) -> None:
    decomposed = _nfd(form.value)
    assert decomposed != form.value  # the input really is decomposed
    assert form.to_model(decomposed) == form.document
