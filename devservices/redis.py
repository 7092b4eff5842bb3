"""Redis without persistence: a cache and nothing more."""

from .base import Service


class Redis(Service):
    name = "redis"
    package = "redis-server"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.server = self.binary("redis-server", "/usr/bin/redis-server")

    def command(self):
        return [
            self.server,
            "--bind", self.host,
            "--port", str(self.port),
            "--save", "",
            "--appendonly", "no",
            "--dir", str(self.workdir),
            "--databases", "64",
            "--protected-mode", "yes",
        ]  # fmt: skip

    def ready(self):
        import socket

        try:
            with socket.create_connection((self.host, self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def url_for(self, db: int = 0) -> str:
        return f"redis://{self.host}:{self.port}/{db}"

    @property
    def url(self) -> str:
        return self.url_for(0)
