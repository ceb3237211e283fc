"""``synergies demo``: set up the embedded SQLite database with the demo data and serve the site."""

from __future__ import annotations

import secrets
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from rich.console import Console

from synergies.accounts.models import Membership
from synergies.core.models import DemoDataset
from synergies.directory.models import Organization

#: Accounts made for trying the site: (username, superuser?, organization the user edits for).
DEMO_ACCOUNTS: list[tuple[str, bool, str | None]] = [
    ("demo-admin", True, None),
    ("demo-editor-brs", False, "BRS"),
    ("demo-editor-chemicals", False, "UNEP-CHEM"),
]


class Command(BaseCommand):
    help = (
        "Migrate the embedded SQLite database, load the demo data set (once) and serve the site on "
        "http://127.0.0.1:8000/."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000", help="Address and port to serve on.")
        parser.add_argument("--no-serve", action="store_true", help="Set up and load, but do not start the server.")
        parser.add_argument(
            "--allow-any-database",
            action="store_true",
            help="Load the demo set even when DATABASE_URL points at another database than SQLite.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        console = Console(stderr=True)
        if connection.vendor != "sqlite" and not options["allow_any_database"]:
            raise CommandError(
                "The demo data set is meant for the embedded SQLite database, but DATABASE_URL points at "
                f"{connection.vendor}. Unset DATABASE_URL, or pass --allow-any-database if you really want it there."
            )
        with console.status("Preparing the database…"):
            call_command("migrate", interactive=False, verbosity=0)
        if DemoDataset.objects.exists():
            console.print("The demo data set is already loaded.")
        else:
            from synergies.demo.loader import load_demo_data
            from synergies.register.loader import load_register

            with console.status("Loading the demo data set…") as status:
                counts = load_demo_data(progress=lambda message: status.update(message))
                # The register links its activities to the demo's meetings: load it after them.
                counts |= load_register(progress=lambda message: status.update(message))
            console.print("Loaded: " + ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in counts.items()))
        self._reset_demo_accounts(console)
        if options["no_serve"]:
            return
        console.print(f"Serving on http://{options['addrport']}/ — press Ctrl+C to stop.")
        call_command("runserver", options["addrport"], use_reloader=False, use_threading=True)

    def _reset_demo_accounts(self, console: Console) -> None:
        """(Re)create the demo accounts with fresh random passwords, printed once."""
        user_model = get_user_model()
        lines = []
        for username, superuser, acronym in DEMO_ACCOUNTS:
            password = secrets.token_urlsafe(9)
            user, _ = user_model.objects.get_or_create(username=username)
            user.is_staff = user.is_superuser = superuser
            user.set_password(password)
            user.save()
            organization = Organization.objects.filter(acronym=acronym).first() if acronym else None
            if organization is not None:
                Membership.objects.update_or_create(
                    user=user, organization=organization, defaults={"role": Membership.Role.EDITOR}
                )
            role = "administrator" if superuser else f"editor for {acronym}"
            lines.append(f"  {username:<24} {password:<16} {role}")
        console.print("Demo accounts (new passwords at every start; demo database only):")
        for line in lines:
            console.print(line, highlight=False)
        if settings.DEBUG:
            console.print("DEBUG is on.")
