"""The RedlineError tree. Every error has a code, names the input and says the fix."""

from __future__ import annotations


class RedlineError(Exception):
    """Base error: `[R000] message (input: X). Fix: Y`."""

    code = "R000"

    def __init__(self, message: str, *, input: str | None = None, fix: str | None = None):
        self.message = message
        self.input = input
        self.fix = fix
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [f"[{self.code}] {self.message}"]
        if self.input:
            parts.append(f"(input: {self.input})")
        text = " ".join(parts)
        if self.fix:
            # A message that already ends a sentence ("Did you mean X?") needs no extra stop.
            text += " " if text.endswith((".", "?", "!")) else ". "
            text += f"Fix: {self.fix}"
        return text


class InputError(RedlineError):
    """A source could not be read or holds nothing we can code."""

    code = "R100"


class EmptyInputError(InputError):
    code = "R101"


class BinaryInputError(InputError):
    code = "R102"


class EncodingError(InputError):
    code = "R103"


class MalformedInputError(InputError):
    code = "R104"


class TooLargeError(InputError):
    code = "R105"


class UnsupportedInputError(InputError):
    code = "R106"


class ModelError(RedlineError):
    """The spaCy pipeline could not be loaded."""

    code = "R200"


class DataFileError(RedlineError):
    """A lexicon or actor table is malformed."""

    code = "R300"


class UnknownEventTypeError(DataFileError):
    """A name that is not one of the 16 PLOVER event types."""

    code = "R012"


class UnknownModeError(DataFileError):
    """A mode that the PLOVER event type does not have."""

    code = "R013"


class UnknownCameoCodeError(DataFileError):
    """A string that is not a CAMEO event code (2-4 digits, root 01-20)."""

    code = "R014"


class ConfigError(RedlineError):
    code = "R400"


class StoreError(RedlineError):
    code = "R500"


class StoreLockedError(StoreError):
    """Another process holds the (single-writer) DuckDB file."""

    code = "R501"


class StoreURLError(StoreError):
    """The --db URL names no store we know."""

    code = "R502"


class StoreSchemaError(StoreError):
    """The database was written by a newer redline, or its schema is damaged."""

    code = "R503"


class StoreConnectError(StoreError):
    """The database server cannot be reached or refused us."""

    code = "R504"
