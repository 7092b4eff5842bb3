"""Delete sign-ups never confirmed within 30 days (run daily, e.g. from cron)."""

from django.core.management.base import BaseCommand

from newsletters.tasks import purge_pending


class Command(BaseCommand):
    help = "Delete newsletter subscriptions that were never confirmed within 30 days."

    def handle(self, *args, **options):
        deleted = purge_pending()
        self.stdout.write(f"Deleted {deleted} unconfirmed subscription(s).")
