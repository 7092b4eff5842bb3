from .base_page import BasePage
from .documents import LinkedDocument
from .home import HomeFeaturedItem, HomePage
from .standard import StandardPage

__all__ = ["BasePage", "LinkedDocument", "HomeFeaturedItem", "HomePage", "StandardPage"]
