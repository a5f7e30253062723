from __future__ import annotations

import pytest

from redline.nlp import load_nlp


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()
