"""A throw-away PostgreSQL server on 127.0.0.1 for the examples whose point needs a real server
database (connection pools, row locks, column limits). Started once per test session from the
binaries of Debian's `postgresql` package, which scripts/test installs; stopped at the end.

Fixtures (conftest.py at the project root): ``postgres_server`` (session) and ``postgres_url``
(a fresh, empty database per test, dropped afterwards)."""
from __future__ import annotations

import dataclasses
import glob
import os
import pathlib
import pwd
import shutil
import socket
import subprocess
import tempfile

INSTALL_HINT = ("PostgreSQL server binaries not found: run ./scripts/test, which installs Debian's "
                "'postgresql' package, or set PG_BIN to the directory holding initdb and pg_ctl")


def bin_dir() -> pathlib.Path | None:
    """PG_BIN, else the newest Debian /usr/lib/postgresql/<version>/bin, else initdb on PATH."""
    if os.environ.get("PG_BIN"):
        return pathlib.Path(os.environ["PG_BIN"])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if found:
        return pathlib.Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return pathlib.Path(initdb).resolve().parent if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclasses.dataclass
class Server:
    bin: pathlib.Path
    data: pathlib.Path
    port: int
    as_user: list[str]

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def run(self, *args: str) -> None:
        proc = subprocess.run([*self.as_user, *args], capture_output=True, text=True, check=False)
        if proc.returncode:
            log = self.data.parent / "log"
            raise RuntimeError(f"{' '.join(args[:1])} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}"
                               + (log.read_text() if log.exists() else ""))

    def stop(self) -> None:
        self.run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.data.parent, ignore_errors=True)


def start() -> Server:
    """initdb and start a server in a new temporary directory; raises LookupError when
    PostgreSQL is not installed."""
    binaries = bin_dir()
    if binaries is None or not (binaries / "pg_ctl").exists():
        raise LookupError(INSTALL_HINT)
    # Under /tmp itself: pytest's own temporary folders are private to the user running it.
    workdir = pathlib.Path(tempfile.mkdtemp(prefix="fih-postgres-"))
    as_user: list[str] = []
    if os.geteuid() == 0:      # PostgreSQL refuses to run as root: use Debian's postgres user
        user = pwd.getpwnam("postgres")
        os.chown(workdir, user.pw_uid, user.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    server = Server(binaries, workdir / "data", free_port(), as_user)
    server.run(str(binaries / "initdb"), "-D", str(server.data), "-U", "postgres", "--auth=trust",
               "-E", "UTF8", "--locale=C", "--no-sync")
    options = f"-c listen_addresses=127.0.0.1 -p {server.port} -k {workdir} -c fsync=off -c full_page_writes=off"
    server.run(str(binaries / "pg_ctl"), "-D", str(server.data), "-o", options, "-l", str(workdir / "log"),
               "-w", "start")
    return server
