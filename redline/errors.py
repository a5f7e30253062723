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
            text += f". Fix: {self.fix}"
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


class ConfigError(RedlineError):
    code = "R400"


class StoreError(RedlineError):
    code = "R500"
