from .base_page import BasePage
from .home import HomeFeaturedItem, HomePage
from .standard import StandardPage

__all__ = ["BasePage", "HomeFeaturedItem", "HomePage", "StandardPage"]
