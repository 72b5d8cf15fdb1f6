"""Boards (filled in below)."""

BUILDERS = []
