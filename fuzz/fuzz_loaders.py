"""Atheris harness: the loaders, the number parsers and the checker raise only the library's errors.

Run it (atheris is not a dependency of hoiquanchung, nor of its ``dev`` extra; CI does not run
this)::

    pip install atheris && python fuzz/fuzz_loaders.py -max_total_time=120

Any libFuzzer option works (``-runs=N``, ``-jobs=2``, ``-max_len=65536``; a corpus directory as
the first argument keeps what was found between runs: ``python fuzz/fuzz_loaders.py
fuzz/corpus``).  On first use it writes seed inputs (a valid association record, the Hậu Giang
dataset's TOML, report sentences) to ``fuzz/corpus`` when that directory is given and empty.

Each input is ``target byte, amplifier byte, payload``.  The target byte chooses one of
:func:`hoiquanchung.io.load_json`, :func:`~hoiquanchung.io.load_toml`,
:func:`hoiquanchung.indicators.load_report` (on the payload parsed as JSON or TOML),
:func:`~hoiquanchung.indicators.load_report_file`, :func:`hoiquanchung.numbers.parse_number`,
:func:`~hoiquanchung.numbers.parse_quantity` and :func:`hoiquanchung.checker.check_text`.  The
amplifier byte lets small inputs reach the hostile sizes of issue 10: it may repeat the
payload's first digit 5,000 times (a literal past Python's int-string limit) or nest the payload
2,000 levels deep.  Anything but a :class:`~hoiquanchung.errors.HoiQuanChungError` is a crash.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import atheris

with atheris.instrument_imports():
    from hoiquanchung import io
    from hoiquanchung.checker import check_text
    from hoiquanchung.errors import HoiQuanChungError
    from hoiquanchung.indicators import load_report, load_report_file
    from hoiquanchung.model import Association
    from hoiquanchung.numbers import parse_number, parse_quantity

_DIGIT = re.compile(rb"[0-9]")
_TMP = Path(tempfile.mkdtemp(prefix="hoiquanchung-fuzz-")) / "report.toml"


def _amplify(kind: int, payload: bytes) -> bytes:
    if kind == 1:  # one digit becomes 5,000: past the 4,300-digit int-string limit
        m = _DIGIT.search(payload)
        if m:
            return payload[: m.start()] + m.group() * 5000 + payload[m.end() :]
    elif kind == 2:  # nested 2,000 deep
        return b"[" * 2000 + payload + b"]" * 2000
    elif kind == 3:  # a TOML value nested 2,000 deep
        return b"x = " + b"[" * 2000 + payload + b"]" * 2000
    return payload


def _report_data(payload: bytes) -> Any:
    text = payload.decode("utf-8", "replace")
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    try:
        return tomllib.loads(text)
    except (ValueError, RecursionError):
        return None


def _run(target: int, payload: bytes) -> None:
    text = payload.decode("utf-8", "replace")
    if target == 0:
        io.load_json(payload, list[Association], key="associations")
    elif target == 1:
        io.load_json(payload, Any)
    elif target == 2:
        io.load_toml(payload, list[Association], key="associations")
    elif target == 3:
        data = _report_data(payload)
        if isinstance(data, dict):
            load_report(data)
    elif target == 4:
        _TMP.write_bytes(payload)
        load_report_file(_TMP)
    elif target == 5:
        parse_number(text)
    elif target == 6:
        parse_quantity(text)
    else:
        check_text(text)


TARGETS = 8


def test_one_input(data: bytes) -> None:
    if len(data) < 2:
        return
    target, amplifier, payload = data[0] % TARGETS, data[1] % 4, data[2:]
    with contextlib.suppress(HoiQuanChungError):
        _run(target, _amplify(amplifier, payload))


def _seeds() -> list[bytes]:
    record = {
        "name": "Hội Khuyến học",
        "scope": "huyện",
        "category": "hội quần chúng do Đảng, Nhà nước giao nhiệm vụ",
        "unit": {"code": "930", "level": "huyện", "on": "2024-06-30"},
        "members": 1200,
        "founded_on": "2001-05-15",
        "leaders": [{"role": "chủ tịch", "full_time": True, "terms": 2}],
    }
    as_json = json.dumps({"associations": [record]}, ensure_ascii=False).encode()
    as_toml = io.dump_toml(
        io.load_json(as_json, list[Association], key="associations"), key="associations"
    ).encode()
    dataset = (Path(io.__file__).parent / "datasets" / "hau_giang_2024.toml").read_bytes()
    sentence = "số Đơn vị học tập đăng ký: 515/565, đạt tỷ lệ 91,53%; hơn 14,6 tỷ đồng.".encode()
    return [
        bytes([0, 0]) + as_json,
        bytes([0, 1]) + as_json,
        bytes([2, 0]) + as_toml,
        bytes([3, 0]) + dataset,
        bytes([4, 0]) + dataset,
        bytes([4, 1]) + dataset,
        bytes([5, 0]) + b"1.234.567,89",
        bytes([6, 0]) + "hơn 14,6 tỷ đồng".encode(),
        bytes([7, 0]) + sentence,
    ]


def main() -> None:
    corpus = next((a for a in sys.argv[1:] if not a.startswith("-")), None)
    if corpus is not None:
        os.makedirs(corpus, exist_ok=True)
        if not os.listdir(corpus):
            for i, seed in enumerate(_seeds()):
                Path(corpus, f"seed-{i}").write_bytes(seed)
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
