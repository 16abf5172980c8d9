"""Diplomacy document pipeline: raw texts in, tables of dates, people, places and events out."""
from .config import PIPELINE_VERSION as __version__

__all__ = ["__version__"]
