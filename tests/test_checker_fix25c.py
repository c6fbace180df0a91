"""Round 25 (helper fix25c): totals whose parts come in the next sentence.

Readings of :mod:`~hoiquanchung.checker._continued_totals`, with the near misses where the
checker must stay quiet:

* the kinds a total falls into, counted (:mod:`~hoiquanchung.checker._counted_kinds`): in the
  total's sentence ("128 giải pháp tham gia thuộc 5 lĩnh vực. Trong đó, ...") or in a sentence
  that names the total's noun again ("Các giải pháp này thuộc về 6 lĩnh vực, trong đó ..."): as
  many parts as kinds are the whole;
* a noun the number grammar glued to a verb or preposition ("15 đề tài thuộc khối ...", "536
  giải pháp gửi tới ...") counts the noun without it;
* "Trong số các xã ... thì ..." opens a list as "Trong số đó".
"""

from __future__ import annotations

from _checker_helpers import corpus

from hoiquanchung.checker import check_text


def _totals(text: str) -> list[tuple[str, str]]:
    return [(f.stated, f.computed) for f in check_text(text) if f.code == "total-mismatch"]


# https://sokhoahoccongnghe.phutho.gov.vn/le-tong-ket-va-trao-giai-hoi-thi-sang-tao-ky-thuat-toan-quoc-lan-thu---n2363
PHUTHO = "f25ch-phutho-sang-tao-ky-thuat-toan-quoc-14"


def test_six_fields_counted_again_that_miss_ten_solutions_are_a_real_slip() -> None:
    # "... đã nhận được 536 giải pháp gửi tới ... Các giải pháp này thuộc về 6 lĩnh vực, trong
    # đó ... 94 ...; 157 ...; 83 ...; 83 ...; 67 ...; 42 giải pháp.": 526, a slip of the source.
    # (The number grammar reads the total's noun as "giải pháp gửi": the message repeats it.)
    assert _totals(corpus(PHUTHO)) == [("536 giải pháp gửi", "526 giải pháp gửi")]


# https://bdvtu.binhthuan.gov.vn (h82-bdvtu-binhthuan-sang-tao-ky-thuat-vii)
BDVTU = "h82-bdvtu-binhthuan-sang-tao-ky-thuat-vii"


def test_fields_counted_in_the_totals_sentence_make_the_whole() -> None:
    # "128 giải pháp tham gia thuộc 5 lĩnh vực. Trong đó, ... 23 ...; 21 ...; 19 ...; 05 ...;
    # 60 giải pháp.": five fields, five parts; one part lowered is found too.
    assert _totals(corpus(BDVTU)) == []
    assert _totals(corpus(BDVTU, "có 21 giải pháp", "có 11 giải pháp")) == [
        ("128 giải pháp", "118 giải pháp")
    ]


def test_a_count_of_kinds_that_is_not_the_number_of_parts_claims_no_whole() -> None:
    text = (
        "Ban Tổ chức đã nhận được 128 giải pháp tham gia thuộc 6 lĩnh vực. Trong đó, lĩnh vực "
        "nông nghiệp có 23 giải pháp; lĩnh vực y tế có 21 giải pháp."
    )
    assert _totals(text) == []  # two fields of six named: some left out


def test_a_sentence_that_counts_the_totals_kinds_opens_their_list() -> None:
    text = (
        "Hội đồng giám khảo chọn 35 đề tài xuất sắc nhất. Các đề tài được chia thành hai nhóm "
        "lĩnh vực: 15 đề tài thuộc khối khoa học tự nhiên; 10 đề tài thuộc lĩnh vực khoa học "
        "xã hội."
    )
    assert _totals(text) == [("35 đề tài", "25 đề tài")]
    assert _totals(text.replace("10 đề tài", "20 đề tài")) == []
    # Another noun named again: the list is not the total's.
    assert _totals(text.replace("Các đề tài được", "Các trường được")) == []
    # Three groups counted, two listed: no whole claimed (and less is no slip).
    assert _totals(text.replace("hai nhóm", "ba nhóm")) == []


# https://nongnghiepmoitruong.vn (h79-nnmt-tuyen-quang-35-xa-ntm-2025)
TUYEN_QUANG = "h79-nnmt-tuyen-quang-35-xa-ntm-2025"


def test_among_them_closed_by_thi_opens_a_list() -> None:
    # "... có 35 xã đạt chuẩn nông thôn mới ... Trong số các xã đạt chuẩn nông thôn mới thì
    # tỉnh Hà Giang cũ có 11 xã đạt chuẩn, tỉnh Tuyên Quang cũ có 24 xã.": two provinces' shares.
    assert _totals(corpus(TUYEN_QUANG)) == []
    assert _totals(corpus(TUYEN_QUANG, "có 11 xã", "có 12 xã")) == [("35 xã", "36 xã")]


def test_parts_that_are_and_are_not_claim_no_whole() -> None:
    # Withdrawn by the lead at merge: the cases settled and not settled of those received leave
    # the cases still in hand unsaid (the rules guide's example of rate bases, 1.517 received,
    # 1.276 + 185 settled or not).
    text = (
        "Năm 2017, các tổ hòa giải đã thụ lý 1.517 vụ việc. Trong đó, đã hòa giải thành công "
        "1.276 vụ việc (đạt tỷ lệ 84%); hòa giải không thành công 185 vụ việc."
    )
    assert _totals(text) == []


# http://dangcongsan.vn/khoa-giao/36-de-tai-trong-linh-vuc-khoa-hoc-xa-hoi-va-nhan-van-duoc-phe-duyet-tai-tro-551300.html
# https://baodauthau.vn/du-an-ppp-trien-khai-nam-2019-giao-thong-chiem-ap-dao-post92390.html
def test_held_out_near_misses_stay_quiet() -> None:
    # Seven fields counted, one given its figure; two fields of 29 projects.
    assert _totals(corpus("f25ch-dangcongsan-36-de-tai-7-linh-vuc-2020")) == []
    assert _totals(corpus("f25ch-baodauthau-ppp-2019")) == []
