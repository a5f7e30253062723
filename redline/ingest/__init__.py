"""ingest: sources (files, directories, stdin, feeds, web archives) to cleaned Articles.

Article.text is final after ingest: every later offset points into it. See clean.py for
the shape of that text (headline paragraph, joined wrapped lines, no site boilerplate).
"""

from __future__ import annotations

from redline.ingest.clean import clean_document, clean_text
from redline.ingest.html import html_to_text
from redline.ingest.lang import guess_lang
from redline.ingest.readers import SUPPORTED, iter_file, read_file
from redline.ingest.sources import read_sources, read_text

__all__ = [
    "SUPPORTED",
    "clean_document",
    "clean_text",
    "guess_lang",
    "html_to_text",
    "iter_file",
    "read_file",
    "read_sources",
    "read_text",
]
