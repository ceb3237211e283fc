from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("synergies.calendar.urls")),
    path("", include("synergies.alignment.urls")),
    path("", include("synergies.register.urls")),
    path("", include("synergies.upcoming.urls")),
    path("", include("synergies.digests.urls")),
    path("", include("synergies.federation.urls")),
    path("", include("synergies.api.urls")),
    path("accounts/", include("synergies.accounts.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
