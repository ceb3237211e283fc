"""Being written in this session."""
from django.http import Http404, HttpRequest, HttpResponse


def event_feed(request: HttpRequest, fmt: str) -> HttpResponse:
    raise Http404


def event_ics(request: HttpRequest, pk: int) -> HttpResponse:
    raise Http404
