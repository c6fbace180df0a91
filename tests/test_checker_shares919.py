"""Round 19 (shares9): the answers of the business-trend survey (better, stable, worse).

Real paragraphs of the corpus (by id; their address is in the corpus entry), figures changed only
where a case says so: the statistics office's quarterly survey of enterprises gives each answer's
share of the enterprises (better / stable / worse; up / stable / down), one after the other in
one sentence, or two answers merged into one share with their own shares in brackets
(:mod:`hoiquanchung.checker._survey_shares`); the three answers are all the enterprises, so their
shares must make 100 % both ways.  Then the near misses where the checker stays quiet.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hoiquanchung.checker import check_text
from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._survey_shares import survey_shares
from hoiquanchung.checker._text import Splitter

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
from corpus_harness import text_of


def shares_found(text: str) -> list[str]:
    return [f.code for f in check_text(text) if f.code == "share-sum-mismatch"]


def changed(pid: str, old: str, new: str) -> str:
    text = text_of(pid)
    assert text.count(old) == 1, (pid, old)
    return text.replace(old, new)


def runs(text: str) -> list[list[str]]:
    return [
        [m.text for m in run]
        for para in Splitter().feed(text)
        for run, _ in survey_shares(ParagraphContext.of(para))
    ]


# (paragraph id, the share as written, a share one mutation makes of it)
READ = [
    # http://doanhnghiep24h.vn/doanh-nghiep-danh-gia-tinh-hinh-kinh-doanh-quy-iii-2023-tot-hon-quy-ii/
    # "có 30,1% số doanh nghiệp đánh giá ... tốt hơn ...; 37,5% ... ổn định và 32,4% ... gặp khó
    # khăn": below 100 % found too (the three answers are every enterprise).
    ("s8h-doanhnghiep24h-xuhuong-q3-2023", "37,5%", "27,5%"),
    ("s8h-doanhnghiep24h-xuhuong-q3-2023", "23,7%", "28,7%"),
    # https://tapchitaichinh.vn/...: the answers in another order (better, worse, stable).
    ("s8h-tapchitaichinh-xuhuong-q3-2017", "52,6%", "57,6%"),
    ("s8h-tapchitaichinh-xuhuong-q3-2017", "9,9%", "6,9%"),
    # https://m.thoimoi.vn/doanh-nghiep-lac-quan-voi-tinh-hinh-san-xuat-kinh-doanh-326147: the
    # orders up, stable, down ("đơn hàng tăng ...; ... ổn định và ... đơn hàng giảm").
    ("s8h-thoimoi-xuhuong-q3-2025", "45,6%", "40,6%"),
    # https://www.vietnamplus.vn/... (2017): three questions in one "sentence" glued by ".Cũng"
    # and ".Về": each answer's clause ends at the full stop.
    ("s8h-vietnamplus-xuhuong-q3-2017", "10,6%", "19,6%"),
    # https://cafef.vn/...: "75,8% ... tốt hơn và giữ ổn định ... (25,4% tốt hơn và 50,4% giữ ổn
    # định); 24,2% ... khó khăn hơn": a merged answer, its parts in brackets left out.
    ("h48-cafef-dn-nam-2025", "24,2%", "14,2%"),
    # https://tieudungplus.vn/... (held-out): "66,6% ... tăng và giữ nguyên ... (26,8% tăng, 39,8%
    # giữ nguyên), 33,4% ... giảm".
    ("s9h-tieudungplus-don-hang-q1-2022", "33,4%", "38,4%"),
    # https://fica.dantri.com.vn/... (held-out): volume of production, two questions.
    ("s9h-dantri-khoi-luong-q1-2024", "17,7%", "11,7%"),
    # https://tapchixaydung.vn/... (verification, after the reading): the construction survey's
    # labour, the stable answer written "không đổi".
    ("s9v-tapchixaydung-lao-dong-q1-2024", "58,8%", "50,8%"),
    # the same page: "80,2% DN nhận định tăng và không đổi (32,9% ...; 47,3% ... không thay
    # đổi); 19,8% ... giảm".
    ("s9v-tapchixaydung-hop-dong-q1-2024", "19,8%", "29,8%"),
]


@pytest.mark.parametrize(("pid", "old", "new"), READ)
def test_survey_answers_found(pid: str, old: str, new: str) -> None:
    assert shares_found(text_of(pid)) == []
    assert shares_found(changed(pid, old, new)) == ["share-sum-mismatch"]


def test_runs_of_one_sentence_and_of_a_merged_answer() -> None:
    assert runs(text_of("s8h-vietnamplus-xuhuong-q3-2017")) == [
        ["52,1%", "12%", "35,9%"],
        ["53,4%", "10,6%", "36%"],
        ["47,7%", "11,2%", "41,1%"],
    ]
    assert runs(text_of("h48-cafef-dn-nam-2025")) == [["75,8%", "24,2%"]]


# Near misses: real text where the reading must make no run (and no finding comes).
QUIET = [
    # http://www.tinkinhte.com/_t16/trien-vong-kinh-doanh/: up and down, the stable share not
    # written: two answers of three are no breakdown.
    "s9h-tinkinhte-khoi-luong-2016",
    # https://fica.dantri.com.vn/...: "82,2% ... tốt hơn và giữ ổn định ...; tỷ lệ này ở khu vực
    # doanh nghiệp Nhà nước là 78,1%": the merged answer of another whole, no answer after it.
    "s9h-dantri-ty-le-nay-q2-2024",
    # https://www.vietnamplus.vn/... (2026): "75,8% ... thuận lợi và ổn định hơn, tăng đáng kể so
    # với tỷ lệ 74,9% của quý 3": a rate compared with the last quarter's.
    "s9h-vietnamplus-xuhuong-q4-2025",
    # https://lifetoday.vn/...: the run is read, then "79,4% ... tốt hơn và giữ ổn định ...; tỷ
    # lệ này ... lần lượt là 71,8% và 68,8%" is none.
    "s9h-lifetoday-du-kien-q4-2021",
]


@pytest.mark.parametrize("pid", QUIET)
def test_near_misses_quiet(pid: str) -> None:
    assert shares_found(text_of(pid)) == []
    assert all("71,8%" not in run and "78,1%" not in run for run in runs(text_of(pid)))


def test_near_miss_share_with_no_answer_after_it() -> None:
    # https://bacninhtv.vn/... : "có 31% doanh nghiệp có xu hướng kinh doanh tốt lên, trong khi
    # đó, ở Quý II chỉ số này chỉ đạt 24%; ...": 24% names no answer, the sentence is not read
    # (a mutation of the first run's 31% is not reported).
    pid = "s8h-bacninhtv-xuhuong-q3"
    assert ["31%", "29,2%", "39,8%"] not in runs(text_of(pid))
    assert shares_found(changed(pid, "có 31%", "có 81%")) == []


def test_near_miss_growth_is_no_share() -> None:
    # https://soha.vn/... (h47, Hà Nội 2025): "tăng 7,46%, đóng góp 21,09% ... theo hướng ổn
    # định": no enterprises surveyed, no run.
    assert runs(text_of("h47-soha-hanoi-dong-gop-tang-truong-2025")) == []
