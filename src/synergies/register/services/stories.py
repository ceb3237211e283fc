"""Success stories about activities and areas."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils.translation import gettext as _

from synergies.calendar.models import Event
from synergies.core.actors import check_actor
from synergies.core.writes import claim_version, save_with_history, without_history
from synergies.register import permissions
from synergies.register.models import Activity, CooperationArea, SuccessStory

if TYPE_CHECKING:
    from synergies.core.actors import Actor

from synergies.register.services._common import _Errors


@dataclass
class StoryData:
    """A success story as the site's form hands it over."""

    title: str
    text: str
    published: bool = False
    activity: Activity | None = None
    area: CooperationArea | None = None
    events: Sequence[Event] = ()

    @classmethod
    def from_story(cls, story: SuccessStory) -> StoryData:
        return cls(
            title=story.title,
            text=story.text,
            published=story.published,
            activity=story.activity,
            area=story.area,
            events=list(story.events.all()),
        )


def validate_story_data(data: StoryData, *, instance: SuccessStory | None = None) -> None:
    errors = _Errors()
    if not data.title.strip():
        errors.add("title", _("A success story needs a title."))
    if not data.text.strip():
        errors.add("text", _("A success story needs its text."))
    errors.raise_if_any()


def same_story(one: StoryData, other: StoryData) -> bool:
    def key(data: StoryData) -> tuple[Any, ...]:
        return (
            data.title.strip(),
            data.text.strip(),
            data.published,
            data.activity,
            data.area,
            sorted(e.pk for e in data.events),
        )

    return key(one) == key(other)


@transaction.atomic
def create_success_story(data: StoryData, *, by: Actor) -> SuccessStory:
    """Create a story (about the activity's area when it names no area of its own): editors write drafts
    about activities their organizations lead or take part in; administrators write any and publish."""
    return _save_success_story(data, None, None, by)


@transaction.atomic
def update_success_story(
    story: SuccessStory,
    data: StoryData,
    *,
    expected_version: int | None = None,
    by: Actor,
) -> SuccessStory:
    """Change ``story`` (with ``expected_version``, a change made by someone else since is refused with
    ``EditConflict``). Saving what is already stored writes nothing. Editors of the story's activity
    change it (a published story they change becomes a draft: they save it unpublished); only
    administrators publish or unpublish (``permissions.may_set_publication``)."""
    return _save_success_story(data, story, expected_version, by)


def _save_success_story(
    given: StoryData,
    instance: SuccessStory | None,
    expected_version: int | None,
    by: Actor,
) -> SuccessStory:
    check_actor(by)
    if instance is None:
        permissions.require_create_story(by)
    else:
        permissions.require_edit_story(by, instance)
    data = StoryData(
        title=given.title.strip(),
        text=given.text.strip(),
        published=given.published,
        activity=given.activity,
        area=given.area or (given.activity.area if given.activity else None),
        events=list(given.events),
    )
    permissions.require_story_about(by, data.activity)
    validate_story_data(data, instance=instance)
    stored = StoryData.from_story(instance) if instance is not None else None
    if instance is not None and stored is not None and same_story(stored, data):
        return instance
    permissions.require_publication(
        by,
        instance,
        published=data.published,
        content_changed=stored is None or not same_story(replace(stored, published=data.published), data),
    )
    story = instance or SuccessStory()
    if instance is not None:
        claim_version(story, story.version if expected_version is None else expected_version)
    story.title, story.text, story.published = data.title, data.text, data.published
    story.activity, story.area = data.activity, data.area
    with without_history(story):
        story.save()
        story.events.set(data.events)
    save_with_history(story, by, _("Edited") if instance is not None else _("Created"))
    return story


@transaction.atomic
def publish_success_story(story: SuccessStory, *, expected_version: int | None = None, by: Actor) -> SuccessStory:
    """Make ``story`` public (administrators only); a story already public stays as it is."""
    return update_success_story(
        story, replace(StoryData.from_story(story), published=True), expected_version=expected_version, by=by
    )


@transaction.atomic
def unpublish_success_story(story: SuccessStory, *, expected_version: int | None = None, by: Actor) -> SuccessStory:
    """Make ``story`` a draft again, shown to signed-in staff only (administrators only)."""
    return update_success_story(
        story, replace(StoryData.from_story(story), published=False), expected_version=expected_version, by=by
    )
