"""The checker's findings pinned: a speed-up (or any refactoring) must not change one of them.

``tests/data/checker_golden.json`` holds, for every input below, the findings the checker made
when the file was written: code, severity, line, column, path, stated and computed text and
values, and a short hash of the two messages (so the file holds no prose of the inputs).  The
inputs: the reference document (read from ``../shared/source/``), every real paragraph of the
corpus (``tests/corpus/p*.toml``), every committed mutation of them
(``tests/corpus/mutations.jsonl``), all the corpus paragraphs as one document (state carried
across paragraphs and sections), and small adversarial paragraphs (the shapes of
``benchmarks/bench_checker.py``).

When a change of findings is intended (a rule added or improved), review the difference and
write the file again::

    python tests/test_checker_golden.py --diff     # what changed, input by input
    python tests/test_checker_golden.py --write    # pin the findings of the code as it is now

An input whose text changed since the file was written (a corpus paragraph edited) is reported
as stale, like a changed finding.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from hoiquanchung.checker import check_text
from hoiquanchung.findings import Finding

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "data" / "checker_golden.json"
CORPUS = HERE / "corpus"
REFERENCE = HERE.parent.parent / "shared" / "source" / "000_bb730d81e38469fa.txt"

#: Small adversarial paragraphs (the shapes of benchmarks/bench_checker.py), n = 40.
ADVERSARIAL = {
    "one total, n parts": "Tổng số 10 hội, gồm " + "1 hội cấp tỉnh, " * 40 + ".",
    "n markers": "có 5 hội, trong đó " * 40,
    "n changes before markers": "tăng 3 tỷ đồng so với, trong đó " * 40,
    "n fractions": "45/50, " * 40 + "đạt 90%",
    "n amounts in words": "trị giá 5.000 đồng (Bằng chữ: năm nghìn đồng) " * 40,
    "n footnotes in a line": "5[[footnoteRef:1]] hội [1: [] chú thích 7] " * 40,
    "n sentences in a line": "Có 5 hội. Trong đó 3 hội. " * 40,
    "long digit runs": "Có " + "1" * 400 + " hội, trong đó " + "9" * 300 + " hội.",
    "deep brackets": "Có 10 hội (" * 60 + "5 hội" + ")" * 60 + ".",
}


def _reference_path() -> Path:
    override = os.environ.get("HOIQUANCHUNG_REFERENCE")
    return Path(override) if override else REFERENCE


def inputs() -> Iterator[tuple[str, str]]:
    """Every pinned input, as ``(key, text)``."""
    texts: dict[str, str] = {}
    for path in sorted(CORPUS.glob("p*.toml")):
        for para in tomllib.loads(path.read_text(encoding="utf-8"))["paragraph"]:
            texts[para["id"]] = para["text"]
            yield f"corpus:{para['id']}", para["text"]
    mutations = CORPUS / "mutations.jsonl"
    if mutations.is_file():
        for line in mutations.read_text(encoding="utf-8").splitlines():
            m = json.loads(line)
            text = texts.get(m["paragraph"])
            if text is None or text[m["start"] : m["end"]] != m["old"]:
                continue  # a mutation of a paragraph no longer there: not pinned
            key = f"mutation:{m['paragraph']}@{m['start']}:{m['old']}->{m['new']}"
            yield key, text[: m["start"]] + m["new"] + text[m["end"] :]
    yield "corpus as one document", "\n".join(texts.values())
    for name, text in ADVERSARIAL.items():
        yield f"adversarial:{name}", text
    reference = _reference_path()
    if reference.is_file():
        yield "reference document", reference.read_text(encoding="utf-8")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _row(f: Finding) -> list[object]:
    messages = _digest(f.message_vi + "\x00" + f.message_en)
    values = [None if v is None else str(v) for v in (f.stated_value, f.computed_value)]
    return [f.code, f.severity.value, f.line, f.column, f.path, f.stated, f.computed, *values,
            messages]  # fmt: skip


def findings_of(text: str) -> dict[str, object]:
    return {"text": _digest(text), "findings": [_row(f) for f in check_text(text)]}


def current() -> dict[str, dict[str, object]]:
    return {key: findings_of(text) for key, text in inputs()}


def read_golden() -> dict[str, dict[str, object]]:
    data: dict[str, dict[str, object]] = json.loads(GOLDEN.read_text(encoding="utf-8"))
    return data


def differences(
    golden: dict[str, dict[str, object]], now: dict[str, dict[str, object]]
) -> list[str]:
    """What differs between *golden* and *now*, one line an input (missing inputs included)."""
    lines = []
    for key in sorted(golden.keys() | now.keys()):
        old, new = golden.get(key), now.get(key)
        if old == new:
            continue
        if old is None:
            lines.append(f"{key}: not pinned")
        elif new is None:
            lines.append(f"{key}: pinned but no longer an input")
        elif old["text"] != new["text"]:
            lines.append(f"{key}: stale (its text changed)")
        else:
            lines.append(f"{key}: was {old['findings']}, now {new['findings']}")
    return lines


def test_findings_are_the_pinned_ones() -> None:
    if not _reference_path().is_file() and os.environ.get("CI") == "true":
        pytest.fail(f"reference document not found at {_reference_path()} (CI=true)")
    golden = read_golden()
    now = current()
    if "reference document" not in now:
        golden.pop("reference document", None)  # the document is missing here (not under CI)
    assert differences(golden, now) == []


def test_the_golden_file_pins_findings() -> None:
    """The file is not empty of findings: it pins real work of every rule family."""
    golden = read_golden()
    codes = {row[0] for entry in golden.values() for row in entry["findings"]}  # type: ignore[attr-defined]
    assert {"total-mismatch", "rate-mismatch", "impossible-date", "malformed-number"} <= codes
    assert sum(key.startswith("mutation:") for key in golden) >= 100


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The checker's pinned findings.")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--diff", action="store_true", help="print what changed")
    group.add_argument("--write", action="store_true", help="pin the findings as they are now")
    args = parser.parse_args(argv)
    now = current()
    if args.write:
        if "reference document" not in now:
            print(f"reference document not found at {_reference_path()}", file=sys.stderr)
            return 1
        GOLDEN.write_text(
            json.dumps(now, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"wrote {len(now)} inputs to {GOLDEN}")
        return 0
    found = differences(read_golden(), now)
    print("\n".join(found) or "no difference")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
