"""Command bodies behind cli.py: they wire stages together and report errors."""
