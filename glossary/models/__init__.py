from .entry import GlossaryEntry
from .page import GlossaryPage

__all__ = ["GlossaryEntry", "GlossaryPage"]
