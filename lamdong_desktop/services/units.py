"""Finding units by code or name, typed with or without accents."""

from __future__ import annotations

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.text import fold, fold_words, matches_word_starts
from lamdong_desktop.domain.units import Unit
from lamdong_desktop.storage import units_repo

from .context import AppContext


def list_units(ctx: AppContext | None = None, *, search: str = "") -> list[Unit]:
    """The 124 units (from the database when set up, else the bundled list), filtered by ``search``.

    Every folded word of the search must start a word of the name or the code, typed with or without
    accents: "da lat" finds the five Đà Lạt wards, "huong" finds Xuân Hương and Liên Hương but not every
    Phường, "LD099" finds one unit.
    """
    units = units_repo.list_units(ctx.db) if ctx else units_repo.bundled_units()
    if not fold_words(search):
        return units
    return [u for u in units if matches_word_starts(search, u.name, u.code)]


def resolve_unit(query: str, ctx: AppContext | None = None) -> Unit:
    """One unit from a code or a name ("LD045", "Xã Di Linh", "di linh"); errors name the candidates.

    An exact name or code (folded) always wins, even when it also starts other names; then the name
    without its kind ("Di Linh"); then the word-start search of ``list_units``.
    """
    units = units_repo.list_units(ctx.db) if ctx else units_repo.bundled_units()
    key = fold(query)
    if not key:
        raise DomainError("unit_required")
    exact = [u for u in units if u.code.lower() == key or fold(u.name) == key]
    if not exact:
        exact = [u for u in units if fold(u.short_name) == key]
    if len(exact) == 1:
        return exact[0]
    candidates = exact or list_units(ctx, search=query)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise DomainError("unit_not_found", query=query)
    raise DomainError("unit_ambiguous", query=query, candidates=", ".join(u.name for u in candidates[:8]))
