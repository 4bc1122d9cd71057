"""One signed-copy mechanism for every document of an implementation (``signed_scans.attach_signed``): the result
report, an adjustment decision and the evaluation's conclusion each take the scan of the signed paper or the PDF
signed digitally, count as "Đã ký" with their digital signers named, refuse the signed copy of another document and a
second copy, and leave nothing behind when refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lamdong_desktop.domain.errors import DomainError, PermissionDenied, ValidationError
from lamdong_desktop.messages import describe
from lamdong_desktop.services import adjustments, evaluations, result_reports
from lamdong_desktop.services import printing_results as pr
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.services.signatures import P12Signer, sign_pdf
from lamdong_desktop.storage import proposals_repo
from tests.files_support import write_pdf

from .implementation_support import evaluate, put_to_evaluation, reported, started
from .meeting_support import at, office
from .signing_support import CA, P12_PASSWORD


@pytest.fixture
def o(demo):
    return office(*demo)


@pytest.fixture(scope="module")
def ca() -> CA:
    return CA.make()


def _signer(ca: CA, folder: Path, name: str) -> P12Signer:
    # valid since long before the pinned days of 2026 these tests run at
    issued = ca.issue(name, since_days=1500, days=3650)
    return P12Signer(issued.p12(folder / f"{len(list(folder.iterdir()))}.p12", ca=ca), P12_PASSWORD)


def _signed(o, printed: Path, signer: P12Signer) -> Path:
    return sign_pdf(o.ctx, source=printed, output=printed.with_suffix(".signed.pdf"), signer=signer).output


def _attachments(o, table: str, owner_id: str) -> list:
    return proposals_repo.attachments_of(o.ctx.db, table, owner_id)


def test_the_implementers_signed_report_counts_as_signed(o, tmp_path):
    proposal = reported(o)
    scan = write_pdf(tmp_path / "bao-cao-da-ky.pdf", "Báo cáo đã ký")
    with at(date(2026, 2, 4)):
        report = result_reports.get(o.ctx, proposal.id, actor=o.head)
        assert not report.locked and report.scan_id is None
        with pytest.raises(PermissionDenied):  # a deputy reads the report, but neither wrote nor evaluates it
            result_reports.attach_signed(o.ctx, actor=o.leader, proposal_id=proposal.id, path=scan)
        assert _attachments(o, "result_reports", report.id) == []
        signed = result_reports.attach_signed(o.ctx, actor=o.official, proposal_id=proposal.id, path=scan).value
        assert signed.locked and signed.scan_id and signed.digital_signatures == ()
        with pytest.raises(ValidationError) as again:
            result_reports.attach_signed(o.ctx, actor=o.head, proposal_id=proposal.id, path=scan)
    assert again.value.code == "report_signed" and proposal.ref in describe(again.value)
    assert len(_attachments(o, "result_reports", report.id)) == 1
    out = result_reports.export_scan(o.ctx, actor=o.head, proposal_id=proposal.id, folder=tmp_path / "out")
    assert out.read_bytes() == scan.read_bytes()
    assert verify_all(o.ctx).ok


def test_a_digitally_signed_report_names_its_signer_and_another_documents_copy_is_refused(o, tmp_path, ca):
    proposal = reported(o)
    implementer = _signer(ca, tmp_path, "K'Brơi Ngọc Sơn")
    with at(date(2026, 2, 4)):
        printed = pr.print_report(o.ctx, actor=o.official, proposal_id=proposal.id, target=tmp_path / "bc.pdf")
        signed = _signed(o, printed, implementer)
        report = result_reports.attach_signed(o.ctx, actor=o.official, proposal_id=proposal.id, path=signed).value
    (signature,) = report.digital_signatures
    assert signature.signer == "K'Brơi Ngọc Sơn" and report.locked
    assert verify_all(o.ctx).ok


def test_an_adjustment_and_a_conclusion_take_their_digitally_signed_copies(o, tmp_path, ca):
    head = _signer(ca, tmp_path, "Nguyễn Văn Hùng")
    proposal = started(o)
    with at(date(2026, 1, 20)):
        made = adjustments.adjust(o.ctx, actor=o.head, proposal_id=proposal.id, content="Kéo dài thời gian.",
                                  reasons="Mưa lũ.", signer_person_id=o.person("Nguyễn Văn Hùng")).value
        printed = pr.print_adjustment(o.ctx, actor=o.head, adjustment=made.id, target=tmp_path / "dc.pdf")
        signed_adjustment = _signed(o, printed, head)
        done = adjustments.attach_signed(o.ctx, actor=o.secretary, adjustment_id=made.id,
                                         path=signed_adjustment).value
    assert done.locked and [s.signer for s in done.digital_signatures] == ["Nguyễn Văn Hùng"]
    out = adjustments.export_scan(o.ctx, actor=o.official, adjustment_id=made.id, folder=tmp_path / "out")
    assert out.read_bytes() == signed_adjustment.read_bytes()


def test_the_conclusion_recognises_its_digital_signature_and_refuses_another_documents(o, tmp_path, ca):
    head = _signer(ca, tmp_path, "Nguyễn Văn Hùng")
    proposal, _ = put_to_evaluation(o)
    made = evaluate(o, proposal)
    with at(date(2026, 2, 12)):
        report = _signed(o, pr.print_report(o.ctx, actor=o.head, proposal_id=proposal.id, target=tmp_path / "b.pdf"),
                         head)
        with pytest.raises(DomainError) as other:  # the report signed is not the conclusion
            evaluations.attach_signed(o.ctx, actor=o.secretary, evaluation_id=made.id, path=report)
        assert other.value.code == "signed_scan_other_document" and "kết luận số 01/TB-UBND" in describe(other.value)
        assert _attachments(o, "evaluations", made.id) == []
        printed = pr.print_evaluation(o.ctx, actor=o.head, evaluation=made.id, target=tmp_path / "kl.pdf")
        view = evaluations.attach_signed(o.ctx, actor=o.secretary, evaluation_id=made.id,
                                         path=_signed(o, printed, head)).value
    assert view.locked and [s.signer for s in view.digital_signatures] == ["Nguyễn Văn Hùng"]
    assert evaluations.get(o.ctx, made.id, actor=o.official).digital_signatures == view.digital_signatures
    assert verify_all(o.ctx).ok
