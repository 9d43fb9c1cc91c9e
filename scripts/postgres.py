"""A throwaway PostgreSQL server for the snippets that need one.

A snippet that says `services = ["postgresql"]` in its `[tool.guide]` block runs
with DATABASE_URL set to an empty database of its own. The server starts on first
use, listens on 127.0.0.1 only, and is removed when the process (pytest or
`make outputs`) ends. A process killed before its `atexit` ran (SIGKILL, SIGTERM)
leaves its server behind; the next start stops and removes it.

A reader runs the same code against the Docker server the page shows; only the
address differs, and the snippet reads it from DATABASE_URL.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

PREFIX = "guide-postgres-"  # the temporary folder of each server
OWNER = "owner.pid"  # in that folder: the pid of the process that started it
USER = "postgres"
PASSWORD = "secret"  # the same as the page's `docker run ... -e POSTGRES_PASSWORD=secret`
INSTALL = ("PostgreSQL 이 필요합니다. 데비안·우분투: sudo apt-get install postgresql, "
           "macOS: brew install postgresql@17 (PATH 에 bin 을 넣으세요)")


def find_bin() -> Path | None:
    """The folder of `initdb`/`pg_ctl`: on PATH, or where Debian puts them (newest first)."""
    if found := shutil.which("initdb"):
        return Path(found).resolve().parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    return Path(versions[-1]).parent if versions else None


def available() -> bool:
    return find_bin() is not None


class Server:
    def __init__(self) -> None:
        bin_dir = find_bin()
        if bin_dir is None:
            raise RuntimeError(INSTALL)
        self.bin = bin_dir
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # initdb and postgres refuse to run as root
            owner = pwd.getpwnam(USER) if _has_user(USER) else pwd.getpwnam("nobody")
            self.as_user = ["setpriv", f"--reuid={owner.pw_uid}", f"--regid={owner.pw_gid}", "--clear-groups"]
        self._remove_leftovers()
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        (self.folder / OWNER).write_text(str(os.getpid()))
        if self.as_user:
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
        pwfile = self.folder / "password"
        pwfile.write_text(PASSWORD + "\n")
        if self.as_user:
            os.chown(pwfile, owner.pw_uid, owner.pw_gid)
        data = self.folder / "data"
        self._run("initdb", "-D", str(data), "-U", USER, "--auth=scram-sha-256", f"--pwfile={pwfile}",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        self.port = _free_port()
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.folder} "
                   "-c fsync=off -c synchronous_commit=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(data), "-l", str(self.folder / "log"), "-o", options, "-w", "start")
        self.data = data
        self.names = itertools.count(1)
        atexit.register(self.stop)

    def _run(self, tool: str, *args: str, env: dict | None = None) -> None:
        done = subprocess.run([*self.as_user, str(self.bin / tool), *args], capture_output=True, text=True,
                              env=env, cwd=self.folder)
        if done.returncode != 0:
            log = self.folder / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"PostgreSQL `{tool}` 가 실패했습니다:\n{done.stdout}{done.stderr}{tail}")

    def url(self, database: str) -> str:
        return f"postgresql://{USER}:{PASSWORD}@127.0.0.1:{self.port}/{database}"

    @contextlib.contextmanager
    def database(self):
        """An empty database for one run, dropped afterwards (a reader's fresh container)."""
        name = f"guide_{os.getpid()}_{next(self.names)}"
        env = {**os.environ, "PGPASSWORD": PASSWORD}
        where = ["-h", "127.0.0.1", "-p", str(self.port), "-U", USER]
        self._run("createdb", *where, name, env=env)
        try:
            yield self.url(name)
        finally:
            self._run("dropdb", *where, "--force", name, env=env)

    def stop(self) -> None:
        self._stop(self.folder)

    def _stop(self, folder: Path) -> None:
        subprocess.run([*self.as_user, str(self.bin / "pg_ctl"), "-D", str(folder / "data"), "-m", "immediate",
                        "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)

    def _remove_leftovers(self) -> None:
        """Stop and remove the servers of processes that died before their `atexit` ran."""
        for folder in Path(tempfile.gettempdir()).glob(PREFIX + "*"):
            try:
                pid = int((folder / OWNER).read_text())
            except (OSError, ValueError):
                continue  # not ours to judge, or still being set up
            if not _alive(pid):
                self._stop(folder)


def _alive(pid: int) -> bool:
    """Whether the process runs; a zombie (exited, not yet reaped by its parent) does not."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    with contextlib.suppress(OSError):  # Linux: the state follows the name's closing ")"
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return True


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


_server: Server | None = None
_lock = threading.Lock()


def server() -> Server:
    """The one server of this process, started on first use."""
    global _server
    with _lock:
        if _server is None:
            _server = Server()
        return _server
