"""The append-only audit log: each event carries the hash of the previous one (a tamper-evident chain)."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

import sqlite_utils

from lamdong_desktop.domain import clock

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, UTF-8 as is: the same content always gives the same bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(record: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(record).encode("utf-8")).hexdigest()


def event_hash(event: dict[str, Any]) -> str:
    fields = {k: v for k, v in event.items() if k not in ("seq", "hash")}
    return hashlib.sha256(canonical_json(fields).encode("utf-8")).hexdigest()


def append_event(
    db: sqlite_utils.Database,
    *,
    actor_id: str | None,
    actor_name: str | None,
    action: str,
    target_table: str | None = None,
    target_id: str | None = None,
    summary: str = "",
    content: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Append one event; call inside the transaction that made the change, so both land or neither."""
    last = list(db.query("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1"))
    event: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "at": clock.stamp(),
        "actor_id": actor_id,
        "actor_name": actor_name,
        "action": action,
        "target_table": target_table,
        "target_id": target_id,
        "summary": summary,
        "content_sha256": content_hash(content) if content is not None else None,
        "prev_hash": last[0]["hash"] if last else GENESIS,
    }
    event["hash"] = event_hash(event)
    db.table("audit_events").insert(event)
    return event


def events_for(db: sqlite_utils.Database, target_table: str, target_id: str) -> list[dict[str, Any]]:
    return list(
        db.table("audit_events").rows_where(
            "target_table = ? AND target_id = ?", [target_table, target_id], order_by="seq"
        )
    )
