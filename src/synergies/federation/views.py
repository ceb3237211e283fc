"""Pages and answers for other clearing houses: the InforMEA meetings service and the embeddable list."""

from __future__ import annotations

from csp.decorators import csp_replace
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET

from synergies.federation import embed, informea


@require_GET
def informea_meetings(request: HttpRequest) -> JsonResponse:
    """``/informea/meetings``: our public meetings in InforMEA's fields, for incremental reads."""
    try:
        query = informea.parse_query(request.GET.dict())
    except informea.BadQuery as error:
        return JsonResponse({"error": {"code": "BadRequest", "message": str(error)}}, status=400)
    total, events = informea.meetings(query)
    base = request.build_absolute_uri(reverse("federation:informea_meetings"))
    answer: dict[str, object] = {
        "@odata.context": base,
        "@odata.count": total,
        "value": [informea.meeting_record(e, request.build_absolute_uri(e.get_absolute_url())) for e in events],
    }
    if query.skip + query.top < total:
        params = request.GET.copy()
        params["$skip"] = str(query.skip + query.top)
        params["$top"] = str(query.top)
        answer["@odata.nextLink"] = f"{base}?{params.urlencode(safe='$')}"
    return JsonResponse(answer, json_dumps_params={"ensure_ascii": False})


@require_GET
@xframe_options_exempt
@csp_replace({"frame-ancestors": ["*"]})
def embed_events(request: HttpRequest) -> HttpResponse:
    """``/embed/events/?<filters>``: the coming public events, compact, for a partner's iframe."""
    widget = embed.build(request)
    return render(request, "federation/embed_events.html", {"widget": widget}, status=400 if widget.errors else 200)
