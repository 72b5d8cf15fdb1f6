"""Entry point of the desktop bundle (PyInstaller): one script behind its two programs.

``Bruinpapier`` (``Bruinpapier.exe``, ``Bruinpapier.app``) opens the app, like ``bruinpapier app``;
``bruinpapier-cli`` is the command line, like ``bruinpapier``. Both are built from this script by
``bruinpapier.spec`` and share one folder of libraries; the program's own name says which it is.
"""

import os
import sys
from pathlib import Path

from cli.main import main

if __name__ == "__main__":
    # Windows: the app's program has no console, and there sys.stdout and sys.stderr are None (as under
    # pythonw.exe); a library that writes a warning would fail on them, so they write to nothing instead.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - open for the whole run
    if Path(sys.executable).stem.lower() == "bruinpapier-cli":
        raise SystemExit(main())
    raise SystemExit(main(["app", *sys.argv[1:]]))
