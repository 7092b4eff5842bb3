"""Machine-readable URLs outside the language prefix: one sitemap and robots.txt per host."""

from django.urls import path

from . import views

urlpatterns = [
    path("sitemap.xml", views.sitemap_view, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("feeds/<int:page_id>/<str:kind>/", views.feed_view, name="feed"),
]
