"""An OpenSearch node for tests, benches and ``make opensearch``, run from Maven Central's jars.

No package registry ships an OpenSearch distribution, but Maven Central has the server jar and its
modules. ``devservices/opensearch/pom.xml`` names them; the first start resolves them with Maven
(into ~/.m2) and writes the classpath and the compiled launcher (``OpenSearchNode.java``) to
``.cache/opensearch/``, keyed on both files, so later starts only start a JVM (about 20 s).
The node listens on a free loopback port, keeps its data in its own work directory and has a small
heap: the machines are shared.
"""

import hashlib
import json
import os
import shutil
import subprocess
import urllib.request
from pathlib import Path

from .base import Service, ServiceError, free_port

HERE = Path(__file__).resolve().parent / "opensearch"
CACHE = HERE.parent.parent / ".cache" / "opensearch"
JAVA_17 = "/usr/lib/jvm/java-17-openjdk-amd64/bin"


def _java_tool(name: str) -> str:
    candidate = Path(JAVA_17, name)
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise ServiceError(f"opensearch: '{name}' not found; install Debian's openjdk-17-jdk-headless and maven")
    return found


def build(quiet: bool = True) -> tuple[str, Path]:
    """``(classpath, classes directory)``, resolving and compiling once per pom/launcher version."""
    key = hashlib.sha256((HERE / "pom.xml").read_bytes() + (HERE / "OpenSearchNode.java").read_bytes()).hexdigest()[:12]
    target = CACHE / key
    classpath_file, classes = target / "classpath.txt", target / "classes"
    if not (classes / "OpenSearchNode.class").exists():
        target.mkdir(parents=True, exist_ok=True)
        mvn = shutil.which("mvn")
        if not mvn:
            raise ServiceError("opensearch: 'mvn' not found; install Debian's maven package")
        env = {**os.environ, "JAVA_HOME": str(Path(_java_tool("java")).resolve().parent.parent)}
        subprocess.run(
            [mvn, *(["-q"] if quiet else []), "-B", "-Dstyle.color=never", "-f", str(HERE / "pom.xml"), "dependency:build-classpath",
             f"-Dmdep.outputFile={classpath_file}"],
            check=True, env=env,
        )  # fmt: skip
        subprocess.run(
            [_java_tool("javac"), "-d", str(classes), "-cp", classpath_file.read_text().strip(),
             str(HERE / "OpenSearchNode.java")],
            check=True,
        )  # fmt: skip
    return classpath_file.read_text().strip(), classes


class OpenSearch(Service):
    """A single-node OpenSearch 2.19 on Java 17; ready when the cluster health is yellow or better."""

    name = "opensearch"
    package = "openjdk-17-jre-headless maven"
    start_timeout = 120.0
    heap = os.environ.get("OPENSEARCH_HEAP", "512m")

    def __init__(self, *args, full_jit: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        # Tests stop at the quick C1 compiler (the node is up sooner, compiles less beside the
        # tests); benches measure what a production node runs: both compilers, C2 included.
        self.full_jit = full_jit
        self.transport_port = free_port()
        self.classpath, self.classes = build()

    def command(self):
        return [
            _java_tool("java"),
            "-Xms256m", f"-Xmx{self.heap}",
            # One GC thread and no JIT compiler threads racing the tests on a two-core machine.
            "-XX:+UseSerialGC", *([] if self.full_jit else ["-XX:TieredStopAtLevel=1"]), "-Xss1m",
            "-Djava.io.tmpdir=" + str(self.workdir),
            "-Dlog4j2.formatMsgNoLookups=true",
            "-cp", f"{self.classes}:{self.classpath}",
            "OpenSearchNode", str(self.workdir / "home"), str(self.port), str(self.transport_port),
        ]  # fmt: skip

    def prepare(self):
        (self.workdir / "home").mkdir(exist_ok=True)

    def stop_node(self) -> None:
        """Stop the JVM but keep its data and port, for outage tests; ``start()`` brings it back."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)
        self.process = None

    def log_tail(self, lines: int = 20) -> str:
        # The node logs to stdout; a failure inside start() may only be in its own log directory.
        text = super().log_tail(lines)
        for path in sorted((self.workdir / "home" / "logs").glob("*.log")):
            text += f"\n--- {path.name}\n" + "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
        return text

    def ready(self):
        try:
            with urllib.request.urlopen(f"{self.url}/_cluster/health", timeout=2) as response:
                return json.load(response).get("status") in {"yellow", "green"}
        except (OSError, ValueError):
            return False

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def stats(self) -> dict:
        """The JVM heap in use and the process's resident memory, in MiB (for benches)."""
        with urllib.request.urlopen(f"{self.url}/_nodes/stats/jvm", timeout=5) as response:
            node = next(iter(json.load(response)["nodes"].values()))
        rss_kib = 0
        if self.process:
            for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    rss_kib = int(line.split()[1])
        return {
            "heap_used_mib": round(node["jvm"]["mem"]["heap_used_in_bytes"] / 2**20),
            "heap_max_mib": round(node["jvm"]["mem"]["heap_max_in_bytes"] / 2**20),
            "rss_mib": round(rss_kib / 1024),
        }


def main():
    """``python -m devservices.opensearch``: a node in the foreground until Ctrl-C (``make opensearch``)."""
    import signal
    import time

    build(quiet=False)
    node = OpenSearch(port=int(os.environ.get("OPENSEARCH_PORT", "9200"))).start()
    print(f"OpenSearch on {node.url} (data in {node.workdir}); SEARCH_URL={node.url}  Ctrl-C stops it.", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt))
    try:
        while node.process.poll() is None:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        node.stop()


if __name__ == "__main__":
    main()
