from django.urls import URLPattern, URLResolver, path

from synergies.digests import views

app_name = "digests"

urlpatterns: list[URLPattern | URLResolver] = [
    path("coordination/digests/", views.subscription_list, name="subscription_list"),
    path("coordination/digests/new/", views.subscription_create, name="subscription_create"),
    path("coordination/digests/<int:pk>/", views.subscription_edit, name="subscription_edit"),
    path("coordination/digests/<int:pk>/delete/", views.subscription_delete, name="subscription_delete"),
]
