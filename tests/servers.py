"""Real servers for the deployment and background-job examples, all on 127.0.0.1 and all
stopped at the end: Redis (Debian's redis-server), Gunicorn (from the venv) and `nginx -t`
(Debian's nginx) for checking the configuration files shown on the site.

Fixtures (conftest.py at the project root): ``redis_url``, ``gunicorn`` and ``nginx_check``.
scripts/test installs the Debian packages when they are missing (scripts/ensure-servers)."""
from __future__ import annotations

import contextlib
import os
import pathlib
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from tests.postgres import free_port

REDIS_HINT = ("redis-server not found: run ./scripts/test, which installs Debian's 'redis-server' "
              "package, or put redis-server on PATH")
NGINX_HINT = "nginx not found: run ./scripts/test, which installs Debian's 'nginx' package, or put nginx on PATH"


def _wait_for_port(port: int, proc: subprocess.Popen, what: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read() if proc.stdout else ""
            raise RuntimeError(f"{what} exited with {proc.returncode}:\n{out}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError(f"{what} did not listen on 127.0.0.1:{port} within {timeout} s")


def _stop(proc: subprocess.Popen) -> str:
    """Terminate (kill if it lingers) and return what the process printed."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stdout is None or proc.stdout.closed:
        return ""
    printed = proc.stdout.read()
    proc.stdout.close()
    return printed


@contextlib.contextmanager
def redis_server():
    """A Redis server without persistence on a free port; yields its port."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise LookupError(REDIS_HINT)
    port = free_port()
    workdir = tempfile.mkdtemp(prefix="fih-redis-")
    proc = subprocess.Popen([binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                             "--dir", workdir, "--protected-mode", "yes"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        _wait_for_port(port, proc, "redis-server")
        yield port
    finally:
        _stop(proc)
        shutil.rmtree(workdir, ignore_errors=True)


class Gunicorn:
    """Starts Gunicorn processes serving example apps; each call returns the base URL."""

    def __init__(self):
        self.procs: list[subprocess.Popen] = []
        self.printed: list[str] = []

    def __call__(self, app: str, *, cwd: str | os.PathLike, config: str | os.PathLike | None = None,
                 args: tuple[str, ...] = (), env: dict[str, str] | None = None) -> str:
        """Serve ``app`` ("module:object", imported from ``cwd``) on a free port of 127.0.0.1.
        ``config`` is a gunicorn.conf.py; the bind address given here overrides its ``bind``."""
        port = free_port()
        cmd = [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--chdir", str(cwd)]
        if config:
            cmd += ["--config", str(config)]
        cmd += [*args, app]
        full_env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", **(env or {})}
        proc = subprocess.Popen(cmd, cwd=cwd, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.procs.append(proc)
        _wait_for_port(port, proc, "gunicorn")
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 20    # listening is not serving: wait for a worker to answer
        while True:
            try:
                urllib.request.urlopen(base + "/", timeout=2).close()
                break
            except urllib.error.HTTPError:
                break                       # any HTTP answer means a worker is up
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        return base

    def output(self) -> str:
        """What the Gunicorn processes started so far printed (stops them first)."""
        self.stop()
        return "".join(self.printed)

    def stop(self) -> None:
        for proc in self.procs:
            if proc.stdout is not None and not proc.stdout.closed:
                self.printed.append(_stop(proc))


def nginx_check(config: str | os.PathLike, *, kind: str = "server") -> subprocess.CompletedProcess:
    """`nginx -t` on a configuration file shown on the site.

    ``kind="server"``: the file holds server blocks (what goes in sites-available), so it is
    included in a minimal http block. ``kind="main"``: the file is a whole nginx.conf."""
    binary = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if binary is None:
        raise LookupError(NGINX_HINT)
    config = pathlib.Path(config).resolve()
    with tempfile.TemporaryDirectory(prefix="fih-nginx-") as prefix:
        main = config
        if kind == "server":
            main = pathlib.Path(prefix) / "nginx.conf"
            main.write_text(f"pid {prefix}/nginx.pid;\nerror_log stderr;\nevents {{}}\n"
                            f"http {{\n  include /etc/nginx/mime.types;\n  access_log off;\n  include {config};\n}}\n",
                            encoding="utf-8")
        return subprocess.run([binary, "-t", "-p", prefix, "-c", str(main), "-g", "daemon off;"],
                              capture_output=True, text=True, check=False)
