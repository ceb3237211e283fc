from django.urls import URLPattern, URLResolver, path

from synergies.upcoming import views

app_name = "upcoming"

PARTICIPATION = {"kind": "participation"}
COMMUNICATION = {"kind": "communication"}

urlpatterns: list[URLPattern | URLResolver] = [
    path("coordination/upcoming/", views.upcoming_list, name="list"),
    path("coordination/upcoming.docx", views.upcoming_export, {"fmt": "docx"}, name="export_docx"),
    path("coordination/upcoming.txt", views.upcoming_export, {"fmt": "txt"}, name="export_txt"),
    path("coordination/upcoming.html", views.upcoming_export, {"fmt": "html"}, name="export_html"),
    path("coordination/upcoming/events/<int:pk>/", views.event_checklist, name="event"),
    path(
        "coordination/upcoming/events/<int:pk>/participation/", views.add_item, PARTICIPATION, name="participation_add"
    ),
    path(
        "coordination/upcoming/events/<int:pk>/communication/", views.add_item, COMMUNICATION, name="communication_add"
    ),
    path("coordination/upcoming/events/<int:pk>/not-needed/", views.not_needed, name="not_needed"),
    path("coordination/upcoming/events/<int:pk>/notes/", views.notes, name="notes"),
    path("coordination/upcoming/participation/<int:pk>/", views.edit_item, PARTICIPATION, name="participation_edit"),
    path(
        "coordination/upcoming/participation/<int:pk>/remove/",
        views.remove_item,
        PARTICIPATION,
        name="participation_remove",
    ),
    path("coordination/upcoming/communication/<int:pk>/", views.edit_item, COMMUNICATION, name="communication_edit"),
    path(
        "coordination/upcoming/communication/<int:pk>/remove/",
        views.remove_item,
        COMMUNICATION,
        name="communication_remove",
    ),
]
