"""Round 21, helper near17: rule 2d (``_continued_totals``) on a list that opens with *Trong đó*
or *Cụ thể* in the sentence after its total and carries, beside each part, its share or its
change in per cent ("thu nội địa 28.661 tỷ đồng, bằng 104,3% dự toán và tăng 9%; ..."), or words
every part's item writes ("khách đến bằng phương tiện đường không ...; khách đến bằng phương
tiện đường biển ..."). Each reading on its real paragraph (corpus id and address), with the near
misses where the checker stays quiet: a part nested in another, a total written as a bound, a
change of the measure itself beside a part, parts that do not make the total."""

from __future__ import annotations

from _checker_helpers import corpus

from hoiquanchung.checker import check_text
from hoiquanchung.checker._part_comments import items_of, nested_items, without_comments


def codes(text: str) -> list[str]:
    return [f.code for f in check_text(text) if f.severity.name != "INFO"]


def test_parts_with_their_share_and_change_are_read() -> None:
    # https://vneconomy.vn/thanh-hoa-grdp-tang-819-doanh-nghiep-moi-dan-dau-bac-trung-bo.htm
    # "Thu ngân sách nhà nước trên địa bàn đạt 44.067 tỷ đồng, ... Trong đó, thu nội địa 28.661
    # tỷ đồng, bằng 104,3% dự toán và tăng 9%; thu xuất nhập khẩu 15.406 tỷ đồng, ..."
    pid = "h59-vneconomy-thanh-hoa-9-thang-2025"
    assert codes(corpus(pid)) == []
    assert codes(corpus(pid, "15.406", "25.406")) == ["total-mismatch"]
    assert codes(corpus(pid, "44.067", "34.067")) == ["total-mismatch"]


def test_a_rate_in_brackets_beside_a_part_is_a_comment() -> None:
    # https://baoquangbinh.vn/phap-luat/201712/hoa-giai-thanh-cong-84-vu-viec-2151883/
    # "... thụ lý 1.517 vụ việc. Trong đó, đã hòa giải thành công 1.276 vụ việc (đạt tỷ lệ
    # 84%); hòa giải không thành công 185 vụ việc; số vụ việc chưa giải quyết xong 56 vụ việc."
    pid = "r12h-baoquangbinh-hoagiai-2017-1517"
    assert codes(corpus(pid)) == []
    assert codes(corpus(pid, "185 vụ", "285 vụ")) == ["total-mismatch"]


def test_held_out_arrivals_by_way_each_with_its_change() -> None:
    # https://tapchidulich.net.vn/khach-quoc-te-den-viet-nam-8-thang-dau-nam-2017-dat-8472379-luot-khach.html
    # (held out: collected before the reading was written)
    pid = "near17h-tapchidulich-khach-quocte-8thang-2017"
    assert codes(corpus(pid)) == []
    assert codes(corpus(pid, "1.110.002", "1.710.002")) == ["total-mismatch"]


def test_words_every_item_writes_are_their_frame() -> None:
    # http://cafef.vn/9-thang-dau-nam-viet-nam-don-116-trieu-luot-khach-quoc-te-20181002073306176.chn
    # "khách đến bằng phương tiện đường không ...; khách đến bằng phương tiện đường biển ...":
    # "bằng" (by means of) in every item is no comparison with a plan.
    pid = "n14h-cafef-khach-quoc-te-thang9-2018"
    assert codes(corpus(pid)) == []
    assert codes(corpus(pid, "8.090", "88.090")) == ["total-mismatch"]


def test_a_part_nested_in_another_stays_quiet() -> None:
    # Near miss, https://thuanthanh.bacninh.gov.vn/ (2023): "Trong đó: Thu nội địa 20.107 tỷ
    # đồng, ...; thu nội địa không kể tiền sử dụng đất, thu xổ xố kiến thiết 19.836 tỷ đồng":
    # the second is a part of the first (together more than the 26.497 tỷ total).
    assert codes(corpus("thuanthanh-thungansach-11-2023")) == []
    assert nested_items([": Thu nội địa ", "; thu nội địa không kể tiền sử dụng đất, thu xổ "])


def test_a_bound_a_change_of_the_measure_and_an_incomplete_list_stay_quiet() -> None:
    # Near miss, https://thoibaotaichinhvietnam.vn/hung-yen-thu-ngan-sach-10-thang-dat-13304-ke-hoach-nam-187087.html
    # "đạt hơn 2.860 tỷ đồng. Trong đó, thu nội địa đạt 2.324 tỷ đồng, thuế xuất nhập khẩu đạt
    # 540 tỷ đồng, tăng 4,43%": 2.864 is more than 2.860, as "hơn" says.
    assert codes(corpus("h55-thoibaotaichinh-hung-yen-thu-ngan-sach-10-thang-2025")) == []
    # Near miss (held out), http://baohungyen.vn/kinh-te/201806/hung-yen-du-no-tin-dung-dat-tren-517-nghin-ty-dong-798201/
    # "dư nợ cho vay ngắn hạn đạt 35,2 nghìn tỷ đồng, tăng 1.044 tỷ đồng so với 31.12.2017; ...":
    # a change in the measure itself is no comment; the sentence is not read.
    pid = "near17h-baohungyen-du-no-5-2018"
    assert codes(corpus(pid)) == []
    assert codes(corpus(pid, "16,5", "26,5")) == []
    # Near miss (held out), http://baodongnai.com.vn/tintuc/202104/du-no-cho-vay-ngan-han-tang-hon-28-3050559/
    # "hơn 250,3 ngàn tỷ đồng ... Trong đó, ... khoảng 130,3 ...; ... hơn 118 ngàn tỷ đồng".
    assert codes(corpus("near17h-baodongnai-du-no-3-2021")) == []


def test_comments_are_blanked_by_segment() -> None:
    s = "Trong đó, thu A 10 tỷ đồng, bằng 104,3% dự toán và tăng 9%; thu B 5 tỷ đồng (chiếm 33%)."
    parts = [(16, 18), (66, 67)]
    bare = without_comments(s, parts)
    assert len(bare) == len(s)
    assert "%" not in bare
    assert "(" not in bare
    assert "bằng" not in bare
    assert bare[16:18] == "10"
    assert bare[66:67] == "5"
    # a segment that holds a part keeps its words, per cent or not
    t = "khối tỉnh 470 tỷ đồng; khối xã đạt 39% kế hoạch với 1.783 tỷ đồng"
    assert without_comments(t, [(10, 13), (52, 57)]) == t
    # items end at the last cut before the next part
    u = "A 1 nhà, B 2 nhà và C 3 nhà"
    assert [u[a:b] for a, b in items_of(u, [(2, 3), (11, 12), (22, 23)])] == [
        "A 1 nhà",
        ", B 2 nhà ",
        "và C 3 nhà",
    ]


def test_a_sentence_opening_like_the_first_part_goes_on_with_the_list() -> None:
    # https://cafef.vn/top-dia-phuong-thu-du-lich-lon-nhat-6-thang-dau-nam-2023-188230701080657519.chn
    # "tổng khách du lịch đến Hà Nội đạt 12,33 triệu lượt, ... Trong đó, khách du lịch quốc tế
    # đạt 2,03 triệu lượt, tăng 7 lần so với cùng kỳ năm 2022. Khách du lịch nội địa đạt 10,3
    # triệu lượt, tăng 22,6% so với cùng kỳ năm 2022. ... tổng thu ... 44.900 tỷ đồng"
    pid = "cafef-dulich-6thang-2023"
    assert codes(corpus(pid)) == []
    assert codes(corpus(pid, "10,3 triệu", "19,3 triệu")) == ["total-mismatch"]
    assert codes(corpus(pid, "12,33", "11,33")) == ["total-mismatch"]
    # https://baothanhhoa.vn/9-thang-nam-2025-thanh-hoa-thu-ngan-sach-hon-44-nghin-ty-dong-dung-thu-9-ca-nuoc-263881.htm
    # "Trong đó, thu nội địa 28.661 tỷ đồng, ... . Thu xuất nhập khẩu 15.406 tỷ đồng, ..."
    pid = "h47-baothanhhoa-thu-ngan-sach-9-thang-2025"
    assert codes(corpus(pid)) == []
    assert codes(corpus(pid, "15.406", "25.406")) == ["total-mismatch"]
