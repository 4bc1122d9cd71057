"""Vietnamese for Qt's own buttons and dialogs, and shipped .qm files that match their .ts sources."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QTextEdit, QWizard, QWizardPage

from lamdong_desktop.ui import translations_tool
from lamdong_desktop.ui.shared.i18n import TRANSLATION_FILES, i18n_dir


def plain(text: str) -> str:
    """A button's text without its mnemonic marker and shortcut."""
    return text.replace("&", "").split("\t")[0]


def test_translations_installed(vietnamese_qapp):
    assert QLocale().name() == "vi_VN"
    for name in TRANSLATION_FILES:
        translator = QTranslator()
        assert translator.load(name, str(i18n_dir())), name
        assert not translator.isEmpty()


def test_message_box_yes_no_cancel(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Câu hỏi", "Lưu thay đổi?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert {plain(b.text()) for b in box.buttons()} == {"Có", "Không", "Hủy"}
    assert plain(box.button(QMessageBox.StandardButton.Yes).text()) == "Có"


def test_message_box_details_button(qtbot):
    box = QMessageBox(QMessageBox.Icon.Warning, "Lỗi", "Có lỗi", QMessageBox.StandardButton.Ok)
    box.setDetailedText("chi tiết")
    qtbot.addWidget(box)
    box.show()
    texts = {plain(b.text()) for b in box.buttons()}
    assert "Đồng ý" in texts and "Xem chi tiết…" in texts


def test_button_box_ok_cancel(qtbot):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert plain(buttons.button(QDialogButtonBox.StandardButton.Ok).text()) == "Đồng ý"
    assert plain(buttons.button(QDialogButtonBox.StandardButton.Cancel).text()) == "Hủy"


@pytest.mark.parametrize(("button", "text"), [
    (QDialogButtonBox.StandardButton.Save, "Lưu"),
    (QDialogButtonBox.StandardButton.Open, "Mở"),
    (QDialogButtonBox.StandardButton.Close, "Đóng"),
    (QDialogButtonBox.StandardButton.Apply, "Áp dụng"),
    (QDialogButtonBox.StandardButton.Help, "Trợ giúp"),
    (QDialogButtonBox.StandardButton.Retry, "Thử lại"),
    (QDialogButtonBox.StandardButton.Ignore, "Bỏ qua"),
])
def test_other_standard_buttons(qtbot, button, text):
    buttons = QDialogButtonBox(button)
    qtbot.addWidget(buttons)
    assert plain(buttons.button(button).text()) == text


def test_wizard_buttons(qtbot):
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    texts = {b: plain(wizard.button(b).text()) for b in (
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)}
    assert texts[QWizard.WizardButton.BackButton] == "< Quay lại"
    assert texts[QWizard.WizardButton.NextButton] == "Tiếp >"
    assert texts[QWizard.WizardButton.FinishButton] == "Hoàn tất"
    assert texts[QWizard.WizardButton.CancelButton] == "Hủy"


@pytest.mark.parametrize("widget_type", [QLineEdit, QTextEdit])
def test_edit_context_menu(qtbot, widget_type):
    widget = widget_type()
    qtbot.addWidget(widget)
    menu = widget.createStandardContextMenu()
    texts = [plain(a.text()) for a in menu.actions() if a.text()]
    assert texts[:6] == ["Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa"]
    assert "Chọn tất cả" in texts


def _ts_messages(ts_file: Path) -> dict[tuple[str, str], str]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message.findtext("translation") or ""
        for context in root.iter("context") for message in context.iter("message")
    }


@pytest.mark.parametrize("name", TRANSLATION_FILES)
def test_shipped_qm_matches_ts(tmp_path, name):
    ts_file = i18n_dir() / f"{name}.ts"
    compiled = tmp_path / f"{name}.qm"
    translations_tool.run_lrelease(ts_file, compiled)
    assert compiled.read_bytes() == (i18n_dir() / f"{name}.qm").read_bytes(), (
        f"{name}.qm is stale: run `python -m lamdong_desktop.ui.translations_tool`")


@pytest.mark.parametrize("name", TRANSLATION_FILES)
def test_every_message_translated(name):
    root = ET.parse(i18n_dir() / f"{name}.ts").getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")]
    assert unfinished == []


def test_app_ts_covers_every_ui_string(tmp_path):
    """Every tr()/translate() string in ui/ is in lamdong_vi.ts (none added without refreshing it)."""
    fresh = tmp_path / "fresh.ts"
    translations_tool.run_lupdate(translations_tool.ui_sources(), fresh)
    shipped = _ts_messages(i18n_dir() / "lamdong_vi.ts")
    extracted = set(_ts_messages(fresh))
    assert extracted - set(shipped) == set(), "run `python -m lamdong_desktop.ui.translations_tool`"
    assert set(shipped) - extracted == set(), "lamdong_vi.ts keeps strings the code no longer uses"


def test_qtbase_ts_translates_the_standard_buttons():
    messages = _ts_messages(i18n_dir() / "qtbase_vi.ts")
    expected = {
        ("QPlatformTheme", "OK"): "Đồng ý", ("QPlatformTheme", "Cancel"): "Hủy",
        ("QPlatformTheme", "&Yes"): "&Có", ("QPlatformTheme", "&No"): "&Không",
        ("QPlatformTheme", "Open"): "Mở", ("QPlatformTheme", "Save"): "Lưu",
        ("QPlatformTheme", "Close"): "Đóng", ("QPlatformTheme", "Apply"): "Áp dụng",
        ("QPlatformTheme", "Help"): "Trợ giúp", ("QPlatformTheme", "Retry"): "Thử lại",
        ("QPlatformTheme", "Ignore"): "Bỏ qua",
        ("QWizard", "&Next >"): "&Tiếp >", ("QWizard", "< &Back"): "< &Quay lại",
        ("QWizard", "&Finish"): "&Hoàn tất",
    }
    assert {key: messages.get(key) for key in expected} == expected
    for context in ("QGnomeTheme", "QMessageBox", "QFileDialog", "QLineEdit", "QWidgetTextControl"):
        assert any(c == context for c, _s in messages), context


def test_lrelease_tool_is_found():
    completed = subprocess.run([translations_tool.tool("lrelease"), "-version"], capture_output=True, text=True)
    assert completed.returncode == 0
