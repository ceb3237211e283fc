"""The directory's admin: keys that appear in URLs and feeds can be given once, never changed."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from synergies.directory.models import Organization, Topic
from synergies.testing import make_organization, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_() -> Client:
    client = Client()
    client.force_login(make_user("synthetic-root", is_staff=True, is_superuser=True))
    return client


@pytest.mark.parametrize(("model", "key"), [(Organization, "acronym"), (Topic, "slug")])
def test_a_key_is_given_when_adding_and_read_only_afterwards(
    admin_client_: Client, model: type[Organization | Topic], key: str
) -> None:
    opts = model._meta
    add_page = admin_client_.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add")).content.decode()
    assert f'name="{key}"' in add_page
    entry: Organization | Topic = (
        make_organization("SYN-KEY") if model is Organization else Topic.objects.get(slug="mercury")
    )
    change_url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[entry.pk])
    change_page = admin_client_.get(change_url).content.decode()
    assert f'name="{key}"' not in change_page
    assert str(getattr(entry, key)) in change_page
