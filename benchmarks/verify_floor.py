"""The floor for ``lamdong verify``: hash every row of the database once, keeping nothing.

    python benchmarks/verify_floor.py DATABASE

What any integrity check must at least do — render each row of the audit log and of every other table and
hash it — done the cheapest way the standard library allows: inside SQLite (``json_object`` of the row, a
SHA-256 function registered on the connection), one plain scan per table, with no matching of rows to
events and no chain. ``lamdong verify`` does this and the matching. Its peak memory is read by the parent
(wait4).
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys


def _sha(value: bytes | None) -> str | None:
    return hashlib.sha256(value).hexdigest() if value is not None else None


def main(path: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.create_function("sha", 1, _sha, deterministic=True)
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%fts%' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    digest = hashlib.sha256()
    rows = 0
    for table in tables:
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{table}])")]
        row_json = "json_object(" + ", ".join(f"'{c}', [{c}]" for c in columns) + ")"
        for (row_hash,) in conn.execute(f"SELECT sha(CAST({row_json} AS BLOB)) FROM [{table}]"):
            digest.update(row_hash.encode())
            rows += 1
    print(f"{rows} rows {digest.hexdigest()[:12]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
