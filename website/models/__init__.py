from .base_page import BasePage
from .home import HomeAudienceLink, HomeFeaturedItem, HomePage
from .standard import StandardPage

__all__ = ["BasePage", "HomeAudienceLink", "HomeFeaturedItem", "HomePage", "StandardPage"]
