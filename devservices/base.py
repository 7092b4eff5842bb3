"""What every service shares: a free port, a work directory, a child process, readiness, teardown."""

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_PR_SET_PDEATHSIG = 1


class ServiceError(RuntimeError):
    """A service could not be started; the message says what to install or which port failed."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_open(port: int, host: str = "127.0.0.1") -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale_workdirs(name: str) -> None:
    """Remove work directories left by a run that was killed (its children died with it)."""
    for path in Path(tempfile.gettempdir()).glob(f"levl-{name}-*"):
        try:
            owner = int((path / "owner.pid").read_text())
        except (OSError, ValueError):
            continue
        if not _alive(owner):
            shutil.rmtree(path, ignore_errors=True)


def _die_with_parent(stop_signal: int):
    """preexec_fn: the kernel sends ``stop_signal`` to the child when its parent dies."""

    def run():
        os.setsid()
        if sys.platform.startswith("linux"):
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, stop_signal)

    return run


class Service:
    """A server process of ours: subclasses say how to find, start and ask it."""

    name = "service"
    package = ""  # the Debian package that ships the binary
    stop_signal = signal.SIGTERM
    start_timeout = 30.0

    def __init__(self, port: int | None = None, workdir: str | Path | None = None):
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self._own_workdir = workdir is None
        if workdir is None:
            sweep_stale_workdirs(self.name)
        self.workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix=f"levl-{self.name}-"))
        if self._own_workdir:
            (self.workdir / "owner.pid").write_text(str(os.getpid()))
        self.process: subprocess.Popen | None = None
        self.log_path = self.workdir / f"{self.name}.log"

    # What subclasses provide
    def command(self) -> list[str]:
        raise NotImplementedError

    def prepare(self) -> None:
        """Anything to do before the first start (an initdb, a config file)."""

    def ready(self) -> bool:
        return port_open(self.port, self.host)

    def user(self) -> str | None:
        """A system user to run as when we are root (PostgreSQL refuses root)."""
        return None

    # Shared lifecycle
    @classmethod
    def binary(cls, name: str, *candidates: str) -> str:
        for path in (*candidates, shutil.which(name)):
            if path and Path(path).exists():
                return str(path)
        raise ServiceError(
            f"{cls.name}: '{name}' not found. Install Debian's '{cls.package}' package "
            f"(apt-get install {cls.package}); 'make test' does this when run as root."
        )

    def start(self):
        if port_open(self.port, self.host):
            raise ServiceError(f"{self.name}: port {self.port} on {self.host} is already in use")
        self.prepare()
        log = open(self.log_path, "ab")
        self.process = subprocess.Popen(
            self.command(),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=self.workdir,
            user=self.user() if os.geteuid() == 0 else None,
            preexec_fn=_die_with_parent(self.stop_signal),
            env=self.environment(),
        )
        log.close()
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServiceError(
                    f"{self.name} exited with status {self.process.returncode} on port {self.port}:\n{self.log_tail()}"
                )
            if self.ready():
                return self
            time.sleep(0.1)
        self.stop()
        raise ServiceError(
            f"{self.name} did not answer on port {self.port} within {self.start_timeout:.0f} s:\n{self.log_tail()}"
        )

    def environment(self) -> dict[str, str]:
        return dict(os.environ)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(self.stop_signal)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=5)
        self.process = None
        if self._own_workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def __repr__(self):
        return f"<{self.name} on {self.host}:{self.port}>"
