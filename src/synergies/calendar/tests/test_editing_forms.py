"""The event form as an editor uses it: what it offers, what it refuses (at the field), what it saves.

The helpers read the form from the page and send it back the way a browser does, so the tests
exercise the real page. All data here is synthetic.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from html.parser import HTMLParser
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from synergies.calendar.models import Event, EventLink
from synergies.directory.models import Country, Organization
from synergies.testing import aware, make_event, make_organization, make_user

pytestmark = pytest.mark.django_db

CREATE_URL = reverse("calendar:event_create")


class _FormReader(HTMLParser):
    """Collects what a browser would submit for each <form> without an action attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[list[tuple[str, str]]] = []
        self._current: list[tuple[str, str]] | None = None
        self._select: dict[str, Any] | None = None
        self._textarea: str | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {name: value or "" for name, value in attrs_list}
        if tag == "form":
            self._current = [] if "action" not in attrs else None
            if self._current is not None:
                self.forms.append(self._current)
        if self._current is None:
            return
        if tag == "input" and attrs.get("name"):
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs_list_names(attrs_list):
                return
            if kind in ("submit", "button"):
                return
            self._current.append((attrs["name"], attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select":
            self._select = {"name": attrs.get("name"), "multiple": "multiple" in attrs, "chosen": [], "first": None}
        elif tag == "option" and self._select is not None:
            value = attrs.get("value", "")
            if self._select["first"] is None:
                self._select["first"] = value
            if "selected" in attrs_list_names(attrs_list):
                self._select["chosen"].append(value)
        elif tag == "textarea":
            self._textarea = attrs.get("name")
            self._text = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "select" and self._select is not None and self._current is not None:
            chosen = self._select["chosen"]
            if not chosen and not self._select["multiple"] and self._select["first"] is not None:
                chosen = [self._select["first"]]
            self._current += [(self._select["name"], value) for value in chosen]
            self._select = None
        elif tag == "textarea" and self._textarea and self._current is not None:
            self._current.append((self._textarea, self._text.removeprefix("\n")))
            self._textarea = None
        elif tag == "form":
            self._current = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self._text += data


def attrs_list_names(attrs_list: list[tuple[str, str | None]]) -> set[str]:
    return {name for name, _value in attrs_list}


def form_on_page(client: Client, url: str) -> dict[str, list[str]]:
    """The values of the page's own form, as the browser would send them unchanged."""
    response = client.get(url)
    assert response.status_code == 200
    reader = _FormReader()
    reader.feed(response.content.decode())
    values: dict[str, list[str]] = {}
    for name, value in reader.forms[-1]:
        values.setdefault(name, []).append(value)
    return values


def submit(client: Client, url: str, **changes: Any) -> Any:
    """Open the form at ``url``, change some fields (a list for several values, None to clear) and send it."""
    values = form_on_page(client, url)
    for name, value in changes.items():
        name = name.replace("__", "-")
        if value is None:
            values.pop(name, None)
        else:
            values[name] = value if isinstance(value, list) else [value]
    return client.post(url, values)


def new_event_values(**changes: Any) -> dict[str, Any]:
    """A complete, valid new event for the organization TESTORG (synthetic)."""
    values: dict[str, Any] = {
        "title": "Synthetic form-test workshop",
        "kind": "workshop",
        "status": "confirmed",
        "visibility": "public",
        "attendance_mode": "in_person",
        "all_day": "True",
        "date_precision": "day",
        "start_date": "2030-05-04",
        "end_date": "2030-05-06",
        "timezone": "Europe/Zurich",
        "city": "Geneva",
        "country": "CH",
        "lead_organizers": ["TESTORG"],
        "links-TOTAL_FORMS": "0",
        "links-INITIAL_FORMS": "0",
    }
    values.update(changes)
    return values


def errors_at(response: Any, field: str) -> list[str]:
    form = response.context["form"]
    return [str(message) for message in form.errors.get(field, [])]


# --- What the form offers -----------------------------------------------------------------------


def test_new_event_form_has_a_label_for_every_control(editor_client: Client) -> None:
    response = editor_client.get(CREATE_URL)
    html = response.content.decode()
    form = response.context["form"]
    for name in (
        "title",
        "start_date",
        "end_date",
        "start_at",
        "end_at",
        "timezone",
        "country",
        "online_url",
        "bodies",
        "target_countries",
        "parent",
        "website",
        "registration_url",
        "internal_notes",
        "contact_name",
        "contact_email",
    ):
        assert f'<label for="id_{name}"' in html, name
    for name in (
        "visibility",
        "attendance_mode",
        "all_day",
        "lead_organizers",
        "co_organizers",
        "instruments",
        "topics",
        "target_regions",
        "languages",
    ):
        assert form[name].use_fieldset, name
    assert "<legend>Internal — staff only</legend>" in html
    assert 'type="datetime-local"' in html and 'type="date"' in html
    # No inline script or style (strict CSP); the one script is a static file (htmx, for the planning assistant).
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/static/django_htmx/htmx-2.min.js" defer>']
    assert "style=" not in html


def test_organizer_choices_are_only_the_organizations_the_editor_edits_for(
    editor_client: Client, organization: Organization
) -> None:
    make_organization("OTHERORG")
    form = editor_client.get(CREATE_URL).context["form"]
    assert [o.acronym for o in form.fields["lead_organizers"].queryset] == ["TESTORG"]
    assert [o.acronym for o in form.fields["co_organizers"].queryset] == ["TESTORG"]


def test_administrator_may_choose_any_organizer(admin_user: Any, organization: Organization) -> None:
    make_organization("OTHERORG")
    client = Client()
    client.force_login(admin_user)
    form = client.get(CREATE_URL).context["form"]
    assert {o.acronym for o in form.fields["lead_organizers"].queryset} == {"TESTORG", "OTHERORG"}


def test_time_zone_select_lists_iana_names_grouped_by_area(editor_client: Client) -> None:
    form = editor_client.get(CREATE_URL).context["form"]
    groups = dict(form.fields["timezone"].choices)
    assert groups["UTC"] == [("UTC", "UTC")]
    assert ("Europe/Zurich", "Europe/Zurich") in groups["Europe"]
    assert ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos Aires") in groups["America"]


# --- Saving -------------------------------------------------------------------------------------


def test_editor_creates_an_all_day_event_with_every_kind_of_field(editor_client: Client, editor: Any) -> None:
    make_organization("PARTNER")
    host = make_event(title="Synthetic host conference", kind="cop", start=date(2030, 5, 1), end=date(2030, 5, 10))
    response = editor_client.post(
        CREATE_URL,
        new_event_values(
            description="A synthetic description.",
            venue="Synthetic venue",
            instruments=["minamata"],
            bodies=["mc-cop"],
            topics=["mercury"],
            target_regions=["africa"],
            target_countries=["KE", "NG"],
            languages=["en", "fr"],
            parent=str(host.pk),
            website="https://example.org/meeting",
            registration_url="https://example.org/register",
            internal_notes="Synthetic internal note",
            contact_name="Synthetic Contact",
            contact_email="contact@example.org",
            **{
                "links-TOTAL_FORMS": "1",
                "links-INITIAL_FORMS": "0",
                "links-0-kind": "documents",
                "links-0-title": "Synthetic documents",
                "links-0-url": "https://example.org/docs",
            },
        ),
    )
    event = Event.objects.get(title="Synthetic form-test workshop")
    assert response.status_code == 302
    assert response["Location"] == f"/events/{event.pk}/"
    assert (event.start_date, event.end_date, event.all_day, event.timezone) == (
        date(2030, 5, 4),
        date(2030, 5, 6),
        True,
        "Europe/Zurich",
    )
    assert event.country is not None
    assert (event.venue, event.city, event.country.code) == ("Synthetic venue", "Geneva", "CH")
    assert [o.acronym for o in event.lead_organizers] == ["TESTORG"]
    assert [i.code for i in event.instruments.all()] == ["minamata"]
    assert [b.code for b in event.bodies.all()] == ["mc-cop"]
    assert [t.slug for t in event.topics.all()] == ["mercury"]
    assert [r.code for r in event.target_regions.all()] == ["africa"]
    assert sorted(c.code for c in event.target_countries.all()) == ["KE", "NG"]
    assert event.languages == ["en", "fr"]
    assert event.parent == host
    assert (event.website, event.registration_url) == ("https://example.org/meeting", "https://example.org/register")
    assert (event.internal_notes, event.contact_name, event.contact_email) == (
        "Synthetic internal note",
        "Synthetic Contact",
        "contact@example.org",
    )
    assert [(link.kind, link.title, link.url) for link in event.links.all()] == [
        ("documents", "Synthetic documents", "https://example.org/docs")
    ]
    assert event.history.get().history_user == editor


def test_one_day_event_needs_no_last_day(editor_client: Client) -> None:
    editor_client.post(CREATE_URL, new_event_values(end_date=""))
    event = Event.objects.get()
    assert (event.start_date, event.end_date) == (date(2030, 5, 4), date(2030, 5, 4))


def test_times_are_read_in_the_chosen_time_zone(editor_client: Client) -> None:
    response = editor_client.post(
        CREATE_URL,
        new_event_values(
            all_day="False",
            start_date="",
            end_date="",
            start_at="2030-06-02T18:00",
            end_at="2030-06-02T23:30",
            timezone="Africa/Nairobi",
            city="Nairobi",
            country="KE",
        ),
    )
    assert response.status_code == 302
    event = Event.objects.get()
    assert (event.start_at, event.end_at) == (aware(2030, 6, 2, 15, 0), aware(2030, 6, 2, 20, 30))
    assert event.timezone == "Africa/Nairobi"


def test_edit_form_shows_local_times_and_saves_them_back_unchanged(
    editor_client: Client, organization: Organization
) -> None:
    event = make_event(
        all_day=False,
        timezone="Asia/Bangkok",
        start=datetime(2030, 6, 2, 9, 0),
        end=datetime(2030, 6, 2, 17, 0),
        city="Bangkok",
        country=Country.objects.get(code="TH"),
        lead_organizers=[organization],
    )
    url = reverse("calendar:event_edit", args=[event.pk])
    values = form_on_page(editor_client, url)
    assert (values["start_at"], values["end_at"], values["timezone"]) == (
        ["2030-06-02T09:00"],
        ["2030-06-02T17:00"],
        ["Asia/Bangkok"],
    )
    response = submit(editor_client, url, title="Synthetic renamed meeting")
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.start_at, event.end_at, event.version) == (
        "Synthetic renamed meeting",
        aware(2030, 6, 2, 2, 0),
        aware(2030, 6, 2, 10, 0),
        2,
    )


def test_links_can_be_added_and_removed(editor_client: Client, organization: Organization) -> None:
    event = make_event(lead_organizers=[organization])
    url = reverse("calendar:event_edit", args=[event.pk])
    submit(
        editor_client,
        url,
        links__0__kind="report",
        links__0__title="Synthetic report",
        links__0__url="https://example.org/report",
    )
    assert [link.title for link in EventLink.objects.filter(event=event)] == ["Synthetic report"]
    submit(editor_client, url, links__0__DELETE="on")
    assert not EventLink.objects.filter(event=event).exists()


def test_editor_keeps_other_organizations_already_on_the_event(
    editor_client: Client, organization: Organization
) -> None:
    partner = make_organization("PARTNER")
    event = make_event(lead_organizers=[organization], co_organizers=[partner])
    response = submit(editor_client, reverse("calendar:event_edit", args=[event.pk]), title="Synthetic new title")
    assert response.status_code == 302
    assert sorted((link.role, link.organization.acronym) for link in event.event_organizers.all()) == [
        ("co", "PARTNER"),
        ("lead", "TESTORG"),
    ]


# --- Refusals, each at its field ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"start_date": "2030-05-06", "end_date": "2030-05-04"},
            "end_date",
            "The event ends (2030-05-04) before it starts (2030-05-06).",
        ),
        (
            {"all_day": "False", "start_at": "2030-05-04T10:00", "end_at": "2030-05-04T09:00"},
            "end_at",
            "The event ends before it starts.",
        ),
        (
            {"timezone": "Mars/Olympus_Mons"},
            "timezone",
            "“Mars/Olympus_Mons” is not a known time zone; choose one from the list, such as Europe/Zurich.",
        ),
        ({"country": "XX"}, "country", "There is no country with the code “XX”; choose a country from the list."),
        ({"target_countries": ["KE", "QQ"]}, "target_countries", "There is no country with the code “QQ”."),
        (
            {"website": "not a web address"},
            "website",
            "Enter a full web address starting with https:// or http://, such as https://www.example.org/.",
        ),
        (
            {"online_url": "javascript:alert(1)"},
            "online_url",
            "Enter a full web address starting with https:// or http://, such as https://www.example.org/.",
        ),
        ({"contact_email": "nobody"}, "contact_email", "Enter an e-mail address such as name@example.org."),
        ({"title": "   "}, "title", "This field is required."),
        ({"start_date": ""}, "start_date", "Give the first day of the event."),
        ({"all_day": "False"}, "start_at", "Give the date and time the event starts."),
        ({"lead_organizers": []}, "lead_organizers", "Name at least one lead organizer."),
        (
            {"lead_organizers": ["TESTORG"], "co_organizers": ["TESTORG"]},
            "co_organizers",
            "An organization cannot be both lead and co-organizer.",
        ),
        ({"city": "", "country": ""}, "city", "Give the city or venue, or mark the event as online."),
    ],
)
def test_bad_input_is_refused_at_its_field_and_nothing_is_saved(
    editor_client: Client, changes: dict[str, Any], field: str, message: str
) -> None:
    response = editor_client.post(CREATE_URL, new_event_values(**changes))
    assert response.status_code == 400
    assert errors_at(response, field) == [message]
    assert not Event.objects.exists()


def test_error_is_announced_and_tied_to_its_input(editor_client: Client) -> None:
    response = editor_client.post(CREATE_URL, new_event_values(start_date="2030-05-06", end_date="2030-05-04"))
    html = response.content.decode()
    assert 'role="alert"' in html
    assert '<a href="#id_end_date">Last day: The event ends (2030-05-04) before it starts (2030-05-06).</a>' in html
    assert 'aria-describedby="id_end_date_helptext id_end_date_error"' in html
    assert 'aria-invalid="true"' in html
    assert '<ul class="errorlist" id="id_end_date_error">' in html


def test_organizer_the_editor_does_not_belong_to_is_refused(editor_client: Client) -> None:
    make_organization("OTHERORG")
    response = editor_client.post(CREATE_URL, new_event_values(lead_organizers=["OTHERORG"]))
    assert response.status_code == 400
    assert errors_at(response, "lead_organizers") == [
        "You may not name “OTHERORG” as an organizer: you edit events only for the organizations listed here. "
        "Ask an editor of that organization or an administrator."
    ]
    assert not Event.objects.exists()


def test_forged_co_organizer_is_refused_too(editor_client: Client) -> None:
    make_organization("OTHERORG")
    response = editor_client.post(CREATE_URL, new_event_values(co_organizers=["OTHERORG"]))
    assert response.status_code == 400
    assert errors_at(response, "co_organizers")[0].startswith("You may not name “OTHERORG” as a co-organizer")


def test_editor_may_not_hand_an_event_over_to_another_organization(
    editor_client: Client, organization: Organization
) -> None:
    partner = make_organization("PARTNER")
    event = make_event(lead_organizers=[organization], co_organizers=[partner])
    response = submit(
        editor_client, reverse("calendar:event_edit", args=[event.pk]), lead_organizers=["PARTNER"], co_organizers=None
    )
    assert response.status_code == 400
    assert errors_at(response, "lead_organizers") == [
        "Keep at least one organization you edit for among the organizers; otherwise you could no longer edit "
        "this event."
    ]
    event.refresh_from_db()
    assert (event.version, [o.acronym for o in event.lead_organizers]) == (1, ["TESTORG"])


def test_incomplete_link_row_is_refused_at_its_field(editor_client: Client) -> None:
    response = editor_client.post(
        CREATE_URL,
        new_event_values(
            **{
                "links-TOTAL_FORMS": "1",
                "links-INITIAL_FORMS": "0",
                "links-0-kind": "documents",
                "links-0-title": "Synthetic documents",
                "links-0-url": "not a web address",
            }
        ),
    )
    assert response.status_code == 400
    assert response.context["form"].links.errors == [
        {"url": ["Enter a full web address starting with https:// or http://, such as https://www.example.org/."]}
    ]
    assert not Event.objects.exists()


def test_side_event_cannot_be_held_during_itself(admin_user: Any) -> None:
    event = make_event(kind="cop")
    client = Client()
    client.force_login(admin_user)
    form = client.get(reverse("calendar:event_edit", args=[event.pk])).context["form"]
    assert event not in form.fields["parent"].queryset
    response = submit(client, reverse("calendar:event_edit", args=[event.pk]), parent=str(event.pk))
    assert errors_at(response, "parent") == ["Choose the meeting from the list."]


def test_staff_member_without_editor_role_sees_no_organizer_to_choose(organization: Organization) -> None:
    member = make_user("member", member_of=organization)
    client = Client()
    client.force_login(member)
    assert client.get(CREATE_URL).status_code == 403


def test_event_with_an_old_zone_alias_can_still_be_edited(admin_user: Any) -> None:
    event = make_event(
        all_day=False,
        timezone="US/Eastern",
        start=datetime(2030, 6, 2, 9, 0),
        end=datetime(2030, 6, 2, 17, 0),
        city="Synthetic City",
    )
    client = Client()
    client.force_login(admin_user)
    assert "US/Eastern" not in str(client.get(CREATE_URL).context["form"].fields["timezone"].choices)
    response = submit(client, reverse("calendar:event_edit", args=[event.pk]), title="Synthetic renamed")
    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.timezone, event.start_at) == ("Synthetic renamed", "US/Eastern", aware(2030, 6, 2, 13))
