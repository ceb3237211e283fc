"""Public URLs of the calendar. They are a stable contract: calendars subscribe to them."""

from django.urls import path, re_path

from synergies.calendar.views import editing, exports, public

app_name = "calendar"

urlpatterns = [
    path("", public.home, name="home"),
    path("events/", public.event_list, name="event_list"),
    re_path(r"^events\.(?P<fmt>ics|atom|csv|xlsx)$", exports.event_feed, name="event_feed"),
    path("events/new/", editing.event_create, name="event_create"),
    path("events/<int:pk>/", public.event_detail, name="event_detail"),
    path("events/<int:pk>.ics", exports.event_ics, name="event_ics"),
    path("events/<int:pk>/edit/", editing.event_edit, name="event_edit"),
    path("events/<int:pk>/cancel/", editing.event_cancel, name="event_cancel"),
    path("events/<int:pk>/postpone/", editing.event_postpone, name="event_postpone"),
    path("events/<int:pk>/history/", editing.event_history, name="event_history"),
]
