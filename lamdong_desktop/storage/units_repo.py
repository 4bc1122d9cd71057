"""The unit list: loaded from the bundled reference CSV, read by code or by folded name."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from importlib import resources
from typing import Any

import sqlite_utils

from lamdong_desktop.domain.text import fold
from lamdong_desktop.domain.units import PROVINCE, PROVINCE_CODE, Unit, UnitKind

from .audit import audit_keyed
from .records import SYSTEM, Author


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


def replace_all(db: sqlite_utils.Database, units: Iterable[Unit], *, author: Author = SYSTEM) -> int:
    """Load or refresh the reference list (province and units), keeping codes stable.

    Unit names are printed on documents, so every row added or changed gets a ``units.set`` audit event
    in the same transaction; unchanged rows are left alone. Returns how many rows changed.
    """
    current = {row["code"]: row for row in db.table("units").rows}
    changed = 0
    with db.atomic():
        for row in (_row(PROVINCE), *(_row(u) for u in units)):
            if current.get(row["code"]) == row:
                continue
            db.table("units").upsert(row, pk="code")
            audit_keyed(db, "units", {"code": row["code"]}, actor_id=author.user_id, actor_name=author.username,
                        summary=f"Danh mục đơn vị: {row['code']} {row['name']}")
            changed += 1
    return changed


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
