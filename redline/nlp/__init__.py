"""Loading the spaCy pipeline once, and the sentence rules redline adds to it."""

from redline.nlp.pipeline import load_nlp

__all__ = ["load_nlp"]
