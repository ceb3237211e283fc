"""Every write to the cooperation register goes through these functions, one module per model.

Views, the loader, the spreadsheet import, commands and tests call them, so the rules live here once:
who may (each write takes the acting user, or ``SYSTEM``, as ``by`` and enforces ``register.permissions``
itself, whoever calls), validation (errors name the field), one transaction per write, conflict
protection by ``version``, and history (simple_history, with the author and a reason). One set of verbs:
``create_*``, ``update_*`` (and ``create_or_update_focal_point`` for loaders, which know a focal point by
its person, area and role; ``publish_success_story`` and ``unpublish_success_story``). Nothing in the
register is deleted through the site; the spreadsheet import changes and adds, it never removes. What
the register shows, its history included, is read in ``queries``.
"""

from synergies.register.services._common import RESERVED_KEYS
from synergies.register.services.activities import (
    ActivityData,
    create_activity,
    update_activity,
    update_activity_events,
    validate_activity_data,
)
from synergies.register.services.areas import AreaData, create_area, update_area, validate_area_data
from synergies.register.services.focal_points import (
    FocalPointData,
    create_focal_point,
    create_or_update_focal_point,
    update_focal_point,
    validate_focal_point_data,
)
from synergies.register.services.mandates import MandateData, create_mandate, update_mandate, validate_mandate_data
from synergies.register.services.stories import (
    StoryData,
    create_success_story,
    publish_success_story,
    same_story,
    unpublish_success_story,
    update_success_story,
    validate_story_data,
)

__all__ = [
    "RESERVED_KEYS",
    "ActivityData",
    "AreaData",
    "FocalPointData",
    "MandateData",
    "StoryData",
    "create_activity",
    "create_area",
    "create_focal_point",
    "create_mandate",
    "create_or_update_focal_point",
    "create_success_story",
    "publish_success_story",
    "same_story",
    "unpublish_success_story",
    "update_activity",
    "update_activity_events",
    "update_area",
    "update_focal_point",
    "update_mandate",
    "update_success_story",
    "validate_activity_data",
    "validate_area_data",
    "validate_focal_point_data",
    "validate_mandate_data",
    "validate_story_data",
]
