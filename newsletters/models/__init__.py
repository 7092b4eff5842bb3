from .delivery import Delivery, Dispatch
from .pages import NewsletterIndexPage, NewsletterPage
from .subscriber import Subscriber

__all__ = ["Delivery", "Dispatch", "NewsletterIndexPage", "NewsletterPage", "Subscriber"]
