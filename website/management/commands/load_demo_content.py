"""Load the demo site: locales, taxonomy, pages in three languages, images, documents, an admin."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from website.demo import registry as demo_registry
from website.project.settings import environment as env


class Command(BaseCommand):
    help = "Create (or complete) the demo content. Safe to run again: existing content is left alone."

    def handle(self, *args, **options):
        verbose = options["verbosity"] > 1
        context = demo_registry.DemoContext(log=self.stdout.write if verbose else (lambda *_: None))
        with transaction.atomic():
            demo_registry.run(context)
        if context.created:
            call_command("update_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({context.created} items created)."))
        self.stdout.write(f"Accounts: {env.BASE_URL}/admin/")  # BASE_URL follows `make run PORT=...`
        for role, username, password in context.accounts:
            shown = repr(password) if password else "(changed since the demo created it)"
            self.stdout.write(f"  {role + ':':<12} user {username!r:<14} password {shown}")
