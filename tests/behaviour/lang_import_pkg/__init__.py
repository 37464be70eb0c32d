"""Helper modules for the lang_import_* behaviour programs (not programs themselves)."""
loaded = []
