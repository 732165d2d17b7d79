"""Database: engine, models, unit of work, read queries, migrations and backups."""
