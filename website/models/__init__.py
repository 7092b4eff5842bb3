from .base_page import BasePage
from .documents import LinkedDocument
from .home import HomeAudienceLink, HomeFeaturedItem, HomePage
from .standard import StandardPage

__all__ = ["BasePage", "HomeAudienceLink", "HomeFeaturedItem", "HomePage", "LinkedDocument", "StandardPage"]
