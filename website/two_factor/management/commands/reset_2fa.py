"""``manage.py reset_2fa <username>``: a lost phone. The user logs in with the password again and,
when two-factor is required, enrols a new app at once."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from website.two_factor import devices


class Command(BaseCommand):
    help = "Remove every two-factor device of a user, so they can log in with the password and enrol again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        model = get_user_model()
        try:
            user = model.objects.get(**{model.USERNAME_FIELD: username})
        except model.DoesNotExist as exc:
            raise CommandError(f"No user named {username!r}.") from exc
        removed = devices.reset(user)
        self.stdout.write(f"Removed {removed} two-factor device(s) of {username}.")
