from django.urls import path

from . import views

app_name = "toolkits"
urlpatterns = [path("<int:pk>/", views.download, name="download")]
