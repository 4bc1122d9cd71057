"""The unit list: loaded from the bundled reference CSV, read by code or by folded name."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from importlib import resources
from typing import Any

import sqlite_utils

from lamdong_desktop.domain.text import fold
from lamdong_desktop.domain.units import PROVINCE, PROVINCE_CODE, Unit, UnitKind


def bundled_units() -> list[Unit]:
    """The 124 units shipped in resources/data/units.csv (a public transcription; correctable)."""
    text = resources.files("lamdong_desktop.resources").joinpath("data/units.csv").read_text("utf-8")
    return [
        Unit(
            code=row["code"],
            name=row["name"],
            kind=UnitKind(row["kind"]),
            former_province=row["former_province"],
            formed_from=row["formed_from"],
            parent_code=PROVINCE_CODE,
        )
        for row in csv.DictReader(text.splitlines())
    ]


def _row(unit: Unit) -> dict[str, Any]:
    return {
        "code": unit.code,
        "name": unit.name,
        "kind": unit.kind.value,
        "former_province": unit.former_province,
        "formed_from": unit.formed_from,
        "parent_code": unit.parent_code,
        "name_fold": fold(unit.name),
    }


def replace_all(db: sqlite_utils.Database, units: Iterable[Unit]) -> None:
    """Load or refresh the reference list (province and units), keeping codes stable."""
    db.table("units").upsert_all([_row(PROVINCE), *(_row(u) for u in units)], pk="code")


def _unit(row: dict[str, Any]) -> Unit:
    return Unit(
        code=row["code"],
        name=row["name"],
        kind=UnitKind(row["kind"]),
        former_province=row["former_province"] or "",
        formed_from=row["formed_from"] or "",
        parent_code=row["parent_code"],
    )


def list_units(db: sqlite_utils.Database, *, include_province: bool = False) -> list[Unit]:
    where = "1" if include_province else "kind != 'tinh'"
    return [_unit(r) for r in db.table("units").rows_where(where, order_by="code")]


def get_unit(db: sqlite_utils.Database, code: str) -> Unit | None:
    rows = list(db.table("units").rows_where("code = ?", [code]))
    return _unit(rows[0]) if rows else None
