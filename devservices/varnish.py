"""Varnish in front of one or more backends, with a VCL file of the project's."""

import re
from pathlib import Path

from .base import Service


class Varnish(Service):
    name = "varnish"
    package = "varnish"

    def __init__(
        self,
        vcl: str | Path,
        *args,
        storage: str = "malloc,64m",
        parameters: dict | None = None,
        purge_port: int | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        from .base import free_port

        # A second listen address, named "purge": the project's VCL accepts PURGE only there.
        self.purge_port = purge_port or free_port()
        self.varnishd = self.binary("varnishd", "/usr/sbin/varnishd")
        self.vcl = Path(vcl)
        self.storage = storage
        self.parameters = parameters or {}

    def command(self):
        args = [
            self.varnishd,
            "-F",  # foreground: this process is the one we stop
            "-n", str(self.workdir / "instance"),
            "-a", f"http={self.host}:{self.port}",
            "-a", f"purge={self.host}:{self.purge_port}",
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

    @property
    def purge_url(self) -> str:
        return f"http://{self.host}:{self.purge_port}"

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


BACKENDS_BLOCK = re.compile(r"^# BEGIN backends.*?^# END backends$", re.MULTILINE | re.DOTALL)


def vcl_with_backends(vcl: str | Path, backends: list[tuple[str, int]], target: str | Path | None = None) -> Path:
    """A copy of ``vcl`` whose backends block names ``backends`` (round robin), written to
    ``target`` or a new world-readable directory (varnishd reads it after dropping root)."""
    lines = ["# BEGIN backends (generated)"]
    for number, (host, port) in enumerate(backends):
        lines += [
            f"backend app{number} {{",
            f'    .host = "{host}";',
            f'    .port = "{port}";',
            "    .connect_timeout = 2s;",
            "    .first_byte_timeout = 60s;",
            "}",
        ]
    lines += ["sub vcl_init {", "    new app = directors.round_robin();"]
    lines += [f"    app.add_backend(app{number});" for number in range(len(backends))]
    lines += ["}", "# END backends"]
    text, count = BACKENDS_BLOCK.subn(lambda _match: "\n".join(lines), Path(vcl).read_text())
    if count != 1:
        raise ValueError(f"{vcl}: no '# BEGIN backends' ... '# END backends' block")
    if target is None:
        import os
        import tempfile

        directory = tempfile.mkdtemp(prefix="levl-vcl-")
        os.chmod(directory, 0o755)
        target = Path(directory) / Path(vcl).name
    target = Path(target)
    target.write_text(text)
    target.chmod(0o644)
    return target
