"""The demo flag: the demo head is signed in without a password only in a marked demo that still has it."""

from __future__ import annotations

import pytest

from lamdong_desktop.domain.errors import DomainError, ValidationError
from lamdong_desktop.services import accounts
from lamdong_desktop.services.context import is_initialized
from lamdong_desktop.services.demo import DEMO_ACCOUNTS, create_demo, demo_head, is_demo_folder, open_demo
from lamdong_desktop.storage import accounts_repo
from lamdong_desktop.storage.paths import DataPaths


def test_a_fresh_demo_opens_on_its_head(demo, data_paths):
    ctx, head = demo
    assert is_demo_folder(data_paths)
    actor = demo_head(ctx)
    assert actor is not None and actor.username == "chutich" and actor == head


def test_a_demo_head_who_chose_a_password_is_asked_for_it(demo):
    ctx, _ = demo
    head = accounts.sign_in(ctx, username="chutich", password="demo")
    accounts.change_password(ctx, actor=head, username="chutich", new_password="rieng-cua-toi", old_password="demo")
    assert demo_head(ctx) is None


def test_a_disabled_or_locked_demo_head_is_not_signed_in(demo):
    ctx, _ = demo
    admin = accounts.sign_in(ctx, username="admin", password="demo")
    for _ in range(5):
        with pytest.raises(DomainError):
            accounts.sign_in(ctx, username="chutich", password="sai")
    assert demo_head(ctx) is None
    accounts.unlock(ctx, actor=admin, username="chutich")
    assert demo_head(ctx) is not None
    accounts.set_disabled(ctx, actor=admin, username="chutich", disabled=True)
    assert demo_head(ctx) is None


def test_a_real_folder_is_never_opened_as_a_demo(commune, data_paths):
    ctx, admin = commune
    accounts.add_account(ctx, actor=admin, username="chutich", full_name="Chủ Tịch", password="matkhau1",
                         roles=["nguoi_dung_dau"])
    assert demo_head(ctx) is None
    ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = data_paths.database.read_bytes()
    assert not is_demo_folder(data_paths)
    with pytest.raises(DomainError) as err:
        open_demo(data_paths)
    assert err.value.code == "demo_folder_not_demo" and err.value.params["path"] == str(data_paths.root)
    assert data_paths.database.read_bytes() == before
    assert accounts_repo.failures(ctx.db, "chutich") == (0, None)


def test_not_a_demo_folder_when_empty_or_not_a_database(tmp_path):
    assert not is_demo_folder(DataPaths(tmp_path / "nothing"))
    junk = DataPaths(tmp_path / "junk")
    junk.root.mkdir()
    junk.database.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(DomainError) as err:  # a damaged database is named as damaged, never "not a demo"
        is_demo_folder(junk)
    assert err.value.code == "database_damaged"


def test_the_demo_shares_one_hash_and_keeps_the_short_password(demo):
    ctx, _ = demo
    hashes = {row["password_hash"] for row in accounts_repo.list_accounts(ctx.db)}
    assert len(accounts_repo.list_accounts(ctx.db)) == len(DEMO_ACCOUNTS) and len(hashes) == 1
    for account in DEMO_ACCOUNTS:
        assert accounts.sign_in(ctx, username=account.username, password="demo").username == account.username


def test_a_custom_demo_password_needs_eight_characters(tmp_path):
    paths = DataPaths(tmp_path / "demo")
    with pytest.raises(ValidationError) as err:
        create_demo(paths, password="abc", proposals=False)
    assert err.value.code == "password_too_short"
    assert not is_initialized(paths)
    ctx, _ = create_demo(paths, password="mat-khau-chung", proposals=False)
    try:
        assert demo_head(ctx) is None  # a password of one's own is asked for
        assert "demo_password_hash_sha256" not in ctx.settings  # no digest stands for another password
        assert accounts.sign_in(ctx, username="chutich", password="mat-khau-chung").username == "chutich"
    finally:
        ctx.close()


def _no_key_derivation(*_args, **_kwargs):
    raise AssertionError("demo_head derived a key")


def test_the_demo_head_is_recognised_by_the_kept_digest_without_a_key_derivation(demo, monkeypatch):
    """The first window opens without argon2 (64 MiB) while the head's hash is the one the demo gave it."""
    from lamdong_desktop.services import demo as demo_module
    from lamdong_desktop.storage import meta_repo

    ctx, head = demo
    kept = meta_repo.get(ctx.db, demo_module.DEMO_HASH_DIGEST_KEY)
    assert kept and len(kept) == 64 and "argon2" not in kept  # a SHA-256, not a second copy of the hash
    monkeypatch.setattr(demo_module, "verify_password", _no_key_derivation)
    assert demo_head(ctx) == head


def test_any_other_hash_of_the_head_is_checked_with_argon2(demo, monkeypatch):
    """A hash renewed for "demo" still opens the demo (checked the slow way); any other password does not."""
    from lamdong_desktop.domain.passwords import hash_password
    from lamdong_desktop.services import demo as demo_module

    ctx, head = demo
    row = accounts_repo.by_username(ctx.db, "chutich")
    store = accounts_repo.store(ctx.db)
    with ctx.db.atomic():  # as a sign-in renews a hash made with older parameters
        store.update(row["id"], {"password_hash": hash_password("demo")}, author=accounts.author(head),
                     summary="renewed")
    checked = []
    real = demo_module.verify_password
    monkeypatch.setattr(demo_module, "verify_password", lambda *a: checked.append(a) or real(*a))
    assert demo_head(ctx) == head and len(checked) == 1
    with ctx.db.atomic():
        store.update(row["id"], {"password_hash": hash_password("khac-hoan-toan")}, author=accounts.author(head),
                     summary="changed")
    assert demo_head(ctx) is None and len(checked) == 2


def test_the_kept_digest_counts_only_in_a_folder_marked_as_a_demo(demo, monkeypatch):
    """The digest is compared with the head's own hash only while the folder is marked as a demo."""
    from lamdong_desktop.services import demo as demo_module
    from lamdong_desktop.storage import meta_repo

    ctx, _ = demo
    monkeypatch.setattr(demo_module, "verify_password", lambda *a: False)  # the slow check says no
    assert demo_head(ctx) is not None  # the digest alone
    meta_repo.set_many(ctx.db, {"demo": "0"})
    assert demo_head(ctx) is None
