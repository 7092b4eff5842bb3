"""Varnish in front of one or more backends, with a VCL file of the project's."""

from pathlib import Path

from .base import Service


class Varnish(Service):
    name = "varnish"
    package = "varnish"

    def __init__(self, vcl: str | Path, *args, storage: str = "malloc,64m", parameters: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.varnishd = self.binary("varnishd", "/usr/sbin/varnishd")
        self.vcl = Path(vcl)
        self.storage = storage
        self.parameters = parameters or {}

    def command(self):
        args = [
            self.varnishd,
            "-F",  # foreground: this process is the one we stop
            "-n", str(self.workdir / "instance"),
            "-a", f"{self.host}:{self.port}",
            "-f", str(self.vcl.resolve()),
            "-s", self.storage,
            "-T", "none",
        ]  # fmt: skip
        for key, value in self.parameters.items():
            args += ["-p", f"{key}={value}"]
        return args

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stat(self, *fields: str) -> dict[str, int]:
        """Counters from varnishstat, e.g. ``stat("MAIN.cache_hit")``."""
        import json
        import subprocess

        out = subprocess.run(
            ["varnishstat", "-n", str(self.workdir / "instance"), "-1", "-j", *[a for f in fields for a in ("-f", f)]],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        data = json.loads(out)
        counters = data.get("counters", data)
        return {
            name: int(value["value"])
            for name, value in counters.items()
            if isinstance(value, dict) and "value" in value
        }
