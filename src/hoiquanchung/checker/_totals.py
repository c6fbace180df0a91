"""Rule 2: a total with its parts (``tổng số N ..., trong đó A ...; B ...``).

Reports list parts after a total in many ways, and most lists are *not* partitions: "tổng số
440.977 hội viên, trong đó nữ 200.000, đảng viên 50.000" names two overlapping groups.  So the
rule checks a sum only when the parts evidently partition the total:

* one sentence, the total before a marker (*trong đó*, *gồm*, *bao gồm*, *gồm có*, *với*), the
  parts after it, all outside brackets, one part a list item (items split by ``;``, or by ``,``
  when there is no ``;``; a last ``;``-item of two parts joined by *và*, every other item one
  part, is two items: "...; 23 tổ ... trung bình và 12 tổ ... yếu");
* not examples: nothing like *như*, *cụ thể như*, *điển hình* right after the marker;
* every part counts the same noun as the total (``57 hội`` ... ``26 Hội`` ... ``31 hội``), at
  least two parts, all exact (no *hơn*, *khoảng*);
* and the list says it is complete: the marker is *gồm* / *bao gồm* / *gồm có*; or the items are
  labelled by distinct values of one dimension: administrative level (*cấp tỉnh*, *cấp huyện*,
  *cấp xã*, *cấp huyện, xã*...), sex (*nam*, *nữ*), area (*thành thị*, *nông thôn*), a dimension
  of ``breakdown_kinds.toml`` (a congress's delegates *bầu* / *chỉ định* / *đương nhiên*;
  *Trung ương* / *địa phương*), or ranges that tile 0 to no end (*tuổi dưới 55*, *tuổi 55 trở
  lên*); or the last item is the rest (*khác*, *còn lại*).

A list whose ``;``-items each hold several parts is several breakdowns of one total ("150 đại
biểu, trong đó ... 21 đại biểu đương nhiên, 06 đại biểu chỉ định; 11 đại biểu cấp huyện, 139 đại
biểu cấp cơ sở; 100 đại biểu nam, 50 đại biểu nữ"): each item is a list of its own, whole only by
its labels; a later item is read only when each label is one value of one dimension and nothing
else.

A sentence that opens with *Trong tổng số* (*Trong số*) takes its first figure as the total
and the figures after the comma that ends its clause as the parts, labelled by one dimension
("Trong tổng số ... 868 người ứng cử ..., số người ứng cử do Trung ương giới thiệu là 203
người, địa phương có 665 người").  In the bracket right after a total, parts may be the
numerators of their own rates, one fraction an item ("220.262 chị (trong đó cán bộ
11.024/11.024, đạt 100%; hội viên 159.030/177.217, đạt 89,74%; quần chúng phụ nữ
50.208/98.076, đạt 51,19%)").  A difference after a part (*ít hơn so với dự kiến 15 người*) is
no part.  A total with a qualifier is checked by the inequality it states, at its written
precision (:func:`hoiquanchung.checker._rules.sum_contradicts`): a whole list under *hơn 9,1
tỷ đồng* (*trên*, *trở lên*) must add up to at least 9,05 tỷ, and no sum above it is wrong
(*hơn 1,2 tỷ* over parts of 1,25 tỷ holds); parts that do not overlap under *gần 26 tỷ đồng*
(*dưới*, *tối đa*) may not add up to more than 26,5 tỷ, and a partial list (*trong đó* ...)
below any qualified total says nothing; *khoảng X* admits 10 % either side.  Parts with a
qualifier of their own (*hơn 119 nghìn suất*) are never summed.  Parts that add up to the
total once those of a value a report may count inside another are left out (*tự ứng cử*
inside *địa phương*: ``may_nest`` in ``breakdown_kinds.toml``) agree with it.

A total of *k* named units, each with its part in a bracket after its name (*36 hộ nghèo thuộc
3 xã Bình Khánh (13 hộ), An Thới Đông (17 hộ) và Tam Thôn Hiệp (6 hộ)*), is whole by its
count: exactly *k* proper names, each bracket one exact figure of the total's noun, ending the
clause.

A bracket right after a total with no marker (*583 người (91 đại biểu ... Trung ương ... và 492
đại biểu của các địa phương ...)*) is read only when it holds nothing but the parts, of one noun
(the total's, a classifier alone for it, or any for a total in *người*), labelled by every value
of one dimension; or by distinct places of one tier (or kinds of one set), which cannot overlap:
then only a sum above the total is wrong (*118 suất quà tết ... (thị trấn An Lão 55 suất, xã An
Trung 63 suất)*).

``total-mismatch`` (error) when such parts add up to more than the total, or to less when the
list says it is complete by its marker, by sex or area, by a last item *khác*/*còn lại*, or by
levels covering tỉnh, huyện and xã; a list of some levels only that adds up to less is
information (a level may have been left out).  Items labelled by distinct administrative units
of one tier, each named by its proper name (*xã Long Hưng*, *xã Mỹ Tú*; ``[places]`` in
``breakdown_kinds.toml``; or schools, *Trường THCS A*: ``[bodies]``), or by distinct kinds of
one set of its ``[[kinds]]`` (*hộ nghèo*, *hộ cận nghèo*) are disjoint but need not be the
whole: more than the total is an error, less says nothing.  A classifier alone counts its noun
(*60 căn* of *100 căn nhà*: ``[classifiers]``).
Administrative units of one tier listed by kind right after their total (*102 đơn vị hành
chính cấp xã, trong đó có 88 xã và 14 phường*; *124 đơn vị (117 xã, 7 phường)* after the tier's
name) cannot overlap: more than the total is an error, less too when the list is whole (*gồm*,
``:``, a bare bracket, or *trong đó* naming the tier's main kind: *xã*, *huyện*, *tỉnh*).
With no tier named, the kinds tell it when they are of one tier only and listed in a bracket
they close or after *gồm*, the total saying *hành chính* or a merger coming just before it (*99
đơn vị hành chính trực thuộc (30 phường, 69 xã)*; *Sau sáp nhập, thành phố còn 32 đơn vị (16
phường và 16 xã)*).
A total listed by province with the bare names (*82 người bị thương (Lào Cai 2, Quảng Ninh 9,
...)*, *22 người mất tích. Gồm: Lào Cai 1 người ...; Cao Bằng 3 người ...*) cannot overlap:
more than the total is an error, less says nothing (``[provinces]`` in ``breakdown_kinds.toml``);
a province's name may be followed by a colon or *có* (*124 nhà bị đổ (Hà Giang: 38 nhà; Lai
Châu: 55 nhà; ...)*).  So may a list after *trong đó*, in the total's sentence or opening its
bracket, which names some provinces only: more than the total is an error, less never is (*8
người bị thương, trong đó Hà Tĩnh 4 người, Quảng Trị 4 người*, tienphong.vn, 2025).  A total
shared among the provinces the sentence counts, each named in the bracket (or after *trong
đó*) with its amount (*hỗ trợ 700 tỷ đồng ... cho 4 địa phương ... (trong đó tỉnh Khánh Hòa
200 tỷ đồng, tỉnh Lâm Đồng 200 tỷ đồng, ...)*), is whole by its count:
exactly that many distinct provinces, each with an exact amount of the total's unit and nothing
else, must add up to the total, neither more nor less.
A toll that names the kinds of the persons it counts (*327 người chết, mất tích*) is listed by
province in the lines after it, in its paragraph (after *trong đó*) or in the paragraphs right
after it (each opening with a province's line): a province's figure in *người* with a bracket
naming exactly those kinds, each once, is whole (*Lào Cai 177 người (82 người chết, 95 người mất
tích)*); a place or a cause may follow the figure or a kind (*40 người do sạt lở đất (...)*, *1
người mất tích do lật thuyền*), and a kind may come twice, each time with its own place or cause.
Items of one sentence written in one frame that differs in one slot only, a number of its own
(*trong đó, có 1 sản phẩm đạt hạng 4 sao, 10 sản phẩm đạt hạng 3 sao*) or the value after a noun
naming a dimension (*khối địa bàn dân cư đã có 62 đoàn viên ..., khối trường học đã có 5 đoàn
viên ...*), are values of one attribute and cannot overlap: more than the total is an error,
less says nothing (:func:`_framed_values`; ranges, years, shares, amounts and second measures
are no such values).
Ranges of one measure in one frame label parts that cannot overlap (:func:`_disjoint_ranges`;
*trên 50 tuổi* is the whole-number range from 51 up, so *từ 41 đến 50 tuổi, trên 50 tuổi*
meet): ranges that tile 0 to no end are the whole (*3 đại biểu dưới 30 tuổi, 59 đại biểu từ 30
đến 40 tuổi, 109 đại biểu từ 41 đến 50 tuổi, 179 đại biểu trên 50 tuổi*, binhphuoc.gov.vn,
2015), others are some of it (more than the total is an error).  Near misses: cumulative bounds
(*trên 30 năm*, *trên 40 năm* overlap), ranges of two measures (*dưới 30 tuổi*, *trên 35 năm
công tác*).  Dimensions whose values use up a total (round 25, ``breakdown_kinds.toml``): forest
by origin (*diện tích đất có rừng ... là 14.745.201 ha; trong đó, rừng tự nhiên là 10.171.757
ha; rừng trồng là 4.573.444 ha*, thiennhien.net, 2022; not under land, *đất lâm nghiệp*, *quy
hoạch*) and by purpose (*đặc dụng*, *phòng hộ*, *sản xuất*, whole only all three), recruits
by service (*quân đội*, *công an*; not for *người*, any force at work) and call-up orders
(*chính thức*, *dự phòng*).
In a bracket right after a total, parts named by the values of a whole dimension alone (*55 mô
hình (29 tập thể, 26 cá nhân)*; *52 đại biểu (18 nữ, 34 nam)*, sex for persons only) count the
total's noun.
A quantity of change (*tăng 3,1 tỷ đồng so với cùng kỳ*) is never the total; the one before it
is.  Independently of any partition, one part alone larger than its total is ``parts-exceed-total``
(warning; not after *với*, which also means "with": *phối hợp với 45 hội*).  After *với*, the
parts must be written *với X là N ...* to count.  The total is compared with the sum at its
written precision through :func:`hoiquanchung.indicators.compare` (``14,6 tỷ đồng`` holds for
parts adding up to 14.630.000.000 đồng).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal

import attrs

from hoiquanchung._exact import EXACT as _EXACT
from hoiquanchung.checker._abbreviations import abbreviation_before
from hoiquanchung.checker._context import Check, ParagraphContext, paragraph_index
from hoiquanchung.checker._counted_places import count_of, counted_places
from hoiquanchung.checker._kinds import (
    bare_amount,
    canonical_value,
    classifier_words,
    cross_traits,
    distinct_kinds,
    kinds_of_wholes,
    label_dimensions,
    label_pattern,
    lead_before,
    level_pattern,
    named_places,
    named_values,
    nested_values,
    partial_after,
    party_base,
    person_nouns,
    place_tiers,
    province_names,
    sexed_nouns,
)
from hoiquanchung.checker._legal_forms import FORM_WORDS, has_units_total, legal_form_lists
from hoiquanchung.checker._medals import MEDAL_WORDS, medal_tallies
from hoiquanchung.checker._mentions import Mention
from hoiquanchung.checker._numbered_values import classified_values, numbered_values
from hoiquanchung.checker._ocop_stars import OCOP_WORDS, ocop_stars
from hoiquanchung.checker._parallel import parallel_kinds
from hoiquanchung.checker._parallel_heads import parallel_heads
from hoiquanchung.checker._patterns import (
    Gated,
    has_case_twin,
    led_by,
    lowered,
    occurrences,
    per_unit,
    remembered,
)
from hoiquanchung.checker._place_lists import place_lists
from hoiquanchung.checker._prizes import PRIZE_WORDS, prize_grades
from hoiquanchung.checker._rules import (
    make_finding,
    sum_contradicts,
    sum_of_terms,
    total_mismatch,
)
from hoiquanchung.checker._sectors import SECTOR_WORDS, sector_amounts
from hoiquanchung.checker._text import Paragraph
from hoiquanchung.findings import Finding, Severity
from hoiquanchung.numbers import Bound, find_quantities
from hoiquanchung.numbers._vocabulary import (
    alternation,
    bound_words,
    range_words,
    scale_alternation,
)

__all__ = [
    "CHECK",
    "IN_TOTAL",
    "check_totals",
    "disjoint_parts",
    "mismatch",
    "sentences",
    "sum_of_parts",
]

# "mỗi suất gồm", "mỗi suất quà bao gồm": what each unit holds, never a breakdown of the total.
_EACH_HOLDS = re.compile(r"\bmỗi\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE)
#: A run of spaces (a marker's words read with single spaces), compiled once.
_SPACES = re.compile(r"\s+")
#: The word *mỗi* ("each"), compiled once.
_EACH = re.compile(r"\bmỗi\b", re.IGNORECASE)
_MARKER = led_by(
    "tbgvc",
    re.compile(
        r"\b(?P<m>trong\s+đó|bao\s+gồm|gồm\s+có|gồm|(?<!đối )(?<!so )(?<!cùng )với|chia\s+ra)"
        r"\b\s*[:,]?",
        re.IGNORECASE,
    ),
)
# The words every match of _MARKER starts with (lower case, its alternatives' first words):
# searched only where one of them starts (speed).
_MARKER_STARTS = ("trong", "bao", "gồm", "với", "chia")
_MARKER_AT = Gated(_MARKER, _MARKER_STARTS)
# What any match of _MARKER holds, in lower case (so a paragraph without any is not searched).
_MARKER_WORDS = ("đó", "gồm", "với", "chia")
# A total introduced at the head of its sentence, its parts after the clause that holds it:
# "Trong tổng số 868 người ứng cử ..., số người do Trung ương giới thiệu là 203 người, địa
# phương có 665 người".
# "trong tổng số ...", "trong số ...", "trong 48 ...": the group a clause's figures are counted
# in.  One pattern for rule 2's head and for rule 2b's colon list (checker._breakdowns: "trong
# tổng số 907,454 tỷ đồng ..., có: ..." lists what is *in* the total, maybe some of it only).
IN_TOTAL = re.compile(r"(?<!\w)trong\s+(?:(?:tổng\s+)?số\b|(?=\d))", re.IGNORECASE)
# The head may follow a lead-in clause of words alone, or of a year ("Về cơ cấu giới tính, trong
# tổng số 200 ủy viên ... có 21 ủy viên là nữ, 179 ủy viên là nam"; "Năm 2021, trong tổng số
# 323.712 người, có 73.114 người ở khu vực thành thị, 250.598 người khu vực nông thôn"): the
# sentence still opens with its total.
_LEAD_IN = r"(?:(?:[^\W\d_][^\d;:()\[\]\n.!?,]{0,60}?|năm\s+(?:19|20)\d\d)\s*,\s*)?"
_HEAD = re.compile(r"[\s\-–+•*]*" + _LEAD_IN + IN_TOTAL.pattern, re.IGNORECASE)
# A figure right after "trong tổng số", "trên tổng số", "so với tổng số" is the whole a rate or a
# share is of, never one more part of a list before it: "cho 2.622 hộ, trong đó xây mới 2.077 và
# sửa chữa 545 đạt tỷ lệ 95% trong tổng số 2.752 hộ" (Kon Tum, 2025).
_WHOLE_OF_RATE = re.compile(r"(?<!\w)(?:trong|trên|so\s+với)\s+tổng(?:\s+số)?\s*\Z", re.IGNORECASE)
_HEAD_WORDS = ("trong",)
_HEAD_KIND = "trong tổng số"
# A head whose group is named in words, then a verb before the first figure ("Trong số những
# người trúng cử có 194 ...", "Trong số đó có 20 ...", "Trong số tiền cho vay, có 32% ...").
_GROUP_HEAD = re.compile(r"[^\W\d_][^\d]*?\b(?:có|là|chiếm|với)\s*\Z", re.IGNORECASE)
_MAX_HEAD_CLAUSE = 200  # characters from the head to the comma that ends the total's clause
_COMPLETE_MARKERS = frozenset({"gồm", "bao gồm", "gồm có", "chia ra", "cụ thể"})
# A bracket opened by "cụ thể" after a total's clause lists every part, like "gồm" (Thái Bình,
# 2021: "Tổng số 37 người được giới thiệu ứng cử, cụ thể (Đảng ủy 02 người; HĐND 01 người; ...;
# Đại diện 09 thôn 06 người)"; corpus h81); "cụ thể như" gives examples (_EXAMPLES).
_SPECIFIED = re.compile(r"(?<!\w)cụ\s+thể\s*:?\s*\Z", re.IGNORECASE)
_SPECIFIED_KIND = "cụ thể"
# Markers after which one ``;``-item may be a breakdown of its own (checker._totals._groups),
# and the kind a later item is read as (whole only by its labels).
# A head ("Trong số 325 đại biểu chính thức, có 45 đại biểu đương nhiên và 280 đại biểu bầu
# ...; có 81 đại biểu nữ, 92 đại biểu là người dân tộc thiểu số") reads like "trong đó".
_GROUPED_MARKERS = frozenset({"trong đó", "gồm", "bao gồm", "gồm có", "trong tổng số"})
_LATER_KIND = "trong đó"
# Lists whose total may name their kinds ("330 người chết, mất tích (...)"; "..., trong đó").
_NAMED_LISTS = frozenset({"(", "trong đó", "gồm", "bao gồm", "gồm có"})
# The labels of a dimension (cấp tỉnh, nam/nữ, thành thị/nông thôn, khác/còn lại) are
# vocabulary: hoiquanchung/numbers/data/dimension_labels.toml.
# "cấp huyện trở lên" is cumulative (huyện, tỉnh and above): no level of its own.
_LEVEL = level_pattern()
_SEX = label_pattern("sex", ("việt",))
_AREA = label_pattern("area")
_AND = re.compile(r"\s+và\s+", re.IGNORECASE)
_IS = led_by("l", re.compile(r"\blà\s*\Z", re.IGNORECASE))
_REST = label_pattern("rest")
_EXAMPLES = re.compile(r"\s*(?:cụ\s+thể\s+)?(?:như|chẳng\s+hạn|điển\s+hình)\b", re.IGNORECASE)
_MAX_TOTAL_LOOKBACK = 8  # quantities before a marker that may be its total
# Figures that are never the sum of others: a share, an age ("Độ tuổi trung bình của đại biểu
# là 48 tuổi; trong đó, đại biểu cao tuổi nhất ... 80 tuổi"), a lunar day ("mùng 3 Tết ...
# Trong đó, ngày 30 Tết có 50 trường hợp").
_NEVER_TOTALS = frozenset({"%", "tuổi", "tết"})
_MAX_RUN = 8  # items of a list read as a whole breakdown followed by other items
# A change, not a total: "tăng 3,1 tỷ đồng so với cùng kỳ, trong đó ...".
# A difference, not a part: "182 người trúng cử, ít hơn so với dự kiến 15 người".
_CHANGE_BEFORE = led_by(
    "tgvcní",
    re.compile(
        r"\b(?:tăng|giảm|tăng\s+thêm|giảm\s+đi|vượt|chênh\s+lệch"
        r"|(?:ít|nhiều|cao|thấp)\s+hơn(?:\s+so\s+với\s+[^\d,;:()]{1,24}?)?)\s*\Z",
        re.IGNORECASE,
    ),
)
_CHANGE_LOOKBACK = 40  # characters before a quantity searched for a change
# The last letters of _CHANGE_BEFORE's words (tăng, giảm, thêm, đi, vượt, lệch, hơn) in either
# case, and the letters a case-blind "i" also matches (İ, ı): the letter its match ends with,
# when it does not end with the words after "hơn so với" (speed; the tests check each word).
_CHANGE_LAST = frozenset("gmithnGMITHN\u0130\u0131")
_CHANGE_AFTER = re.compile(r"\s*(?:so\s+với|so\s+cùng\s+kỳ)\b", re.IGNORECASE)
_NEXT_CHAR = re.compile(r"\s*(\S)")
_OPENING = re.compile(r"[ \t\u00a0]*\(")  # a bracket right after a total
_OPENING_FIRST = frozenset(" \t\u00a0(")  # the characters a match of _OPENING starts with
_MAX_BRACKET = 600  # characters of a bracket read as a total's parts (a bound on the work)
# Totals counted in persons, whose parts may be counted in a kind of person (đại biểu).
_PERSONS = frozenset({"người"})
# Words that count persons of any kind, a total of one kind (cán bộ, hội viên) counted in them:
# "36 cán bộ Hội ..., trong đó, cấp Trung ương: 02 chị; cấp tỉnh: 24 chị; ..." (chị: a woman).
_PERSON_WORDS = frozenset({"người", "chị", "đồng chí"})
# Words that count persons of any kind, as a total whose parts are counted by their kind:
# "81 đồng chí được giới thiệu ..., trong đó có 47 nhân sự tái cử, 34 nhân sự tham gia lần đầu".
_ANY_PERSONS = frozenset({"người", "đồng chí"})
# Words for the persons of a kind named at the head of a sentence ("Trong số 72 ứng viên ...
# có 47 trường hợp tái cử và 25 trường hợp ... lần đầu"): a personnel report counts its people
# as comrades (đồng chí) or as cases (trường hợp), and persons (người).
_HEAD_PERSON_WORDS = frozenset({"người", "đồng chí", "trường hợp"})
# A comma between "tỉnh" and "thành phố" (or "xã, phường", "huyện, thị xã"...) that joins two
# kinds of unit in one name, read from the comma ("tỉnh, thành phố có 31 ...").
_UNIT_NAME = r"(?:thành\s+phố|thị\s+xã|thị\s+trấn|phường|quận|huyện|xã|tỉnh|đặc\s+khu)"
_UNITS_JOINED = re.compile(rf",\s*{_UNIT_NAME}\b(?!\s*\d)", re.IGNORECASE)
_UNIT_BEFORE = re.compile(rf"(?<!\w){_UNIT_NAME}\s*\Z", re.IGNORECASE)


def _units_joined(text: str, comma: int) -> bool:
    """Whether the comma at *comma* joins two kinds of unit ("tỉnh, thành phố").

    >>> _units_joined("bộ tỉnh, thành phố có", 7), _units_joined("xã A, xã B có", 4)
    (True, False)
    """
    return (
        _UNITS_JOINED.match(text, comma) is not None
        and _UNIT_BEFORE.search(text, max(0, comma - 12), comma) is not None
    )


# The verb that ends a head's clause before its parts: " có 47 ...".
_HEAD_VERB = re.compile(r"\s(?:có|gồm)\s+(?=\d)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…](?=\s+\S|\s*\Z)")
# The same in a text with no "!", "?" nor "…" (most): led by a literal, which the search finds
# by a fast scan, not by a test of a character class at every character (speed).
_FULL_STOP = re.compile(r"\.(?=\s+\S|\s*\Z)")
# A running total, never a part: "kết nạp 603 đảng viên mới, trong đó: ... 20 đồng chí, đưa
# tổng số đảng viên trong toàn Đảng bộ đạt 74.108 đảng viên" (the list ends where it starts).
_NEW_TOTAL = re.compile(r"\b(?:đưa|nâng)\s+(?:tổng\s+)?số\b", re.IGNORECASE)
_NEW_TOTAL_AT = Gated(_NEW_TOTAL, ("đưa", "nâng"))  # its first words (speed)
# A total of money that also holds goods ("bao gồm tiền mặt, gói bột lọc nước", "gồm tiền và
# hiện vật", "tiền, hàng hóa"): where the goods are counted in packets or boxes, not in đồng,
# the cash parts make only a share of it (a sum above it is still wrong).
_IN_KIND = re.compile(
    r"\b(?:hiện\s+vật|hàng\s+hó[aá]|tiền(?:\s+mặt)?\s*(?:,|\+|và|cùng)\s*(?!\d)[^\W\d_])",
    re.IGNORECASE,
)
_VALUED = re.compile(r"\b(?:quy\s+đổi|trị\s+giá)\b", re.IGNORECASE)  # goods given a value


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of *text*.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by white space (so ``440.977``
    and ``2.147m2`` do not end one) and then a capital, a dash, a bracket or a digit; never
    after an abbreviation before a name (``TP. Huế``:
    :func:`hoiquanchung.checker._abbreviations.abbreviation_before`).

    >>> t = "Có 99 hội. Trong đó 40 hội cấp tỉnh."
    >>> [t[a:b] for a, b in sentences(t)]
    ['Có 99 hội.', ' Trong đó 40 hội cấp tỉnh.']
    >>> t = "Hội TP. Huế trao 120 suất. Trong đó 100 suất."
    >>> [t[a:b] for a, b in sentences(t)]
    ['Hội TP. Huế trao 120 suất.', ' Trong đó 100 suất.']
    """
    # Rules 2, 2b and 2c split the same paragraph: split once (speed; by identity).
    spans: list[tuple[int, int]] = remembered(_SPLIT, text, _split)
    return iter(spans)


_SPLIT: dict[int, tuple[str, list[tuple[int, int]]]] = {}


def _split(text: str) -> list[tuple[int, int]]:
    return list(_sentences(text))


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    ends = _SENTENCE_END if "!" in text or "?" in text or "…" in text else _FULL_STOP
    for m in ends.finditer(text):
        nxt = _NEXT_CHAR.match(text, m.end())  # no copy of the rest: linear in the paragraph
        if nxt is not None and (nxt.group(1).islower() or abbreviation_before(text, m.start())):
            continue  # "... cho 5 hộ. rồi" or "TP. Phan Thiết": no end
        yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)


_BRACKETS = "()[]{}"
# The depths of the last text asked for: rules 2, 2b and 2c read the same paragraph's.
_last_depths: tuple[str, list[int]] = ("", [0])


def _depths(text: str) -> list[int]:
    """Bracket depth at each index of *text* (and one past the end); not to be modified (the
    list of the last text is shared by the rules that ask for it).

    An opening bracket is at the depth outside it, a closing one at the depth after it:

    >>> _depths("a(b)c")
    [0, 0, 1, 0, 0, 0]
    """
    global _last_depths
    last = _last_depths  # read once: another thread may replace it
    if last[0] is text:
        return last[1]
    if "(" not in text and "[" not in text and "{" not in text:
        out = [0] * (len(text) + 1)
    else:
        # The brackets' places by str.find, one kind of bracket at a time, then in order: a
        # paragraph holds few, and a search for a character class tries every character (speed).
        n = len(text)
        places = [at for b in _BRACKETS if b in text for at in occurrences(text, b, 0, n)]
        places.sort()
        depth = done = 0
        out = []
        for i in places:
            out.extend([depth] * (i - done))
            if text[i] in "([{":
                out.append(depth)
                depth += 1
            else:
                depth = max(depth - 1, 0)
                out.append(depth)
            done = i + 1
        out.extend([depth] * (len(text) - done + 1))
    _last_depths = (text, out)
    return out


def may_hold(text: str, words: Sequence[str]) -> bool:
    """Whether *text* may hold a match of a case-blind pattern that needs one of *words*
    (lower case): a cheap test before a search that would try every position of a paragraph.

    >>> may_hold("TRONG ĐÓ 5 hội", _MARKER_WORDS), may_hold("Có 5 hội", _MARKER_WORDS)
    (True, False)
    """
    folded = lowered(text)
    # A letter the search matches to an ASCII letter although lower() does not (rare): search.
    return any(word in folded for word in words) or has_case_twin(text)


def _holds(folded: str, words: Sequence[str]) -> bool:
    """Whether one of *words* is in *folded* (:func:`may_hold` once the lower-case text and
    the case twins are known; a plain loop, no generator; speed)."""
    for word in words:  # noqa: SIM110 (a loop, not any() over a generator: speed)
        if word in folded:
            return True
    return False


def _noun(m: Mention) -> str | None:
    return m.unit.casefold() if m.unit else None


def _of_persons(noun: str | None) -> bool:
    """Whether *noun* counts persons of a kind (``[persons]`` in ``breakdown_kinds.toml``),
    the words after the kind included (*ủy viên chính thức*).

    >>> _of_persons("ủy viên chính"), _of_persons("đại biểu"), _of_persons("hộ"), _of_persons(None)
    (True, True, False, False)
    """
    if noun is None:
        return False
    nouns = person_nouns()
    # The noun itself, or one of them and the words after it: a set look-up and one startswith
    # of every prefix at once, not a generator over the nouns (speed).
    return noun in nouns or noun.startswith(_person_prefixes(nouns))


@functools.cache
def _person_prefixes(nouns: frozenset[str]) -> tuple[str, ...]:
    """Each of *nouns* and the space after it (made once for the set of nouns)."""
    return tuple(n + " " for n in nouns)


def _same_noun(total: str, part: str | None) -> bool:
    """Whether a part counted in *part* counts the total's noun *total*: the same noun, or a
    classifier alone for the classifier with its noun (*60 căn* of *100 căn nhà*, and back).

    >>> _same_noun("căn nhà", "căn"), _same_noun("căn", "căn nhà"), _same_noun("căn nhà", "nhà")
    (True, True, False)
    >>> _same_noun("hội viên", "hội"), _same_noun("suất", "suất")
    (False, True)
    """
    if part is None or part == total:
        return part is not None
    short, long = (part, total) if len(part) < len(total) else (total, part)
    return short in classifier_words() and long.startswith(short + " ")


def _sexed(noun: str | None) -> bool:
    """Whether *noun* counts persons a bracket of the two sexes alone may break down: the
    nouns of ``[persons]`` and of ``[sexed]`` in ``breakdown_kinds.toml`` (*VĐV*, *học sinh*).

    >>> _sexed("vđv"), _sexed("hội viên"), _sexed("hộ"), _sexed(None)
    (True, True, False, False)
    """
    return noun is not None and (_of_persons(noun) or noun in sexed_nouns())


def _kind_noun(total: str, part: str | None) -> str | None:
    """*part*, a part's noun, read as the total's noun *total* when it is that noun followed by
    one kind of a set of ``[[kinds]]`` in ``breakdown_kinds.toml`` (*hộ nghèo*, *hộ cận nghèo*
    of a total in *hộ*: the kind is the part's label); otherwise *part* itself.

    >>> _kind_noun("hộ", "hộ cận nghèo"), _kind_noun("hộ", "hộ dân"), _kind_noun("hộ", None)
    ('hộ', 'hộ dân', None)
    """
    if part is None or not part.startswith(total + " "):
        return part
    rest = " ".join(part[len(total) :].split())
    return total if any(rest in kinds for _, kinds in kinds_of_wholes()) else part


def _in_number(text: str, at: int) -> bool:
    """Whether the comma at *at* is a decimal or group mark of a number ("33,3 tỷ đồng").

    >>> _in_number("33,3 tỷ", 2), _in_number("cấp tỉnh 3, cấp huyện 4", 10)
    (True, False)
    """
    return 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit()


def _items(
    text: str, start: int, stop: int, depth: Sequence[int], level: int = 0
) -> list[tuple[int, int]]:
    """List items in ``text[start:stop]``: split by ``;`` at depth *level*, else by ``,`` and
    *và*."""
    cuts = [(i, i + 1) for i in occurrences(text, ";", start, stop) if depth[i] == level]
    if not cuts:
        cuts = [
            (i, i + 1)
            for i in occurrences(text, ",", start, stop)
            if depth[i] == level and not _in_number(text, i)
        ]
        cuts += [
            (m.start(), m.end())
            for m in _AND.finditer(text, start, stop)
            if depth[m.start()] == level
        ]
        cuts.sort()
    bounds = [start]
    for a, b in cuts:
        bounds += [a, b]
    bounds.append(stop)
    return [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]


def _dimension(labels: Sequence[str]) -> tuple[str, frozenset[str]] | None:
    """The dimension whose distinct values label every item, and the values covered."""
    for name, pattern in (("level", _LEVEL), ("sex", _SEX), ("area", _AREA)):
        keys = []
        for label in labels:
            found = {
                " ".join(re.split(r"\W+", k.casefold())).strip() for k in pattern.findall(label)
            }
            if not found and name == "level":
                found = _below_commune(label)
            if len(found) != 1:
                break
            keys.append(found.pop())
        else:
            if len(set(keys)) == len(keys):
                covered = frozenset(w for k in keys for w in k.replace("và", " ").split())
                return name, covered
    return None


# Ranges of one measure (age, years of membership): "tuổi dưới 55", "tuổi 55 trở lên",
# "từ 30 đến 45 tuổi".  Items whose ranges tile the line from 0 up are a complete partition.
_BELOW = re.compile(r"\bdưới\s+(\d{1,3})\b(?!\s*[.,]\d)", re.IGNORECASE)
_FROM_UP = re.compile(r"(?:\btừ\s+)?(?<!\d[.,])\b(\d{1,3})(?:\s+\w+)?\s+trở\s+lên\b", re.IGNORECASE)
_BETWEEN = re.compile(
    r"\btừ\s+(\d{1,3})(?:\s+\w+)?\s*(?:đến|-|–)\s*(dưới\s+)?(\d{1,3})\b", re.IGNORECASE
)
# "trên 50 tuổi" (round 25, fix25a): above a whole number, so from the next one up ("từ 41 đến
# 50 tuổi, trên 50 tuổi": the two meet); a decimal bound is no whole-number range.
_ABOVE_WHOLE = re.compile(r"\btrên\s+(\d{1,3})\b(?!\s*[.,]\d)", re.IGNORECASE)
# The words of a range and punctuation, taken off a label to leave its frame
# (:func:`_disjoint_ranges`).
_RANGE_WORDS = re.compile(
    r"(?<!\w)(?:"
    + alternation([*bound_words("before"), *bound_words("after"), *range_words()], r"\s+")
    + r")(?!\w)|\d+|[^\w\s]",
    re.IGNORECASE,
)


def _range(label: str) -> tuple[int, int | None] | None:
    """The whole-number range ``[low, high)`` one label names (``high`` ``None``: no end), or
    ``None`` unless it names exactly one.

    >>> _range("tuổi dưới 55 là"), _range("tuổi 55 trở lên là"), _range("từ 30 đến 45 tuổi")
    ((0, 55), (55, None), (30, 46))
    >>> _range("từ 30 đến dưới 45 tuổi"), _range("55 tuổi"), _range("dưới 30 và 60 trở lên")
    ((30, 45), None, None)
    >>> _range("dưới 5,5 năm"), _range("5,5 năm trở lên")  # whole numbers only
    (None, None)
    >>> _range("trên 50 tuổi"), _range("trên 5,5 năm"), _range("từ 50 tuổi trở lên")
    ((51, None), None, (50, None))
    """
    found: list[tuple[int, int | None]] = []
    between = list(_BETWEEN.finditer(label))
    for m in between:
        low, high = int(m.group(1)), int(m.group(3))
        found.append((low, high if m.group(2) else high + 1))
    rest = _BETWEEN.sub(" ", label)
    found += [(0, int(m.group(1))) for m in _BELOW.finditer(rest)]
    found += [(int(m.group(1)), None) for m in _FROM_UP.finditer(rest)]
    rest = _FROM_UP.sub(" ", rest)
    found += [(int(m.group(1)) + 1, None) for m in _ABOVE_WHOLE.finditer(rest)]
    return found[0] if len(found) == 1 else None


def _tiled(labels: Sequence[str]) -> bool:
    """Whether *labels* name ranges that tile ``[0, ∞)`` without gap or overlap: the parts of
    a complete breakdown by age ("tuổi dưới 55", "tuổi 55 trở lên").

    >>> _tiled(["dưới 30 tuổi", "từ 30 đến 50 tuổi", "51 tuổi trở lên"])
    True
    >>> _tiled(["dưới 30 tuổi", "từ 35 tuổi trở lên"]), _tiled(["dưới 30", "dưới 30"])
    (False, False)
    """
    ranges = [_range(label) for label in labels]
    if len(ranges) < 2 or any(r is None for r in ranges):
        return False
    ordered = sorted((r for r in ranges if r is not None), key=lambda r: r[0])
    reach: int | None = 0
    for low, high in ordered:
        if reach is None or low != reach or (high is not None and high <= low):
            return False
        reach = high
    return reach is None


def _disjoint_ranges(labels: Sequence[str]) -> bool:
    """Whether *labels* name ranges of one measure that do not overlap, in one frame: parts
    that cannot overlap, though they need not tile the whole (round 25, fix25a).  "Trong 350
    đại biểu ... 3 đại biểu dưới 30 tuổi, 59 đại biểu từ 30 đến 40 tuổi, 109 đại biểu từ 41 đến
    50 tuổi, 179 đại biểu trên 50 tuổi" (binhphuoc.gov.vn, 2015, pending corpus) tiles; "30
    đảng viên dưới 30 tuổi, 20 đảng viên trên 60 tuổi" does not, and more than the total is
    still wrong.  Near misses: ranges that overlap ("trên 30 năm", "trên 40 năm": cumulative),
    ranges of two measures ("dưới 30 tuổi", "trên 35 năm công tác": the frames differ).

    >>> _disjoint_ranges(["đảng viên dưới 30 tuổi", "đảng viên trên 60 tuổi"])
    True
    >>> _disjoint_ranges(["đảng viên trên 30 năm", "đảng viên trên 40 năm"])
    False
    >>> _disjoint_ranges(["đại biểu dưới 30 tuổi", "đại biểu trên 35 năm công tác"])
    False
    """
    ranges = [_range(label) for label in labels]
    if len(ranges) < 2 or any(r is None for r in ranges):
        return False
    frames = {" ".join(_RANGE_WORDS.sub(" ", label).casefold().split()) for label in labels}
    if len(frames) != 1:
        return False
    ordered = sorted((r for r in ranges if r is not None), key=lambda r: r[0])
    for (low, high), (next_low, _) in itertools.pairwise(ordered):
        if high is None or high <= low or high > next_low:
            return False
    return True


def _noun_dimension(
    total: Mention, labels: Sequence[str]
) -> tuple[tuple[str, frozenset[str]] | None, bool]:
    """The dimension of ``breakdown_kinds.toml`` for the total's noun whose distinct values
    label every item, and whether they are all its values (``(None, False)`` when none).

    >>> from hoiquanchung.checker import extract
    >>> total = extract("43 đại biểu")[0]
    >>> (name, values), whole = _noun_dimension(total, ["đại biểu đương nhiên", "được bầu"])
    >>> name, sorted(values), whole
    ('delegate', ['bầu', 'đương nhiên'], False)
    >>> _noun_dimension(total, ["đại biểu nữ", "đại biểu được bầu"])
    (None, False)
    """
    noun = " ".join((total.unit or "").casefold().split())
    for name, nouns, pattern, complete in label_dimensions(bracketed=True):
        if nouns and not any(noun == n or noun.startswith(n + " ") for n in nouns):
            continue
        keys = []
        for label in labels:
            found = {canonical_value(name, k) for k in pattern.findall(label)}
            if len(found) != 1:
                break
            keys.append(found.pop())
        else:
            if len(set(keys)) == len(keys):
                return (name, frozenset(keys)), complete <= set(keys)
    return None, False


def _agrees_nested(
    total: Mention, parts: Sequence[Mention], labels: Sequence[str], name: str
) -> bool:
    """Whether the parts add up to the total once those labelled by a value that may be
    counted inside another (*tự ứng cử* inside *địa phương*) are left out."""
    nested = nested_values(name)
    if not nested:
        return False
    kept = [
        p.value
        for p, label in zip(parts, labels, strict=True)
        if not any(v in " ".join(label.casefold().split()) for v in nested)
    ]
    if len(kept) == len(parts):
        return False
    rest = Decimal(0)
    for value in kept:
        rest = _EXACT.add(rest, value)
    return sum_contradicts(total.quantity, rest) is None


def disjoint_parts(
    labels: Sequence[str], unit: str | None = None, lead: str = ""
) -> tuple[str, frozenset[str]] | None:
    """Distinct kinds of one set of ``breakdown_kinds.toml`` (*hộ nghèo*, *hộ cận nghèo*), or
    distinct administrative units of one tier each named by its proper name (*xã A*, *xã B*),
    one to each label: parts that cannot overlap, though they need not be the whole (*unit*,
    the total's unit, and *lead*, the text before the list: see
    :func:`hoiquanchung.checker._kinds.distinct_kinds`).

    >>> name, values = disjoint_parts([" tại xã Tân Phú", " tại thị trấn Ngã Sáu"])
    >>> name, sorted(values)
    ('place:commune', ['ngã sáu', 'tân phú'])
    >>> name, values = disjoint_parts([" cho hộ nghèo", " cho hộ cận nghèo"])
    >>> name, sorted(values)
    ('poverty', ['cận nghèo', 'nghèo'])
    >>> disjoint_parts([" tại xã A", " tại huyện B"]), disjoint_parts([" tại xã A", " tại xã A"])
    (None, None)
    >>> disjoint_parts([" tại các xã", " tại xã B"])
    >>> disjoint_parts([" tại TP Vị Thanh", " tại TP Ngã Bảy"])
    """
    kinds = distinct_kinds(labels, unit, lead)
    if kinds is not None:
        return kinds
    tiers, names = set(), []
    for label in labels:
        places = named_places(label)
        if len(places) != 1:
            return None
        ((tier, place),) = places
        if tier is None or place is None:
            return None  # "thành phố" (a province or a district), "xã nghèo": no one unit
        tiers.add(tier)
        names.append(place.casefold())
    if len(tiers) != 1 or len(set(names)) != len(names):
        return None  # units of two tiers may nest; the same unit twice is no partition
    return f"place:{tiers.pop()}", frozenset(names)


def _casualty_kinds(tails: Sequence[str]) -> bool:
    """Whether a tail names a casualty (*chết*, *mất tích*, *bị thương*): such lists are read by
    the rules of tolls (named kinds, province lines), which know when they are a total's."""
    values = named_values("casualty")
    return any(
        re.search(rf"(?<!\w){re.escape(v)}(?!\w)", tail, re.IGNORECASE)
        for tail in tails
        for v in values
    )


def _complete(dimension: tuple[str, frozenset[str]] | None) -> bool:
    """Whether the labels cover every value of their dimension."""
    if dimension is None:
        return False
    name, covered = dimension
    if name == "level":
        # The three tiers until 30/6/2025 (tỉnh, huyện, xã; "cơ sở" is the commune level).
        return {"tỉnh", "huyện"} <= covered and bool({"xã", "sở"} & covered)
    return True  # nam + nữ; thành thị + nông thôn


def check_totals(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of :func:`_rule_2`, then those of the places listed after a total
    (:mod:`hoiquanchung.checker._place_lists`) that say what no other reading has said."""
    if len(context.mentions) < 3:
        yield from _rule_2(context)
        return
    reported: set[tuple[int, int, str | None]] = set()
    for finding in _rule_2(context):
        reported.add((finding.line or 0, finding.column or 0, finding.computed))
        yield finding
    yield from place_lists(context, reported)


def _rule_2(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2 in one paragraph, then those of its medal tallies
    (:mod:`hoiquanchung.checker._medals`) of its OCOP products by stars
    (:mod:`hoiquanchung.checker._ocop_stars`) and of its prizes by grade
    (:mod:`hoiquanchung.checker._prizes`) and of its economic units by legal form
    (:mod:`hoiquanchung.checker._legal_forms`) and of its GRDP by sector
    (:mod:`hoiquanchung.checker._sectors`) on totals no other reading has reported."""
    if len(context.mentions) < 3:
        # No tally of medals, stars or prizes in fewer than three figures (a total and two
        # parts): their words are not looked for (speed).
        yield from _check_totals(context)
        return
    folded = lowered(context.paragraph.text)
    # Every medal word holds "hc" or is "huy chương": two scans of most paragraphs, not five
    # (speed; the tests hold MEDAL_WORDS to it).
    medals = ("hc" in folded or "huy chương" in folded) and _holds(folded, MEDAL_WORDS)
    ocop = _holds(folded, OCOP_WORDS)
    prizes = _holds(folded, PRIZE_WORDS)
    # Units by legal form: a count of units (its noun, a set look-up per figure) before the
    # paragraph's words (speed).  A GRDP by sector: two words.
    forms = has_units_total(context.mentions) and _holds(folded, FORM_WORDS)
    sectors = _holds(folded, SECTOR_WORDS)
    if not (medals or ocop or prizes or forms or sectors):
        yield from _check_totals(context)
        return
    reported = set()
    for finding in _check_totals(context):
        reported.add((finding.line, finding.column))
        yield finding
    paragraph, mentions, file = context.paragraph, context.mentions, context.file
    scales = (
        medal_tallies(paragraph, mentions, file) if medals else iter(()),
        ocop_stars(paragraph, mentions, file) if ocop else iter(()),
        prize_grades(paragraph, mentions, file) if prizes else iter(()),
        legal_form_lists(paragraph, mentions, file) if forms else iter(()),
        sector_amounts(paragraph, mentions, file) if sectors else iter(()),
    )
    for finding in itertools.chain(*scales):
        if (finding.line, finding.column) not in reported:
            reported.add((finding.line, finding.column))
            yield finding


def _check_totals(context: ParagraphContext) -> Iterator[Finding]:
    """Findings of rule 2 in one paragraph, but the medal tallies."""
    paragraph, mentions, file = context.paragraph, context.mentions, context.file
    text = paragraph.text
    # A toll that names its kinds, remembered for its province lines in the paragraphs after
    # it while they go on (see ``_TOLL_STATE``).
    states = context.state.rule_states
    toll = _toll_kinds(text)
    if toll is not None:
        states[_TOLL_STATE] = (toll, _paragraph_end(paragraph))
    elif _TOLL_STATE in states:
        kinds, end = states[_TOLL_STATE]
        if _next_paragraph(end, paragraph) and _toll_line_opens(text):
            yield from _toll_lines(context, kinds)
            states[_TOLL_STATE] = (kinds, _paragraph_end(paragraph))
        else:
            del states[_TOLL_STATE]
    if len(mentions) < 2:
        return
    # may_hold for each group of words, the lower-case text and the case twins read once for
    # the paragraph, the words tried in a plain loop (no generator; speed).
    folded, twin = lowered(text), has_case_twin(text)
    if twin or _holds(folded, _SEATS_WORDS):
        yield from _seats(paragraph, mentions, file)
    if twin or _holds(folded, _UNIT_WORDS):
        yield from _unit_kinds(paragraph, mentions, file)
        if twin or _holds(folded, _ARRANGED_WORDS):
            yield from _arranged_units(paragraph, mentions, file)
    if twin or _holds(folded, _PROVINCE_OPENERS):
        yield from _by_province(paragraph, mentions, file)
    if twin or _holds(folded, _COUNTED_WORDS):
        yield from _shared_by_count(paragraph, mentions, file)
    if twin or _holds(folded, _PARTY_WORDS):
        yield from _party_bases(paragraph, mentions, file)
    marked = twin or _holds(folded, _MARKER_WORDS)
    bracketed = "(" in text
    headed = twin or _holds(folded, _HEAD_WORDS)
    if not marked and not bracketed and not headed:
        return  # no marker, no bracket and no head in any sentence
    depth: list[int] | None = None
    # Where the figures start (in order: a sentence's mentions by bisection), and the figures
    # that are no fraction's terms with where they start and end: the paragraph's index, made
    # once for the rules of the paragraph (a sentence's are a slice of them, by bisection).
    index = paragraph_index(context)
    starts = index.starts
    plain, plain_starts, plain_ends = index.plain, index.plain_starts, index.plain_ends
    for s_start, s_end in sentences(text):
        first, stop = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
        if stop - first < 2:
            continue
        in_sentence = mentions[first:stop]
        p_first = bisect.bisect_left(plain_starts, s_start)
        p_stop = bisect.bisect_left(plain_starts, s_end, p_first)
        local = plain[p_first:p_stop]
        fractions = len(local) < len(in_sentence)  # parts may be fractions' numerators
        if len(local) < 2 and not fractions:
            continue
        # The sentence's markers, found once for this test and for _check_sentence: the first
        # of them is what a search finds (speed: the sentence is not searched twice).
        markers = _markers(text, s_start, s_end) if marked else []
        marker = markers[0] if markers else None
        opened = bracketed and text.find("(", s_start, s_end) != -1
        head = _HEAD.match(text, s_start, s_end) if headed else None
        if marker is None and not opened and head is None:
            continue
        if depth is None:
            depth = _depths(text)
        if opened and fractions:
            yield from _numerators(paragraph, in_sentence, s_end, depth, file)
        if len(local) < 2:
            continue
        if head is not None:
            yield from _headed(paragraph, local, head.end(), s_end, depth, file)
        if marker is not None:
            yield from _check_sentence(
                paragraph,
                local,
                s_start,
                s_end,
                depth,
                file,
                plain_starts[p_first:p_stop],
                plain_ends[p_first:p_stop],
            )
        if opened:
            yield from _bracketed(paragraph, local, s_start, s_end, depth, file)
            yield from _counted_units(paragraph, local, depth, file)


# Seats of an elected body: the seats, those elected and those left open ("Số lượng BCH ... là
# 33 đồng chí, tại Đại hội bầu 31 đồng chí, khuyết 02 đồng chí"; "có 277 đại biểu được bầu ...,
# trong đó trúng cử 276 người, thiếu 1 người so với số lượng ấn định").  Elected + open = seats.
_SEATS_WORDS = ("khuyết", "thiếu")
_OPEN_BEFORE = re.compile(r"(?<!\w)(?<!dự\s)(?:còn\s+)?(?:khuyết|thiếu)\s+\Z", re.IGNORECASE)
_OPEN_LAST = frozenset("tTuU")  # the last letters of khuyết and thiếu, in either case
# Between the elected and the open: a comma (or "và") and nothing else.
_OPEN_LINK = re.compile(r"\s*(?:,|;)?\s*(?:và\s+)?(?:còn\s+)?(?:khuyết|thiếu)\s+\Z", re.IGNORECASE)
_ELECTED_BEFORE = re.compile(
    r"(?<!\w)(?:(?:được\s+)?bầu(?:\s+được)?|trúng\s+cử)\s*(?::\s*)?\Z", re.IGNORECASE
)
# Between the seats and the verb of the elected: one clause break, no figure, no ";".
_SEATS_GAP = re.compile(r"[^\d;:()]{0,80}?,[^\d;,:()]{0,40}\Z")
_SEATS_LOOKBACK = 60  # characters before a figure searched for its verb


def _seats(
    paragraph: Paragraph, mentions: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    """``total-mismatch`` when the seats of a body are not those elected plus those left open,
    three exact counts of one noun in a row (the elected and the open counted in *người* for a
    total of persons of a kind), the seats' clause closed by a comma before the verb of the
    elected (*bầu*, *trúng cử*), the open named by *khuyết* / *thiếu* right after the elected.

    >>> from hoiquanchung.checker._text import Splitter
    >>> def codes(text):
    ...     [para] = Splitter().feed(text)
    ...     return [f.computed for f in _seats(para, ParagraphContext.of(para).mentions, None)]
    >>> codes("BTV gồm 9 đồng chí, bầu 7 đồng chí, khuyết 01 đồng chí.")
    ['8 đồng chí']
    >>> codes("BTV gồm 9 đồng chí, bầu 8 đồng chí, khuyết 01 đồng chí.")
    []
    >>> codes("Đại hội có 150 đại biểu, bầu 31 đồng chí vào BCH, khuyết 2 đồng chí.")
    []
    """
    text, base = paragraph.text, paragraph.offset
    for k in range(2, len(mentions)):
        total, elected, open_ = mentions[k - 2], mentions[k - 1], mentions[k]
        o_at, e_at = open_.start - base, elected.start - base
        # The search ends its match right before the figure: white space, and before it the
        # last letter of khuyết / thiếu; anything else, no search (speed).
        lo = max(0, o_at - 20)
        last = o_at
        while last > lo and text[last - 1].isspace():
            last -= 1
        if last in (o_at, lo) or text[last - 1] not in _OPEN_LAST:
            continue
        if not _OPEN_BEFORE.search(text, lo, o_at):
            continue
        if not _OPEN_LINK.match(text, elected.end - base, o_at):
            continue
        verb = _ELECTED_BEFORE.search(text, max(0, e_at - _SEATS_LOOKBACK), e_at)
        if verb is None or not _SEATS_GAP.fullmatch(text, total.end - base, verb.start()):
            continue
        if any(
            m.bound is not Bound.EXACT or m.fraction is not None or m.range_end is not None
            for m in (total, elected, open_)
        ):
            continue
        noun, e_noun, o_noun = _noun(total), _noun(elected), _noun(open_)
        if noun is None or e_noun != o_noun:
            continue
        if e_noun != noun and not (e_noun in _PERSONS and _of_persons(noun)):
            continue  # "150 đại biểu, bầu 31 đồng chí ..., khuyết 2 đồng chí": other persons
        if _is_change(text, total.start - base, total.end - base):
            continue
        total_sum = sum_of_parts([elected, open_])
        if sum_contradicts(total.quantity, total_sum) is None:
            continue
        yield mismatch(paragraph, total, [elected, open_], total_sum, Severity.ERROR, file)


def _bracketed(
    paragraph: Paragraph,
    local: Sequence[Mention],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    file: str | None,
) -> Iterator[Finding]:
    """A total and, in the bracket after it, nothing but its parts, labelled by every value of
    one dimension: "chọn cử là 583 người (91 đại biểu do các tổ chức thành viên ở Trung ương cử
    và 492 đại biểu của các địa phương ...)".  The bracket may open with a marker ("(trong đó:
    cấp tỉnh 3 hộ, ...)"), read as the marker's list; it may follow the total's clause when
    nothing but rates stands between them ("554 hộ nông dân đăng ký, đạt 100,3% chỉ tiêu giao
    (cấp tỉnh có 3 hộ, cấp huyện có 13 hộ, cấp xã 538 hộ)"), its parts then of the total's noun
    itself."""
    text, base = paragraph.text, paragraph.offset
    starts = [m.start - base for m in local]
    lists = _bracket_lists(text, local, base, s_start, s_end, depth)
    for total, noun, at, close, adjacent in lists:
        start, kind = at + 1, "("
        lead = len(text[start:close]) - len(text[start:close].lstrip())
        marker = _MARKER.match(text, start + lead, close)
        if marker is not None:
            start, kind = marker.end(), _SPACES.sub(" ", marker.group("m").casefold())
            if kind == "với" or _MARKER_AT.search(text, start, close):
                continue  # "(với ...)" is no list; two markers: no simple list
        elif _MARKER_AT.search(text, at, close):
            continue  # a marker inside the bracket, not at its head: no simple list
        elif not adjacent and _SPECIFIED.search(text, max(0, at - 12), at):
            kind = (
                _SPECIFIED_KIND  # "37 người được giới thiệu ứng cử, cụ thể (Đảng ủy 02 người; ...)"
            )
        if _EXAMPLES.match(text, start):
            continue  # "(như ...)", "(trong đó cụ thể như ...)": examples
        inside = local[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, close)]
        if kind == _SPECIFIED_KIND:
            inside = _without_labels(text, base, noun, inside)
        if bisect.bisect_left(starts, at) != bisect.bisect_left(starts, start):
            continue  # a figure before the marker: no list of parts alone
        inside = _counted_bare(text, base, inside)
        if len(inside) > 1 and all(m.unit is None for m in inside):
            # "80 tổ chức Đảng (khiển trách 57, cảnh cáo 23)": bare counts, each after a value
            # of one dimension, counted in the total's noun.
            inside = _bare_whole(text, base, total, inside, start, close, depth, 1, True) or inside
        if adjacent and kind == "(":
            inside = _counted_values(text, base, total, inside)
        nouns = {_kind_noun(noun, _noun(m)) for m in inside}
        if len(nouns) > 2:
            # "1.286 phương tiện các loại (832 ô tô, 133 tàu xuồng, ..., 219 phương tiện khác)"
            inside = _closed_by_rest(text, base, total, noun, inside, close)
            nouns = {_kind_noun(noun, _noun(m)) for m in inside}
        if nouns != {noun}:
            # "2.886 đơn (gồm 359 đơn khiếu nại; 122 đơn tố cáo và ...)": the total's noun with
            # a kind of its own, the kind read as the part's label.
            inside = _noun_then_kind(text, base, total, noun, inside)
            nouns = {_kind_noun(noun, _noun(m)) for m in inside}
        if len(inside) < 2 or len(nouns) != 1 or any(depth[m.start - base] != 1 for m in inside):
            continue  # every figure in the bracket a part, all of one noun, none deeper
        (part_noun,) = nouns
        # "18 chủ tịch (trong đó có 12 đồng chí tái cử, 06 đồng chí được bầu mới)": persons of
        # a kind counted by the word for a person, in the bracket right after them.
        kin = adjacent and part_noun in _PERSON_WORDS and _of_persons(noun)
        # "100 căn nhà (60 căn xây mới, 40 căn sửa chữa)": a classifier alone counts its noun.
        same = _same_noun(noun, part_noun)
        if not same and not kin and (noun not in _PERSONS or not adjacent or kind != "("):
            continue  # parts of another noun: only a total counted in "người" holds them
        for finding in _partition(
            paragraph, total, inside, kind, start, close, depth, file, level=1
        ):
            if not kin or finding.severity is not Severity.INFO:
                yield finding  # persons of a kind may be some of the total's only


def _without_labels(
    text: str, base: int, noun: str, inside: Sequence[Mention]
) -> Sequence[Mention]:
    """*inside* without the figures of another noun than *noun* that name a part's label, a
    figure of *noun* following them in the same item ("Đại diện 09 thôn 06 người": the 09
    villages are who the 06 persons represent).

    >>> from hoiquanchung.checker import extract
    >>> t = "(Đảng ủy 02 người; Đại diện 09 thôn 06 người; 3 xã)"
    >>> [m.text for m in _without_labels(t, 0, "người", extract(t))]
    ['02 người', '06 người', '3 xã']
    """
    kept = []
    for i, m in enumerate(inside):
        nxt = inside[i + 1] if i + 1 < len(inside) else None
        if (
            nxt is not None
            and _noun(m) != noun
            and _noun(nxt) == noun
            and _LABEL_GAP.fullmatch(text, m.end - base, nxt.start - base) is not None
        ):
            continue
        kept.append(m)
    return kept


_LABEL_GAP = re.compile(r"[ \t\u00a0]+")  # a figure of a label right before its part


# A bare count that ends its item after a label ("xây mới 15)", "xây mới 15,"): the noun of
# the part before it is understood.
_BARE_END = re.compile(r"[ \t\u00a0]*(?:[,;)]|và\b)", re.IGNORECASE)
_BARE_LABEL = re.compile(r"[^\W\d_]{2,}[ \t\u00a0]+\Z")
# Words after which a bare number is an ordinal, a date or an age, not a count.
_ORDINAL_BEFORE = re.compile(
    r"(?<!\w)(?:đợt|lần|lớp|khóa|khoá|số|thứ|kỳ|năm|tháng|ngày|quý|tuổi|giờ|phút|điểm|hạng|"
    r"loại|tổ|xóm|thôn|ấp|khu|phường|quận|tập|chương|điều|khoản)[ \t\u00a0]+\Z",
    re.IGNORECASE,
)


def _bare_whole(
    text: str,
    base: int,
    total: Mention,
    after: Sequence[Mention],
    start: int,
    stop: int,
    depth: Sequence[int],
    level: int = 0,
    some: bool = False,
) -> list[Mention]:
    """The figures of *after* (the list ``text[start:stop]``, at bracket depth *level*) counted
    in *total*'s noun when
    every one is a bare whole count, one an item, and the items' labels name every value of one
    dimension (:func:`_labelled`): "780 hội, trong đó hội có phạm vi hoạt động trong tỉnh là 68;
    ... trong huyện là 136; ... trong xã là 576" (kiengiang-snv-2023-780hoi).  A list naming
    some values only, or any other figure in it, is none: a bare number may count something
    else.

    >>> from hoiquanchung.checker import extract
    >>> t = "780 hội, trong đó cấp tỉnh là 68; cấp huyện là 136; cấp xã là 576."
    >>> ms = extract(t)
    >>> [(m.value, m.unit) for m in _bare_whole(t, 0, ms[0], ms[1:], 9, len(t) - 1, _depths(t))]
    [(Decimal('68'), 'hội'), (Decimal('136'), 'hội'), (Decimal('576'), 'hội')]
    >>> t = "780 hội, trong đó cấp tỉnh là 68; cấp huyện là 136."
    >>> _bare_whole(t, 0, ms[0], extract(t)[1:], 9, len(t) - 1, _depths(t))
    []

    With *some*, labels naming distinct values of one dimension that are not all of them do
    too (a bracket of grades of discipline: "80 tổ chức Đảng (khiển trách 57, cảnh cáo 23)";
    :func:`_partition` then reads them as some values only).

    >>> t = "80 tổ chức Đảng (khiển trách 57, cách chức 23)"
    >>> ms = extract(t)
    >>> [m.unit for m in _bare_whole(t, 0, ms[0], ms[1:], 17, len(t) - 1, _depths(t), 1, True)]
    ['tổ chức', 'tổ chức']
    """
    inside = [m for m in after if m.start - base < stop]
    if len(inside) < 2 or total.unit is None or total.bound is not Bound.EXACT:
        return []
    for m in inside:
        if (
            m.unit is not None
            or m.fraction is not None
            or m.range_end is not None
            or m.bound is not Bound.EXACT
            or m.value != m.value.to_integral_value()
            or depth[m.start - base] != level
            or _YEAR_LIKE.fullmatch(m.text)
            or _ORDINAL_BEFORE.search(text, max(0, m.start - base - 40), m.start - base)
        ):
            return []
    items = _items(text, start, stop, depth, level)
    if len(items) != len(inside):
        return []
    labels = []
    for (a, b), m in zip(items, inside, strict=True):
        if not a <= m.start - base < m.end - base <= b:
            return []
        labels.append(text[a : m.start - base] + " " + text[m.end - base : b])
    dimension, whole = _labelled(total, labels)
    if dimension is None or not (whole or some):
        return []
    return [attrs.evolve(m, quantity=attrs.evolve(m.quantity, unit=total.unit)) for m in inside]


def _counted_values(
    text: str, base: int, total: Mention, inside: Sequence[Mention]
) -> Sequence[Mention]:
    """*inside* (the figures of a bracket right after *total*) counted in the total's noun when
    each is a figure and a value of one dimension, and nothing else, and the values are all of
    it: "55 mô hình (29 tập thể, 26 cá nhân)", "52 đại biểu (18 nữ, 34 nam)" (the value is read
    as the figure's noun).  Otherwise *inside* as it is.

    >>> from hoiquanchung.checker import extract
    >>> t = "55 mô hình (29 tập thể, 26 cá nhân)"
    >>> total, *parts = extract(t)
    >>> [(m.unit, t[m.end :][:8]) for m in _counted_values(t, 0, total, parts)]
    [('mô hình', ' tập thể'), ('mô hình', ' cá nhân')]
    >>> t = "55 mô hình (29 tập thể, 26 hộ)"
    >>> total, *parts = extract(t)
    >>> [m.unit for m in _counted_values(t, 0, total, parts)]
    ['tập thể', 'hộ']
    """
    if len(inside) < 2 or total.unit is None or any(m.unit is None for m in inside):
        return inside
    units = [m.unit or "" for m in inside]
    if len(set(units)) != len(units) or total.unit in units:
        return inside
    dimension, whole = _labelled(total, units)
    if dimension is None or not whole:
        return inside
    if dimension[0] == "sex" and not (_sexed(total.unit) or total.unit in _ANY_PERSONS):
        return inside  # "52 hộ (18 nữ, 34 nam)": the sex of whom?
    out = []
    for m in inside:
        written = text[m.start - base : m.end - base]
        number = _LEADING_FIGURE.match(written)
        if number is None or not written.endswith(m.unit or ""):
            return inside
        out.append(
            attrs.evolve(
                m,
                end=m.start + number.end(),
                quantity=attrs.evolve(m.quantity, unit=total.unit),
            )
        )
    return out


_LEADING_FIGURE = re.compile(r"\d[\d.,]*")


_REST_ITEM = re.compile(r"[ \t\u00a0]*(?:khác|còn\s+lại)[ \t\u00a0.]*\Z", re.IGNORECASE)


def _closed_by_rest(
    text: str, base: int, total: Mention, noun: str, inside: Sequence[Mention], close: int
) -> Sequence[Mention]:
    """*inside* (the figures of a bracket, up to *close*) counted in the total's unit when the
    last counts the total's noun *noun* as the rest (*khác*, *còn lại*, nothing after it) and
    every other one a noun of its own, distinct, not *noun*: "1.286 phương tiện các loại (832 ô
    tô, 133 tàu xuồng, ..., 219 phương tiện khác)" (thanhnien.vn, 2025) lists kinds of the total
    that the rest completes.  Otherwise *inside* as it is.

    >>> from hoiquanchung.checker import extract
    >>> t = "100 phương tiện (60 ô tô, 30 tàu xuồng, 10 phương tiện khác)"
    >>> total, *parts = extract(t)
    >>> [m.unit for m in _closed_by_rest(t, 0, total, "phương tiện", parts, len(t) - 1)]
    ['phương tiện', 'phương tiện', 'phương tiện']
    >>> t = "100 phương tiện (60 ô tô, 30 ô tô, 10 phương tiện khác)"
    >>> total, *parts = extract(t)
    >>> [m.unit for m in _closed_by_rest(t, 0, total, "phương tiện", parts, len(t) - 1)]
    ['ô tô', 'ô tô', 'phương tiện']
    """
    *kinds, last = inside
    others = [_noun(m) for m in kinds]
    if (
        len(kinds) < 2
        or _noun(last) != noun
        or not _REST_ITEM.match(text, last.end - base, close)
        or any(n is None or n == "%" or _same_noun(noun, n) for n in others)
        or len(set(others)) != len(others)
        or any(m.bound is not Bound.EXACT for m in inside)
    ):
        return inside
    return [attrs.evolve(m, quantity=attrs.evolve(m.quantity, unit=total.unit)) for m in inside]


def _noun_then_kind(
    text: str, base: int, total: Mention, noun: str, inside: Sequence[Mention]
) -> Sequence[Mention]:
    """*inside* with each figure counted in *noun* (the total's) followed by more words ("359
    đơn khiếu nại" of "2.886 đơn") ending right after *noun*, counted in the total's unit: the
    words after it are the part's label (a kind), read as such by :func:`_partition`.  Unless
    every figure is counted in *noun*, or in *noun* and more words, *inside* as it is.

    >>> from hoiquanchung.checker import extract
    >>> t = "2.886 đơn (359 đơn khiếu nại, 122 đơn tố cáo)"
    >>> total, *parts = extract(t)
    >>> [(m.unit, t[m.end :][:10]) for m in _noun_then_kind(t, 0, total, "đơn", parts)]
    [('đơn', ' khiếu nại'), ('đơn', ' tố cáo)')]
    >>> t = "2.886 đơn (359 đơn khiếu nại, 122 hộ)"
    >>> total, *parts = extract(t)
    >>> [m.unit for m in _noun_then_kind(t, 0, total, "đơn", parts)]
    ['đơn khiếu nại', 'hộ']
    """
    out = []
    for m in inside:
        part = _noun(m)
        if part == noun:
            out.append(m)
            continue
        written = text[m.start - base : m.end - base]
        number = _LEADING_FIGURE.match(written)
        if part is None or number is None or not part.startswith(noun + " "):
            return inside
        at = len(written) - len(written[number.end() :].lstrip())
        if written[at : at + len(noun)].casefold() != noun:
            return inside
        out.append(
            attrs.evolve(
                m,
                end=m.start + at + len(noun),
                quantity=attrs.evolve(m.quantity, unit=total.unit),
            )
        )
    return out


def _counted_bare(text: str, base: int, inside: Sequence[Mention]) -> Sequence[Mention]:
    """*inside* (the figures of a bracket) with a bare whole count that ends its item right
    after a word of its label counted in the noun of the part before it: "54 nhà (sửa chữa
    39 nhà, xây mới 15)" (15 nhà).  The list is then read only when its labels make a whole
    (:func:`_partition`), so an understood noun never makes a partial list.

    >>> from hoiquanchung.checker import extract
    >>> t = "54 nhà (sửa chữa 39 nhà, xây mới 15)"
    >>> [m.unit for m in _counted_bare(t, 0, extract(t)[1:])]
    ['nhà', 'nhà']
    >>> t = "54 nhà (sửa chữa 39 nhà, khu 15)"
    >>> [m.unit for m in _counted_bare(t, 0, extract(t)[1:])]
    ['nhà', None]
    """
    if all(m.unit is not None for m in inside):
        return inside
    out = list(inside)
    for k in range(1, len(out)):
        m, before = out[k], out[k - 1]
        if (
            m.unit is not None
            or before.unit is None
            or m.fraction is not None
            or m.range_end is not None
            or m.bound is not Bound.EXACT
            or m.value != m.value.to_integral_value()
            or _YEAR_LIKE.fullmatch(m.text)
            or not _BARE_END.match(text, m.end - base)
            or not _BARE_LABEL.search(text, max(0, m.start - base - 40), m.start - base)
            or _ORDINAL_BEFORE.search(text, max(0, m.start - base - 40), m.start - base)
        ):
            continue
        out[k] = attrs.evolve(m, quantity=attrs.evolve(m.quantity, unit=before.unit))
    return out


_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


# "36 hộ nghèo thuộc 3 xã Bình Khánh (13 hộ), An Thới Đông (17 hộ) và Tam Thôn Hiệp (6 hộ)".
_OF_UNITS = re.compile(
    r"[ \t\u00a0]+(?:[^\W\d_]+[ \t\u00a0]+){0,3}?(?:thuộc|tại|ở|của)[ \t\u00a0]+", re.IGNORECASE
)  # a few words of the total's noun ("50 suất quà tại"), then the link to the units
_NAME = r"(?P<name>[^\W\d_][^()\[\]{}\d;:,.!?]{0,60}?)[ \t\u00a0]*\((?P<inner>[^()]*)\)"
_FIRST_UNIT = re.compile(r"[ \t\u00a0]+" + _NAME)
_NEXT_UNIT = re.compile(r"(?:,[ \t\u00a0]*|[ \t\u00a0]+và[ \t\u00a0]+)" + _NAME, re.IGNORECASE)
_LIST_END = re.compile(r"[ \t\u00a0]*(?:[.;!?]|\Z)")


def _counted_units(
    paragraph: Paragraph, local: Sequence[Mention], depth: Sequence[int], file: str | None
) -> Iterator[Finding]:
    """A total of *k* units each named with its part in a bracket, nothing else: "36 hộ nghèo
    thuộc 3 xã Bình Khánh (13 hộ), An Thới Đông (17 hộ) và Tam Thôn Hiệp (6 hộ)".  The count
    *k* of units (a tier of ``[places]`` or ``[bodies]``) says the list is whole: exactly *k*
    proper names, each with a bracket holding one figure of the total's noun and nothing else,
    the list ending its sentence or clause.  Parts that do not make the total are an error."""
    text, base = paragraph.text, paragraph.offset
    tiers = place_tiers()
    for i in range(len(local) - 1):
        total, count = local[i], local[i + 1]
        noun = _noun(total)
        if (
            noun is None
            or _noun(count) not in tiers
            or count.bound is not Bound.EXACT
            or total.bound is not Bound.EXACT
            or depth[total.start - base] != 0
            or _OF_UNITS.fullmatch(text, total.end - base, count.start - base) is None
        ):
            continue
        k = count.value
        if k != k.to_integral_value() or not 2 <= k <= 20:
            continue
        at, parts = count.end - base, list[Mention]()
        rest = local[i + 2 :]
        while len(parts) < k:
            item = (_NEXT_UNIT if parts else _FIRST_UNIT).match(text, at)
            if item is None or len(rest) <= len(parts):
                break
            part = rest[len(parts)]
            name = item.group("name").split()
            if name and name[0].casefold() in tiers:
                name = name[1:]  # "xã Bình Khánh (13 hộ)": the unit word before the name
            inner = item.group("inner").strip()
            if (
                not name
                or not all(w[0].isupper() for w in name)
                or part.start - base != item.start("inner") + item.group("inner").find(inner)
                or part.text != inner
                or part.bound is not Bound.EXACT
                or not (_noun(part) == noun or noun.startswith(f"{_noun(part)} "))
            ):
                break
            parts.append(part)
            at = item.end()
        if len(parts) != k or _LIST_END.match(text, at) is None:
            continue
        total_sum = sum_of_parts(parts)
        if sum_contradicts(total.quantity, total_sum) is not None:
            yield mismatch(paragraph, total, parts, total_sum, Severity.ERROR, file)


def sum_of_parts(parts: Sequence[Mention]) -> Decimal:
    """The exact sum of the values of *parts*."""
    total_sum = Decimal(0)
    for p in parts:
        total_sum = _EXACT.add(total_sum, p.value)
    return total_sum


def _sum_values(values: Sequence[Decimal]) -> Decimal:
    """The exact sum of *values*."""
    total_sum = Decimal(0)
    for v in values:
        total_sum = _EXACT.add(total_sum, v)
    return total_sum


def mismatch(
    paragraph: Paragraph,
    total: Mention,
    parts: Sequence[Mention],
    total_sum: Decimal,
    severity: Severity,
    file: str | None,
) -> Finding:
    """The ``total-mismatch`` of *total* whose *parts* add up to *total_sum*; a part made of a
    run of counts (:func:`_declared`) is written as its counts."""
    terms: list[Decimal] = []
    for p in parts:
        run = [q.quantity.value for q in find_quantities(p.text)] if " và " in p.text else []
        terms += run if len(run) > 1 and _sum_values(run) == p.value else [p.value]
    return total_mismatch(
        paragraph,
        total.start - paragraph.offset,
        total,
        total_sum,
        sum_of_terms(terms),
        file=file,
        severity=severity,
    )


_MAX_GAP = 80  # characters between a total's end and a bracket of its parts after its clause
_GAP_STOPS = re.compile(r"[;:()\[\]{}]")


def _bracket_lists(
    text: str,
    local: Sequence[Mention],
    base: int,
    s_start: int,
    s_end: int,
    depth: Sequence[int],
) -> Iterator[tuple[Mention, str, int, int, bool]]:
    """Each bracket that may list a total's parts: right after the total (*adjacent*), or after
    the total's clause when nothing but rates (``%``), and no marker, ``;`` or ``:``, stands
    between them; the total, its noun, the bracket's offsets and whether it is adjacent."""
    for total, noun, at, close in _bracketed_totals(text, local, base, s_end, depth):
        yield total, noun, at, close, True
    ends = [m.end - base for m in local]
    at = text.find("(", s_start, s_end)
    while at != -1:
        if depth[at] == 0:
            n = bisect.bisect_right(ends, at)
            while n > 0 and local[n - 1].unit == "%":
                n -= 1
            if n > 0:
                total = local[n - 1]
                t_start, t_end = total.start - base, total.end - base
                unit = _noun(total)
                gap = text[t_end:at]
                if (
                    unit is not None
                    and unit != "%"
                    and depth[t_start] == 0
                    and _OPENING.match(text, t_end) is None  # adjacent: read above
                    and 0 < len(gap) <= _MAX_GAP
                    and _GAP_STOPS.search(gap) is None
                    and _MARKER.search(gap) is None
                    and not _is_change(text, t_start, t_end)
                    and total.bound is Bound.EXACT
                ):
                    limit = min(s_end, at + _MAX_BRACKET)
                    close = text.find(")", at, limit)
                    while close != -1 and depth[close] != 0:
                        close = text.find(")", close + 1, limit)
                    if close != -1:
                        yield total, unit, at, close, False
        at = text.find("(", at + 1, s_end)


def _headed(
    paragraph: Paragraph,
    local: Sequence[Mention],
    start: int,
    s_end: int,
    depth: Sequence[int],
    file: str | None,
) -> Iterator[Finding]:
    """A sentence that opens with *Trong tổng số* (*Trong số*) and its total: the parts follow
    the comma that ends the total's clause, up to the sentence's end or its first marker, and
    count only when they are labelled by a dimension (rule 2's evidence of a partition)."""
    text, base = paragraph.text, paragraph.offset
    after = [m for m in local if m.start - base >= start]
    if len(after) < 3:
        return
    total = after[0]
    t_start, t_end = total.start - base, total.end - base
    noun = _noun(total)
    if (
        noun is None
        or noun == "%"
        or depth[t_start] != 0
        or t_start - start > _MAX_HEAD_CLAUSE
        or _is_change(text, t_start, t_end)
        # "Trong số những người trúng cử có 194 người ..., 301 người ... và 4 người ...": the
        # head names its group without a figure (the total is elsewhere); the first figure,
        # after the verb, is one of the parts.
        or _GROUP_HEAD.search(text, start, t_start) is not None
    ):
        return
    comma = text.find(",", t_end, min(s_end, t_end + _MAX_HEAD_CLAUSE))
    # "Trong 48 Bí thư đảng bộ tỉnh, thành phố có 31 ...": a comma between two kinds of unit
    # joins them in one name, it ends no clause.
    while comma != -1 and (depth[comma] != 0 or _units_joined(text, comma)):
        comma = text.find(",", comma + 1, min(s_end, t_end + _MAX_HEAD_CLAUSE))
    # "Trong số 72 ứng viên được giới thiệu ... có 47 trường hợp tái cử và 25 trường hợp ...":
    # the verb before the first part ends the total's clause when no comma comes before it.
    verb = _HEAD_VERB.search(
        text, t_end, comma if comma != -1 else min(s_end, t_end + _MAX_HEAD_CLAUSE)
    )
    if verb is not None and depth[verb.start()] == 0:
        comma = verb.start()
    if comma == -1:
        return
    nxt = _MARKER_AT.search(text, comma, s_end)
    # "chiếm đa số với 123 người": "với" (with) ends no list here.
    while nxt is not None and (depth[nxt.start()] != 0 or nxt.group("m").casefold() == "với"):
        nxt = _MARKER_AT.search(text, nxt.end(), s_end)
    stop = s_end if nxt is None else nxt.start()
    whole = total.value == total.value.to_integral_value()
    candidates = [
        m
        for m in after[1:]
        if comma < m.start - base < stop
        and depth[m.start - base] == 0
        and not _is_change(text, m.start - base, m.end - base)
        # "1,74 người ứng cử trên một đại biểu": no count of a whole's parts
        and (not whole or m.value == m.value.to_integral_value())
    ]
    parts = [m for m in candidates if _noun(m) == noun]
    persons = not parts and _of_persons(noun)
    if persons:
        # "Trong 180 ủy viên chính thức, ... Trung ương ... 123 người, còn địa phương 57 người"
        parts = [m for m in candidates if _noun(m) in _PERSONS]
        if not parts:
            # "Trong 48 Bí thư ... có 31 đồng chí Bí thư tái cử ...; 17 đồng chí Bí thư lần
            # đầu đắc cử": a kind of person counted by the word for a person, or by its cases.
            kin = [m for m in candidates if _noun(m) in _HEAD_PERSON_WORDS]
            if len({_noun(m) for m in kin}) == 1:
                parts = kin
    prefix = _whole_prefix(paragraph, total, parts, comma + 1, stop, depth)
    if prefix is not None:  # the items that make a whole by their labels, then traits
        parts, stop = prefix
    elif _unread_item(
        text,
        base,
        [m for m in after if comma < m.start - base < stop],
        parts,
        comma + 1,
        stop,
        depth,
    ):
        return  # an item opens with a figure that is no part: the sum would leave it out
    for finding in _partition(paragraph, total, parts, _HEAD_KIND, comma + 1, stop, depth, file):
        # Persons counted in "người" may be some of the total's only ("đại học 106 người; dưới
        # đại học 1 người" of 499 đại biểu): only a whole list that does not add up is said.
        if persons and finding.severity is Severity.INFO:
            continue
        yield finding


def _rest_follows(text: str, total: Mention, computed: Decimal | None, s_end: int) -> bool:
    """Whether the sentence after a list short of its *total* counts exactly the rest: "Trong
    số 864 ứng viên ... có 217 người do Trung ương đề cử và 643 người do địa phương đề cử. Lần
    này có 4 người tự ứng cử ..." (dantri.com.vn, 2026): 860 + 4 = 864, the list goes on.
    Part of the shortfall verdict of every list :func:`_partition` reads (*s_end*: the end of
    the list's sentence, :func:`_sentence_end`).

    >>> from hoiquanchung.checker import extract
    >>> t = "Trong số 9 hội có 3 hội A và 4 hội B. Có 2 hội khác."
    >>> _rest_follows(t, extract(t)[0], Decimal(7), t.index(".") + 1)
    True
    >>> _rest_follows(t, extract(t)[0], Decimal(6), t.index(".") + 1)
    False
    >>> t = "Trong số 9 hội có 3 hội A và 4 hội B. Xã C 2 hội, xã D 5 hội."
    >>> _rest_follows(t, extract(t)[0], Decimal(7), t.index(".") + 1)
    False
    """
    if computed is None or computed >= total.value:
        return False
    rest = _EXACT.subtract(total.value, computed)  # whatever the caller's decimal context
    end = _SENTENCE_STOP.search(text, s_end + 1)
    window = text[s_end : end.end() if end else min(len(text), s_end + _REST_REACH)]
    # The rest alone in its sentence: "Lần này có 4 người tự ứng cử"; not one of a list of
    # its own ("Các tỉnh chịu thiệt hại lớn gồm Ninh Bình 9 người, ..., Lào Cai 3 người":
    # a breakdown by another dimension, after "51 người chết và mất tích, trong đó 29 người
    # chết, 22 người mất tích", vietbao.vn 2025).
    counts = [q.quantity for q in find_quantities(window[:_REST_REACH]) if q.quantity.unit != "%"]
    return (
        len(counts) == 1
        and counts[0].value == rest
        and counts[0].bound is Bound.EXACT
        and counts[0].unit is not None
    )


_SENTENCE_STOP = re.compile(r"[.;!?\n]")
_REST_REACH = 300  # characters of the next sentence searched for the rest (bounded)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``text[at - 1]`` ends (after its stop), or the text's end.

    >>> t = "Trong số 9 hội có 3 hội A và 4 hội B. Có 2 hội khác."
    >>> t[: _sentence_end(t, t.index("B") + 1)]
    'Trong số 9 hội có 3 hội A và 4 hội B.'
    """
    found = _SENTENCE_END.search(text, max(0, at - 1))
    return found.end() if found is not None else len(text)


def _bracket_after(
    text: str, total: Mention, base: int, s_end: int, depth: Sequence[int]
) -> tuple[int, int] | None:
    """``(opening, closing)`` offsets of the bracket right after *total*, at depth 0."""
    opening = _OPENING.match(text, total.end - base, s_end)
    if opening is None:
        return None
    at = opening.end() - 1
    limit = min(s_end, at + _MAX_BRACKET)  # bounded: linear however many brackets open
    close = text.find(")", at, limit)
    while close != -1 and depth[close] != 0:
        close = text.find(")", close + 1, limit)
    return None if close == -1 else (at, close)


def _bracketed_totals(
    text: str, local: Sequence[Mention], base: int, s_end: int, depth: Sequence[int]
) -> Iterator[tuple[Mention, str, int, int]]:
    """Each total of *local* outside any bracket, counting a noun (not a rate) and not a change,
    with a bracket right after it: the total, its noun and the bracket's offsets."""
    for total in local:
        # What _OPENING needs right after the figure: a bracket or the blank before one; one
        # character tested before the noun and the pattern (speed).
        if text[total.end - base : total.end - base + 1] not in _OPENING_FIRST:
            continue
        t_start = total.start - base
        noun = _noun(total)
        # An age is never a sum, in brackets either: "tuổi thọ khỏe mạnh ... 65,4 tuổi (nam
        # 62,8 tuổi; nữ 68 tuổi)" gives one measure for each sex (hunt61, Hà Nội 2025).
        if noun is None or noun in _NEVER_TOTALS or depth[t_start] != 0:
            continue
        bracket = _bracket_after(text, total, base, s_end, depth)
        if bracket is None or _is_change(text, t_start, total.end - base):
            continue
        yield total, noun, *bracket


def _numerators(
    paragraph: Paragraph,
    in_sentence: Sequence[Mention],
    s_end: int,
    depth: Sequence[int],
    file: str | None,
) -> Iterator[Finding]:
    """A total and, in the bracket right after it, its parts written as the numerators of
    fractions, one an item, labelled by a dimension: "220.262 chị (trong đó cán bộ
    11.024/11.024, đạt 100%; hội viên 159.030/177.217, đạt 89,74%; quần chúng phụ nữ
    50.208/98.076, đạt 51,19%)" (each part against its own base; the parts make the total)."""
    text, base = paragraph.text, paragraph.offset
    starts = [m.start - base for m in in_sentence]
    for total, _, at, close in _bracketed_totals(text, in_sentence, base, s_end, depth):
        if total.fraction is not None:
            continue
        start, kind = at + 1, "("
        marker = _MARKER.match(text, start, close)
        if marker is not None:
            start, kind = marker.end(), _SPACES.sub(" ", marker.group("m").casefold())
            if kind == "với":
                continue
        if _EXAMPLES.match(text, start):
            continue
        inside = in_sentence[bisect.bisect_left(starts, at) : bisect.bisect_left(starts, close)]
        parts = [m for m in inside if m.fraction == "numerator"]
        others = [m for m in inside if m.fraction is None and m.unit != "%"]
        if len(parts) < 2 or others or any(depth[m.start - base] != 1 for m in inside):
            continue  # nothing but fractions and their rates, none deeper
        if kind == "(":
            kind = "(" if _MARKER_AT.search(text, start, close) is None else ""
        if not kind:
            continue
        yield from _partition(paragraph, total, parts, kind, start, close, depth, file, level=1)


# The markers of the sentence searched last: its text, its bounds and its matches (rule 2 asks
# for them to know whether to read the sentence, then to read it).
_last_markers: tuple[str, int, int, list[re.Match[str]]] = ("", 0, 0, [])


def _markers(text: str, s_start: int, s_end: int) -> list[re.Match[str]]:
    """Every match of ``_MARKER_AT`` in ``text[s_start:s_end]``, in order; the same list again
    for the same text object and bounds (not to be modified).

    >>> [m.group("m") for m in _markers("Có 9 hội, trong đó 5 hội gồm 3 chi hội", 0, 38)]
    ['trong đó', 'gồm']
    """
    global _last_markers
    last = _last_markers  # read once: another thread may replace it
    if last[0] is text and last[1] == s_start and last[2] == s_end:
        return last[3]
    found = list(_MARKER_AT.finditer(text, s_start, s_end))
    _last_markers = (text, s_start, s_end, found)
    return found


# A fraction's denominator and the words after it: "119/148 xã".
_FRACTION_NOUN = re.compile(r"\d\s*/\s*\d[\d.,]*\s+(\w[\w ]{0,40})")


def _fraction_between(text: str, start: int, end: int, noun: str, depth: Sequence[int]) -> bool:
    """Whether a fraction of *noun* stands at depth 0 in ``text[start:end]`` (between a
    candidate total and its marker): the marker's list then belongs to the fraction.

    >>> t = "Có thêm 31 xã, nâng lên 119/148 xã; trong đó"
    >>> _fraction_between(t, 13, len(t), "xã", [0] * len(t))
    True
    >>> _fraction_between(t, 13, len(t), "huyện", [0] * len(t))
    False
    """
    for m in _FRACTION_NOUN.finditer(text, start, end):
        words = m.group(1).casefold()
        if depth[m.start()] == 0 and (words == noun or words.startswith(noun + " ")):
            return True
    return False


def _check_sentence(
    paragraph: Paragraph,
    local: Sequence[Mention],
    s_start: int,
    s_end: int,
    depth: Sequence[int],
    file: str | None,
    starts: Sequence[int],
    ends: Sequence[int],
) -> Iterator[Finding]:
    """Rule 2 on the markers (*trong đó*, *gồm*...) of one sentence, whose figures are *local*
    (no fraction's terms), starting at *starts* and ending at *ends* in the paragraph (made
    once for the paragraph by :func:`check_totals`)."""
    text, base = paragraph.text, paragraph.offset
    short = _abbreviated(text, base, local)
    if short is not None:  # "456 HTX; trong đó, 357 HTX nông nghiệp, 174 HTX phi nông nghiệp"
        local, ends = short, [m.end - base for m in short]
    # The sentence's markers, found once (those :func:`_check_totals` found to call it): each
    # from the end of the one before is what a search from a marker's end finds next (speed:
    # not searched again from each marker).
    markers = _markers(text, s_start, s_end)
    # Mentions are in order and do not overlap: slices by bisection keep a long sentence with
    # many markers linear, not quadratic.
    for k, marker in enumerate(markers):
        at = marker.start()
        if depth[at] != 0:
            continue
        n_before = bisect.bisect_right(ends, at)
        first_after = bisect.bisect_left(starts, marker.end())
        if n_before == 0 or first_after >= len(local):
            continue
        # The parts run to the next marker at depth 0 (a new list) or the end of the sentence.
        k_next = k + 1
        while k_next < len(markers) and depth[markers[k_next].start()] != 0:
            k_next += 1
        nxt = markers[k_next] if k_next < len(markers) else None
        stop = s_end if nxt is None else nxt.start()
        running = _NEW_TOTAL_AT.search(text, marker.end(), stop)
        while running is not None and depth[running.start()] != 0:
            running = _NEW_TOTAL_AT.search(text, running.end(), stop)
        if running is not None:
            stop = running.start()
        # "18 trường mầm non, gồm 9 ..., 3 ... và 6 ...; 23 trường tiểu học, gồm 14 ...": a
        # ';'-clause whose figure heads a list of its own (the next marker) is a sibling of
        # the total, not one more part of it.
        sibling: Sequence[Mention] = ()
        if nxt is not None and running is None:
            semi = _sibling_head(text, marker.end(), nxt.start(), depth)
            head_from = bisect.bisect_left(starts, semi)
            if semi != -1 and head_from < bisect.bisect_left(starts, nxt.start()):
                sibling = local[head_from : bisect.bisect_left(starts, nxt.start())]
                stop = semi
        if not sibling:
            # "...; số hộ cận nghèo là 31.615 hộ": a clause with a subject of its own, read
            # like a sibling (if it makes the total exactly, the list is read neither way).
            cut = _new_statement(text, marker.end(), stop, depth)
            if cut < stop:
                first = bisect.bisect_left(starts, cut)
                sibling = local[first : bisect.bisect_left(starts, stop)]
                stop = cut
        if not sibling:
            stop, sibling = _list_end(text, base, local, starts, marker, nxt, stop, depth, s_start)
        after = local[first_after : max(first_after, bisect.bisect_right(ends, stop))]
        if not after:
            continue
        kind = _SPACES.sub(" ", marker.group("m").casefold())
        if _EXAMPLES.match(text, marker.end()):
            continue  # "gồm như: ...", "trong đó cụ thể như ...": examples, not the parts
        if _named_without_figures(text, marker.end(), after[0].start - base, depth):
            continue  # "3 người chết gồm ông A, cháu B và bà C; 14 người mất tích"
        if kind != "trong đó" and _EACH_HOLDS.search(text, max(s_start, at - 30), at):
            continue  # "43 suất quà, mỗi suất gồm ...": what each holds, not the parts
        # The total is one of the last few quantities before the marker, in the marker's own
        # clause when a subject of its own leads the marker ("khuyết 02 đồng chí; BTV gồm 9
        # đồng chí, ...": the 9 are the BTV's, not a breakdown of the 02).
        subject = max(_own_subject(text, s_start, at, depth), _sibling_subject(text, s_start, at))
        for at_total in range(n_before - 1, max(0, n_before - _MAX_TOTAL_LOOKBACK) - 1, -1):
            total = local[at_total]
            if total.end - base <= subject:
                break
            noun = _noun(total)
            if (
                noun is None
                or noun in _NEVER_TOTALS
                or depth[total.start - base] != 0
                or _is_change(text, total.start - base, total.end - base)
            ):
                continue
            if _fraction_between(text, total.end - base, at, noun, depth):
                # "có thêm 31 xã ..., nâng tổng số xã ... lên 119/148 xã; trong đó có 48 xã
                # ..." (Báo Quảng Ngãi, 2023; a hunt on unseen text): the list is the nearer
                # fraction's, a whole this rule does not read; the 31 before it are another.
                break
            each = per_unit(text, total.end - base)  # the total's, read once (speed)
            same = [
                m
                for m in after
                if _same_noun(
                    noun, _kind_noun(noun, _noun(m)) or bare_amount(noun, m, text, m.end - base)
                )
                and depth[m.start - base] == 0
                and not _is_change(text, m.start - base, m.end - base)
                # "hộ nghèo 6 triệu đồng/hộ": an amount each is no part of a whole amount
                and per_unit(text, m.end - base) == each
                and _WHOLE_OF_RATE.search(text, max(0, m.start - base - 24), m.start - base) is None
            ]
            persons = False
            if not same and (noun in _ANY_PERSONS or _of_persons(noun)):
                # "với 38 người, trong đó 17 đại biểu ..., 21 đại biểu ...": persons of one kind;
                # "36 cán bộ Hội ..., trong đó, cấp Trung ương: 02 chị; cấp tỉnh: 24 chị; ...":
                # a kind of person counted by the word for a person.
                kin = [
                    m
                    for m in after
                    if (
                        _of_persons(_noun(m)) if noun in _ANY_PERSONS else _noun(m) in _PERSON_WORDS
                    )
                    and depth[m.start - base] == 0
                    and not _is_change(text, m.start - base, m.end - base)
                ]
                if len({_noun(m) for m in kin}) == 1:
                    same, persons = kin, True
            if not same:
                # "780 hội, trong đó hội có phạm vi hoạt động trong tỉnh là 68; ... trong huyện
                # là 136; ... trong xã là 576": bare counts, each labelled by one value of a
                # dimension whose values are all named, count the total's noun.
                same = _bare_whole(text, base, total, after, marker.end(), stop, depth)
            if not same:
                continue
            if any(m.range_end is not None for m in same):
                # "40 vụ, trong đó có 16 vụ trộm cắp, 14 vụ ..., các loại tội phạm khác ... từ
                # 1 đến 2 vụ" (Báo Quảng Nam, 2025; a hunt on unseen text): a range of the
                # list's noun says how many each other kind had, not a part.
                break
            same = _before_other_toll(text, base, total, at, same)
            if not same:
                continue
            if _two_kinds(text, base, total, at, after, same, depth):
                break  # "74 trạm y tế và điểm trạm y tế, gồm: ... 29 trạm y tế và ... 21 điểm ..."
            if sibling and _sibling_completes(noun, total, same, sibling, depth, base):
                break  # "gồm: 50 nam; 100 nữ, trong đó ...": the clause may be the last part
            if (
                persons
                and not _named_count(text, s_start, total.start - base, _noun(same[0]) or "")
                and _rival_persons(text, base, local, at_total, n_before, depth)
            ):
                break  # "36 cán bộ ..., đại diện 5.000 hội viên, trong đó ... 24 chị": whose?
            bare = _bare_parts(text, base, after, _noun(same[0]) or "", stop, depth)
            if bare:  # "353 là đại biểu bầu theo quy định": a part of the list's noun
                same = sorted([*same, *bare], key=lambda m: m.start)
            figures = local[first_after : bisect.bisect_left(starts, stop)]
            declared = None if persons else _declared(text, base, after, same, noun, stop, depth)
            if declared:  # "173 ủy viên ... và 24 ủy viên ... là đại biểu đương nhiên"
                runs, members = declared
                same = sorted([*same, *runs], key=lambda m: m.start)
                figures = [m for m in figures if m not in members]
            if _twin_before(text, base, local, at_total, depth):
                break  # "có 516 đại biểu thay 300 đại biểu, trong đó ...": whose list is unclear
            if _rival_across_semicolon(text, base, local, at_total, s_start, at, depth):
                break  # "... 87 người, ...; Đoàn ...: 06 người, ...; trong đó, ...": whose list?
            if kind == "trong đó" and _earlier_whole(text, base, local, at_total, s_start, same):
                break  # "Tiếp nhận 21 đơn, đã giải quyết 6 đơn, trong đó lưu 15 đơn": the 21's
            if (
                figures
                and figures[0] not in same
                and _semicolon_between(text, base, figures[0], same)
            ):
                # "19 học sinh đạt giải quốc gia, trong đó có 2 giải Nhất; 291 học sinh đoạt
                # giải cấp tỉnh" (VietNamNet, 2025; a hunt on unseen text): the list opens with
                # another noun; the total's noun after a ";" starts a count of its own.
                break
            if kind != "với" and not persons:  # "phối hợp với 45 hội" is no part of anything
                yield from _exceeding(paragraph, total, same, file)
            # "516 đại biểu ...; trong đó có 95 đại biểu đương nhiên; 407 đại biểu được bầu ...;
            # 14 đại biểu chỉ định; 20 đại biểu nữ; ...": the items that make the whole by their
            # labels are the list; the traits after them are something else.
            prefix = (
                None
                if kind == "với"
                else _whole_prefix(paragraph, total, same, marker.end(), stop, depth)
            )
            if prefix is not None:
                same, stop, kind = *prefix, _LATER_KIND
            elif _unread_item(
                text,
                base,
                figures,
                same,
                marker.end(),
                stop,
                depth,
            ):
                break  # "gồm: 165 đại biểu ...; 353 là đại biểu ...": a part not read
            in_kind = _in_kind(text, base, total, same, figures)
            for finding in _partition(
                paragraph, total, same, kind, marker.end(), stop, depth, file, in_kind=in_kind
            ):
                if not persons or finding.severity is not Severity.INFO:
                    yield finding  # persons of a kind may be some of the total's only
            break


# An abbreviation in capitals right after a figure ("174 HTX phi nông nghiệp"), and its own
# definition in brackets after a noun written in full ("456 hợp tác xã (HTX)").
_ABBREVIATION = re.compile(r"[\d.,]+[ \t\u00a0]+([^\W\d_]{2,8})(?=[ \t\u00a0]|\Z)")
_DEFINED = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*([^\W\d_]{2,8})[ \t\u00a0]*\)")


def _abbreviated(text: str, base: int, local: Sequence[Mention]) -> list[Mention] | None:
    """*local* with each figure counted in an abbreviation written in capitals and words after
    it (*174 HTX phi*: the grammar takes the words after an abbreviation into its noun) cut back
    to the abbreviation, when the sentence counts that abbreviation in another figure too (*456
    HTX; trong đó, 357 HTX nông nghiệp, 174 HTX phi nông nghiệp*) or defines it after a noun in
    full (*456 hợp tác xã (HTX); trong đó 357 HTX nông nghiệp, ...*: the noun in full is then
    its noun).  The words after the abbreviation are the part's label, as they are after a noun
    in full (*357 hợp tác xã nông nghiệp*).  ``None`` when nothing is cut (most sentences).

    Near misses: an abbreviation counted once (*5 DN FDI* with no other figure of *DN*), a word
    in lower case (*3 hộ nghèo*), a bracket that is no definition (*(3 HTX)*).

    >>> from hoiquanchung.checker import extract
    >>> t = "Có 456 HTX; trong đó, 357 HTX nông nghiệp, 174 HTX phi nông nghiệp."
    >>> [(m.text, m.unit) for m in _abbreviated(t, 0, extract(t))]
    [('456 HTX', 'htx'), ('357 HTX', 'htx'), ('174 HTX', 'htx')]
    >>> t = "Có 456 hợp tác xã (HTX); trong đó 357 HTX nông nghiệp, 174 HTX phi nông nghiệp."
    >>> [m.unit for m in _abbreviated(t, 0, extract(t))]
    ['hợp tác xã', 'hợp tác xã', 'hợp tác xã']
    >>> _abbreviated("Có 5 DN FDI, 3 hộ nghèo.", 0, extract("Có 5 DN FDI, 3 hộ nghèo.")) is None
    True
    """
    found: list[tuple[Mention, str, int]] = []  # a figure, its abbreviation, where it ends
    for m in local:
        if m.unit is None or m.range_end is not None:
            continue
        words = m.text.split(None, 2)  # the figure, its first word, ... (cheap: most fail here)
        if len(words) < 2 or not words[1].isupper():
            continue
        written = _ABBREVIATION.match(text, m.start - base, m.end - base)
        if written is not None and written.group(1).isupper():
            found.append((m, written.group(1).casefold(), written.end(1)))
    if len(found) < 2:
        return None
    full: dict[str, str] = {}  # an abbreviation defined after a noun in full: that noun
    for m in local:
        defined = _DEFINED.match(text, m.end - base)
        if m.unit is not None and defined is not None and defined.group(1).isupper():
            full[defined.group(1).casefold()] = m.unit
    changed: dict[int, Mention] = {}
    for m, abbr, end in found:
        if abbr in full:
            unit = full[abbr]
        elif sum(1 for _, other, _ in found if other == abbr) >= 2:
            unit = abbr
        else:
            continue
        if m.unit != unit:
            written_text = text[m.start - base : end]
            quantity = attrs.evolve(m.quantity, unit=unit, text=written_text)
            changed[id(m)] = attrs.evolve(m, quantity=quantity, end=base + end)
    if not changed:
        return None
    return [changed.get(id(m), m) for m in local]


def _semicolon_between(text: str, base: int, first: Mention, same: Sequence[Mention]) -> bool:
    """Whether a ``;`` stands between the list's *first* figure and the first of *same*."""
    return ";" in text[first.end - base : same[0].start - base]


def _earlier_whole(
    text: str,
    base: int,
    local: Sequence[Mention],
    at_total: int,
    s_start: int,
    parts: Sequence[Mention],
) -> bool:
    """Whether *parts*, more than the total ``local[at_total]`` right before *trong đó*, fit
    beside that total in an earlier count of the same noun in the sentence: "Tiếp nhận 21
    lượt đơn ..., đã giải quyết 6 đơn, trong đó lưu 15 đơn không thuộc thẩm quyền"
    (thanhtra.com.vn): the 15 filed are another outcome of the 21 received, not a part of the
    6 settled.

    >>> from hoiquanchung.checker._mentions import mentions_in
    >>> from hoiquanchung.checker._text import Splitter
    >>> t = "Nhận 21 lượt đơn, giải quyết 6 đơn, trong đó lưu 15 đơn không thuộc thẩm quyền."
    >>> [para] = Splitter().feed(t)
    >>> ms = mentions_in(para)
    >>> _earlier_whole(t, 0, ms, 1, 0, ms[2:])
    True
    >>> _earlier_whole(t, 0, ms, 1, 0, [])
    False
    """
    total = local[at_total]
    noun = _noun(total)
    wanted = sum_of_parts(parts)
    if noun is None or wanted <= total.value:
        return False
    for m in local[:at_total]:
        earlier = (_noun(m) or "").removeprefix("lượt ")  # "21 lượt đơn tố cáo, phản ánh"
        if m.start - base < s_start or not (
            _same_noun(noun, earlier) or earlier.startswith(noun + " ")
        ):
            continue
        # Room in the earlier count for the total and its "parts" side by side (15 filed
        # beside 6 settled of 21): another outcome; parts just above a total are its own.
        room = _EXACT.add(wanted, total.value)
        if m.value >= room and not _is_change(text, m.start - base, m.end - base):
            return True
    return False


def _two_kinds(
    text: str,
    base: int,
    total: Mention,
    marker: int,
    after: Sequence[Mention],
    same: Sequence[Mention],
    depth: Sequence[int],
) -> bool:
    """Whether *total* counts two kinds joined by *và* ("74 trạm y tế và điểm trạm y tế, gồm:
    ...") and a part after the marker *marker* counts the second kind by its own noun ("21
    điểm trạm y tế", read as *21 điểm*): a part the list holds but the total's noun misses.

    >>> from hoiquanchung.checker._mentions import mentions_in
    >>> from hoiquanchung.checker._text import Splitter
    >>> t = "74 trạm y tế và điểm trạm y tế, gồm 24 trạm y tế; 29 trạm y tế và 21 điểm trạm y tế."
    >>> [para] = Splitter().feed(t)
    >>> ms = mentions_in(para)
    >>> _two_kinds(t, 0, ms[0], t.index("gồm"), ms[1:], ms[1:3], [0] * len(t))
    True
    >>> _two_kinds(t, 0, ms[0], t.index("gồm"), ms[1:3], ms[1:3], [0] * len(t))
    False
    """
    phrase = text[total.end - base : marker]
    if " và " not in phrase:
        return False
    for m in after:
        other = _noun(m)
        if m in same or other is None or other == _noun(total) or depth[m.start - base] != 0:
            continue
        joined = re.search(rf"\bvà\b[^,;:()]*?(?<!\w){re.escape(other)}(?!\w)", phrase)
        if joined is not None:
            return True
    return False


# Where a total's list ends before its sentence does.
# "Yên Bái: 50 người (...) gồm: Thành phố Yên Bái 21, ...; Quảng Ninh: 15 người chết; Phú Thọ:
# 11 người ...": ";"-items that each open with a name, a colon and a count are siblings; the
# count of one is never the total of those after it.
_NAMED_ITEM = re.compile(r"[\s\-–—+•*]*(?:và\s+)?[^\W\d_][^\d;:()\[\]\n.!?]{0,40}?:\s*\d")
# "713 đơn vị hành cấp huyện gồm có: 49 quận, ... và 11.156 đơn vị hành chính cấp xã gồm có: ...":
# a figure whose noun phrase runs straight into a marker of its own heads another list.
_OWN_LIST_GAP = re.compile(r"[^\d,;:()\[\]\n.!?]{0,60}")
# Administrative units of a tier: those of another tier are never a part of them.
_FIGURE_CHARS = frozenset("0123456789.,")
_UNITS_OF_TIER = re.compile(
    r"\s*đơn\s+vị(?:\s+hành(?:\s+chính)?)?\s+cấp\s+(xã|huyện|tỉnh)\b", re.IGNORECASE
)


def _list_end(
    text: str,
    base: int,
    local: Sequence[Mention],
    starts: Sequence[int],
    marker: re.Match[str],
    nxt: re.Match[str] | None,
    stop: int,
    depth: Sequence[int],
    s_start: int,
) -> tuple[int, Sequence[Mention]]:
    """Where the list of the marker *marker* ends before *stop*, and the figures of a list of
    their own after it (read like a ``;``-sibling, :func:`_sibling_completes`).

    >>> from hoiquanchung.checker import extract
    >>> t = "Yên Bái: 50 người gồm: A 21, B 29; Quảng Ninh: 15 người; Phú Thọ: 11 người."
    >>> ms = extract(t)
    >>> m = _MARKER.search(t)
    >>> end, _ = _list_end(t, 0, ms, [x.start for x in ms], m, None, len(t), _depths(t), 0)
    >>> t[:end]
    'Yên Bái: 50 người gồm: A 21, B 29'
    """
    at = marker.start()
    # 1. A ";"-list of named items, the marker's own clause one of them.
    clause = text.rfind(";", s_start, at)
    while clause != -1 and depth[clause] != 0:
        clause = text.rfind(";", s_start, clause)
    clause = s_start if clause == -1 else clause + 1
    head = _NAMED_ITEM.match(text, clause, at) if text.find(":", clause, at) != -1 else None
    if head is not None and _named_upper(head.group()):
        semi = text.find(";", marker.end(), stop)
        while semi != -1:
            item = _NAMED_ITEM.match(text, semi + 1, stop)
            if depth[semi] == 0 and item is not None and _named_upper(item.group()):
                return semi, ()
            semi = text.find(";", semi + 1, stop)
    # 2. Units of a tier: a figure of units of another tier ends the list.
    reach = max(s_start, at - 60)
    tier = _UNITS_OF_TIER.search(text, reach, at) if text.find("cấp", reach, at) != -1 else None
    if tier is not None:
        for m in local[bisect.bisect_left(starts, marker.end()) : bisect.bisect_left(starts, stop)]:
            end = m.start - base  # after the figure's digits ("225" of "225 đơn vị ...")
            while end < len(text) and text[end] in _FIGURE_CHARS:
                end += 1
            other = _UNITS_OF_TIER.match(text, end)
            if other is not None and other.group(1).casefold() != tier.group(1).casefold():
                return m.start - base, ()
    # 3. A figure heading a list of its own (the next marker right after its noun phrase).
    if nxt is not None and nxt.start() <= stop and nxt.group("m")[:1].casefold() != "v":
        # ("... và 139 tổ chức hội ... với tổng số 992.000 hội viên": "với" opens no list)
        last = bisect.bisect_left(starts, nxt.start()) - 1
        if last >= bisect.bisect_left(starts, marker.end()):
            h = local[last]
            if depth[h.start - base] == 0 and _OWN_LIST_GAP.fullmatch(
                text, h.end - base, nxt.start()
            ):
                return h.start - base, local[last : last + 1]
    if nxt is None:  # 4. A last ";"-item whose figure heads the next sentence's list.
        return _heads_next_sentence(text, local, starts, marker.end(), stop, depth)
    return stop, ()


# "...; Số hộ thoát cận nghèo là 5.295 hộ. Trong đó, rơi xuống nghèo là 81 hộ; ...": the next
# sentence opens with the parts of the figure that closes this one.
_NEXT_OPENS_PARTS = re.compile(r"\s*[.!?…]?\s*Trong\s+(?:số\s+)?đó\b", re.IGNORECASE)


def _heads_next_sentence(
    text: str,
    local: Sequence[Mention],
    starts: Sequence[int],
    start: int,
    stop: int,
    depth: Sequence[int],
) -> tuple[int, Sequence[Mention]]:
    """Where a list in ``text[start:stop]`` ends when its last ``;``-item holds one figure
    only, ends the sentence, and the next sentence opens with *Trong đó*: that figure heads a
    list of its own, a sibling of the total (read like one, :func:`_sibling_completes`), not
    its last part (Ninh Thuận, 2022: "Số hộ thoát nghèo ... là 3.507 hộ, trong đó ... là 1.833
    hộ; ... là 1.630 hộ; ... là 44 hộ; Số hộ thoát cận nghèo là 5.295 hộ. Trong đó, ..."; corpus
    ninhthuan-ngheo-2022).

    >>> from hoiquanchung.checker import extract
    >>> t = "Thoát nghèo 30 hộ, trong đó A là 10 hộ; B là 20 hộ; Thoát cận nghèo 50 hộ. Trong đó"
    >>> ms, stop = extract(t), t.index(".") + 1
    >>> end, head = _heads_next_sentence(t, ms, [m.start for m in ms], 28, stop, _depths(t))
    >>> t[28:end], [m.text for m in head]
    ('A là 10 hộ; B là 20 hộ', ['50 hộ'])
    >>> u = t.replace(". Trong đó", ". Ngoài ra")
    >>> _heads_next_sentence(u, ms, [m.start for m in ms], 28, stop, _depths(u)) == (stop, ())
    True
    """
    if _NEXT_OPENS_PARTS.match(text, stop) is None:
        return stop, ()
    semi = _sibling_head(text, start, stop, depth)
    if semi == -1:
        return stop, ()
    head = local[bisect.bisect_left(starts, semi) : bisect.bisect_left(starts, stop)]
    return (semi, head) if len(head) == 1 else (stop, ())


def _named_upper(item: str) -> bool:
    """Whether a named item (``_NAMED_ITEM``) names with a capital: a place, a body."""
    name = item.lstrip(" \t\n\u00a0-–—+•*")
    if name[:3].casefold() == "và ":
        name = name[3:].lstrip()
    return name[:1].isupper()


def _sibling_head(text: str, start: int, stop: int, depth: Sequence[int]) -> int:
    """The last ``;`` at depth 0 in ``text[start:stop]`` (before the next marker), or -1."""
    semi = text.rfind(";", start, stop)
    while semi != -1 and depth[semi] != 0:
        semi = text.rfind(";", start, semi)
    return semi


def _sibling_completes(
    noun: str,
    total: Mention,
    same: Sequence[Mention],
    sibling: Sequence[Mention],
    depth: Sequence[int],
    base: int,
) -> bool:
    """Whether the figures of *noun* in the ``;``-clause *sibling* (which heads a list of its
    own) make, with the parts *same*, the *total* exactly: then the clause may be the last part
    ("gồm: 50 người nam; 100 người nữ, trong đó ..."), and the list is read neither way."""
    extra = [
        m
        for m in sibling
        if _same_noun(noun, _noun(m)) and depth[m.start - base] == 0 and m.bound is Bound.EXACT
    ]
    return bool(extra) and sum_of_parts([*same, *extra]) == total.value


# "...; số hộ cận nghèo là 31.615 hộ": after a ";" at depth 0 a clause "(tổng) số <noun> là N"
# states a figure of a subject of its own.
_NEW_STATEMENT = re.compile(
    r";\s*(?:(?:tổng\s+)?số\s+(?:[^\W\d_]+\s+){1,6}?(?:là|đạt|có)\s*:?\s*\d"
    # "... gồm 198 đại biểu khách mời và 2.025 đại biểu chính thức; được thành lập thành 105 đoàn
    # đại biểu" (vietnamplus.vn, 2025): a clause opened by a verb with no subject goes on about
    # the total's subject, no item of its list.
    r"|(?:được|đã\s+được|sẽ\s+được)\s+[^\W\d_])",
    re.IGNORECASE,
)
# "mỗi suất trị giá 1.200.000 đồng gồm: một số nhu yếu phẩm và tiền mặt 1.000.000 đồng, tổng trị
# giá là 60.000.000 đồng" (Vĩnh Long, 2026; corpus h78-mttq-vinhlong-da-cam-tet-2026): a clause
# opened by the sum of money of everything (*tổng trị giá*, *tổng giá trị*, *tổng số tiền*, *tổng
# kinh phí*, *tổng cộng*) states a total of its own, here of the 50 gifts, and no part of the
# list before it.  Not when the list's own first item is so worded ("gồm: tổng kinh phí ...").
_GRAND_TOTAL = re.compile(
    r"[,;]\s*(?:và\s+)?tổng\s+(?:trị\s+giá|giá\s+trị|số\s+tiền|kinh\s+phí|cộng)\b", re.IGNORECASE
)
_GRAND_TOTAL_ITEM = re.compile(r"\s*:?\s*tổng\b", re.IGNORECASE)
# A list whose first item is itself worded "số <noun> là N" (its items all may be).
_WORDED_ITEM = re.compile(r"[\s,:\-–—+•*]*(?:(?:là|có)\s+)?(?:tổng\s+)?số\s", re.IGNORECASE)


def _new_statement(text: str, start: int, stop: int, depth: Sequence[int]) -> int:
    """Where the list after a marker ending at *start* ends before *stop* when a ``;``-clause
    opens a statement of its own, *số <noun> là N*, while the list's first item is not so
    worded (Phú Thọ, 2025: "số hộ nghèo toàn tỉnh là 26.941 hộ, ..., trong đó ... thành thị
    chiếm 0,39%, ... nông thôn chiếm 3,17%; số hộ cận nghèo là 31.615 hộ"; corpus
    baophutho-ho-ngheo-2025): the near-poor are no part of the poor.  *stop* otherwise.

    >>> t = "Số hộ nghèo là 26.941 hộ, trong đó thành thị 5.000 hộ; số hộ cận nghèo là 31.615 hộ."
    >>> at = t.index("trong đó") + 8
    >>> t[at : _new_statement(t, at, len(t), [0] * len(t))]
    ' thành thị 5.000 hộ'
    >>> t = "Có 500 hộ, trong đó số hộ A là 200 hộ; số hộ B là 300 hộ."
    >>> _new_statement(t, t.index("trong đó") + 8, len(t), [0] * len(t)) == len(t)
    True
    >>> t = "Mỗi suất 1.200.000 đồng gồm: quà và 1.000.000 đồng, tổng trị giá là 60.000.000 đồng."
    >>> t[_new_statement(t, t.index("gồm") + 3, len(t), [0] * len(t)) :]
    ', tổng trị giá là 60.000.000 đồng.'
    >>> t = "Có 2.223 đại biểu, gồm 198 ... và 2.025 ...; được chia thành 105 đoàn."
    >>> t[_new_statement(t, t.index("gồm") + 3, len(t), [0] * len(t)) :]
    '; được chia thành 105 đoàn.'
    """
    if text.find("ổng", start, stop) != -1 and not _GRAND_TOTAL_ITEM.match(text, start, stop):
        for m in _GRAND_TOTAL.finditer(text, start, stop):
            if depth[m.start()] == 0:
                return m.start()
    if text.find(";", start, stop) == -1 or _WORDED_ITEM.match(text, start, stop):
        return stop
    for m in _NEW_STATEMENT.finditer(text, start, stop):
        if depth[m.start()] == 0:
            return m.start()
    return stop


def _named_without_figures(text: str, start: int, first: int, depth: Sequence[int]) -> bool:
    """Whether the marker's own ``;``-item, ``text[start:first]`` up to the first figure after
    the marker, ends at a ``;`` at depth 0 with words and no figure: the marker listed its
    parts by name (Sơn La, 2018: "tại huyện này đã có 3 người chết gồm ông Đặng Phúc Tài ...;
    cháu Lò Văn Di ... và bà Lường Thị Khuyên ...; 14 người mất tích, 3 người bị thương";
    found by a verification hunt), and the figures after that ``;`` are none of its parts.

    >>> t = "Có 3 người chết gồm ông A, cháu B và bà C; 14 người mất tích."
    >>> _named_without_figures(t, t.index("gồm") + 3, t.index("14"), [0] * len(t))
    True
    >>> t = "Có 30 hội viên gồm: 10 nam; 20 nữ."
    >>> _named_without_figures(t, t.index("gồm") + 4, t.index("10"), [0] * len(t))
    False
    """
    semi = text.find(";", start, first)
    while semi != -1 and depth[semi] != 0:
        semi = text.find(";", semi + 1, first)
    return semi != -1 and any(c.isalpha() for c in text[start:semi])


_CLAUSE_BREAK = ";"
# Words between a clause's ';' and its marker that name no subject of their own ("; trong đó",
# "; gồm có", "; và trong đó").
_SUBJECT_FILLERS = re.compile(r"[\s\u2060\-–—+•*,:]*(?:(?:và|còn|cụ\s+thể)\s*[,:]?\s*)?\Z", re.I)


def _own_subject(text: str, s_start: int, at: int, depth: Sequence[int]) -> int:
    """Where the clause of the marker at *at* starts when a subject of its own leads the marker
    (a ``;`` at depth 0, then words before the marker): a total must come after it.  -1 when
    the marker's clause may take its total from before the ``;`` ("150 đại biểu; trong đó ...").

    >>> t = "khuyết 02 đồng chí; BTV gồm 9 đồng chí"
    >>> _own_subject(t, 0, t.index("gồm"), [0] * (len(t) + 1))
    18
    >>> t = "150 đại biểu; trong đó 100 nam"
    >>> _own_subject(t, 0, t.index("trong"), [0] * (len(t) + 1))
    -1
    """
    cut = text.rfind(_CLAUSE_BREAK, s_start, at)
    while cut != -1 and depth[cut] != 0:
        cut = text.rfind(_CLAUSE_BREAK, s_start, cut)
    if cut == -1 or _SUBJECT_FILLERS.match(text, cut + 1, at):
        return -1
    return cut


# "Chi đoàn A ... gồm 5 đoàn viên và Chi đoàn B ... gồm 10 đoàn viên": a figure right after its
# own head (*gồm*, *có*), then "và" (or a comma) and the name of another unit before the marker.
_SIBLING_BEFORE = re.compile(
    r"\b(?:bao\s+gồm|gồm(?:\s+có)?|có|với)\s*:?\s*\d[\d.,]*(?:\s+[^\W\d_]+){0,4}\s*"
    r"(?P<join>,|\bvà\b)\s*(?P<subject>[^\W\d_][^\d;()]{0,160}?)\s*\Z",
    re.IGNORECASE,
)
# Where its first words start, only (speed).
_SIBLING_BEFORE_AT = Gated(_SIBLING_BEFORE, ("bao", "gồm", "có", "với"))
_SIBLING_LOOKBACK = 220


def _sibling_subject(text: str, s_start: int, at: int) -> int:
    """Where the clause of the marker at *at* starts when a sibling leads it: the figure before
    is the object of a head of its own (*gồm 5 đoàn viên*), then *và* or a comma and a subject
    that names another unit (a word with a capital): a total must come after it (Hải Phòng,
    2025: "Chi đoàn ... phường Trần Thành Ngọ gồm 5 đoàn viên và Chi đoàn Công ty ... phường
    Văn Đẩu gồm 10 đoàn viên"; corpus anhp-kienan-chidoan-2025).  -1 otherwise.

    >>> t = "Chi đoàn A gồm 5 đoàn viên và Chi đoàn B gồm 10 đoàn viên"
    >>> _sibling_subject(t, 0, t.rindex("gồm"))
    27
    >>> t = "Hội có 120 hội viên, được chia gồm: 50 nam, 70 nữ"
    >>> _sibling_subject(t, 0, t.rindex("gồm"))
    -1
    """
    found = _SIBLING_BEFORE_AT.search(text, max(s_start, at - _SIBLING_LOOKBACK), at)
    if found is None or not any(w[:1].isupper() for w in found["subject"].split()):
        return -1
    return found.start("join")


_ITEM_HEAD = re.compile(r"[\s\u2060\-–—+•*]*(?:(?:có|là)\s+)?", re.IGNORECASE)


def _unread_item(
    text: str,
    base: int,
    figures: Sequence[Mention],
    parts: Sequence[Mention],
    start: int,
    stop: int,
    depth: Sequence[int],
) -> bool:
    """Whether an item of the list in ``text[start:stop]`` opens with a figure of *figures*
    (the quantities of the list) that is none of *parts* (nor a rate): a part written without
    its noun ("1.588 người, gồm: 165 đại biểu ...; 353 là đại biểu bầu ...; 1.070 đại biểu chỉ
    định"), or of another noun; the list's sum would leave it out.  A figure inside an item
    ("407 đại biểu được bầu từ 110 tổ chức") does not count.

    >>> from hoiquanchung.checker import extract
    >>> t = "1.588 người, gồm: 165 đại biểu A; 353 là đại biểu B; 1.070 đại biểu C."
    >>> ms = extract(t)
    >>> _unread_item(t, 0, ms, [ms[1], ms[3]], 17, len(t), _depths(t))
    True
    >>> _unread_item(t, 0, ms, [ms[1], ms[2], ms[3]], 17, len(t), _depths(t))
    False
    """
    part_starts = [p.start - base for p in parts]
    figure_starts = {m.start - base for m in figures if m.unit != "%"} - set(part_starts)
    if not figure_starts:
        return False  # every quantity of the list is a part (or a rate)
    items = _items(text, start, stop, depth)
    unread = False
    for a, b in items:
        held = bisect.bisect_left(part_starts, b) - bisect.bisect_left(part_starts, a)
        if held > 1 and _semicolons(items, text):
            return False  # several breakdowns, one a ";"-item: each is read by its labels
        head = _ITEM_HEAD.match(text, a, b)
        if not held and head is not None and head.end() in figure_starts:
            unread = True
    return unread


# Between two counts of one run: words without a figure or a list mark, then "và".
_RUN_LINK = re.compile(r"[^\d,;:()]{0,60}?\svà\s+\Z", re.IGNORECASE)
_RUN_TAIL = re.compile(r"[^\d,;:()]{0,60}?\blà\s+", re.IGNORECASE)


def _declared(
    text: str,
    base: int,
    after: Sequence[Mention],
    same: Sequence[Mention],
    noun: str,
    stop: int,
    depth: Sequence[int],
) -> tuple[list[Mention], set[Mention]] | None:
    """Counts of another kind of person that the list declares of the total's *noun* (*là đại
    biểu ...* after them), a run joined by *và* read as one part: "1.510 đại biểu, trong đó 173
    ủy viên Trung ương chính thức và 24 ủy viên Trung ương dự khuyết là đại biểu đương nhiên, 13
    đại biểu chỉ định ..., và 1.300 đại biểu ... bầu ra" (the 197 members are ex officio
    delegates).  The parts made (each spans its run) and the counts they hold; ``None`` when
    there is none.

    >>> from hoiquanchung.checker import extract
    >>> t = "có 9 đại biểu, trong đó 3 ủy viên A và 2 ủy viên B là đại biểu đương nhiên, 4 đại biểu"
    >>> ms = extract(t)
    >>> runs, members = _declared(t, 0, ms[1:], [ms[3]], "đại biểu", len(t), _depths(t))
    >>> [(r.value, t[r.start:r.end]) for r in runs], len(members)
    ([(Decimal('5'), '3 ủy viên A và 2 ủy viên')], 2)
    """
    read = set(same)
    runs: list[Mention] = []
    members: set[Mention] = set()
    run: list[Mention] = []
    for m in [*after, None]:
        if m is not None and (
            m in read
            or m.bound is not Bound.EXACT
            or depth[m.start - base] != 0
            or not _of_persons(_noun(m))
            or _noun(m) == noun
        ):
            m = None
        if (
            m is not None
            and run
            and _noun(m) == _noun(run[0])
            and _RUN_LINK.match(text, run[-1].end - base, m.start - base)
        ):
            run.append(m)
            continue
        if run:
            tail = _RUN_TAIL.match(text, run[-1].end - base, stop)
            if tail is not None and _names_noun(text, tail.end(), noun):
                value = sum_of_parts(run)
                quantity = attrs.evolve(
                    run[0].quantity,
                    value=value,
                    unit=noun,
                    text=text[run[0].start - base : run[-1].end - base],
                )
                runs.append(attrs.evolve(run[0], quantity=quantity, end=run[-1].end))
                members.update(run)
        run = [m] if m is not None else []
    return (runs, members) if runs else None


def _names_noun(text: str, at: int, noun: str) -> bool:
    """Whether ``text[at:]`` opens with the words of *noun*, each whole.

    >>> _names_noun("đại biểu đương nhiên", 0, "đại biểu"), _names_noun("người dân", 0, "người")
    (True, True)
    >>> _names_noun("đảng viên", 0, "đại biểu"), _names_noun("người", 0, "người dân")
    (False, False)
    """
    words = noun.split()
    return [w.casefold() for w in _WORD.findall(text, at, at + len(noun) + 8)][
        : len(words)
    ] == words


def _whole_parts(
    items: list[tuple[int, int]], parts: Sequence[Mention], base: int
) -> list[tuple[int, int]]:
    """*items* with those cut inside a part joined again: a part made of a run of counts
    ("173 ủy viên ... và 24 ủy viên", :func:`_declared`) spans the *và* that cut it.

    >>> from hoiquanchung.checker import extract
    >>> t = "3 ủy viên A và 2 ủy viên, 4 đại biểu"
    >>> a, b, c = extract(t)
    >>> run = attrs.evolve(a, end=b.end, quantity=attrs.evolve(a.quantity, text=t[: b.end]))
    >>> _whole_parts([(0, 11), (15, 24), (25, len(t))], [run, c], 0)
    [(0, 24), (25, 36)]
    """
    spans = [(p.start - base, p.end - base) for p in parts if " và " in p.text]
    if not spans:
        return items  # no part spans a cut (the usual case)
    out = [items[0]]
    for a, b in items[1:]:
        if any(s < out[-1][1] and e > a for s, e in spans):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _bare_parts(
    text: str, base: int, after: Sequence[Mention], noun: str, stop: int, depth: Sequence[int]
) -> list[Mention]:
    """The figures of *after* (before *stop*) written without a noun but named one of the
    list's *noun* by *là* right after them: "1.588 người, gồm: 165 đại biểu ...; 353 là đại
    biểu bầu theo quy định; 1.070 đại biểu chỉ định" (353 đại biểu).

    >>> from hoiquanchung.checker import extract
    >>> t = "gồm: 165 đại biểu A; 353 là đại biểu B; 20 là nữ"
    >>> [m.text for m in _bare_parts(t, 0, extract(t), "đại biểu", len(t), _depths(t))]
    ['353']
    """
    if not noun:
        return []
    named = re.compile(rf"\s+là\s+{re.escape(noun)}(?!\w)", re.IGNORECASE)
    return [
        m
        for m in after
        if m.start - base < stop
        and m.unit is None
        and m.fraction is None
        and m.range_end is None
        and depth[m.start - base] == 0
        and named.match(text, m.end - base) is not None
    ]


def _rival_persons(
    text: str, base: int, local: Sequence[Mention], at: int, n_before: int, depth: Sequence[int]
) -> bool:
    """Whether a quantity of persons other than the total ``local[at]`` (in *người* or a kind
    of person) stands among the last quantities before the marker (the first *n_before* of
    *local*): the parts, counted by a word for persons of any kind, may be of either.

    >>> from hoiquanchung.checker import extract
    >>> t = "36 cán bộ đại diện 5.000 hội viên, trong đó 2 chị"
    >>> ms = extract(t)
    >>> _rival_persons(t, 0, ms, 0, 2, _depths(t)), _rival_persons(t, 0, ms[:1], 0, 1, _depths(t))
    (True, False)
    """
    for k in range(max(0, n_before - _MAX_TOTAL_LOOKBACK), n_before):
        other = local[k]
        noun = _noun(other)
        if (
            k != at
            and (noun in _ANY_PERSONS or _of_persons(noun))
            and depth[other.start - base] == 0
            and not _is_change(text, other.start - base, other.end - base)
        ):
            return True
    return False


_CLAUSE_OPEN = re.compile(r"[,;:()]")


def _named_count(text: str, s_start: int, at: int, noun: str) -> bool:
    """Whether the clause of the total at *at* says it counts *noun* (the parts' noun): "nâng
    tổng số hội viên của toàn hội là 3.014.710 người" counts members, whatever persons were
    named before it.

    >>> t = "kết nạp hơn 61.000 hội viên, nâng tổng số hội viên của toàn hội là 3.014.710 người"
    >>> _named_count(t, 0, t.index("3.014"), "hội viên"), _named_count(t, 0, 12, "hội viên")
    (True, False)
    """
    if not noun:
        return False
    lo = s_start
    for m in _CLAUSE_OPEN.finditer(text, s_start, at):
        lo = m.end()
    words = r"\s+".join(re.escape(w) for w in noun.split())
    return re.search(rf"\b(?:tổng\s+)?số\s+{words}(?!\w)", text[lo:at], re.IGNORECASE) is not None


def _rival_across_semicolon(
    text: str,
    base: int,
    local: Sequence[Mention],
    at: int,
    s_start: int,
    marker: int,
    depth: Sequence[int],
) -> bool:
    """Whether a marker opening a ``;``-clause of its own ("...; trong đó, ...") follows a total
    ``local[at]`` that an earlier figure of its noun in the sentence rivals: the list may break
    down either ("Trong năm đã tiếp 91 lượt, tổng số người: 87 người, ...; Đoàn đông người: 01
    đoàn, số người: 06 người, số vụ việc: 01; trong đó, Lãnh đạo cơ quan tiếp: 42 lượt, 38
    người, 34 vụ việc": the year's, not the delegation's).

    >>> from hoiquanchung.checker import extract
    >>> t = "Tiếp 87 người; đoàn đông người: 06 người; trong đó, lãnh đạo tiếp 38 người"
    >>> ms = extract(t)
    >>> _rival_across_semicolon(t, 0, ms, 1, 0, t.index("trong"), _depths(t))
    True
    >>> t = "Tiếp 87 lượt; đoàn đông người: 06 người; trong đó, lãnh đạo tiếp 38 người"
    >>> ms = extract(t)
    >>> _rival_across_semicolon(t, 0, ms, 1, 0, t.index("trong"), _depths(t))
    False
    >>> t = "Tiếp nhận 340 hồ sơ, giải quyết 329 hồ sơ; trong đó, đúng hạn 323 hồ sơ"
    >>> ms = extract(t)
    >>> _rival_across_semicolon(t, 0, ms, 1, 0, t.index("trong"), _depths(t))
    False
    """
    if not text[s_start:marker].rstrip().endswith(";"):
        return False
    total = local[at]
    noun = _noun(total)
    if noun is None:
        return False
    # The rival stands in an earlier ';'-clause than the total's ("đã tiếp nhận 340.060 hồ sơ,
    # đã giải quyết 329.596 hồ sơ; trong đó, ...": one clause, the list is the nearer's).
    clause = text.rfind(";", s_start, total.start - base)
    return any(
        s_start <= other.start - base < clause
        and depth[other.start - base] == 0
        and _same_noun(noun, _noun(other))
        and not _is_change(text, other.start - base, other.end - base)
        for other in local[:at]
    )


def _twin_before(
    text: str, base: int, local: Sequence[Mention], at: int, depth: Sequence[int]
) -> bool:
    """Whether a quantity of the noun of the total ``local[at]`` stands before it in its
    clause (nothing but words between them: no ``,``, ``;``, ``:`` or bracket): then which of
    the two the list breaks down is not guessed.

    >>> from hoiquanchung.checker import extract
    >>> t = "Có 516 đại biểu thay mặt 300 đại biểu khác"
    >>> ms = extract(t)
    >>> _twin_before(t, 0, ms, 1, _depths(t)), _twin_before(t, 0, ms, 0, _depths(t))
    (True, False)
    >>> t = "Ban chủ nhiệm gồm 7 thành viên, câu lạc bộ có 33 thành viên"
    >>> ms = extract(t)
    >>> _twin_before(t, 0, ms, 1, _depths(t))
    False
    """
    total = local[at]
    noun = _noun(total)
    for other in reversed(local[max(0, at - _MAX_TOTAL_LOOKBACK) : at]):
        gap = text[other.end - base : total.start - base]
        if any(c in gap for c in ",;:()[]{}.!?\n"):
            return False  # the clause of the total starts after this one
        if (
            noun is not None
            and depth[other.start - base] == 0
            and _same_noun(noun, _noun(other))
            and not _is_change(text, other.start - base, other.end - base)
        ):
            return True
    return False


def _whole_prefix(
    paragraph: Paragraph,
    total: Mention,
    parts: Sequence[Mention],
    start: int,
    stop: int,
    depth: Sequence[int],
) -> tuple[list[Mention], int] | None:
    """The first items of the list in ``text[start:stop]`` when they alone are a whole
    breakdown of *total* by their labels, and the items after them name no value of that
    dimension: those parts and where they end (``None`` otherwise, or when every item is in).

    "516 đại biểu ...; trong đó có 95 đại biểu đương nhiên; 407 đại biểu được bầu từ 110 tổ
    chức ...; 14 đại biểu chỉ định; 20 đại biểu nữ; 30 đại biểu là người dân tộc ít người": the
    three kinds of delegate are the whole (``complete`` in ``breakdown_kinds.toml``), the traits
    after them overlap them.  Each item of the run holds one part; an item without a part goes
    with the label before it, as in :func:`_partition`.  A sex is read only when written in
    lower case (*Quảng Nam* is a province, not the men).
    """
    if len(parts) < 2:
        return None  # a run of two parts at least
    text, base = paragraph.text, paragraph.offset
    items = _items(text, start, stop, depth)
    if len(items) < 3:
        return None
    part_starts = [p.start - base for p in parts]
    labels: list[str] = []
    taken: list[Mention] = []
    end = start
    for a, b in items:
        inside = parts[bisect.bisect_left(part_starts, a) : bisect.bisect_left(part_starts, b)]
        if len(inside) > 1:
            return None  # two parts in one item: no run of single items
        if not inside:
            if not labels:
                return None
            labels[-1] = _joined(labels[-1], text[a:b], taken[-1])
            if not labels[-1]:
                return None
            end = b
            continue
        if len(labels) == _MAX_RUN:
            return None  # no dimension has this many values: a bound on the work
        part = inside[0]
        labels.append(text[a : part.start - base] + " " + text[part.end - base : b])
        taken.append(part)
        end = b
        dimension, whole = _labelled(total, labels) if len(labels) > 1 else (None, False)
        if dimension is not None and whole:
            break
    else:
        return None
    if end >= items[-1][1] or _names_value(dimension[0], text[end:stop]):
        return None  # the whole list (read as it is), or a value again after the run
    if dimension[0] == "level" and _below_commune(text[end:stop]):
        return None  # "...; 37 lễ hội cấp xã; 25 lễ hội cấp thôn, xóm": one more level
    if dimension[0] in _OPEN_RUNS:
        return None  # "xây mới 60 căn, sửa chữa 30 căn, nâng cấp 20 căn": work, not a trait
    if dimension[0] == "sex" and any(
        not k.islower() for label in labels for k in _SEX.findall(label)
    ):
        return None
    return taken, end


# A level below the commune (thôn, xóm, tổ dân phố, ấp, bản, khu phố, chi hội): one more level
# of a list by level ("02 lễ hội cấp tỉnh; 09 ... cấp huyện; 37 ... cấp xã; 25 lễ hội cấp thôn,
# xóm").  Words of other uses (*văn bản*, *chi hội* as a noun) only after "cấp"; none before a
# proper name (*thôn Đồng Tâm* is a place) nor in *nông thôn*.
_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x1EFA)) if c.isupper())
_BELOW_COMMUNE = re.compile(
    r"(?:\bcấp\s+(?:bản|buôn|làng|chi\s+hội|thôn|xóm|ấp|tổ\s+dân\s+phố|khu\s+phố)"
    r"|(?<!nông )\b(?:thôn|xóm|ấp|tổ\s+dân\s+phố|khu\s+phố))"
    rf"(?!\w)(?!\s+[{_CAPITALS}0-9])"
)


def _below_commune(text: str) -> set[str]:
    """``{"thôn"}`` when *text* names a level below the commune (one key for all its names),
    else an empty set: the level a list by level may go down to after *cấp xã*.

    >>> _below_commune(" lễ hội cấp thôn, xóm."), _below_commune("; 25 hội ở các tổ dân phố")
    ({'thôn'}, {'thôn'})
    >>> _below_commune(" hộ ở thôn Đồng Tâm"), _below_commune(" hội cấp xã")
    (set(), set())
    >>> _below_commune(" hộ nông thôn"), _below_commune(" 5 văn bản"), _below_commune(" cấp bản")
    (set(), set(), {'thôn'})
    """
    return {"thôn"} if _BELOW_COMMUNE.search(text) else set()


def _names_value(name: str, text: str) -> bool:
    """Whether *text* names a value of the dimension *name* (as :func:`_labelled` names it).

    >>> _names_value("delegate", "; 20 đại biểu chỉ định"), _names_value("delegate", "; 20 nữ")
    (True, False)
    >>> _names_value("level", " cấp xã 3"), _names_value("range", " 60 tuổi trở lên")
    (True, True)
    """
    simple = {"level": _LEVEL, "sex": _SEX, "area": _AREA}
    if name in simple:
        return simple[name].search(text) is not None
    if name == "range":
        return any(p.search(text) for p in (_BELOW, _FROM_UP, _BETWEEN))
    return any(
        pattern.search(text) is not None
        for n, _, pattern, _ in label_dimensions(bracketed=True)
        if n == name
    )


def _is_change(text: str, start: int, end: int) -> bool:
    """Whether the quantity at ``text[start:end]`` is a change (*tăng 3,1 tỷ đồng so với*).

    >>> t = "tăng 3 hộ, có 5 hộ, nhiều hơn so với năm trước 2 hộ, 4 hộ so với"
    >>> [_is_change(t, a, a + 4) for a in (5, 14, 47, 53)]
    [True, False, True, True]
    """
    lo = max(0, start - _CHANGE_LOOKBACK)
    # The search ends its match right before the quantity, but for white space: there stands
    # the last letter of a change's word (_CHANGE_LAST), or its match reads on after "hơn"
    # ("nhiều hơn so với năm trước 2 hộ"), an "ơ" in the look-back.  Neither: no search (speed).
    last = start
    while last > lo and text[last - 1].isspace():
        last -= 1
    may_end = (last > lo and text[last - 1] in _CHANGE_LAST) or (
        text.find("ơ", lo, start) != -1 or text.find("Ơ", lo, start) != -1
    )
    if may_end and _CHANGE_BEFORE.search(text, lo, start):
        return True
    return _CHANGE_AFTER.match(text, end) is not None


def _exceeding(
    paragraph: Paragraph, total: Mention, parts: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    if total.bound in (Bound.MORE_THAN, Bound.AT_LEAST):
        return  # no upper end
    _lo, total_hi = total.quantity.interval()
    for part in parts:
        if part.bound not in (Bound.EXACT, Bound.MORE_THAN, Bound.AT_LEAST):
            continue
        part_lo, _hi = part.quantity.interval()
        if total.bound is Bound.EXACT:
            above = part_lo > total_hi
        else:  # "gần", "dưới", "tối đa", "khoảng": by the qualifier (checker._rules)
            above = sum_contradicts(total.quantity, part_lo) == "above"
        if above:
            yield make_finding(
                paragraph,
                part.start - paragraph.offset,
                "parts-exceed-total",
                {"part": part.text, "total": total.text},
                variant="prose",
                file=file,
                stated=part.text,
                computed=total.text,
                stated_value=part.value,
                computed_value=total.value,
            )


# "ngoài ra (còn)": besides the items listed, more of the whole.
_BESIDES = re.compile(r"(?<!\w)ngoài\s+ra(?!\w)", re.IGNORECASE)


def _besides(text: str, start: int, end: int, total: Mention) -> bool:
    """Whether *ngoài ra* in ``text[start:end]`` (the list and the rest of its sentence, in a
    bracket or not) is followed by a figure of the total's noun: more of the whole than the
    items listed.  "đạt hơn 129.519 tỷ đồng gồm thu nội địa 55.000 tỷ đồng, thu từ hoạt động
    xuất nhập khẩu 70.140 tỷ đồng (ngoài ra còn các khoản huy động ... hơn 4.379 tỷ đồng)"
    (vneconomy.vn, 2025; a hunt on unseen text): the three make the total.

    >>> from hoiquanchung.checker import extract
    >>> t = "Thu 129 tỷ đồng gồm 55 tỷ đồng, 70 tỷ đồng (ngoài ra còn 4 tỷ đồng)."
    >>> total = extract(t)[0]
    >>> _besides(t, 20, len(t), total), _besides(t.replace("ngoài ra còn", "và"), 20, len(t), total)
    (True, False)
    """
    unit = total.unit
    if not unit:
        return False
    for found in _BESIDES.finditer(text, start, end):
        tail = text[found.end() : end].casefold()
        if re.search(r"\d[\d.,]*(?:\s+\w+)?\s+" + re.escape(unit.casefold()), tail):
            return True
    return False


def _partition(
    paragraph: Paragraph,
    total: Mention,
    parts: Sequence[Mention],
    kind: str,
    start: int,
    stop: int,
    depth: Sequence[int],
    file: str | None,
    level: int = 0,
    group: int = 0,
    sibling_whole: bool = False,
    in_kind: bool = False,
) -> Iterator[Finding]:
    """``total-mismatch`` when *parts*, the items of ``text[start:stop]``, do not make *total*
    (*group*: the list is the first (1) or a later (2) ``;``-item of several breakdowns of
    *total*, see :func:`_groups`; *sibling_whole*: another of them adds up to it exactly;
    *in_kind*: the total also holds goods without a value, so only a sum above it is wrong)."""
    if len(parts) < 2 or any(p.bound is not Bound.EXACT for p in parts):
        return
    text, base = paragraph.text, paragraph.offset
    items = _whole_parts(_items(text, start, stop, depth, level), parts, base)
    part_starts = [p.start - base for p in parts]  # in order: bisection keeps this linear
    if not group and kind in _GROUPED_MARKERS and _semicolons(items, text):
        # "gồm: thu thuế và phí 123,7 tỷ đồng, thu tiền cấp đất 60,5 tỷ đồng; thu bằng biện
        # pháp tài chính 8,4 tỷ đồng": one list whose separators change.
        items = _mixed_separators(text, items, total, parts, part_starts, depth, level)
    # "...; 23 tổ ... trung bình và 12 tổ ... yếu": read only by its labels (below), never by
    # its marker alone ("gồm 21 ... đương nhiên; 139 ... bầu; 60 ... nam và 100 ... nữ" is two
    # breakdowns, not four parts).
    joined_last = len(items)
    items = _last_joined(text, items, part_starts, depth, level, [p.end - base for p in parts])
    joined_last = len(items) != joined_last
    labels: list[str] = []
    # Each label with the part-less items after it ("17 đại biểu do các cơ quan, tổ chức ở
    # trung ương giới thiệu": the comma inside a label cuts it), None when one cannot be joined.
    joined: list[str] | None = []
    # Each label with the part-less items before it ("khối công chức, viên chức là 4 đoàn
    # viên": a label whose words lead its part), None when one cannot be joined.
    leading: list[str] | None = []
    pending = ""
    ends_at = items_end = 0  # where the last part ends and its item
    heads: list[str] = []  # each part's item before it and after it (checker._parallel)
    tails: list[str] = []
    afters: list[str] = []  # each part's item after it, as written (checker._numbered_values)
    valueless = False  # a ";"-item that names what was given without a figure
    bare_with = False  # an item after "với" without "là"
    for a, b in items:
        inside = parts[bisect.bisect_left(part_starts, a) : bisect.bisect_left(part_starts, b)]
        if not inside and (_valueless_item(text, a, b) or _one_named(text, a, b, total.unit)):
            valueless = True
        if not inside and joined:
            joined[-1] = _joined(joined[-1], text[a:b], parts[len(joined) - 1])
            if not joined[-1]:
                joined = None
        if not inside and leading is not None:
            # Only after a label that ends at its part ("... là 6 đoàn viên, khối công chức"):
            # words after a part ("60 suất cho hộ nghèo và cận nghèo") may go on with it.
            if labels and _WORD.search(text, ends_at, items_end) is not None:
                leading = None
            else:
                pending = _joined(pending, text[a:b], parts[min(len(leading), len(parts) - 1)])
                if not pending:
                    leading = None
        if len(inside) > 1:
            if group or kind not in _GROUPED_MARKERS or not _semicolons(items, text):
                return  # two parts in one item: not a simple list
            yield from _groups(paragraph, total, parts, items, depth, file, level)
            return
        if inside:
            p = inside[0]
            head = text[a : p.start - base]
            if kind == "với" and not _IS.search(head):
                # "với" is a marker as "với cấp tỉnh là 40 hội, ...", or before labels that
                # make the whole (below).
                bare_with = True
            if _EACH.search(head):
                # "các tỉnh A, B và C mỗi tỉnh 300 triệu đồng": an amount each, not a part.
                return
            labels.append(head + " " + text[p.end - base : b])
            heads.append(head)
            tails.append(_TRAIT_TAIL.sub(" ", text[p.end - base : b]))
            afters.append(text[p.end - base : b])
            if joined is not None:
                joined.append(labels[-1])
            if leading is not None:
                leading.append(pending + labels[-1])
                pending = ""
            ends_at, items_end = p.end - base, b
    if len(labels) != len(parts):
        return
    if _besides(text, parts[0].start - base, _sentence_end(text, stop), total):
        return  # "..., thu ... 70.140 tỷ đồng (ngoài ra còn các khoản ... 4.379 tỷ đồng)"
    if other_casualty(_clause_to(text, total.start - base, start), labels):
        return  # "Số người mất tích là 11 người, gồm: ..., và có 7 người bị thương"
    rest = _REST.search(labels[-1]) is not None
    tail, tail_end = parts[-1].end - base, _sentence_end(text, stop)
    if _DIGIT.search(text, tail, tail_end) is None and _open_tail(text[tail:tail_end]):
        # "254.676 tỷ đồng, trong đó bao gồm tăng thu 24.019 tỷ đồng, giảm chi 92.365 tỷ đồng,
        # cùng nhiều kiến nghị khác" (doanhnghieptiepthi.vn, 2025; found by a hunt on unseen
        # text): what the list ends with has no figure, so the parts are some of the total, its
        # "khác" no rest counted.
        rest, valueless = False, True
    dimension, whole = _labelled(total, labels)
    if dimension is None and not whole and joined is not None and joined != labels:
        dimension, whole = _labelled(total, joined)
        if dimension is not None:
            labels = joined
    some = None  # disjoint parts that need not be the whole: only more than the total is wrong
    if dimension is None and not whole and len(items) == len(labels):
        # Every item a part ("60 suất cho hộ nghèo và cận nghèo, 50 suất ...": the item "cận
        # nghèo" after "và" belongs to the first part, whose kinds then overlap the second's).
        some = dimension = disjoint_parts(labels, total.unit, lead_before(text, start))
    elif dimension is None and not whole and leading and not pending and leading != labels:
        # "khối công chức, viên chức là 4 đoàn viên": a comma inside a label cuts it; the label
        # joined again names one kind of a set whole, or nothing.
        some = dimension = disjoint_parts(leading, total.unit, lead_before(text, start))
        if dimension is not None:
            labels = leading
    if dimension is None and not whole and _disjoint_ranges(labels):
        # "30 đảng viên dưới 30 tuổi, 20 đảng viên trên 60 tuổi": ranges that do not overlap.
        some = dimension = ("ranges", frozenset())
    if whole and dimension is not None and dimension[0] == "renewal":
        # "Trong 180 ủy viên chính thức, có 123 người tái cử, 50 người tham gia lần đầu": where
        # a body has alternate members, a former alternate elected in full is neither.
        whole = _ALTERNATES.search(text, total.start - base, stop) is None
    if (
        sibling_whole
        and dimension is not None
        and dimension[0] == "level"
        and _DELEGATES.match(total.unit or "")
    ):
        # "150 đại biểu, trong đó ... 123 ... bầu, 21 ... đương nhiên, 06 ... chỉ định; 11 đại
        # biểu cấp huyện, 139 đại biểu cấp cơ sở; ...": the delegates of a congress whose
        # levels run down to the base, beside a breakdown that makes the total exactly, come
        # from those levels (a district's congress); a fund or a staff listed "cấp huyện, cấp
        # xã" may have left the province out.
        whole = whole or _down_to_base(dimension[1])
    if (
        dimension is None
        and not whole
        and kind in _NAMED_LISTS
        and (
            _named_by_total(text, base, total, start, labels)
            or _named_before(text, base, total, start, labels)
            or _province_toll(text, base, total, start, labels)
        )
    ):
        # "330 người chết, mất tích (292 người chết, 38 người mất tích)": the kinds the total
        # names, each once, are the whole.
        dimension, whole = ("named", frozenset()), True
    if whole and dimension is not None and _partial_lead(text, base, total, dimension[0]):
        # "Đã tiếp nhận 1.000 hồ sơ, trong đó giải quyết đúng hạn 800 hồ sơ, quá hạn 20 hồ sơ":
        # the files received hold those still in process; settled on time or late are some.
        whole, some = False, dimension
    if dimension is None and not whole and _negation_pair(labels):
        # "626 tổ chức hội có tính chất đặc thù và 139 tổ chức hội không có tính chất đặc thù":
        # a trait and its negation are the whole.
        dimension, whole = ("negation", frozenset()), True
    if (
        dimension is None
        and not whole
        and len(items) == len(labels)
        and not any(c.isdigit() for tail in tails for c in tail)
        and not _casualty_kinds(tails)
        and parallel_kinds(heads, tails)
    ):
        # "2.931 doanh nghiệp, trong đó 1.470 doanh nghiệp nhỏ, 1.930 doanh nghiệp vừa và 231
        # doanh nghiệp lớn": kinds of one set after the noun they repeat, none counted twice.
        some = dimension = ("parallel", frozenset())
    if (
        dimension is None
        and not whole
        and len(items) == len(labels)
        and not any(c.isdigit() for c in text[total.end - base : start])
        and parallel_heads(heads, tails)
    ):
        # "323 hội viên; trong đó, thế hệ thứ nhất có 294 hội viên, thế hệ thứ hai có 33 hội
        # viên": parallel labels before the figures, one kind each (_parallel_heads); not after
        # another figure ("20.000 tỷ đồng, tăng 1.000 tỷ đồng ...; trong đó ...": the list may
        # break down the change).
        some = dimension = ("parallel", frozenset())
    if dimension is None and not whole and len(items) == len(labels):
        some = dimension = _framed_values(text, base, total, start, heads, afters)
    if joined_last and dimension is None and not rest:
        # The last "và" cut the list: only labels say it is one list, or a last item that is
        # the rest of it ("...; cá 305,5 ha và các loại thủy sản khác 636 ha": no breakdown of
        # its own ends with the rest of the total).
        return
    if bare_with and not whole:
        # "là 1.041 người, với 217 người ở Trung ương và 824 người ở địa phương" (VnExpress,
        # 2026) is read; "139 tổ chức hội ... với 992.000 hội viên" names what goes with it.
        return
    complete = kind in _COMPLETE_MARKERS or whole or rest
    if dimension is None and not whole and _traits_of_several_kinds(labels):
        # "57 ứng cử viên ... có thành phần cơ cấu gồm: Đại biểu nữ là 27 người ...; Dân tộc
        # thiểu số có 18 người ...; ngoài Đảng có 06 người ...; dưới 40 tuổi có 27 người"
        # (ttthlak.gov.vn, 2021): traits that cut across each other, not kinds of one set.
        return
    if kind == "(" and not complete and some is None:
        # A bracket without a marker: only a whole breakdown is read, or parts that cannot
        # overlap ("118 suất quà (thị trấn An Lão 55 suất, xã An Trung 63 suất)"), whose sum
        # above the total is wrong (below it, see `partial`).
        return
    if not complete and dimension is None:
        return
    if group > 1 and not _bare(labels):
        return  # a later group: nothing but the values of one dimension ("100 đại biểu nam")
    total_sum = sum_of_parts(parts)
    # At the total's written precision and by its qualifier ("hơn 9,1 tỷ": only a sum below
    # 9,05 tỷ contradicts it; "gần 26 tỷ": only one above 26,5 tỷ): checker._rules.
    side = sum_contradicts(total.quantity, total_sum, [p.quantity for p in parts])
    if side is None:
        return
    if side == "above" and unfinished_rest(text, base, total, parts):
        return
    if dimension is not None and _agrees_nested(total, parts, labels, dimension[0]):
        return
    if (in_kind or valueless) and side == "below":
        return  # "hơn 4,8 tỷ đồng ..., bao gồm tiền mặt, gói bột lọc nước": the packets
    if side == "below" and _rest_follows(text, total, total_sum, _sentence_end(text, stop)):
        return  # "... 217 ... và 643 người .... Lần này có 4 người tự ứng cử": the list goes on
    # Parts above a partitioned total are wrong; below it, a level may have been left out.
    partial = side == "below" and not complete
    if partial and (some is not None or total.bound is not Bound.EXACT):
        return  # "trong đó 60 suất tại xã A": other communes may have had the rest

    severity = Severity.INFO if partial else Severity.ERROR
    yield mismatch(paragraph, total, parts, total_sum, severity, file)


def _framed_values(
    text: str,
    base: int,
    total: Mention,
    start: int,
    heads: Sequence[str],
    afters: Sequence[str],
) -> tuple[str, frozenset[str]] | None:
    """``("framed", ...)`` when the parts' items, within the total's sentence, are one frame
    whose only difference is one slot: a number of its own in each ("61 hồ sơ nộp mức độ 3 và
    1.537 hồ sơ nộp mức độ 4": :func:`~hoiquanchung.checker._numbered_values.numbered_values`)
    or the value right after a noun naming a dimension ("24 hội hoạt động trong lĩnh vực y tế,
    15 hội hoạt động trong lĩnh vực nông nghiệp": ``classified_values``).  A thing has one
    value of one attribute, so such parts cannot overlap: more than the total is wrong, less
    says nothing (a *trong đó* list may name some values only).  The reading is the one the
    continued totals use across sentences (:mod:`hoiquanchung.checker._continued_totals`),
    here for parts in the total's own sentence; *said*, the clause before the list, keeps a
    second measure of the items from passing for values ("231 vụ TNGT làm chết 105 người,
    trong đó ... 3 vụ làm chết 2 người; ... 228 vụ làm chết 103 người").

    Near misses it leaves alone: ranges ("10 xã đạt từ 15 tiêu chí, 12 xã đạt từ 10 tiêu
    chí"; "cấp huyện trở lên 100 hội, cấp tỉnh 20 hội"), years ("hộ năm 2023, hộ năm 2024"),
    shares, amounts and prices ("hộ nhận 5 triệu đồng"; "20 suất trị giá 100.000đ/suất", tiers
    by price, read by their own rule), and frames that differ in more than their one slot.
    """
    for item in (*heads, *afters):
        if _FRAME_BLOCKERS.search(item):
            return None
    said = _clause_to(text, total.start - base, start)
    if numbered_values(afters, heads, said) or classified_values(afters, heads):
        return ("framed", frozenset())
    return None


# What keeps items from being values of one attribute (:func:`_framed_values`): a bound or a
# range ("cấp huyện trở lên 100 hội, cấp tỉnh 20 hội": the district level and up holds the
# province's), an amount or a price each ("20 suất trị giá 100.000đ/suất": tiers by price, read
# by their own rule), the recipients of an amount ("9 tỷ đồng cho 2.189 hộ vay, ... 6 tỷ đồng
# cho 814 hộ vay": a second measure, not a value).
_FRAME_BLOCKERS = re.compile(
    r"(?<!\w)(?:"
    + alternation([*bound_words("before"), *bound_words("after"), *range_words()], r"\s+")
    + r")(?!\w)|\d\s*(?:đ|đồng|vnđ|vnd|usd|"
    + scale_alternation(r"\s+")
    + r")(?!\w)|/|(?<!\w)cho\s+\d",
    re.IGNORECASE,
)


def _traits_of_several_kinds(labels: Sequence[str]) -> bool:
    """Whether *labels* name traits of two kinds or more that cut across each other
    (``[cross_traits]`` of the kinds data file; *nam* and *nữ* are one kind: sex).

    >>> _traits_of_several_kinds(["Đại biểu nữ là", "Dân tộc thiểu số có", "dưới 40 tuổi có"])
    True
    >>> _traits_of_several_kinds([" nam", " nữ"]), _traits_of_several_kinds([" xã A", " xã B"])
    (False, False)
    """
    words = _cross_trait_words()
    kinds: set[str] = set()
    for label in labels:
        if _SEX.search(label):
            kinds.add("sex")
            continue
        found = words.search(label)
        if found is not None:
            kinds.add(" ".join(found.group(0).casefold().split()))
    return len(kinds) >= 2


@functools.cache
def _cross_trait_words() -> re.Pattern[str]:
    """The words of ``[cross_traits]``, longest first, as whole words."""
    words = sorted(cross_traits().words, key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in word.split()) for word in words)
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


# The end of a list that goes on without a figure: "và nhiều kiến nghị khác", "cùng các hoạt
# động khác", "v.v.", "...".
_OPEN_TAIL = re.compile(
    r"(?:,|\bvà|\bcùng)\s*(?:với\s+)?(?:rất\s+)?(?:nhiều|các|những|một\s+số)\s+"
    r"[^\d,;.]{0,60}?\bkhác\b|\bv\.\s?v\b|\.\.\.|…",
    re.IGNORECASE,
)


def _open_tail(after: str) -> bool:
    """Whether the words *after* a list's last part, to its sentence's end, say it goes on
    without a figure (``_OPEN_TAIL``), before a bracket closes the list or *như* names examples
    of its last item ("1 suất quà ... là nhu yếu phẩm cần thiết như: Gạo, mì tôm…").

    >>> _open_tail(" và nhiều kiến nghị khác."), _open_tail(", v.v."), _open_tail(")...")
    (True, True, False)
    >>> _open_tail(" là nhu yếu phẩm cần thiết như: Gạo, mì tôm, thuốc bổ…")
    False
    """
    cut = _TAIL_CUT.search(after)
    return _OPEN_TAIL.search(after, 0, cut.start() if cut else len(after)) is not None


_TAIL_CUT = re.compile(r"[():]|\bnhư\b", re.IGNORECASE)

# An item of a ";"-list: words (at least two), no figure.
_VALUELESS = re.compile(r"\s*[^\W\d_]+(?:[ \t\u00a0,]+[^\W\d_]+)+[\s,.…]*", re.IGNORECASE)


def _one_named(text: str, a: int, b: int, noun: str | None) -> bool:
    """Whether the item ``text[a:b]`` names one unit of the total's *noun* by its proper name,
    without a figure ("16 xã, gồm 8 xã thuộc huyện Khánh Sơn, 6 xã huyện Khánh Vĩnh, xã Cam
    Thịnh Tây của TP. Cam Ranh, xã Ninh Tây của thị xã Ninh Hòa", Báo Khánh Hòa, 2018; found
    by a hunt on unseen text): it counts one the parts' sum leaves out, so only a sum above
    the total contradicts it.

    >>> t = "gồm 8 xã huyện A, 6 xã huyện B, xã Cam Thịnh Tây và xã Ninh Tây"
    >>> _one_named(t, t.index("xã Cam"), t.index(" và"), None), _one_named(t, 17, 30, "xã")
    (False, False)
    >>> _one_named(t, t.index("xã Cam"), t.index(" và"), "xã")
    True
    """
    if not noun:
        return False
    m = _ONE_NAMED.match(text, a, b)
    return m is not None and m.group(1).casefold() == noun.casefold() and m.group(2)[0].isupper()


# An item that opens with a noun and a capitalised name ("xã Cam Thịnh Tây", "và phường An").
_ONE_NAMED = re.compile(r"[\s,;:(]*(?:và\s+)?(\w+)\s+(\w+)", re.IGNORECASE)


def _valueless_item(text: str, a: int, b: int) -> bool:
    """Whether the item ``text[a:b]`` follows a ``;`` and names something without a figure:
    the list's sum leaves it out, so only a sum above the total contradicts it ("tổng số tiền
    524 triệu đồng, gồm: Hỗ trợ 6 phương tiện ... trị giá 66 triệu đồng; xây mới 5 nhà ... tổng
    số tiền 358 triệu đồng; tặng quà, hỗ trợ khám chữa bệnh hiểm nghèo; ...", MTTQ xã Thuận An,
    Hà Nội, 2025; found by a hunt on unseen text).

    >>> t = "gồm: A 66 triệu đồng; B 358 triệu đồng; tặng quà, hỗ trợ khám bệnh; C"
    >>> _valueless_item(t, t.index("tặng"), t.rindex(";"))
    True
    >>> _valueless_item(t, t.rindex(";") + 1, len(t))
    False
    """
    before = text[:a].rstrip()
    return before.endswith(";") and _VALUELESS.fullmatch(text, a, b) is not None


# A last item still under way or not yet done ("..., đang giải quyết 194 tin", "chưa giải
# quyết", "còn tồn", "tạm đình chỉ"): what is not finished is no part of a total of what is.
_UNFINISHED = re.compile(
    r"(?:[,;:]|\bvà)\s*(?:đang|chưa|tạm|còn\s+tồn)\b[^,;:\d]*\Z", re.IGNORECASE
)


def unfinished_rest(text: str, base: int, total: Mention, parts: Sequence[Mention]) -> bool:
    """Whether the parts but the last make *total* exactly and only the last is labelled as not
    finished: "Đã giải quyết 703 tin bao gồm: Khởi tố 461 tin, không khởi tố 242 tin, đang giải
    quyết 194 tin" (VKS Vĩnh Phúc, 2017: 461 + 242 = 703; the 194 are still being settled).

    >>> from hoiquanchung.checker import extract
    >>> text = "703 tin: khởi tố 461 tin, không khởi tố 242 tin, đang giải quyết 194 tin"
    >>> t, *parts = extract(text)
    >>> unfinished_rest(text, 0, t, parts)
    True
    >>> text = "703 tin: khởi tố 461 tin, không khởi tố 242 tin, chuyển đi 194 tin"
    >>> t, *parts = extract(text)
    >>> unfinished_rest(text, 0, t, parts)
    False
    """
    if len(parts) < 3:
        return False
    gaps = [text[a.end - base : b.start - base] for a, b in itertools.pairwise(parts)]
    if not _UNFINISHED.search(gaps[-1]) or any(_UNFINISHED.search(g) for g in gaps[:-1]):
        return False
    return sum_contradicts(total.quantity, sum_of_parts(parts[:-1])) is None


# The kinds a total names after its noun, then its list ("330 người chết, mất tích (292 người
# chết, 38 người mất tích)", soha.vn, 2024; "95 người chết, mất tích (43 người chết, 52 người mất
# tích)", kenh14.vn, 2024): two to four kinds of one to three words each, joined by "," or "và",
# the list opening right after them (a bracket or a marker).
_KIND = r"[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){0,2}"  # one to three words
_NAMED_KINDS = re.compile(
    rf"[ \t\u00a0]*(?P<kinds>{_KIND}(?:\s*(?:,|\bvà\b|\bhoặc\b)\s*{_KIND}){{1,3}})"
    r"[ \t\u00a0]*,?[ \t\u00a0]*",
    re.IGNORECASE,
)
# The opening of the list after the kinds: a bracket, a marker, or a marker in a bracket.
_LIST_OPENING = re.compile(
    r"(?:\([ \t\u00a0]*)?(?:(?:trong\s+đó|bao\s+gồm|gồm\s+có|gồm)\s*[:,]?)?[ \t\u00a0]*\Z",
    re.IGNORECASE,
)
_MAX_NAMED = 80  # characters from the total to its list's first item
_NAMED_ENDS = ("(", "đó", "gồm", "có", ":", ",")  # how the head of a list may end
_KIND_JOINS = re.compile(r"\s*(?:,|\bvà\b|\bhoặc\b)\s*", re.IGNORECASE)
_KIND_FILLERS = frozenset({"là", "có", "số"})


def _named_by_total(
    text: str, base: int, total: Mention, start: int, labels: Sequence[str]
) -> bool:
    """Whether *total* names its kinds right before its list and each label is one of them,
    each kind once: "330 người chết, mất tích (292 người chết, 38 người mất tích)" is whole
    (*start*: where the list's items start, after the bracket or the marker).

    >>> from hoiquanchung.checker import extract
    >>> t = "khiến 330 người chết, mất tích (292 người chết, 38 người mất tích)"
    >>> total = extract(t)[0]
    >>> _named_by_total(t, 0, total, t.index("(") + 1, ["  chết", " mất tích"])
    True
    >>> _named_by_total(t, 0, total, t.index("(") + 1, ["  chết", " bị thương"])
    False
    >>> t = "làm 200 người chết, mất tích (gồm 141 người chết, 59 người mất tích)"
    >>> _named_by_total(t, 0, extract(t)[0], t.index("gồm") + 3, [" chết", " mất tích"])
    True
    >>> t = "có 50 hội viên nữ, dân tộc thiểu số (30 hội viên nữ, 25 hội viên dân tộc thiểu số)"
    >>> _named_by_total(t, 0, extract(t)[0], t.index("(") + 1, [" nữ", " dân tộc thiểu số"])
    False
    >>> t = "khiến 330 người chết (292 người chết ở Lào Cai, 38 người ở Yên Bái)"
    >>> _named_by_total(t, 0, extract(t)[0], t.index("(") + 1, ["  chết ở Lào Cai", " ở Yên Bái"])
    False
    """
    head = text[total.end - base : start]
    if len(head) > _MAX_NAMED or not head.rstrip().endswith(_NAMED_ENDS):
        return False  # the kinds come right before the list
    opening = _LIST_OPENING.search(head)
    found = None if opening is None else _NAMED_KINDS.fullmatch(head, 0, opening.start())
    if found is None:
        return False
    kinds = [" ".join(k.casefold().split()) for k in _KIND_JOINS.split(found.group("kinds"))]
    if len(kinds) != len(labels) or len(set(kinds)) != len(kinds):
        return False
    traits = [any(p.search(k) for p in (_SEX, _AREA, _LEVEL)) for k in kinds]
    if any(traits) and not all(traits):
        return False  # "50 hội viên nữ, dân tộc thiểu số": traits of two dimensions may overlap
    named = []
    for label in labels:
        words = [w.casefold() for w in _WORD.findall(label)]
        while words and words[0] in _KIND_FILLERS:
            words.pop(0)
        named.append(" ".join(words))
    return sorted(named) == sorted(kinds)


# A province's line of a toll whose kinds the total before it named: "352 người chết và mất
# tích (...) do bão số 3 ... Trong đó, Lào Cai 172 người (113 người chết, 59 người mất tích)".
_NAMED_REACH = 600  # characters before a province's line searched for the named total
_SHARES_OF = re.compile(r"\b(?:trong\s+đó|cụ\s+thể)\b", re.IGNORECASE)


@functools.cache
def _province_line() -> re.Pattern[str]:
    """A province's proper name (and a colon or *có*) right before its figure."""
    return re.compile(
        rf"(?<!\w)(?:{province_names()})[ \t\u00a0]*(?::|\bcó\b)?[ \t\u00a0]*\Z", re.I
    )


def _named_before(text: str, base: int, total: Mention, start: int, labels: Sequence[str]) -> bool:
    """Whether *total*, a province's figure with its bracket right after it, shares out a total
    named before it in the paragraph whose kinds are the labels, each once: "... 352 người
    chết và mất tích (...) ... Trong đó, Lào Cai 172 người (113 người chết, 59 người mất
    tích)" (*trong đó* between them, the province's name right before the figure).

    >>> from hoiquanchung.checker import extract
    >>> t = "có 352 người chết và mất tích. Trong đó, Lào Cai 172 người (113 người chết, 59 "
    >>> t += "người mất tích)"
    >>> total = extract(t)[1]
    >>> _named_before(t, 0, total, t.index("(") + 1, [" chết", " mất tích"])
    True
    >>> _named_before(t, 0, total, t.index("(") + 1, [" chết", " bị thương"])
    False
    >>> t = "có 352 người chết và mất tích, Lào Cai 172 người (113 người chết, 59 người mất tích)"
    >>> _named_before(t, 0, extract(t)[1], t.index("(") + 1, [" chết", " mất tích"])
    False
    """
    at, end = total.start - base, total.end - base
    if total.unit is None:
        return False
    if text[end:start].strip() != "(" and (
        total.unit not in _PERSONS or _toll_patterns()[2].fullmatch(text, end, start) is None
    ):
        return False  # "Yên Bái: 40 người do sạt lở đất (...)": a place or a cause may come
    if _province_line().search(text, max(0, at - 40), at) is None:
        return False
    lead = text[max(0, at - _NAMED_REACH) : at]
    shares = list(_SHARES_OF.finditer(lead))
    if not shares:
        return False
    named = re.compile(
        rf"\d[\d.,]*[ \t\u00a0]+{re.escape(total.unit)}(?!\w)" + _NAMED_KINDS.pattern,
        re.IGNORECASE,
    )
    words = []
    for label in labels:
        kept = [w.casefold() for w in _WORD.findall(label)]
        while kept and kept[0] in _KIND_FILLERS:
            kept.pop(0)
        words.append(" ".join(kept))
    for found in named.finditer(lead, 0, shares[-1].start()):
        if not lead[found.end() :].lstrip().startswith(("(", ".", ";", ",")):
            continue
        kinds = [" ".join(k.casefold().split()) for k in _KIND_JOINS.split(found.group("kinds"))]
        if len(set(kinds)) == len(kinds) == len(words) and sorted(kinds) == sorted(words):
            return True
        # A toll of casualties: a part's place or cause, a kind again with another of them.
        same = named_values("casualty")
        values = frozenset(same.get(k, "") for k in kinds)
        if all(k in same for k in kinds) and len(values) == len(kinds):
            return _casualty_match(labels, values)
    return False


# A toll's bracket right after its figure, opened by "gồm" or not: "44 người (gồm 42 người
# chết, 2 người mất tích)".
_TOLL_OPENING = re.compile(
    r"[ \t\u00a0]*\([ \t\u00a0]*(?:gồm[ \t\u00a0]*:?[ \t\u00a0]*)?", re.IGNORECASE
)


def _province_toll(text: str, base: int, total: Mention, start: int, labels: Sequence[str]) -> bool:
    """Whether *total* is a province's toll of persons, a toll naming its casualty kinds having
    come before it in the paragraph, whose bracket right after it names those kinds, each once
    (or again with its own place or cause, see :func:`_casualty_match`): "Cao Bằng có 52
    người chết và mất tích (43 người chết, 09 người mất tích). Yên Bái: 50 người (48 người
    chết, 02 người mất tích) gồm: ..." (vietnamplus.vn, 2024), "+ Yên Bái: 44 người (gồm 42
    người chết, 2 người mất tích)" after "200 người chết, mất tích" (thanhnien.vn, 2024).
    Unlike :func:`_named_before`, no *trong đó* need stand between the toll and the line.  A
    place or a cause between the figure and the bracket, a figure no province's name leads
    ("tàu chở 12 người (...)"), a label with more than its kind, or no toll named before
    ("Lào Cai: 155 người (53 người chết, ...)" alone: the injured may be in it) leave the
    bracket to the other readings.

    >>> from hoiquanchung.checker import extract
    >>> t = "Có 52 người chết và mất tích (...). Yên Bái: 44 người (40 người chết, 4 người"
    >>> t += " mất tích)"
    >>> total = extract(t)[1]
    >>> _province_toll(t, 0, total, t.rindex("(") + 1, ["  chết", " mất tích"])
    True
    >>> _province_toll(t, 0, total, t.rindex("(") + 1, ["  chết", " bị thương"])
    False
    >>> t = "Yên Bái: 44 người (40 người chết, 4 người mất tích)"
    >>> _province_toll(t, 0, extract(t)[0], t.index("(") + 1, ["  chết", " mất tích"])
    False
    """
    at, end = total.start - base, total.end - base
    if (
        total.unit not in _PERSONS
        or len(labels) < 2
        or _TOLL_OPENING.fullmatch(text, end, start) is None
    ):
        return False
    if _province_line().search(text, max(0, at - 40), at) is None:
        return False
    kinds = _toll_kinds(text[:at])
    return kinds is not None and _casualty_match(labels, kinds)


_LEAD_CLAUSE = 80  # characters before a total searched for the words of its own clause


def _partial_lead(text: str, base: int, total: Mention, name: str) -> bool:
    """Whether the total's own clause (back to a ``;``, ``.`` or a line's start) holds words
    that make the values of dimension *name* some of it only (``partial_after``).

    >>> from hoiquanchung.checker import extract
    >>> t = "Đã tiếp nhận 1.000 hồ sơ, trong đó"
    >>> _partial_lead(t, 0, extract(t)[0], "timeliness"), _partial_lead(t, 0, extract(t)[0], "vote")
    (True, False)
    >>> t = "Đã tiếp nhận 1.200 hồ sơ; đã giải quyết 1.000 hồ sơ, trong đó"
    >>> _partial_lead(t, 0, extract(t)[1], "timeliness")
    False
    """
    words = partial_after(name)
    if words is None:
        return False
    at = total.start - base
    lead = text[max(0, at - _LEAD_CLAUSE) : at]
    cut = max(lead.rfind(";"), lead.rfind("."), lead.rfind("\n"), lead.rfind(","))
    return words.search(lead, cut + 1) is not None


_LABEL_FILLERS = frozenset({"có", "là", "và", "trong", "đó", "số"})
_NEGATIONS = (("không", "có"), ("không",), ("chưa", "có"), ("chưa",))
# What a part's item may say after its figure without naming another trait: a bracket, or a
# change or a share of its own ("Số có điều kiện thi hành là 579.413 việc, tăng 7.240 việc (tăng
# 1,27% so với cùng kỳ năm 2016)"; "Số chưa có điều kiện thi hành là 148.814 việc, chiếm 20,44%
# trong tổng số phải thi hành", thads.moj.gov.vn, 2017).
_TRAIT_TAIL = re.compile(
    r"\([^()]*\)|,\s*(?:tăng|giảm|chiếm|đạt|bằng)\b(?:\d[\d.,]*\d|[^,;()])*", re.IGNORECASE
)


def _negation_pair(labels: Sequence[str]) -> bool:
    """Whether two *labels* are one trait and its negation, nothing else.

    >>> _negation_pair(["có  có tính chất đặc thù ", "  không có tính chất đặc thù."])
    True
    >>> _negation_pair([" đã có việc làm", " chưa có việc làm"])
    False
    >>> _negation_pair([" nữ có việc làm", " nữ không có việc làm"])
    False
    >>> _negation_pair([" Số có điều kiện là, giảm 87 việc (giảm 1%)", " Số chưa có điều kiện là"])
    True
    >>> _negation_pair([" có điều kiện là  , chiếm 79,56% tổng số", " chưa có điều kiện, tại xã A"])
    False
    >>> _negation_pair([" có điều kiện là  , tại huyện A", " chưa có điều kiện là"])
    False
    """
    if len(labels) != 2:
        return False
    words = []
    for label in labels:
        w = [x.casefold() for x in _WORD.findall(_TRAIT_TAIL.sub(" ", label))]
        while w and w[0] in _LABEL_FILLERS:
            w.pop(0)
        words.append(w)
    trait, other = words
    if not trait:
        return False
    return any(other == [*neg, *trait] for neg in _NEGATIONS)


def _in_kind(
    text: str,
    base: int,
    total: Mention,
    parts: Sequence[Mention],
    figures: Sequence[Mention],
) -> bool:
    """Whether *total*, an amount in đồng, says in its own clause (up to its first part) that it
    also holds goods ("bao gồm tiền mặt, gói bột lọc nước", "gồm tiền và hiện vật") and the
    list counts goods in another unit (*gói*, *thùng*): the cash parts are a share of it.

    >>> from hoiquanchung.checker import extract
    >>> t = "phân bổ hơn 4,8 tỷ đồng, bao gồm tiền mặt, gói bột: A 2 tỷ đồng, 900 gói; B 2 tỷ đồng"
    >>> ms = extract(t)
    >>> _in_kind(t, 0, ms[0], [ms[1], ms[3]], ms[1:])
    True
    >>> _in_kind(t, 0, ms[0], [ms[1], ms[3]], [ms[1], ms[3]])
    False
    """
    if total.unit != "đồng" or not parts:
        return False
    head = text[total.end - base : parts[0].start - base]
    if _IN_KIND.search(head) is None or _VALUED.search(head) is not None:
        return False
    return any(f.unit not in (None, "đồng", "%") for f in figures)


def _down_to_base(covered: frozenset[str]) -> bool:
    """Whether the levels *covered* run from the district down to the commune (the base,
    *cơ sở*) without the province: every level of a district's body.

    >>> _down_to_base(frozenset({"cấp", "huyện", "cơ", "sở"}))
    True
    >>> _down_to_base(frozenset({"tỉnh", "xã"})), _down_to_base(frozenset({"huyện", "tỉnh", "xã"}))
    (False, False)
    """
    return "huyện" in covered and bool({"xã", "sở"} & covered) and "tỉnh" not in covered


def _labelled(
    total: Mention, labels: Sequence[str]
) -> tuple[tuple[str, frozenset[str]] | None, bool]:
    """The dimension whose distinct values label every item, and whether they are all its
    values: administrative level, sex, area, ranges that tile 0 to no end, or a dimension of
    ``breakdown_kinds.toml`` for the total's noun."""
    dimension = _dimension(labels)
    if dimension is None and _tiled(labels):
        dimension = ("range", frozenset())  # "tuổi dưới 55", "tuổi 55 trở lên": complete
    if dimension is not None:
        return dimension, _complete(dimension)
    # "1.587 đại biểu, trong đó có 1.381 đại biểu ... bầu, 15 đại biểu ... chỉ định, 191 đại
    # biểu đương nhiên": distinct values of a dimension of the total's noun.
    dimension, whole = _noun_dimension(total, labels)
    if (
        dimension is not None
        and dimension[0] in _BARE_DIMENSIONS
        and not all(_bare_value(label, dimension[0], _noun_words(total)) for label in labels)
    ):
        return None, False  # "15 đồng chí Chủ tịch Hội tái cử": a subgroup's renewal
    return dimension, whole


def _joined(label: str, item: str, part: Mention) -> str:
    """*label* with *item*, a list item without a part after it, or ``""`` when *item* may be
    an entry of its own: it holds a digit or names the part's noun again ("17 đại biểu trẻ,
    các đại biểu nam" is two entries; "17 đại biểu do các cơ quan, tổ chức ở trung ương" one).

    >>> from hoiquanchung.checker import extract
    >>> part = extract("17 đại biểu")[0]
    >>> _joined(" do các cơ quan", " tổ chức ở trung ương", part)
    ' do các cơ quan, tổ chức ở trung ương'
    >>> _joined(" trẻ", " các đại biểu nam", part), _joined(" nữ", " 3 xã", part)
    ('', '')
    """
    noun = _noun(part) or ""
    folded = " ".join(item.casefold().split())
    if any(c.isdigit() for c in item) or (noun and re.search(rf"\b{re.escape(noun)}\b", folded)):
        return ""
    return f"{label},{item}"


def _last_joined(
    text: str,
    items: list[tuple[int, int]],
    part_starts: Sequence[int],
    depth: Sequence[int],
    level: int,
    part_ends: Sequence[int] = (),
) -> list[tuple[int, int]]:
    """*items* cut at ``;`` with the last one, two parts joined by *và*, cut at that *và*:
    "có 1.234 tổ ... xếp loại tốt, ...; 222 tổ ... khá, ...; 23 tổ ... trung bình và 12 tổ ...
    yếu" lists four parts, one an item, the last two joined the usual way.  Only when every
    other item holds one part and the *và* is the only one between the two, right before the
    second (after fillers such as *có*): a list of several breakdowns ("21 ..., 06 ...; 11 ...,
    139 ...; 100 ... và 50 ...") keeps its items.

    >>> t = "A 3 tổ; B 2 tổ và 1 tổ C"
    >>> _last_joined(t, [(0, 6), (7, len(t))], [2, 10, 18], [0] * (len(t) + 1), 0)
    [(0, 6), (7, 14), (18, 24)]
    >>> _last_joined(t, [(0, 6), (7, len(t))], [2, 10], [0] * (len(t) + 1), 0)
    [(0, 6), (7, 24)]
    """
    if not _semicolons(items, text):
        return items
    counts = [
        bisect.bisect_left(part_starts, b) - bisect.bisect_left(part_starts, a) for a, b in items
    ]
    if counts[-1] != 2 or any(c != 1 for c in counts[:-1]):
        return items
    a, b = items[-1]
    k = bisect.bisect_left(part_starts, a)
    between = _AND.finditer(text, part_starts[k], part_starts[k + 1])
    joins = [m for m in between if depth[m.start()] == level]
    if len(joins) != 1:
        return items
    if not _JOIN_TAIL.fullmatch(text, joins[0].end(), part_starts[k + 1]) and not (
        _label_led(text, items[:-1], part_starts, part_ends)
        and k < len(part_ends)
        and not text[part_ends[k] : joins[0].start()].strip()
    ):
        return items
    return [*items[:-1], (a, joins[0].start()), (joins[0].end(), b)]


def _label_led(
    text: str, items: Sequence[tuple[int, int]], part_starts: Sequence[int], ends: Sequence[int]
) -> bool:
    """Whether every item of *items* ends with its one part, its label before it ("Huy hiệu 65
    năm tuổi Đảng có 1 đồng chí; ..."): then the last item's *và* right after its first part
    starts the next one ("...; Huy hiệu 40 năm ... có 3 đồng chí và Huy hiệu 30 năm ... có 4
    đồng chí", sggp.org.vn, 2025).

    >>> t = "A có 3 tổ; B có 2 tổ và C có 1 tổ"
    >>> _label_led(t, [(0, 9)], [5], [9]), _label_led(t, [(0, 9)], [5], [7])
    (True, False)
    """
    if not ends:
        return False
    for a, b in items:
        k = bisect.bisect_left(part_starts, a)
        if k >= len(ends) or text[ends[k] : b].strip(" \t\u00a0,;.:"):
            return False
    return True


# After the *và* that joins the last two parts: nothing but a filler before the second.
_JOIN_TAIL = re.compile(r"(?:(?:có|là)\s+)?", re.IGNORECASE)


def _semicolons(items: Sequence[tuple[int, int]], text: str) -> bool:
    """Whether *items* (two at least) were cut at ``;``."""
    return len(items) > 1 and text[items[1][0] - 1] == ";"


def _mixed_separators(
    text: str,
    items: list[tuple[int, int]],
    total: Mention,
    parts: Sequence[Mention],
    part_starts: Sequence[int],
    depth: Sequence[int],
    level: int,
) -> list[tuple[int, int]]:
    """*items*, cut at ``;``, cut again at ``,`` and *và* when the list changes its separator
    on the way: some ``;``-items hold one part, others several (Lâm Đồng, 2017: "thu ngân sách
    do huyện quản lý 197,7 tỷ đồng, ..., gồm: thu thuế và phí 123,7 tỷ đồng, ..., thu tiền cấp
    đất, thuê đất, bán nhà sở hữu nhà nước 60,5 tỷ đồng, ...; thu bằng biện pháp tài chính 8,4
    tỷ đồng"; corpus h80-baolamdong-duc-trong-thu-ngan-sach-7-thang-2017): a one-part item is no
    breakdown of the total of its own, so the items are the parts of one list.

    Several breakdowns of one total keep their items (:func:`_groups`): every ``;``-item of
    several parts ("21 ... đương nhiên, 06 ... chỉ định; 11 ... cấp huyện, 139 ... cấp cơ
    sở"), or a run of ``;``-items that makes the total exactly ("gồm 21 đại biểu đương nhiên;
    139 đại biểu bầu; 60 đại biểu nam và 100 đại biểu nữ": 21 + 139 = 160).

    >>> from hoiquanchung.checker import extract
    >>> t = "Thu 19 tỷ đồng, gồm: A 12 tỷ đồng, B 6 tỷ đồng; C 1 tỷ đồng."
    >>> total, *parts = extract(t)
    >>> cut = [(20, 46), (47, len(t) - 1)]
    >>> [t[a:b].strip() for a, b in _mixed_separators(t, cut, total, parts,
    ...     [p.start for p in parts], [0] * len(t), 0)]
    ['A 12 tỷ đồng', 'B 6 tỷ đồng', 'C 1 tỷ đồng']
    >>> t = "Có 160 đại biểu, gồm 21 đại biểu A; 139 đại biểu B; 60 đại biểu nam, 100 đại biểu nữ."
    >>> total, *parts = extract(t)
    >>> cut = [(21, 35), (36, 51), (52, len(t) - 1)]
    >>> _mixed_separators(t, cut, total, parts, [p.start for p in parts], [0] * len(t), 0) == cut
    True
    """
    groups = [
        parts[bisect.bisect_left(part_starts, a) : bisect.bisect_left(part_starts, b)]
        for a, b in items
    ]
    counts = [len(g) for g in groups]
    if 0 in counts or 1 not in counts or max(counts) < 2:
        return items
    for i in range(len(groups)):  # a run of items that makes the total: a breakdown of its own
        for j in range(i + 1, min(len(groups), i + _MAX_RUN) + 1):
            run = [p for g in groups[i:j] for p in g]
            if len(run) >= 2 and sum_of_parts(run) == total.value and j - i < len(groups):
                return items
    flat: list[tuple[int, int]] = []
    for a, b in items:  # no ";" at the list's depth inside an item: cut at "," and "và"
        flat += _items(text, a, b, depth, level)
    return flat


def _groups(
    paragraph: Paragraph,
    total: Mention,
    parts: Sequence[Mention],
    items: Sequence[tuple[int, int]],
    depth: Sequence[int],
    file: str | None,
    level: int,
) -> Iterator[Finding]:
    """Several breakdowns of one total, one a ``;``-item, each split by ``,``: "150 đại biểu,
    trong đó ... 123 đại biểu [bầu], 21 đại biểu đương nhiên, 06 đại biểu chỉ định; 11 đại
    biểu cấp huyện, 139 đại biểu cấp cơ sở; 100 đại biểu nam, 50 đại biểu nữ".

    The first item, right after the marker, is read as a list of its own; a later one only when
    each of its labels is nothing but one value of one dimension (a later item may break down
    something else: "; kết nạp mới 20 hội viên nam, 10 hội viên nữ" is no breakdown of the
    total).  Each says it is whole only by its labels, never by the marker (*gồm* may speak of
    the groups together, not of each)."""
    base = paragraph.offset
    starts = [p.start - base for p in parts]
    groups = [
        parts[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)] for a, b in items
    ]
    # Which groups make the total exactly: a breakdown beside one of them is a whole one too.
    exact = [
        len(g) >= 2
        and all(p.bound is Bound.EXACT for p in g)
        and sum_contradicts(total.quantity, sum_of_parts(g)) is None
        for g in groups
    ]
    for n, (a, b) in enumerate(items):
        inside = groups[n]
        first = n == 0
        yield from _partition(
            paragraph,
            total,
            inside,
            _LATER_KIND,  # whole only by its labels: the marker may govern the groups together
            a,
            b,
            depth,
            file,
            level,
            group=1 if first else 2,
            sibling_whole=any(e for k, e in enumerate(exact) if k != n),
        )


# Words a bare label may hold beside its value ("là 11 đại biểu", "có 50 đại biểu nữ").
_FILLERS = frozenset({"là", "có", "gồm", "và"})
_WORD = re.compile(r"\w+")
# Dimensions read only on labels that name nothing but their value: "184 đồng chí tham gia Ban
# Chấp hành ..., trong đó có 15 đồng chí Chủ tịch Hội tái cử và có 1 đồng chí Chủ tịch Hội được
# bầu mới" splits the chairs (a subgroup) by renewal, not the 184; "81 đồng chí ..., trong đó có
# 47 nhân sự tái cử, 34 nhân sự tham gia lần đầu" splits the whole.
_BARE_DIMENSIONS = frozenset({"renewal", "works"})
# Dimensions whose whole run may be followed by another value of the same kind that the data
# does not list (a third work on houses, "nâng cấp"): the items after the run are no traits.
# "giải quyết đúng hạn 800 hồ sơ, quá hạn 20 hồ sơ, đang giải quyết 150 hồ sơ": the files
# still in process are of the total too (dimension "timeliness" counts settled files only).
_OPEN_RUNS = frozenset({"works", "timeliness"})
# Full and alternate members named: a renewal breakdown of them may leave out the alternates
# elected in full (Ban Chấp hành Trung ương khóa XIV: "Trong nhóm dự khuyết khóa trước, có 11
# người được bầu lên chính thức").
_ALTERNATES = re.compile(r"\b(?:chính\s+thức|dự\s+khuyết)\b", re.IGNORECASE)
_VALUE_FILLERS = _FILLERS | {"được", "tham", "gia"}
# Words of a renewal's label that say how one stands or is elected, no subgroup: "47 trường
# hợp tái cử và 25 trường hợp được giới thiệu ứng cử lần đầu", "17 đồng chí Bí thư lần đầu đắc
# cử", "31 đồng chí Bí thư tái cử nhiệm kỳ 2020-2025" (the words of the total's noun, "Bí thư",
# are read as fillers too: the label names the total's own persons).
_STANDING_FILLERS = frozenset({"giới", "thiệu", "ứng", "cử", "đắc", "nhiệm", "kỳ"})
# The delegates of a congress (the total's noun).
_DELEGATES = re.compile(r"đại\s+biểu\b", re.IGNORECASE)


def _noun_words(total: Mention) -> frozenset[str]:
    """The words of *total*'s noun and those of ``_STANDING_FILLERS``, lower case: fillers of a
    renewal's label ("Bí thư" of "48 Bí thư").

    >>> from hoiquanchung.checker import extract
    >>> sorted(_noun_words(extract("48 Bí thư")[0]) - _STANDING_FILLERS)
    ['bí', 'thư']
    """
    return _STANDING_FILLERS | frozenset((total.unit or "").casefold().split())


def _bare_value(label: str, name: str, extra: frozenset[str] = frozenset()) -> bool:
    """Whether *label* is one value of the dimension *name* of ``breakdown_kinds.toml`` and
    nothing else but fillers (*có*, *được*, *tham gia*).

    >>> _bare_value(" có  tái cử", "renewal"), _bare_value(" tham gia lần đầu.", "renewal")
    (True, True)
    >>> _bare_value(" có  Chủ tịch Hội tái cử", "renewal")
    False
    """
    for dimension, _, pattern, _ in label_dimensions():
        if dimension == name:
            rest, found = pattern.subn(" ", label)
            return found == 1 and all(
                w.casefold() in _VALUE_FILLERS
                or w.casefold() in extra
                # "tái cử nhiệm kỳ 2020-2025": the years of a term
                or (bool(extra) and len(w) == 4 and w.isdigit())
                for w in _WORD.findall(rest)
            )
    return False


def _bare(labels: Sequence[str]) -> bool:
    """Whether each label is one value of one dimension and nothing else but fillers.

    >>> _bare([" cấp huyện", " cấp cơ sở"]), _bare([" nam", "là  nữ"])
    (True, True)
    >>> _bare(["kết nạp mới  nam", " nữ"]), _bare(["nữ:  cấp tỉnh", " cấp huyện"])
    (False, False)
    """
    patterns = [_LEVEL, _SEX, _AREA, *(pattern for _, _, pattern, _ in label_dimensions())]
    for label in labels:
        rest, found = label, 0
        for pattern in patterns:
            rest, n = pattern.subn(" ", rest)
            found += n
        if found != 1 or any(w.casefold() not in _FILLERS for w in _WORD.findall(rest)):
            return False
    return True


#: Rule totals: what :mod:`hoiquanchung.checker._registry` runs.
CHECK = Check(
    "totals",
    check_totals,
    ("total-mismatch", "parts-exceed-total"),
    wording="prose",
    needs_figures=True,
)


# Administrative units of one tier listed by their kinds: "tỉnh Đắk Lắk có 102
# đơn vị hành chính cấp xã, trong đó có 88 xã và 14 phường", "Có 579 đơn vị hành chính cấp xã:
# 383 xã, 175 phường và 21 thị trấn", "124 đơn vị (117 xã, 7 phường)".  Every unit of a tier is
# of one kind only (Luật Tổ chức chính quyền địa phương, Điều 2: xã, phường, thị trấn; from
# 01/7/2025 xã, phường, đặc khu), so kinds listed for a total of the tier cannot overlap: more
# than the total is an error.  Less is an error too when the list says it is the whole: opened
# by "gồm", ":" or a bare bracket, or after "trong đó" naming the tier's main kind (xã, huyện,
# tỉnh) beside another (a list of the towns and wards only, "trong đó có 15 phường, 8 thị trấn",
# may leave the xã to the reader).  Each item is a figure and a kind and nothing else: "59 xã
# khu vực III" is a group of xã, not a kind of unit, and ends the reading.
_TIER_KINDS = {
    "xã": ("xã", "phường", "thị trấn", "đặc khu"),
    "huyện": ("huyện", "quận", "thị xã", "thành phố"),
    "tỉnh": ("tỉnh", "thành phố"),
}
_UNIT_KIND = (
    r"(?:thị\s+trấn|thị\s+xã|đặc\s+khu|phường|xã|quận|huyện|tỉnh|"
    r"thành\s+phố(?:\s+trực\s+thuộc\s+(?:trung\s+ương|tỉnh))?)"
)
# A kind may be followed by the unit's proper name, capitalised: "1 đặc khu Hoàng Sa" (muctim
# .tuoitre.vn, 2025) is one unit, its name no end of the list.
# (Braces doubled twice: the item is formatted once more with its index.)
_UNIT_PROPER_NAME = rf"(?:[ \t]+(?-i:[{_CAPITALS}])\w*){{{{0,3}}}}"
_UNIT_ITEM = rf"(?P<n{{i}}>\d[\d.]*)\s+(?P<k{{i}}>{_UNIT_KIND}){_UNIT_PROPER_NAME}"
_UNIT_SEP = r"\s*(?:,\s*(?:và\s+)?|;\s*(?:và\s+)?|\s+và\s+)"
# The total: a figure of "đơn vị hành chính cấp X", or of "đơn vị" after that name.
_UNIT_TOTAL = re.compile(
    r"(?<![\d.,/])(?P<total>\d[\d.]*)\s+(?:đơn\s+vị(?:\s+hành\s+chính\s+cấp\s+(?P<tier>xã|huyện|tỉnh))?"
    r"|đvhc\s+cấp\s+(?P<short>xã|huyện|tỉnh)\b)"
    r"(?:\s+(?:sau\s+sắp\s+xếp|sau\s+sáp\s+nhập|hiện\s+nay|hiện\s+có))?"
    r"(?P<under>\s+hành\s+chính(?:\s+trực\s+thuộc)?)?"
    r"(?P<open>\s*\(\s*(?:(?P<bm>gồm\s+có|bao\s+gồm|gồm|trong\s+đó(?:\s+có)?)\s*[:,]?\s*)?"
    r"|\s*,\s*(?P<m>gồm\s+có|bao\s+gồm|gồm|trong\s+đó(?:\s+có)?)\s*[:,]?\s*|\s*:\s*)"
    + _UNIT_ITEM.format(i=0)
    + "".join(f"(?:{_UNIT_SEP}{_UNIT_ITEM.format(i=i)})?" for i in range(1, 4))
    + r"(?P<end>\s*(?:\)|[.;,]|\Z))",
    re.IGNORECASE,
)
# After a list that ends at a comma, what says it was a subgroup ("20 xã, 5 phường, chiếm 24%").
_UNIT_TRAIT = re.compile(r"\s*(?:chiếm|đạt|bằng|tỷ|tỉ|là|đều|được|trong|với)\b", re.IGNORECASE)
_TIER_NAMED = re.compile(
    r"đơn\s+vị\s+hành\s+chính\s+cấp\s+(xã|huyện|tỉnh)\b[^\d;()]{0,40}\Z", re.IGNORECASE
)
_UNIT_WORDS = ("đơn vị", "đvhc")
_UNIT_NOUNS = frozenset({"đơn vị", "đvhc"})  # a total's unit: "đơn vị", or "ĐVHC" (its short form)


# What says a bare "đơn vị" counts administrative units: a merger or rearrangement just before.
_UNITS_REARRANGED = re.compile(r"\b(?:sáp\s+nhập|sắp\s+xếp|hợp\s+nhất)\b", re.IGNORECASE)


def _tier_of_kinds(kinds: Sequence[str], found: re.Match[str]) -> str | None:
    """The one tier of which every listed kind is a unit, for a total of "đơn vị" whose tier is
    not named: "99 đơn vị hành chính trực thuộc (30 phường, 69 xã)", "Sau sáp
    nhập, thành phố còn 32 đơn vị (16 phường và 16 xã)": the total says "hành chính" or a merger
    comes just before it.  Only a list in a bracket it closes, or opened by
    "gồm" ("96 đơn vị, gồm 71 xã và 25 phường"): "trong đó" or a colon after a bare "đơn vị" may
    start the units of something else (schools, bodies) that happen to be named by commune."""
    bracket = found.group("open").lstrip().startswith("(")
    if not bracket and not (found.group("m") or "").casefold().startswith(("gồm", "bao")):
        return None
    if found.group("under") is None and not _UNITS_REARRANGED.search(
        found.string, max(0, found.start() - 80), found.start()
    ):
        return None  # "Huyện có 102 đơn vị (88 xã, 10 phường)": a bare "đơn vị" may be anything
    tiers = [t for t, members in _TIER_KINDS.items() if all(k in members for k in kinds)]
    return tiers[0] if len(tiers) == 1 else None


def _unit_kinds(
    paragraph: Paragraph, mentions: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    """``total-mismatch`` of a total of administrative units of one tier whose kinds, listed
    right after it, add up to more (or, the list whole, to less): see ``_TIER_KINDS``."""
    text, base = paragraph.text, paragraph.offset
    at: dict[int, Mention] | None = None
    for m in mentions:
        if m.unit not in _UNIT_NOUNS:  # units are lower case
            continue
        found = _UNIT_TOTAL.match(text, m.start - base)
        if found is None:
            continue
        if at is None:
            at = {m.start - base: m for m in mentions}
        kinds = [
            _SPACES.sub(" ", k.casefold()) for k in (found.group(f"k{i}") for i in range(4)) if k
        ]
        kinds = ["thành phố" if k.startswith("thành phố") else k for k in kinds]
        tier = found.group("tier") or found.group("short")
        if tier is None:
            named = _TIER_NAMED.search(text, max(0, found.start() - 80), found.start())
            tier = named.group(1) if named is not None else _tier_of_kinds(kinds, found)
            if tier is None:
                continue
        tier = tier.casefold()
        total = at.get(found.start("total"))
        parts = [at.get(found.start(f"n{i}")) for i in range(len(kinds))]
        if (
            total is None
            or total.bound is not Bound.EXACT
            or len(kinds) < 2
            or len(set(kinds)) != len(kinds)
            or any(k not in _TIER_KINDS[tier] for k in kinds)
            or any(p is None or p.bound is not Bound.EXACT or p.fraction for p in parts)
        ):
            continue
        if found.group("open").lstrip().startswith("(") and not found.group(
            "end"
        ).strip().startswith(")"):
            continue  # a bracket the list does not close: more in it than the kinds
        marker = found.group("bm") or found.group("m") or ""
        trait = _UNIT_TRAIT.match(text, found.end()) if found.group("end").strip() == "," else None
        if trait is not None and not (
            marker.casefold().startswith(("gồm", "bao")) and trait.group().strip() == "với"
        ):
            # "..., chiếm 24,5%": the kinds of a subgroup; after "gồm" the list is whole, and
            # "..., với diện tích tự nhiên ..." goes on about the units it made.
            continue
        whole = not marker.casefold().startswith("trong") or _TIER_KINDS[tier][0] in kinds
        total_sum = sum_of_parts([p for p in parts if p is not None])
        if total_sum > total.value or (whole and total_sum < total.value):
            yield mismatch(
                paragraph,
                total,
                [p for p in parts if p is not None],
                total_sum,
                Severity.ERROR,
                file,
            )


# The units of a tier after an arrangement of administrative units, by what the arrangement did
# to them (rule 2, totals): the resolutions of the Ủy ban Thường vụ Quốc hội on the
# arrangement of 2025 end with the units a province has, those formed by the arrangement and
# those not arranged: "tỉnh Gia Lai có 135 đơn vị hành chính cấp xã, gồm 110 xã và 25 phường;
# trong đó có 101 xã, 25 phường hình thành sau sắp xếp và 9 xã không thực hiện sắp xếp"
# (vietnamplus.vn, 2025), "cả nước có 34 đơn vị hành chính cấp tỉnh, gồm 28 tỉnh và 6 thành
# phố; trong đó có 19 tỉnh và 4 thành phố hình thành sau sắp xếp ... và 11 tỉnh, thành phố
# không thực hiện sắp xếp" (Nghị quyết 202/2025/QH15).  A unit of the new list was formed by
# the arrangement or left as it was, one of them: the two groups are the whole of the units
# named before ";" (both ways, an error).  Only this order of words is read: a "trong đó"
# after the kinds that lists something else ("8.297 xã, trong đó có 348 xã thuộc các thành phố
# trực thuộc tỉnh, ...") names neither group and is left alone.
_ARRANGED_WORDS = ("không thực hiện sắp xếp",)
_ARRANGED_ITEM = rf"\d[\d.]*\s+{_UNIT_KIND}(?:\s*,\s*{_UNIT_KIND})*"
_ARRANGED_LIST = rf"{_ARRANGED_ITEM}(?:(?:\s*,\s*|\s+và\s+){_ARRANGED_ITEM})*"
_ARRANGED = re.compile(
    r"(?<![\d.,/])(?P<total>\d[\d.]*)\s+đơn\s+vị\s+hành\s+chính\s+cấp\s+(?:xã|huyện|tỉnh)\b"
    r"[^;.()\n]{0,120}?;\s*trong\s+đó(?:\s+có)?\s+"
    rf"(?P<formed>{_ARRANGED_LIST})\s+hình\s+thành\b[^;.()\n]{{0,120}}?\s+và\s+"
    rf"(?P<kept>{_ARRANGED_LIST})\s+không\s+thực\s+hiện\s+sắp\s+xếp\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d[\d.]*")


def _arranged_units(
    paragraph: Paragraph, mentions: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    """``total-mismatch`` of the units of a tier whose groups formed by an arrangement and not
    arranged do not add up to them (see ``_ARRANGED``).

    >>> from hoiquanchung.checker import check_text
    >>> t = ("Tỉnh có 135 đơn vị hành chính cấp xã, gồm 110 xã và 25 phường; trong đó có "
    ...      "101 xã, 25 phường hình thành sau sắp xếp và 8 xã không thực hiện sắp xếp.")
    >>> [f.message_en for f in check_text(t)]  # doctest: +ELLIPSIS
    ["The total is stated as '135 đơn vị' but its parts add up to 101 + 25 + 8 = 134 ..."]
    >>> check_text(t.replace("8 xã", "9 xã"))
    []
    """
    text, base = paragraph.text, paragraph.offset
    at: dict[int, Mention] | None = None
    for found in _ARRANGED.finditer(text):
        if at is None:
            at = {m.start - base: m for m in mentions}
        total = at.get(found.start("total"))
        parts = [
            at.get(n.start())
            for group in ("formed", "kept")
            for n in _FIGURE.finditer(text, found.start(group), found.end(group))
        ]
        if (
            total is None
            or total.bound is not Bound.EXACT
            or any(p is None or p.bound is not Bound.EXACT or p.fraction for p in parts)
        ):
            continue
        exact = [p for p in parts if p is not None]
        total_sum = sum_of_parts(exact)
        if total_sum != total.value:
            yield mismatch(paragraph, total, exact, total_sum, Severity.ERROR, file)


# A total listed by province with the bare names: "bão số 10 khiến 19 người chết (Sơn La 1 người do
# sạt lở đất; ...; Đà Nẵng 1 người ...)", "82 người bị thương (Lào Cai 2, Quảng Ninh 9, ...)", "26
# người chết.  Cụ thể: Lào Cai 3 người do lũ ...; Cao Bằng 2 người ...", "22 người mất tích. Gồm:
# ...", "124 nhà bị đổ (Hà Giang: 38 nhà; Lai Châu: 55 nhà; ...)", "5 người chết (Đắk Lắk có 3
# người, Gia Lai có 2 người)".  Distinct provinces are distinct territories, so their parts cannot
# overlap: more than the total is an error; less says nothing (a list of the provinces hit hardest
# may leave others out), unless the bracket right after a toll is its whole (`_whole_bracket`).
# A province's part as large as the total, in a list of three or more, is a slip and read so.
# Each item is a province's name right before an exact figure of the total's unit (or of none);
# what follows the figure up to the next item is free (a cause, a place), unless it holds another
# figure of that unit, "trong đó" or "cũ" (an old province inside a new one).  The list ends at
# the bracket's close or the sentence's end.
# After *trong đó* (in the total's sentence or opening its bracket) the provinces are some of
# the total's only: "8 người bị thương, trong đó Hà Tĩnh 4 người, Quảng Trị 4 người" (2025),
# "17 người hiện vẫn mất tích, trong đó, Bình Định 14 người, Phú Yên 1 người, Khánh Hòa: 2
# người", "1.212 cán bộ ... (trong đó, TP Cần Thơ 1.114 cán bộ, Sóc Trăng 98 cán bộ)": more than
# the total is an error, less never is (`_SOME_PROVINCES`).
_PROVINCE_OPENERS = ("(", "cụ thể", "gồm", "trong đó")
_SOME_PROVINCES = re.compile(r"trong\s+đó", re.IGNORECASE)
_PROVINCE_PREFIX = r"(?:(?:tỉnh|thành\s+phố|tp\.?)\s+)?"


@functools.cache
def _province_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = province_names()
    # "Lào Cai 2", "Hà Giang: 38 nhà", "Đắk Lắk có 3 người".
    item = (
        rf"{_PROVINCE_PREFIX}(?P<name>{names})(?:[ \t\u00a0]*:|[ \t\u00a0]+có)?[ \t\u00a0]+"
        r"(?P<n>\d+(?:[.,]\d+)*)(?![\d/])"
    )
    some = r"trong\s+đó\s*[,:]?\s*(?:có\s+)?"
    opener = re.compile(
        r"[^\d().;:/\n]{0,40}?(?P<open>\s*\(\s*(?:"
        + some
        + r")?|\s*[.:]?\s*(?:cụ\s+thể|gồm)\s*:\s*|\s*,?\s*"
        + some
        + r")"
        + item,
        re.IGNORECASE,
    )
    following = re.compile(rf"(?:[;,]\s*(?:và\s+)?|\s+và\s+){item}", re.IGNORECASE)
    return opener, following


@functools.cache
def _counted_provinces() -> tuple[Gated, re.Pattern[str]]:
    """The phrase that counts the provinces a total goes to, up to the bracket listing them
    (its first item included), searched only where *cho* starts (speed), and each following
    item."""
    item = (
        rf"{_PROVINCE_PREFIX}(?P<name>{province_names()})[ \t\u00a0]*:?[ \t\u00a0]+"
        r"(?P<n>\d+(?:[.,]\d+)*)(?![\d/])"
    )
    marker = r"trong[ \t\u00a0]+đó[ \t\u00a0]*:?[ \t\u00a0]*"
    counted = re.compile(
        r"\bcho[ \t\u00a0]+"
        + counted_places(provinces_only=True)
        + r"[^.;()\n]{0,160}?(?:(?P<open>\()[ \t\u00a0]*(?:"
        + marker
        + r")?|,?[ \t\u00a0]*"
        + marker
        + r")"
        + item,
        re.IGNORECASE,
    )
    following = re.compile(
        rf"[ \t\u00a0]*(?:[;,][ \t\u00a0]*(?:và[ \t\u00a0]+)?|và[ \t\u00a0]+){item}", re.IGNORECASE
    )
    return Gated(counted, ("cho",)), following


# A total shared among provinces the sentence counts, each named in the bracket with its
# amount: "hỗ trợ 700 tỷ đồng từ nguồn dự phòng ngân sách trung ương năm 2025 cho 4 địa
# phương, gồm: Khánh Hòa, Lâm Đồng, Gia Lai, Đắk Lắk (trong đó tỉnh Khánh Hòa 200 tỷ đồng, ...)",
# "165 tỉ đồng ... sẽ được trích cho tám địa phương (Thanh Hóa 10 tỉ đồng, ...)", "hỗ trợ 140 tỷ
# đồng ... cho 4 địa phương ..., trong đó: Thái Nguyên 50 tỷ đồng, ...".  The count
# says the list is whole: exactly that many distinct provinces, each with an exact amount of
# the total's unit and nothing else, must add up to the total, neither more nor less.
_COUNTED_WORDS = ("địa phương", "tỉnh")
_COUNTED_GAP = re.compile(r"[^.;()\n]{0,160}\Z")
# Without a bracket ("cho 4 địa phương ..., trong đó: Thái Nguyên 50 tỷ đồng, ... và Bắc Ninh 30
# tỷ đồng như đề nghị ..."), the list ends at the sentence's end, and after its last amount
# comes the sentence's end or a word (no further item, figure or bracket).
_COUNTED_END = re.compile(r"[.;\n](?:\s|\Z)|[;\n]")
_COUNTED_TAIL = re.compile(r"[ \t\u00a0]*(?:[.\n]|/\.|\Z|(?!và(?!\w))[^\W\d_])")


def _shared_by_count(
    paragraph: Paragraph, mentions: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    """``total-mismatch`` of a total shared among the provinces the sentence counts whose
    amounts, each in the bracket after the count, do not add up to it."""
    text, base = paragraph.text, paragraph.offset
    counted, following = _counted_provinces()
    for found in counted.finditer(text, 0, len(text)):
        at = found.start()
        before = [m for m in mentions if m.end - base <= at]
        units = [m for m in before if m.unit and m.unit != "%"]
        if not units:
            continue
        total = units[-1]
        if (
            total.bound is not Bound.EXACT
            or total.fraction
            or _COUNTED_GAP.match(text, total.end - base, at) is None
        ):
            continue
        count = count_of(found.group("k"))  # checker._counted_places: digits or hai … mười
        if count is None:
            continue
        bracket = found.group("open") is not None
        if bracket:
            close = text.find(")", found.end())
        else:
            stop = _COUNTED_END.search(text, found.end())
            close = stop.start() if stop else len(text)
        if close < 0:
            continue
        by_start = {m.start - base: m for m in mentions}
        items: list[re.Match[str]] = [found]
        parts = [by_start.get(found.start("n"))]
        while parts[-1] is not None:
            # the next item right after the amount and its unit ("200 tỷ đồng, tỉnh ...")
            nxt = following.match(text, parts[-1].end - base, close)
            if nxt is None:
                break
            items.append(nxt)
            parts.append(by_start.get(nxt.start("n")))
        names = {_SPACES.sub(" ", item.group("name").casefold()) for item in items}
        if (
            len(items) != count
            or len(names) != count
            or any(
                p is None or p.bound is not Bound.EXACT or p.fraction or p.unit != total.unit
                for p in parts
            )
        ):
            continue
        last = parts[-1]
        assert last is not None
        if (
            text[last.end - base : close].strip()
            if bracket
            else _COUNTED_TAIL.match(text, last.end - base) is None
        ):
            continue  # something else after the last amount: not the list alone
        kept = [p for p in parts if p is not None]
        total_sum = sum_of_parts(kept)
        if sum_contradicts(total.quantity, total_sum) is not None:
            yield mismatch(paragraph, total, kept, total_sum, Severity.ERROR, file)


# A level, a price or an average by province is no share of a total: "lượng mưa 300 mm (Huế
# 450 mm, ...)", "bình quân 50 triệu đồng (Hà Nội 80 triệu đồng, ...)", "giá lúa 7.000 đồng (An
# Giang 6.800 đồng, ...)", "cách 110 hải lý".
_PROVINCE_LEVELS = frozenset({"%", "mm", "cm", "m", "độ", "°c", "km/h", "m/s", "hải lý", "điểm"})
_PROVINCE_AVERAGE = re.compile(
    r"(?:bình\s+quân|trung\s+bình|mức|lượng\s+mưa|nhiệt\s+độ|tỷ\s+lệ|tỉ\s+lệ|cao\s+nhất|"
    r"lớn\s+nhất|thấp\s+nhất|mỗi|từ|giá|lương|thu\s+nhập|cách)\W+(?:\w+\W+){0,3}\Z",
    re.IGNORECASE,
)
_PROVINCE_BLOCKERS = re.compile(r"\btrong\s+đó\b|\bcũ\b|\(", re.IGNORECASE)
_MIN_ITEMS_ABOVE = 3  # provinces listed for one of them to be read above its total


def _by_province(
    paragraph: Paragraph, mentions: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    """``total-mismatch`` of a total whose parts, listed by province, add up to more."""
    text, base = paragraph.text, paragraph.offset
    opener, following = _province_patterns()
    at: dict[int, Mention] | None = None
    for total in mentions:
        if total.bound is not Bound.EXACT or total.fraction or not total.unit:
            continue
        after = total.end - base
        if (
            text.find("(", after, after + 44) == -1
            and text.find(":", after, after + 56) == -1
            and text.find("trong", after, after + 56) == -1
        ):
            continue  # the opener is within 40 characters of the total (no slice made; speed)
        if total.unit.casefold() in _PROVINCE_LEVELS:
            continue  # a level, not a total (its unit made lower case only here; speed)
        found = opener.match(text, after)
        if found is None or _PROVINCE_AVERAGE.search(
            text, max(0, total.start - base - 30), total.start - base
        ):
            continue
        if at is None:
            at = {m.start - base: m for m in mentions}
        bracket = found.group("open").lstrip().startswith("(")
        if bracket:
            end = text.find(")", found.end())
        else:
            # "26 người chết, 3 người mất tích. Cụ thể: ...": which total is listed is unclear.
            start = max(
                text.rfind(". ", 0, total.start - base), text.rfind("\n", 0, total.start - base)
            )
            if any(
                m.unit == total.unit and start < m.start - base < total.start - base
                for m in mentions
            ):
                continue
            stop = re.compile(r"(?<!tp)(?<!TP)\.(?:\s|\Z)|\n").search(text, found.end())
            end = stop.start() if stop else len(text)
        if end < 0:
            continue
        items = [found]
        while (nxt := following.search(text, items[-1].end(), end)) is not None:
            items.append(nxt)
        parts: list[Mention] = []
        names: set[str] = set()
        for i, item in enumerate(items):
            part = at.get(item.start("n"))
            name = item.group("name")
            tail_end = items[i + 1].start() if i + 1 < len(items) else end
            tail = text[item.end("n") : tail_end]
            # A part as large as its total, in a list of three provinces or more, is a slip of
            # one of them (read: the sum is above), unless the "total" is a change ("tăng 3
            # người (Lào Cai 10 người, ...)": the bracket gives each province's toll, not its
            # share of the change).  Beside one other province only, it may be no share of
            # that total at all ("13 người mất tích (Sơn La 1 người; Quảng Trị 19 người)").
            if (
                part is None
                or not name[0].isupper()
                or part.bound is not Bound.EXACT
                or part.fraction
                or part.unit not in (None, total.unit)
                or (
                    part.value >= total.value
                    and (
                        len(items) < _MIN_ITEMS_ABOVE
                        or _is_change(text, total.start - base, total.end - base)
                    )
                )
                or _PROVINCE_BLOCKERS.search(tail)
                or any(
                    m.unit == total.unit and m is not part
                    for m in mentions
                    if item.end("n") <= m.start - base < tail_end
                )
            ):
                break
            parts.append(part)
            names.add(_SPACES.sub(" ", name.casefold()))
        else:
            if len(parts) < 2 or len(names) != len(parts):
                continue
            tails = [
                text[item.end("n") : items[i + 1].start() if i + 1 < len(items) else end]
                for i, item in enumerate(items)
            ]
            if other_casualty(_clause_to(text, total.start - base, found.start("open")), tails):
                continue  # "5 người chết. Cụ thể: Lào Cai 3 người chết; Huế 4 người bị thương"
            total_sum = sum_of_parts(parts)
            # At the total's written precision: "28.648ha (Trà Vinh 182,2ha,
            # ...)" holds for 28.648,2 ha, the total being written in whole hectares.
            side = sum_contradicts(total.quantity, total_sum)
            some = _SOME_PROVINCES.search(found.group("open")) is not None
            if side == "above" or (
                side == "below"
                and bracket
                and not some
                and _whole_bracket(text, total, found, tails, base)
            ):
                yield mismatch(paragraph, total, parts, total_sum, Severity.ERROR, file)


# A bracket of provinces right after a toll is the whole toll by province: "bão số 13
# đã làm 5 người chết (Đắk Lắk có 3 người, Gia Lai có 2 người), 6 người bị thương" (dantri.com.vn,
# 2025), "mưa lũ khiến 40 người chết (Hòa Bình 15 người, Sơn La 5 người, Yên Bái 4 người, Thanh
# Hóa 8 người, Nghệ An 8 người)" (giadinh.net), "221 nhà bị sập đổ (Quảng Ngãi 9
# nhà, Gia Lai 127 nhà, Đắk Lắk 9 nhà, Lâm Đồng 76 nhà)" (dantri.com.vn, 2025): a report that
# names the provinces of a toll in the bracket right after it names them all, so a sum below the
# total is an error too.  The bracket opens with the first province (no "trong đó", "chủ yếu",
# "nhiều nhất" before it: those name a few; nor "cho", the bracket of a grant "cho 4 địa phương"
# may leave one unnamed) and holds nothing after the last one's figure but
# its place or cause (an ellipsis, "khác" or a figure not read leaves the rest out); a count of
# persons, houses, boats or money, never a measure, livestock or a rate (`_TOLL_MEASURES`).
_TOLL_SOME = re.compile(
    r"\b(?:chủ\s+yếu|nhiều\s+nhất|cao\s+nhất|tập\s+trung|như|riêng|điển\s+hình|trong\s+đó|"
    r"trong\s+số|tăng|giảm|cho)\b|\.\.|…|\bv\.?v\b|\bkhác\b",
    re.IGNORECASE,
)

# A toll that is itself a part of the one before it ("102 người chết, mất tích, trong đó 90 người
# chết (Quảng Trị 1, Huế 2, ...)", 24h.com.vn, 2025; "Trong đó, 43 người chết (Huế 2, ...)",
# soha.vn, 2025): the marker right before the toll names the larger toll's part, not a few of the
# provinces; the bracket after it is read as any bracket right after a toll.
_TOLL_PART_OF = re.compile(r"\btrong\s+(?:đó|số\s+đó)\s*[,:]?\s*(?:có\s+)?\Z", re.IGNORECASE)

# Measures (an area, a weight) and rates: a toll's hectares are estimates of what the provinces
# have reported so far, and a rate is no sum.
_TOLL_MEASURES = frozenset({"%", "ha", "m", "m2", "m3", "km", "kg", "tấn", "tạ", "lít", "con"})
_DIGIT = re.compile(r"\d")
# What makes a figure a toll: the dead, missing and injured, houses and boats lost, damage.
_TOLL_WORDS = re.compile(
    r"(?<!\w)(?:chết|tử\s+vong|thiệt\s+mạng|tử\s+nạn|mất\s+tích|bị\s+thương|thương\s+vong|sập|đổ|tốc\s+mái|hư\s+hỏng|"
    r"hư\s+hại|ngập|cuốn\s+trôi|chìm|đắm|thiệt\s+hại|sạt\s+lở)(?!\w)",
    re.IGNORECASE,
)


def _whole_bracket(
    text: str, total: Mention, found: re.Match[str], tails: Sequence[str], base: int
) -> bool:
    """Whether the bracket of provinces *found* right after *total* (its items' *tails* after
    each figure) is the whole of it (see ``_TOLL_SOME``).

    >>> from hoiquanchung.checker import check_text
    >>> t = "mưa lũ khiến 5 người chết (Đắk Lắk có 3 người, Gia Lai có 1 người), 6 người bị thương."
    >>> [f.computed for f in check_text(t)]
    ['4 người']
    >>> check_text(t.replace("5 người chết (", "5 người chết (chủ yếu tại "))
    []
    >>> check_text(t.replace("Gia Lai có 1 người", "Gia Lai có 1 người..."))
    []
    >>> [f.computed for f in check_text(t.replace("khiến 5", "khiến 9 người chết, trong đó 5"))]
    ['4 người']
    """
    if total.unit is None or total.unit.casefold().split(" ")[0] in _TOLL_MEASURES:
        return False  # "391 ha lúa và hoa màu bị mất, thiệt hại (Hà Giang 70ha, Lai Châu: 214 ha)"
    if not _TOLL_WORDS.search(text, max(0, total.start - base - 60), found.start("open")):
        return False  # no toll: "thu hút 3,5 tỷ USD (Bắc Ninh 1,2 tỷ USD, ...)" may name the first
    if any(_DIGIT.search(tail) for tail in tails):
        return False  # a figure not read as an item ("Bà Rịa Vũng Tàu 2", a name not known)
    gap = text[total.end - base : found.start("open")]
    if _TOLL_SOME.search(gap):
        return False
    before = max(0, total.start - base - 12)
    lead = _TOLL_SOME.search(text, before, total.start - base)
    if lead is not None and _TOLL_PART_OF.search(text, before, total.start - base) is None:
        return False
    return not any(_TOLL_SOME.search(tail) for tail in tails)


# Base organisations of the Party by kind ("787 tổ chức cơ sở đảng (...), trong đó, có 269 đảng
# bộ cơ sở (tăng 08), 518 chi bộ cơ sở (tăng 3)"): ``[party_base]`` in breakdown_kinds.toml.
_PARTY_WORDS = ("cơ sở đảng", "tccsđ", "tccs đảng")
_PARTY_SPACE = re.compile(r"[ \t\u00a0]+")
# "129 tổ chức cơ sở đảng trực thuộc, trong đó có 59 đảng bộ và 70 chi bộ cơ sở" (Bà Rịa - Vũng
# Tàu, 2023, pending corpus): the organisations "trực thuộc" a đảng bộ are its base ones.
_PARTY_MARKER = re.compile(
    r"(?:[ \t\u00a0]+trực[ \t\u00a0]+thuộc)?"
    r"[ \t\u00a0]*(?P<aside>\([^()]*\))?[ \t\u00a0]*,?[ \t\u00a0]*(?P<m>trong\s+đó|bao\s+gồm|gồm)"
    r"[ \t\u00a0]*,?[ \t\u00a0]*(?:có[ \t\u00a0]+)?:?[ \t\u00a0]*",
    re.IGNORECASE,
)
_PARTY_LABEL = re.compile(r"[^\d;()\[\].!?:\n]*")
_PARTY_BRACKET = re.compile(r"[ \t\u00a0]*\([^()]*\)")
# After a part's bracket, a comma ends the list unless a figure follows: "386 Đảng bộ cơ sở (với
# 3.673 chi bộ trực thuộc), tăng 3 tổ chức ..." (the change is the total's).
_PARTY_AFTER = re.compile(r"[^\d;,()\[\].!?:\n]*(?:,(?=[ \t\u00a0]*(?:và[ \t\u00a0]+)?\d))?")
_PARTY_NEXT = re.compile(r";?[ \t\u00a0]*(?:và[ \t\u00a0]+)?")
# A bracket that opens with a change ("(giảm 1 đảng bộ, do sáp nhập)") is an aside.
_CHANGE_OPENS = re.compile(r"\(\s*(?:tăng|giảm)(?!\w)", re.IGNORECASE)
# A part's label that ends with "với" before the next figure: that figure goes with the list.
_PARTY_WITH = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]*với[ \t\u00a0]*\Z", re.IGNORECASE)
_PARTY_OTHER = re.compile(r"(?:chi\s+bộ|đảng\s+bộ|tổ\s+chức)(?!\w)", re.IGNORECASE)


@functools.cache
def _party_kinds() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    """Each kind of ``[party_base]``: the pattern of the words opening a part's noun, the kind,
    and whether a noun so opened is one of ``not_kinds`` (no part of the total)."""
    pb = party_base()
    out = [
        (re.compile(r"\s+".join(map(re.escape, k.split())) + r"(?!\w)", re.IGNORECASE), "", True)
        for k in pb.not_kinds
    ]
    out += [
        (re.compile(r"\s+".join(map(re.escape, k.split())) + r"(?!\w)", re.IGNORECASE), v, False)
        for k, v in pb.kinds
    ]
    return tuple(out)


def _party_part(text: str, at: int) -> tuple[str, int, str] | None:
    """The kind of the part whose noun starts at *at*, where its label ends and the label (the
    words after the kind's, brackets left out), or ``None`` when the noun is no kind."""
    for pattern, kind, excluded in _party_kinds():
        found = pattern.match(text, at)
        if found is None:
            continue
        if excluded:
            return None
        label = _PARTY_LABEL.match(text, found.end())
        assert label is not None  # the pattern matches the empty string
        words, end = label.group(), label.end()
        bracket = _PARTY_BRACKET.match(text, end)
        if bracket is not None:
            more = _PARTY_AFTER.match(text, bracket.end())
            assert more is not None
            words, end = words + " " + more.group(), more.end()
        return kind, end, text[at : found.end()] + words
    return None


def _party_bases(
    paragraph: Paragraph, mentions: Sequence[Mention], file: str | None
) -> Iterator[Finding]:
    """``total-mismatch`` of a total of base organisations of the Party whose kinds (*đảng bộ*,
    *chi bộ cơ sở*), listed right after it, add up to more, or, the list whole (every kind, or
    *gồm*), to less: ``[party_base]`` in ``breakdown_kinds.toml``."""
    text, base = paragraph.text, paragraph.offset
    pb = party_base()
    at = {m.start - base: m for m in mentions}
    for total in mentions:
        if total.bound is not Bound.EXACT or total.fraction is not None:
            continue
        figure = _LEADING_FIGURE.match(text, total.start - base)
        space = figure and _PARTY_SPACE.match(text, figure.end())
        head = space and pb.totals.match(text, space.end())
        marker = head and _PARTY_MARKER.match(text, head.end())
        if not marker:
            continue
        aside = marker.group("aside")
        if aside and _DIGIT.search(aside) and not _CHANGE_OPENS.match(aside):
            continue  # "34 TCCS đảng (12 đảng bộ) gồm: ...": a part in the bracket, no aside
        parts: list[Mention] = []
        kinds: list[str] = []
        labels: list[str] = []
        pos = marker.end()
        while (part := at.get(pos)) is not None:
            figure = _LEADING_FIGURE.match(text, pos)
            space = figure and _PARTY_SPACE.match(text, figure.end())
            read = space and _party_part(text, space.end())
            if not read or part.bound is not Bound.EXACT or part.fraction is not None:
                break
            kind, end, label = read
            attached = _PARTY_WITH.search(label)
            if attached is not None:
                label = label[: attached.start()]
            parts.append(part)
            kinds.append(kind)
            labels.append(" ".join(lowered(label).replace(",", " ").split()))
            if attached is not None:
                # "59 đảng bộ và 70 chi bộ cơ sở, với 374 chi bộ trực thuộc": what goes with
                # the list ends it (round 25, fix25a).
                figure = None
                break
            follow = _PARTY_NEXT.match(text, end)
            assert follow is not None
            pos = follow.end()
        else:
            figure = None
        if figure is not None and not (space and not _PARTY_OTHER.match(text, space.end())):
            continue  # the list ends at a body of the Party that is no kind ("chi bộ trực thuộc")
        if len(parts) < 2 or any(pb.traits.search(label) for label in labels):
            continue  # "... đạt trong sạch, vững mạnh": some of a kind
        bodies = [label for kind, label in zip(kinds, labels, strict=True) if kind == "đảng bộ"]
        if len(set(bodies)) != len(bodies) or len(bodies) + 1 < len(labels):
            continue  # the same kind twice
        if len(bodies) > 1 and any(b in pb.generic for b in bodies):
            continue  # "đảng bộ cơ sở" holds "đảng bộ xã"
        whole = not marker.group("m").casefold().startswith("trong") or len(set(kinds)) == len(
            pb.kinds
        )
        total_sum = sum_of_parts(parts)
        side = sum_contradicts(total.quantity, total_sum)
        if side == "above" or (side == "below" and whole):
            yield mismatch(paragraph, total, parts, total_sum, Severity.ERROR, file)


# ---- A toll's province lines in the paragraphs after it (rule 2, totals) ------------------
# "... bão số 3 ... khiến 327 người chết, mất tích (199 người chết, 128 người mất tích). / Trong
# đó Lào Cai 177 người (82 người chết, 95 người mất tích); Cao Bằng 52 người (...)"
# (vietnamplus.vn, 2024); "... đã có 200 người chết, mất tích (...). / Tại Cao Bằng: 52 người
# tại huyện Nguyên Bình (29 người chết, 23 người mất tích). / Lào Cai: 66 người (45 người chết,
# 21 người mất tích), ..." (baogialai.com.vn, 2024).  A toll whose own words name the kinds of
# the persons it counts (``[[named_values]]`` casualty of ``breakdown_kinds.toml``) is listed
# by province in the lines after it; a province's figure in "người" with a bracket that names
# exactly those kinds, each once, is whole: a person the toll counts is dead or missing, one of
# them.  A bracket naming another kind (the injured, whom the toll did not count) or a kind
# twice leaves the line unread, as does a line after a toll that names no kinds.
_TOLL_STATE = "totals-toll"
_TOLL_REACH = 600  # characters of a paragraph searched for a province's line of the toll


@functools.cache
def _toll_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The kinds a toll names after "người" (two or three casualty values), the opening of a
    province's line (the paragraph's start or a ``;``, an optional *Trong đó*, *Cụ thể*,
    *Tại*, the province's name, a colon or *có*) and the end of the line's figure before its
    bracket (an optional place or cause: *tại huyện Nguyên Bình*, *do sạt lở đất*)."""
    values = _alternation_of(named_values("casualty"))
    kinds = re.compile(
        rf"(?<!\w)người[ \t\u00a0]+(?P<a>{values})[ \t\u00a0]*(?:,|\bvà\b|\bhoặc\b)[ \t\u00a0]*"
        rf"(?P<b>{values})(?:[ \t\u00a0]*(?:,|\bvà\b)[ \t\u00a0]*(?P<c>{values}))?(?!\w)",
        re.IGNORECASE,
    )
    line = re.compile(
        r"(?:\A|[;,.])[ \t\u00a0]*(?:(?:trong\s+đó|cụ\s+thể|tại|ở)[ \t\u00a0]*[,:]?[ \t\u00a0]*)?"
        rf"(?:{province_names()})[ \t\u00a0]*(?:[:,]|\bcó\b)?[ \t\u00a0]*\Z",
        re.IGNORECASE,
    )
    tail = re.compile(
        r"[ \t\u00a0]+(?:(?:tại|ở|do)[ \t\u00a0]+[^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+){0,5}"
        r"[ \t\u00a0]*)?\(",
        re.IGNORECASE,
    )
    return kinds, line, tail


def _alternation_of(values: Iterable[str]) -> str:
    ordered = sorted(values, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in v.split()) for v in ordered)


@functools.cache
def _casualty_pattern() -> re.Pattern[str]:
    values = _alternation_of(named_values("casualty"))
    return re.compile(rf"(?<!\w)(?:{values})(?!\w)", re.IGNORECASE)


def _casualties(text: str) -> frozenset[str]:
    """The casualty kinds *text* names, each as the value it counts as.

    >>> sorted(_casualties("Số người mất tích là 11 người, 3 người tử vong"))
    ['chết', 'mất tích']
    """
    same = named_values("casualty")
    return frozenset(
        same[" ".join(m.group().casefold().split())] for m in _casualty_pattern().finditer(text)
    )


_TOLL_TAIL = re.compile(r"[^,;.:()\d]{0,40}")


def _before_other_toll(
    text: str, base: int, total: Mention, marker: int, parts: list[Mention]
) -> list[Mention]:
    """The parts of a toll up to the first that names a casualty its total does not count: in
    "9 người chết, mất tích, trong đó có ba người do bão, ..., 5 người do lũ cuốn và 77 người
    bị thương" (vnexpress.vn, 2025) the injured are a second toll of the storm, not a part of
    the dead and missing.  Parts of a total whose words name no casualty are kept whole.

    >>> from hoiquanchung.checker import extract
    >>> t = "làm 9 người chết, mất tích, trong đó 5 người do lũ cuốn và 77 người bị thương"
    >>> ms = extract(t)
    >>> [m.text for m in _before_other_toll(t, 0, ms[0], t.index("trong"), ms[1:])]
    ['5 người']
    """
    named = _casualties(text[total.end - base : marker])
    if not named:
        return parts
    for i, part in enumerate(parts):
        tail = _TOLL_TAIL.match(text, part.end - base)
        states = _casualties(tail.group()) if tail else frozenset()
        if states and not states & named:
            return parts[:i]
    return parts


def _clause_to(text: str, at: int, end: int) -> str:
    """The words of the clause of a total at *at* up to *end*: from at most 40 characters
    before it, after the last ``;``, line break or full stop ("...; Phú Thọ 11 người (": not
    the dead of the province before)."""
    lo = max(0, at - 40)
    cut = max(text.rfind(";", lo, at), text.rfind("\n", lo, at), text.rfind(". ", lo, at))
    return text[max(lo, cut + 1) : end]


def other_casualty(total_words: str, labels: Iterable[str]) -> bool:
    """Whether a part's label names a casualty kind that the words of the total do not
    ("Số người mất tích là 11 người, gồm: Thanh Hóa 10 người, Điện Biên 1 người và có 7 người
    bị thương": the injured are no part of the missing).

    >>> other_casualty("Số người mất tích là 11 người, gồm:", [" người", " người bị thương"])
    True
    >>> other_casualty("làm 5 người chết. Cụ thể:", [" người chết", " người tử vong"])
    False
    >>> other_casualty("đã trao 5 suất quà, gồm:", [" suất cho người bị thương"])
    False
    """
    counted = _casualties(total_words)
    return bool(counted) and any(not _casualties(label) <= counted for label in labels)


def _toll_kinds(text: str) -> frozenset[str] | None:
    """The casualty kinds the last toll of *text* names, each as the value it counts as
    ("327 người chết, mất tích": ``{"chết", "mất tích"}``), or ``None``.

    >>> sorted(_toll_kinds("bão số 3 khiến 327 người chết, mất tích (199 người chết, ...)"))
    ['chết', 'mất tích']
    >>> _toll_kinds("khiến 26 người chết.") is None
    True
    """
    if "mất tích" not in text and "bị thương" not in text:
        return None  # two kinds, one of them missing or injured (a plain search; speed)
    matches = list(_toll_patterns()[0].finditer(text))
    if not matches:
        return None
    found = matches[-1]
    same = named_values("casualty")
    kinds = [same[" ".join(k.casefold().split())] for k in found.groups() if k is not None]
    return frozenset(kinds) if len(set(kinds)) == len(kinds) else None


# After a casualty's kind, where or why ("29 người chết tại huyện Nguyên Bình", "1 người mất
# tích do lật thuyền", "8 người mất tích tại sự cố sập cầu Phong Châu"): no other kind.  "tại
# chỗ" (on the spot) and other words say more than the kind: the label is left whole.
_KIND_TAIL_WORDS = frozenset({"do", "vì", "tại", "ở", "trên"})
_PLACE_WORDS = frozenset(
    {"huyện", "xã", "tỉnh", "thành", "tp", "thị", "quận", "phường", "sự", "khu", "tàu", "các"}
)


def _label_kind(label: str) -> tuple[str, str]:
    """The words of a casualty's *label* without the fillers before it, and the place or the
    cause after it (empty when there is none).

    >>> _label_kind(" người mất tích do lật thuyền"), _label_kind(" người chết tại chỗ")
    (('mất tích', 'do lật thuyền'), ('chết tại chỗ', ''))
    >>> _label_kind(" người mất tích tại sự cố sập cầu Phong Châu")[0]
    'mất tích'
    """
    words = _WORD.findall(label)
    kept: list[str] = []
    for at, word in enumerate(words):
        low = word.casefold()
        if not kept and (low in _KIND_FILLERS or low in _PERSONS):
            continue
        if kept and low in _KIND_TAIL_WORDS:
            after = words[at + 1] if at + 1 < len(words) else ""
            if low in ("do", "vì") or after[:1].isupper() or after.casefold() in _PLACE_WORDS:
                return " ".join(kept), " ".join(w.casefold() for w in words[at:])
        kept.append(low)
    return " ".join(kept), ""


def _casualty_match(labels: Sequence[str], kinds: frozenset[str]) -> bool:
    """Whether the *labels* of a bracket's parts name the casualty *kinds* a toll named, all of
    them and no other, each once, or more than once each time with its own place or cause
    ("1 người chết do sạt lở đất, 1 người chết do lũ, 8 người mất tích tại sự cố sập cầu Phong
    Châu": a person dies of one cause).

    >>> _casualty_match([" người chết", " người mất tích do lũ"], frozenset({"chết", "mất tích"}))
    True
    >>> _casualty_match([" người chết", " người bị thương"], frozenset({"chết", "mất tích"}))
    False
    >>> _casualty_match([" chết do lũ", " chết", " mất tích"], frozenset({"chết", "mất tích"}))
    False
    """
    same = named_values("casualty")
    seen: dict[str, list[str]] = {}
    for label in labels:
        kind, tail = _label_kind(label)
        value = same.get(kind)
        if value is None or value not in kinds:
            return False
        seen.setdefault(value, []).append(tail)
    if set(seen) != kinds:
        return False
    return all(len(t) == 1 or (all(t) and len(set(t)) == len(t)) for t in seen.values())


def _toll_lines(context: ParagraphContext, kinds: frozenset[str] | None) -> Iterator[Finding]:
    """``total-mismatch`` of each province's line of a toll named in a paragraph before (its
    *kinds*) whose bracket names those kinds, each once, and does not add up to the line's
    figure (see ``_TOLL_STATE``)."""
    if kinds is None:
        return
    paragraph, mentions, file = context.paragraph, context.mentions, context.file
    text, base = paragraph.text, paragraph.offset
    _, line, tail = _toll_patterns()
    same = named_values("casualty")
    for n, total in enumerate(mentions):
        at, end = total.start - base, total.end - base
        if at > _TOLL_REACH:
            break
        if total.unit not in _PERSONS or total.bound is not Bound.EXACT:
            continue
        opening = tail.match(text, end)
        if opening is None or line.search(text, max(0, at - 60), at) is None:
            continue
        close = text.find(")", opening.end(), opening.end() + 200)
        if close == -1 or "(" in text[opening.end() : close]:
            continue
        inside = [m for m in mentions[n + 1 :] if m.start - base < close]
        items = re.split(r"[,;]|\bvà\b", text[opening.end() : close])
        if len(inside) < 2 or len(items) != len(inside):
            continue
        labels = []
        for item, part in zip(items, inside, strict=True):
            head = item.lstrip()
            figure = part.text.split()[0]
            if not head.startswith(figure) or part.bound is not Bound.EXACT:
                break
            if part.unit not in _PERSONS and part.unit not in same:
                break
            labels.append(head[len(figure) :])
        if len(labels) != len(inside) or not _casualty_match(labels, kinds):
            continue
        total_sum = sum_of_parts(inside)
        if sum_contradicts(total.quantity, total_sum) is not None:
            yield mismatch(paragraph, total, inside, total_sum, Severity.ERROR, file)


def _toll_line_opens(text: str) -> bool:
    """Whether a paragraph opens with a province's line (*Lào Cai: ...*, *Tại Cao Bằng: ...*,
    *Trong đó Lào Cai ...*, *Ở Cao Bằng có ...*): the toll's list goes on."""
    return _toll_opening().match(text) is not None


@functools.cache
def _toll_opening() -> re.Pattern[str]:
    return re.compile(
        r"[ \t\u00a0]*(?:(?:trong\s+đó|cụ\s+thể|tại|ở)[ \t\u00a0]*[,:]?[ \t\u00a0]*)?"
        rf"(?:{province_names()})(?!\w)",
        re.IGNORECASE,
    )


def _paragraph_end(paragraph: Paragraph) -> tuple[int, int]:
    """Where *paragraph* ends: its offset and its line."""
    return paragraph.offset + len(paragraph.text), paragraph.line + paragraph.text.count("\n")


def _next_paragraph(end: tuple[int, int], paragraph: Paragraph) -> bool:
    r"""Whether *paragraph* comes right after the one that ended at *end*, blank lines only
    between them (a paragraph without figures, which the rule does not see, is text between:
    a caption ends a toll's list).

    >>> from hoiquanchung.checker._text import paragraphs, split_lines
    >>> first, second = paragraphs(split_lines("Có 2 người.\n\nCó 3 người."))
    >>> _next_paragraph(_paragraph_end(first), second)
    True
    >>> first, _, third = paragraphs(split_lines("Có 2 người.\nẢnh: Văn Duẩn\nCó 3 người."))
    >>> _next_paragraph(_paragraph_end(first), third)
    False
    """
    offset, line = end
    breaks = paragraph.line - line
    return breaks > 0 and paragraph.offset - offset in (breaks, 2 * breaks)
