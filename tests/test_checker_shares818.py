"""Round 18 (shares8): the economic structure written sector by sector.

Real paragraphs of the corpus (by id; their address is in the corpus entry), figures changed only
where a case says so:

* the structure of two periods, each sector's share "từ X% ... lên Y%", in one line or one
  bullet a sector (:func:`hoiquanchung.checker._shares._sector_series`);
* the three sectors named each with its share after *chiếm* (and the taxes on products, maybe
  as the rest: "còn lại 7% là thuế sản phẩm") make the structure though the sentence does not
  name it; the sectors by number (*KV.I*, *KV.II (28,55%)*);

and the near misses where the checker stays quiet.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from hoiquanchung.checker import check_text

sys.path.insert(0, str(Path(__file__).resolve().parent / "corpus"))
from corpus_harness import text_of


def shares_found(text: str) -> list[str]:
    return [f.code for f in check_text(text) if f.code == "share-sum-mismatch"]


def changed(pid: str, old: str, new: str) -> str:
    text = text_of(pid)
    assert text.count(old) == 1, (pid, old)
    return text.replace(old, new)


# (paragraph id, the share as written, a share one mutation makes of it)
READ = [
    # https://hoctap247.com/bai-viet/44814-...: one bullet a sector, "giảm dần từ 65,1% (2000)
    # xuống 57,3% (2005)"; the labour force's three sectors are its whole (below 100 % found).
    ("h37s6-hoctap247-laodong-2005", "từ 65,1%", "từ 60,1%"),
    ("h37s6-hoctap247-laodong-2005", "lên 24,5%", "lên 64,5%"),
    # http://loigiaihay.com/tu-bang-172-sgk-trang-74-hay-so-c95a9343.html: bullets with a blank
    # line between, and "(năir 2000)" as the page writes it.
    ("h37s6-loigiaihay-laodong-2005", "từ 21,8%", "từ 51,8%"),
    # https://123docz.net/trich-doan/1070735-...: "lao động khu vực I từ 82,4% năm 2000 giảm còn
    # 77,3%; lao động khu vực II từ 6,1% tăng lên 6,7% và lao động khu vực III từ 11,5% ...".
    ("123doc-cocau-2010-b", "từ 82,4%", "từ 88,4%"),
    # http://dev.hoc24.vn/cau-hoi/...: "công nghiệp – xây dựng tăng 5,3% (từ 11,2% năm1989 lên
    # 16,5% năm 2003)": the growth before the bracket is no share.
    ("h37-hoc24-cocau-laodong-1989-2003", "từ 11,2%", "từ 41,2%"),
    # http://ctk.thanhhoa.gov.vn/...: "Ngành nông, lâm nghiệp và thuỷ sản chiếm 17,36%, giảm
    # 1,19%; ngành công nghiệp, xây dựng chiếm 44,93%, ...; thuế ... chiếm 5,50%, ...".
    ("h41-ctk-thanhhoa-grdp-quy1-2016", "chiếm 17,36%", "chiếm 87,36%"),
    ("h41-ctk-thanhhoa-grdp-quy1-2016", "chiếm 5,50%", "chiếm 5,20%"),
    # https://doanhnghieptiepthi.vn/...: "... chiếm 30%, giảm 3,9 điểm phần trăm; còn lại 7% là
    # thuế sản phẩm": the rest named after its share.
    ("h47-doanhnghieptiepthi-thanh-hoa-co-cau-12-51-30-7", "còn lại 7%", "còn lại 3%"),
    ("h47-doanhnghieptiepthi-thanh-hoa-co-cau-12-51-30-7", "chiếm 51%", "chiếm 61%"),
    # https://thanhnien.vn/...185251207150101484.htm: "Cơ cấu kinh tế KV.I chiếm 20,72%, KV.II
    # (28,55%), KV.III (45,48%), thuế sản phẩm trừ trợ cấp sản phẩm (5,25%)".
    ("h47-thanhnien-can-tho-co-cau-2025-kich-ban", "KV.II (28,55%)", "KV.II (21,55%)"),
]


@pytest.mark.parametrize(("pid", "old", "new"), READ)
def test_structure_holds_and_its_mutation_is_found(pid: str, old: str, new: str) -> None:
    assert shares_found(text_of(pid)) == []
    assert shares_found(changed(pid, old, new)) == ["share-sum-mismatch"]


QUIET = [
    # https://vi10.ilovetranslation.com/M7wV5ceI7ML=d: two sectors "từ 49,5% xuống còn 45,3%"
    # and "từ 29,5% lên 32,4%": a part of the structure, its sums far below 100 % are no slip.
    "ilovetranslation-laodong-2010-2014",
    # https://plo.vn/...post858837.html: three sectors of GDP (91,64 %), the taxes on products
    # not written: no whole.
    "plo-cocau-2025-quiet",
    # https://cafef.vn/...188251002042828066.chn: "tỷ trọng công nghiệp - xây dựng đạt 71,3%,
    # dịch vụ chiếm 19,5%, nông - lâm nghiệp và thủy sản chỉ còn 6,3%" (97,1 %, taxes left out).
    "h41-cafef-bacninh-co-cau-2025",
    # https://phuongnam.vanhoavaphattrien.vn/...a911.html: the value of production by sector,
    # each "chiếm tỷ lệ" (99,9 %): read, and it holds.
    "h37-phuongnam-xuanyen-cocau-gtsx",
]


@pytest.mark.parametrize("pid", QUIET)
def test_partial_structures_stay_quiet(pid: str) -> None:
    assert shares_found(text_of(pid)) == []


def test_two_sectors_from_to_are_no_whole_even_below_100() -> None:
    # ilovetranslation-laodong-2010-2014 with its service share lowered: two sectors of three,
    # no whole, so a sum further below 100 % is still no slip.
    text = changed("ilovetranslation-laodong-2010-2014", "từ 29,5%", "từ 19,5%")
    assert shares_found(text) == []


def test_growth_from_to_is_no_share() -> None:
    # https://hoctap247.com/bai-viet/44814-... with the sectors' rates of growth in place of
    # their shares ("tăng trưởng từ 5% lên 7%"): no word of the structure before, so no reading.
    text = (
        "Tốc độ tăng trưởng ngành nông- lâm – ngư nghiệp từ 2,1% (2000) lên 3,2% (2005).\n"
        "Tốc độ tăng trưởng ngành công nghiệp – xây dựng từ 9,1% (2000) lên 10,2% (2005).\n"
        "Tốc độ tăng trưởng ngành dịch vụ từ 6,8% (2000) lên 8,5% (2005)."
    )
    assert shares_found(text) == []


def test_a_sector_twice_is_no_structure() -> None:
    # 123doc-cocau-2010-b with its second sector renamed the first: one sector twice (the
    # workers and the product of one sector, say) makes no structure.
    text = changed("123doc-cocau-2010-b", "lao động khu vực II từ", "lao động khu vực I từ")
    assert shares_found(text.replace("từ 82,4%", "từ 88,4%")) == []


def test_sectors_each_with_growth_only_are_no_structure() -> None:
    # h41-ctk-thanhhoa-grdp-quy1-2016's first sentence: the sectors each with its growth ("ngành
    # nông, lâm nghiệp và thuỷ sản tăng 2,01%; ..."), no share after *chiếm*: not read.
    text = changed("h41-ctk-thanhhoa-grdp-quy1-2016", "tăng 2,01%", "tăng 82,01%")
    assert shares_found(text) == []


# The grades of a pupil's learning (học lực giỏi, khá, trung bình, yếu, kém): *giỏi* is a grade
# (the rank of *tốt*), *học lực* says the percentages are its shares; *tốt nghiệp* is no grade.


def test_learning_grades_are_shares() -> None:
    # https://baothuathienhue.vn/...-a7504.html: "đạt học lực giỏi ..., đạt tỷ lệ 9,6%; ... học
    # lực khá ..., đạt tỷ lệ 42,6%; ... trung bình là 39,8%; học lực yếu là 7,59% và học lực kém
    # là 0,37%" (100 %).
    pid = "h45-baothuathienhue-hocluc-2014"
    assert shares_found(text_of(pid)) == []
    assert shares_found(changed(pid, "42,6%", "47,6%")) == ["share-sum-mismatch"]
    assert shares_found(changed(pid, "0,37%", "5,37%")) == ["share-sum-mismatch"]


def test_graduation_is_no_grade_and_a_partial_scale_stays_quiet() -> None:
    # https://truongdaihocvietnam.com/tin-tuc/ty-le-sinh-vien-tot-nghiep-dh-loai-gioi-va-xuat-sac-cao/
    # "1.192 sinh viên tốt nghiệp loại xuất sắc (chiếm 26,04%), 1.925 sinh viên loại giỏi
    # (42,06%), 1.376 sinh viên loại khá (30,06%)": 98,16 %, the lower grades left out.
    pid = "h37s6-truongdhvn-neu-2023"
    assert shares_found(text_of(pid)) == []
    assert shares_found(changed(pid, "(42,06%)", "(32,06%)")) == []


def test_the_product_by_sector_in_periods_is_no_whole_below_100() -> None:
    # 123doc-cocau-2010-b with the workers' sentence made the product's ("giá trị sản xuất khu
    # vực I từ 82,4% ..."): the economy's sectors may leave the taxes out, so a sum below 100 %
    # is no slip; above 100 % still is.
    text = text_of("123doc-cocau-2010-b").replace("Lao động nông nghiệp", "Giá trị sản xuất")
    text = text.replace("; lao động khu vực I", "; giá trị sản xuất khu vực I")
    assert shares_found(text.replace("từ 82,4%", "từ 72,4%")) == []
    assert shares_found(text.replace("từ 82,4%", "từ 88,4%")) == ["share-sum-mismatch"]


# The parts of one kind each after *chiếm*, the later items named by the kind's word only
# ("bằng đường bộ"): a sum above 100 % is wrong (a list of kinds may leave some out).


def test_parts_of_one_kind_above_100_are_found() -> None:
    # https://vov.vn/du-lich/...post1212575.vov: "khách đến bằng đường hàng không ..., chiếm
    # 85,2% ... và tăng 22,7% ...; bằng đường bộ ..., chiếm 13,1% và tăng 10,9%; bằng đường biển
    # ..., chiếm 1,7% và tăng 10%": the growth after each share is no share.
    pid = "d14-vov-khachquocte-6thang-2025-duong"
    assert shares_found(text_of(pid)) == []
    assert shares_found(changed(pid, "chiếm 85,2%", "chiếm 88,2%")) == ["share-sum-mismatch"]
    # Below 100 % a part may be left out: quiet.
    assert shares_found(changed(pid, "chiếm 1,7%", "chiếm 1,4%")) == []


def test_parts_within_one_another_are_no_kind() -> None:
    # The same paragraph with the road's item renamed a part of the air's ("bằng đường hàng
    # không giá rẻ"): one part within another, no breakdown.
    text = changed(
        "d14-vov-khachquocte-6thang-2025-duong", "bằng đường bộ", "bằng đường hàng không giá rẻ"
    )
    assert shares_found(text.replace("chiếm 85,2%", "chiếm 88,2%")) == []


def test_delegates_by_many_traits_stay_quiet() -> None:
    # https://www.qdnd.vn/...753667: "đại biểu khu vực hành chính sự nghiệp chiếm 55,48%; ...;
    # đại biểu là nữ chiếm 37,05%; đại biểu là người dân tộc thiểu số chiếm 6,27%; đại biểu là
    # đảng viên chiếm 78,43%; ...": traits of different dimensions, far above 100 % together.
    assert shares_found(text_of("qdnd-dai-hoi-cong-doan-xiii-2023")) == []
