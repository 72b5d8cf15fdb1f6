"""A throwaway PostgreSQL server for the archive tests.

``BRUINPAPIER_TEST_POSTGRES_URL`` points at an existing server; otherwise, when
running as root (CI), a fresh cluster is created with initdb in a temporary
folder owned by the ``postgres`` user and started on a free localhost port.
Failing to start it is an error, not a skip: the archive must work on PostgreSQL.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

POSTGRES_BIN = Path(os.environ.get("BRUINPAPIER_POSTGRES_BIN", "/usr/lib/postgresql/15/bin"))
URL_ENV = "BRUINPAPIER_TEST_POSTGRES_URL"
SERVICE_USER = "postgres"


class PostgresUnavailable(RuntimeError):
    pass


def can_start_server() -> bool:
    return bool(os.environ.get(URL_ENV)) or os.geteuid() == 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_user(user: str, arguments: list[str]) -> list[str]:
    return (
        ["runuser", "-u", user, "--", *arguments]
        if shutil.which("runuser")
        else ["su", user, "-s", "/bin/sh", "-c", " ".join(f"'{argument}'" for argument in arguments)]
    )


def _run(arguments: list[str]) -> None:
    result = subprocess.run(arguments, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise PostgresUnavailable(
            f"{' '.join(arguments)} failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
        )


def _watch(owner_pid: int, data: Path, root: Path) -> None:
    """Stop the server and remove its folder once the test process is gone, however it ended."""
    stop = " ".join(_as_user(SERVICE_USER, [str(POSTGRES_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]))
    script = (
        f"while kill -0 {owner_pid} 2>/dev/null; do sleep 1; done; if [ -d '{data}' ]; then {stop}; fi; rm -rf '{root}'"
    )
    subprocess.Popen(
        ["sh", "-c", script],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


@contextmanager
def running_server() -> Iterator[str]:
    """Yield a SQLAlchemy URL of a server we may create databases on."""
    given = os.environ.get(URL_ENV)
    if given:
        yield given
        return
    for tool in ("initdb", "pg_ctl", "postgres"):
        if not (POSTGRES_BIN / tool).exists():
            raise PostgresUnavailable(f"{POSTGRES_BIN / tool} is missing: install the 'postgresql' package")
    try:
        user = pwd.getpwnam(SERVICE_USER)
    except KeyError:
        raise PostgresUnavailable(f"no '{SERVICE_USER}' user to run the server as") from None
    root = Path(tempfile.mkdtemp(prefix="bruinpapier-pg-"))
    os.chmod(root, 0o700)
    os.chown(root, user.pw_uid, user.pw_gid)
    data = root / "data"
    port = _free_port()
    try:
        _run(
            _as_user(
                SERVICE_USER,
                [
                    str(POSTGRES_BIN / "initdb"),
                    "-D",
                    str(data),
                    "-A",
                    "trust",
                    "-U",
                    "postgres",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync",
                ],
            )
        )
        _run(
            _as_user(
                SERVICE_USER,
                [
                    str(POSTGRES_BIN / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(root / "server.log"),
                    "-w",
                    "-t",
                    "60",
                    "-o",
                    f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off",
                    "start",
                ],
            )
        )
        _watch(os.getpid(), data, root)
        try:
            yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                _as_user(
                    SERVICE_USER, [str(POSTGRES_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
                ),
                capture_output=True,
                timeout=60,
            )
    finally:
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def scratch_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server; dropped afterwards."""
    name = f"bp_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
