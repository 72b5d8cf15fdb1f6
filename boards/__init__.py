"""Bruinpapier's core: boards, sessions, templates, capture, analysis and archive.

Pure Python with no Qt import, shared by printing, the desktop app and the
command line. Geometry is in millimetres, origin at the board's top-left
corner, y pointing down.
"""


def app_version() -> str:
    """The installed version of Bruinpapier (from the package's metadata: a wheel, an editable install, or
    the bundle, which carries the metadata along)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("bruinpapier")
    except PackageNotFoundError:  # the packages imported from a folder that was never installed
        return "onbekend"
