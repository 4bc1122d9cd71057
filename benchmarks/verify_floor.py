"""The floor for ``lamdong verify``: read and hash every row of the database once, keeping nothing.

    python benchmarks/verify_floor.py DATABASE

What any integrity check must at least do — stream the audit log in order and every record table — with
the standard library alone. Its peak memory is read by the parent (wait4).
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys


def main(path: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%fts%' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    digest = hashlib.sha256()
    rows = 0
    for row in conn.execute("SELECT * FROM audit_events ORDER BY seq"):
        digest.update(hashlib.sha256(repr(row).encode()).digest())
        rows += 1
    for table in tables:
        if table == "audit_events":
            continue
        for row in conn.execute(f"SELECT * FROM [{table}]"):
            digest.update(hashlib.sha256(repr(row).encode()).digest())
            rows += 1
    print(f"{rows} rows {digest.hexdigest()[:12]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
