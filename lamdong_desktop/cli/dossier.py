"""``verify --dossier F.pdf [--json]`` (parsed by ``cli/integrity.py``): a printed dossier against the database.

Exit code 0 only when the file is intact, printed by this database, every document it lists still matches, nothing
newer exists and its audit head is still in the chain; 1 otherwise, with each document that no longer matches named.
"""

from __future__ import annotations

from typing import Any

from .base import Call


def dossier_lines(check: Any) -> list[str]:
    """The Vietnamese answer, one line each: the verdict, the print, each document, what is newer, the head."""
    from lamdong_desktop.messages.dossier import DOSSIER_ITEM_WORDS, DOSSIER_WORDS

    from .integrity import _when

    words = DOSSIER_WORDS
    if not check.intact:
        return [words["altered"].format(path=check.path)]
    lines = [words["ok" if check.ok else "failed"].format(ref=check.ref, count=len(check.documents))]
    if check.printed_at:
        lines.append(words["printed"].format(when=_when(check.printed_at), who=check.printed_by or "—"))
    if not check.recorded:
        lines.append(words["unrecorded"])
    for document in check.documents:
        lines.append("  " + words["item"].format(order=document.order, name=document.name,
                                                 verdict=DOSSIER_ITEM_WORDS[document.verdict]))
    if any(d.verdict.value == "changed" for d in check.documents):
        lines.append(words["changed_hint"])
    for newer in check.newer:
        lines.append(words["newer"].format(name=newer.name))
    short = check.audit_hash[:8]
    lines.append(words[f"head_{check.head.value}"].format(seq=check.audit_seq, short=short))
    return lines


def dossier_json(check: Any) -> dict[str, Any]:
    return {
        "ok": check.ok, "intact": check.intact, "recorded": check.recorded, "proposal": check.ref or None,
        "printed_at": check.printed_at or None, "printed_by": check.printed_by or None,
        "message": dossier_lines(check)[0],
        "documents": [{"order": d.order, "kind": d.kind, "name": d.name, "number": d.number,
                       "verdict": d.verdict.value} for d in check.documents],
        "newer": [{"kind": n.kind, "name": n.name, "number": n.number} for n in check.newer],
        "audit_head": {"seq": check.audit_seq, "hash": check.audit_hash or None, "verdict": check.head.value},
    }


def verify_dossier(c: Call) -> int:
    from lamdong_desktop.services.dossier_verify import verify_dossier as check_file

    from .integrity import answer

    ctx = c.context()
    actor = c.actor(ctx)
    return answer(c, lambda: check_file(ctx, actor=actor, path=c.args.dossier), as_json=dossier_json,
                  lines=dossier_lines, ok=lambda check: bool(check.ok), refused={"ok": False})
