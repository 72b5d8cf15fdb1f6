"""The PySide6 desktop app of Bruinpapier."""
