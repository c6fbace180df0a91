"""Rule 6 on a real .docx: the reader hands every table of the body to check_table as a grid.

The documents are built here, as Word writes them (w:tbl, w:tr, w:tc, w:gridSpan, w:vMerge),
with the standard library; no python-docx needed.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hoiquanchung.checker import check_file
from hoiquanchung.checker._docx import docx_lines
from tests.corpus.docx_builder import word_document


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _tc(text: str, *, span: int = 1, vmerge: str | None = None) -> str:
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    head = f'<w:tcPr><w:tcW w:w="1000" w:type="dxa"/>{props}</w:tcPr>'
    return f"<w:tc>{head}{_p(text)}</w:tc>"


def _table(rows: list[list[str]]) -> str:
    body = "".join("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(r) + "</w:tr>" for r in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>{body}</w:tbl>'


def _docx(path: Path, body: str) -> Path:
    path.write_bytes(word_document(body))
    return path


LEVELS = _table(
    [
        [_tc("STT"), _tc("Cấp"), _tc("Số hội")],
        [_tc("1"), _tc("Cấp tỉnh"), _tc("13")],
        [_tc("2"), _tc("Cấp huyện"), _tc("28")],
        [_tc("3"), _tc("Cấp xã"), _tc("57")],
        [_tc("Tổng cộng", span=2), _tc("99")],
    ]
)

MERGED = _table(
    [
        [
            _tc("Đơn vị", vmerge="restart"),
            _tc("Hội viên", span=2),
            _tc("Tổng cộng", vmerge="restart"),
        ],
        [_tc("", vmerge="continue"), _tc("Nam"), _tc("Nữ"), _tc("", vmerge="continue")],
        [_tc("Xã A"), _tc("40"), _tc("60"), _tc("101")],
        [_tc("Xã B"), _tc("30"), _tc("20"), _tc("50")],
    ]
)


def test_the_reader_gives_grids_with_merged_slots(tmp_path: Path) -> None:
    path = _docx(tmp_path / "bang.docx", _p("Báo cáo") + LEVELS + _p("Bảng 2") + MERGED)
    grids: list[tuple[int, list[list[str | None]]]] = []
    with path.open("rb") as fh:
        lines = list(docx_lines(fh, on_table=lambda n, g: grids.append((n, g))))
    assert any(line == "1 | Cấp tỉnh | 13" for line, _ in lines)
    assert [n for n, _ in grids] == [1, 2]
    assert grids[0][1][4] == ["Tổng cộng", None, "99"]
    assert grids[1][1][:2] == [
        ["Đơn vị", "Hội viên", None, "Tổng cộng"],
        [None, "Nam", "Nữ", None],
    ]


def test_check_file_checks_the_tables_of_a_docx(tmp_path: Path) -> None:
    path = _docx(tmp_path / "bang.docx", _p("Báo cáo") + LEVELS + _p("Bảng 2") + MERGED)
    found = [f for f in check_file(path) if f.code.startswith("table-")]
    assert [(f.code, f.facts["table"], f.facts["row"], f.facts["column"]) for f in found] == [
        ("table-total-mismatch", 1, 5, 3),
        ("table-total-mismatch", 2, 3, 4),
    ]
    assert found[0].file == str(path)
    assert found[0].message("vi").startswith("Bảng 1, dòng 5, cột 3: ô tổng '99' ghi 99")


def test_a_consistent_docx_table_is_quiet(tmp_path: Path) -> None:
    fixed = LEVELS.replace(">99<", ">98<")
    path = _docx(tmp_path / "bang.docx", _p("Báo cáo") + fixed)
    assert [f for f in check_file(path) if f.code.startswith("table-")] == []


def test_a_nested_table_is_a_table_of_its_own(tmp_path: Path) -> None:
    inner = LEVELS
    outer = _table([[_tc("Phụ lục"), f"<w:tc>{_p('Bảng con')}{inner}{_p('')}</w:tc>"]])
    path = _docx(tmp_path / "long.docx", outer)
    found = [f for f in check_file(path) if f.code.startswith("table-")]
    assert [(f.facts["table"], f.facts["row"]) for f in found] == [(2, 5)]


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_CELL = st.text(alphabet="0123456789.,%- aăâđêôơưTổngcộ<&>", max_size=10).map(str.strip)


@given(st.lists(st.lists(_CELL, min_size=1, max_size=5), min_size=1, max_size=6))
def test_a_grid_written_as_a_word_table_reads_back_the_same(rows: list[list[str]]) -> None:
    import io

    table = _table([[_tc(_xml(cell)) for cell in row] for row in rows])
    buffer = io.BytesIO(word_document(table, zipfile.ZIP_STORED))
    grids: list[list[list[str | None]]] = []
    for _ in docx_lines(buffer, on_table=lambda _n, g: grids.append(g)):
        pass
    assert grids == [rows]


def test_the_command_line_reports_a_tables_total(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from hoiquanchung.cli import main

    path = _docx(tmp_path / "bang.docx", _p("Báo cáo") + LEVELS)
    assert main(["check", "--lang", "en", str(path)]) == 1
    out = capsys.readouterr().out
    assert "table-total-mismatch Table 1, row 5, column 3: the total cell '99' states 99" in out
