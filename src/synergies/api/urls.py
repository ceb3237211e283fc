from django.urls import URLPattern, URLResolver, path

from synergies.api import views
from synergies.api.main import api

app_name = "api"

urlpatterns: list[URLPattern | URLResolver] = [
    path("api/v1/", api.urls),
    path("accounts/tokens/", views.token_list, name="tokens"),
    path("accounts/tokens/<int:pk>/revoke/", views.token_revoke, name="token_revoke"),
]
