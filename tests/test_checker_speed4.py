"""Speed work of round 10 (speed4): the state of rule paired-totals and of the restated pairs
is kept in the document's state (one dictionary look-up a paragraph, not a weak dictionary);
two documents must not share it."""

from __future__ import annotations

from hoiquanchung.checker import check_text
from hoiquanchung.checker._context import DocumentState


def test_restated_pairs_state_lives_in_the_document_state() -> None:
    """Real shape (rule 2f, restated pairs): the state of the items read on the lines above is
    kept per document, so two documents checked in turn do not mix their items."""
    items = (
        "Hội trao 310 suất quà với tổng trị giá 124 triệu đồng.\n"
        "Hội trao tiếp 250 suất quà với tổng trị giá 100 triệu đồng.\n"
    )
    total = "Tổng cộng đã trao 560 suất quà với tổng trị giá 234 triệu đồng."
    assert [f.stated for f in check_text(items + total)] == ["234 triệu đồng"]
    assert check_text(total) == []  # the items of the other document are not read here
    assert "rule_states" not in repr(DocumentState())  # not shown
