"""Who and what the cluster's work is about: organizations, instruments, bodies, topics, places.

These are reference data: small tables that events, activities and mandates point to. Each has a
short stable key (acronym, code or slug) that appears in URLs and filters, so it must not change
once published.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.Model):
    """A UN regional group or a UNEP region; countries belong to one of each."""

    class Kind(models.TextChoices):
        UN_REGIONAL_GROUP = "un_group", _("UN regional group")
        UNEP_REGION = "unep", _("UNEP region")

    code = models.SlugField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self) -> str:
        return self.name


class Country(models.Model):
    """A country or territory by its ISO 3166-1 alpha-2 code."""

    code = models.CharField(_("ISO 3166 code"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=120)
    regions = models.ManyToManyField(Region, blank=True, related_name="countries", verbose_name=_("regions"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.name


class Organization(models.Model):
    """A secretariat, branch, regional centre, regional office or partner agency."""

    class Kind(models.TextChoices):
        SECRETARIAT = "secretariat", _("Convention secretariat")
        UNEP_DIVISION = "unep", _("UNEP division or branch")
        REGIONAL_OFFICE = "regional_office", _("Regional office")
        REGIONAL_CENTRE = "regional_centre", _("Regional centre")
        UN_AGENCY = "un_agency", _("UN agency or programme")
        FINANCIAL = "financial", _("Financial mechanism")
        PARTNERSHIP = "partnership", _("Partnership or inter-agency programme")
        OTHER = "other", _("Other")

    acronym = models.CharField(
        _("acronym"), max_length=32, unique=True, help_text=_("Short stable key used in URLs and filters.")
    )
    name = models.CharField(_("name"), max_length=255)
    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices, default=Kind.OTHER)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children", verbose_name=_("parent")
    )
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = models.ForeignKey(
        Country, null=True, blank=True, on_delete=models.PROTECT, related_name="+", verbose_name=_("country")
    )
    regions_served = models.ManyToManyField(
        Region, blank=True, related_name="organizations", verbose_name=_("regions served")
    )
    countries_served = models.ManyToManyField(
        Country, blank=True, related_name="organizations_serving", verbose_name=_("countries served")
    )
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["acronym"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self) -> str:
        return self.acronym


class Instrument(models.Model):
    """A convention, framework or forum whose work the cluster serves (Basel, Minamata, SAICM, UNEA...)."""

    code = models.SlugField(_("code"), max_length=32, unique=True)
    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=60)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["short_name"]
        verbose_name = _("instrument")
        verbose_name_plural = _("instruments")

    def __str__(self) -> str:
        return self.short_name


class Body(models.Model):
    """A governing or subsidiary body, expert group or partnership (COP, POPRC, PEN, ...)."""

    class Kind(models.TextChoices):
        GOVERNING = "governing", _("Governing body")
        SUBSIDIARY = "subsidiary", _("Subsidiary body")
        NEGOTIATING = "negotiating", _("Negotiating committee")
        EXPERT_GROUP = "expert_group", _("Expert group")
        BUREAU = "bureau", _("Bureau")
        PARTNERSHIP = "partnership", _("Partnership or network")

    code = models.SlugField(_("code"), max_length=48, unique=True)
    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=32, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    instrument = models.ForeignKey(
        Instrument,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="bodies",
        verbose_name=_("instrument"),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("body")
        verbose_name_plural = _("bodies")

    def __str__(self) -> str:
        return self.acronym or self.name


class Topic(models.Model):
    """A term of the controlled vocabulary (mercury, PCBs, DDT, e-waste, ...)."""

    slug = models.SlugField(_("slug"), max_length=48, unique=True)
    name = models.CharField(_("name"), max_length=120)
    synonyms = models.CharField(
        _("synonyms"), max_length=255, blank=True, help_text=_("Comma-separated, used to match harvested categories.")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.name


class Person(models.Model):
    """A focal point or contact. Name, position and organization are public; contact details are not."""

    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=200, blank=True)
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="people", verbose_name=_("organization")
    )
    topics = models.ManyToManyField(Topic, blank=True, related_name="people", verbose_name=_("topics"))
    # --- internal: staff only ---
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telephone"), max_length=60, blank=True)
    notes = models.TextField(_("internal notes"), blank=True)

    class Meta:
        ordering = ["organization__acronym", "name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return f"{self.name} ({self.organization})"
