"""The ``hoiquanchung`` command, in-process and as a subprocess."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import hoiquanchung
from hoiquanchung.cli import main

RATE_LINE = "số Đơn vị học tập đăng ký: 515/565, đạt tỷ lệ 91,53%."
RIGHT_LINE = "số gia đình học tập đăng ký: 113.453/151.530, đạt tỷ lệ 74,87%."
INFO_LINE = "Quyết định số 387/QĐ-TTg ngày 25 tháng 03 năm 2022."


@pytest.fixture
def reports(tmp_path: Path) -> dict[str, Path]:
    bad = tmp_path / "sai.txt"
    bad.write_text(f"Báo cáo\n{RATE_LINE}\n", encoding="utf-8")
    good = tmp_path / "dung.txt"
    good.write_text(f"{RIGHT_LINE}\n{INFO_LINE}\n", encoding="utf-8")
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text(f"{RATE_LINE}\n", encoding="utf-16")
    broken = tmp_path / "hong.txt"
    broken.write_bytes(b"abc\n\xc3\x28 windows-1258?\n")
    return {"bad": bad, "good": good, "utf16": utf16, "broken": broken}


def test_check_prints_like_a_linter(
    reports: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["check", str(reports["bad"])])
    out = capsys.readouterr().out
    assert status == 1
    assert out == (
        f"{reports['bad']}:2:47: rate-mismatch 515/565 = 91,15%, báo cáo ghi 91,53% "
        "(chênh lệch 0,38)\n"
    )


def test_check_in_english(reports: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--lang", "en", str(reports["bad"])]) == 1
    assert "the report states 91.53%" in capsys.readouterr().out


def test_exit_zero_without_errors(
    reports: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # An info finding (date format) does not fail the check.
    assert main(["check", str(reports["good"])]) == 0
    out = capsys.readouterr().out
    assert ":2:26: date-format" in out
    assert main(["check", "--min-severity", "warning", str(reports["good"])]) == 0
    assert capsys.readouterr().out == ""


def test_json_output(reports: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", "--format", "json", str(reports["bad"]), str(reports["good"])])
    assert status == 1
    data = json.loads(capsys.readouterr().out)
    assert [d["code"] for d in data] == ["rate-mismatch", "date-format"]
    first = data[0]
    for key in ("file", "line", "column", "code", "severity", "message", "stated", "computed"):
        assert key in first
    assert first["file"] == str(reports["bad"])
    assert (first["line"], first["column"]) == (2, 47)
    assert first["severity"] == "error"
    assert first["stated"] == "91,53%"
    assert first["computed"] == "515/565 = 91,15%"
    assert first["stated_value"] == "91.53"
    assert first["message"] == first["message_vi"]


def test_json_english_and_empty(
    reports: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", "--format", "json", "--lang", "en", str(reports["bad"])])
    [item] = json.loads(capsys.readouterr().out)
    assert item["message"] == item["message_en"]
    assert main(["check", "--format", "json", "--min-severity", "error", str(reports["good"])]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_utf16_file(reports: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(reports["utf16"])]) == 1
    assert ":1:47: rate-mismatch" in capsys.readouterr().out


def test_unreadable_file_others_still_checked(
    reports: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "khong-co.txt"
    status = main(["check", str(missing), str(reports["broken"]), str(reports["good"])])
    captured = capsys.readouterr()
    assert status == 1
    assert f"hoiquanchung: {missing}: không có tệp này" in captured.err
    assert f"{reports['broken']}: không phải UTF-8 hợp lệ ở dòng 2" in captured.err
    assert "no such file" not in captured.err
    assert "date-format" in captured.out  # the good file was checked


def test_unreadable_file_message_in_english_with_lang_en(
    reports: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "khong-co.txt"
    args = ["check", "--lang", "en", str(missing), str(reports["broken"]), str(reports["good"])]
    status = main(args)
    captured = capsys.readouterr()
    assert status == 1
    assert f"hoiquanchung: {missing}: no such file" in captured.err
    assert f"{reports['broken']}: not valid UTF-8 at line 2" in captured.err
    assert "date-format" in captured.out


def test_directory_and_old_word_file_messages_per_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "bc.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64)
    assert main(["check", str(tmp_path), str(doc)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path}: là một thư mục, không phải một tệp" in err
    assert f"{doc}: tệp Word nhị phân cũ (.doc) không được hỗ trợ" in err
    assert main(["check", "--lang", "en", str(tmp_path), str(doc)]) == 1
    err = capsys.readouterr().err
    assert f"{tmp_path}: is a directory, not a file" in err
    assert f"{doc}: an old binary Word (.doc) file is not supported" in err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["check"]) == 2
    assert main(["check", "--format", "xml", "a.txt"]) == 2
    assert main(["check", "--lang", "fr", "a.txt"]) == 2
    assert main(["check", "--min-severity", "fatal", "a.txt"]) == 2
    assert main(["nosuchcommand"]) == 2
    assert main(["example", "no-such-dataset"]) == 2
    err = capsys.readouterr().err
    assert "usage: hoiquanchung" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"hoiquanchung {hoiquanchung.__version__}"


def test_figures(reports: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["figures", str(reports["good"])]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{reports['good']}:1:30: 113.453 = 113453 (numerator)",
        f"{reports['good']}:1:38: 151.530 = 151530 (denominator)",
        f"{reports['good']}:1:57: 74,87% = 74.87 %",
    ]
    assert main(["figures", "--format", "json", str(reports["good"])]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(d["text"], d["value"], d["unit"], d["fraction"]) for d in data] == [
        ("113.453", "113453", None, "numerator"),
        ("151.530", "151530", None, "denominator"),
        ("74,87%", "74.87", "%", None),
    ]


def test_figures_bound_and_unreadable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bc.txt"
    path.write_text("trị giá hơn 14,6 tỷ đồng", encoding="utf-8")
    assert main(["figures", str(path), str(tmp_path / "missing.txt")]) == 1
    captured = capsys.readouterr()
    assert captured.out == f"{path}:1:9: hơn 14,6 tỷ đồng = 14600000000 đồng [hơn]\n"
    assert "không có tệp này" in captured.err
    assert main(["figures", "--lang", "en", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt: no such file" in capsys.readouterr().err


def test_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example", "hau-giang-2024"]) == 0
    out = capsys.readouterr().out
    assert "91,53%" in out
    assert "rate-mismatch" in out
    assert main(["example", "hau-giang-2024", "--lang", "en"]) == 0
    assert "the report states 91.53%" in capsys.readouterr().out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(
    reports: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [str(reports["good"]), str(reports["bad"])]
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["check", *files]) == 1
    shown = terminal.getvalue()
    assert "[" in shown
    assert "2/2" in shown
    assert "\r" in shown
    assert "1 lỗi, 0 cảnh báo, 1 thông tin" in shown
    # --no-progress: no bar (the summary stays).
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["check", "--no-progress", *files])
    assert "2/2" not in terminal.getvalue()
    # Not a terminal: nothing on stderr.
    monkeypatch.undo()
    main(["check", *files])
    assert capsys.readouterr().err == ""


def _run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "hoiquanchung", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        check=False,
        timeout=120,
    )


def test_subprocess_check_and_exit_codes(reports: dict[str, Path]) -> None:
    done = _run("check", str(reports["bad"]))
    assert done.returncode == 1
    assert done.stdout.startswith(f"{reports['bad']}:2:47: rate-mismatch ")
    assert done.stderr == ""  # not a terminal: no progress bar, no summary
    done = _run("check", "--format", "json", str(reports["good"]))
    assert done.returncode == 0
    assert json.loads(done.stdout)[0]["code"] == "date-format"
    done = _run("check")
    assert done.returncode == 2
    assert "usage:" in done.stderr
    done = _run("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"hoiquanchung {hoiquanchung.__version__}"


def test_subprocess_reference_document(reference_raw: str, tmp_path: Path) -> None:
    path = tmp_path / "hau-giang.txt"
    path.write_text(reference_raw, encoding="utf-8")
    done = _run("check", "--lang", "en", str(path))
    assert done.returncode == 1
    codes = [line.split(": ", 1)[1].split(" ", 1)[0] for line in done.stdout.splitlines()]
    assert codes == [
        "total-mismatch",  # 99 vs 13 + 28 + 57 (section-totals)
        "total-mismatch",  # 40 vs 13 + 26
        "date-format",
        "date-format",
        "rate-mismatch",
        "parts-exceed-total",  # 31 projects vs the 38 examples of footnote 4
        "impossible-date",
    ]


def test_interrupt_exits_130_without_a_traceback(
    reports: dict[str, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import hoiquanchung.cli as cli

    def interrupted(path: object) -> list[object]:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "check_file", interrupted)
    assert main(["check", str(reports["good"])]) == 130
    assert "hoiquanchung: đã dừng (Ctrl-C)" in capsys.readouterr().err
    assert main(["check", "--lang", "en", str(reports["good"])]) == 130
    assert "hoiquanchung: interrupted" in capsys.readouterr().err
