"""``lamdong register …`` end to end: list (its JSON shape and filters), issue, cancel with a reason."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from lamdong_desktop.cli import Io, main
from lamdong_desktop.domain import clock
from lamdong_desktop.domain.register import DocType
from lamdong_desktop.services import accounts, register
from lamdong_desktop.services.demo import create_demo
from lamdong_desktop.services.integrity import verify_all
from lamdong_desktop.storage.paths import DataPaths

THIS_YEAR = clock.today().year


def run(argv, stdin=""):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, Io(stdin=io.StringIO(stdin), stdout=out, stderr=err))
    return code, out.getvalue(), err.getvalue()


def run_as(user, data, *argv):
    return run(["--data-dir", data, "--user", user, "--password-stdin", *argv], stdin="demo\n")


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """The demo commune with 12 decisions and 2 minutes of this year, 1 decision of last year, 1 council minute."""
    paths = DataPaths(tmp_path_factory.mktemp("register") / "data")
    ctx, head = create_demo(paths, proposals=False)
    fields = {"signer_name": "Nguyễn Văn Hùng", "signer_title": "Chủ tịch"}
    register.issue(ctx, actor=head, doc_type=DocType.DECISION, title="Quyết định năm trước",
                   issued_on=date(THIS_YEAR - 1, 12, 30), **fields)
    for i in range(1, 13):
        register.issue(ctx, actor=head, doc_type=DocType.DECISION, title=f"Quyết định thứ {i}",
                       issued_on=date(THIS_YEAR, 1, 1), **fields)
    for i in range(1, 3):
        register.issue(ctx, actor=head, doc_type=DocType.MINUTES, title=f"Biên bản họp {i}",
                       issued_on=date(THIS_YEAR, 1, 1), **fields)
    register.issue(ctx, actor=head, doc_type=DocType.MINUTES, title="Biên bản phiên họp Hội đồng",
                   issued_on=date(THIS_YEAR, 1, 1), council_id="hd-1", issuer="HĐĐG", authority="TM",
                   signer_body="Hội đồng đánh giá", signer_name="Nguyễn Văn Hùng", signer_title="Chủ tịch Hội đồng")
    ctx.close()
    return str(paths.root)


def test_list_json_has_the_integer_number_year_type_and_issuer(office):
    code, out, err = run_as("chutich", office, "register", "list", "--year", str(THIS_YEAR), "--json")
    assert code == 0, err
    items = json.loads(out)
    decisions = [i for i in items if i["type"] == "QĐ"]
    assert [i["number"] for i in decisions] == list(range(1, 13))
    assert all(isinstance(i["number"], int) and i["year"] == THIS_YEAR for i in items)
    seventh = decisions[6]
    assert seventh["reference"] == "07/QĐ-UBND" and seventh["number_line"] == "Số: 07/QĐ-UBND"
    assert seventh["issuer"] == "UBND" and seventh["type_code"] == "QD" and seventh["state"] == "issued"
    assert seventh["cancel_reason"] is None and seventh["cancelled"] is False
    assert seventh["signer"]["lines"] == ["CHỦ TỊCH"] and seventh["issued_by"] == "Nguyễn Văn Hùng"
    council = [i for i in items if i["council"]]
    assert [(i["reference"], i["sequence"]) for i in council] == [("01/BB-HĐĐG", "council:hd-1")]
    assert council[0]["signer"]["lines"] == ["TM. HỘI ĐỒNG ĐÁNH GIÁ", "CHỦ TỊCH HỘI ĐỒNG"]
    assert {i["type"] for i in items} == {"QĐ", "BB"}


@pytest.mark.parametrize("typed", ["QĐ", "QD", "qd"])
def test_list_filters_by_type_typed_with_or_without_the_d(office, typed):
    code, out, err = run_as("thuky", office, "register", "list", "--type", typed, "--json")
    assert code == 0, err
    items = json.loads(out)
    assert {i["type"] for i in items} == {"QĐ"}
    assert sorted((i["year"], i["number"]) for i in items) == [(THIS_YEAR - 1, 1)] + [
        (THIS_YEAR, n) for n in range(1, 13)]


def test_list_as_text_and_bad_filters(office):
    code, out, err = run_as("phochutich", office, "register", "list", "--year", str(THIS_YEAR - 1))
    assert code == 0, err
    assert "01/QĐ-UBND\t30/12/" in out and "Đã cấp số" in out and "(1 số đã cấp, 0 số đã hủy)" in out
    code, out, err = run_as("chutich", office, "register", "list", "--type", "CV")
    assert code == 1 and out == "" and "Loại văn bản “CV”" in err and "QĐ, BB" in err
    code, out, err = run_as("chutich", office, "register", "list", "--year", "20266")
    assert code == 1 and "Năm 20266" in err


@pytest.mark.parametrize("user", ["admin", "canbo"])
def test_only_the_leadership_and_the_secretary_read_the_register(office, user):
    code, out, err = run_as(user, office, "register", "list", "--json")
    assert code == 1 and out == "" and "không có quyền" in err


def test_the_province_reads_its_own_register_never_the_units(office):
    code, out, err = run_as("tinh", office, "register", "list", "--json")
    assert code == 0, err
    assert json.loads(out) == []  # the unit's 15 numbers are the unit's
    code, out, _ = run_as("chutich", office, "register", "list", "--json")
    assert {e["body"] for e in json.loads(out)} == {"LD021"}  # Xã Di Linh's own code


def test_reading_the_register_needs_a_signed_in_user(office):
    code, out, err = run(["--data-dir", office, "register", "list"])
    assert code == 1 and out == "" and "cần đăng nhập" in err


def test_issue_then_cancel_with_a_reason_keeps_the_number(tmp_path, capsys):
    paths = DataPaths(tmp_path / "data")
    ctx, _ = create_demo(paths, proposals=False)
    ctx.close()
    data = str(paths.root)
    issue = ("register", "issue", "--type", "TB", "--title", "Thông báo kết luận cuộc họp",
             "--signer-name", "Ka Thị Hương", "--signer-title", "Phó Chủ tịch", "--authority", "KT", "--json")
    code, out, err = run_as("thuky", data, *issue)
    assert code == 0, err
    first = json.loads(out)
    assert first["reference"] == "01/TB-UBND" and first["signer"]["lines"] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    code, out, err = run_as("thuky", data, *issue[:-1])
    assert code == 0 and "Đã cấp số 02/TB-UBND" in out

    with pytest.raises(SystemExit) as exit_:
        run_as("chutich", data, "register", "cancel", "01/TB-UBND")
    assert exit_.value.code == 2 and "thiếu tham số bắt buộc: --reason" in capsys.readouterr().err  # required …
    code, out, err = run_as("chutich", data, "register", "cancel", "01/TB-UBND", "--reason", "  ")
    assert code == 1 and "Cần ghi rõ lý do" in err  # … and must say something
    code, out, err = run_as("phochutich", data, "register", "cancel", first["id"], "--reason", "Thử")
    assert code == 1 and "không có quyền" in err
    code, out, err = run_as("chutich", data, "register", "cancel", "1/tb-ubnd", "--reason", "Văn bản không ban hành")
    assert code == 0, err
    assert "Đã hủy số 01/TB-UBND" in out and "không cấp lại" in out
    code, out, err = run_as("chutich", data, "register", "cancel", first["id"], "--reason", "Lần nữa")
    assert code == 1 and "đã bị hủy từ trước" in err
    code, out, err = run_as("chutich", data, "register", "cancel", "09/TB-UBND", "--reason", "Không có")
    assert code == 1 and "Không tìm thấy số văn bản" in err

    code, out, err = run_as("chutich", data, *issue)
    assert code == 0 and json.loads(out)["number"] == 3  # the cancelled number is not issued again
    code, out, err = run_as("chutich", data, "register", "list", "--json")
    assert code == 0, err
    items = json.loads(out)
    assert [(i["number"], i["state"], i["cancel_reason"]) for i in items] == [
        (1, "cancelled", "Văn bản không ban hành"), (2, "issued", None), (3, "issued", None)]
    assert items[0]["cancelled_by"] == "Nguyễn Văn Hùng" and items[0]["cancelled_at"]

    from lamdong_desktop.services.context import open_app

    ctx = open_app(paths)
    assert verify_all(ctx).ok
    head = accounts.sign_in(ctx, username="chutich", password="demo")
    assert len(register.list_entries(ctx, actor=head)) == 3
    ctx.close()


def test_issue_refuses_bad_input_with_a_message_and_takes_no_number(tmp_path):
    paths = DataPaths(tmp_path / "data")
    ctx, _ = create_demo(paths, proposals=False)
    ctx.close()
    data = str(paths.root)
    base = ("register", "issue", "--type", "QĐ", "--title", "Về việc phê duyệt", "--signer-name", "Nguyễn Văn Hùng")
    for extra, words in ((("--authority", "KT", "--signer-title", "Phó Chủ tịch", "--council", "hd", "--issuer",
                           "HĐĐG"), "chức vụ người đứng đầu"),
                         (("--signer-title", "Chủ tịch", "--date", "31/12/2100"), "sau hôm nay"),
                         (("--signer-title", "Chủ tịch", "--issuer", "UB ND"), "Chữ viết tắt"),
                         (("--signer-title", "Chủ tịch", "--authority", "thay"), "Thẩm quyền ký"),
                         ((), "chức vụ người ký")):
        code, out, err = run_as("chutich", data, *base, *extra)
        assert code == 1 and out == "" and words in err, (extra, err)
        assert "Traceback" not in err
    code, out, err = run_as("chutich", data, "register", "list", "--json")
    assert code == 0 and json.loads(out) == []
