from .campaign import CampaignMaterial, CampaignPage, CampaignRelatedPage
from .index import CampaignIndexPage

__all__ = ["CampaignIndexPage", "CampaignMaterial", "CampaignPage", "CampaignRelatedPage"]
