"""Factories for the site's own models, used by the tests and by ``load_demo_content`` alike."""

import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from ..models import HomePage, StandardPage
from .images import illustration
from .pdf import simple_pdf


class ImageFactory(factory.django.DjangoModelFactory):
    """An image drawn with Pillow; its title doubles as alternative text."""

    title = factory.Sequence(lambda n: f"Illustratie {n}")

    class Meta:
        model = get_image_model()

    class Params:
        # Small by default: tests make many images; demo content draws full-size ones itself.
        width_px = 640
        height_px = 360

    @factory.lazy_attribute
    def file(self):
        from django.utils.text import slugify

        data = illustration(self.title, self.width_px, self.height_px)
        return ImageFile(io.BytesIO(data), name=f"{slugify(self.title)[:60]}.png")


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.LazyAttribute(lambda o: ContentFile(simple_pdf(o.title, [o.title]), name="document.pdf"))

    class Meta:
        model = get_document_model()


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Samen bouwen aan een inclusieve samenleving"
    slug = "home"
    hero_message = "Wij werken aan een samenleving waarin iedereen evenwaardig kan participeren."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "Korte inleiding."

    class Meta:
        model = StandardPage
