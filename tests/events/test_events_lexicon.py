"""The trigger lexicon file: loads, has no silent duplicates, and bad entries get clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from redline.errors import DataFileError
from redline.events.lexicon import DATA, load_lexicon


class _StrictLoader(yaml.SafeLoader):
    """A loader that refuses duplicate mapping keys (YAML would keep the last silently)."""


def _no_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise AssertionError(f"duplicate keys at line {node.start_mark.line + 1}: {sorted(dupes)}")
    return loader.construct_mapping(node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def test_shipped_lexicon_loads_without_duplicate_keys() -> None:
    yaml.load(DATA.read_text(encoding="utf-8"), Loader=_StrictLoader)  # noqa: S506
    lex = load_lexicon()
    assert len(lex.verbs) > 200 and len(lex.nouns) > 100
    assert lex.verbs["shell"].type == "ASSAULT"
    assert lex.verb_objects[("impose", "sanction")].type == "SANCTION"
    assert "on" in lex.nouns["sanction"].recip  # YAML's bare `on` read as a word


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("  shoot: {type: ATTACK}", "ATTACK"),
        ("  shoot: {type: ASSAULT, cameo: 190}", "cameo must be a quoted"),
        ("  shoot: {type: ASSAULT, colour: red}", "unknown field"),
    ],
)
def test_bad_entries_name_the_entry_and_the_fix(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "triggers.yml"
    path.write_text("verbs:\n" + entry + "\nnouns: {}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_lexicon(path)
    assert message in str(err.value)
    assert "shoot" in str(err.value) or "triggers.yml" in str(err.value)
