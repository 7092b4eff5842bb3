"""``manage.py db_worker``: django-tasks' database worker, which first queues stalled newsletter sends.

A send whose worker was killed (``kill -9``, an out-of-memory kill, a host reboot) must finish
without an editor clicking again: a starting worker queues every unfinished dispatch, to run
as soon as its lease has run out (``newsletters.tasks.resume_stalled``). The newsletters app
is listed before ``django_tasks_db`` in INSTALLED_APPS, so this command is the one Django runs.
"""

from django_tasks_db.management.commands.db_worker import Command as WorkerCommand


class Command(WorkerCommand):
    def handle(self, *args, **options):
        from newsletters.tasks import resume_stalled

        resume_stalled()
        return super().handle(*args, **options)
