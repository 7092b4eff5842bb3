"""wagtail-localize's translation editor, with the two strings its compiled bundle hard-codes in English.

wagtail-localize 1.14 builds the editor's heading as the JavaScript template
`${source} to ${target} translation` and labels its footer menu "More actions", with no ``gettext``
call, so no catalogue can translate either: a Dutch or French translator read "Nederlands to
Français translation". Rewriting the text after React has rendered it left the editor blank, so the
bundle itself is patched: a static-files finder, listed first, serves (and hands ``collectstatic``)
a copy of ``wagtail_localize/js/wagtail-localize.js`` whose two strings read the translations the
editor's template puts on the page (``{% localize_editor_strings %}``, a JSON element: no inline
script under the admin's CSP). If an upgrade changes the bundle so that a string is not found
exactly where expected, the original bundle is served unchanged (English strings, nothing broken)
and ``website/tests/test_localize_bundle.py`` fails, saying which string moved.
"""

import hashlib
import logging
import tempfile
from pathlib import Path

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

BUNDLE = "wagtail_localize/js/wagtail-localize.js"
STRINGS_ELEMENT_ID = "levl-localize-strings"

# Each found exactly this many times in wagtail-localize 1.14's bundle (two editor layouts).
REPLACEMENTS = {
    '"w-sr-only"},"More actions")': '"w-sr-only"},levlLocalizeString("moreActions","More actions"))',
    "`${r.sourceLocale.displayName} to ${r.locale.displayName} translation`": (
        'levlLocalizeString("title","%(source)s to %(target)s translation")'
        '.replace("%(source)s",r.sourceLocale.displayName).replace("%(target)s",r.locale.displayName)'
    ),
}
EXPECTED_COUNT = 2
PRELUDE = (
    "/* LEVL: translated strings for the two texts this bundle hard-codes (website/workarounds/localize_bundle.py). */\n"
    "function levlLocalizeString(key,fallback){"
    f'var el=document.getElementById("{STRINGS_ELEMENT_ID}");'
    "try{var s=el?JSON.parse(el.textContent):{};return s[key]||fallback}catch(e){return fallback}}\n"
)


def editor_strings() -> dict:
    """The two strings in the admin user's language (the template renders them)."""
    return {
        "title": _("%(source)s to %(target)s translation"),
        "moreActions": _("More actions"),
    }


def missing_replacements(source: str) -> list[str]:
    """The strings not found exactly ``EXPECTED_COUNT`` times in ``source`` (empty: the patch fits)."""
    return [needle for needle in REPLACEMENTS if source.count(needle) != EXPECTED_COUNT]


def patch(source: str) -> str:
    for needle, replacement in REPLACEMENTS.items():
        source = source.replace(needle, replacement)
    return PRELUDE + source


def original_bundle() -> Path:
    """wagtail-localize's own file, as the app-directories finder finds it."""
    found = finders.AppDirectoriesFinder().find(BUNDLE)
    if not found:
        raise FileNotFoundError(BUNDLE)
    return Path(found)


def patched_root() -> Path | None:
    """A directory holding the patched bundle at ``BUNDLE``, or ``None`` when the patch no longer
    fits the installed bundle. Keyed by the bundle's content, so an upgrade writes a fresh copy;
    rewritten if a temp-directory cleaner removed it. Only static serving without collectstatic
    (runserver, the test servers) and collectstatic itself ask, so it is not memoised."""
    source = original_bundle().read_text(encoding="utf-8")
    missing = missing_replacements(source)
    if missing:
        logger.warning("wagtail-localize's bundle changed; its strings stay English: %s not found", missing)
        return None
    digest = hashlib.sha256(source.encode()).hexdigest()[:16]
    root = Path(tempfile.gettempdir()) / f"levl-localize-bundle-{digest}"
    target = root / BUNDLE
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".partial")
        partial.write_text(patch(source), encoding="utf-8")
        partial.replace(target)  # atomic: a second process never serves half a file
    return root


class PatchedLocalizeBundleFinder(BaseFinder):
    """Finds the patched bundle for ``BUNDLE`` and nothing else; listed before the app finders."""

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        root = patched_root() if path == BUNDLE else None
        if root is None:
            return [] if find_all else None
        found = str(root / BUNDLE)
        return [found] if find_all else found

    def list(self, ignore_patterns):
        root = patched_root()
        if root is not None:
            yield BUNDLE, FileSystemStorage(location=str(root))
