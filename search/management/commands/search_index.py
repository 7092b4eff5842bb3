"""Rebuild everything search needs: document texts, the search index(es), pending query counts."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model

from search import document_text, indexing, querylog
from search.engines import get_engine


class Command(BaseCommand):
    help = (
        "Re-extract document texts (PDF), rebuild Wagtail's index and the search engine's (into a new "
        "index, then the alias is switched: search never goes empty), flush query counts."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--only-changed", action="store_true", help="Extract only documents whose file changed since last time."
        )
        parser.add_argument(
            "--pending", action="store_true", help="Only write the pages that waited for the engine to come back."
        )

    def handle(self, *args, only_changed=False, pending=False, **options):
        verbosity = options["verbosity"]
        engine = get_engine()
        if pending:
            written = indexing.sync([])
            self.stdout.write(self.style.SUCCESS(f"Pending pages written to {engine.name}: {written}"))
            return
        changed = 0
        for document_id in get_document_model().objects.values_list("pk", flat=True).iterator():
            changed += document_text.extract(document_id, force=not only_changed)
        if verbosity:
            self.stdout.write(f"Document texts extracted: {changed}")
        # Wagtail's rebuild re-indexes every page, each with its linked documents' text.
        call_command("update_index", verbosity=verbosity)
        if engine.has_own_index:
            count = engine.rebuild(stdout=self.stdout if verbosity > 1 else None)
            from search.models import PendingIndexUpdate

            PendingIndexUpdate.objects.all().delete()  # the rebuild read every page as it is now
            if verbosity:
                self.stdout.write(f"{engine.name}: {count} pages indexed into a new index, alias switched")
        written = querylog.flush()
        if verbosity:
            self.stdout.write(f"Query counts written: {written}")
        self.stdout.write(self.style.SUCCESS("Search index rebuilt."))
