"""Public URLs of the register. They are a stable contract: partners link to them."""

from django.urls import path, re_path

from synergies.register import editing, views

app_name = "register"

urlpatterns = [
    path("register/", views.register, name="register"),
    re_path(r"^register\.(?P<fmt>csv|xlsx)$", views.register_export, name="register_export"),
    path("register/new/", editing.activity_create, name="activity_create"),
    path("register/<slug:key>/", views.activity_detail, name="activity_detail"),
    path("register/<slug:key>/edit/", editing.activity_edit, name="activity_edit"),
    path("mandates/", views.mandate_list, name="mandate_list"),
    path("mandates/new/", editing.mandate_create, name="mandate_create"),
    path("mandates/<int:pk>/", views.mandate_detail, name="mandate_detail"),
    path("mandates/<int:pk>/edit/", editing.mandate_edit, name="mandate_edit"),
    path("areas/new/", editing.area_create, name="area_create"),
    path("areas/<slug:slug>/edit/", editing.area_edit, name="area_edit"),
    path("focal-points/new/", editing.focal_point_create, name="focal_point_create"),
    path("focal-points/<int:pk>/edit/", editing.focal_point_edit, name="focal_point_edit"),
    path("stories/new/", editing.story_create, name="story_create"),
    path("stories/<int:pk>/edit/", editing.story_edit, name="story_edit"),
    path("map/", views.mandate_map, name="map"),
]
