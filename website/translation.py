"""Create real wagtail-localize translations from text we already have (demo content, imports).

The page is translated through wagtail-localize's own PO import, exactly as if an editor had
uploaded a translated PO file, so the result stays editable and syncable in its editor.
Translated text is given as a copy of the source page with the target language's values: its
segments are extracted the same way and paired in order with the source's.
"""

import copy

import polib
from django.db import transaction
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


class TranslationMismatch(ValueError):
    """The translated copy does not have the same structure as the source."""


def _copy_block_ids(source, target) -> None:
    """Give the translated stream the source's block ids, so both extract to the same paths."""
    if isinstance(source, StreamValue) and isinstance(target, StreamValue):
        for source_child, target_child in zip(source, target, strict=False):
            target_child.id = source_child.id
            _copy_block_ids(source_child.value, target_child.value)
    elif isinstance(source, ListValue) and isinstance(target, ListValue):
        for source_child, target_child in zip(source.bound_blocks, target.bound_blocks, strict=False):
            target_child.id = source_child.id
            _copy_block_ids(source_child.value, target_child.value)
    elif isinstance(source, StructValue) and isinstance(target, StructValue):
        for name in source:
            if name in target:
                _copy_block_ids(source[name], target[name])


def _strings(instance) -> list[StringSegmentValue]:
    return [segment for segment in extract_segments(instance) if isinstance(segment, StringSegmentValue)]


@transaction.atomic
def translate(source_instance, locale, values: dict, publish: bool = True):
    """Translate ``source_instance`` into ``locale``; ``values`` maps field name to translated value.

    Returns the translated instance. Running it again updates the translation in place.
    """
    source_instance = getattr(source_instance, "specific", source_instance)
    translated = copy.deepcopy(source_instance)
    for field, value in values.items():
        setattr(translated, field, value)
        _copy_block_ids(getattr(source_instance, field), getattr(translated, field))

    source_segments = _strings(source_instance)
    target_segments = _strings(translated)
    if len(source_segments) != len(target_segments):
        raise TranslationMismatch(
            f"{source_instance!r}: {len(source_segments)} source strings but {len(target_segments)} translated"
        )
    pairs = {
        (source.path, source.string.data): target.string.data
        for source, target in zip(source_segments, target_segments, strict=True)
    }

    source, created = TranslationSource.get_or_create_from_instance(source_instance)
    if not created:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale, defaults={"enabled": True})
    po = translation.export_po()
    for entry in po:
        entry.msgstr = pairs.get((entry.msgctxt, entry.msgid), entry.msgid)
    translation.import_po(polib.pofile(str(po)))
    if isinstance(source_instance, Page):
        # wagtail-localize defers publishing to transaction.on_commit; publish now instead, so the
        # translation is live inside the caller's transaction too (demo command, tests).
        source.create_or_update_translation(locale, publish=False, fallback=True, copy_parent_pages=True)
        target = source_instance.get_translation(locale)
        if publish:
            target.get_latest_revision().publish()
        return target.specific
    translation.save_target()
    return source_instance.get_translation(locale)
