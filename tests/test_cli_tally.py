"""``hoiquanchung tally``: a list counted by level, category, unit..., written to .xlsx or .csv."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from hoiquanchung.cli import main

LIST = (
    "Tên hội;Cấp;Loại hội;Số hội viên;Đơn vị hành chính\n"
    "Hội Khuyến học;huyện;giao nhiệm vụ;1.200;Vị Thanh\n"
    "Hội Người cao tuổi;huyện;khác;300;Huyện Long Mỹ\n"
    "Hội Luật gia;tỉnh;khác;40;\n"
)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "ds.csv"
    path.write_text(LIST, encoding="utf-8")
    return path


def test_tally_prints_and_writes_xlsx(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ket-qua.xlsx"
    args = ["tally", str(good), "--province", "Hậu Giang", "--on", "30/06/2024", "--out", str(out)]
    assert main(args) == 0
    printed = capsys.readouterr()
    lines = printed.out.splitlines()
    assert [h.strip() for h in lines[0].split(" | ")][:3] == ["Cấp", "Loại hội", "Số hội"]
    assert any("cấp huyện" in line and "1.200" in line for line in lines)
    assert "đã ghi" in printed.err
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    assert [c.value for c in sheet[1]][:3] == ["Cấp", "Loại hội", "Số hội"]
    assert sum(c.value for c in sheet["C"][1:]) == 3  # numeric cells: they add up


def test_tally_by_district_in_english_to_csv(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "result.csv"
    args = [
        "tally", str(good), "--by", "district", "--province", "Hậu Giang", "--on", "2024-06-30",
        "--out", str(out), "--lang", "en",
    ]  # fmt: skip
    assert main(args) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Level,Unit,Unit code,Associations")
    assert "Thành phố Vị Thanh,930,1" in text
    assert "written" in capsys.readouterr().err


def test_refused_rows_are_not_counted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "sai.csv"
    path.write_text("Tên hội;Cấp;Loại hội;Số hội viên\nHội A;tỉnh;khác;120,5\n", encoding="utf-8")
    assert main(["tally", str(path), "--lang", "en"]) == 1
    printed = capsys.readouterr()
    assert printed.out == ""
    assert "column D" in printed.err
    assert "not counted" in printed.err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--by", "level,ward"], "--by"),
        (["--out", "x.pdf"], "--out"),
        (["--on", "31/02/2024"], "--on"),
    ],
)
def test_usage_errors(
    good: Path, extra: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tally", str(good), *extra]) == 2
    assert message in capsys.readouterr().err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tally", str(tmp_path / "khong-co.xlsx"), "--lang", "vi"]) == 1
    assert "khong-co.xlsx" in capsys.readouterr().err


def test_tally_against_a_report(
    good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stated = tmp_path / "bao-cao.csv"
    stated.write_text("Cấp;Loại hội;Số hội\ncấp huyện;;16\ncấp tỉnh;khác;1\n", encoding="utf-8")
    out = tmp_path / "ket-qua.xlsx"
    place = ["--province", "Hậu Giang", "--on", "30/06/2024"]
    args = ["tally", str(good), *place, "--report", str(stated), "--out", str(out)]
    assert main(args) == 0  # findings are warnings
    printed = capsys.readouterr().out
    assert "list-differs báo cáo ghi 16 hội cấp huyện, danh sách có 2" in printed
    assert "đã đối chiếu 2 số liệu của báo cáo với danh sách: 1 phát hiện" in printed
    assert openpyxl.load_workbook(out).sheetnames == ["Số hội", "Báo cáo và danh sách", "Phát hiện"]
    assert main(["tally", str(good), *place, "--report", "hau-giang-2024", "--lang", "en"]) == 0
    assert "the report states 99 associations, the list has 3" in capsys.readouterr().out
