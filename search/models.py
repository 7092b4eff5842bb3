"""What search keeps besides Wagtail's own index: text of documents, and counts of queries."""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentText(models.Model):
    """Plain text extracted from an uploaded document (PDF), one row per document.

    Extraction is slow (seconds for a large PDF), so it runs once per upload/replace in a
    background task and its result is kept here; indexing a page that links to the document
    then reads this text instead of parsing the file again. ``file_hash`` tells whether the
    file changed since the text was extracted.
    """

    document = models.OneToOneField(
        "wagtaildocs.Document", on_delete=models.CASCADE, related_name="search_text", verbose_name=_("document")
    )
    text = models.TextField(_("text"), blank=True)
    file_hash = models.CharField(_("file hash"), max_length=64, blank=True)
    error = models.CharField(_("error"), max_length=255, blank=True)
    extracted_at = models.DateTimeField(_("extracted at"), auto_now=True)

    class Meta:
        verbose_name = _("document text")
        verbose_name_plural = _("document texts")

    def __str__(self):
        return str(self.document_id)


class QueryStat(models.Model):
    """How often a query was asked per language and day, and how often it found nothing.

    Editors read it in the admin report to see what visitors look for and miss. Rows are written
    in batches from a per-process buffer (see ``querylog``), never once per search request.
    """

    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("query"), max_length=200)
    day = models.DateField(_("day"))
    hits = models.PositiveIntegerField(_("searches"), default=0)
    zero_hits = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search query statistic")
        verbose_name_plural = _("search query statistics")
        constraints = [models.UniqueConstraint(fields=["language", "query", "day"], name="search_querystat_unique")]
        indexes = [models.Index(fields=["language", "day"])]

    def __str__(self):
        return f"{self.language}: {self.query}"


class AutocompleteEntry(models.Model):
    """The title vector of each page in Wagtail's search index, with the page's locale (PostgreSQL).

    Suggestions match a prefix of two or three letters against every title, which finds thousands
    of pages in a large site. Read from Wagtail's index rows, each of which also holds the page's
    whole body vector and text, that was most of a suggestion's time. These rows are narrow and
    carry the locale, so a prefix reads a few hundred table blocks instead of thousands.

    A database trigger on Wagtail's index table keeps it in step with whatever writes the index
    (publishing, editing, deleting, the rebuild command): see migration 0005. Visibility (live,
    public) is still checked on the page table at query time, as for every search. The table
    exists on PostgreSQL only; the stock backend elsewhere never reads it.
    """

    entry_id = models.IntegerField(primary_key=True)  # Wagtail's IndexEntry id (no foreign key: Wagtail owns it)
    page_id = models.IntegerField()
    locale_id = models.IntegerField()
    content_type_id = models.IntegerField()
    autocomplete = SearchVectorField()

    class Meta:
        managed = False  # created, filled and kept in step by migration 0005's SQL
        db_table = "search_autocompleteentry"

    def __str__(self):
        return str(self.page_id)


class PendingIndexUpdate(models.Model):
    """A page whose entry in the search engine still has to be written (OpenSearch only).

    Publishing enqueues a background task; when the engine is unreachable the task leaves the
    page here instead of losing it, and every later successful sync (or ``search_index
    --pending``, or the retry task scheduled with a delay) writes what is waiting. A row per page,
    however often it changed: the task reads the page as it is when the engine is back.
    """

    page_id = models.IntegerField(_("page id"), primary_key=True)
    queued_at = models.DateTimeField(_("queued at"), auto_now=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)

    class Meta:
        verbose_name = _("pending search index update")
        verbose_name_plural = _("pending search index updates")

    def __str__(self):
        return str(self.page_id)
