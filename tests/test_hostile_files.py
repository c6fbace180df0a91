"""Hostile inputs for the report reader and the ``check`` command (issue 10, items 5-14).

Every file is generated here, small enough to run in CI in a few seconds: long lines without a
newline, NUL bytes late in a file, odd encodings, pipes, FIFOs and standard input, ``.docx``
bombs and every ``.docx`` element whose text must (or must not) be read.  The command runs as a
subprocess on them, through the installed ``hoiquanchung`` console script where start-up matters.
Timeouts below only stop a hang (a FIFO opened twice blocks forever); no test times anything.
"""

from __future__ import annotations

import base64
import codecs
import contextlib
import io
import json
import os
import re
import subprocess
import sys
import threading
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from hoiquanchung.checker import ReportReadError, _reading, check_file, read_mentions
from hoiquanchung.checker import _docx as docx_module
from hoiquanchung.checker._reading import read_lines
from hoiquanchung.checker._text import CONTINUED, MAX_LINE, cut_point
from hoiquanchung.errors import DocumentReadError, HoiQuanChungError

RATE = "Đơn vị học tập đăng ký: 515/565, đạt tỷ lệ 91,53%."  # 515/565 = 91,15%: an error
FILLER = "Công tác tuyên truyền được triển khai sâu rộng đến cơ sở. "
HANG = 120  # seconds: only to turn a hang into a failure

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
V = "urn:schemas-microsoft-com:vml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# -- helpers -------------------------------------------------------------------------------


def _cli(
    *args: str, stdin: bytes | None = None, script: bool = False
) -> subprocess.CompletedProcess[bytes]:
    """Run the command: ``python -m hoiquanchung`` or, with *script*, the console script."""
    command = [_console_script()] if script else [sys.executable, "-m", "hoiquanchung"]
    return subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
        timeout=HANG,
        check=False,
    )


def _console_script() -> str:
    path = Path(sys.executable).parent / "hoiquanchung"
    assert path.exists(), "the hoiquanchung console script is not installed beside python"
    return str(path)


def _pieces(source: Path) -> list[tuple[str, str]]:
    return list(read_lines(source))


def _joined(pairs: list[tuple[str, str]]) -> str:
    return "".join(text + ("" if sep == CONTINUED else sep) for text, sep in pairs)


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _make_docx(
    path: Path,
    body: str,
    *,
    parts: dict[str, str] | None = None,
    rels: list[tuple[str, str]] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
    document: str | bytes | None = None,
) -> Path:
    """A minimal .docx: *body* inside w:body, extra *parts* and their relationships."""
    xml = (
        document
        if document is not None
        else (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W}" xmlns:r="{R}" xmlns:mc="{MC}" xmlns:wps="{WPS}" '
            f'xmlns:v="{V}"><w:body>{body}</w:body></w:document>'
        )
    )
    doc_rels = "".join(
        f'<Relationship Id="rId{n}" Type="{REL}/{kind}" Target="{target}"/>'
        for n, (kind, target) in enumerate(rels or [], start=10)
    )
    with zipfile.ZipFile(path, "w", compression) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{PR}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", xml)
        z.writestr(
            "word/_rels/document.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{PR}">{doc_rels}</Relationships>',
        )
        for name, content in (parts or {}).items():
            z.writestr(name, content)
    return path


def _lines(path: Path) -> list[str]:
    return [text for text, _ in read_lines(path)]


# -- item 5: a non-seekable input ----------------------------------------------------------


def test_a_pipe_is_read_without_seeking() -> None:
    read_end, write_end = os.pipe()
    data = codecs.BOM_UTF16_LE + f"Báo cáo\n{RATE}\n".encode("utf-16-le")

    def write() -> None:
        with open(write_end, "wb") as fh:
            fh.write(data)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    with open(read_end, "rb") as stream:
        assert not stream.seekable()
        findings = check_file(stream)
    writer.join(HANG)
    assert [(f.code, f.line) for f in findings] == [("rate-mismatch", 2)]


def test_cli_checks_the_files_after_a_pipe(tmp_path: Path) -> None:
    good = tmp_path / "sau.txt"
    good.write_text(RATE + "\n", encoding="utf-8")
    done = _cli("check", "--lang", "en", "/dev/stdin", str(good), stdin=(RATE + "\n").encode())
    out = done.stdout.decode()
    assert b"Traceback" not in done.stderr
    assert f"{good}:1:" in out, "the file after the pipe was not checked"
    assert out.count("rate-mismatch") == 2
    assert done.returncode == 1


# -- item 6: a FIFO is opened once -----------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_cli_reads_a_fifo_once_and_goes_on(tmp_path: Path) -> None:
    fifo = tmp_path / "bao-cao.fifo"
    os.mkfifo(fifo)
    after = tmp_path / "sau.txt"
    after.write_text(RATE + "\n", encoding="utf-8")

    def write() -> None:
        try:
            with fifo.open("wb") as fh:
                fh.write(codecs.BOM_UTF8 + (FILLER + "\n" + RATE + "\n").encode())
        except OSError:  # the reader went away
            pass

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        done = _cli("check", "--lang", "en", str(fifo), str(after))
    finally:
        if writer.is_alive():  # unblock a writer still waiting for a reader
            with open(fifo, "rb") as fh:
                fh.read()
    writer.join(HANG)
    out = done.stdout.decode()
    assert f"{fifo}:2:" in out
    assert f"{after}:1:" in out
    assert done.returncode == 1


# -- item 7: a long line without a newline -------------------------------------------------


def _long_line_file(tmp_path: Path, size: int) -> tuple[Path, str]:
    text = FILLER * (size // len(FILLER.encode()))
    position = len(text) // 2
    text = text[:position] + RATE + " " + text[position:]
    path = tmp_path / "mot-dong.txt"
    path.write_text(text, encoding="utf-8")  # no newline at all
    return path, text


def test_a_long_line_comes_in_bounded_pieces_and_nothing_is_lost(tmp_path: Path) -> None:
    path, text = _long_line_file(tmp_path, 1_000_000)
    pairs = _pieces(path)
    assert len(pairs) > 1
    assert all(len(piece) <= MAX_LINE for piece, _ in pairs)
    assert all(sep == CONTINUED for _, sep in pairs[:-1])
    assert pairs[-1][1] == ""
    assert _joined(pairs) == text


def test_a_long_line_is_still_checked_with_true_positions(tmp_path: Path) -> None:
    path, text = _long_line_file(tmp_path, 300_000)
    [finding] = check_file(path)
    assert finding.code == "rate-mismatch"
    assert finding.line == 1
    assert text[finding.column - 1 :].startswith("91,53%")
    assert finding.column > MAX_LINE  # a position in a later piece, counted on


def _count_lines_traced(path: Path) -> tuple[int, int]:
    """How many lines :func:`read_lines` gives for *path*, and the peak memory it traced."""
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_lines(path))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_long_line_is_read_in_bounded_memory(tmp_path: Path) -> None:
    path, _ = _long_line_file(tmp_path, 6_000_000)
    count, peak = _count_lines_traced(path)
    assert count > 100
    assert peak < 2_000_000, f"reading one 6 MB line peaked at {peak} bytes"


def test_cut_point_prefers_the_end_of_a_sentence() -> None:
    text = "a" * 30 + ". " + "b" * 50 + " " + "c" * 40
    assert cut_point(text, 100) == 83  # after the last space: no sentence end in 50..100
    text = "a" * 60 + ". " + "b" * 60
    assert cut_point(text, 100) == 62
    assert cut_point("x" * 30, 100) == 30
    assert cut_point("x" * 300, 100) == 100


@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        max_size=400,
    ),
    st.integers(min_value=8, max_value=60),
    st.integers(min_value=1, max_value=40),
)
def test_text_reading_round_trips_at_any_ceiling_and_block(
    text: str, limit: int, block: int
) -> None:
    assume(not text.startswith(("\ufeff", "PK\x03\x04")))  # a BOM, a zip
    data = text.encode("utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_reading, "MAX_LINE", limit)
        mp.setattr(_reading, "_BLOCK", block)
        pairs = list(read_lines(io.BytesIO(data), name="x.txt"))
    assert _joined(pairs) == text
    assert all(len(piece) <= limit for piece, sep in pairs if sep == CONTINUED)
    # Only real line ends end a line: the line numbers are those of the file.
    ends = [sep for _, sep in pairs if sep not in ("", CONTINUED)]
    assert ends == re.findall(r"\r\n|\r|\n", text)


# -- item 8: .docx read as a stream with ceilings --------------------------------------------


def test_a_docx_bomb_is_refused_by_its_ratio(tmp_path: Path) -> None:
    filler = _p("0" * 1000) * 12_000  # ~12 MB of XML that deflates ~1000 times
    path = _make_docx(tmp_path / "bom.docx", filler)
    assert path.stat().st_size < 200_000
    with pytest.raises(ReportReadError) as info:
        check_file(path)
    assert info.value.reason == "docx-ratio"
    assert "word/document.xml" in str(info.value)
    assert "bom nén" in info.value.message("vi")


def test_a_bomb_hidden_before_incompressible_text_is_refused_early(tmp_path: Path) -> None:
    # The whole part expands less than 10 times; its first 8 MiB expand ~1000 times.
    tail = base64.b64encode(os.urandom(1_500_000)).decode()
    path = _make_docx(tmp_path / "giau.docx", _p("0" * 1000) * 10_000 + _p(tail))
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("word/document.xml")
    assert info.file_size < 10 * info.compress_size
    with pytest.raises(ReportReadError) as caught:
        list(read_lines(path))
    assert caught.value.reason == "docx-ratio"


def test_a_docx_over_the_size_ceiling_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(docx_module, "MAX_XML_BYTES", 200_000)
    path = _make_docx(tmp_path / "lon.docx", _p(FILLER) * 3000, compression=zipfile.ZIP_STORED)
    with pytest.raises(ReportReadError) as info:
        list(read_lines(path))
    assert info.value.reason == "docx-size"


def test_a_docx_with_a_dtd_or_entities_is_refused(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "hahahahaha">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    path = _make_docx(tmp_path / "dtd.docx", "", document=laughs)
    with pytest.raises(ReportReadError) as info:
        check_file(path)
    assert info.value.reason == "docx-dtd"
    external = (
        '<?xml version="1.0"?><!DOCTYPE w:document SYSTEM "http://example.invalid/x.dtd">'
        f'<w:document xmlns:w="{W}"><w:body/></w:document>'
    )
    with pytest.raises(ReportReadError, match="DTD"):
        check_file(_make_docx(tmp_path / "ext.docx", "", document=external))


def test_a_docx_nested_too_deep_is_refused(tmp_path: Path) -> None:
    deep = "<w:sdt><w:sdtContent>" * 600 + _p("x") + "</w:sdtContent></w:sdt>" * 600
    with pytest.raises(ReportReadError) as info:
        check_file(_make_docx(tmp_path / "sau.docx", deep))
    assert info.value.reason == "docx-depth"


def test_a_big_docx_is_read_in_bounded_memory(tmp_path: Path) -> None:
    path = _make_docx(
        tmp_path / "dai.docx", (_p(FILLER * 3) + _p(RATE)) * 15_000, compression=zipfile.ZIP_STORED
    )
    assert path.stat().st_size > 3_000_000
    count, peak = _count_lines_traced(path)
    assert count == 30_000
    assert peak < 3_000_000, f"reading a {path.stat().st_size}-byte .docx peaked at {peak}"


def test_a_docx_paragraph_longer_than_the_ceiling_comes_in_pieces(tmp_path: Path) -> None:
    text = FILLER * (3 * MAX_LINE // len(FILLER)) + RATE
    path = _make_docx(tmp_path / "dai.docx", _p("Mở đầu") + _p(text) + _p("Kết thúc"))
    pairs = _pieces(path)
    assert all(len(piece) <= MAX_LINE for piece, _ in pairs)
    assert _joined(pairs) == f"Mở đầu\n{text}\nKết thúc\n"
    [finding] = check_file(path)
    assert (finding.code, finding.line) == ("rate-mismatch", 2)


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 not really a zip", b"", b"PK\x05\x06" + b"\x00" * 18],
)
def test_damaged_docx_files_are_read_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "hong.docx"
    path.write_bytes(content)
    with pytest.raises(ReportReadError, match=r"\.docx"):
        check_file(path)


def test_a_docx_without_its_main_part_or_with_broken_xml(tmp_path: Path) -> None:
    path = tmp_path / "thieu.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/other.xml", "<x/>")
    with pytest.raises(ReportReadError, match=r"there is no word/document\.xml"):
        check_file(path)
    broken = _make_docx(tmp_path / "vo.docx", "", document=f'<w:document xmlns:w="{W}"><w:body>')
    with pytest.raises(ReportReadError, match=r"word/document\.xml: .*line 1"):
        check_file(broken)
    lost = _make_docx(tmp_path / "mat.docx", _p("x"), rels=[("footnotes", "footnotes.xml")])
    with pytest.raises(ReportReadError) as info:
        check_file(lost)
    assert info.value.reason == "docx-part"


# -- item 9: every kind of .docx text, in document order ------------------------------------


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


BODY = (
    _p("Mở đầu")
    # a body-level content control
    + f"<w:sdt><w:sdtPr><w:alias w:val='x'/></w:sdtPr><w:sdtContent>{_p('Trong điều khiển')}"
    "</w:sdtContent></w:sdt>"
    # tracked insertion and deletion, a move
     + f"<w:p>{_run('Có ')}<w:ins w:id='1' w:author='a'>{_run('45')}</w:ins>"
    "<w:del w:id='2' w:author='a'><w:r><w:delText>99</w:delText></w:r></w:del>"
    f"<w:moveFrom w:id='3'>{_run('cũ')}</w:moveFrom><w:moveTo w:id='4'>{_run(' hội')}</w:moveTo>"
    "</w:p>"
    # a smart tag, a simple field, a complex field, an inline content control
     + f"<w:p><w:smartTag w:uri='u' w:element='place'>{_run('Hậu Giang')}</w:smartTag>"
    f"<w:fldSimple w:instr=' PAGE '>{_run(' trang 7')}</w:fldSimple>"
    "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText>MERGEFIELD so</w:instrText>"
    f"</w:r><w:r><w:fldChar w:fldCharType='separate'/></w:r>{_run(' kết quả')}"
    "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
    f"<w:sdt><w:sdtPr/><w:sdtContent>{_run(' nội dung')}</w:sdtContent></w:sdt></w:p>"
    # a text box: DrawingML choice read once, VML fallback not read again
     + f"<w:p>{_run('Trước hộp')}<w:r><mc:AlternateContent><mc:Choice Requires='wps'>"
    f"<w:drawing><wps:txbx><w:txbxContent>{_p('Trong hộp văn bản')}</w:txbxContent></wps:txbx>"
    "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>"
    f"{_p('Trong hộp văn bản')}</w:txbxContent></v:textbox></w:pict></mc:Fallback>"
    f"</mc:AlternateContent></w:r>{_run(' sau hộp')}</w:p>"
    # a table with a content control around a cell and a tracked insertion in a cell
    + "<w:tbl><w:tblPr/><w:tr><w:tc>"
    + _p("Ô 1")
    + "</w:tc><w:sdt><w:sdtContent><w:tc>"
    + _p("Ô 2")
    + "</w:tc></w:sdtContent></w:sdt><w:tc><w:p><w:ins>"
    + _run("Ô 3")
    + "</w:ins>"
    "</w:p>"
    + _p("dòng hai")
    + "</w:tc></w:tr></w:tbl>"
    # a footnote reference between two numbers, tabs and breaks
    + f"<w:p>{_run('12')}<w:r><w:footnoteReference w:id='1'/></w:r>{_run('34 hội')}"
    f"<w:r><w:tab/></w:r>{_run('a')}<w:r><w:br/></w:r>{_run('b')}</w:p>" + _p("Kết thúc")
)
FOOTNOTES = (
    f'<?xml version="1.0"?><w:footnotes xmlns:w="{W}">'
    "<w:footnote w:type='separator' w:id='-1'><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
    f"<w:footnote w:id='1'>{_p('Cấp tỉnh: 13 hội.')}</w:footnote></w:footnotes>"
)
HEADER = f'<?xml version="1.0"?><w:hdr xmlns:w="{W}">{_p("Đầu trang")}</w:hdr>'
FOOTER = f'<?xml version="1.0"?><w:ftr xmlns:w="{W}">{_p("Chân trang")}</w:ftr>'
WB = "\u2060"


def test_every_docx_element_is_read_in_order(tmp_path: Path) -> None:
    path = _make_docx(
        tmp_path / "mau.docx",
        BODY,
        parts={
            "word/footnotes.xml": FOOTNOTES,
            "word/header1.xml": HEADER,
            "word/footer1.xml": FOOTER,
        },
        rels=[("footnotes", "footnotes.xml"), ("header", "header1.xml"), ("footer", "footer1.xml")],
    )
    assert _lines(path) == [
        "Mở đầu",
        "Trong điều khiển",
        "Có 45 hội",
        "Hậu Giang trang 7 kết quả nội dung",
        "Trong hộp văn bản",
        "Trước hộp sau hộp",
        "Ô 1 | Ô 2 | Ô 3 dòng hai",
        f"12{WB}34 hội\ta",
        "b",
        "Kết thúc",
        "Đầu trang",
        "Chân trang",
        "[1: [] Cấp tỉnh: 13 hội.",
        "]",
    ]
    mentions = list(read_mentions(path))
    assert [(m.text, m.footnote) for m in mentions if m.line == 8] == [
        ("12", False),
        ("34 hội", False),
    ]
    assert [(m.text, m.footnote) for m in mentions if m.line == 13] == [("13 hội", True)]


def test_figures_in_content_controls_and_insertions_are_checked(tmp_path: Path) -> None:
    sdt = f"<w:sdt><w:sdtContent>{_p(RATE)}</w:sdtContent></w:sdt>"
    ins = f"<w:p><w:ins w:id='1'>{_run(RATE)}</w:ins></w:p>"
    deleted = f"<w:p><w:del w:id='2'><w:r><w:delText>{RATE}</w:delText></w:r></w:del></w:p>"
    path = _make_docx(tmp_path / "kiem.docx", sdt + ins + deleted)
    assert [(f.code, f.line) for f in check_file(path)] == [
        ("rate-mismatch", 1),
        ("rate-mismatch", 2),
    ]


def test_strict_ooxml_namespace_is_read(tmp_path: Path) -> None:
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    xml = f'<w:document xmlns:w="{strict}"><w:body>{_p(RATE)}</w:body></w:document>'
    assert _lines(_make_docx(tmp_path / "strict.docx", "", document=xml)) == [RATE]


def test_an_imported_chunk_is_refused_not_dropped(tmp_path: Path) -> None:
    path = _make_docx(tmp_path / "chunk.docx", _p("a") + "<w:altChunk r:id='rId9'/>")
    with pytest.raises(ReportReadError) as info:
        check_file(path)
    assert info.value.reason == "docx-altchunk"
    assert "w:altChunk" in info.value.message("en")


# -- item 10: a NUL anywhere --------------------------------------------------------------


@pytest.mark.parametrize("where", [0, 10, 4095, 4096, 5000, 200_000])
def test_a_nul_is_refused_wherever_it_is(tmp_path: Path, where: int) -> None:
    text = ("dong mot\n" * (where // 9 + 1)).encode()[:where]
    path = tmp_path / "nul.txt"
    path.write_bytes(text + b"\x00" + b"sau\n")
    with pytest.raises(ReportReadError) as info:
        check_file(path)
    assert info.value.reason == "nul"
    assert info.value.facts["offset"] == where
    assert info.value.facts["line"] == text.count(b"\n") + 1


def test_a_nul_in_utf16_with_a_bom_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "nul16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "ab\ncd\x00".encode("utf-16-le"))
    with pytest.raises(ReportReadError) as info:
        check_file(path)
    assert (info.value.facts["line"], info.value.facts["offset"]) == (2, 2 + 10)


# -- items 11-13: the command line -----------------------------------------------------------


def test_exit_status_after_a_broken_pipe_counts_the_errors(tmp_path: Path) -> None:
    path = tmp_path / "nhieu-loi.txt"
    path.write_text((RATE + "\n") * 5000, encoding="utf-8")  # ~500 KB of output: more than a pipe
    process = subprocess.Popen(
        [sys.executable, "-m", "hoiquanchung", "check", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # what `| head -1` does
    try:
        status = process.wait(HANG)
    finally:
        process.kill()
    stderr = process.stderr.read()
    process.stderr.close()
    assert b"rate-mismatch" in first
    assert b"Traceback" not in stderr
    assert b"Exception ignored" not in stderr
    assert status == 1


def test_standard_input_is_a_file_named_dash(tmp_path: Path) -> None:
    done = _cli("check", "--lang", "en", "-", stdin=("Báo cáo\n" + RATE + "\n").encode())
    assert done.returncode == 1
    assert done.stdout.decode().startswith("<stdin>:2:")
    done = _cli(
        "check", "--format", "json", "-", stdin=codecs.BOM_UTF16_LE + RATE.encode("utf-16-le")
    )
    assert json.loads(done.stdout)[0]["file"] == "<stdin>"
    docx = _make_docx(tmp_path / "vao.docx", _p(RATE))
    done = _cli("check", "-", stdin=docx.read_bytes())
    assert done.stdout.decode().startswith("<stdin>:1:"), done.stderr
    done = _cli("figures", "-", stdin=b"co 12 hoi")
    assert done.returncode == 0
    assert done.stdout.decode().startswith("<stdin>:1:")
    done = _cli("check", "--lang", "en", "-", stdin=b"abc\x00")
    assert done.returncode == 1
    assert done.stderr.decode().startswith("hoiquanchung: <stdin>: contains a NUL character")


_INTERRUPT_AT_START = """
import importlib.abc, os, runpy, signal, sys

class Interrupt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == {module!r}:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)  # a real Ctrl-C, in the middle of start-up
        return None

sys.meta_path.insert(0, Interrupt())
sys.argv = [{script!r}, "check", {file!r}]
runpy.run_path({script!r}, run_name="__main__")
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("module", ["hoiquanchung", "hoiquanchung.checker", "hoiquanchung.cli"])
def test_ctrl_c_during_start_up_exits_130_without_a_traceback(tmp_path: Path, module: str) -> None:
    report = tmp_path / "a.txt"
    report.write_text(RATE, encoding="utf-8")
    code = _INTERRUPT_AT_START.format(module=module, script=_console_script(), file=str(report))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=HANG, check=False
    )
    assert b"Traceback" not in done.stderr, done.stderr.decode()
    assert done.returncode == 130
    assert b"interrupted (Ctrl-C)" in done.stderr


# -- item 14: a lone UTF-16 surrogate --------------------------------------------------------


def test_a_lone_surrogate_names_the_code_unit(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.txt"
    path.write_bytes(b"\xff\xfe\x00\xd8\x41\x00")
    with pytest.raises(ReportReadError) as info:
        check_file(path)
    assert info.value.reason == "encoding-unit"
    assert "code unit 0xD800 at byte offset 2" in str(info.value)
    assert "đơn vị mã 0xD800" in info.value.message("vi")
    path.write_bytes(codecs.BOM_UTF16_BE + "ab\n".encode("utf-16-be") + b"\xdc\x01")
    with pytest.raises(ReportReadError, match=r"line 2 \(code unit 0xDC01 at byte offset 8\)"):
        check_file(path)
    path.write_bytes(codecs.BOM_UTF32_LE + (0x110000).to_bytes(4, "little"))
    with pytest.raises(ReportReadError, match=r"code unit 0x00110000 at byte offset 4"):
        check_file(path)
    path.write_bytes(codecs.BOM_UTF16_LE + b"a\x00b")  # an odd byte at the end: a byte
    with pytest.raises(ReportReadError, match=r"byte 0x62 at offset 4"):
        check_file(path)


# -- the library's own errors, whatever the file ---------------------------------------------


@given(st.binary(max_size=300))
def test_any_bytes_give_findings_or_a_read_error(data: bytes) -> None:
    with contextlib.suppress(HoiQuanChungError):  # anything else fails the test
        list(read_lines(io.BytesIO(data), name="x"))


@given(st.binary(max_size=300))
def test_any_bytes_in_a_docx_part_give_lines_or_a_read_error(data: bytes) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", data)
    buffer.seek(0)
    with contextlib.suppress(DocumentReadError):  # anything else fails the test
        list(read_lines(buffer, name="x.docx"))


def test_a_text_stream_is_refused_with_the_library_error() -> None:
    from hoiquanchung.errors import ValidationError

    with pytest.raises(ValidationError, match="binary stream is needed"):
        check_file(io.StringIO("Có 5 hội"))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="path must be a str"):
        check_file(5)  # type: ignore[arg-type]


def test_check_text_cuts_a_long_line_like_the_file_reader(tmp_path: Path) -> None:
    from hoiquanchung.checker import check_text
    from hoiquanchung.checker._text import split_lines

    path, text = _long_line_file(tmp_path, 300_000)
    assert list(split_lines(text)) == _pieces(path)
    findings = [(f.code, f.line, f.column) for f in check_file(path)]
    assert findings == [(f.code, f.line, f.column) for f in check_text(text)]
    assert len(findings) == 1
