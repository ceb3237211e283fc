from django.urls import URLPattern, URLResolver

app_name = "upcoming"

urlpatterns: list[URLPattern | URLResolver] = []
