"""Being written in this session."""
from django.http import Http404, HttpRequest, HttpResponse


def event_create(request: HttpRequest) -> HttpResponse:
    raise Http404


event_edit = event_cancel = event_postpone = event_history = event_create
