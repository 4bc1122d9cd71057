"""The party committee's opinion on a proposal (ý kiến cấp ủy cùng cấp, ND 73/2023 Đ8.1): agreeing or not.

The head decides after the committee's opinion; the committee leads (seed III), so an approval never goes against
its disagreement, and after a passed vote only its disagreement lets the head return or reject (the guards
``PARTY_AGREES`` and ``CONCLUSION_FOLLOWED`` of the lifecycle table). An opinion recorded before the stance was
asked (schema 0.4.0) has none and reads as agreeing: it was the ground of the approvals made then.
"""

from __future__ import annotations

from enum import StrEnum

from .errors import ValidationError
from .text import fold


class Stance(StrEnum):
    AGREE = "agree"  # đồng ý (also "đồng ý, có ý kiến bổ sung": the text says what)
    DISAGREE = "disagree"  # không đồng ý


# What a person types, folded (no accents, lower case, spaces): the English values and the Vietnamese words.
_TYPED = {"agree": Stance.AGREE, "dong y": Stance.AGREE, "disagree": Stance.DISAGREE,
          "khong dong y": Stance.DISAGREE}


def parse_stance(value: object) -> Stance:
    """``Stance`` from "agree" / "đồng ý" / "dong-y" / "disagree" / "không đồng ý" / "khong_dong_y"; else refused."""
    if isinstance(value, Stance):
        return value
    text = " ".join(fold(str(value or "")).replace("-", " ").replace("_", " ").split())
    if not text:
        raise ValidationError("stance_required")
    if text in _TYPED:
        return _TYPED[text]
    raise ValidationError("stance_invalid", value=str(value or ""))


def stance_of(stored: str | None) -> Stance:
    """The stance of a stored opinion: NULL (recorded before 0.5.0) reads as agreeing."""
    return Stance(stored) if stored else Stance.AGREE


def disagrees(stances: list[Stance]) -> bool:
    """Whether the committee's latest opinion (the last of ``stances``, oldest first) is a disagreement: a later
    opinion replaces an earlier one."""
    return bool(stances) and stances[-1] is Stance.DISAGREE
