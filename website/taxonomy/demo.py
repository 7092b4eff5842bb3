"""Demo sectors (the other taxonomy terms are made by website/demo/foundation.py)."""

from website.demo.helpers import taxonomy_term
from website.demo.registry import step

from .factories import SectorFactory

SECTORS = [
    ("zorg-en-welzijn", {"nl": "Zorg en welzijn", "fr": "Soins et bien-être", "en": "Care and welfare"}),
    ("industrie", {"nl": "Industrie en logistiek", "fr": "Industrie et logistique", "en": "Industry and logistics"}),
    ("dienstverlening", {"nl": "Dienstverlening", "fr": "Services", "en": "Services"}),
    ("onderwijs", {"nl": "Onderwijs", "fr": "Enseignement", "en": "Education"}),
    ("openbaar-bestuur", {"nl": "Openbaar bestuur", "fr": "Administration publique", "en": "Public administration"}),
    ("media-en-cultuur", {"nl": "Media en cultuur", "fr": "Médias et culture", "en": "Media and culture"}),
    ("huisvesting", {"nl": "Huisvesting", "fr": "Logement", "en": "Housing"}),
]


@step(15)
def sectors(ctx):
    for order, (slug, names) in enumerate(SECTORS):
        taxonomy_term(ctx, SectorFactory, slug, order, {code: (name, "") for code, name in names.items()})
