"""Rule 2d (continued): a total broken down in the next sentence or paragraph, and the
numerators of fractions that share out a denominator.

**A breakdown that continues the sentence of its total.**  "Hội Chữ thập đỏ tỉnh ... trao 110
suất quà ... trên địa bàn 2 xã Ia Ko và Ia Hrú." and, on the next line, "Theo đó, ... trao 55
suất quà ... tại xã Ia Ko và 55 suất tại xã Ia Hrú."  A sentence (or a paragraph) that *opens*
with a breakdown marker — *Trong đó*, *Theo đó*, *Cụ thể* — breaks down a
figure of the sentence right before it (in the same paragraph, or the last sentence of the
paragraph on the line above).  Its parts are the exact figures of the total's noun in the
continuation, and in the sentences and paragraphs right after it that open the same way as
its first part ("Trong đó trao 28 suất học bổng ...", next line "Trao 25 suất học bổng ...").

A careful reader sums such parts only when the text says they do not overlap, and compares
the sum both ways only when it says they are all there:

* **complete** (the sum must equal the total): after *Theo đó* or *Cụ thể* (*Trong đó*,
  "among them", may name a few of the places' parts only), the total's sentence names the
  places it covers ("2 xã Ia Ko và Ia Hrú", "các xã A, B và C") and each part names one of
  them, all of them; or the parts carry distinct values of one dimension that covers its whole
  (*cấp tỉnh*, *cấp huyện*, *cấp xã*; *nam*, *nữ*; *thành thị*, *nông thôn*; how a deputy
  stands: *Trung ương giới thiệu*, *địa phương*, *tự ứng cử*, all three), or the last part
  is the rest (*còn lại*, *khác*);
* **distinct** (the sum must not exceed the total): distinct levels, sexes or areas that do
  not cover their whole, two of the three ways to stand (self-nominees are counted with the
  localities in some reports, apart in others); when every part opens its item the same way
  (*Trao 28 suất ...*, *Trao 25 suất ...*; *20 triệu đồng ...; 80 triệu đồng ...*), distinct
  names in quotation marks (“Vòng tay yêu thương”, “Vì trẻ em biển đảo”: two programmes) or an
  amount of money given to distinct uses (*để ...*, *dùng để ...*); amounts of money each
  right before its own source (*100 triệu đồng từ Quỹ Khuyến học ... và 20 triệu đồng do Hòa
  thượng ... hỗ trợ*: money from one source is not from another); amounts each given by one
  verb to its own recipient named before it (*hỗ trợ Sở Y tế: 1.100.000.000 đồng; hỗ trợ huyện
  Phú Bình: 500.000.000 đồng*: money given to one is not given to another), unless one
  recipient's name holds another's.

**Read further.**  The total may stand one sentence further back when the sentence in
between names its noun again without a figure of it ("... 791 nhà đại đoàn kết ..." / "Tổng
kinh phí hỗ trợ xây dựng số nhà nói trên là hơn 4 tỉ đồng. Trong đó, cấp tỉnh ... 354 nhà; ...")
and names no other year; the parts may name the total by its head noun (*nhà*), or by the
abbreviation its sentence gives it ("541 công trình thanh niên (CTTN). Cụ thể, ... 6 CTTN");
people (*người*) may break down persons (*hội viên*).  Each measure of the continuation breaks
down a total of its own ("Hội KH tỉnh cấp 3.671 suất với số tiền 6,4 tỷ đồng; ..."): the
amounts beside the counts too.  Bodies at their level are named with *cấp* or after the body's
name (*Hội KH tỉnh*, *hội KH các huyện*, *Mặt trận Trung ương*).  Without a marker, a total of
all levels (*các cấp*) is shared out by the sentences right after it that each open with a body
at its level ("Hội cấp tỉnh hỗ trợ 184 lượt người ... Hội cấp huyện hỗ trợ 2.287 lượt người
...").

**More evidence.**  The values of a dimension of ``breakdown_kinds.toml`` (houses *xây
mới* / *sửa chữa*, *tái cử* / *lần đầu*, *tiền mặt* / *hiện vật*), one in each part's words, are
distinct; they are all the parts when the total's own sentence names every value too ("hỗ trợ
xây mới, sửa chữa 8 mái ấm"). Portions whose total names two or more kinds of recipient ("334
suất học bổng cho học sinh, sinh viên") are distinct when each part names one of them, all of
them when every kind is named (not after *Trong đó*). A sentence naming money and goods as one
whole ("Toàn bộ số tiền và hàng hóa có tổng trị giá 330 triệu đồng") sums the amounts of the
sentence before it, one in each form.

**Wholes a reader knows.**  A sentence that opens with a marker but states a total
("Theo đó, tổng số đại biểu ... là 500 người.") is a total's sentence.  Parts each followed by
its share ("217 người (43,4%)", "231 đồng chí, chiếm 68,75%"), the shares making 100 % within
their written rounding, are the whole (not shares that name their own whole: "50% số hộ ...").
A sentence that opens with its facet ("Về giới tính:", "Về trình độ ...:") breaks down the total
before it only when its parts are the whole, and never a figure given with its share; persons
counted as *đồng chí* or *vị* are the total's persons.  A committee's seats ("sẽ có 163 ủy
viên") are the members elected and the seats left vacant in the next sentence ("bầu ra 155 ủy
viên, còn khuyết 8 ủy viên").  A fraction's numerator ("10.760/10.760 căn nhà") is a total of
its denominator's noun (quiet when the parts make the denominator).  *Trong số đó*, *Trong số
những người trúng cử* open a list as *Trong đó*; parts each in their item between semicolons
are read by the whole item; places may repeat their noun ("phường A và phường B"); a figure said
to be a total ("với tổng trị giá ...") ends a list.

**A total after its parts.**  A sentence that opens with *Tổng cộng* and counts the occasions it
sums ("Tổng cộng trong 2 ngày (1/3 và 25/2), ... 652.960.000 đồng") is the sum of the figures of
the sentences right before it, one figure of its measure each, when there are exactly as many
as the occasions and they say the same thing (two words in common before their figures); a
figure of the measure before that run, or in it but no part, leaves the sum unclaimed.

**Totals that name their parts, the rest, places counted.**  A total whose own words name the
values of a ``[[named_values]]`` dimension of ``breakdown_kinds.toml`` ("46 người chết, mất tích")
is the whole of parts that each name one of them, all of them ("Trong đó 36 người chết ...; 10
người mất tích ..."), even after *Trong đó*.  Without a marker, the sentence after a total that
states one part of it and the rest (exactly two figures of its noun, the second right after *còn
lại* opening its clause: "Dự kiến ... sẽ sử dụng 2.558 trụ sở ...; còn lại 255 trụ sở sẽ dôi dư")
makes it (not *còn lại* after its subject, the verb: "từ 25 đơn vị ..., TP còn lại 7 đơn vị").  A
total whose sentence names a part of it right after it ("2.330 hội, trong đó có 1.401 hội ...")
keeps both: the list after it that makes neither is a slip, of the nearer figure when the parts
are the whole, of the total when they exceed it.  A total shared among the places its sentence
counts after it ("200 triệu đồng cho 3 tỉnh nói trên", "2.524 tỉ đồng ... cho 15 địa phương") is
the whole of as many parts, each naming a different place of that tier (a province by its bare
name); not after *Trong đó*; "Theo đó, ... hỗ trợ X cho N địa phương" is then a total's sentence.
A list announced by its lead ("Mức hỗ trợ cụ thể ... như sau:") reads as after *Cụ thể*.

**Units merged, provinces, places one by one.**  A unit founded on whole units ("Thành
lập xã Đồng Môn trên cơ sở nhập toàn bộ 3,40 km2 ..., 3.749 người của xã Thạch Đồng và toàn bộ
...") or taking one in with its own figures given ("Nhập phường A có diện tích ... vào phường B có
diện tích ...") has, in the sentence after ("Sau khi thành lập, xã Đồng Môn có 8,93 km2 ... và quy
mô dân số 6.934 người"), the sum of their populations and of their areas (at the parts'
rounding); not when a unit gives a part (*một phần*, *điều chỉnh*) or the unit taking others in
has no figures of its own.  Provinces named bare, one in each part, are distinct when what
qualifies each figure's noun says no more than the first's ("Lào Cai có 204 nhà, Hà Giang 27
nhà"; not "Huế 2 người chết, Đà Nẵng 1 người mất tích"); a house total with its classifier
("1.003 ngôi nhà") is one of parts in *nhà*.  After *Cụ thể*, distinct places whose items name
nothing but the place ("xã Hà Bầu 2 căn; xã Đak Sơ Mei 12 căn; ...") are the whole, unless the
total counts other places.  A sentence opening with *Theo đó* after no count (the text's first,
or after a sentence without one) is a total's sentence.

A total written with a stray comma before its unit (*1.890.000.000, đồng.*) is a total of that
unit when the parts are in it.

A total of people (*người*) is broken down in a noun of persons (*đại biểu*, *hội viên*...) when
the total's sentence counts no figure of that noun ("... đối với 499 người ..." / "Theo đó, ...
có 194 đại biểu do ... Trung ương giới thiệu; ..."). A figure compared with a plan or a past
term ("ít hơn so với dự kiến 15 người") is no item and does not end the list.

**Kinds counted, nouns glued, what is and is not.**  A total said to fall into a number of kinds
("128 giải pháp tham gia thuộc 5 lĩnh vực", bdvtu.binhthuan.gov.vn) is the whole of as many
parts, one each, after *Trong đó* too; a sentence that names the total's noun again and counts
its kinds opens the list ("... đã nhận được 536 giải pháp ... Các giải pháp này thuộc về 6 lĩnh
vực, trong đó ... 94 ...; ...; 42 giải pháp": 526, a real slip, sokhoahoccongnghe.phutho.gov.vn,
2018; "Các đề tài được chia thành hai nhóm lĩnh vực: ..."; see
:mod:`~hoiquanchung.checker._counted_kinds`); not when the count is not the number of parts
("36 đề tài ... thuộc 7 lĩnh vực ... có tới 22 đề tài trong lĩnh vực kinh tế") nor when the
noun named again is another.  A verb or preposition the number
grammar glues to an unknown noun ("15 đề tài thuộc khối ...", "536 giải pháp gửi tới ...") is
left out of the measure.  "Trong số các xã ... thì ..." opens a list as *Trong số đó*.  Two
parts that say the same thing, the second denied, are not taken for the whole: "thụ lý 1.517 vụ
việc. Trong đó, đã hòa giải thành công 1.276 vụ việc ...; hòa giải không thành công 185 vụ
việc" leaves the cases still in hand (56) unsaid.

A bare figure ending its sentence after *là* ("tổng số bài thi phúc khảo năm nay là 350.") is
a total of the noun *tổng số* names.

**A sentence of nothing but parts.**  "... đạt 4.814 tỷ đồng, bằng 27,2% so với dự toán ...
năm 2024." / "Trong đó, thu nội địa đạt 4.608 tỷ đồng; thu từ hoạt động xuất nhập khẩu 192 tỷ
đồng và thu từ nguồn huy động, tài trợ quy hoạch 14 tỷ đồng.": a sentence opened by *Trong đó*
or *Cụ thể* (a total or parts given *cho* a recipient are left to the recipients' readings)
whose every figure is a part of the total's unit (two or more; no share, change, bound, year,
bracket, trait such as *nữ* or *đảng viên*, example, rest, cause *do*, source or time *từ*,
addition *thêm*), the total being the only figure of its noun in its sentence, no part of a
list there and not shared among places its sentence counts, and no two parts of the same kind
(the same words before or after them, one value of a ``breakdown_kinds.toml`` dimension twice:
"30 nhà xây mới; 11 nhà xây dựng mới"), has distinct parts: more than the total is a slip, less
is not (*Trong đó*, among them, may leave a source out).  Each part may carry its own share or
change right after it ("Tổng giá trị sản xuất toàn ngành năm 2025 ước đạt 44.918 tỷ đồng, ...
Trong đó, lĩnh vực trồng trọt đóng góp 28.689 tỷ đồng với mức tăng trưởng 4,4%; chăn nuôi đạt
18.387 tỷ đồng, tăng 3,9%; và thủy sản đạt 7.893,7 tỷ đồng, tăng 3,3%", nongnghiephuuco.vn,
2025: 54.969,7 tỷ, a real slip): a percentage after *chiếm*, *đạt*, *bằng*, *tăng*, *giảm*, in a
bracket or not, says how the part stands; not when an item restates another ("Thu nội địa
20.107 tỷ đồng, ...; thu nội địa không kể tiền sử dụng đất, ... 19.836 tỷ đồng", thuanthanh.
bacninh.gov.vn) or breaks one down (*trong đó* again).  Parts in the next sentences whose
shares make 100 %, with or without a marker, are read by :mod:`~hoiquanchung.checker._share_parts`.

**Parallel items.**  Items named alike, one kind each, as rule 2 reads them in one sentence
(:mod:`~hoiquanchung.checker._continued_parallel`): "... tổng số vốn giải ngân ... là 22.579,5 tỷ
đồng ... Trong đó, vốn ngân sách trung ương là 20.057,3 tỷ đồng, đạt 23,6%; vốn ngân sách địa
phương là 2.522,2 tỷ đồng, đạt 22,3%." are distinct (more than the total is a slip); not when the
total's own sentence names one of the kinds ("3.105.812 người tham gia BHXH, BHYT": one person
pays both), when the items share no word, or when two name one value of a dimension.

A sum that breaks the rule is ``total-mismatch`` (error), at the total.  Without evidence
nothing is reported, not even one part larger than the total: across sentences, such a
"part" is more likely a figure of something else (*Theo đó* also means "accordingly").

**Numerators that share out a denominator.**  "toàn huyện có 56/96 chi hội xuất sắc, 31 chi hội
mạnh, 9 chi hội khá": the fraction gives the whole (96 chi hội) and the first grade; the next
figures of the same noun, each with another grade, are the other grades of the same whole.
An association has one grade, so the numerators may not add up to more than the denominator
(56 + 31 + 9 = 96 holds; 56 + 41 + 9 = 106 is reported); they must make it exactly when the
grades run from *xuất sắc* to *yếu* or *kém*, or from *xuất sắc* down to a grade when the
paragraph says there is none of the next for the same noun ("..., 9 chi hội khá. ... không
còn chi hội trung bình").

Why it stays quiet on the near-misses:

* examples are no breakdown (*cụ thể như*, *như*, *chẳng hạn*, *điển hình* anywhere before a
  part), nor a list with a malformed number in its sentence or its total's (that number is
  reported, not a sum built on it);
* a continuation that names a year its total's sentence does not ("Năm 2023, Hội trao 100
  suất quà ..." / "Theo đó, năm 2024 ..."): another year's figures;
* a figure of another noun (*126 người* among *đại biểu*), another unit (*500 kg gạo* beside
  *triệu đồng*), a figure in brackets, a range, a bound (*hơn*, *khoảng*), an amount *mỗi ...*
  or *.../suất* (per unit), a change (*tăng 3 hội*) are no parts; when the total's sentence has
  two figures of the parts' noun, which one they break down is not guessed;
* parts without evidence that they are distinct are not summed ("Trong đó, 300 hội viên nữ,
  250 hội viên là đảng viên" overlap); nor is a sentence that is itself a breakdown (it opens
  with *Trong đó* ...) taken for the total's sentence;
* "315/655 tổ hội đạt xuất sắc, 173 tổ hội mạnh và 104 tổ hội khá" (592 of 655) lists three
  grades of five: some associations may be *trung bình*; nothing is reported;
* one total is reported once, whichever rule reads it.
"""

from __future__ import annotations

import bisect
import functools
import importlib.resources
import itertools
import re
import tomllib
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

import attrs

from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.checker._accident_modes import check_accident_modes
from hoiquanchung.checker._context import ParagraphContext
from hoiquanchung.checker._continued_parallel import parallel_items
from hoiquanchung.checker._counted_kinds import KINDS_OPENER, kinds_counted
from hoiquanchung.checker._counted_places import count_of, counted_places, tier_of
from hoiquanchung.checker._figures_table import (
    _FLAT,
    NOT_COUNTS,
    ContinuedBreakdown,
    Depths,
    FigureTables,
    TableFigure,
    _has_bracket,
    bracket_depths,
    by_sentence,
    measure_of,
    sentence_spans,
)
from hoiquanchung.checker._kinds import (
    canonical_value,
    classifier_words,
    exhaustive,
    label_dimensions,
    label_pattern,
    level_pattern,
    named_places,
    nested_values,
    nomination_pattern,
    portion_nouns,
    province_names,
    recipient_nouns,
)
from hoiquanchung.checker._malformed import _judged as judged_malformed
from hoiquanchung.checker._malformed import _token_span as token_span
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._named_units import bare_names
from hoiquanchung.checker._numbered_values import classified_values, numbered_values
from hoiquanchung.checker._patterns import Gated, lowered
from hoiquanchung.checker._rate_bases import check_shares_of_base
from hoiquanchung.checker._rules import sum_contradicts, sum_of_terms, total_mismatch
from hoiquanchung.checker._share_parts import check_share_parts
from hoiquanchung.checker._share_parts import countable as _countable
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.checker._totals import disjoint_parts
from hoiquanchung.findings import Finding
from hoiquanchung.numbers import Bound
from hoiquanchung.numbers._vocabulary import alternation, bound_words, scale_alternation

__all__ = ["check_continued", "check_fraction_parts", "place_names", "sum_verdict"]

# ------------------------------------------------------------------ the vocabulary (Vietnamese)
# "Trong số các xã đạt chuẩn nông thôn mới thì tỉnh Hà Giang cũ có 11 xã ...": "thì" closes
# the phrase of "Trong số" that names the whole (kept apart: the opener spells many words).
_THEN = r"|\s+thì(?!\w)"
# A sentence that opens with one of these breaks down a figure of the sentence before it.
_OPENER = re.compile(
    r"[\s\u2060\-–—*•+]*(?:(?P<m>trong\s+đó|theo\s+đó|cụ\s+thể)\b\s*[:,]?"
    r"|(?P<among>trong\s+số\s+(?:đó|này|(?:những|các)\s+[^\W\d_][^\d,.;:()]{0,40}?))"
    rf"(?:\s*[:,]|(?=\s+có\s+\d){_THEN})"
    r"|(?P<facet>về\s+"
    r"(?:cơ\s+cấu\s+)?(?:giới\s+tính|giới(?!\s+thiệu)|trình\s+độ|độ\s+tuổi|thành\s+phần|dân\s+tộc|"
    r"tôn\s+giáo)"
    r"(?!\w)[^\d,:;.()]{0,60}?)\s*[:,]"
    # "Mức hỗ trợ cụ thể cho các tỉnh, thành phố như sau: Tuyên Quang 200 tỉ đồng, ...": a
    # list announced by its lead, read as after "Cụ thể".
    r"|(?P<follows>[^\W\d_][^\d.:;()]{0,80}?(?<!\w)như\s+sau)\s*:"
    # "Các giải pháp này thuộc về 6 lĩnh vực, trong đó ...": the total's noun named again and
    # its kinds counted (_counted_kinds), read as after "Trong đó".
    rf"|{KINDS_OPENER})",
    re.IGNORECASE,
)
# What a sentence that counts its total's kinds holds (lower case): a cheap test.
_KINDS_WORDS = re.compile(
    r"(?:thuộc|chia|phân|gồm)\s+(?:về\s+|thành\s+|làm\s+|theo\s+)?(?:các\s+)?"
    r"(?:\d|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
)
# The marker of a sentence that opens with the facet it breaks its total down by ("Về giới
# tính: đại biểu nam có 231 đồng chí, ...; đại biểu nữ có 105 đồng chí, ..."): the parts of a
# facet are read only when they are the whole (a complete dimension, shares that make 100 %).
_FACET = "về"
# What a facet opener holds (lower case): a cheap test before reading every sentence.
_FACET_WORDS = re.compile(
    r"về\s+(?:cơ\s+cấu\s+)?(?:giới|trình\s+độ|độ\s+tuổi|thành\s+phần|dân\s+tộc|tôn\s+giáo)"
)
# A sentence that opens by stating a total ("Theo đó, tổng số đại biểu ... là 500 người"): a
# total's sentence even after an opener (the opener then means "accordingly").
_STATED_TOTAL = re.compile(r"\s*tổng\s+số\b", re.IGNORECASE)
# A part's share of its whole, right after it: "217 người (43,4%)", "231 đồng chí, chiếm
# 68,75%", "151 người, chiếm tỉ lệ 30,26%".
_SHARE = re.compile(
    r"[^\d;:%()]{0,60}?(?:\(\s*(?:chiếm\s+)?|(?<!\w)chiếm\s+|(?<!\w)(?:tỷ|tỉ)\s+lệ\s+(?:là\s+)?)"
    r"(?:(?:tỷ|tỉ)\s+lệ\s+)?(?P<share>\d{1,3}(?:,\d{1,4})?)\s*%",
    re.IGNORECASE,
)
# A figure said to be a total ("với tổng trị giá 4,2 tỷ đồng"): no part of a list, its end.
# The denominator right after a numerator taken for a total ("10.760/10.760 căn nhà").
_DENOMINATOR = re.compile(r"\s*/\s*(\d[\d.]*\d|\d)(?![\d,])")
_TOTAL_BEFORE = re.compile(
    r"(?<!\w)tổng\s+(?:số\s+tiền|số|trị\s+giá|giá\s+trị|kinh\s+phí|cộng)(?:\s+là)?\s*[:,]?\s*\Z",
    re.IGNORECASE,
)
# The seats of a committee, elected or left vacant (_vacancies): "Đại hội đã bầu ra 155 ủy
# viên, còn khuyết 8 ủy viên"; "sẽ bầu ra 61 người ..., khuyết 4 vị trí".
_ELECTED = re.compile(r"(?<!\w)bầu\s+(?:ra\s+|được\s+)?\Z", re.IGNORECASE)
_VACANT = re.compile(r"(?<!\w)(?:còn\s+)?khuyết\s+\Z", re.IGNORECASE)
_VACANT_SEATS = re.compile(r"khuyết\s+\d")  # a cheap test ("người khuyết tật" is none)
_MEMBERS = frozenset({"ủy viên", "uỷ viên", "thành viên", "đồng chí"})
_SEATS = _MEMBERS | {"người", "vị", "vị trí"}
# A number of seats the congress decides, not a past term's ("khóa trước có 45 ủy viên").
_SEATS_DECIDED = re.compile(r"(?<!\w)(?:số\s+lượng|đề\s+án|sẽ\s+có|dự\s+kiến)(?!\w)", re.IGNORECASE)
_PAST_TERM = re.compile(
    r"(?<!\w)(?:khóa|khoá|nhiệm\s+kỳ)\s+(?:trước|cũ)(?!\w)|(?<!\w)so\s+với(?!\w)", re.IGNORECASE
)
# A share followed by the whole it is of: another base than the total's, maybe.
_SHARE_OF = re.compile(r"\s*(?:so\s+với|(?:của\s+)?(?:tổng\s+)?số\s)", re.IGNORECASE)
_EXAMPLE_WORDS = re.compile(r"\b(?:như|chẳng\s+hạn|điển\s+hình|ví\s+dụ)\b", re.IGNORECASE)
_PER_UNIT = re.compile(r"\bmỗi\b", re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:tăng|giảm|vượt|chênh\s+lệch)\s*(?:thêm\s*)?\Z", re.IGNORECASE)
# A figure compared with another ("ít hơn so với dự kiến 15 người", "thấp hơn 4 người"): a
# difference between the item and a plan or a past term, no item of the list.  Only right after
# "... hơn" or "so với <what>" (no comma between): "trình độ cao hơn đại học 50 người" is an item.
_COMPARED = re.compile(
    r"(?:\b(?:ít|nhiều|cao|thấp|kém)\s+hơn|\bso\s+với\b[^\d,;:.()]{0,30})\s*\Z", re.IGNORECASE
)
# What follows a change since a past date or term ("tăng 37 tổ so với năm 2023").
_SINCE = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?so\s+với\b", re.IGNORECASE)
# A bracket that breaks down the part before it.
_BRACKETED_PARTS = re.compile(r"\s*(?:trong\s+đó|bao\s+gồm|gồm)\b", re.IGNORECASE)
_NESTED = re.compile(r"\b(?:trong\s+đó|bao\s+gồm|gồm)\b", re.IGNORECASE)
# Nouns of places a total may cover, named right after it ("2 xã Ia Ko và Ia Hrú").
_PLACE = re.compile(
    r"\b(?:(?P<count>\d{1,3})\s+)?(?:các\s+)?(?P<noun>xã|phường|thị\s+trấn|thị\s+xã|huyện|quận|"
    r"thành\s+phố|tỉnh|thôn|ấp|bản|làng|khu\s+phố|tổ\s+dân\s+phố)\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
_LEVEL = level_pattern(cumulative=False)
# A body at its level: "cấp tỉnh", "cấp huyện, thành phố", or after the body's name (with an
# abbreviation in capitals, or "các"): "Hội KH tỉnh", "hội KH các huyện", "Mặt trận Trung ương".
_BODY_LEVEL = re.compile(
    r"(?<!\w)(?:cấp|(?:hội|mặt\s+trận|đoàn|liên\s+đoàn|ủy\s+ban|uỷ\s+ban)"
    r"(?-i:\s+[A-ZĐ]{1,6})?)\s+(?:các\s+)?(trung\s+ương|tỉnh|huyện|xã|cơ\s+sở)(?!\w)"
    r"(?!\s+trở\s+(?:lên|xuống))",
    re.IGNORECASE,
)
# The words every match of _BODY_LEVEL starts with (lower case): searched only there (speed).
_BODY_LEVEL_AT = Gated(_BODY_LEVEL, ("cấp", "hội", "mặt", "đoàn", "liên", "ủy", "uỷ"))
# A body by its abbreviation in capitals at its level: "TAND tỉnh", "TAND cấp huyện", "VKSND
# các huyện, thành phố" (courts, procuracies: no "Hội" before them).
_ABBR_LEVEL = re.compile(
    r"(?<!\w)(?-i:(?P<abbr>[A-ZĐ]{2,8}))\s+(?:cấp\s+)?(?:các\s+)?(?P<level>tỉnh|huyện|xã)(?!\w)"
    r"(?!\s+trở\s+(?:lên|xuống))",
    re.IGNORECASE,
)
# What opens a list of a total's shares level by level (no marker: each sentence opens with a
# body at its level), and what the total's sentence says: it counts all levels.
_BY_LEVEL = "\x00level"
_BY_GRADE = "\x00grade"  # a list of grades without a marker (_grade_lead)
_BY_REST = "\x00rest"  # a part and the rest, without a marker (_rest_lead)
# The rest of a total, right before its figure, opening its clause: "; còn lại 255 trụ sở",
# "số còn lại là 12".  Not the verb after its subject ("TP Pleiku còn lại 7 đơn vị hành
# chính": what remains after a merger, not the rest of a whole).
_REST_BEFORE = re.compile(
    r"(?:[,;:]\s*|(?<!\w)và\s+|(?<!\w)(?:số|phần)\s+)còn\s+lại(?:\s+(?:là|có))?\s*[:,]?\s*\Z",
    re.IGNORECASE,
)
# A figure a quantity changes from ("từ 25 đơn vị hành chính, ... còn lại 7"): no part.
_FROM = re.compile(r"(?<!\w)từ\s+\Z", re.IGNORECASE)
_REST_WORDS = re.compile(r"(?<!\w)còn\s+lại(?!\w)", re.IGNORECASE)
_TAIL = 600  # characters at the end of the paragraph above read for its last sentence's "các cấp"
_ALL_LEVELS = re.compile(r"(?<!\w)các\s+cấp(?!\w)", re.IGNORECASE)
# A figure, its noun and the abbreviation given to it: "541 công trình thanh niên (CTTN)".
_NAMED_AS = re.compile(
    r"[\d.,]+\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){1,7})\s*\(\s*(?P<abbr>[^\W\d_]{2,10})\s*\)"
)
_SEX = label_pattern("sex", ("việt",), ignore_case=False)
_AREA = label_pattern("area")
_REST = label_pattern("rest")
_QUOTED = re.compile(r"[“\"«]([^”\"»]{2,120})[”\"»]")
# How a candidate or a deputy stands (the election law's two ways: nominated by a body at the
# centre or in a locality, or self-nominated): "do Trung ương giới thiệu", "địa phương", "tự
# ứng cử".  The two tiers are the whole (as the dimension "body" of breakdown_kinds.toml says):
# self-nominees are counted with the localities in some reports and apart in others, so a sum
# with or without them agrees.
_NOMINATION = nomination_pattern()
# The tiers that are the whole: the "complete" values of the same dimension.
_TIERS = next(complete for name, _, _, complete in label_dimensions() if name == "body")
# A ratio after "tỷ lệ" ("đạt tỷ lệ 1,74 người/ĐBQH"): no figure of the list, and no end of it.
_RATIO = re.compile(r"\b(?:tỷ|tỉ)\s*lệ\s*(?:là\s*)?\Z", re.IGNORECASE)
_NOMINATED = re.compile(r"(?<!\w)(?:giới\s+thiệu|ứng\s+cử)(?!\w)", re.IGNORECASE)
# Where an amount comes from, right after it: "100 triệu đồng từ Quỹ ...", "20 triệu đồng do
# Hòa thượng ... hỗ trợ" ("từ" + a date or "từ ... đến" is a time: no source).
_SOURCE = re.compile(
    r"\A\s*(?:là\s+)?(?:từ|do)\s+(?!ngày\b|năm\b|tháng\b|\d)(?![^;]*?\s+đến\s)[^\W\d_]",
    re.IGNORECASE,
)
# An amount given to a recipient named before it: "; hỗ trợ huyện Phú Bình: " (the list's glue,
# the verb, the recipient in at most 16 words without a figure, an optional colon).
_GIVEN_TO = re.compile(
    r"[\s,;:.\u2060]*(?:và\s+)?(?P<verb>hỗ\s+trợ|trao\s+tặng|tặng|chi\s+hỗ\s+trợ|chuyển)\s+"
    r"(?:cho\s+)?(?P<who>[^\W\d_](?:[^\d:()]*?[^\W\d_])?)\s*:?\s*",
    re.IGNORECASE,
)
# A sentence that sums the figures of the sentences before it, and the occasions it counts:
# "Tổng cộng trong 2 ngày (1/3 và 25/2), ...".
_SUM_OPENER = re.compile(r"[\s\u2060\-–—*•+]*tổng\s+cộng\b", re.IGNORECASE)
# A sentence that opens by naming the money and the goods of the sentence before as one whole:
# "Toàn bộ số tiền và hàng hóa có tổng trị giá 330 triệu đồng ...".
_FORMS_OPENER = re.compile(
    r"[\s\u2060\-–—*•+]*(?:toàn\s+bộ|tổng)\s+(?:số\s+|giá\s+trị\s+|trị\s+giá\s+)?tiền"
    r"(?:\s+mặt)?\s+(?:và|cùng)\s+(?:hàng\s+(?:hóa|hoá)|hiện\s+vật)(?!\w)",
    re.IGNORECASE,
)
_FORMS = next(
    (pattern, complete) for name, _, pattern, complete in label_dimensions() if name == "form"
)
_SCALE = re.compile(rf"(?<!\w)(?:{scale_alternation()})(?!\w)", re.IGNORECASE)
# Portions given "cho học sinh, sinh viên ...": the recipients a total of portions names.
_FOR = re.compile(r"(?<!\w)(?:cho|tặng)\s+(?:các\s+|những\s+)?", re.IGNORECASE)
_RECIPIENTS = re.compile(
    r"(?<!\w)("
    + "|".join(r"\s+".join(map(re.escape, n.split())) for n in recipient_nouns())
    + r")(?!\w)",
    re.IGNORECASE,
)
_NAMED = 40  # characters after "cho" where a total's recipients are named
_FORM_AFTER = 12  # characters after an amount where its form may be named ("50 triệu tiền mặt")
_OCCASIONS = re.compile(
    r"\b(?:trong|qua|sau|của|cả)\s+(\d{1,2})\s+(?:ngày|đợt|lần|buổi|tuần|tháng|quý|năm|chuyến|"
    r"phiên|giai\s+đoạn)\b",
    re.IGNORECASE,
)
_PURPOSE = re.compile(r"\A[^;:]{0,40}?\b(?:để|dùng\s+để|sử\s+dụng\s+để)\b", re.IGNORECASE)
# Nouns of persons: a total of people (*người*) may be broken down in one of them, when the
# total's sentence counts no such noun itself.
_PEOPLE = "người"
# Words that count persons of any kind, as "người" does: "336 đại biểu" / "... đại biểu nam có
# 231 đồng chí, ...; đại biểu nữ có 105 đồng chí" (the comrades are the delegates).
_COUNTERS = frozenset({_PEOPLE, "đồng chí", "vị"})
_PERSONS = frozenset(
    {
        "đại biểu",
        "hội viên",
        "đoàn viên",
        "đảng viên",
        "thành viên",
        "cán bộ",
        "ứng viên",
        "học sinh",
        "sinh viên",
        "công nhân",
        "nông dân",
        "phụ nữ",
        "thanh niên",
        "trẻ em",
        "công chức",
        "viên chức",
        "lao động",
        "người lao động",
        "giáo viên",
    }
)
# Head nouns a total may qualify and its parts repeat alone: the classifiers of
# breakdown_kinds.toml (căn, suất, chiếc...) and the nouns of houses, households and people
# ("nhà đại đoàn kết" / "nhà", "hộ nghèo" / "hộ").  A compound is no head and its modifier
# ("hội viên", "đoàn viên", "tổ chức" hold no "hội", "đoàn", "tổ").
_HEADS = classifier_words() | {"nhà", "hộ", "người"}
# A house counted with its classifier ("1.003 ngôi nhà") and its parts without it ("204 nhà");
# not "căn hộ" (a flat) among "hộ" (households).
_HOUSES = frozenset({"ngôi nhà", "căn nhà"})
# Visits (lượt) counted bare after their total named what visits ("lượt khách").
_VISITS = "lượt"
# Grades of an organisation's yearly evaluation, best first ("mạnh" is "vững mạnh").
_GRADE = re.compile(r"(?<!\w)(xuất\s+sắc|vững\s+mạnh|mạnh|khá|trung\s+bình|yếu|kém)(?!\w)")
_GRADE_RANK = {"xuất sắc": 0, "vững mạnh": 1, "mạnh": 1, "khá": 2, "trung bình": 3}
_WORST = frozenset({"yếu", "kém"})
# The grades of a yearly evaluation read in a continued breakdown (_graded): those above and
# "tốt", the top grade of a savings-and-loan group (tổ tiết kiệm và vay vốn: tốt, khá, trung
# bình, yếu), at the rank of "vững mạnh".
_SCALE_GRADE = re.compile(
    r"(?<!\w)(xuất\s+sắc|vững\s+mạnh|mạnh|tốt|khá|trung\s+bình|yếu|kém)(?!\w)", re.IGNORECASE
)
_SCALE_RANK = {**_GRADE_RANK, "tốt": 1, "yếu": 5, "kém": 5}
# The four bodies the Ngân hàng Chính sách xã hội entrusts loans to (NHCSXH's "ủy thác qua
# các hội, đoàn thể"), by their usual names and abbreviations (_entrusted).
_ENTRUSTED_BODIES = {
    body: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
    for body, words in (
        ("farmers", r"hội\s+nông\s+dân|hội\s+nd|hnd"),
        ("women", r"hội\s+(?:liên\s+hiệp\s+)?phụ\s+nữ|hội\s+lhpn|hội\s+pn|hlhpn"),
        ("veterans", r"hội\s+cựu\s+chiến\s+binh|hội\s+ccb"),
        ("youth", r"đoàn\s+thanh\s+niên|đoàn\s+tn|đtn"),
    )
}
_ENTRUSTED_ALL = re.compile(
    r"\bủy\s+thác\s+qua\s+(?:các|4|04|bốn)\s+(?:hội|tổ\s+chức)", re.IGNORECASE
)
# Words that say a list grades what it counts.
_GRADING = re.compile(r"(?<!\w)(?:xếp\s+loại|loại|đánh\s+giá)(?!\w)", re.IGNORECASE)
# What may stand beside a grade in a list item: "đạt xuất sắc", "xếp loại khá", "và".
_FILLER = re.compile(r"\b(?:đạt|xếp\s+loại|loại|được|và)\b")
_CLAUSE_END = re.compile(r"[,;:.(]")
_WORD = re.compile(r"[^\W\d_]+")
_LABEL = 160  # characters after a part read for its label
_CLAUSE = 120  # characters before a part read for "mỗi ..."
_MAX_PARTS = 40  # parts of one breakdown (each growth re-reads the labels: a bound on the work)
_MAX_PLACES = 30
# A year: after "năm" or ending a date ("Tháng 11-2024", "ngày 5/3/2024"); "1900 suất" is none.
_YEAR = re.compile(r"(?:\bnăm\s+|\d[/\-.]\s?)((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_LEAD = re.compile(r"\s*([^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*")


# ------------------------------------------------------------------ arithmetic
def sum_verdict(total: Mention, parts: Sequence[Decimal], *, complete: bool) -> Decimal | None:
    """The sum of *parts* when it contradicts *total*, else ``None``.

    Parts that do not overlap may not add up to more than the total (at its written precision
    and bound); a *complete* breakdown must add up to it.

    >>> from hoiquanchung.checker import extract
    >>> [t] = extract("96 chi hội")
    >>> sum_verdict(t, [Decimal(56), Decimal(41), Decimal(9)], complete=False)
    Decimal('106')
    >>> sum_verdict(t, [Decimal(56), Decimal(30), Decimal(9)], complete=False) is None
    True
    >>> sum_verdict(t, [Decimal(56), Decimal(30), Decimal(9)], complete=True)
    Decimal('95')
    """
    total_sum = Decimal(0)
    for p in parts:
        total_sum = _EXACT.add(total_sum, p)
    side = sum_contradicts(total.quantity, total_sum)  # bound and precision: checker._rules
    if side is None or (side == "below" and not complete):
        return None
    return total_sum


def place_names(text: str) -> tuple[str, ...]:
    """The places a total's sentence names after a place noun, when it names two or more.

    ``"2 xã Ia Ko và Ia Hrú"`` names two communes; a count before the noun must agree with the
    names.

    >>> place_names("trên địa bàn 2 xã Ia Ko và Ia Hrú.")
    ('Ia Ko', 'Ia Hrú')
    >>> place_names("tại các xã Tân Phú, Tân Hòa và Phú Lợi")
    ('Tân Phú', 'Tân Hòa', 'Phú Lợi')
    >>> place_names("tại 3 xã Ia Ko và Ia Hrú")
    ()
    >>> place_names("trên địa bàn phường Pleiku và phường Thống Nhất.")  # the noun said again
    ('Pleiku', 'Thống Nhất')
    >>> place_names("tại xã Ia Ko và huyện Chư Sê")  # another noun: no place of the same tier
    ()
    """
    for m in _PLACE.finditer(text):
        names = _names_at(text, m.end(), m.group("noun"))
        count = m.group("count")
        if _MAX_PLACES >= len(names) >= 2 and (count is None or int(count) == len(names)):
            return names
    return ()


def _names_at(text: str, at: int, noun: str = "") -> tuple[str, ...]:
    """Capitalised names from ``text[at]``, separated by ``,`` or *và*; the place *noun* may
    be said again before a name ("phường Pleiku và phường Thống Nhất")."""
    names: list[str] = []
    current: list[str] = []
    again = noun.casefold().split()
    words = text[at : at + 300].split()
    i = 0
    while i < len(words):
        raw = words[i]
        i += 1
        if (
            again
            and not current
            and names
            and [w.casefold() for w in words[i - 1 : i - 1 + len(again)]] == again
        ):
            i += len(again) - 1
            continue  # "... và phường Thống Nhất": the noun again, then the name
        word = raw.rstrip(",.;:)")
        if word and word[0].isupper() and not any(c.isdigit() for c in word):
            current.append(word)
        elif word == "và" and current:
            names.append(" ".join(current))
            current = []
        else:
            break
        if raw != word:  # a comma or the end of the clause after the word
            names.append(" ".join(current))
            current = []
            if not raw.endswith(","):
                break
    if current:
        names.append(" ".join(current))
    return tuple(n for n in names if n)


# ------------------------------------------------------------------ evidence
@attrs.frozen
class _Evidence:
    distinct: bool
    complete: bool
    by: str = ""  # what says so: places, level, sex, area, rest, names, uses
    # Parts a report may count inside another part too (the self-nominees inside the
    # localities): the sum without them agrees as well.
    nested: tuple[int, ...] = ()


_NONE = _Evidence(distinct=False, complete=False)


def _one_each(labels: Sequence[str], pattern: re.Pattern[str]) -> list[str] | None:
    keys = []
    for label in labels:
        found = {" ".join(re.split(r"\W+", k.casefold())).strip() for k in pattern.findall(label)}
        if len(found) != 1:
            return None
        keys.append(found.pop())
    return keys if len(set(keys)) == len(keys) else None


def _source(label: str) -> str:
    """The words of an amount's source, without the list's glue: " từ Quỹ và " → "từ quỹ"."""
    words = re.sub(r"[\W_]+", " ", label).casefold().split()
    while words and words[-1] == "và":
        words.pop()
    return " ".join(words)


# What may stand beside a part and its value in a list that names nothing else.
_GLUE = frozenset({"và", "có", "là", "được"})


def _bare(pattern: re.Pattern[str], texts: Sequence[str]) -> bool:
    """Whether *texts* (the words after and before each part) name nothing but the values of
    *pattern* and the list's glue: "có 54 mô hình cá nhân và 69 mô hình tập thể"."""
    return all(set(_WORD.findall(pattern.sub(" ", t).casefold())) <= _GLUE for t in texts)


def _values_each(name: str, pattern: re.Pattern[str], labels: Sequence[str]) -> list[str] | None:
    """The one value of dimension *name* that each label names, or ``None``."""
    keys: list[str] = []
    for label in labels:
        found = {canonical_value(name, k) for k in pattern.findall(label)}
        if len(found) != 1:
            return None
        keys.append(found.pop())
    return keys


def _dimension(
    labels: Sequence[str], unit: str, said: str = "", befores: Sequence[str] = ()
) -> _Evidence | None:
    """Distinct values of one dimension of ``breakdown_kinds.toml`` read for the total's noun
    (*unit*), one in each label: parts that cannot overlap (*xây mới*, *sửa chữa*; *tái cử*,
    *lần đầu*; *tiền mặt*, *hiện vật*).  They are the whole only when they cover the
    dimension's ``complete`` values and the total's own sentence (*said*) names them all too
    ("hỗ trợ xây mới, sửa chữa 8 mái ấm"), or when the parts name nothing but their values
    (the words *befores* and after each: "Trong đó có 54 mô hình cá nhân và 69 mô hình tập
    thể"): a subgroup ("Trong đó, 15 đồng chí Chủ tịch Hội tái cử, 1 ... bầu mới") may be
    split by the same values.  A value a report may count
    inside another (``may_nest``) says nothing; the tiers of a body are read with the
    nomination words (:func:`_evidence`).

    >>> _dimension([" nhà được hỗ trợ sửa chữa", " nhà xây mới"], "nhà")
    _Evidence(distinct=True, complete=False, by='works', nested=())
    >>> _dimension([" nhà sửa chữa", " nhà xây mới"], "nhà", "hỗ trợ xây mới, sửa chữa 8 nhà")
    _Evidence(distinct=True, complete=True, by='works', nested=())
    >>> _dimension([" nhà xây mới", " nhà xây dựng mới"], "nhà")  # one value named twice
    >>> _dimension([" đồng tiền mặt", " đồng tiền mặt và hiện vật"], "đồng")
    """
    noun = " ".join(unit.casefold().split())
    for name, nouns, pattern, complete in label_dimensions():
        if name == "body" or (
            nouns and not any(noun == n or noun.startswith(n + " ") for n in nouns)
        ):
            continue
        keys = _values_each(name, pattern, labels)
        if keys is not None and len(set(keys)) == len(keys) and not set(keys) & nested_values(name):
            named = {canonical_value(name, k) for k in pattern.findall(said)}
            bare = bool(befores) and _bare(pattern, [*labels, *befores])
            whole = (
                bool(complete)
                and complete <= set(keys)
                and (complete <= named or bare or exhaustive(name))
            )
            return _Evidence(distinct=True, complete=whole, by=name)
    return None


def _evidence(
    labels: Sequence[str],
    places: Sequence[str],
    money: bool,
    parallel: bool = False,
    unit: str = "",
    said: str = "",
    befores: Sequence[str] = (),
    after_figures: bool = True,
) -> _Evidence:
    """What the parts' *labels* say: distinct parts, and all of the total's parts (*labels* are
    the words after the figures, *befores* those before, unless not *after_figures*).

    Names in quotation marks and uses of money count only for *parallel* parts (each opens its
    item the same way: "Trao 28 suất “A”" ... "Trao 25 suất “B”"; "20 triệu đồng để ...; 80
    triệu đồng dùng để ..."): "..., đến nay đã giải ngân 150 triệu đồng để ..." is a part of a
    part, not another one.
    """
    if len(labels) < 2:
        return _NONE
    if places:
        named = []
        for label in labels:
            found = [p for p in places if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", label)]
            named.append(found[0] if len(found) == 1 else None)
        if None not in named and len(set(named)) == len(named):
            return _Evidence(distinct=True, complete=set(named) == set(places), by="places")
    levels = _one_each(labels, _LEVEL)
    if levels is not None:
        covered = {w for k in levels for w in k.replace("và", " ").split()}
        whole = {"tỉnh", "huyện"} <= covered and bool({"xã", "sở"} & covered)
        return _Evidence(distinct=True, complete=whole, by="level")
    nominated = _one_each(labels, _NOMINATION)
    if nominated is not None and any(_NOMINATED.search(label) for label in labels):
        return _Evidence(
            distinct=True,
            complete=set(nominated) >= _TIERS,
            by="nomination",
            nested=tuple(i for i, k in enumerate(nominated) if k not in _TIERS),
        )
    for name, pattern in (("sex", _SEX), ("area", _AREA)):
        if _one_each(labels, pattern) is not None:
            return _Evidence(distinct=True, complete=True, by=name)
    # (the rest named in the last part's own item, "13 người còn lại", "và thành phần khác 5
    # người": not in the next one, "13 người mất tích, số còn lại bị thương nặng" names a rest
    # without its figure)
    own = _ITEM_CUT.split(labels[-1])[0 if after_figures else -1]
    if _REST.search(own) and not any(_REST.search(label) for label in labels[:-1]):
        return _Evidence(distinct=True, complete=True, by="rest")
    # "Trong đó, 21 nhà ... sửa chữa ...; 11 nhà xây mới ...": a value of a dimension each.
    dimension = _dimension(labels, unit, said, befores)
    if dimension is not None:
        return dimension
    # "100 triệu đồng từ Quỹ Khuyến học ... và 20 triệu đồng do Hòa thượng ... hỗ trợ": an
    # amount from one source is not from another (some sources may be left out).
    if money and all(_SOURCE.match(label) for label in labels):
        keys = {_source(label) for label in labels}
        if len(keys) == len(labels):
            return _Evidence(distinct=True, complete=False, by="sources")
    # "Trong đó, xã Long Hưng 250 suất, xã Mỹ Tú 300 suất": distinct units of one tier, each by
    # its name, or distinct kinds (hộ nghèo, hộ cận nghèo) cannot overlap (some may be left out).
    disjoint = disjoint_parts(labels)
    if disjoint is not None:
        return _Evidence(distinct=True, complete=False, by=disjoint[0])
    # "Trong đó, Lào Cai có 204 nhà, Hà Giang 27 nhà, ...": provinces by their bare names, one
    # in each part's words, a different one: one province's houses are not another's (some
    # provinces may be left out).
    # What qualifies each figure's noun right after it may say no more than the first's ("Lào
    # Cai có 204 nhà, Hà Giang 27 nhà"): "Huế 2 người chết, Đà Nẵng 1 người mất tích" counts two
    # things.
    provinces = [_place_of(label, "province") for label in labels]
    afters = labels if after_figures else befores
    if (
        None not in provinces
        and len(set(provinces)) == len(provinces)
        and len(afters) == len(labels)
    ):
        qualified = [
            set(_WORD.findall(_ITEM_CUT.split(text, maxsplit=1)[0].casefold())) - _PLACE_GLUE
            for text in afters
        ]
        if all(words <= qualified[0] for words in qualified[1:]):
            return _Evidence(distinct=True, complete=False, by="provinces")
        # "Lào Cai 3 người do lũ và sạt lở đất; ...; Nghệ An 1 người bị đuối nước; ...": what
        # caused each province's share is no other thing counted; the words before the cause
        # must then be the same in every part.
        uncaused = [_uncaused(text) for text in afters]
        if uncaused[0] is not None and all(words == uncaused[0] for words in uncaused[1:]):
            return _Evidence(distinct=True, complete=False, by="provinces")
    if not parallel:
        return _NONE
    quoted = [_QUOTED.findall(label) for label in labels]
    if all(len(q) == 1 for q in quoted) and len({" ".join(q[0].split()) for q in quoted}) == len(
        quoted
    ):
        return _Evidence(distinct=True, complete=False, by="names")
    if money:
        uses = [_PURPOSE.match(label) for label in labels]
        if all(uses) and len({" ".join(label.casefold().split()) for label in labels}) == len(
            labels
        ):
            return _Evidence(distinct=True, complete=False, by="uses")
    return _NONE


def _uncaused(text: str) -> set[str] | None:
    """The words of a part's item right after its figure before the cause or circumstance it
    names ("người chết" of " người chết do lũ, ..."), ``None`` when it names none."""
    head = _ITEM_CUT.split(text, maxsplit=1)[0]
    cause = _CAUSE_AT.search(head)
    if cause is None:
        return None
    return set(_WORD.findall(head[: cause.start()].casefold())) - _PLACE_GLUE


# A cause or a circumstance a part names ("do lũ", "bị đuối nước", "trên tàu"; not "bị thương":
# injured is a state of its own).
_CAUSE_AT = re.compile(r"(?<!\w)(?:do|vì|bị(?!\s+thương)|trên|tại|khi)\s+[^\W\d_]", re.IGNORECASE)


# ------------------------------------------------------------------ a total naming its parts
# How far after a total its own words may name the values its parts take ("46 người chết, mất
# tích", "40 người chết, bị thương và mất tích"): up to the next figure or clause end.
_NAMED_SPAN = 40
_NAMED_END = re.compile(r"[\d;:(]")


@functools.cache
def _named_value_dimensions() -> tuple[
    tuple[str, frozenset[str], re.Pattern[str], dict[str, str]], ...
]:
    """``(name, nouns, pattern, same)`` of each ``[[named_values]]`` of ``breakdown_kinds.toml``:
    a dimension whose values a total may name right after its noun; *pattern* finds a value
    (captured), *same* maps a value named in other words to its canonical one."""
    resource = importlib.resources.files("hoiquanchung") / "data" / "breakdown_kinds.toml"
    data: dict[str, Any] = tomllib.loads(resource.read_text(encoding="utf-8"))
    out = []
    for entry in data.get("named_values", ()):
        values = sorted((" ".join(v.casefold().split()) for v in entry["values"]), key=len)
        words = "|".join(r"\s+".join(re.escape(w) for w in v.split()) for v in reversed(values))
        same = {" ".join(k.casefold().split()): v for k, v in entry.get("same", {}).items()}
        out.append(
            (
                str(entry["name"]),
                frozenset(" ".join(n.casefold().split()) for n in entry["nouns"]),
                re.compile(rf"(?<!\w)({words})(?!\w)", re.IGNORECASE),
                same,
            )
        )
    return tuple(out)


def _values_named(pattern: re.Pattern[str], same: dict[str, str], text: str) -> list[str]:
    """The canonical values *pattern* finds in *text*, in order."""
    found = (" ".join(v.casefold().split()) for v in pattern.findall(text))
    return [same.get(v, v) for v in found]


def _total_named(breakdown: ContinuedBreakdown) -> tuple[str, str]:
    """The total's noun (lower case) and the words right after its figure that may name values
    of a ``[[named_values]]`` dimension ("46 người chết, mất tích": "người", " chết, mất tích"),
    up to a figure, a semicolon, a colon or a bracket."""
    total = breakdown.total.mention
    noun = " ".join((total.unit or "").casefold().split())
    own = breakdown.total.paragraph
    at = total.end - own.offset
    said = own.text[at : min(at + _NAMED_SPAN, breakdown.total.sentence[1])]
    end = _NAMED_END.search(said)
    if end is not None:
        said = said[: end.start()]
    return noun, said


def _named_whole(breakdown: ContinuedBreakdown) -> _Evidence:
    """All the parts when the total's own words name the values of a ``[[named_values]]``
    dimension ("46 người chết, mất tích") and each part names one of them, a different one,
    all of them ("36 người chết ...; 10 người mất tích ..."): a person counted dead is not
    counted missing.  A part that names two values or none, or a value the total does not
    name, says nothing.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Mưa lũ đã làm 46 người chết, mất tích. Trong đó 36 người chết ở Huế; "
    ...         "8 người mất tích ở Đà Nẵng.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '46 người', '44 người')]
    >>> text = text.replace("8 người mất tích", "8 người bị thương")  # not a value it names
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    []
    """
    noun, said = _total_named(breakdown)
    for _name, nouns, pattern, same in _named_value_dimensions():
        if not any(noun == n or noun.startswith(n + " ") for n in nouns):
            continue
        named = _values_named(pattern, same, said)
        if len(set(named)) < 2 or len(named) != len(set(named)):
            continue
        for texts in (breakdown.labels, breakdown.befores):
            keys = []
            for label in texts:
                values = set(_values_named(pattern, same, label))
                if len(values) != 1:
                    break
                keys.append(values.pop())
            else:
                if len(set(keys)) == len(keys) == len(named) and set(keys) == set(named):
                    return _Evidence(distinct=True, complete=True, by="named")
    return _NONE


# ------------------------------------------------------------------ a toll by cause
# A part of a toll right after its noun: its state (dead, missing), then what caused it: "22
# người chết do bị lũ cuốn trôi", "9 người chết trong bão", "6 người bị lũ cuốn sau bão" (not
# "bị thương": injured is a state, no cause).
_CAUSE = re.compile(
    r"\s*(?:(?:chết|tử\s+vong|thiệt\s+mạng|mất\s+tích)\s+)?"
    r"(?P<cause>(?:do|vì|trong|bị(?!\s+thương))\s+[^\W\d_].*)",
    re.IGNORECASE | re.DOTALL,
)
_CAUSE_TAIL = re.compile(r"[\s,;.]*(?:và)?[\s,;.]*\Z", re.IGNORECASE)


def _causes(breakdown: ContinuedBreakdown) -> _Evidence:
    """Distinct parts when the total counts people harmed and names how ("28 người chết",
    "59 người đã chết, mất tích") and each part names, right after its noun, what caused its
    own, a different cause each ("Trong đó 9 người chết trong bão; 44 người chết do sạt lở
    đất, lũ quét và 6 người bị lũ cuốn sau bão"): a person died of one cause, not of two.  A
    part that names a state the total does not ("3 người bị thương do ...") says nothing; the
    causes named may be a few (the sum may not exceed the total, nothing more).

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Mưa lũ đã làm 28 người chết. Trong đó, 22 người chết do bị lũ cuốn trôi; 3 "
    ...         "người chết do các vụ tàu, thuyền gặp sự cố; 5 người chết do điện giật.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '28 người', '30 người')]
    >>> check_text(text.replace("5 người chết do", "5 người bị thương do"))  # another state
    []
    """
    noun, said = _total_named(breakdown)
    for _name, nouns, pattern, same in _named_value_dimensions():
        if not any(noun == n or noun.startswith(n + " ") for n in nouns):
            continue
        named = set(_values_named(pattern, same, said))
        if not named:
            return _NONE
        causes = []
        for label in breakdown.labels:
            found = _CAUSE.match(label)
            if found is None or not set(_values_named(pattern, same, label)) <= named:
                return _NONE
            cause = _CAUSE_TAIL.sub("", found.group("cause"))
            causes.append(" ".join(cause.casefold().split()))
        if len(causes) >= 2 and len(set(causes)) == len(causes):
            return _Evidence(distinct=True, complete=False, by="causes")
    return _NONE


# ------------------------------------------------------------------ places counted by the total
# The places a total is shared among, counted after it: "200 triệu đồng cho 3 tỉnh nói trên",
# "2.524 tỉ đồng ... cho 15 địa phương".
_COUNTED = re.compile(
    r"(?<!\w)(?:cho|tại|ở|của)\s+(?:[^\W\d_]+\s+){0,5}?" + counted_places(), re.IGNORECASE
)
# A sentence that opens with "Theo đó" (accordingly) and shares a figure out among the places
# it counts: a total's sentence.
_SHARED_OUT = re.compile(
    rf"[\s\u2060]*(?:theo\s+đó|cụ\s+thể)\b[^;]*?\d[^;]*?(?:{_COUNTED.pattern}"
    r"|(?<!\w)cho\s+các\s+(?:tỉnh|địa\s+phương)(?:,\s*thành\s+phố)?\s*:)",
    re.IGNORECASE,
)
# The places a total's sentence names after it, counted or not: "cho 5 tỉnh: An Giang, Tây
# Ninh, ...", "cho các tỉnh: Quảng Ngãi, Yên Bái, ...", "cho 3 địa phương (Lào Cai, ...)".
_NAMED_AFTER = re.compile(
    r"(?<!\w)cho\s+" + counted_places(provinces_only=True, every=True) + r"\s*[:(]\s*",
    re.IGNORECASE,
)
# (the tier of the places each noun counts: ``tier_of``; a province named bare, by its proper
# name, is of the tier "province")


@functools.cache
def _province_pattern() -> re.Pattern[str]:
    """A province or centrally-run city by its proper name, as a whole name."""
    return re.compile(rf"(?<!\w)({province_names()})(?!\w)", re.IGNORECASE)


def _place_of(text: str, tier: str) -> str | None:
    """The one place of *tier* that *text* (the words of one part's item) names: a unit word
    and its name ("xã Xuân Đài"), or for provinces a proper name alone ("Bình Định"); ``None``
    when it names none, two, or one of another tier."""
    named = [(t, n) for t, n in named_places(text) if n is not None]
    if tier == "province":
        bare = {" ".join(m.casefold().split()) for m in _province_pattern().findall(text)}
        if len(bare) == 1 and all(t in (None, "province") for t, _n in named):
            return bare.pop()
    if len(named) == 1 and named[0][0] == tier:
        return named[0][1].casefold() if named[0][1] else None
    return None


def _counted_places(breakdown: ContinuedBreakdown) -> _Evidence:
    """All the parts when the total's sentence counts the places it is shared among after it
    ("200 triệu đồng cho 3 tỉnh nói trên", "2.524 tỉ đồng ... cho 15 địa phương") or names them
    ("cho các tỉnh: Quảng Ngãi, Yên Bái, ...") and there are as many parts, each naming one of
    those places, a different one ("Cụ thể Bình Định 90 triệu đồng, Quảng Ngãi 70 triệu đồng
    và Quảng Nam 40 triệu đồng"): one place's share is not another's, and every place counted
    has its own.  A list whose items name their place and nothing else ("Trong đó, TP Huế: 100
    tỷ đồng; tỉnh Quảng Ngãi: 100 tỷ đồng; ...") is the whole even after *Trong đó*.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Hội cứu trợ 200 triệu đồng cho 3 tỉnh nói trên.\\nCụ thể Bình Định 90 triệu "
    ...         "đồng, Quảng Ngãi 70 triệu đồng và Quảng Nam 30 triệu đồng.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '200 triệu đồng', '190.000.000 đồng')]
    >>> check_text(text.replace("3 tỉnh", "4 tỉnh"))  # a place without its share: no sum
    []
    >>> text = ("Cụ thể, hỗ trợ 700 tỷ đồng cho 4 địa phương. Trong đó, TP Huế: 100 tỷ đồng; "
    ...         "tỉnh Quảng Ngãi: 100 tỷ đồng; tỉnh Gia Lai: 200 tỷ đồng và tỉnh Đắk Lắk: 200 tỷ "
    ...         "đồng.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '700 tỷ đồng', '600.000.000.000 đồng')]
    >>> check_text(text.replace("TP Huế:", "TP Huế cho hộ nghèo:"))  # something beside the place
    []
    """
    total = breakdown.total
    own = total.paragraph
    at, stop = total.mention.end - own.offset, total.sentence[1]
    found = list(_COUNTED.finditer(own.text, at, stop))
    listed = list(_NAMED_AFTER.finditer(own.text, at, stop))
    names: set[str | None] = set()
    if len(listed) == 1 and len(found) <= 1:
        tier = tier_of(listed[0].group("noun"))
        names = {_place_of(n, tier or "") for n in _names_at(own.text, listed[0].end())}
        said = count_of(listed[0].group("k"))  # None for "các"
        if None in names or (said is not None and said != len(names)):
            return _NONE
        count = len(names)  # "cho 9 tỉnh (Nghệ An, ...)": counted and named, read either way
    elif len(found) == 1:
        said = count_of(found[0].group("k"))
        if said is None:
            return _NONE
        count = said
        tier = tier_of(found[0].group("noun"))
    else:
        return _NONE
    if tier is None or count != len(breakdown.parts) or count < 2:
        return _NONE
    if found:
        for texts in (breakdown.befores, breakdown.labels):
            places = [_place_of(t, tier) for t in texts]
            if None not in places and len(set(places)) == len(places):
                return _Evidence(distinct=True, complete=True, by="counted places")
    items = _place_items(breakdown)
    if items is None:
        return _NONE
    places = [_place_of(t, tier) for t in items]
    if None in places or len(set(places)) != len(places) or (names and set(places) != names):
        return _NONE
    return _Evidence(distinct=True, complete=True, by="counted places listed")


# The words an item of a list of places may hold beside its place's name ("; tỉnh Gia Lai: ",
# " và TP Huế ") and the verb of the list's giver before the first ("Cụ thể, Bắc Ninh hỗ trợ
# thành phố Huế 3 tỷ đồng, ...").
_ITEM_GLUE = frozenset(
    {"và", "tỉnh", "thành", "phố", "tp", "xã", "phường", "huyện", "địa", "phương"}
)
_GIVER = re.compile(
    r"\A[\s,]*(?:[A-ZĐ][^\W\d_]*\s+){1,3}(?:hỗ\s+trợ|trao|tặng|cấp|phân\s+bổ)\s+(?=[^\W\d_])"
)


def _place_items(breakdown: ContinuedBreakdown) -> list[str] | None:
    """The words of each part's item from the end of the figure before it (the first from its
    sentence's start, after its opener and its giver), when they hold nothing but a place's
    name and its glue, nor does the rest of the sentence after the last part; else ``None``."""
    items: list[str] = []
    previous: tuple[Mention, Paragraph] | None = None
    for m, para in breakdown.parts:
        text, at = para.text, m.start - para.offset
        if previous is not None and previous[1] is para:
            item = text[previous[0].end - para.offset : at]
        else:
            s_start = next(x for x, y in sentence_spans(text) if x <= at < y)
            opener = _OPENER.match(text, s_start, at)
            item = text[opener.end() if opener is not None else s_start : at]
            item = _GIVER.sub("", item)
        items.append(item)
        previous = (m, para)
    for item in (*items, breakdown.labels[-1]):
        if any(w[0].islower() and w.casefold() not in _ITEM_GLUE for w in _WORD.findall(item)):
            return None
    return items


# ------------------------------------------------------------------ a bare list of places
# What evidence of distinct places says (``_Evidence.by``), and the words an item of a bare
# list of places may hold besides the place's name: its unit word, the list's glue.
_BY_PLACE = re.compile(r"places|provinces|place:\w+")
_PLACE_GLUE = frozenset(
    {"và", "có", "là", "tại", "ở", "xã", "phường", "thị", "trấn", "huyện", "quận", "tỉnh"}
)


def _bare_places(breakdown: ContinuedBreakdown, evidence: _Evidence) -> _Evidence:
    """All the parts when a list opened by *Cụ thể* names distinct places, one in each item,
    and nothing else: "Cụ thể: xã Hà Bầu 2 căn; xã Đak Sơ Mei 12 căn; ..." details the total
    place by place (a place's share of some group, "cho hộ nghèo xã A", or a reason, "do lũ",
    names more than the place: the items may then be a few).

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Huyện hỗ trợ xây mới 38 căn nhà cho hộ nghèo. Cụ thể: xã Hà Bầu 2 căn; "
    ...         "xã Hà Đông 7 căn; xã Kon Gang 19 căn.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '38 căn nhà', '28 căn nhà')]
    >>> check_text(text.replace("xã Hà Đông 7 căn", "xã Hà Đông 7 căn cho hộ cận nghèo"))
    []
    """
    if (
        breakdown.marker != "cụ thể"
        or not evidence.distinct
        or evidence.complete
        or _BY_PLACE.fullmatch(evidence.by) is None
    ):
        return evidence
    total = breakdown.total
    own = total.paragraph
    counted = _COUNTED.search(own.text, total.mention.end - own.offset, total.sentence[1])
    if counted is not None and count_of(counted.group("k")) != len(breakdown.parts):
        return evidence  # "... cho 4 tỉnh. Cụ thể Bình Định ..., Quảng Ngãi ...": one left out
    listed = _NAMED_AFTER.search(own.text, total.mention.end - own.offset, total.sentence[1])
    if listed is not None and len(_names_at(own.text, listed.end())) != len(breakdown.parts):
        return evidence  # "... cho các tỉnh: Quảng Ngãi, ..., Gia Lai. ...": one left out
    noun = set((total.mention.unit or "").casefold().split())
    for before, label in zip(breakdown.befores, breakdown.labels, strict=True):
        words = _WORD.findall(f"{before} {label}")
        if any(w[0].islower() and w not in _PLACE_GLUE and w not in noun for w in words):
            return evidence
    return attrs.evolve(evidence, complete=True, by="places listed")


# ------------------------------------------------------------------ findings
def _findings(
    state: FigureTables,
    total: TableFigure,
    parts: Sequence[tuple[Mention, Paragraph]],
    evidence: _Evidence,
    file: str | None,
) -> Iterator[Finding]:
    t = total.mention
    paragraph = total.paragraph
    base = paragraph.offset
    if not evidence.distinct:
        return
    values = [p.value for p, _ in parts]
    if evidence.nested and evidence.complete:
        without = [v for i, v in enumerate(values) if i not in evidence.nested]
        if sum_verdict(t, without, complete=True) is None:
            return  # "... địa phương 312 người; tự ứng cử 2 người" counted among the localities
    whole = _DENOMINATOR.match(paragraph.text, t.end - base)
    if whole is not None and _whole_number(whole.group(1)) == sum(values, Decimal(0)):
        return  # "27/43 tỉnh ... Trong đó, 30 tỉnh ..., 13 tỉnh ...": the parts of the whole
    if t.value != _whole_number(t.text.split()[0]) == sum(values, Decimal(0)):
        return  # "6.066 ngàn vụ" of parts 485 + 5.581 vụ: a scale word written by mistake
    found = _mismatch(state, paragraph, t, values, evidence.complete, base, file)
    if found is not None:
        yield found


def _mismatch(
    state: FigureTables,
    paragraph: Paragraph,
    total: Mention,
    values: Sequence[Decimal],
    complete: bool,
    base: int,
    file: str | None,
) -> Finding | None:
    """``total-mismatch`` when the *values* contradict *total* (:func:`sum_verdict`) and no rule
    has reported the total yet; the total is then marked reported in *state*."""
    total_sum = sum_verdict(total, values, complete=complete)
    if total_sum is None:
        return None
    key = ("total-mismatch", total.start)
    if key in state.reported:
        return None
    state.reported.add(key)
    return total_mismatch(
        paragraph, total.start - base, total, total_sum, sum_of_terms(values), file=file
    )


# ------------------------------------------------------------------ the continued breakdown
def check_continued(context: ParagraphContext) -> Iterator[Finding]:
    """Findings on totals broken down in the sentences and paragraphs after their own.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Hội trao 110 suất quà tại 2 xã Ia Ko và Ia Hrú.\\n"
    ...         "Theo đó, Hội trao 55 suất quà tại xã Ia Ko và 50 suất tại xã Ia Hrú.")
    >>> [(f.code, f.line, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', 1, '110 suất', '105 suất')]
    """
    tables = context.state.figures
    tables.feed(context)
    para = context.paragraph
    if para.footnote:
        return
    yield from check_shares_of_base(context)
    # Traffic accidents broken down by mode (a reading of its own, gated on two modes' words).
    yield from check_accident_modes(context)
    text, base = para.text, para.offset
    if text.count("%") >= 2:
        # "... có 1.812.592 hồ sơ ... Lượng hồ sơ vào ĐH là 1.358.381, chiếm 75%, ... Còn hồ sơ
        # dự thi vào CĐ là 454.211, chiếm 25% ...": parts whose shares make 100 % (_share_parts).
        yield from check_share_parts(
            tables,
            para,
            list(by_sentence(sentence_spans(text), context.mentions, base)),
            context.file,
        )
    open_list = tables.continued
    # A list left open by the paragraph above goes on only on the very next line.
    if open_list is not None and para.line != open_list.next_line:
        open_list = tables.continued = None
    by_level = _may_list_levels(text, tables.previous_sentence)
    by_grade = _may_list_grades(text)
    by_rest = "còn lại" in lowered(text)
    may_merge = "diện tích" in lowered(text)
    if (
        open_list is None
        and not may_merge
        and not by_level
        and not by_grade
        and not by_rest
        and not _may_open(text)
        # (no "ộ" in either case, no "tổng cộng" in the case-folded text: no folding; speed)
        and (("ộ" not in text and "Ộ" not in text) or "tổng cộng" not in text.casefold())
        and not _may_sum_forms(text)
        and (_VACANT_SEATS.search(text) is None if "khuyết" in text else True)
    ):
        return  # no list to go on with, no sentence that opens one
    spans = sentence_spans(text)
    mentions = list(context.mentions)
    # No bracket: every depth is 0 (as the figure table reads such a paragraph; speed).
    depth = bracket_depths(text) if _has_bracket(text) else _FLAT
    # A malformed number in the list's sentence (or its total's) stops the list there: that
    # number is reported, not a sum built on it; one elsewhere in the paragraph does not.
    # A run the malformed rule does not judge a quantity (a date "Ngày 14.3", a section "4.3")
    # is reported by none and stops nothing.
    bad = sorted(
        err.offset or 0
        for err in context.errors
        if judged_malformed(text, *token_span(text, err.offset or 0))
    )

    def malformed_in(a: int, b: int) -> bool:
        i = bisect.bisect_left(bad, a)
        return i < len(bad) and bad[i] < b

    previous: tuple[Paragraph, list[Mention], tuple[int, int]] | None = None
    if tables.previous_sentence is not None:
        prev_para, prev_mentions = tables.previous_sentence
        prev_spans = sentence_spans(prev_para.text)
        if prev_spans:
            previous = (prev_para, list(prev_mentions), prev_spans[-1])
    history = [previous] if previous is not None else []
    at_start = previous is None  # nothing read before this paragraph (in its section)
    for s_start, s_end, local in by_sentence(spans, mentions, base):
        opener = _OPENER.match(text, s_start, s_end)
        malformed = malformed_in(s_start, s_end) or (
            previous is not None and previous[0] is para and malformed_in(*previous[2])
        )
        if opener is not None and previous is not None and not malformed:
            marker = (
                _FACET
                if opener.group("facet")
                else "cụ thể"  # "... như sau:": the list the lead announces
                if opener.group("follows")
                else "trong đó"  # "Trong số đó", "Trong số những người trúng cử": among them
                if opener.group("among") or opener.group("restated")
                else " ".join(opener.group("m").casefold().split())
            )
            clause = _Clause(para, local, opener.end(), s_end, depth)
            if opener.group("restated") is not None:
                # (the count of kinds in the opener is no part: "thuộc về 6 lĩnh vực")
                after = [m for m in local if m.start - base >= opener.end()]
                clause = _Clause(para, after, opener.end(), s_end, depth)
            open_list = _open(tables, history, clause, marker, at_start=at_start)
            if open_list is not None and opener.group("restated") is not None:
                open_list = _restated(open_list, opener)
            if open_list is not None:
                yield from _evaluate(tables, open_list, context.file)
                # "Hội KH tỉnh cấp 3.671 suất với số tiền 6,4 tỷ đồng; ...": a count and an
                # amount each; the amounts break down a total of their own.
                for unit in (
                    _other_units(local, open_list.measure)
                    if opener.group("restated") is None
                    else ()
                ):
                    other = _open(tables, history, clause, marker, unit, at_start)
                    if other is not None:
                        yield from _evaluate(tables, other, context.file)
        elif open_list is not None:
            grew = _extend(open_list, _Clause(para, local, s_start, s_end, depth), malformed)
            if grew is None:
                open_list = None
            elif grew:
                yield from _evaluate(tables, open_list, context.file)
        elif (
            by_level
            and previous is not None
            and not malformed
            and (deed := _level_lead(text, s_start, s_end, local, base)) is not None
            and _ALL_LEVELS.search(previous[0].text, *previous[2]) is not None
        ):
            # "các cấp Hội ... cho 5.553 lượt hội viên." / "Hội cấp tỉnh hỗ trợ 184 lượt
            # người ... Hội cấp huyện hỗ trợ 2.287 lượt người ...": each level's share of what
            # the total's sentence says was done.
            clause = _Clause(para, local, s_start, s_end, depth)
            open_list = _open(tables, history, clause, _BY_LEVEL)
            if open_list is not None and _same_deed(deed, open_list.total):
                open_list.lead = _BY_LEVEL
                yield from _evaluate(tables, open_list, context.file)
            else:
                open_list = None
        elif (
            by_grade
            and previous is not None
            and not malformed
            and (graded := _grade_lead(text, s_start, s_end, local, base)) is not None
        ):
            # "toàn tỉnh có 2.584 tổ tiết kiệm và vay vốn. Qua hoạt động đánh giá xếp loại ...,
            # có 2.300 tổ xếp loại tốt, ...; 195 tổ xếp loại khá ...": the grades of the units
            # the sentence before counts, read on grades alone.
            clause = _Clause(para, local, s_start, s_end, depth)
            open_list = _open(tables, history, clause, _BY_GRADE, graded)
            if open_list is not None:
                yield from _evaluate(tables, open_list, context.file)
        elif (
            by_rest
            and previous is not None
            and not malformed
            and (rest_unit := _rest_lead(text, s_start, s_end, local, base, depth)) is not None
        ):
            # "3 địa phương hiện có 2.811 trụ sở làm việc. Dự kiến ... sẽ sử dụng 2.558 trụ
            # sở ...; còn lại 255 trụ sở sẽ dôi dư": one part of the total of the sentence
            # before, and the rest of it; the rest ends the list.
            clause = _Clause(para, local, s_start, s_end, depth)
            rest = _open(tables, history, clause, _BY_REST, rest_unit)
            if rest is not None:
                yield from _evaluate(tables, rest, context.file)
        if (
            previous is not None
            and not malformed
            and _VACANT_SEATS.search(text, s_start, s_end) is not None
            and (found := _vacancies(tables, previous, para, local, (s_start, s_end), context.file))
            is not None
        ):
            yield found
        if may_merge and previous is not None and not malformed:
            yield from _merged_total(
                tables, previous, _Clause(para, local, s_start, s_end, depth), context.file
            )
        if _SUM_OPENER.match(text, s_start, s_end) and not malformed:
            found = _total_after(
                tables, history, _Clause(para, local, s_start, s_end, depth), context.file
            )
            if found is not None:
                yield found
        elif _FORMS_OPENER.match(text, s_start, s_end) and history and not malformed:
            found = _forms_after(
                tables, history[-1], _Clause(para, local, s_start, s_end, depth), context.file
            )
            if found is not None:
                yield found
        previous = (para, local, (s_start, s_end))
        history.append(previous)
    if open_list is not None:
        open_list.next_line = para.line + 1 + text.count("\n")
    tables.continued = open_list


def _vacancies(
    tables: FigureTables,
    previous: tuple[Paragraph, list[Mention], tuple[int, int]],
    para: Paragraph,
    local: Sequence[Mention],
    span: tuple[int, int],
    file: str | None,
) -> Finding | None:
    """``total-mismatch`` when the seats of a committee ("ban chấp hành khóa mới sẽ có 163 ủy
    viên") are not the members the next sentence says were elected and the seats it says are
    left vacant ("Đại hội đã bầu ra 155 ủy viên, còn khuyết 8 ủy viên"): seats are elected or
    vacant, never both, and nothing else.

    The seats are the one count of members (*ủy viên*, *thành viên*, *đồng chí*) of the sentence
    before, a number the congress decides (*số lượng*, *đề án*, *sẽ có*, *dự kiến*), not a past
    term's; the sentence names no year that one does not."""
    text, base = para.text, para.offset
    start, stop = span
    elected = [
        m for m in local if _ELECTED.search(text, max(start, m.start - base - 20), m.start - base)
    ]
    vacant = [
        m for m in local if _VACANT.search(text, max(start, m.start - base - 20), m.start - base)
    ]
    if len(elected) != 1 or len(vacant) != 1 or elected[0].start > vacant[0].start:
        return None
    parts = [elected[0], vacant[0]]
    if any(
        not _countable(m) or m.bound is not Bound.EXACT or measure_of(m.unit or "") not in _SEATS
        for m in parts
    ):
        return None
    prev_para, prev_mentions, (p_start, p_end) = previous
    prev_text, prev_base = prev_para.text, prev_para.offset
    said = prev_text[p_start:p_end]
    if _SEATS_DECIDED.search(said) is None or _PAST_TERM.search(said) is not None:
        return None
    depth = bracket_depths(text)
    prev_depth = bracket_depths(prev_text) if prev_para is not para else depth
    if _years(text, start, stop, depth) - _years(prev_text, p_start, p_end, prev_depth):
        return None  # another year's committee
    counts = [m for m in prev_mentions if _countable(m) and prev_depth[m.start - prev_base] == 0]
    if len(counts) != 1 or measure_of(counts[0].unit or "") not in _MEMBERS:
        return None
    total = counts[0]
    if total.bound is not Bound.EXACT:
        return None
    return _mismatch(tables, prev_para, total, [m.value for m in parts], True, prev_base, file)


def _opening(before: str) -> str:
    """How a part opens its item, without the list's glue: ``"; "`` → ``""``, ``"Trao "``."""
    before = _QUOTED.sub(" ", before)  # the previous part's name, when no comma follows it
    words = re.sub(r"[\s,;:.\u2060]+", " ", before).casefold().split()
    return " ".join(w for w in words if w != "và")


def _years(text: str, start: int, stop: int, depth: Depths) -> set[str]:
    """The years written outside brackets in ``text[start:stop]``, but for the year a figure is
    compared with (*so với cùng kỳ năm 2023*, *so với năm 2023*): the sentence's figures are
    not that year's ("Thu ngân sách ... đạt 9.856 tỷ đồng, tăng 12% so với cùng kỳ năm 2023."
    and "Trong đó, ..." break down the sentence's own year).

    >>> t = "Năm 2024 trao 1900 suất trong 4 năm học (năm 2025-2029), ngày 5/3/2023"
    >>> sorted(_years(t, 0, len(t), bracket_depths(t)))
    ['2023', '2024']
    >>> t = "Trong đó, thu 300 tỷ đồng, tăng 5% so với cùng kỳ năm 2023; so với năm 2022 ..."
    >>> sorted(_years(t, 0, len(t), bracket_depths(t)))
    []
    """
    return {
        m.group(1)
        for m in _year_matches(text, start, stop)
        if depth[m.start(1)] == 0
        and _COMPARED_YEAR.search(text, max(start, m.start() - 24), m.start()) is None
    }


# What names the year a figure is compared with, right before it: "so với (cùng kỳ) năm 2023",
# "cùng kỳ năm 2023", "so với tháng 8/2016".
_COMPARED_YEAR = re.compile(
    r"(?:so\s+với|cùng\s+kỳ)(?:\s+(?:cùng\s+kỳ|tháng|quý|kỳ))*\s+\Z", re.IGNORECASE
)


def _year_matches(text: str, start: int, stop: int) -> list[re.Match[str]]:
    """``list(_YEAR.finditer(text, start, stop))``, tried only where a match can start: every
    match's year starts with "19" or "20" (found by :meth:`str.find`), after *năm* and white
    space (the *năm* ends where the white space before the year begins) or after a digit and
    ``/``, ``-`` or ``.`` (and one white space at most).  The search would try every position
    of the sentence with a case-blind test (speed).

    >>> t = "năm  2020/2021, ngày 5/3/2023, 1999; 2020"
    >>> [m.group() for m in _year_matches(t, 0, len(t))]
    ['năm  2020', '3/2023']
    """
    places: set[int] = set()
    for head in _YEAR_HEADS:
        at = text.find(head, start, stop)
        while at >= 0:
            places.update((at - 2, at - 3))  # "5/2023", "5/ 2023"
            gap = at
            while gap > start and text[gap - 1].isspace():
                gap -= 1
            if gap < at:
                places.add(gap - 3)  # "năm 2023", "năm\n2023"
            at = text.find(head, at + 1, stop)
    found = []
    done = start
    match = _YEAR.match
    for at in sorted(places):
        if at < done:
            continue  # before the range, or inside the last match (finditer goes on after it)
        m = match(text, at, stop)
        if m is not None:
            found.append(m)
            done = m.end()
    return found


_YEAR_HEADS = ("19", "20")  # how every year _YEAR reads starts


def _total_after(
    tables: FigureTables,
    history: Sequence[tuple[Paragraph, list[Mention], tuple[int, int]]],
    clause: _Clause,
    file: str | None,
) -> Finding | None:
    """``total-mismatch`` when a sentence that opens with *Tổng cộng* and counts the occasions
    it sums ("Tổng cộng trong 2 ngày ..., ... 652.960.000 đồng") states a total that the
    figures of the sentences right before it, one an occasion, do not make.

    The parts are the run of sentences right before the total's (*history*, the last sentence
    of the paragraph on the line above included), each with one figure of the total's measure
    and no other; the run must hold exactly as many sentences as the occasions counted, and
    they must say the same thing (a verb of two words in common before their figures).

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Ngày 1/3, Hội nhận được 400 triệu đồng.\\n"
    ...         "Ngày 25/2, Hội nhận được 160 triệu đồng. Tổng cộng trong 2 ngày, Hội nhận "
    ...         "được 650 triệu đồng.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '650 triệu đồng', '560.000.000 đồng')]
    """
    para, local = clause.para, clause.local
    text, base = para.text, para.offset
    ours = [m for m in local if _countable(m) and clause.depth[m.start - base] == 0]
    if len(ours) != 1 or _EXAMPLE_WORDS.search(text, clause.start, clause.stop):
        return None
    total = ours[0]
    counted = _OCCASIONS.search(text, clause.start, total.start - base)
    if counted is None or total.bound is not Bound.EXACT:
        return None
    occasions = int(counted.group(1))
    measure = measure_of(total.unit or "")
    run: list[tuple[Mention, Paragraph, str]] = []
    for prev_para, prev_local, (a, b) in reversed(history):
        ptext, pbase = prev_para.text, prev_para.offset
        figures = [m for m in prev_local if _countable(m) and measure_of(m.unit or "") == measure]
        if len(figures) != 1:
            if figures or any(measure_of(m.unit or "") == measure for m in prev_local):
                return None  # the run is preceded by more of the measure: it may go on there
            break
        m = figures[0]
        pdepth = bracket_depths(ptext)
        if (
            pdepth[m.start - pbase] != 0
            or m.bound is not Bound.EXACT
            or _OPENER.match(ptext, a, b)
            or _NESTED.search(ptext, a, b)
            or _PER_UNIT.search(ptext, a, b)
            or ptext.startswith("/", m.end - pbase)
        ):
            return None  # a figure of the measure that is no part, right before or in the run
        run.append((m, prev_para, ptext[a : m.start - pbase]))
        if len(run) > occasions:
            return None  # more such sentences than occasions: which ones are summed is unclear
    else:
        # The run reaches the first sentence seen (the last of the line above): the sentences
        # before it in its paragraph are not read; a word of the measure there may be a part.
        if history:
            first_para, _l, (a, _b) = history[0]
            if re.search(rf"(?<!\w){re.escape(measure)}(?!\w)", first_para.text[:a].casefold()):
                return None
    if len(run) != occasions or occasions < 2:
        return None
    said = [_bigrams(before) for _m, _p, before in run]
    if not set.intersection(*said):
        return None
    values = [m.value for m, _p, _b in reversed(run)]
    return _mismatch(tables, para, total, values, True, base, file)


# ------------------------------------------------------------------ units merged into one
# "Thành lập xã Đồng Môn trên cơ sở nhập toàn bộ 3,40 km2 diện tích tự nhiên, 3.749 người của
# xã Thạch Đồng và toàn bộ 5,53 km2 ..., 3.185 người của xã Thạch Môn." / "Nhập phường A có diện
# tích tự nhiên là 0,16 km² ... vào phường B có diện tích tự nhiên là 0,50 km² ...": the unit
# made of whole units (its name), or the unit that takes them in with its own figures given.
_FOUNDED = re.compile(
    r"(?<!\w)thành\s+lập\s+(?P<name>[^\d,.;:()]{2,40}?)\s+trên\s+cơ\s+sở\s+nhập\s+toàn\s+bộ\s+\d",
    re.IGNORECASE,
)
# The same in the passive, the unit named first: "Xã Giang Hải được thành lập trên cơ sở nhập
# toàn bộ 5,70 km2 diện tích tự nhiên, 2.058 người của xã Vinh Hải và toàn bộ ..." (bnews.vn,
# 2019).  Its name runs from the clause's start (a word before it, "Theo đó xã ...", makes it
# another name: quiet).
_FOUNDED_PASSIVE = re.compile(
    r"(?<![^\W\d_])(?P<name>[^\W\d_][^\d,.;:()]{1,39}?)\s+được\s+thành\s+lập\s+trên\s+cơ\s+sở"
    r"\s+nhập\s+toàn\s+bộ\s+\d",
    re.IGNORECASE,
)
_TAKEN_IN = re.compile(
    r"(?<!\w)vào\s+(?P<name>[^\d,.;:()]{2,40}?)\s+có\s+diện\s+tích\s+(?:tự\s+nhiên\s+)?(?:là\s+)?\d",
    re.IGNORECASE,
)
_WHOLE_UNIT = re.compile(r"(?<!\w)toàn\s+bộ(?!\w)", re.IGNORECASE)
_MERGED_UNIT = re.compile(
    r"(?<!\w)nhập\s+(?P<name>[^\d,.;:()]{2,40}?)\s+có\s+diện\s+tích", re.IGNORECASE
)
_PART_OF_UNIT = re.compile(r"(?<!\w)(?:một\s+phần|điều\s+chỉnh)(?!\w)", re.IGNORECASE)
# "Sau khi thành lập, xã Đồng Môn có 8,93 km2 diện tích tự nhiên và quy mô dân số 6.934
# người." / "Phường Trúc Bạch có diện tích tự nhiên là 0,66 km², quy mô dân số là 16.782 người".
_MERGED_HAS = re.compile(
    r"[\s\u2060\-–—*•+]*(?:sau\s+khi\s+(?:thành\s+lập|nhập|sắp\s+xếp|hợp\s+nhất)\s*,\s*)?"
    r"(?P<name>[^\d,.;:()]{2,40}?)\s+có\s+(?:\d|diện\s+tích)",
    re.IGNORECASE,
)


def _area(m: Mention) -> bool:
    return (m.unit or "").casefold().startswith(("km2", "km²"))


def _merged_total(
    tables: FigureTables,
    previous: tuple[Paragraph, list[Mention], tuple[int, int]],
    clause: _Clause,
    file: str | None,
) -> Iterator[Finding]:
    """``total-mismatch`` when a unit made by merging whole units, or taking them in, has an
    area or a population the merged units' do not make.  The sentence before (*previous*)
    founds the unit on whole units ("Thành lập xã Đồng Môn trên cơ sở nhập toàn bộ ... của xã
    Thạch Đồng và toàn bộ ... của xã Thạch Môn", each *toàn bộ*) or merges a unit into one whose
    own figures it gives too ("Nhập phường A có diện tích ... vào phường B có diện tích ...");
    the *clause* says what the unit it names has ("Sau khi thành lập, xã Đồng Môn có 8,93 km2
    ... và quy mô dân số 6.934 người"): its area is the sum of the areas, its population the
    sum of the populations (areas at their written precision: each part was rounded).

    Quiet when a unit gives a part only (*một phần*, *điều chỉnh*), when the unit that takes
    the others in has no figures of its own ("Nhập toàn bộ ... của Phường 5 vào Phường 2. Sau
    khi nhập, Phường 2 có 0,36 km2 ..."), or when the unit named is another.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Thành lập xã Đồng Môn trên cơ sở nhập toàn bộ 3,40 km2 diện tích tự nhiên, "
    ...         "3.749 người của xã Thạch Đồng và toàn bộ 5,53 km2 diện tích tự nhiên, 3.185 "
    ...         "người của xã Thạch Môn. Sau khi thành lập, xã Đồng Môn có 8,93 km2 diện tích "
    ...         "tự nhiên và quy mô dân số 6.984 người.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '6.984 người', '6.934 người')]
    >>> check_text(text.replace("Đồng Môn có", "Thạch Môn có"))  # another unit
    []
    """
    prev_para, prev_local, (p_start, p_end) = previous
    ptext = prev_para.text
    if _PART_OF_UNIT.search(ptext, p_start, p_end):
        return
    founded = _FOUNDED.search(ptext, p_start, p_end) or _FOUNDED_PASSIVE.search(
        ptext, p_start, p_end
    )
    taken = _TAKEN_IN.search(ptext, p_start, p_end) if founded is None else None
    if founded is None and (
        taken is None or not _MERGED_UNIT.search(ptext, p_start, taken.start())
    ):
        return
    para, local = clause.para, clause.local
    text, base = para.text, para.offset
    has = _MERGED_HAS.match(text, clause.start, clause.stop)
    named = founded if founded is not None else taken
    if has is None or named is None:
        return
    if " ".join(has.group("name").casefold().split()) != " ".join(
        named.group("name").casefold().split()
    ):
        return  # another unit's figures
    pdepth = bracket_depths(ptext)
    for kind in (_area, lambda m: measure_of(m.unit or "") == _PEOPLE):
        parts = [
            m for m in prev_local if kind(m) and not ptext.startswith("/", m.end - prev_para.offset)
        ]
        totals = [m for m in local if kind(m) and not text.startswith("/", m.end - base)]
        if (
            len(parts) < 2
            or len(totals) != 1
            or any(m.bound is not Bound.EXACT or pdepth[m.start - prev_para.offset] for m in parts)
            or totals[0].bound is not Bound.EXACT
        ):
            continue
        if founded is not None and len(_WHOLE_UNIT.findall(ptext, p_start, p_end)) != len(parts):
            return  # not every unit merged whole
        values = [m.value for m in parts]
        total = totals[0]
        if kind is _area:
            ulp = max(Decimal(1).scaleb(-(m.quantity.decimals or 0)) for m in parts)
            if abs(sum(values, Decimal(0)) - total.value) <= ulp * len(parts) / 2:
                continue  # within the rounding of the parts
        found = _mismatch(tables, para, total, values, True, base, file)
        if found is not None:
            yield found


def _may_sum_forms(text: str) -> bool:
    """Whether *text* may hold a sentence naming money and goods as one whole (cheap)."""
    folded = lowered(text)
    return "tiền" in folded and ("hàng" in folded or "hiện vật" in folded)


def _money(m: Mention) -> bool:
    """An amount in đồng, or one named by its form with a scale word ("50 triệu tiền mặt")."""
    unit = (m.unit or "").casefold()
    if m.fraction is not None or m.range_end is not None or not unit:
        return False
    if unit == "đồng":
        return True
    return _FORMS[0].fullmatch(unit) is not None and _SCALE.search(m.quantity.text) is not None


def _form_of(text: str, m: Mention, since: int, base: int) -> str | None:
    """The form (*tiền mặt*, *hiện vật*) an amount of money is given in: its unit, the words
    right after it, else the last form named between *since* and the amount."""
    pattern = _FORMS[0]
    own = pattern.fullmatch((m.unit or "").casefold())
    if own is not None:
        return canonical_value("form", own.group(1))
    after = pattern.match(text, m.end - base + 1, min(len(text), m.end - base + _FORM_AFTER))
    if after is not None and not text[m.end - base : after.start()].strip():
        return canonical_value("form", after.group(1))
    named = pattern.findall(text, since, m.start - base)
    return canonical_value("form", named[-1]) if named else None


def _forms_after(
    tables: FigureTables,
    previous: tuple[Paragraph, list[Mention], tuple[int, int]],
    clause: _Clause,
    file: str | None,
) -> Finding | None:
    """``total-mismatch`` when a sentence that names money and goods as one whole ("Toàn bộ
    số tiền và hàng hóa có tổng trị giá 330 triệu đồng") states an amount that the amounts
    of the sentence right before it do not make, one amount in each form, every form of
    ``breakdown_kinds.toml`` named: "... đã huy động được 50 triệu tiền mặt và hàng hóa, nhu
    yếu phẩm ... trị giá 280 triệu đồng ...".  Another amount in that sentence (a price each,
    a change, one in brackets, a bound), or two in one form, and nothing is summed.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Hội đã huy động được 50 triệu tiền mặt và hàng hóa trị giá 280 triệu đồng. "
    ...         "Toàn bộ số tiền và hàng hóa có tổng trị giá 350 triệu đồng.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '350 triệu đồng', '330.000.000 đồng')]
    >>> check_text("Hội nhận 50 triệu tiền mặt, mỗi suất 500.000 đồng, và hàng hóa trị giá 280 "
    ...            "triệu đồng. Toàn bộ số tiền và hàng hóa trị giá 350 triệu đồng.")
    []
    """
    para, local = clause.para, clause.local
    text, base = para.text, para.offset
    ours = [m for m in local if _money(m) and clause.depth[m.start - base] == 0]
    if len(ours) != 1 or _EXAMPLE_WORDS.search(text, clause.start, clause.stop):
        return None
    total = ours[0]
    prev_para, prev_local, (a, b) = previous
    ptext, pbase = prev_para.text, prev_para.offset
    if _OPENER.match(ptext, a, b) or _NESTED.search(ptext, a, b):
        return None  # a breakdown itself: its amounts may be a few of another total's
    pdepth = bracket_depths(ptext)
    parts = [m for m in prev_local if _money(m)]
    forms: list[str] = []
    since = a
    for m in parts:
        start = m.start - pbase
        clause_start = _clause_start(ptext, max(a, start - _CLAUSE), start)
        form = _form_of(ptext, m, since, pbase)
        if (
            form is None
            or pdepth[start] != 0
            or m.bound is not Bound.EXACT
            or _PER_UNIT.search(ptext, clause_start, start)
            or _CHANGE.search(ptext, max(a, start - 20), start)
            or ptext.startswith("/", m.end - pbase)
        ):
            return None  # an amount that is no part of the whole
        forms.append(form)
        since = m.end - pbase
    if len(set(forms)) != len(forms) or not _FORMS[1] <= set(forms):
        return None
    return _mismatch(tables, para, total, [m.value for m in parts], True, base, file)


def _bigrams(text: str) -> set[str]:
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return {f"{a} {b}" for a, b in itertools.pairwise(words)}


def _stray_comma(m: Mention, after: str, unit: str) -> bool:
    """Whether the bare number *m* is written with a stray comma before the *unit* of the
    parts that break it down, the unit ending its clause: ``"1.890.000.000, đồng."``.

    >>> from hoiquanchung.checker import extract
    >>> [m, _] = extract("Chi: 1.890.000.000, đồng. Trong đó 40.000.000 đồng")
    >>> _stray_comma(m, ", đồng.", "đồng"), _stray_comma(m, ", đồng thời ...", "đồng")
    (True, False)
    """
    if m.unit is not None or m.fraction is not None or m.range_end is not None or not unit:
        return False
    if unit.casefold() in NOT_COUNTS:
        return False
    pattern = rf"\s*,\s*{re.escape(unit)}(?=\s*(?:[.;)]|\Z))"
    return re.match(pattern, after, re.IGNORECASE) is not None


def _may_list_grades(text: str) -> bool:
    """Whether *text* may list grades of an evaluation (a cheap test): it says it grades."""
    folded = lowered(text)
    return ("loại" in folded or "đánh giá" in folded) and _GRADING.search(text) is not None


def _grade_lead(
    text: str, start: int, stop: int, local: Sequence[Mention], base: int
) -> str | None:
    """The unit of the graded counts when the sentence ``text[start:stop]`` opens with an
    evaluation and then lists grades, else ``None``: the first count is followed by its grade
    in its clause, the words before it say the sentence grades ("Qua hoạt động đánh giá xếp
    loại 6 tháng đầu năm, có 2.300 tổ xếp loại tốt") and name no place (the grades of one
    commune are no breakdown of the province's units); another grade follows.

    >>> from hoiquanchung.checker import extract
    >>> s = "Qua đánh giá xếp loại 6 tháng, có 30 tổ xếp loại tốt, 5 tổ xếp loại khá."
    >>> _grade_lead(s, 0, len(s), extract(s), 0)
    'tổ'
    >>> s = "Qua đánh giá, xã Tân Phú có 30 tổ xếp loại tốt, 5 tổ xếp loại khá."
    >>> _grade_lead(s, 0, len(s), extract(s), 0) is None
    True
    """
    for m in local:
        a, b = m.start - base, m.end - base
        if a < start or not _countable(m):
            continue
        own = _CLAUSE_END.split(text[b:stop], maxsplit=1)[0]
        if _SCALE_GRADE.search(own) is None:
            continue
        lead = text[start:a]
        if _GRADING.search(lead) is None or named_places(lead):
            return None
        if len(_SCALE_GRADE.findall(text, b, stop)) < 2:
            return None
        return m.unit
    return None


def _rest_lead(
    text: str, start: int, stop: int, local: Sequence[Mention], base: int, depth: Depths
) -> str | None:
    """The unit of a sentence that states one part of a total and the rest of it, without a
    marker: exactly two figures of one measure outside brackets, the second right after
    *còn lại* (*số còn lại là*), the first with no *còn lại*, *trong đó*, *trong số*, *gồm*
    or example word before it in the sentence ("Dự kiến ... sẽ sử dụng 2.558 trụ sở ...; còn
    lại 255 trụ sở sẽ dôi dư"); ``None`` otherwise.

    >>> from hoiquanchung.checker import extract
    >>> t = "Dự kiến sẽ sử dụng 2.558 trụ sở; còn lại 255 trụ sở sẽ dôi dư."
    >>> _rest_lead(t, 0, len(t), extract(t), 0, bracket_depths(t))
    'trụ sở'
    >>> t = "Từ 25 đơn vị hành chính, TP Pleiku còn lại 7 đơn vị hành chính."  # a change
    >>> _rest_lead(t, 0, len(t), extract(t), 0, bracket_depths(t)) is None
    True
    >>> t = "Có 30 hộ được hỗ trợ, 20 hộ vay vốn, còn lại 5 hộ chưa được hỗ trợ."
    >>> _rest_lead(t, 0, len(t), extract(t), 0, bracket_depths(t)) is None  # three figures
    True
    """
    figures = [m for m in local if _countable(m) and depth[m.start - base] == 0]
    if len(figures) < 2:
        return None
    measure = measure_of(figures[0].unit or "")
    ours = [m for m in figures if measure_of(m.unit or "") == measure]
    if len(ours) != 2:
        return None
    first, last = ours[0].start - base, ours[1].start - base
    if _REST_BEFORE.search(text, ours[0].end - base, last) is None:
        return None
    if (
        _FROM.search(text, max(start, first - 8), first)
        or _REST_WORDS.search(text, start, first)
        or _NESTED.search(text, start, last)
        or _EXAMPLE_WORDS.search(text, start, stop)
        or re.search(r"(?<!\w)trong\s+số(?!\w)", text[start:last], re.IGNORECASE)
    ):
        return None
    return figures[0].unit or ""


def _may_list_levels(text: str, previous: tuple[Paragraph, tuple[Mention, ...]] | None) -> bool:
    """Whether *text* may list a total's shares by level (a cheap test): it names a level, and
    it or the paragraph *previous* names all levels (*các cấp*)."""
    folded = lowered(text)
    if "cấp" not in folded and "trung ương" not in folded:
        return False
    if "các cấp" not in folded and (
        previous is None or "các cấp" not in previous[0].text[-_TAIL:].lower()
    ):
        return False
    return _BODY_LEVEL_AT.search(text, 0, len(text)) is not None


def _level_lead(
    text: str, start: int, stop: int, local: Sequence[Mention], base: int
) -> str | None:
    """What the body a sentence opens with at its level does, up to the sentence's first
    figure: "Hội cấp tỉnh hỗ trợ 184 lượt người" → ``"hỗ trợ"`` (at most two words before the
    level, no comma); ``None`` when the sentence opens with no body at its level.  *base* is
    the offset of *text* in the document (the figures' offsets are the document's).

    >>> t = "Hội cấp tỉnh hỗ trợ 184 lượt người. Năm nay, cấp tỉnh có 3 lớp."
    >>> from hoiquanchung.checker import extract
    >>> [a, b] = extract(t)
    >>> _level_lead(t, 0, 34, [a], 0), _level_lead(t, 34, len(t), [b], 0)
    (' hỗ trợ ', None)
    """
    first = next((m.start - base for m in local if m.start - base >= start), stop)
    found = _BODY_LEVEL_AT.search(text, start, min(first, stop))
    if found is None:
        return None
    before = text[start : found.start()]
    if "," in before or len(before.split()) > 2:
        return None
    return text[found.end() : first]


def _same_deed(deed: str, total: TableFigure) -> bool:
    """Whether a level's *deed* ("hỗ trợ") is said in the total's sentence too, before the
    total: two words in common ("... tặng quà, hỗ trợ, khám bệnh cho 5.553 lượt hội viên").
    "tặng quà cho 184 lượt người" under "khám bệnh cho 5.553 lượt người" is another deed.
    (A deed named by its verb alone is not told apart: "tổ chức 5 buổi tập huấn" under "tổ
    chức 200 buổi tuyên truyền" shares "tổ chức".)"""
    own = total.paragraph.text
    a, _b = total.sentence
    return bool(_bigrams(deed) & _bigrams(own[a : total.mention.start - total.paragraph.offset]))


def _clause_start(text: str, window: int, at: int) -> int:
    """Where the clause of the figure at ``text[at]`` starts: after the last ``,``, ``;``,
    ``:`` or ``(`` from *window* on; a comma between digits is a decimal one, no clause's end.

    >>> t = "mỗi suất gồm 1,5 kg gạo và 200.000 đồng"
    >>> _clause_start(t, 0, t.index("200")), _clause_start("a, b 200", 0, 5)
    (0, 2)
    """
    start = window
    for c in ",;:(":
        i = text.rfind(c, window, at)
        while (
            c == "," and i > window and text[i - 1 : i].isdigit() and text[i + 1 : i + 2].isdigit()
        ):
            i = text.rfind(c, window, i)
        start = max(start, i + 1)
    return start


def _may_open(text: str) -> bool:
    """Whether *text* may hold an opener (a cheap test before searching every sentence)."""
    folded = lowered(text)
    return (
        "đó" in folded
        or "thể" in folded
        or "trong số" in folded
        or "như sau" in folded
        or ("về" in folded and _FACET_WORDS.search(folded) is not None)
        or (
            ("chia" in folded or "phân" in folded or "thuộc" in folded)
            and "các" in folded
            and _KINDS_WORDS.search(folded) is not None
        )
        or any(c in folded for c in "\u0131\u017f\u0307")
    )


@attrs.frozen
class _Clause:
    """``para.text[start:stop]``, the quantities *local* to its sentence and the paragraph's
    bracket depths."""

    para: Paragraph
    local: Sequence[Mention]
    start: int
    stop: int
    depth: Depths


@attrs.define
class _Breakdown(ContinuedBreakdown):
    """A :class:`ContinuedBreakdown` whose total's sentence also names a part of the total
    (``also``: "2.330 hội, trong đó có 1.401 hội có tính chất đặc thù"): the list after it
    may break down either."""

    also: TableFigure | None = None
    #: The count of kinds said of the total ("Các giải pháp này thuộc về 6 lĩnh vực, ..."):
    #: as many parts, one each, are the whole (_counted_kinds).
    kinds: int | None = None


# A part named in the total's own sentence, right after it: "2.330 hội, trong đó có 1.401 hội".
_SUBGROUP = re.compile(
    r"[^\d;:.()]{0,40}?,?\s*(?:trong\s+đó|trong\s+số\s+đó)\s*(?:[:,]\s*)?(?:có\s+)?\Z",
    re.IGNORECASE,
)


def _subgroup(text: str, base: int, total: Mention, part: Mention, depth: Depths) -> bool:
    """Whether *part* is named as a part of *total* right after it in the same clause:
    ``<total> <noun> ..., trong đó (có) <part>``, outside brackets.

    >>> from hoiquanchung.checker import extract
    >>> t = "toàn tỉnh hiện có 2.330 hội, trong đó có 1.401 hội có tính chất đặc thù."
    >>> a, b = extract(t)
    >>> _subgroup(t, 0, a, b, bracket_depths(t)), _subgroup(t, 0, b, a, bracket_depths(t))
    (True, False)
    """
    a, b = total.end - base, part.start - base
    if b <= a or depth[a] != 0 or depth[b] != 0:
        return False
    found = _SUBGROUP.match(text, a, b)
    return found is not None and found.end() == b


def _open(
    tables: FigureTables,
    history: Sequence[tuple[Paragraph, list[Mention], tuple[int, int]]],
    clause: _Clause,
    marker: str,
    unit: str | None = None,
    at_start: bool = False,
) -> ContinuedBreakdown | None:
    """A breakdown that opens at the start of *clause*, of a figure of the sentence before it
    (the last of *history*), in the measure of *unit* (by default its first part's).

    When that sentence has no figure of the measure but names its noun again ("Tổng kinh phí
    hỗ trợ xây dựng số nhà nói trên ...", "Các suất quà có tổng trị giá ..."), the total is
    read in the sentence before it."""
    para, local, start, stop = clause.para, clause.local, clause.start, clause.stop
    text = para.text
    nested = any(clause.depth[m.start()] == 0 for m in _NESTED.finditer(text, start, stop))
    if _EXAMPLE_WORDS.search(text, start, stop) or nested:
        # "Trong đó có 54 mô hình cá nhân và 69 mô hình tập thể, trên cơ sở các mô hình đó,
        # ... tiêu biểu điển hình ...": the list ends at its first item without a figure; what
        # follows it (examples, another breakdown) is no part of it.  A breakdown of one part
        # in brackets ("8 tổ xếp loại yếu (trong đó, Hội Nông dân có 4 tổ, ...)") is no end.
        end = _list_end(para, local, start, stop, clause.depth)
        if (
            end is None
            or _EXAMPLE_WORDS.search(text, start, end)
            or any(clause.depth[m.start()] == 0 for m in _NESTED.finditer(text, start, end))
        ):
            return None
        local = [m for m in local if m.start - para.offset < end]
        clause = attrs.evolve(clause, local=local, stop=end)
        stop = end
    parts = [m for m in local if _countable(m)]
    if not parts:
        return None
    if unit is None:
        unit = parts[0].unit or ""
    measure = _measure_of(unit)
    previous = history[-1]
    # "Theo đó, Ban vận động ... hỗ trợ xây mới 38 căn nhà ... Cụ thể: xã Hà Bầu 2 căn; ...":
    # a sentence opening with "Theo đó" after no count or amount may be the total's.
    alone = (len(history) == 1 and at_start) or (
        len(history) >= 2 and not any(_countable(m) for m in history[-2][1])
    )
    totals = _totals_before(previous, clause, unit, alone)
    if totals is not None and not totals and len(history) >= 2:
        prev_para, prev_mentions, (p_start, p_end) = previous
        if not any(_measure_of(m.unit or "") == measure for m in prev_mentions) and _names_again(
            prev_para.text, p_start, p_end, measure
        ):
            earlier, _m, (e_start, e_end) = history[-2]
            years = _years(prev_para.text, p_start, p_end, bracket_depths(prev_para.text))
            if not years - _years(earlier.text, e_start, e_end, bracket_depths(earlier.text)):
                previous = history[-2]  # (a year the total's sentence does not name: no)
                totals = _totals_before(previous, clause, unit)
    prev_para, _prev_mentions, (p_start, p_end) = previous
    also: Mention | None = None
    if (
        totals is not None
        and len(totals) == 2
        and _subgroup(
            prev_para.text,
            prev_para.offset,
            totals[0],
            totals[1],
            bracket_depths(prev_para.text) if prev_para is not para else clause.depth,
        )
    ):
        # "toàn tỉnh hiện có 2.330 hội, trong đó có 1.401 hội có tính chất đặc thù. Cụ thể,
        # có 83 hội ... toàn tỉnh, 163 hội ... cấp huyện và 2.084 hội ... cấp xã": the list
        # breaks down the total or its part; which one, the sum says.
        also = totals[1]
        totals = totals[:1]
    if totals is None or len(totals) != 1:
        return None  # no total of the noun, or two: which one is broken down is not guessed
    if marker == _FACET and "%" in prev_para.text[p_start:p_end]:
        # "Ứng cử viên là người ngoài Đảng có 74 người, chiếm 8,53%, ..." / "Về trình độ chuyên
        # môn, có 564 người ...": a figure with its share is a part of the whole the facets
        # break down, not that whole.
        return None
    prev_text, prev_base = prev_para.text, prev_para.offset
    total = totals[0]
    first = next((m for m in parts if _measure_of(m.unit or "") == measure), parts[0])
    lead = _LEAD.fullmatch(text[start : first.start - para.offset])
    breakdown = _Breakdown(
        total=TableFigure(total, measure, (), prev_para, (p_start, p_end)),
        measure=measure,
        places=place_names(prev_text[total.end - prev_base : p_end]),
        lead=" ".join(lead.group(1).casefold().split()) if lead is not None else None,
        next_line=para.line,
        marker=marker,
        also=None if also is None else TableFigure(also, measure, (), prev_para, (p_start, p_end)),
    )
    if not _take(breakdown, clause):
        return None
    return breakdown


_ITEM_CUT = re.compile(r"[,;]|\s+và\s+", re.IGNORECASE)


def _list_end(
    para: Paragraph, local: Sequence[Mention], start: int, stop: int, depth: Depths
) -> int | None:
    """Where the list of a clause opening at *start* ends: at the first separator (``,``,
    ``;``, *và*, at depth 0) whose item holds no figure, when at least two items with a figure
    come before it; ``None`` when there is no such end before *stop*.

    >>> from hoiquanchung.checker import extract
    >>> from hoiquanchung.checker._text import Paragraph
    >>> t = "Trong đó có 54 mô hình cá nhân và 69 mô hình tập thể, trên cơ sở đó, điển hình 5"
    >>> p = Paragraph(t, 1, list(range(len(t) + 1)), 0)
    >>> t[: _list_end(p, extract(t), 8, len(t), [0] * (len(t) + 1))]
    'Trong đó có 54 mô hình cá nhân và 69 mô hình tập thể'
    """
    text, base = para.text, para.offset
    figures = [m.start - base for m in local if _countable(m)]
    cuts = [
        m
        for m in _ITEM_CUT.finditer(text, start, stop)
        if depth[m.start()] == 0
        and not (m.group() == "," and text[m.start() - 1 : m.start()].isdigit())
    ]
    a, separator = start, start
    for items, cut in enumerate([*cuts, None]):
        b = stop if cut is None else cut.start()
        held = sum(1 for f in figures if a <= f < b)
        if held == 0:
            return separator if items >= 2 else None
        if held > 1 or cut is None:
            return None  # an item with two figures (no simple list), or no end
        a, separator = cut.end(), cut.start()
    return None


def _other_units(local: Sequence[Mention], measure: str) -> list[str]:
    """The units of the figures of *local* in measures other than *measure*, one each, in
    the order they come."""
    seen = {measure}
    units: list[str] = []
    for m in local:
        if _countable(m) and (other := _measure_of(m.unit or "")) not in seen:
            seen.add(other)
            units.append(m.unit or "")
    return units


def _names_again(text: str, start: int, stop: int, noun: str) -> bool:
    """Whether ``text[start:stop]`` names *noun* again, as something already counted: "số nhà
    nói trên", "Các suất quà", "những hội viên này", "Bình quân mỗi Tổ có 42 thành viên".

    >>> _names_again("Tổng kinh phí xây dựng số nhà nói trên là hơn 4 tỉ đồng.", 0, 56, "nhà")
    True
    >>> _names_again("Nhà văn hóa xã được sửa chữa.", 0, 29, "nhà")
    False
    """
    said = text[start:stop]
    if not noun or noun.split()[0] not in said.casefold():
        return False
    return _again_pattern(noun).search(said) is not None


@functools.lru_cache(maxsize=256)
def _again_pattern(noun: str) -> re.Pattern[str]:
    """The pattern of :func:`_names_again` for one *noun*."""
    word = re.escape(noun).replace(r"\ ", r"\s+")
    return re.compile(
        rf"(?<!\w)(?:số|các|những|mỗi)\s+{word}(?!\w)|(?<!\w){word}\s+(?:nói\s+trên|trên|này)(?!\w)",
        re.IGNORECASE,
    )


def _totals_before(
    previous: tuple[Paragraph, list[Mention], tuple[int, int]],
    clause: _Clause,
    unit: str,
    alone: bool = False,
) -> list[Mention] | None:
    """The figures of the sentence *previous* that may be the total of the *clause*'s parts in
    the measure of *unit*; ``None`` when that sentence may hold none (another year, itself a
    breakdown).  A sentence that opens with *Theo đó* (accordingly) after nothing of the measure
    (*alone*: the text's first sentence, or one after a sentence without a figure of it) breaks
    nothing down: its figure is a total."""
    para, start, stop, depth = clause.para, clause.start, clause.stop, clause.depth
    text = para.text
    prev_para, prev_mentions, (p_start, p_end) = previous
    prev_depth = bracket_depths(prev_para.text) if prev_para is not para else depth
    if _years(text, start, stop, depth) - _years(prev_para.text, p_start, p_end, prev_depth):
        return None  # "Năm 2023 ... 100 suất." / "Theo đó, năm 2024 ...": another year's figures
    prev_text, prev_base = prev_para.text, prev_para.offset
    opened = _OPENER.match(prev_text, p_start, p_end)
    if (
        opened is not None
        and not _STATED_TOTAL.match(prev_text, opened.end(), p_end)
        and not _SHARED_OUT.match(prev_text, p_start, p_end)
        and not (alone and (opened.group("m") or "").casefold().startswith("theo"))
    ):
        # The sentence before is a breakdown itself: which figure is whose is unclear; unless
        # it states a total ("Theo đó, tổng số đại biểu Quốc hội khóa XVI là 500 người.") or
        # shares one out among the places it counts ("Theo đó, Thủ tướng quyết định hỗ trợ
        # 2.524 tỉ đồng ... cho 15 địa phương ...": "Theo đó" is "accordingly").
        return None
    candidates: dict[str, list[Mention]] = {}
    for i, m in enumerate(prev_mentions):
        numerator = m.fraction == "numerator" and i + 1 < len(prev_mentions)
        if numerator:
            # "10.760/10.760 căn nhà (đạt 100%). Trong đó xây mới 7.475 căn, ...": the
            # numerator counts the noun its denominator names, and is broken down.
            m = _numerator(m, prev_mentions[i + 1])
        a = m.start - prev_base
        if prev_depth[a] != 0:
            continue
        if m.unit is None and unit and _named_bare(prev_text, p_start, p_end, m, prev_base, unit):
            # "tổng số bài thi phúc khảo năm nay là 350. Trong đó, 11 bài thi ...": a bare
            # figure ending the sentence that names its noun after "tổng số".
            m = attrs.evolve(m, quantity=attrs.evolve(m.quantity, unit=unit))
        if not _countable(m) and not _stray_comma(m, prev_text[m.end - prev_base : p_end], unit):
            continue
        if _CHANGE.search(prev_text, max(0, a - 20), a):
            continue
        window = max(p_start, a - _CLAUSE)
        clause_start = _clause_start(prev_text, window, a)
        if _PER_UNIT.search(prev_text, clause_start, a) or (
            not numerator and prev_text.startswith("/", m.end - prev_base)
        ):
            continue  # "Mỗi suất học bổng trị giá 1 triệu đồng": an amount each, no total
        candidates.setdefault(_measure_of(m.unit or unit), []).append(m)
    measure = _measure_of(unit)
    totals = candidates.get(measure, [])
    if not totals and measure in _PERSONS:
        # "... đối với 499 người ..." / "Theo đó, ... có 194 đại biểu ...": persons counted
        # as people, then by what they are.
        totals = candidates.get(_PEOPLE, [])
    if not totals and measure in _COUNTERS:
        # "... cho 5.553 lượt hội viên." / "Hội cấp tỉnh hỗ trợ 184 lượt người ...": persons
        # counted by what they are, then as people.
        totals = [m for key, ms in candidates.items() if key in _PERSONS for m in ms]
    if not totals and measure in _HEADS:
        # "791 nhà đại đoàn kết" / "Trong đó, cấp tỉnh ... 354 nhà; ...": parts named by the
        # head noun of the total's, when one figure of the sentence has it (a head that takes a
        # modifier: "500 hội viên mới" holds no "hội", an association).
        totals = [m for key, ms in candidates.items() if key.startswith(measure + " ") for m in ms]
    if not totals and measure == _VISITS:
        # "... ước đón 348.778 lượt khách ... Trong đó, khách quốc tế đạt 30.284 lượt, ...":
        # visits counted with what visits (lượt khách, lượt người), then bare (lượt).
        totals = [
            m
            for ms in candidates.values()
            for m in ms
            if " ".join((m.unit or "").casefold().split()).startswith(_VISITS + " ")
        ]
    if not totals and measure == "nhà":
        # "1.003 ngôi nhà tốc mái, hư hỏng. Trong đó, Lào Cai có 204 nhà, ...": the total's
        # houses after their classifier, the parts' without it.
        totals = [m for key, ms in candidates.items() if key in _HOUSES for m in ms]
    if not totals and measure:
        # "541 công trình thanh niên (CTTN). Cụ thể, ... 6 CTTN ...": the parts' noun is the
        # abbreviation the total's sentence gives its noun.
        totals = [
            m
            for ms in candidates.values()
            for m in ms
            if _abbreviated(prev_text, m.start - prev_base, measure)
        ]
    return totals


_BARE_END = re.compile(r"\s*(?:[.;]|$)")


def _named_bare(text: str, start: int, stop: int, m: Mention, base: int, unit: str) -> bool:
    """Whether the bare figure *m* (no unit) ends its sentence right after *là* or a colon,
    the sentence naming the parts' noun (*unit*) after *tổng số* before it ("tổng số bài thi
    phúc khảo năm nay là 350.")."""
    if m.fraction is not None or m.range_end is not None or m.bound is not Bound.EXACT:
        return False
    a, b = m.start - base, m.end - base
    if _BARE_END.match(text, b, stop) is None and b != stop:
        return False
    if re.search(r"(?:(?<!\w)là|:)\s*$", text[max(start, a - 6) : a]) is None:
        return False
    head = unit.split()[0]
    named = re.search(
        rf"(?<!\w)tổng\s+số\s+(?:các\s+|những\s+)?{re.escape(head)}(?!\w)",
        text[start:a],
        re.IGNORECASE,
    )
    return named is not None and not any(ch.isdigit() for ch in text[start + named.end() : a])


def _numerator(m: Mention, denominator: Mention) -> Mention:
    """The numerator *m* of a fraction written ``x/y noun`` as a count of the *denominator*'s
    noun (*m* itself when the next figure is no denominator with a noun)."""
    if denominator.fraction != "denominator" or not denominator.unit or m.quantity.unit:
        return m
    return attrs.evolve(m, quantity=attrs.evolve(m.quantity, unit=denominator.unit), fraction=None)


def _whole_number(token: str) -> Decimal | None:
    """A whole number written with thousands dots ("10.760"), else ``None``."""
    if not re.fullmatch(r"\d{1,3}(?:\.\d{3})*", token):
        return None
    return Decimal(token.replace(".", ""))


def _abbreviated(text: str, at: int, abbreviation: str) -> bool:
    """Whether the noun of the figure at ``text[at]`` is given the *abbreviation* (lower case)
    in brackets right after it, the initials of its words.

    >>> from hoiquanchung.checker import extract
    >>> t = "thực hiện 541 công trình thanh niên (CTTN)."
    >>> [m] = extract(t)
    >>> _abbreviated(t, m.start, "cttn"), _abbreviated(t, m.start, "ctn")
    (True, False)
    """
    found = _NAMED_AS.match(text, at)
    if found is None or found.group("abbr").casefold() != abbreviation:
        return False
    initials = "".join(w[0] for w in found.group("noun").casefold().split())
    return initials == abbreviation


def _extend(breakdown: ContinuedBreakdown, clause: _Clause, malformed: bool) -> bool | None:
    """Take the parts of a sentence that goes on with the list: ``True`` if it did, ``False``
    if it says nothing of the measure, ``None`` if the list is over."""
    para, local, start, stop = clause.para, clause.local, clause.start, clause.stop
    depth = clause.depth
    text, base = para.text, para.offset
    ours = [m for m in local if _countable(m) and _measure_of(m.unit or "") == breakdown.measure]
    if not ours:
        return False
    if breakdown.lead is None or malformed:
        return None
    if breakdown.lead == _BY_LEVEL:
        deed = _level_lead(text, start, stop, local, base)
        if deed is None or not _same_deed(deed, breakdown.total):
            return None
    else:
        lead = _LEAD.fullmatch(text[start : ours[0].start - base])
        if lead is None or " ".join(lead.group(1).casefold().split()) != breakdown.lead:
            return None
    if _EXAMPLE_WORDS.search(text, start, stop) or _NESTED.search(text, start, stop):
        breakdown.broken = True
        return None
    total = breakdown.total
    own = total.paragraph.text
    if _years(text, start, stop, depth) - _years(own, *total.sentence, bracket_depths(own)):
        return None  # another year's figures
    return _take(breakdown, clause) or None


def _take(breakdown: ContinuedBreakdown, clause: _Clause) -> bool:
    """Add the parts of the *clause*; whether any was added."""
    para, local, start, stop = clause.para, clause.local, clause.start, clause.stop
    depth = clause.depth
    text, base = para.text, para.offset
    ours = [
        m
        for m in local
        if _countable(m)
        and _measure_of(m.unit or "") == breakdown.measure
        and m.start - base >= start
    ]
    added = False
    for i, m in enumerate(ours):
        a, b = m.start - base, m.end - base
        window = max(start, a - _CLAUSE)  # a bounded look back: linear in a long list
        clause_start = _clause_start(text, window, a)
        if _COMPARED.search(text, max(start, a - 45), a):
            continue  # a difference beside an item, no item: the list goes on
        if i > 0 and _TOTAL_BEFORE.search(text, max(clause_start, a - 40), a):
            break  # "...; hỗ trợ ... 200 nhà với tổng trị giá 4,2 tỷ đồng": a total, the list ends
        if _CHANGE.search(text, max(0, a - 20), a) and _SINCE.match(text, b):
            continue  # "..., tăng 37 tổ so với năm 2023": a change since a past date, no item
        if text.startswith("/", b) and _RATIO.search(text, max(start, a - 20), a):
            continue  # "đạt tỷ lệ 1,74 người/ĐBQH": a ratio beside the list, no item
        if depth[a] != 0 and _BRACKETED_PARTS.match(text, text.rfind("(", start, a) + 1):
            continue  # "8 tổ xếp loại yếu (trong đó, Hội Nông dân có 4 tổ, ...)": a part's parts
        if (
            depth[a] != 0
            or m.bound is not Bound.EXACT
            or _PER_UNIT.search(text, clause_start, a)
            or _CHANGE.search(text, max(0, a - 20), a)
            or text.startswith("/", b)
        ):
            breakdown.broken = True  # a figure of the noun that is no part: no sum claimed
            continue
        end = ours[i + 1].start - base if i + 1 < len(ours) else stop
        if len(breakdown.parts) >= _MAX_PARTS:
            breakdown.broken = True  # a list this long is no breakdown read here: stop
            return False
        before_start = ours[i - 1].end - base if i > 0 else start
        breakdown.parts.append((m, para))
        semicolon = text.find(";", b, min(end, b + _LABEL))  # an item ends at its ";"
        breakdown.labels.append(text[b : semicolon if semicolon >= 0 else min(end, b + _LABEL)])
        # The words that open the part's item: back to the previous part or a comma, a
        # semicolon, a colon, a bracket.
        breakdown.befores.append(text[max(before_start, clause_start) : a])
        added = True
    return added


# Verbs and prepositions the number grammar may read as the last word of an unknown counted
# noun ("15 đề tài thuộc khối ...", "536 giải pháp gửi tới ...", "1.251 lượt tăng 271 lượt"):
# they begin what is said of the noun, so the noun without them is the measure the parts and
# their total share.  (Words that are never the end of a counted noun of these reports.)
_GLUED = frozenset(
    {"thuộc", "gửi", "tăng", "giảm", "dự", "đánh", "tiếp", "giao", "vừa", "xin", "ngừng", "đoạt"}
)


def _measure_of(unit: str) -> str:
    """The measure of *unit* without a verb or preposition glued to its end (:data:`_GLUED`)
    by the number grammar: "đề tài thuộc" counts "đề tài", "lượt tăng" counts "lượt".

    >>> _measure_of("đề tài thuộc"), _measure_of("giải pháp"), _measure_of("thuộc")
    ('đề tài', 'giải pháp', 'thuộc')
    """
    words = unit.split()
    if len(words) >= 2 and words[-1].casefold() in _GLUED:
        unit = " ".join(words[:-1])
    return measure_of(unit)


def _restated(breakdown: ContinuedBreakdown, opener: re.Match[str]) -> ContinuedBreakdown | None:
    """The *breakdown* opened by a sentence that names its total's noun again and counts its
    kinds ("Các giải pháp này thuộc về 6 lĩnh vực, trong đó ..."), with that count; ``None``
    when the words named again are not the total's noun ("Các xã này thuộc 3 huyện, ..." after
    a total of households)."""
    unit = breakdown.measure.casefold().split()
    words = opener.group("noun").casefold().split()
    named = _measure_of(opener.group("noun")) == breakdown.measure or any(
        words[i : i + len(unit)] == unit for i in range(len(words))
    )
    if not unit or not named or not isinstance(breakdown, _Breakdown):
        return None
    breakdown.kinds = count_of(opener.group("k"))
    return breakdown


def _kinds_whole(breakdown: ContinuedBreakdown) -> bool:
    """Whether the parts of *breakdown* are as many as the kinds its total is said to fall
    into (in the opener, or in the total's sentence after the total: "128 giải pháp tham gia
    thuộc 5 lĩnh vực"), two or more, each item's words its own (one kind each)."""
    kinds = breakdown.kinds if isinstance(breakdown, _Breakdown) else None
    if kinds is None:
        total = breakdown.total
        own = total.paragraph
        kinds = kinds_counted(own.text, total.mention.end - own.offset, total.sentence[1])
    if kinds is None or kinds != len(breakdown.parts):
        return False
    items = {
        " ".join(_WORD.findall((before + " " + label).casefold()))
        for before, label in zip(breakdown.befores, breakdown.labels, strict=True)
    }
    return len(items) == len(breakdown.parts)


def _evaluate(
    tables: FigureTables, breakdown: ContinuedBreakdown, file: str | None
) -> Iterator[Finding]:
    money = breakdown.measure == "đồng"
    parallel = len({_opening(b) for b in breakdown.befores}) == 1
    total = breakdown.total
    unit = total.mention.unit or ""
    said = total.paragraph.text[slice(*total.sentence)]  # the total's sentence
    if any(_joint_kinds(part, para) for part, para in breakdown.parts):
        return  # "19 tỉnh và 4 thành phố ..., còn lại 11 tỉnh, thành phố": both kinds at once
    if breakdown.marker == _BY_REST:  # no marker: a part and the rest of the total
        also = breakdown.also if isinstance(breakdown, _Breakdown) else None
        if len(breakdown.parts) == 2 and not breakdown.broken and also is None:
            rest = _Evidence(distinct=True, complete=True, by="rest")
            yield from _findings(tables, breakdown.total, breakdown.parts, rest, file)
        return
    if breakdown.marker == _BY_GRADE:  # no marker: the grades are the only evidence
        grades = _graded(breakdown, unit, said)
        if breakdown.broken:
            grades = attrs.evolve(grades, complete=False)
        if (target := _target(breakdown, grades)) is not None:
            yield from _findings(tables, target, breakdown.parts, grades, file)
        return
    evidence = _evidence(
        breakdown.labels, breakdown.places, money, parallel, unit, said, breakdown.befores
    )
    if not evidence.distinct:  # "tại xã Ia Ko 55 suất": the label before the figure
        evidence = _evidence(
            breakdown.befores,
            breakdown.places,
            False,
            unit=unit,
            said=said,
            befores=breakdown.labels,  # the words on both sides of each part, for _bare
            after_figures=False,
        )
    if not evidence.distinct and (heads := _colon_heads(breakdown)) is not None:
        # "Trong đó, khách quốc tế ước đạt: 600.000 lượt (...), khách nội địa ước đạt: 9,4
        # triệu lượt (...)": each part's item is named before its colon.
        dimension = _dimension(heads, unit, said)
        if dimension is not None:
            evidence = dimension
    if not evidence.distinct and (items := _semicolon_items(breakdown)) is not None:
        # "Trong đó, tỷ lệ thất nghiệp ở thành thị là 1,46%, tương đương với 4.375 người; ở
        # khu vực nông thôn 1.639 người ...": each part's item runs from ";" to ";".
        evidence = _evidence(items, breakdown.places, money, unit=unit, said=said)
    if not evidence.distinct and money and _to_recipients(breakdown):
        evidence = _Evidence(distinct=True, complete=False, by="recipients")
    if not evidence.distinct:
        evidence = _recipients_named(breakdown)
    if not evidence.distinct:
        evidence = _bodies_by_level(breakdown)
    if not evidence.complete:
        # "Tổ xếp loại tốt là 212 tổ ..., loại khá 3 tổ ..., không có Tổ xếp loại trung bình,
        # yếu": grades that a dimension of breakdown_kinds.toml reads as some of its values
        # are all of them when the text says the lower grades are empty.
        grades = _graded(breakdown, unit, said)
        if grades.complete or not evidence.distinct:
            evidence = grades
    if not evidence.distinct and money:
        evidence = _entrusted(breakdown, said)
    if not evidence.complete and (counted := _counted_places(breakdown)).complete:
        # "... 200 triệu đồng cho 3 tỉnh nói trên. Cụ thể Bình Định 90 triệu đồng, ...": as
        # many parts as the places the total counts, one place each.
        evidence = counted
    # "Cụ thể: xã Hà Bầu 2 căn; xã Đak Sơ Mei 12 căn; ...": the places one by one, bare.
    evidence = _bare_places(breakdown, evidence)
    if not evidence.complete and (named := _named_whole(breakdown)).complete:
        # "46 người chết, mất tích. Trong đó 36 người chết ...; 10 người mất tích ...": the
        # values the total names, one in each part, all of them.
        evidence = named
    if not evidence.distinct and (whole := _opener_whole(breakdown)) is not None:
        # "... đạt 4.814 tỷ đồng, ... Trong đó, thu nội địa đạt 4.608 tỷ đồng; thu từ hoạt động
        # xuất nhập khẩu 192 tỷ đồng và thu từ nguồn huy động ... 14 tỷ đồng.": one sentence of
        # nothing but the parts, every figure of it one.
        evidence = whole
    if not evidence.distinct:
        # "28 người chết. Trong đó, 22 người chết do bị lũ cuốn trôi; 3 người chết do ...":
        # people harmed, a different cause each.
        evidence = _causes(breakdown)
    if (
        not evidence.distinct
        and not _places_counted(breakdown)
        and bare_names(_heads(breakdown), breakdown.labels)
    ):
        # "Trong đó, Vạn Ninh 644 nhà, Ninh Hòa 874 nhà, ...", "Cụ thể, Chư Jút: 2.958 hộ;
        # Krông Nô: 3.169 hộ; ...": places each by its proper name alone (when the total's
        # sentence counts its places, that count decides: _counted_places).
        evidence = _Evidence(distinct=True, complete=False, by="names alone")
    if not evidence.distinct and numbered_values(breakdown.labels, breakdown.befores, said):
        # "Trong đó có 5 đảng viên được trao huy hiệu 60 năm tuổi đảng, 26 đảng viên ... 55
        # năm ...": one frame, a different number in each item: values of one attribute.
        evidence = _Evidence(distinct=True, complete=False, by="numbered")
    if not evidence.distinct and classified_values(breakdown.labels, breakdown.befores):
        # "24 hội hoạt động trong lĩnh vực y tế, 15 hội ... lĩnh vực nông ...": the values of
        # a dimension the items name (lĩnh vực, miền, khu vực, ...), one each.
        evidence = _Evidence(distinct=True, complete=False, by="classified")
    if not evidence.distinct and parallel_items(breakdown.befores, breakdown.labels, said):
        # "... 22.579,5 tỷ đồng, ... Trong đó, vốn ngân sách trung ương là 20.057,3 tỷ đồng, ...;
        # vốn ngân sách địa phương là 2.522,2 tỷ đồng, ...": items named alike, one kind each,
        # as rule 2 reads them in one sentence (_continued_parallel).
        evidence = _Evidence(distinct=True, complete=False, by="parallel")
    if not evidence.complete and _shares_whole(breakdown.labels):
        # "217 người (43,4%), ... 283 người (56,6%)": each part's share of one whole, and the
        # shares make that whole.
        evidence = _Evidence(distinct=True, complete=True, by="shares")
    if not evidence.complete and not breakdown.broken and _kinds_whole(breakdown):
        # "... 128 giải pháp tham gia thuộc 5 lĩnh vực. Trong đó, lĩnh vực ... có 23 giải
        # pháp; ...": as many parts as the kinds counted, one each (_counted_kinds).
        evidence = _Evidence(distinct=True, complete=True, by="counted kinds")
    if evidence.by == "rest" and (_rest_of_part(breakdown) or _other_item(breakdown)):
        return  # "TAND tỉnh thụ lý 469 vụ, đã giải quyết 356 vụ, còn lại 113 vụ": a part's rest
    if breakdown.marker == _FACET and (
        not evidence.complete or evidence.by in ("places", "recipients")
    ):
        return  # a facet's parts that may be a few of the whole, or overlap: no sum claimed
    if breakdown.broken or (
        breakdown.marker == "trong đó" and evidence.by in ("places", "recipients", "counted places")
    ):
        # "Trong đó" (among them) may name some of the places' (or recipients') parts only
        # ("cho hộ nghèo xã A, ... xã B"); levels, sexes, areas or the rest that cover the
        # whole do not.
        evidence = attrs.evolve(evidence, complete=False)
    if evidence.by == "level" and _LEVEL_NAMED.match(
        total.paragraph.text, total.mention.end - total.paragraph.offset
    ):
        # "sắp xếp lại 52 công an cấp tỉnh thành 23 đầu mối. Theo đó, toàn quốc có 34 công an
        # cấp tỉnh và 3.319 công an cấp xã" (thanhnien.vn, 2025): a total of one level is no
        # whole of figures by level.
        return
    target = _target(breakdown, evidence)
    if target is not None:
        yield from _findings(tables, target, breakdown.parts, evidence, file)


# A level named right after a figure's noun: "52 công an cấp tỉnh", "12 hội cấp xã".
_LEVEL_NAMED = re.compile(
    r"[ \t\u00a0]+(?:[^\W\d_]+[ \t\u00a0]+){0,2}?cấp[ \t\u00a0]+"
    r"(?:tỉnh|huyện|xã|cơ\s+sở|trung\s+ương)\b",
    re.IGNORECASE,
)
# A part's noun followed by another noun after a comma: "còn lại 11 tỉnh, thành phố".
_SECOND_NOUN = re.compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?P<w>[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+)?)")


def _joint_kinds(part: Mention, para: Paragraph) -> bool:
    """Whether *part* counts two kinds at once: its noun is followed by a comma and the noun
    of another figure of its paragraph ("Trong số này, 19 tỉnh và 4 thành phố được hình thành
    ..., còn lại 11 tỉnh, thành phố giữ nguyên"; homenow.vn, 2025).

    >>> from hoiquanchung.checker import extract
    >>> t = "Có 19 tỉnh và 4 thành phố mới, còn lại 11 tỉnh, thành phố giữ nguyên."
    >>> para = Paragraph(text=t, line=1, columns=range(0, len(t)), offset=0)
    >>> [_joint_kinds(m, para) for m in extract(t)]
    [False, False, True]
    """
    text = para.text
    after = _SECOND_NOUN.match(text, part.end - para.offset)
    if after is None:
        return False
    words = after.group("w").split()
    for n in (len(words), 1):
        noun = " ".join(words[:n])
        if noun.casefold() != (part.unit or "").casefold() and re.search(
            r"\d[ \t\u00a0]+" + re.escape(noun) + r"(?!\w)", text, re.IGNORECASE
        ):
            return True
    return False


# What makes a sentence after "Trong đó" no partition of the total before it: examples, a
# rest not counted, groups a member may belong to several of (traits, not kinds), shares.
_NOT_WHOLE = re.compile(
    r"(?<!\w)(?:như|chẳng\s+hạn|điển\s+hình|tiêu\s+biểu|còn\s+lại|khác|nữ|(?-i:nam)|"
    r"đảng\s+viên|đoàn\s+viên|dân\s+tộc|tôn\s+giáo|trẻ\s+em|thanh\s+niên|cao\s+tuổi|"
    r"khuyết\s+tật|cựu\s+chiến\s+binh|người\s+có\s+công|chiếm|tăng|giảm|bằng(?=\s*\d)|đạt\s+tỷ|"
    # a bound ("trên", "gần", ...: numbers/data/bound_words.toml) but an estimate ("ước đạt"
    # of a total and of its parts alike), "khoảng"; and "từ": sources and times are read
    # elsewhere ("từ Quỹ", "từ năm 2020")
    + alternation([w for w, b in bound_words("before").items() if b != "ABOUT"], r"\s+")
    + r"|khoảng|mỗi|riêng|cùng\s+kỳ|lũy\s+kế|luỹ\s+kế|"
    # causes may overlap ("do bị lũ cuốn trôi", "do tai nạn"), an addition may repeat a body
    # ("trao thêm")
    r"do|thêm)(?!\w)",
    re.IGNORECASE,
)
# A full stop that ends a sentence (not the grouping dot of "4.949" inside a part).
_STOP = re.compile(r"[.!?](?!\d)")
# A number that names a group, not a count: "sức khỏe loại 1", "đợt 2", "nhóm 3", "hạng II".
_LABEL_NUMBER = re.compile(r"(?<!\w)(?:loại|hạng|nhóm|đợt|khu\s+vực)\s*\Z", re.IGNORECASE)
_LABEL_END = re.compile(r"(?!\d|[.,]\d)(?=\s+(?:có|là|được|chuyển|đạt|gồm)\b|\s*[:,])")
# A total stated inside a breakdown of its own sentence is a part, not the total.
_IN_LIST = re.compile(r"(?<!\w)(?:gồm|trong\s+đó)(?!\w)|[:(]", re.IGNORECASE)
# The openers whose one-sentence list is the whole when nothing else is in it.
_WHOLE_OPENERS = frozenset({"trong đó", "trong đó:", "bao gồm", "gồm", "cụ thể"})
# The first word of a sentence opener read so ("Trong đó, ...", "Cụ thể, ..."; not "Theo đó",
# which also means "accordingly": a sentence of other figures).
_WHOLE_OPENER_WORDS = frozenset({"trong", "cụ"})
_TO_RECIPIENT = re.compile(r"(?<!\w)cho(?!\w)", re.IGNORECASE)


_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+)")


def _first_word(text: str, at: int) -> str:
    """The word right after *at* (lower case), or "" when punctuation comes first."""
    found = _NEXT_WORD.match(text, at)
    return found.group(1).casefold() if found is not None else ""


def _opener_whole(breakdown: ContinuedBreakdown) -> _Evidence | None:
    """The parts are distinct parts of their total (their sum may not exceed it) when the
    opener says so and the sentence holds nothing else: *Trong đó* or *Cụ thể* (not parts
    given *cho* a recipient: those are read by the recipients) opening the sentence right
    after the total's, at least two parts, all in that one sentence and of the total's unit,
    and no other figure in it (no share, no change, no year, no figure of another unit), no
    word of examples (*như*), of a rest not counted (*còn lại*, *khác*), of traits a member
    may have several of (*nữ*, *đảng viên*, *dân tộc*), of a bound (*hơn*, *gần*) or of a
    period apart (*cùng kỳ*, *lũy kế*).

    "... đạt 4.814 tỷ đồng, bằng 27,2% so với dự toán ... Trong đó, thu nội địa đạt 4.608 tỷ
    đồng; thu từ hoạt động xuất nhập khẩu 192 tỷ đồng và thu từ nguồn huy động ... 14 tỷ đồng."
    is read (more than the total is a slip; less is not: "11.174 tỷ đồng ... Trong đó, thu nội
    địa ước đạt 9.723 tỷ đồng, thu qua hải quan đạt 1.442 tỷ đồng" leaves other revenue out);
    the total must be the only figure of its noun in its sentence and no part of a list there
    ("168 đơn vị ..., gồm: 113 phường, 54 xã ..."). "Trong đó, 300 hội viên nữ, 250 hội viên
    là đảng viên" (traits) and "Trong đó, đường bộ xảy ra 147 vụ ..., giảm 15 vụ" (a change)
    are not read; nor are causes that may overlap ("22 người chết do ...; 3 người chết do ..."),
    sources or times ("100 triệu đồng từ Quỹ", "từ năm 2020"), an addition ("trao thêm"), a
    total shared among the places its sentence counts ("cho 4 địa phương": see
    :func:`_counted_places`) or two parts of the same kind (:func:`_same_kind_twice`).
    """
    if breakdown.marker not in _WHOLE_OPENERS or breakdown.broken or len(breakdown.parts) < 2:
        return None
    para = breakdown.parts[0][1]
    if any(p is not para for _, p in breakdown.parts):
        return None
    text, base = para.text, para.offset
    first, last = breakdown.parts[0][0], breakdown.parts[-1][0]
    start = text.rfind(".", 0, first.start - base) + 1
    # the sentence opens with the marker: nothing but the marker before the first part's clause
    opening = _OPENER.match(text, start)
    if opening is None or opening.group("m") is None:
        return None
    if opening.group("m").casefold().split()[0] not in _WHOLE_OPENER_WORDS:
        return None
    stop = len(text)
    for m in re.finditer(r"[.!?](?!\d)", text[last.end - base :]):
        stop = last.end - base + m.start()
        break
    if _STOP.search(text, first.end - base, last.start - base):
        return None  # the parts in one sentence only
    # "Trong đó, lĩnh vực trồng trọt đóng góp 28.689 tỷ đồng với mức tăng trưởng 4,4%; chăn nuôi
    # đạt 18.387 tỷ đồng, tăng 3,9%; ...": a part's own share or change, right after it, says
    # how it stands, not that it is no part (masked: _part_tails).
    sentence = _part_tails(text, start, stop, [m.end - base for m, _ in breakdown.parts])
    # "Trong đó có 5 đảng viên được trao huy hiệu 60 năm ..., 26 đảng viên ...": the total's own
    # noun after each part's figure is no trait of the part (a trait after it still is: "300
    # lao động nữ").
    own = (breakdown.total.mention.unit or "").casefold()
    if own:
        pieces = list(sentence)
        for part, _ in breakdown.parts:
            words = text[part.start - base : part.end - base].casefold()
            at = words.find(own)
            if at > 0 and not words[:at].strip(" \u00a0").lstrip("0123456789.,").strip():
                for i in range(
                    part.start - base + at - start, part.start - base + at + len(own) - start
                ):
                    pieces[i] = " "
        sentence = "".join(pieces)
    if _NOT_WHOLE.search(sentence) or "(" in sentence or "/" in sentence:
        return None
    if sentence != text[start:stop] and (
        _NESTED_LIST.search(sentence, opening.end() - start)
        or _variant_items(text, opening.end(), breakdown, base)
    ):
        # "Trong đó, thu nội địa ..., tăng 5%; trong đó thu từ doanh nghiệp ...": a part broken
        # down in turn (read with the tails only: the older reading is kept as it was)
        return None
    if breakdown.marker == "cụ thể" and (
        _TO_RECIPIENT.search(sentence)
        or _TO_RECIPIENT.search(breakdown.total.paragraph.text, *breakdown.total.sentence)
    ):
        # "334 suất học bổng cho học sinh, sinh viên. Cụ thể, 302 suất cho học sinh ... và 42
        # suất cho em nhỏ", "Hội hỗ trợ 334 người cho học sinh, sinh viên. Cụ thể, 302 người là
        # học sinh và 42 người là sinh viên": a total or parts given to recipients are read by
        # the recipients they name (:func:`_recipients_named`; a pupil may be a student of a
        # programme too), not taken for parts of the total by the opener alone.
        return None
    # no figure in the sentence but the parts
    spans = [(m.start - base, m.end - base) for m, _ in breakdown.parts]
    for digit in re.finditer(r"\d+", sentence):
        at = start + digit.start()
        if any(a <= at < b for a, b in spans):
            continue
        if _LABEL_NUMBER.search(text, max(0, at - 12), at) and _LABEL_END.match(
            text, at + len(digit.group())
        ):
            continue  # "loại 1 có 1.098 công dân; loại 2 ...": a label's number, no figure
        return None
    # the total ends its own sentence's figures of its unit: the last one of it
    total = breakdown.total
    t = total.mention
    t_text = total.paragraph.text
    t_base = total.paragraph.offset
    unit = t.unit or ""
    if not unit:
        return None
    said = t_text[total.sentence[0] : total.sentence[1]]
    noun = re.compile(
        rf"\d[\d.,]*\s*[“\"']?\s*(?:\w+\s+)?{re.escape(unit.split()[0])}(?!\w)", re.IGNORECASE
    )
    t_at = (t.start - t_base - total.sentence[0], t.end - t_base - total.sentence[0])
    others = [x for x in noun.finditer(said) if x.end() <= t_at[0] or x.start() >= t_at[1]]
    if others:
        return None  # "làm mới 105 “Nhà đại đoàn kết”; sửa chữa 02 nhà": which one is not guessed
    # "28 người chết. Trong đó, 22 người chết ...; 3 người chết ...; 5 người bị thương ...":
    # a part whose state is not the total's, when the others name it, counts something else.
    state = _first_word(t_text, t.end - t_base)
    if state:
        states = {_first_word(text, m.end - base) for m, _ in breakdown.parts}
        if state in states and len(states) > 1:
            return None
    if _IN_LIST.search(t_text, total.sentence[0], t.start - t_base):
        return None  # "168 đơn vị ..., gồm: 113 phường, 54 xã": the total is itself a part
    if _places_counted(breakdown):
        return None  # "... cho 4 địa phương": the places counted are read by _counted_places
    if _same_kind_twice(breakdown, unit):
        return None  # "30 nhà xây mới; 11 nhà xây dựng mới": one kind named twice
    # Among them: a partial list is no slip (the other revenue of a budget left out), more than
    # the total is.
    return _Evidence(distinct=True, complete=False, by="opener")


# A part's own share or change, right after it: ", chiếm 75%", " (chiếm 1,2%)", ", tăng 3,9% so
# với cùng kỳ", " với mức tăng trưởng 4,4%", ", ước đạt 48,2% và tăng 18,2%", ", bằng 100% kế
# hoạch": a percentage only (an amount of change, "giảm 15 vụ", is a figure of the parts' noun).
_PART_TAIL = re.compile(
    r"(?:\s*(?:[,(]|và|với)?\s*(?:ước\s+)?(?:mức\s+)?"
    r"(?:chiếm|đạt|bằng|tăng(?:\s+trưởng)?|giảm)(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?"
    r"\s+(?:khoảng\s+)?\d{1,3}(?:,\d{1,4})?\s*%"
    r"(?:\s+(?:so\s+với\s+|so\s+)?(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?"
    r"|kế\s+hoạch(?:\s+năm)?|dự\s+toán(?:\s+năm)?|năm\s+(?:trước|ngoái|\d{4})|tổng\s+số))?"
    r"\s*\)?"
    r"|\s*,\s*tương\s+đương\s+(?:với\s+)?cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?)+",
    re.IGNORECASE,
)
# A breakdown inside the parts' sentence: one of its parts is broken down in turn.
_NESTED_LIST = re.compile(r"(?<!\w)(?:trong\s+đó|bao\s+gồm|gồm)(?!\w)", re.IGNORECASE)


# An item that restates another with a part left out or added: "thu nội địa không kể tiền sử
# dụng đất ... 19.836 tỷ đồng" after "Thu nội địa 20.107 tỷ đồng".
_VARIANT = re.compile(
    r"(?<!\w)(?:không\s+kể|không\s+tính|chưa\s+kể|chưa\s+tính|kể\s+cả|bao\s+gồm\s+cả|ngoài)(?!\w)",
    re.IGNORECASE,
)


def _variant_items(text: str, opened: int, breakdown: ContinuedBreakdown, base: int) -> bool:
    """Whether the items of the parts (from the opener's end or the separator before each part
    to the part) restate one another: one names another's whole label and more ("Thu nội địa
    20.107 tỷ đồng, ...; thu nội địa không kể tiền sử dụng đất ... 19.836 tỷ đồng"), or one
    leaves something out or adds it (*không kể*, *kể cả*): overlapping figures, no partition."""
    labels: list[str] = []
    at = opened
    for part, _ in breakdown.parts:
        cut = text.rfind(";", at, part.start - base)  # items cut by ";", else by ","
        if cut < 0:
            cut = text.rfind(",", at, part.start - base)
        label = text[max(at, cut + 1) : part.start - base]
        if _VARIANT.search(label):
            return True
        labels.append(" ".join(re.findall(r"[^\W\d_]+", label.casefold())))
        at = part.end - base
    for i, a in enumerate(labels):
        for j, b in enumerate(labels):
            if i != j and a.count(" ") >= 1 and b != a and b.startswith(a + " "):
                return True
    return False


def _part_tails(text: str, start: int, stop: int, ends: Sequence[int]) -> str:
    """The sentence ``text[start:stop]`` with the share or change written right after each part
    (whose ends are *ends*, offsets in *text*) blanked out."""
    pieces = list(text[start:stop])
    for end in ends:
        tail = _PART_TAIL.match(text, end, stop)
        if tail is not None:
            for i in range(tail.start() - start, tail.end() - start):
                pieces[i] = " "
    return "".join(pieces)


def _same_kind_twice(breakdown: ContinuedBreakdown, unit: str) -> bool:
    """Whether two parts name the same kind: the same words before them in their items ("Hội KH
    tỉnh trao 30 suất ...; Hội KH tỉnh trao 70 suất"), or the same value of a
    dimension of ``breakdown_kinds.toml`` ("30 nhà xây mới; 11 nhà xây dựng mới": *xây mới*
    twice). Such parts may count the same things twice: no evidence that they are apart."""
    seen = [" ".join(re.findall(r"[^\W_]+", t.casefold())) for t in breakdown.befores]
    if len(set(seen)) < len(seen):
        return True
    noun = " ".join(unit.casefold().split())
    for name, nouns, pattern, _complete in label_dimensions():
        if nouns and not any(noun == n or noun.startswith(n + " ") for n in nouns):
            continue
        keys = _values_each(name, pattern, breakdown.labels)
        if keys is not None and len(set(keys)) < len(keys):
            return True
    return False


def _places_counted(breakdown: ContinuedBreakdown) -> bool:
    """Whether the total's sentence counts or names the places it is shared among after the
    total ("cho 3 địa phương", "tại các xã A, B"): :func:`_counted_places` reads those."""
    total = breakdown.total
    own = total.paragraph
    at, stop = total.mention.end - own.offset, total.sentence[1]
    return bool(_COUNTED.search(own.text, at, stop) or _NAMED_AFTER.search(own.text, at, stop))


def _heads(breakdown: ContinuedBreakdown) -> list[str]:
    """The words before each part back to the part before it in its paragraph (or a short
    window at its paragraph's start), through a colon: "Chư Jút: 2.958 hộ" (the part's
    ``befores`` stop at the colon)."""
    heads: list[str] = []
    previous: tuple[Mention, Paragraph] | None = None
    for m, para in breakdown.parts:
        a = m.start - para.offset
        if previous is not None and previous[1] is para:
            start = previous[0].end - para.offset
        else:
            start = max(0, a - _CLAUSE)
        heads.append(para.text[start:a])
        previous = (m, para)
    return heads


def _rest_of_part(breakdown: ContinuedBreakdown) -> bool:
    """Whether the rest that ends the list is the rest of the part before it, not of the total:
    the two parts before it, in the paragraph of the rest, are a whole and what was done of it
    ("Trong đó: TAND tỉnh thụ lý 469 vụ, đã giải quyết 356 vụ (đạt 75,9%), còn lại 113 vụ":
    469 = 356 + 113), or the part right before it gives its share of a whole ("đạt 75,9%").

    >>> from hoiquanchung.checker import check_text
    >>> text = ("TAND hai cấp thụ lý 7.990 vụ án dân sự. Trong đó: TAND tỉnh thụ lý 469 vụ, đã "
    ...         "giải quyết 356 vụ, còn lại 113 vụ. TAND huyện thụ lý 7.521 vụ.")
    >>> [f.code for f in check_text(text)]
    []
    """
    parts = breakdown.parts
    if len(parts) < 3 or parts[-3][1] is not parts[-1][1]:
        return False
    (whole, para), (done, _q), (rest, _r) = parts[-3:]
    if whole.value == done.value + rest.value:
        return True
    if _DONE_SHARE.match(breakdown.labels[-2]) is not None:
        return True
    # "..., đã giải quyết 366 vụ, còn lại 113 vụ" in the sentence of the whole: what was done of
    # the part before, and its rest (whether or not they add up).
    between = para.text[whole.end - para.offset : rest.start - para.offset]
    return (
        _DONE.search(breakdown.befores[-2]) is not None and _SENTENCE_STOP.search(between) is None
    )


_DONE = re.compile(r"(?<!\w)đã\s+(?:[^\W\d_]+\s+){1,3}\Z", re.IGNORECASE)
_SENTENCE_STOP = re.compile(r"[.;!?](?!\d)")


def _other_item(breakdown: ContinuedBreakdown) -> bool:
    """Whether an item of the list between its parts counts another noun ("Trong đó, có 379
    hợp tác xã nông nghiệp, 25 quỹ tín dụng nhân dân, ... và 5 hợp tác xã dịch vụ khác"): the
    rest is then the rest of more than the parts read.

    >>> from hoiquanchung.checker import check_text
    >>> check_text("Toàn tỉnh có 479 hợp tác xã. Trong đó, có 379 hợp tác xã nông nghiệp, 25 quỹ "
    ...            "tín dụng nhân dân, 37 hợp tác xã công thương và 38 hợp tác xã dịch vụ khác.")
    []
    """
    return any(_OTHER_ITEM.search(label) for label in breakdown.labels[:-1])


# An item that opens with a count of a noun (no money, no date): "…, 25 quỹ tín dụng nhân dân,".
_OTHER_ITEM = re.compile(
    rf"[,;]\s*(?:và\s+)?(?:có\s+)?\d[\d.]*\s+(?!(?:đồng|{scale_alternation()}|năm|tháng|ngày|giờ)"
    r"(?!\w))[^\W\d_]",
    re.IGNORECASE,
)


# A part followed by its share of a whole it was done of: "356 vụ (đạt 75,9%)", "356 vụ, đạt 75,9%".
_DONE_SHARE = re.compile(
    r"[^\d;]{0,20}?[(,]\s*(?:đạt|bằng)\s+(?:tỷ\s+lệ\s+|tỉ\s+lệ\s+)?\d", re.IGNORECASE
)


def _target(breakdown: ContinuedBreakdown, evidence: _Evidence) -> TableFigure | None:
    """The total the parts of *breakdown* are compared with: its total, or the part its total's
    sentence names beside it (``_Breakdown.also``) when the sum is nearer to that part; ``None``
    when the parts agree with that part (they break it down, not the total).

    "2.330 hội, trong đó có 1.401 hội ... Cụ thể, có 83 hội ..., 163 hội ... và 2.084 hội ...":
    complete parts that make neither figure are a slip, of the one their sum is nearer to;
    distinct parts are a slip only above the larger, the total."""
    also = breakdown.also if isinstance(breakdown, _Breakdown) else None
    if also is None:
        return breakdown.total
    values = [m.value for m, _p in breakdown.parts]
    if sum_verdict(also.mention, values, complete=evidence.complete) is None:
        return None  # the parts of the part named beside the total
    total = breakdown.total
    if not evidence.complete or sum_verdict(total.mention, values, complete=True) is None:
        return total
    parts_sum = sum(values, Decimal(0))
    nearer_also = abs(parts_sum - also.mention.value) < abs(parts_sum - total.mention.value)
    return also if nearer_also else total


_HEAD_REACH = 80  # characters before a part's colon where its item's head may begin


def _colon_heads(breakdown: ContinuedBreakdown) -> list[str] | None:
    """The words that name each part when every part follows a colon right after them ("khách
    quốc tế ước đạt: 600.000 lượt"): back from the colon to the previous part, a comma, a
    semicolon or a bracket outside brackets, at most a few words; ``None`` when a part has
    anything but spaces between its colon and its figure, or the heads run across a sentence.

    The heads are read for the values of a dimension only (:func:`_dimension`).
    """
    heads: list[str] = []
    previous_end = -1
    for (m, para), before in zip(breakdown.parts, breakdown.befores, strict=True):
        if before.strip():
            return None
        text, base = para.text, para.offset
        a = m.start - base
        colon = text.rfind(":", max(0, a - 3), a)
        if colon < 0 or text[colon + 1 : a].strip():
            return None
        floor = max(colon - _HEAD_REACH, previous_end if previous_end >= 0 else 0)
        depth = 0
        start = floor
        for i in range(colon - 1, floor - 1, -1):
            c = text[i]
            if c == ")":
                depth += 1
            elif c == "(":
                if depth == 0:
                    start = i + 1
                    break
                depth -= 1
            elif depth == 0 and c in ",;.":
                start = i + 1
                break
        heads.append(text[start:colon])
        previous_end = m.end - base
    return heads


def _semicolon_items(breakdown: ContinuedBreakdown) -> list[str] | None:
    """The item of each part when the parts are in one sentence, each item ended by ``;``
    (the last by the sentence): from the ``;`` before the part (the sentence's opener for the
    first) to the ``;`` after it; ``None`` when two parts share an item."""
    parts = breakdown.parts
    if len(parts) < 2 or any(para is not parts[0][1] for _m, para in parts):
        return None
    para = parts[0][1]
    text, base = para.text, para.offset
    first = parts[0][0].start - base
    spans = [span for span in sentence_spans(text) if span[0] <= first < span[1]]
    if not spans:
        return None
    start, stop = spans[0]
    if parts[-1][0].end - base > stop:
        return None  # the parts run on into another sentence
    cuts = [start, *(i + 1 for i in _semicolons(text, start, stop)), stop]
    items: list[str] = []
    for a, b in itertools.pairwise(cuts):
        held = [m for m, _p in parts if a <= m.start - base < b]
        if len(held) > 1:
            return None
        if held:
            items.append(text[a:b])
    return items if len(items) == len(parts) else None


def _semicolons(text: str, start: int, stop: int) -> list[int]:
    """The offsets of ``;`` in ``text[start:stop]``."""
    found: list[int] = []
    at = text.find(";", start, stop)
    while at >= 0:
        found.append(at)
        at = text.find(";", at + 1, stop)
    return found


def _shares_whole(labels: Sequence[str]) -> bool:
    """Whether every part's label opens with its share ("(43,4%)", ", chiếm 68,75%", ", tỷ lệ
    30%") and the shares make 100 % within their written rounding (each half a unit of its
    last digit): the parts are then all of one whole.

    >>> _shares_whole([" (43,4%), số đại biểu ở địa phương là", " (56,6%)."])
    True
    >>> _shares_whole([" có trình độ trên đại học, tỷ lệ 64,04%;", ", tỷ lệ 33,70% và", ", 2.24%"])
    False
    >>> _shares_whole([" (chiếm 73%);", " (23%);"])  # 96 %: some parts are left out
    False
    >>> _shares_whole([" (chiếm 50% số hộ nghèo của xã)", " (chiếm 50% số hộ cận nghèo)"])
    False
    """
    if len(labels) < 2:
        return False
    total = Decimal(0)
    slack = Decimal(0)
    for label in labels:
        found = _SHARE.match(label)
        if found is None or _SHARE_OF.match(label, found.end()):
            return False  # no share, or a share of a whole it names ("50% số hộ nghèo của xã")
        digits = found.group("share")
        whole, _sep, decimals = digits.partition(",")
        total += Decimal(f"{whole}.{decimals or 0}")
        slack += Decimal(5) / Decimal(10) ** (len(decimals) + 1)
    return abs(total - 100) <= slack


def _items(breakdown: ContinuedBreakdown) -> list[str] | None:
    """The words that open each part's item: from the end of the marker that opens the list
    (the first part), from the end of the part before (the others; in another paragraph, the
    words before the part in its clause); ``None`` when the first part opens no marker's
    sentence."""
    parts = breakdown.parts
    items: list[str] = []
    for i, (m, para) in enumerate(parts):
        if i == 0:  # from the end of the marker that opens its sentence
            a = m.start - para.offset
            starts = [x for x, _y in sentence_spans(para.text) if x <= a]
            opener = _OPENER.match(para.text, starts[-1] if starts else 0, a)
            if opener is None:
                return None
            items.append(para.text[opener.end() : a])
            continue
        prev, prev_para = parts[i - 1]
        if prev_para is not para:
            items.append(breakdown.befores[i])
            continue
        items.append(para.text[prev.end - para.offset : m.start - para.offset])
    return items


def _bodies_by_level(breakdown: ContinuedBreakdown) -> _Evidence:
    """Distinct parts when each item names a body at its own level, with *cấp* or after the
    body's name: "Hội KH tỉnh cấp 3.671 suất với số tiền 6,4 tỷ đồng; hội KH các huyện, thành
    phố cấp hơn 119 nghìn suất với số tiền 19,6 tỷ đồng"; "cấp tỉnh ... 354 nhà; cấp huyện,
    thành phố: 239 nhà; cấp xã, phường: 118 nhà; Mặt trận Trung ương ... 80 nhà".  All of them
    when the levels run from the province to the commune (as :func:`_evidence` reads levels).

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Năm qua, các cấp hội đã trao 90 suất học bổng. Trong đó, Hội KH tỉnh trao "
    ...         "30 suất học bổng; hội KH các huyện trao 70 suất học bổng.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '90 suất học bổng', '100 suất học bổng')]
    """
    items = breakdown.befores if breakdown.marker == _BY_LEVEL else _items(breakdown)
    if items is None or len(items) < 2:
        return _NONE
    keys: list[str] = []
    for item in items:
        found = {" ".join(k.casefold().split()) for k in _BODY_LEVEL.findall(item)}
        if len(found) != 1:
            return _abbreviated_levels(items, breakdown.total)
        keys.append(found.pop())
    if len(set(keys)) != len(keys):
        return _NONE
    covered = {w for k in keys for w in k.split()}
    whole = {"tỉnh", "huyện"} <= covered and bool({"xã", "sở"} & covered)
    return _Evidence(distinct=True, complete=whole, by="level")


def _abbreviated_levels(items: Sequence[str], total: TableFigure) -> _Evidence:
    """Distinct parts when each item names one body by the same abbreviation at a level of its
    own ("Trong đó, TAND tỉnh giải quyết 334 vụ (68,9%); TAND cấp huyện giải quyết 3.469 vụ"):
    one court's cases are not another's.  All of them when the total's sentence names that body
    at two levels ("TAND 2 cấp đã giải quyết 3.803 vụ án", "Tòa án nhân dân (TAND) cấp tỉnh và
    cấp huyện ...") and the parts name two levels.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("TAND 2 cấp đã giải quyết 3.803 vụ án. Trong đó, TAND tỉnh giải quyết 334 vụ; "
    ...         "TAND cấp huyện giải quyết 3.479 vụ.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '3.803 vụ', '3.813 vụ')]
    >>> check_text(text.replace("TAND 2 cấp", "Tòa án").replace("3.479", "3.459"))  # some only
    []
    """
    if not any(_ABBR_LEVEL_WORDS.search(item) for item in items):
        return _NONE  # (a cheap test: no level word, no body at its level)
    bodies: set[str] = set()
    levels: list[str] = []
    for item in items:
        found = _ABBR_LEVEL.findall(item)
        if len(found) != 1:
            return _NONE
        abbr, level = found[0]
        bodies.add(abbr)
        levels.append(level.casefold())
    if len(bodies) != 1 or len(set(levels)) != len(levels):
        return _NONE
    said = total.paragraph.text[slice(*total.sentence)]
    two = re.search(
        rf"(?<!\w){re.escape(bodies.pop())}\)?\s+(?:(?:hai|2)\s+cấp|cấp\s+(?:tỉnh|huyện|xã)\s+"
        r"và\s+cấp\s+(?:tỉnh|huyện|xã))(?!\w)",
        said,
        re.IGNORECASE,
    )
    return _Evidence(distinct=True, complete=two is not None and len(levels) == 2, by="level")


_ABBR_LEVEL_WORDS = re.compile(r"(?<!\w)(?:tỉnh|huyện|xã)(?!\w)", re.IGNORECASE)


def _to_recipients(breakdown: ContinuedBreakdown) -> bool:
    """Whether every part is an amount given by one verb to its own recipient, named before it:
    "hỗ trợ Sở Y tế: 1.100.000.000 đồng; hỗ trợ huyện Phú Bình: 500.000.000 đồng; ...".

    Money given to one recipient is not given to another, unless one recipient's name holds
    another's ("hỗ trợ hộ nghèo" and "hỗ trợ hộ nghèo xã A"): then nothing is claimed.  An
    item's words run from the end of the part before it (its unit and the list's glue left
    out), so a ";" inside a recipient's name does not cut it.
    """
    items = _items(breakdown)
    if items is None:
        return False
    verbs: set[str] = set()
    recipients: list[frozenset[str]] = []
    for item in items:
        found = _GIVEN_TO.fullmatch(item)
        if found is None:
            return False
        verbs.add(" ".join(found.group("verb").casefold().split()))
        recipients.append(frozenset(re.sub(r"[\W_]+", " ", found.group("who")).casefold().split()))
    if len(verbs) != 1 or len(recipients) < 2:
        return False
    return all(
        not (a <= b or b <= a) for i, a in enumerate(recipients) for b in recipients[i + 1 :]
    )


def _recipients_named(breakdown: ContinuedBreakdown) -> _Evidence:
    """Portions whose total names the kinds of recipient it goes to, two or more ("trao 334
    suất học bổng cho học sinh, sinh viên ...") and parts each naming one of them ("302 suất
    được trao cho học sinh ...", "32 suất được trao cho sinh viên ..."): a portion goes to one
    recipient, so the parts are distinct; all of them when every kind named is.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Hội trao 334 suất học bổng cho học sinh, sinh viên nghèo.\\n"
    ...         "Cụ thể, 302 suất cho học sinh THCS và 42 suất cho sinh viên.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '334 suất học bổng', '344 suất học bổng')]
    >>> check_text("Hội trao 334 suất học bổng cho học sinh, sinh viên nghèo.\\n"
    ...            "Cụ thể, 302 suất cho học sinh THCS và 42 suất cho em nhỏ.")
    []
    """
    total = breakdown.total
    t, para = total.mention, total.paragraph
    if (t.unit or "").casefold().split(" ")[0] not in portion_nouns():
        return _NONE
    text, stop = para.text, total.sentence[1]
    given = _FOR.search(text, t.end - para.offset, min(stop, t.end - para.offset + _NAMED))
    if given is None:
        return _NONE
    window = text[given.end() : min(stop, given.end() + _NAMED)]
    named = [" ".join(k.casefold().split()) for k in _RECIPIENTS.findall(window)]
    if len(named) < 2 or len(set(named)) != len(named):
        return _NONE
    keys = []
    for label in breakdown.labels:
        found = {" ".join(k.casefold().split()) for k in _RECIPIENTS.findall(label)}
        if len(found) != 1 or not found <= set(named):
            return _NONE
        keys.append(found.pop())
    if len(set(keys)) != len(keys):
        return _NONE
    return _Evidence(distinct=True, complete=set(keys) == set(named), by="recipients")


# ------------------------------------------------------------------ numerators of fractions
def check_fraction_parts(context: ParagraphContext) -> Iterator[Finding]:
    """Findings on a fraction's denominator shared out by grade among its numerator and the
    figures of the same noun that follow it in the sentence.

    >>> from hoiquanchung.checker import check_text
    >>> text = "Toàn huyện có 56/96 chi hội xuất sắc, 41 chi hội mạnh, 9 chi hội khá."
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '96 chi hội', '106 chi hội')]
    """
    mentions = context.mentions
    if len(mentions) < 3 or "/" not in context.text:
        return
    # No numerator among the figures that can open a share-out: no fraction to read (a test of
    # the figures before the search of the paragraph for a grade; speed).
    if not any(m.fraction == "numerator" for m in mentions[:-2]):
        return
    para = context.paragraph
    text, base = para.text, para.offset
    if _GRADE.search(text) is None or context.errors:
        return
    depth = bracket_depths(text)
    spans = sentence_spans(text)
    span_starts = [a for a, _b in spans]
    tables = context.state.figures
    for i in range(len(mentions) - 2):
        num, den = mentions[i], mentions[i + 1]
        if num.fraction != "numerator" or den.fraction != "denominator" or den.unit is None:
            continue
        if num.bound is not Bound.EXACT or den.bound is not Bound.EXACT:
            continue
        j = bisect.bisect_right(span_starts, den.start - base) - 1
        stop = spans[j][1] if j >= 0 else len(text)
        parts: list[Mention] = [num]
        labels: list[str] = []
        at = den.end - base
        for m in mentions[i + 2 :]:
            if m.start - base >= stop:
                break
            glue = text[at : m.start - base]
            same = (
                m.unit is not None
                and m.fraction is None
                and measure_of(m.unit) == measure_of(den.unit)
            )
            if not same or m.bound is not Bound.EXACT or depth[m.start - base] != 0:
                break
            labels.append(glue)
            parts.append(m)
            at = m.end - base
        if len(parts) < 3:
            continue
        tail = _CLAUSE_END.search(text, at, stop)
        labels.append(text[at : tail.start() if tail is not None else stop])
        grades = _grades(labels)
        if grades is None:
            continue
        complete = _all_grades(grades, text, den.unit)
        values = [p.value for p in parts]
        found = _mismatch(tables, para, den, values, complete, base, context.file)
        if found is not None:
            yield found


def _graded(breakdown: ContinuedBreakdown, noun: str, said: str) -> _Evidence:
    """Distinct parts when each names one grade of an evaluation, all different (a unit has one
    grade a year): "Toàn tỉnh có 1.559 tổ ... Trong đó, có 1.446 tổ TK&VV xếp loại tốt, ...;
    113 tổ TK&VV xếp loại khá, không còn tổ xếp loại trung bình và yếu kém."  The grade of a
    part is the one of the clause after it (its first words up to a comma) or, when that names
    none, of the clause before it ("xếp loại tốt 2.179 tổ, ...; Tổ khá 262 tổ").  The list
    must say it grades (*xếp loại*, *loại*, *đánh giá*).  All the parts when the grades run
    from the top (*xuất sắc*; *tốt* when the text names no *xuất sắc*) to *yếu* or *kém*, or
    down to a grade the text says there is none of the next (:func:`_whole_scale`).

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Toàn tỉnh có 1.559 tổ tiết kiệm và vay vốn. Trong đó, có 1.446 tổ xếp loại "
    ...         "tốt; 123 tổ xếp loại khá, không còn tổ xếp loại trung bình và yếu kém.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '1.559 tổ', '1.569 tổ')]
    """
    labels, befores = breakdown.labels, breakdown.befores
    if len(labels) < 2 or len(befores) != len(labels):
        return _NONE
    if not any(_GRADING.search(t) for t in (*labels, *befores)):
        return _NONE
    ranks: list[int] = []
    for after, before in zip(labels, befores, strict=True):
        own = _SCALE_GRADE.findall(_CLAUSE_END.split(after, maxsplit=1)[0])
        if not own:
            own = _SCALE_GRADE.findall(re.split(r"[,;:(]", before)[-1])
        found = {_SCALE_RANK[" ".join(w.casefold().split())] for w in own}
        if len(found) != 1:
            return _NONE
        ranks.append(found.pop())
    if len(set(ranks)) != len(ranks):
        return _NONE
    texts = [said, *dict.fromkeys(p.text for _m, p in breakdown.parts)]
    whole = _whole_scale(ranks, "\n".join(texts), noun)
    return _Evidence(distinct=True, complete=whole, by="grades")


def _entrusted(breakdown: ContinuedBreakdown, said: str) -> _Evidence:
    """Distinct amounts when each item names one of the four bodies the Ngân hàng Chính sách xã
    hội entrusts its loans to (Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Đoàn
    Thanh niên), each a different one: a loan is managed by one body's savings-and-loan group.
    All of the total when the four are named and the total's sentence says it is what is
    entrusted to them (*ủy thác qua các hội, đoàn thể*, *ủy thác qua 4 tổ chức*): a bank's whole
    outstanding (*tổng dư nợ*) holds loans it makes itself too.

    >>> from hoiquanchung.checker import check_text
    >>> text = ("Dư nợ ủy thác qua các hội, đoàn thể là 2.847 tỷ đồng.\\n"
    ...         "Trong đó, dư nợ qua Hội Liên hiệp Phụ nữ 808 tỷ đồng; Hội Nông dân 776 tỷ đồng; "
    ...         "Hội Cựu chiến binh 646 tỷ đồng; Đoàn Thanh niên 607 tỷ đồng.")
    >>> [(f.code, f.stated, f.computed) for f in check_text(text)]
    [('total-mismatch', '2.847 tỷ đồng', '2.837.000.000.000 đồng')]
    """
    first = [_CLAUSE_END.split(t, maxsplit=1)[0] for t in breakdown.labels]
    last = [re.split(r"[,;:(]", t)[-1] for t in breakdown.befores]
    for clauses in (first, last):  # "808 tỷ đồng của Hội ND, ..."; "Hội ND 776 tỷ đồng"
        if len(clauses) < 2 or len(clauses) != len(breakdown.parts):
            continue
        bodies: list[str] = []
        for clause in clauses:
            named = {b for b, pattern in _ENTRUSTED_BODIES.items() if pattern.search(clause)}
            if len(named) != 1:
                break
            bodies.append(named.pop())
        else:
            if len(set(bodies)) == len(bodies):
                whole = len(bodies) == len(_ENTRUSTED_BODIES) and bool(_ENTRUSTED_ALL.search(said))
                return _Evidence(distinct=True, complete=whole, by="entrusted")
    return _NONE


def _whole_scale(ranks: Sequence[int], text: str, noun: str) -> bool:
    """Whether the grades *ranks* run from the top of the scale to *yếu* (or *kém*), or down to
    a grade whose next one *text* says the *noun* has none of.  The top is *xuất sắc*, or
    *tốt* when *text* names no *xuất sắc* (savings-and-loan groups: *tốt*, *khá*, *trung
    bình*, *yếu*).

    >>> _whole_scale([1, 2, 3, 5], "", "tổ")
    True
    >>> _whole_scale([1, 2, 3, 5], "39 chi hội xuất sắc", "chi hội")
    False
    >>> _whole_scale([1, 2], "không có Tổ xếp loại trung bình, yếu", "tổ")
    True
    >>> _whole_scale([1, 2], "không có hộ xếp loại trung bình", "tổ")
    False
    """
    scale = [0, 1, 2, 3, 5]
    top = 0 if re.search(r"(?<!\w)xuất\s+sắc(?!\w)", text, re.IGNORECASE) else 1
    lowest = max(ranks)
    if set(ranks) != {r for r in scale if top <= r <= lowest}:
        return False
    if lowest == 5:
        return True
    absent = re.compile(
        rf"\bkhông\s+(?:còn|có)\s+(?:\w+\s+){{0,2}}?{re.escape(noun)}\s+"
        r"(?:\S+\s+){0,2}?(?:nào\s+)?(?:xếp\s+loại\s+|đạt\s+|loại\s+)?(trung\s+bình|yếu|kém)\b",
        re.IGNORECASE,
    )
    following = scale[scale.index(lowest) + 1]
    for m in absent.finditer(text):
        word = " ".join(m.group(1).casefold().split())
        if _SCALE_RANK[word] == following:
            return True
    return False


def _all_grades(ranks: Sequence[int], text: str, noun: str) -> bool:
    """Whether the grades *ranks* are all the grades the *noun* has in *text*: every grade
    from *xuất sắc* to *yếu*; or every grade from *xuất sắc* down to one, the paragraph
    saying there is none of the next ("không còn chi hội trung bình").

    >>> _all_grades([0, 1, 2], "không còn chi hội trung bình", "chi hội")
    True
    >>> _all_grades([0, 1, 2], "không còn chi hội trung bình", "tổ hội")
    False
    """
    listed = set(ranks)
    scale = sorted(set(_GRADE_RANK.values()))
    if set(scale) | {5} <= listed:
        return True
    lowest = max(listed)
    if lowest >= 5 or listed != set(range(lowest + 1)):
        return False
    absent = re.compile(
        rf"\bkhông\s+(?:còn|có)\s+(?:\w+\s+){{0,2}}?{re.escape(noun)}\s+"
        r"(?:nào\s+)?(?:xếp\s+loại\s+|đạt\s+|loại\s+)?(trung\s+bình|yếu|kém)\b",
        re.IGNORECASE,
    )
    for m in absent.finditer(text):
        word = " ".join(m.group(1).casefold().split())
        if (5 if word in _WORST else _GRADE_RANK[word]) == lowest + 1:
            return True
    return False


def _grades(labels: Sequence[str]) -> list[int] | None:
    """The grade of each part from the words after it (one each, all different), or ``None``.

    *labels* are the words between the parts: label ``i`` is what follows part ``i``, up to the
    next part; a label is a grade and the list glue (``,``, ``;``, *và*) and nothing else.
    """
    ranks: list[int] = []
    for label in labels:
        found = _GRADE.findall(label)
        if len(found) != 1:
            return None
        word = " ".join(found[0].split())
        ranks.append(5 if word in _WORST else _GRADE_RANK[word])
        rest = _FILLER.sub(" ", _GRADE.sub(" ", label, count=1))
        if rest.strip(" ,;.\u2060"):
            return None  # more than a grade: "xuất sắc, tăng 3 chi hội ..." is no list item
    return ranks if len(set(ranks)) == len(ranks) else None
