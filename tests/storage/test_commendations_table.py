"""m015_commendations: a database of 0.6.0 without it upgrades after a backup, and the new table is an audited
record table (verify accounts for it)."""

from __future__ import annotations

import sqlite_utils

from lamdong_desktop.storage import audit, database
from lamdong_desktop.storage.migrations import MIGRATIONS


def test_a_database_before_m015_upgrades_to_an_audited_commendations_table(data_paths):
    data_paths.ensure()
    old = sqlite_utils.Database(data_paths.database)
    MIGRATIONS.apply(old, stop_before="m015_commendations")
    assert "commendations" not in old.table_names()
    old.close()

    db = database.open_database(data_paths)

    assert "m015_commendations" in database.applied_migrations(db)
    assert [p.name for p in data_paths.backups.glob("*.db") if "m015_commendations" in p.name]
    assert audit.classify_tables(db)["commendations"] == "record"
    columns = {c.name for c in db.table("commendations").columns}
    assert {"proposal_id", "evaluation_id", "person_id", "kind", "form", "reference", "decided_on"} <= columns
    assert {fk.other_table for fk in db.table("commendations").foreign_keys} == {"proposals", "evaluations", "people"}
    version = db.execute("SELECT app_version FROM schema_versions WHERE name = 'm015_commendations'").fetchone()
    assert version == ("0.6.0",)
    db.close()
