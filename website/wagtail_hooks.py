from wagtail import hooks

from .translation_panel import TranslationsToDoPanel


@hooks.register("construct_homepage_panels")
def translations_to_do(request, panels):
    """Everyone who may edit a translated language sees what waits to be translated in it."""
    panels.append(TranslationsToDoPanel(request.user))
