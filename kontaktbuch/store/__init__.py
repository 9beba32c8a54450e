"""The database: Peewee models, opening and checking the file, migrations, backups.

No Qt here. The UI and the CLI reach the data only through ``journal``.
"""
