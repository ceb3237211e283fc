"""Public URLs of the register. They are a stable contract: partners link to them."""

from django.urls import path, re_path

from synergies.register import views

app_name = "register"

urlpatterns = [
    path("register/", views.register, name="register"),
    re_path(r"^register\.(?P<fmt>csv|xlsx)$", views.register_export, name="register_export"),
    path("register/<slug:key>/", views.activity_detail, name="activity_detail"),
    path("mandates/", views.mandate_list, name="mandate_list"),
    path("mandates/<int:pk>/", views.mandate_detail, name="mandate_detail"),
    path("map/", views.mandate_map, name="map"),
]
