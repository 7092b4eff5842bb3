from .delivery import Delivery, Dispatch
from .pages import NewsletterIndexPage, NewsletterPage
from .settings import NewsletterSettings
from .subscriber import Subscriber

__all__ = ["Delivery", "Dispatch", "NewsletterIndexPage", "NewsletterPage", "NewsletterSettings", "Subscriber"]
