"""Diplomacy document pipeline: raw texts in, tables of dates, people, places and events out.

``from pipeline import load`` reads the built tables as pandas DataFrames (see ``pipeline.api``);
it is imported on first use, so the command line does not import pandas."""
from .config import PIPELINE_VERSION as __version__

__all__ = ["__version__", "load", "load_table"]


def __getattr__(name: str):
    if name in ("load", "load_table"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
