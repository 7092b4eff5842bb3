"""Real services for the test suite, the benches and local production runs.

Each service is started from Debian's binaries on a free loopback port, in a directory of its
own, waited for until it answers, and stopped (its directory removed) when done, also when the
process that started it dies: children get a parent-death signal, so an interrupted or killed
test run leaves no server behind. Nothing here is a Django app; nothing imports Django.

    with Postgres() as pg:          # pg.url: postgres://postgres@127.0.0.1:<port>/postgres
        ...

Missing binaries raise ``ServiceError`` naming the Debian package to install.
"""

from .base import Service, ServiceError, free_port
from .postgres import Postgres
from .redis import Redis
from .varnish import Varnish

__all__ = ["Postgres", "Redis", "Service", "ServiceError", "Varnish", "free_port"]
