"""Rendered once per session: the PDFs that several tests read back (rendering is the slow part)."""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

import pytest

from lamdong_desktop.documents.proposal_plan import ProposalPlan, render_proposal_plan
from lamdong_desktop.documents.samples import sample_proposal_plan

# Necessity text typed on a keyboard that sends decomposed accents (macOS, some Unikey settings).
NFD_NECESSITY = unicodedata.normalize(
    "NFD",
    "Người dân phải đi lại nhiều lần để bổ sung hồ sơ đất đai, gây tốn kém và bức xúc.\n\n"
    "Việc giải quyết dứt điểm các trường hợp tồn đọng là yêu cầu cấp bách của địa phương.",
)


@dataclasses.dataclass(frozen=True)
class Rendered:
    plan: ProposalPlan
    path: Path
    pages: int


@pytest.fixture(scope="session")
def plan_pdf(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """The sample plan with decomposed (NFD) input, lengthened to several pages, with the bundled font."""
    sample = sample_proposal_plan(extra_paragraphs=4)
    plan = dataclasses.replace(
        sample,
        necessity=NFD_NECESSITY + "\n\n" + sample.necessity,
        title=unicodedata.normalize("NFD", sample.title),
        author_name=unicodedata.normalize("NFD", sample.author_name),
    )
    path = tmp_path_factory.mktemp("documents") / "plan.pdf"
    pages = render_proposal_plan(plan, path, font_source="bundled")
    return Rendered(plan, path, pages)
