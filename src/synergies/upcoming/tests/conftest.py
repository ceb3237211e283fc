"""Fixtures of the periodic list's tests: a synthetic cluster of three organizations and their editors."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import User
from django.test import Client

from synergies.directory.models import Organization
from synergies.testing import make_organization, make_user


@dataclass
class Cluster:
    brs: Organization
    chemicals: Organization
    mercury: Organization
    outsider: Organization  # a partner agency: not of the cluster


@pytest.fixture
def cluster(db: None) -> Cluster:
    return Cluster(
        brs=make_organization("BRS-SYN", name="Synthetic conventions secretariat", kind="secretariat"),
        chemicals=make_organization("CHEM-SYN", name="Synthetic chemicals branch", kind="unep"),
        mercury=make_organization("MERC-SYN", name="Synthetic mercury secretariat", kind="secretariat"),
        outsider=make_organization("AGENCY-SYN", name="Synthetic partner agency", kind="un_agency"),
    )


@pytest.fixture
def brs_editor(cluster: Cluster) -> User:
    return make_user("brs-editor", editor_of=cluster.brs)


@pytest.fixture
def chemicals_editor(cluster: Cluster) -> User:
    return make_user("chemicals-editor", editor_of=cluster.chemicals)


def client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client
