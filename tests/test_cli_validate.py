"""``hoiquanchung validate``: every problem of a table, located, in Vietnamese or English."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from hoiquanchung.cli import main


@pytest.fixture
def lists(tmp_path: Path) -> dict[str, Path]:
    good = tmp_path / "dung.csv"
    good.write_text(
        "Tên hội;Cấp;Loại hội;Số hội viên;Đơn vị hành chính\n"
        "Hội Khuyến học;huyện;giao nhiệm vụ;1.200;Châu Thành\n"
        ";;;;\n"
        "Hội Luật gia;tỉnh;khác;40;\n",
        encoding="utf-8",
    )
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Hội"
    sheet.append(["Tên hội", "Cấp", "Loại hội", "Số hội viên"])
    sheet.append(["Hội A", "tỉnh", "khác", 120.5])
    sheet.append(["Hội B", "thôn", "khác", 3])
    sheet.append(["Hội C", "xã", "khác", 4])
    bad = tmp_path / "sai.xlsx"
    book.save(bad)
    header = tmp_path / "tieu-de.csv"
    header.write_text("Tên hội,Màu cờ\nHội A,đỏ\n", encoding="utf-8")
    return {"good": good, "bad": bad, "header": header}


def test_validate_a_good_list(lists: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["validate", str(lists["good"]), "--province", "Hậu Giang", "--on", "30/06/2024"])
    assert status == 0
    assert capsys.readouterr().out == "2 dòng đã đọc, 1 dòng trống bỏ qua, 0 dòng bị từ chối\n"


def test_validate_prints_located_problems(
    lists: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(lists["bad"])]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(
        f"{lists['bad']}, trang 'Hội', dòng 2, cột D (Số hội viên), ô '120.5'"
    )
    assert "dòng 3, cột B (Cấp), ô 'thôn'" in lines[1]
    assert lines[2] == "3 dòng đã đọc, 0 dòng trống bỏ qua, 2 dòng bị từ chối"
    assert main(["validate", "--lang", "en", str(lists["bad"])]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert "sheet 'Hội', row 2, column D (Số hội viên), cell '120.5': a count must be" in lines[0]
    assert lines[-1] == "3 rows read, 0 blank rows skipped, 2 rows refused"


def test_validate_header_problems_and_missing_date(
    lists: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--lang", "en", str(lists["header"])]) == 1
    out = capsys.readouterr().out
    assert "column B (Màu cờ): unknown column" in out
    assert "required column missing" in out
    assert main(["validate", "--lang", "en", str(lists["good"])]) == 1
    assert "--on" in capsys.readouterr().out
    assert main(["validate", str(lists["good"]), "--on", "31/02/2024"]) == 2
    assert "ngày không tồn tại" in capsys.readouterr().err


def test_validate_other_kinds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures = tmp_path / "bc.csv"
    figures.write_text("Cấp,Số hội\ncấp tỉnh,40\ncấp huyện, xã,59\n", encoding="utf-8")
    assert main(["validate", "--kind", "tallies", "--lang", "en", str(figures)]) == 1
    assert "row 3" in capsys.readouterr().out  # an unquoted comma: one cell too many
    figures.write_text('Cấp,Số hội\ncấp tỉnh,40\n"cấp huyện, xã",59\n', encoding="utf-8")
    assert main(["validate", "--kind", "tallies", str(figures)]) == 0
    units = tmp_path / "dv.csv"
    units.write_text("Mã đơn vị,Tên đơn vị,Loại đơn vị\n93,Hậu Giang,tỉnh\n", encoding="utf-8")
    assert main(["validate", "--kind", "units", str(units)]) == 1  # a tỉnh needs its era
    assert "valid_to" in capsys.readouterr().out
    money = tmp_path / "tien.csv"
    money.write_text("Mục;Số liệu\nII.4.3;hơn 34 tỷ đồng\nII.4.3;34.5 tỷ\n", encoding="utf-8")
    assert main(["validate", "--kind", "figures", "--lang", "en", str(money)]) == 1
    assert "row 3, column B (Số liệu), cell '34.5 tỷ'" in capsys.readouterr().out
    assert main(["validate", str(tmp_path / "none.csv")]) == 1
    assert "không có tệp này" in capsys.readouterr().out
