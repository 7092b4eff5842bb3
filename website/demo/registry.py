"""How ``load_demo_content`` finds demo content without website/ importing feature apps.

Each app may have a ``demo.py`` whose functions are decorated with ``@step(order)``; the command
imports every installed app's ``demo`` module and runs the steps in order. Every step must be
idempotent: it looks up what it would create (by slug) and leaves existing content alone.
"""

from dataclasses import dataclass, field

from django.utils.module_loading import autodiscover_modules

_steps: list[tuple[int, str, object]] = []


def step(order: int):
    def register(func):
        name = f"{func.__module__}.{func.__name__}"
        if not any(existing == name for _, existing, _ in _steps):
            _steps.append((order, name, func))
        return func

    return register


@dataclass
class DemoContext:
    """What steps share: locales and home pages by language code, and a logger."""

    log: object = print
    locales: dict = field(default_factory=dict)
    homes: dict = field(default_factory=dict)
    created: int = 0
    # (role, username, password or None when it was changed), printed by the command at the end.
    accounts: list = field(default_factory=list)

    def made(self, what) -> None:
        self.created += 1
        self.log(f"  + {what}")


def run(context: DemoContext) -> DemoContext:
    autodiscover_modules("demo")
    for _order, _name, func in sorted(_steps, key=lambda item: (item[0], item[1])):
        func(context)
    return context
