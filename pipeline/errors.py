"""Errors the pipeline reports to the user as one clear line (no traceback unless --debug)."""
from __future__ import annotations


class PipelineError(Exception):
    """An error about the run as a whole (bad arguments, missing model)."""


class ModelNotFound(PipelineError):
    pass


class DocumentError(Exception):
    """One document could not be built; the others still are.

    ``error`` is a short class (empty, binary, encoding, html, layout, metadata, ...),
    the message says what is wrong and what to do.
    """

    def __init__(self, path: str, stage: str, error: str, message: str,
                 doc_id: str | None = None, version: str | None = None):
        super().__init__(message)
        self.path, self.stage, self.error, self.message = path, stage, error, message
        self.doc_id, self.version = doc_id, version

    def row(self) -> dict:
        return {"doc_id": self.doc_id, "version": self.version, "path": self.path,
                "stage": self.stage, "error": self.error, "message": self.message}

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class SourceError(PipelineError):
    """A page, PDF or URL given to ``pipeline add`` that cannot be turned into a raw version:
    one line naming it, what is wrong and what to do."""

    def __init__(self, source: object, problem: str, todo: str):
        super().__init__(f"{source}: {problem}; {todo}")
        self.source, self.problem, self.todo = str(source), problem, todo
