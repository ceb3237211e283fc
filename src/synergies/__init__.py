"""Synergies: the joint calendar, alignment engine and cooperation register of the chemicals-and-waste cluster."""

__version__ = "0.1.0"
