"""The browsable documentation at ``/api/v1/docs``: django-ninja's Swagger UI, served from our own
static files under the strict Content-Security-Policy (no CDN, no inline script).

django-ninja ships the Swagger UI bundle and an init script as static files and passes the settings
as a JSON data block, which the CSP allows (it is never executed). Our template only adds the page's
language and title. See docs/decisions/0501-api-docs-under-csp.md.
"""

from __future__ import annotations

from ninja.openapi.docs import Swagger


class SelfHostedSwagger(Swagger):
    template = "api/swagger.html"

    def __init__(self) -> None:
        # No "Try it out" by default: a reader pastes a token only when they mean to.
        super().__init__(settings={"tryItOutEnabled": False, "persistAuthorization": False})
