"""RSS feed of the sent issues of one language's newsletter archive."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Rss201rev2Feed

from .emails import absolute


class IssueFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, archive):
        super().__init__()
        self.archive = archive

    def title(self):
        return f"LEVL · {self.archive.title}"

    def link(self):
        return absolute(self.archive.get_url())

    def description(self):
        return self.archive.intro or self.archive.title

    def items(self):
        return list(self.archive.sent_issues().only("id", "title", "intro", "url_path", "sent_at", "locale_id")[:30])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return absolute(item.get_url())

    def item_pubdate(self, item):
        return item.sent_at
