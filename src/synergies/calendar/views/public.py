"""Being written in this session."""
from django.http import Http404, HttpRequest, HttpResponse


def home(request: HttpRequest) -> HttpResponse:
    raise Http404


event_list = event_detail = home
