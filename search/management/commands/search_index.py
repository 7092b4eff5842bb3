"""Rebuild everything search needs: document texts, Wagtail's search index, pending query counts."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model

from search import documents, querylog


class Command(BaseCommand):
    help = "Re-extract document texts (PDF), rebuild the search index (pages include their documents' text), flush query counts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--only-changed", action="store_true", help="Extract only documents whose file changed since last time."
        )

    def handle(self, *args, only_changed=False, **options):
        verbosity = options["verbosity"]
        changed = 0
        for document_id in get_document_model().objects.values_list("pk", flat=True).iterator():
            changed += documents.extract(document_id, force=not only_changed)
        if verbosity:
            self.stdout.write(f"Document texts extracted: {changed}")
        # Wagtail's rebuild re-indexes every page, each with its linked documents' text.
        call_command("update_index", verbosity=verbosity)
        written = querylog.flush()
        if verbosity:
            self.stdout.write(f"Query counts written: {written}")
        self.stdout.write(self.style.SUCCESS("Search index rebuilt."))
