"""The words of the result report and the protection ruling (domain/results.py, protection.py, deadlines.py).

A ruling reads as one plain sentence a non-lawyer understands (``ruling_sentence``); the legal terms stay in it
(loại trừ, miễn, giảm nhẹ) with what each means in brackets.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

from lamdong_desktop.domain.deadlines import EVALUATION_WITHIN_WORKING_DAYS, REPORT_WITHIN_WORKING_DAYS
from lamdong_desktop.domain.protection import (
    Abuse,
    Condition,
    GapKind,
    Liability,
    Measure,
    ResultClass,
    Ruling,
    RulingGap,
    RulingKind,
)
from lamdong_desktop.domain.results import Achievement, Direction, IndicatorStatus, share_percent

PROTECTION_MESSAGES: dict[str, str] = {
    "protection_result_invalid": "Kết quả “{value}” không hợp lệ: chọn completed (hoàn thành), not_met (không hoàn "
    "thành hoặc hoàn thành một phần, không gây thiệt hại) hoặc damaged (có gây thiệt hại).",
    "protection_condition_invalid": "Điều kiện “{value}” không hợp lệ: chọn correct_policy (đúng chủ trương), "
    "pure_motive (động cơ trong sáng), common_interest (vì lợi ích chung) hoặc no_self_interest (không vụ lợi).",
    "protection_condition_value_invalid": "Đánh giá điều kiện “{condition}” phải là đạt hoặc không đạt (đã nhập: "
    "{value}).",
    "protection_abuse_invalid": "Hành vi “{value}” không hợp lệ: chọn corruption (tham nhũng), negative (tiêu cực), "
    "profiteering (trục lợi) hoặc group_interest (lợi ích nhóm).",
    "protection_liability_invalid": "Loại trách nhiệm “{value}” không hợp lệ: chọn party (kỷ luật Đảng), "
    "administrative (hành chính) hoặc compensation (bồi thường vật chất).",
    "protection_measure_invalid": "Biện pháp “{value}” đối với {liability} không hợp lệ: chọn excluded (loại trừ), "
    "exempted (miễn) hoặc reduced (giảm nhẹ).",
    "protection_measure_not_applicable": "Không chọn biện pháp đối với {liability}: {reason}. Chưa có gì thay đổi.",
    "protection_incomplete": "Chưa đủ căn cứ để kết luận về việc bảo vệ cán bộ. Còn thiếu: {gaps}.",
    "indicator_value_invalid": "Giá trị “{value}” không phải là một số: viết dạng 1.200 hoặc 6,5 (dấu chấm ngăn "
    "cách hàng nghìn, dấu phẩy trước phần thập phân).",
    "progress_indicator_unknown": "Chỉ tiêu “{indicator}” không có trong kế hoạch của đề xuất.",
}

RESULT_CLASS_WORDS: dict[str, str] = {
    ResultClass.COMPLETED: "Hoàn thành",
    ResultClass.NOT_MET: "Không hoàn thành hoặc hoàn thành một phần, không gây thiệt hại",
    ResultClass.DAMAGED: "Không hoàn thành, hoàn thành một phần hoặc gặp rủi ro, có gây thiệt hại",
}
ACHIEVEMENT_WORDS: dict[str, str] = {
    Achievement.COMPLETED: "Hoàn thành",
    Achievement.PARTLY: "Hoàn thành một phần",
    Achievement.NOT_COMPLETED: "Không hoàn thành",
}
CONDITION_WORDS: dict[str, str] = {
    Condition.CORRECT_POLICY: "Thực hiện đúng chủ trương",
    Condition.PURE_MOTIVE: "Có động cơ trong sáng",
    Condition.COMMON_INTEREST: "Vì lợi ích chung",
    Condition.NO_SELF_INTEREST: "Không vụ lợi, không có tư lợi cá nhân",
}
ABUSE_WORDS: dict[str, str] = {
    Abuse.CORRUPTION: "tham nhũng",
    Abuse.NEGATIVE: "tiêu cực",
    Abuse.PROFITEERING: "trục lợi",
    Abuse.GROUP_INTEREST: "“lợi ích nhóm”",
}
LIABILITY_WORDS: dict[str, str] = {
    Liability.PARTY: "trách nhiệm kỷ luật Đảng",
    Liability.ADMINISTRATIVE: "trách nhiệm hành chính",
    Liability.COMPENSATION: "trách nhiệm bồi thường vật chất",
}
MEASURE_WORDS: dict[str, str] = {
    Measure.EXCLUDED: "Loại trừ trách nhiệm",
    Measure.EXEMPTED: "Miễn trách nhiệm",
    Measure.REDUCED: "Giảm nhẹ trách nhiệm",
}
# What each measure means, for the ruling's sentence.
MEASURE_MEANING: dict[str, str] = {
    Measure.EXCLUDED: "được loại trừ (không phải chịu trách nhiệm)",
    Measure.EXEMPTED: "được miễn (có trách nhiệm nhưng không bị xử lý)",
    Measure.REDUCED: "được giảm nhẹ (bị xử lý ở mức nhẹ hơn)",
}
RULING_KIND_WORDS: dict[str, str] = {
    RulingKind.NO_LIABILITY: "Không bị xem xét trách nhiệm",
    RulingKind.EXCLUDED: "Loại trừ trách nhiệm",
    RulingKind.MEASURES: "Loại trừ, miễn hoặc giảm nhẹ trách nhiệm",
    RulingKind.NO_PROTECTION: "Không được bảo vệ, đề nghị Ủy ban kiểm tra xem xét",
}
GAP_WORDS: dict[str, str] = {
    GapKind.RESULT: "kết quả thực hiện (hoàn thành, không hoàn thành hoặc hoàn thành một phần; có gây thiệt hại "
    "hay không)",
    GapKind.CONDITION: "đánh giá điều kiện “{label}”",
    GapKind.ABUSE: "kết luận có hay không việc lợi dụng chủ trương để tham nhũng, tiêu cực, trục lợi, “lợi ích nhóm”",
    GapKind.MEASURE: "biện pháp đối với {label} (loại trừ, miễn hoặc giảm nhẹ)",
}
# Why a measure cannot be chosen (protection_measure_not_applicable's {reason}).
NOT_APPLICABLE_WORDS: dict[str, str] = {
    ResultClass.COMPLETED: "đề xuất được đánh giá hoàn thành thì không bị xem xét trách nhiệm",
    ResultClass.NOT_MET: "không gây thiệt hại thì mọi trách nhiệm đều được loại trừ",
    "no_protection": "trường hợp này không đủ điều kiện được bảo vệ",
}
DIRECTION_WORDS: dict[str, str] = {
    Direction.HIGHER: "càng cao càng tốt",
    Direction.LOWER: "càng thấp càng tốt",
    Direction.HOLD: "giữ nguyên mức ban đầu",
}
INDICATOR_STATUS_WORDS: dict[str, str] = {
    IndicatorStatus.REACHED: "Đạt",
    IndicatorStatus.NOT_REACHED: "Chưa đạt",
    IndicatorStatus.NO_VALUE: "Chưa có số liệu",
    IndicatorStatus.UNMEASURABLE: "Không tính được (giá trị ban đầu hoặc mục tiêu không phải là số)",
}
REPORT_LATE_WORDS = (f"Báo cáo sau thời hạn {REPORT_WITHIN_WORKING_DAYS:02d} ngày làm việc kể từ ngày kết thúc thực "
                     "hiện (Nghị định 73/2023/NĐ-CP, Điều 10)")
EVALUATION_LATE_WORDS = (f"Đánh giá sau thời hạn {EVALUATION_WITHIN_WORKING_DAYS:02d} ngày làm việc kể từ ngày báo "
                         "cáo kết quả (Nghị định 73/2023/NĐ-CP, Điều 11)")


def _listed(words: list[str]) -> str:
    """"a", "a và b", "a, b và c"."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " và " + words[-1]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def ruling_sentence(ruling: Ruling) -> str:
    """The ruling in one plain sentence, as the screen and the Kết luận đánh giá show it."""
    if ruling.kind is RulingKind.NO_LIABILITY:
        return (f"Không bị xem xét trách nhiệm; được xem xét khen thưởng, nâng lương trước thời hạn "
                f"{ruling.early_raise_months} tháng.")
    if ruling.kind is RulingKind.EXCLUDED:
        return ("Được loại trừ trách nhiệm: không phải chịu "
                + _listed([LIABILITY_WORDS[liability] for liability in Liability]) + ".")
    if ruling.kind is RulingKind.MEASURES:
        parts = []
        for measure in Measure:
            nouns = [LIABILITY_WORDS[liability] for liability, chosen in ruling.measures if chosen is measure]
            if nouns:
                parts.append(_listed(nouns) + (" đều " if len(nouns) > 1 else " ") + MEASURE_MEANING[measure])
        return _capital("; ".join(parts)) + "."
    reasons = []
    if ruling.unmet:
        reasons.append("không bảo đảm điều kiện " + ", ".join(f"“{CONDITION_WORDS[c].lower()}”" for c in ruling.unmet))
    if ruling.abuse:
        reasons.append("có dấu hiệu lợi dụng chủ trương bảo vệ cán bộ ("
                       + ", ".join(ABUSE_WORDS[a] for a in ruling.abuse) + ")")
    return f"Không được bảo vệ vì {', đồng thời '.join(reasons)}; đề nghị Ủy ban kiểm tra xem xét."


def describe_gap(gap: RulingGap | str) -> str:
    """The words of one answer the evaluation still lacks (a condition or a liability by its name)."""
    if isinstance(gap, str):
        try:
            return describe_gap(RulingGap.parse(gap))
        except ValueError:
            return gap
    label = ""
    if gap.kind is GapKind.CONDITION:
        label = CONDITION_WORDS.get(gap.key, gap.key)
    elif gap.kind is GapKind.MEASURE:
        label = LIABILITY_WORDS.get(gap.key, gap.key)
    return GAP_WORDS[gap.kind].format(label=label)


def protection_params(code: str, params: dict[str, Any]) -> dict[str, Any]:
    """The parameters of a protection error in words: liabilities, conditions, reasons and missing answers."""
    words = dict(params)
    if isinstance(words.get("gaps"), list | tuple):
        words["gaps"] = "; ".join(describe_gap(g) for g in words["gaps"])
    if isinstance(words.get("liability"), str):
        words["liability"] = LIABILITY_WORDS.get(words["liability"], words["liability"])
    if isinstance(words.get("condition"), str):
        words["condition"] = CONDITION_WORDS.get(words["condition"], words["condition"])
    if code == "protection_measure_not_applicable" and isinstance(words.get("reason"), str):
        words["reason"] = NOT_APPLICABLE_WORDS.get(words["reason"], words["reason"])
    return words


def quantity_text(value: Decimal) -> str:
    """A value the Vietnamese way: thousands with ".", decimals after ",": 1200.5 → "1.200,5"."""
    sign = "-" if value < 0 else ""
    whole, _, decimals = f"{abs(value):f}".partition(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    return f"{sign}{grouped},{decimals}" if decimals else f"{sign}{grouped}"


def share_text(share: Fraction | None, places: int = 1) -> str:
    """A share of the target as a percentage: 2/3 → "66,7%"; 5/4 → "125%" (not capped); None → a dash."""
    if share is None:
        return "—"
    return quantity_text(share_percent(share, places).normalize()) + "%"  # no trailing zeros: 12,5%, 100%


def late_text(working_days: int) -> str:
    """"Muộn 2 ngày làm việc"; empty when on time."""
    return f"Muộn {working_days} ngày làm việc" if working_days > 0 else ""
