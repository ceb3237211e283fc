from django.urls import URLPattern, URLResolver, path

from synergies.federation import views

app_name = "federation"

urlpatterns: list[URLPattern | URLResolver] = [
    path("informea/meetings", views.informea_meetings, name="informea_meetings"),
    path("embed/events/", views.embed_events, name="embed_events"),
]
