"""Bruinpapier's core: boards, sessions, templates, capture, analysis and archive.

Pure Python with no Qt import, shared by printing, the desktop app and the
command line. Geometry is in millimetres, origin at the board's top-left
corner, y pointing down.
"""
