"""A throwaway PostgreSQL cluster: initdb into a temporary directory, trust auth, loopback only."""

import glob
import os
import pwd
import signal
import subprocess

from .base import Service, ServiceError


def debian_bin(name: str) -> list[str]:
    # Debian installs server binaries per major version, off PATH; newest first.
    return sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4]), reverse=True)


class Postgres(Service):
    """PostgreSQL for tests and benches; durability is off because the data is thrown away."""

    name = "postgresql"
    package = "postgresql"
    # SIGINT is PostgreSQL's "fast" shutdown: open connections are closed, no waiting for clients.
    stop_signal = signal.SIGINT
    superuser = "postgres"

    def __init__(self, *args, max_connections: int = 200, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_connections = max_connections
        self.postgres = self.binary("postgres", *debian_bin("postgres"))
        self.initdb = self.binary("initdb", *debian_bin("initdb"))
        self.datadir = self.workdir / "data"

    def user(self):
        try:
            pwd.getpwnam("postgres")
        except KeyError as exc:
            raise ServiceError(
                "postgresql: running as root needs the 'postgres' system user (Debian's postgresql package creates it)"
            ) from exc
        return "postgres"

    def environment(self):
        return {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}

    def prepare(self):
        if (self.datadir / "PG_VERSION").exists():
            return
        if os.geteuid() == 0:
            os.chown(self.workdir, pwd.getpwnam("postgres").pw_uid, -1)
        subprocess.run(
            [self.initdb, "-D", str(self.datadir), "-U", self.superuser, "-A", "trust", "-E", "UTF8", "--no-sync"],
            check=True,
            capture_output=True,
            user=self.user() if os.geteuid() == 0 else None,
            env=self.environment(),
        )

    def command(self):
        settings = {
            "listen_addresses": self.host,
            "port": str(self.port),
            "unix_socket_directories": str(self.workdir),
            "max_connections": str(self.max_connections),
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        args = [self.postgres, "-D", str(self.datadir)]
        for key, value in settings.items():
            args += ["-c", f"{key}={value}"]
        return args

    def ready(self):
        # The port opens before the cluster accepts logins; ask like a client does.
        if not super().ready():
            return False
        import psycopg

        try:
            psycopg.connect(self.url, connect_timeout=2).close()
            return True
        except psycopg.OperationalError:
            return False

    @property
    def url(self) -> str:
        return self.database_url("postgres")

    def database_url(self, name: str) -> str:
        return f"postgres://{self.superuser}@{self.host}:{self.port}/{name}"
