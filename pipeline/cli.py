"""Pieces of the command line shared by its subcommands: one-line usage errors, argument
types, and one-line messages for errors of the operating system (disk full, read-only)."""
from __future__ import annotations

import argparse
import errno


class ArgumentParser(argparse.ArgumentParser):
    """Usage errors as one line: the command, what is wrong and where to read more."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message}; see '{self.prog} --help'\n")


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def non_negative_float(text: str) -> float:
    """An argparse type: a number of at least 0 (seconds)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {text}")
    return value


_HINTS = {
    errno.EROFS: "the file system is read-only: give --out a folder you can write to",
    errno.EACCES: "permission denied: check the folder's permissions, or give --out a folder you can write to",
    errno.EPERM: "not permitted: check the folder's permissions, or give --out a folder you can write to",
    errno.ENOSPC: "the disk is full: free some space, or give --out a folder on another disk",
    errno.EDQUOT: "the disk quota is used up: free some space, or give --out a folder on another disk",
    errno.ENOTDIR: "a part of the path is a file, not a folder: give another path",
}


def os_error_message(exc: OSError, folder: object = None) -> str:
    """One line for an error of the operating system: the path (else the folder being
    written), the problem and what to do."""
    path = exc.filename or folder
    where = f"{path}: " if path else ""
    what = exc.strerror or str(exc)
    hint = _HINTS.get(exc.errno, "run again with --debug for the details")
    return f"{where}{what} ({hint})"
