"""Rendered once per session: the PDFs that several tests read back (rendering is the slow part)."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lamdong_desktop.documents import (
    adjustment,
    decision,
    evaluation,
    invitation,
    minutes,
    minutes_samples,
    notice,
    result_report,
)
from lamdong_desktop.documents.model import Document
from lamdong_desktop.documents.proposal_plan import ProposalPlan, proposal_plan_document, render_proposal_plan
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


def nfd_plan() -> ProposalPlan:
    """The sample plan with decomposed (NFD) input, lengthened to several pages."""
    sample = sample_proposal_plan(extra_paragraphs=4)
    return dataclasses.replace(
        sample,
        necessity=NFD_NECESSITY + "\n\n" + sample.necessity,
        title=unicodedata.normalize("NFD", sample.title),
        author_name=unicodedata.normalize("NFD", sample.author_name),
    )


@pytest.fixture(scope="session")
def plan_pdf(tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """The NFD sample plan printed with the bundled font."""
    plan = nfd_plan()
    path = tmp_path_factory.mktemp("documents") / "plan.pdf"
    pages = render_proposal_plan(plan, path, font_source="bundled")
    return Rendered(plan, path, pages)


@dataclasses.dataclass(frozen=True)
class Printed:
    """One printed form of every kind, read back by the shared layout checks."""

    name: str
    path: Path
    pages: int
    document: Document  # the model it was printed from
    value: Any  # the form's own dataclass
    to_model: Callable[[Any], Document]


def _forms() -> dict[str, tuple[Callable[[Any, Any], int], Callable[[Any], Document], Any]]:
    """name → (render, to model, sample): one of each document, with its variants that change the layout."""
    return {
        "plan": (_bundled(render_proposal_plan), proposal_plan_document, nfd_plan()),
        "minutes": (_bundled(minutes.render_minutes), minutes.minutes_document, minutes_samples.sample_minutes()),
        "minutes_council": (_bundled(minutes.render_minutes), minutes.minutes_document,
                            minutes_samples.sample_council_minutes()),
        "minutes_adjourned": (_bundled(minutes.render_minutes), minutes.minutes_document,
                              minutes_samples.sample_adjourned_minutes()),
        "minutes_draft": (_bundled(minutes.render_minutes), minutes.minutes_document,
                          dataclasses.replace(minutes_samples.sample_minutes(number=None), ends_at=None)),
        "decision": (_bundled(decision.render_decision), decision.decision_document, decision.sample_decision()),
        "decision_pilot": (_bundled(decision.render_decision), decision.decision_document,
                           decision.sample_decision(outcome="pilot", number=4)),
        "decision_draft": (_bundled(decision.render_decision), decision.decision_document,
                           decision.sample_decision(number=None, override=True)),
        "notice_return": (_bundled(notice.render_notice), notice.notice_document, notice.sample_notice()),
        "notice_reject": (_bundled(notice.render_notice), notice.notice_document,
                          notice.sample_notice(outcome="reject", number=2)),
        "invitation": (_bundled(invitation.render_invitation), invitation.invitation_document,
                       invitation.sample_invitation()),
        "invitation_council": (_bundled(invitation.render_invitation), invitation.invitation_document,
                               invitation.sample_invitation(kind="council", number=None)),
        "report": (_bundled(result_report.render_report), result_report.report_document,
                   result_report.sample_report()),
        "report_late_damage": (_bundled(result_report.render_report), result_report.report_document,
                               result_report.sample_report(late=True, damage=True)),
        "evaluation": (_bundled(evaluation.render_evaluation), evaluation.evaluation_document,
                       evaluation.sample_evaluation()),
        "evaluation_damage_draft": (_bundled(evaluation.render_evaluation), evaluation.evaluation_document,
                                    evaluation.sample_evaluation(damaged=True, number=None)),
        "adjustment": (_bundled(adjustment.render_adjustment), adjustment.adjustment_document,
                       adjustment.sample_adjustment()),
    }


def _bundled(render: Callable[..., int]) -> Callable[[Any, Any], int]:
    return lambda value, target: render(value, target, font_source="bundled")


FORMS = tuple(_forms())


@pytest.fixture(scope="session")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Printed]:
    """Every form printed once per session (rendering is the slow part)."""
    folder = tmp_path_factory.mktemp("forms")
    out = {}
    for name, (render, to_model, value) in _forms().items():
        path = folder / f"{name}.pdf"
        out[name] = Printed(name, path, render(value, path), to_model(value), value, to_model)
    return out
