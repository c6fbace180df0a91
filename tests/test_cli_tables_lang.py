"""``hoiquanchung validate`` and ``tally`` print every message in the language of ``--lang``.

The command is run as users run it (``python -m hoiquanchung``, in a subprocess) on lists with
every kind of problem the readers report.  What the user wrote (the file name, quoted cell texts
and headers) is left out; the rest of each line must be English under ``--lang en`` (ASCII once
the quoted parts are gone) and must hold no English word under ``--lang vi``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BAD_LIST = (
    "Tên hội,Loại hội,Cấp,Phạm vi hoạt động,Số hội viên,Mã đơn vị,Đơn vị,Ngày thành lập\n"
    "Hội A,giao nhiệm vụ,tỉnh,xã,12,,,31/02/2024\n"
    "Hội B,khác,ấp,,-3,abc,,2024-01-01\n"
    "Hội C,giao nhiệm vụ,,,1,,,,9\n"
    "Hội X,đặc thù,huyện,,1.5,,,\n"
    "Hội D,giao nhiệm vụ,trung ương,toàn quốc,5,31321,,12/12/2020\n"
    "Hội E,giao nhiệm vụ,xã,,5,99999,,\n"
    "Hội F,giao nhiệm vụ,xã,,5,,Phường 1,\n"
    "Hội G,giao nhiệm vụ,huyện,,5,31321,,\n"
    "Hội H,giao nhiệm vụ,xã,,5,31321,Xã Lạ,\n"
    "Hội I,giao nhiệm vụ,có,,x,,,\n"
)
GOOD_LIST = (
    "Tên hội;Cấp;Loại hội;Số hội viên;Đơn vị hành chính\n"
    "Hội Khuyến học;huyện;giao nhiệm vụ;1.200;Vị Thanh\n"
    "Hội Luật gia;tỉnh;khác;40;\n"
)
_ENGLISH = re.compile(
    r"\b(row|rows|column|sheet|cell|expected|must|not|the|is|no|read|refused|problems?|"
    r"written|findings|stated|list|unknown|missing|use|cannot|file|of|at|in|offset|digits|after|"
    r"unexpected|character|group|an|and|or)\b"
)
_UNIT_NAMES = ("Phường 1", "Phường III", "Xã Lạ")
_VIETNAMESE_ONLY = re.compile(r"\b(dòng|cột|trang|ô|không|cần|lỗi|đã|danh sách|báo cáo)\b")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hoiquanchung", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def _ours(line: str, *written: str) -> str:
    """*line* without what the user wrote: file names, quoted texts, headers in parentheses."""
    for text in written:
        line = line.replace(text, "")
    line = re.sub(r"\b[a-z]+(?:-[a-z]+)+\b", "", line)  # a finding's code
    line = re.sub(r"'[^']*'", "", line)
    return re.sub(r"\([^()]*\)", "", line)


def _check(text: str, lang: str, *written: str) -> None:
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines
    for line in lines:
        ours = _ours(line, *written)
        if lang == "en":
            assert ours.isascii(), line
            assert not _VIETNAMESE_ONLY.search(ours), line
        else:
            assert not _ENGLISH.search(ours), line


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("lang")
    bad = root / "sai.csv"
    bad.write_text(BAD_LIST, encoding="utf-8")
    good = root / "dung.csv"
    good.write_text(GOOD_LIST, encoding="utf-8")
    latin = root / "latin.csv"
    latin.write_bytes(b"T\xean h\xf4i;C\xe2p\n")  # not UTF-8
    stated = root / "bao-cao.csv"
    stated.write_text("Cấp;Loại hội;Số hội\ncấp huyện;;16\ncấp tỉnh;khác;1\n", encoding="utf-8")
    return {"bad": bad, "good": good, "latin": latin, "stated": stated, "root": root}


#: The good list tallied for Hậu Giang on the report's day.
_TALLY_HAU_GIANG = ["tally", "{good}", "--province", "Hậu Giang", "--on", "30/06/2024"]

CASES = {
    "validate-rows": (["validate", "{bad}", "--on", "01/01/2024"], "out", 1),
    "validate-no-date": (["validate", "{bad}"], "out", 1),
    "validate-encoding": (["validate", "{latin}"], "out", 1),
    "validate-missing": (["validate", "{root}/khong-co.csv"], "out", 1),
    "validate-bad-on": (["validate", "{good}", "--on", "31/02/2024"], "err", 2),
    "validate-not-a-province": (
        ["validate", "{good}", "--province", "31321", "--on", "30/06/2024"],
        "err",
        1,
    ),
    "validate-header-row": (["validate", "{good}", "--kind", "tallies"], "out", 1),
    "tally-rows": (["tally", "{bad}", "--on", "01/01/2024"], "err", 1),
    "tally-by": (["tally", "{good}", "--by", "level,ward"], "err", 2),
    "tally-out": (["tally", "{good}", "--out", "x.pdf"], "err", 2),
    "tally-bad-on": (["tally", "{good}", "--on", "2024-02-30"], "err", 2),
    "tally-report": (
        [*_TALLY_HAU_GIANG, "--report", "{stated}", "--out", "{root}/ket-qua.xlsx"],
        "both",
        0,
    ),
    "tally-unwritable": ([*_TALLY_HAU_GIANG, "--out", "{root}/khong-co/ket-qua.csv"], "err", 1),
}


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_every_message_in_the_chosen_language(files: dict[str, Path], case: str, lang: str) -> None:
    args, stream, status = CASES[case]
    argv = [a.format(**{k: str(v) for k, v in files.items()}) for a in args]
    done = _run(*argv, "--lang", lang)
    assert done.returncode == status, done.stderr
    # what the user wrote: the files, the places (a report's row 'cấp huyện') and unit names
    written = (str(files["root"]), "Hậu Giang", "cấp huyện", *_UNIT_NAMES)
    if stream in ("out", "both"):
        _check(done.stdout, lang, *written)
    if stream in ("err", "both"):
        _check(done.stderr, lang, *written)
    if case == "tally-report":
        findings = [line for line in done.stdout.splitlines() if " list-differs " in line]
        assert len(findings) == 1
