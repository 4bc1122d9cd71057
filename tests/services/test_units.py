"""Finding a unit by name: whole words from their start, folded; an exact name or code always wins."""

from __future__ import annotations

import pytest

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.text import fold_words, matches_word_starts
from lamdong_desktop.services.units import list_units, resolve_unit


def names(search: str) -> list[str]:
    return [u.name for u in list_units(search=search)]


def test_a_word_matches_from_the_start_of_a_word_only():
    found = names("huong")
    assert "Phường Xuân Hương - Đà Lạt" in found and "Xã Liên Hương" in found
    # "huong" sits inside every "Phường" and in "Thượng": neither is a word that starts with it.
    assert not [n for n in found if "Hương" not in n]
    assert names("uong") == []  # inside words only
    assert fold_words("Phường B'Lao - Bảo Lộc") == ["phuong", "b'lao", "blao", "bao", "loc"]
    assert len(names("phuong")) == 20  # every ward, by the word its name starts with
    assert len(names("da lat")) == 5
    assert names("blao") == ["Phường B'Lao"] == names("b'lao")
    assert [u.code for u in list_units(search="LD099")] == ["LD099"]


def test_word_starts_fold_accents_and_d():
    assert matches_word_starts("dam rong", "Xã Đam Rông 1")
    assert matches_word_starts("ĐẠ HUOAI", "Xã Đạ Huoai 2")
    assert not matches_word_starts("rong", "Xã Đam Krông")
    assert not matches_word_starts("", "Xã Di Linh")


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Phường Xuân Hương - Đà Lạt", "Phường Xuân Hương - Đà Lạt"),  # the README's example
        ("phuong xuan huong - da lat", "Phường Xuân Hương - Đà Lạt"),
        ("xuan huong", "Phường Xuân Hương - Đà Lạt"),
        # An exact name wins although it also starts "Xã Đạ Huoai 2" and "Xã Đạ Huoai 3".
        ("Xã Đạ Huoai", "Xã Đạ Huoai"),
        ("da huoai", "Xã Đạ Huoai"),
        ("Hàm Thuận", "Xã Hàm Thuận"),  # not Hàm Thuận Bắc nor Hàm Thuận Nam
        ("xa nam ha lam ha", "Xã Nam Hà Lâm Hà"),
        ("ld045", "Xã Bắc Bình"),
    ],
)
def test_resolve_prefers_an_exact_name_or_code(query, name):
    assert resolve_unit(query).name == name


def test_an_ambiguous_word_names_the_candidates_and_an_unknown_one_says_so():
    with pytest.raises(DomainError) as err:
        resolve_unit("huong")
    assert err.value.code == "unit_ambiguous"
    assert "Xã Liên Hương" in err.value.params["candidates"]
    assert "Phường 1 Bảo Lộc" not in err.value.params["candidates"]
    with pytest.raises(DomainError) as err:
        resolve_unit("uong")
    assert err.value.code == "unit_not_found"
