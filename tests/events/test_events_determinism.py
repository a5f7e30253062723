"""The same text codes to the same records in every process (string hashing is salted per
process, so nothing may depend on the iteration order of a set of words)."""

from __future__ import annotations

import os
import subprocess
import sys

from redline.events.frames import _particle
from redline.nlp.pipeline import load_nlp

TEXT = (
    "Police booked the organisers under the riot act for blocking the highway.\n"
    "The minister called on Tehran for restraint after the strikes.\n"
)


def test_particles_come_in_sentence_order() -> None:
    doc = load_nlp()("Police booked the organisers under the riot act for blocking the road.")
    verb = next(t for t in doc if t.lemma_ == "book")
    preps = [c.lower_ for c in verb.children if c.dep_ in ("prep", "prt")]
    assert list(_particle(verb)) == preps


def test_two_processes_with_different_hash_seeds_agree() -> None:
    script = "import redline,sys; print([r.to_dict() for r in redline.code_text(sys.argv[1])])"
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", script, TEXT], env=env, check=True,
                             capture_output=True, text=True)  # fmt: skip
        outs.append(run.stdout)
    assert outs[0] == outs[1]
