from .index import RecommendationIndexPage
from .recommendation import RecommendationPage, RelatedPractice, StatusChange

__all__ = ["RecommendationIndexPage", "RecommendationPage", "RelatedPractice", "StatusChange"]
