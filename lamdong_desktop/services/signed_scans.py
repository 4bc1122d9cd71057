"""The scan of a signed paper document attached to its record, which it then locks ("Đã ký").

Minutes, decisions, adjustments, evaluations: each service checks who may and whether the record is still open,
then ``attach_scan`` stores the file and calls back, in the same transaction, to mark its record signed.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import NotFound
from lamdong_desktop.storage import attachments as blobs
from lamdong_desktop.storage import proposals_repo

from .accounts import author
from .context import AppContext


def attach_scan(ctx: AppContext, actor: Actor, owner_table: str, owner_id: str, path: str | Path,
                record: Callable[[str], None], *, summary: str = "") -> str:
    """Store the scan of a signed document and attach it to its record; ``record(attachment id)`` then marks the
    record signed, in the same transaction. A refused or failed attach leaves no row and no stored file.

    Also for any file that a record cites as evidence (a progress value's): ``summary`` then says what it is."""
    from .attachments import attachment_limit_bytes, discard_stored, store_file

    stored = store_file(ctx.paths, path, max_bytes=attachment_limit_bytes(ctx))
    try:
        with ctx.db.atomic():  # the file checked under the write lock the orphan sweep also takes
            if not blobs.blob_path(ctx.paths, stored.sha256).is_file():
                raise NotFound("attachment_not_found")
            row = proposals_repo.attachments(ctx.db).insert(
                {"owner_table": owner_table, "owner_id": owner_id, "filename": stored.filename,
                 "sha256": stored.sha256, "size": stored.size,
                 "media_type": mimetypes.guess_type(stored.filename)[0] or "application/octet-stream"},
                author=author(actor), summary=summary or f"Bản chụp văn bản đã ký “{stored.filename}”")
            record(row["id"])
    except BaseException:
        discard_stored(ctx, stored)
        raise
    return str(row["id"])
