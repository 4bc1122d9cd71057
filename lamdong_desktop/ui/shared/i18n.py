"""Vietnamese for the whole interface: the locale, the .qm translations, the collator and date text."""

from __future__ import annotations

import logging
from datetime import date
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QTranslator

log = logging.getLogger(__name__)

# Qt's own strings first, then the program's: a translator installed later is asked first.
TRANSLATION_FILES = ("qtbase_vi", "lamdong_vi")

_installed: list[QTranslator] = []


def vietnamese_locale() -> QLocale:
    return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def i18n_dir() -> Path:
    """The folder of the shipped .ts/.qm files (``lamdong_desktop.resources/i18n``)."""
    return Path(str(resources.files("lamdong_desktop.resources") / "i18n"))


def install_translations(app: QCoreApplication) -> list[str]:
    """Make Vietnamese the default locale and load the translations once; returns the files loaded.

    Qt ships no Vietnamese for its own buttons and dialogs, so ``qtbase_vi.qm`` is ours.
    """
    QLocale.setDefault(vietnamese_locale())
    if _installed:
        return [t.objectName() for t in _installed]
    folder = str(i18n_dir())
    for name in TRANSLATION_FILES:
        translator = QTranslator(app)
        translator.setObjectName(name)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:  # a broken install still runs, in the Vietnamese source strings and English Qt buttons
            log.warning("Translation %s not found in %s", name, folder)
    return [t.objectName() for t in _installed]


def vietnamese_collator() -> QCollator:
    """Sorts a ă â b c d đ e ê …, digits by value ("Thôn 2" before "Thôn 10")."""
    collator = QCollator(vietnamese_locale())
    collator.setNumericMode(True)
    return collator


def format_date(day: date | None) -> str:
    """dd/mm/yyyy, as Vietnamese displays write dates."""
    return day.strftime("%d/%m/%Y") if day else ""


def weekday_name(day: date) -> str:
    names = (
        QCoreApplication.translate("weekday", "Thứ Hai"),
        QCoreApplication.translate("weekday", "Thứ Ba"),
        QCoreApplication.translate("weekday", "Thứ Tư"),
        QCoreApplication.translate("weekday", "Thứ Năm"),
        QCoreApplication.translate("weekday", "Thứ Sáu"),
        QCoreApplication.translate("weekday", "Thứ Bảy"),
        QCoreApplication.translate("weekday", "Chủ nhật"),
    )
    return names[day.weekday()]
