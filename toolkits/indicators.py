"""The indicators dashboard's figures for this app (discovered by indicators.registry)."""

from django.utils.translation import gettext_lazy as _

from indicators.registry import PageCount, Total, register

from .models import DownloadCounter, ToolkitPage, ToolkitResource


class ResourceDownloads(Total):
    """Downloads per toolkit resource, across the languages of its page: the counter is keyed by
    the resource's translation key (``DownloadCounter``), so a resource is named by its title in
    the default language where it has one."""

    def available(self):
        return True

    def rows(self):
        from wagtail.models import Locale

        counts = dict(DownloadCounter.objects.filter(count__gt=0).values_list("key", "count"))
        default = Locale.get_default().pk
        titles = {}
        resources = ToolkitResource.objects.filter(translation_key__in=counts).select_related("document")
        for resource in sorted(resources, key=lambda r: r.locale_id != default):
            titles.setdefault(resource.translation_key, resource.display_title)
        rows = sorted(((titles[key], n) for key, n in counts.items() if key in titles), key=lambda r: (-r[1], r[0]))
        return rows[: self.limit]


register(PageCount("toolkits", _("Toolkits published"), "toolkits", order=70, models=[ToolkitPage]))
register(ResourceDownloads("downloads", _("Downloads per toolkit resource"), order=90))
