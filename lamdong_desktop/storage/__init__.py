"""SQLite through sqlite-utils: migrations, repositories, backups."""
