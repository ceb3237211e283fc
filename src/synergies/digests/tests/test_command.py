"""``synergies digest``: printing the list for a window, sending the due digests, and refusing bad input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import CommandError, call_command
from docx import Document

from synergies.digests.models import DigestDelivery
from synergies.digests.tests.conftest import MONDAY, World, subscribe

pytestmark = pytest.mark.django_db


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("digest", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_prints_the_list_of_the_window_as_text(world: World) -> None:
    out, _ = run("--from", "2030-03-04", "--days", "30")
    assert "Synthetic mercury workshop" in out and "Synthetic plastics dialogue" in out
    assert "Synthetic internal retreat" not in out  # 8 April: outside the 30 days
    assert "INTERNAL NOTE" in out


def test_the_command_includes_internal_events(world: World) -> None:
    out, _ = run("--from", "2030-04-01", "--days", "30")
    assert "Synthetic internal retreat" in out


def test_prints_html_and_filters(world: World) -> None:
    out, _ = run("--from", "2030-03-04", "--days", "90", "--format", "html", "--topic", "mercury")
    assert out.lstrip().startswith("<!DOCTYPE html>")
    assert "Synthetic mercury workshop" in out and "Synthetic plastics dialogue" not in out


def test_writes_text_and_word_files(world: World, tmp_path: Path) -> None:
    target = tmp_path / "list.txt"
    out, _ = run("--from", "2030-03-04", "--days", "90", "--output", str(target))
    assert "Synthetic mercury workshop" in target.read_text(encoding="utf-8")
    assert f"Wrote the list of 3 event(s) from 2030-03-04 to 2030-06-01 to {target} (text)." in out

    document = tmp_path / "list.docx"
    run("--from", "2030-03-04", "--days", "90", "--format", "docx", "--output", str(document))
    paragraphs = [p.text for p in Document(str(document)).paragraphs]
    cells = [c.text for t in Document(str(document)).tables for r in t.rows for c in r.cells]
    assert any("Synthetic mercury workshop" in text for text in paragraphs + cells)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2030-02-30"], "--from must be a date as YYYY-MM-DD, not '2030-02-30'."),
        (["--from", "tomorrow"], "--from must be a date as YYYY-MM-DD, not 'tomorrow'."),
        (["--days", "-3"], "--days must be between 1 and 366, not -3."),
        (["--days", "0"], "--days must be between 1 and 366, not 0."),
        (["--format", "docx"], "--format docx needs --output FILE.docx: a Word document cannot be printed."),
        (["--now"], "--now only goes with --send."),
        (["--organization", "NOPE"], "--organization: unknown NOPE."),
        (["--send", "--output", "x.txt"], "--output, --organization, --topic and --region only apply to printing"),
    ],
)
def test_bad_input_is_refused_in_plain_words(world: World, args: list[str], message: str, tmp_path: Path) -> None:
    with pytest.raises(CommandError) as refused:
        run(*args)
    assert message in str(refused.value)
    assert mail.outbox == []
    assert not DigestDelivery.objects.exists()


def test_an_unwritable_output_is_refused(world: World, tmp_path: Path) -> None:
    with pytest.raises(CommandError) as refused:
        run("--output", str(tmp_path / "missing-folder" / "list.txt"))
    assert "Cannot write" in str(refused.value)


def test_send_hands_the_sending_to_the_task_and_reports_counts(subscriber: User, world: World) -> None:
    subscribe(subscriber, rhythm="weekly")
    subscribe(subscriber, rhythm="monthly")
    out, _ = run("--from", "2030-03-04", "--send")
    assert out.splitlines()[0] == (
        "Digests for 2030-03-04: 2 sent (weekly 1, monthly 1), 0 already sent for this period, 0 skipped, 0 failed."
    )
    assert len(mail.outbox) == 2

    again, _ = run("--from", "2030-03-05", "--send")
    assert again.splitlines()[0] == (
        "Digests for 2030-03-05: 0 sent (weekly 0, monthly 0), 2 already sent for this period, 0 skipped, 0 failed."
    )
    assert len(mail.outbox) == 2


def test_send_now_sends_in_this_process(subscriber: User, world: World) -> None:
    subscribe(subscriber)
    out, err = run("--from", MONDAY.isoformat(), "--days", "30", "--send", "--now")
    assert "1 sent (weekly 1, monthly 0)" in out
    assert "sent: digest" in out and "subscriber@example.org, 3 event(s)" in out
    assert "--days and --format are not used with --send" in err
    assert len(mail.outbox) == 1


def test_send_reports_skipped_subscribers(subscriber: User, world: World) -> None:
    subscribe(subscriber)
    subscriber.is_staff = False
    subscriber.save()
    out, _ = run("--from", MONDAY.isoformat(), "--send", "--now")
    assert "1 skipped" in out and "the subscriber is no longer staff of the cluster" in out
    assert mail.outbox == []


def test_send_queues_the_task_for_the_worker(subscriber: User, world: World) -> None:
    from django.test import override_settings
    from django_tasks_db.models import DBTaskResult

    subscribe(subscriber)
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        out, _ = run("--from", MONDAY.isoformat(), "--send")
    queued = DBTaskResult.objects.get()
    assert out.strip() == (
        f"Queued the sending of the due digests as task {queued.id}; the worker (synergies db_worker) sends them."
    )
    assert queued.task_path == "synergies.digests.tasks.send_digests"
    assert queued.args_kwargs == {"args": ["2030-03-04"], "kwargs": {}}
    assert mail.outbox == []
