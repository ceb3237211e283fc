"""The periodic list as plain text, as an HTML document for e-mail, and as a Word internal note.

All three say the same things, in the same order, from the same helpers: per month, per event,
its dates with their time zone, place, organizers, why it is on the list, its checklist and what
is still missing. They hold internal data: staff only.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from synergies.calendar import wording
from synergies.calendar.models import Event, Participation
from synergies.core.text import clean_text
from synergies.upcoming.checklist import UpcomingItem
from synergies.upcoming.models import CommunicationItem
from synergies.upcoming.queries import PeriodicList

# --- What every format says -------------------------------------------------------------------------


def when(event: Event) -> str:
    """Dates with their time zone, as every output writes them (``wording.when``):
    "28 September – 2 October 2015 (all day, Europe/Zurich)", "19 May 2026, 14:00–17:00 Europe/Zurich
    (CEST)", "March 2015 (dates to be confirmed)"."""
    return wording.when(event)


def status_note(event: Event) -> str:
    if event.status == Event.Status.POSTPONED:
        return _("Postponed: the dates shown are the latest announced.")
    if event.status == Event.Status.PLANNED:
        return _("Planned, not yet confirmed.")
    return ""


def place(event: Event) -> str:
    """``wording.place``; the list says so when an in-person event's place is not known yet."""
    return wording.place(event) or _("Place not yet known")


def organizers(event: Event) -> str:
    """``wording.organizer_list``; the list says so when no organizer is recorded."""
    return wording.organizer_list(wording.organizers_of(wording.links_in_order(event))) or _("No organizer recorded")


def participation_line(participation: Participation) -> str:
    """ "BRS — Jane Doe: Deliver a statement (Confirmed). Notes"."""
    who = str(participation.organization)
    if participation.person:
        who = f"{who} — {participation.person}"
    line = f"{who}: {participation.get_role_display()} ({participation.get_status_display()})"
    if participation.notes:
        line = f"{line}. {participation.notes}"
    return clean_text(line)


def communication_line(item: CommunicationItem) -> str:
    """ "Press release — UNEP-CHEM: Opening of COP-7 (Planned, due 20 April 2015)"."""
    state = item.get_status_display()
    if item.due_date:
        state = _("%(status)s, due %(date)s") % {"status": state, "date": wording.day(item.due_date)}
    line = f"{item.get_kind_display()} — {item.organization}: {item.title} ({state})"
    if item.notes:
        line = f"{line}. {item.notes}"
    return clean_text(line)


@dataclass
class Row:
    heading: str
    lines: list[str]
    missing: bool = False  # highlight: what is still missing


def event_rows(item: UpcomingItem) -> list[Row]:
    """The lines of one event, in order, as every format shows them."""
    event, checklist = item.event, item.checklist
    none = _("None yet")
    taking_part = [
        p
        for part in checklist.organizations
        for p in part.participations
        if p.role in (Participation.Role.ATTEND, Participation.Role.RESOURCE_PERSON)
    ]
    rows = [
        Row(_("Dates"), [when(event)] + ([status_note(event)] if status_note(event) else [])),
        Row(_("Place"), [place(event)]),
        Row(_("Organizers"), [organizers(event)]),
        Row(_("Why on the list"), checklist.reasons),
        Row(_("Who participates"), [participation_line(p) for p in taking_part] or [none]),
        Row(_("Statements"), [participation_line(p) for p in checklist.statements] or [none]),
        Row(_("Documents"), [participation_line(p) for p in checklist.documents] or [none]),
        Row(
            _("Side events"),
            [participation_line(p) for p in checklist.side_events]
            + [f"{_title(e)} — {when(e)}" for e in checklist.side_meetings]
            or [none],
        ),
        Row(_("Communication opportunities"), [communication_line(c) for c in checklist.communications] or [none]),
    ]
    if checklist.notes:
        rows.append(Row(_("Coordination notes"), [clean_text(checklist.notes)]))
    rows.append(
        Row(_("Still missing"), item.missing or [_("Nothing: the checklist is complete.")], missing=bool(item.missing))
    )
    if checklist.not_needed:
        rows.append(Row(_("Marked not needed"), [r.label for r in checklist.not_needed]))
    return rows


def subject(plist: PeriodicList) -> str:
    return _("Periodic list of upcoming events and communication opportunities, %(period)s") % {
        "period": wording.date_range(plist.start, plist.end)
    }


def introduction(plist: PeriodicList) -> str:
    count = len(plist.items)
    text = _(
        "This note lists the %(count)s events of mutual interest to the organizations of the chemicals and waste "
        "cluster from %(start)s to %(end)s, for internal coordination before each of them: participation, the "
        "delivery of statements, the presentation of documents, side events and communication opportunities. "
        "What is still missing is marked; programme officers complete the checklists in Synergies."
    ) % {"count": count, "start": wording.day(plist.start), "end": wording.day(plist.end)}
    if plist.filter_description:
        text = f"{text} {_('Selection: %(filters)s.') % {'filters': plist.filter_description}}"
    return text


def generated_line(plist: PeriodicList) -> str:
    return _("Internal: not for distribution outside the secretariats. Generated by Synergies on %(when)s UTC.") % {
        "when": plist.generated_at.strftime("%Y-%m-%d %H:%M")
    }


def _title(event: Event) -> str:
    return clean_text(event.title)


# --- Plain text ---------------------------------------------------------------------------------------


def as_text(plist: PeriodicList) -> str:
    lines = [_("INTERNAL NOTE"), "", subject(plist), "", introduction(plist), ""]
    if not plist.months:
        lines += [_("No event of mutual interest in this period."), ""]
    for group in plist.months:
        heading = wording.month(group.month)
        lines += [heading, "=" * len(heading), ""]
        for item in group.items:
            title = _title(item.event)
            lines += [title, "-" * min(len(title), 78)]
            for row in event_rows(item):
                marker = "!! " if row.missing else ""
                lines.append(f"{marker}{row.heading}:")
                lines += [f"  - {line}" for line in row.lines]
            lines.append("")
    lines.append(generated_line(plist))
    return "\n".join(lines) + "\n"


# --- HTML for e-mail ------------------------------------------------------------------------------------


def as_html(plist: PeriodicList, *, base_url: str) -> str:
    """A standalone HTML document: styles in the head, no scripts, absolute links."""
    base_url = base_url.rstrip("/")
    months = [
        {
            "label": wording.month(group.month),
            "items": [
                {
                    "item": item,
                    "title": _title(item.event),
                    "url": f"{base_url}{item.event.get_absolute_url()}",
                    "checklist_url": f"{base_url}{reverse('upcoming:event', args=[item.event.pk])}",
                    "rows": event_rows(item),
                }
                for item in group.items
            ],
        }
        for group in plist.months
    ]
    return render_to_string(
        "upcoming/email.html",
        {
            "plist": plist,
            "months": months,
            "subject": subject(plist),
            "introduction": introduction(plist),
            "generated": generated_line(plist),
            "list_url": f"{base_url}{reverse('upcoming:list')}",
        },
    )


# --- Word: a UN internal note ----------------------------------------------------------------------


def as_docx(plist: PeriodicList) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    document = Document()
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin = section.bottom_margin = Cm(2)
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    for name, size in (("Heading 1", 13), ("Heading 2", 11)):  # plain, as in a UN note: black serif headings
        style = document.styles[name]
        style.font.name = "Times New Roman"
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0, 0, 0)
    document.core_properties.title = subject(plist)
    document.core_properties.subject = _("Internal note")
    document.core_properties.author = "Synergies"

    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = heading.add_run(_("INTERNAL NOTE"))
    run.bold = True
    run.font.size = Pt(14)

    memo = document.add_table(rows=0, cols=2)
    for label, value in (
        (
            _("To:"),
            _(
                "Programme officers of the BRS Secretariat, UNEP Chemicals, the Minamata Convention and "
                "SAICM; task force on cooperation and coordination"
            ),
        ),
        (_("From:"), _("Synergies — periodic list of upcoming events and communication opportunities")),
        (_("Date:"), wording.day(plist.generated_at.date())),
        (_("Subject:"), subject(plist)),
    ):
        cells = memo.add_row().cells
        cells[0].width, cells[1].width = Cm(3), Cm(13)
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
    document.add_paragraph("_" * 80)
    document.add_paragraph(introduction(plist))

    if not plist.months:
        document.add_paragraph(_("No event of mutual interest in this period."))
    for group in plist.months:
        document.add_heading(wording.month(group.month), level=1)
        for item in group.items:
            document.add_heading(_title(item.event), level=2)
            table = document.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            for row in event_rows(item):
                cells = table.add_row().cells
                cells[0].width, cells[1].width = Cm(4), Cm(12)
                cells[0].paragraphs[0].add_run(row.heading).bold = True
                for index, line in enumerate(row.lines):
                    paragraph = cells[1].paragraphs[0] if index == 0 else cells[1].add_paragraph()
                    text_run = paragraph.add_run(line)
                    if row.missing:
                        text_run.bold = True
                        text_run.font.color.rgb = RGBColor(0xA0, 0x00, 0x00)
            document.add_paragraph()

    footer = section.footer.paragraphs[0]
    footer.text = generated_line(plist)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
