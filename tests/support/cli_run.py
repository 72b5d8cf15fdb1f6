"""Running the command line in-process for hostile-input tests: an exit code, the output, and never a hang."""

from __future__ import annotations

import contextlib
import io
import signal
from collections.abc import Iterator

EXIT_INTERNAL = 3


class Hang(AssertionError):
    """The command did not finish in time."""


@contextlib.contextmanager
def no_hang(seconds: float) -> Iterator[None]:
    """Fail with :class:`Hang` when the block takes longer than ``seconds`` (SIGALRM: main thread, POSIX)."""
    if not hasattr(signal, "setitimer"):  # pragma: no cover - Windows: no guard
        yield
        return

    def expired(_signum, _frame):
        raise Hang(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_cli(*args: object, seconds: float = 20) -> tuple[int, str, str]:
    """``bruinpapier ARGS`` in this process: (exit code, stdout, stderr); argparse's exit is an exit code too."""
    from cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with no_hang(seconds), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(arg) for arg in args])
        except SystemExit as error:  # argparse: bad arguments (2) or --help (0)
            code = error.code if isinstance(error.code, int) else 1
    return code, out.getvalue(), err.getvalue()


def assert_clean(code: int, out: str, err: str) -> None:
    """A clean answer: success, or a Dutch message and a non-zero exit; never a traceback or an internal error."""
    assert "Traceback" not in err and "Traceback" not in out, err
    assert code != EXIT_INTERNAL, err
    assert code in (0, 1, 2), (code, err)
    if code == 1:
        assert err.startswith("bruinpapier: fout: ") and len(err.strip()) > len("bruinpapier: fout:"), err
