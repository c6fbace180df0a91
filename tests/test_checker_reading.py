"""The checker's reading: encodings, .docx, Word artefacts, NFC with positions in the original."""

from __future__ import annotations

import builtins
import codecs
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from hoiquanchung.checker import check_file, check_text, extract, read_mentions
from hoiquanchung.checker._reading import read_lines
from hoiquanchung.checker._text import (
    BLANK,
    Splitter,
    nfc_with_columns,
    paragraphs,
    split_lines,
)
from hoiquanchung.errors import DocumentReadError, NotFoundError, ValidationError

RATE_LINE = "số Đơn vị học tập đăng ký: 515/565, đạt tỷ lệ 91,53%."
BAD_DATE_LINE = "Quy định 124-QĐ/TW ngày 02/02/218 của Ban Bí thư."
TEXT = f"Báo cáo thử\n{RATE_LINE}\n{BAD_DATE_LINE}\n"


def codes(findings: list[Any]) -> list[tuple[str, int | None, int | None]]:
    return [(f.code, f.line, f.column) for f in findings]


EXPECTED = [("rate-mismatch", 2, 47), ("impossible-date", 3, 25)]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
    ],
)
def test_text_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    path = tmp_path / "bao-cao.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    findings = check_file(path)
    assert codes(findings) == EXPECTED
    assert {f.file for f in findings} == {str(path)}


def test_crlf_and_lone_cr_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert codes(check_file(path)) == EXPECTED
    path.write_bytes(TEXT.replace("\n", "\r").encode("utf-8"))
    assert codes(check_file(path)) == EXPECTED
    assert codes(check_text(TEXT.replace("\n", "\r\n"))) == EXPECTED


def test_bad_utf8_names_file_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "cp1258.txt"
    path.write_bytes(b"dong 1\ndong 2\n\xc0\xff bad\n")
    with pytest.raises(DocumentReadError) as info:
        check_file(path)
    message = str(info.value)
    assert str(path) in message
    assert "UTF-8" in message
    assert "line 3" in message
    assert "offset 14" in message
    assert "0xc0" in message


def test_utf16_without_bom_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "nobom.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    with pytest.raises(DocumentReadError, match=r"NUL character at line 1 \(byte offset 1\)"):
        check_file(path)


def test_missing_file_directory_and_old_doc(tmp_path: Path) -> None:
    with pytest.raises(DocumentReadError, match="no such file"):
        check_file(tmp_path / "missing.txt")
    with pytest.raises(DocumentReadError, match="directory"):
        check_file(tmp_path)
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(DocumentReadError, match=r"\.doc"):
        check_file(old)


def test_document_read_error_is_an_oserror_and_library_error() -> None:
    from hoiquanchung.errors import HoiQuanChungError

    assert issubclass(DocumentReadError, OSError)
    assert issubclass(DocumentReadError, HoiQuanChungError)


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("BÁO CÁO thử nghiệm")
    document.add_paragraph(RATE_LINE)
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(
        [
            ("Chỉ tiêu", "Số đăng ký", "Tỷ lệ"),
            ("Gia đình học tập", "113.453/151.530", "đạt 74,87%"),
            ("Dòng họ học tập", "375/648", "đạt 57,00%"),
        ]
    ):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph(BAD_DATE_LINE)
    document.save(str(path))
    return path


def test_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    path = _docx(tmp_path / "bao-cao.docx")
    findings = check_file(path)
    # Line 1: title; 2: the rate; 3-5: the table rows; 6: the date.
    assert codes(findings) == [
        ("rate-mismatch", 2, 47),
        ("rate-mismatch", 5, 33),
        ("impossible-date", 6, 25),
    ]
    assert findings[1].stated == "57,00%"
    mentions = list(read_mentions(path))
    assert [m.text for m in mentions if m.line == 4] == ["113.453", "151.530", "74,87%"]


def test_docx_that_is_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_bytes(b"just some text, not a Word file")
    with pytest.raises(DocumentReadError, match=r"not a readable \.docx"):
        check_file(path)


def test_docx_is_read_without_python_docx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _docx(tmp_path / "bao-cao.docx")
    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "docx" or name.startswith("docx."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    # The checker reads .docx with the standard library: python-docx only builds the test file.
    found = [f.code for f in check_file(path)]
    assert found == ["rate-mismatch", "rate-mismatch", "impossible-date"]


def test_nfc_columns_point_into_the_original() -> None:
    nfd_line = unicodedata.normalize("NFD", RATE_LINE)
    assert nfd_line != RATE_LINE
    [finding] = check_text(nfd_line)
    assert finding.code == "rate-mismatch"
    assert nfd_line[finding.column - 1 :].startswith("91,53%")
    [mention] = [m for m in extract(nfd_line) if m.unit == "%"]
    assert nfd_line[mention.column - 1 :].startswith("91,53%")
    # start/end are offsets into the NFC text
    nfc = unicodedata.normalize("NFC", nfd_line)
    assert nfc[mention.start : mention.end] == mention.text


def test_nfc_with_columns_merges_across_starters() -> None:
    # Hangul conjoining jamo compose across starters: the map stays consistent.
    jamo = "\u1100\u1161\u11a8 5%"
    text, cols = nfc_with_columns(jamo)
    assert text == unicodedata.normalize("NFC", jamo)
    assert jamo[cols[text.index("5")]] == "5"
    assert len(cols) == len(text) + 1


def test_footnote_markers_do_not_glue_numbers() -> None:
    line = "có 12[[footnoteRef:3]]34 hội"
    assert [m.text for m in extract(line)] == ["12", "34 hội"]
    # A unit is never read across a marker either.
    assert [(m.text, m.unit) for m in extract("có 98[[footnoteRef:1]] người")] == [("98", None)]
    # The bookmark's digits are not a quantity.
    assert extract("[bookmark: _Hlk147495068]- Trong lĩnh vực giáo dục") == []


def test_footnote_body_is_its_own_paragraph_and_spans_lines() -> None:
    text = (
        "Cấp tỉnh có 40 hội[[footnoteRef:1]], cấp huyện 59 hội. [1: [] Cấp tỉnh: có 13 tổ chức\n"
        "và 27 hội khác.\n"
        "] \n"
        "Tổng số 440.977 hội viên."
    )
    paras = list(paragraphs(split_lines(text)))
    assert [(p.line, p.footnote, " ".join(p.text.replace(BLANK, "").split())) for p in paras] == [
        (1, False, "Cấp tỉnh có 40 hội, cấp huyện 59 hội."),
        (1, True, "Cấp tỉnh: có 13 tổ chức"),
        (2, True, "và 27 hội khác."),
        (4, False, "Tổng số 440.977 hội viên."),
    ]
    mentions = extract(text)
    assert [(m.text, m.footnote) for m in mentions] == [
        ("40 hội", False),
        ("59 hội", False),
        ("13 tổ chức", True),
        ("27 hội", True),
        ("440.977 hội viên", False),
    ]
    for m in mentions:
        original_line = text.split("\n")[m.line - 1]
        assert original_line[m.column - 1 :].startswith(m.text)


def test_footnote_with_inner_brackets() -> None:
    s = Splitter()
    line = "Văn bản[[footnoteRef:2]]. [2: [] Quyết định [số 46] năm 2011] Tiếp 5 hội."
    paras = list(s.feed(line))
    assert [(p.footnote, p.text.strip()) for p in paras] == [
        (False, "Văn bản" + BLANK * 17 + "."),
        (True, "Quyết định [số 46] năm 2011"),
        (False, "Tiếp 5 hội."),
    ]


def test_read_lines_streams(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("dòng\n" * 1000, encoding="utf-8")
    lines = read_lines(path)
    first = next(iter(lines))
    assert first == ("dòng", "\n")


def test_non_str_text_is_refused() -> None:
    from hoiquanchung.errors import ValidationError

    with pytest.raises(ValidationError, match="text must be a str"):
        check_text(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        extract(None)  # type: ignore[arg-type]


def test_bad_bytes_after_many_blocks_are_located(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(("dòng\r\n" * 30000).encode("utf-8") + b"\xff\n")
    with pytest.raises(DocumentReadError, match=r"line 30001 \(byte 0xff at offset 210000\)"):
        check_file(path)
    path.write_bytes(codecs.BOM_UTF16_LE + ("dòng\n" * 30000).encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(DocumentReadError, match="not valid UTF-16 at line 30001"):
        check_file(path)


def test_crlf_split_across_blocks(tmp_path: Path) -> None:
    from hoiquanchung.checker import _reading

    # Put a "\r\n" exactly across the block boundary: the line count must not double.
    head = "a" * (_reading._BLOCK - 1)
    path = tmp_path / "edge.txt"
    path.write_bytes((head + "\r\n" + BAD_DATE_LINE + "\n").encode("utf-8"))
    assert codes(check_file(path)) == [("impossible-date", 2, 25)]


def test_iter_findings_over_lines_and_open_files(tmp_path: Path) -> None:
    from hoiquanchung.checker import iter_findings

    assert codes(list(iter_findings(TEXT.splitlines()))) == EXPECTED
    assert codes(list(iter_findings(TEXT.splitlines(keepends=True)))) == EXPECTED
    assert codes(list(iter_findings(["", *TEXT.splitlines()]))) == [
        (code, line + 1, col) for code, line, col in EXPECTED
    ]
    path = tmp_path / "bc.txt"
    path.write_text(TEXT, encoding="utf-8")
    with path.open(encoding="utf-8", newline="") as fh:
        found = list(iter_findings(fh, file="bc.txt"))
    assert codes(found) == EXPECTED
    assert {f.file for f in found} == {"bc.txt"}


def test_bad_argument_types_are_validation_errors() -> None:
    from hoiquanchung.checker import iter_findings
    from hoiquanchung.errors import ValidationError

    with pytest.raises(ValidationError, match="not one str"):
        list(iter_findings(TEXT))
    with pytest.raises(ValidationError, match="line 2 must be a str"):
        list(iter_findings(["a", 5]))  # type: ignore[list-item]
    with pytest.raises(ValidationError, match="file must be a str"):
        check_text("a", file=5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="path must be a str"):
        check_file(5)  # type: ignore[arg-type]


def test_docx_merged_cells_and_nested_table(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Đơn vị học tập: 515/565"
    table.cell(0, 2).text = "đạt tỷ lệ 91,53%"
    inner = table.cell(1, 0).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Dòng họ: 375/648"
    inner.cell(0, 1).text = "(57,87%)"
    path = tmp_path / "gop.docx"
    document.save(str(path))
    lines = [line for line, _ in read_lines(path)]
    # The merged cell appears once; the nested table's row follows its parent row.
    assert lines[0] == "Đơn vị học tập: 515/565 | đạt tỷ lệ 91,53%"
    assert "Dòng họ: 375/648 | (57,87%)" in lines
    assert codes(check_file(path)) == [("rate-mismatch", 1, 37)]


@pytest.mark.parametrize("name", ["report\x00.txt", "report\ud800.txt"])
def test_impossible_path_names_are_read_errors(name: str) -> None:
    with pytest.raises(DocumentReadError, match="cannot be opened"):
        check_file(name)
    with pytest.raises(DocumentReadError, match="cannot be opened"):
        list(read_mentions(name))


def test_argument_errors_of_the_checker_read_in_both_languages() -> None:
    import io as _io

    from hoiquanchung.checker import iter_findings
    from hoiquanchung.checker._reading import ReportReadError

    with pytest.raises(ValidationError) as caught:
        list(iter_findings("một dòng"))
    assert caught.value.code == "checker-lines-one-str"
    assert caught.value.render("vi").startswith("lines phải là một dãy các dòng")
    with pytest.raises(ValidationError) as caught:
        check_text(12)  # type: ignore[arg-type]
    assert caught.value.code == "must-be-got"
    assert caught.value.render("vi").startswith("text phải là một chuỗi (str), nhận được int")

    class TextStream(_io.StringIO):
        name = "a.txt"

    with pytest.raises(ValidationError) as caught:
        check_file(TextStream("x"))  # type: ignore[arg-type]
    assert caught.value.code == "report-binary-stream"
    assert "cần một luồng nhị phân" in caught.value.render("vi")
    with pytest.raises(NotFoundError) as missing:
        ReportReadError("a.txt", "no-such-reason")
    assert missing.value.code == "report-reason-unknown"
