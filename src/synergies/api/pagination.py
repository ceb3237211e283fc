"""Pages of every list: ``page`` (1-based) and ``page_size``, answered in one envelope with the total.

A page costs a constant number of queries: one count, one page of rows, and the prefetches of the
rows' relations, whatever the page size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Schema

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
#: Deep enough for any real list; bounds the offset the database is asked for.
MAX_PAGE = 100_000


class PageQuery(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")
    page_size: int = Field(
        DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description=f"Items per page, at most {MAX_PAGE_SIZE}."
    )


def _page_url(request: HttpRequest, page: int) -> str:
    query = request.GET.copy()
    query["page"] = str(page)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def paginate(
    request: HttpRequest,
    queryset: QuerySet[Any],
    paging: PageQuery,
    render: Callable[[list[Any]], Sequence[dict[str, Any]]],
) -> dict[str, Any]:
    """One page of ``queryset`` in the envelope; ``render`` turns the page's rows into items.

    A page past the end is empty (with the total), so a reader looping over ``next`` simply stops.
    """
    count = queryset.count()
    offset = (paging.page - 1) * paging.page_size
    rows = list(queryset[offset : offset + paging.page_size]) if offset < count else []
    return {
        "count": count,
        "page": paging.page,
        "page_size": paging.page_size,
        "next": _page_url(request, paging.page + 1) if offset + paging.page_size < count else None,
        "previous": _page_url(request, paging.page - 1) if paging.page > 1 else None,
        "items": list(render(rows)),
    }
