"""Sign-in that holds: parallel guesses all counted, NFC, hash renewal, unknown and disabled accounts,
8-character passwords, and the audited ``login_failures`` rows (keyed-table contract)."""

from __future__ import annotations

import threading
import unicodedata
from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from lamdong_desktop.domain import clock, passwords
from lamdong_desktop.domain.errors import DomainError, ValidationError
from lamdong_desktop.services import accounts
from lamdong_desktop.services.context import open_app
from lamdong_desktop.services.setup import initialize
from lamdong_desktop.storage import accounts_repo
from lamdong_desktop.storage.audit import content_hash

from ..unit.test_passwords import scrypt_hash_of_version_0_2


class CountingHasher(PasswordHasher):
    """The suite's cheap argon2id, counting the key derivations that verify a password."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=8, parallelism=1)
        self.verifications = 0
        self._lock = threading.Lock()

    def verify(self, hash, password):  # noqa: A002 (argon2-cffi's own parameter name)
        with self._lock:
            self.verifications += 1
        return super().verify(hash, password)


@pytest.fixture
def hasher(monkeypatch) -> CountingHasher:
    counting = CountingHasher()
    monkeypatch.setattr(passwords, "_hasher", counting)
    return counting


@pytest.fixture
def official(commune):
    ctx, admin = commune
    accounts.add_account(ctx, actor=admin, username="canbo", full_name="Cán Bộ", password="matkhau1",
                         roles=["can_bo"])
    return ctx, admin


def _try(ctx, username: str, password: str) -> str:
    try:
        accounts.sign_in(ctx, username=username, password=password)
    except DomainError as error:
        return error.code
    return "ok"


def test_25_parallel_wrong_guesses_are_all_counted_and_lock_the_account(official, data_paths, hasher):
    ctx, _ = official
    ctx.close()
    guesses = 25
    start = threading.Barrier(guesses)
    outcomes: list[str] = []

    def guess(number: int) -> None:
        own = open_app(data_paths)  # each guess on its own connection to the same file, as parallel logins are
        try:
            start.wait(timeout=60)
            outcomes.append(_try(own, "canbo", f"sai-{number}"))
        finally:
            own.close()

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(guesses)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(outcomes) == guesses
    assert set(outcomes) <= {"login_failed", "account_locked"}
    # Counted first: at most five guesses ever reach the password; the other twenty are refused unlooked.
    assert hasher.verifications <= 5
    again = open_app(data_paths)
    try:
        assert accounts_repo.failures(again.db, "canbo")[0] == guesses
        # The right password is refused while the lock lasts (60 minutes after 25 failures) ...
        assert _try(again, "canbo", "matkhau1") == "account_locked"
        later = clock.now() + timedelta(minutes=59)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(clock, "now", lambda: later)
            assert _try(again, "canbo", "matkhau1") == "account_locked"
        # ... and accepted once it has ended, which clears the counter.
        much_later = clock.now() + timedelta(minutes=61)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(clock, "now", lambda: much_later)
            assert _try(again, "canbo", "matkhau1") == "ok"
        assert accounts_repo.failures(again.db, "canbo") == (0, None)
    finally:
        again.close()


def _change(ctx, actor, old: str, new: str = "matkhau-moi") -> str:
    try:
        accounts.change_password(ctx, actor=actor, username=actor.username, new_password=new, old_password=old)
    except DomainError as error:
        return error.code
    return "ok"


def test_25_parallel_wrong_current_passwords_are_counted_like_sign_ins_and_lock_the_account(
    official, data_paths, hasher
):
    """Changing one's own password is one more way to guess it: the same counter, the same lock, atomically."""
    ctx, _ = official
    person = accounts.sign_in(ctx, username="canbo", password="matkhau1")
    hash_before = accounts_repo.by_username(ctx.db, "canbo")["password_hash"]
    ctx.close()
    hasher.verifications = 0
    guesses = 25
    start = threading.Barrier(guesses)
    outcomes: list[str] = []

    def guess(number: int) -> None:
        own = open_app(data_paths)
        try:
            start.wait(timeout=60)
            outcomes.append(_change(own, person, f"sai-{number}"))
        finally:
            own.close()

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(guesses)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(outcomes) == guesses
    assert set(outcomes) <= {"old_password_wrong", "account_locked"}
    assert outcomes.count("old_password_wrong") == 4 and outcomes.count("account_locked") == 21
    assert hasher.verifications <= 5  # the other twenty were refused without looking at the password
    again = open_app(data_paths)
    try:
        assert accounts_repo.failures(again.db, "canbo")[0] == guesses
        # Locked for changing and for signing in alike; the right current password changes nothing.
        assert _change(again, person, "matkhau1") == "account_locked"
        assert _try(again, "canbo", "matkhau1") == "account_locked"
        assert accounts_repo.by_username(again.db, "canbo")["password_hash"] == hash_before
        much_later = clock.now() + timedelta(minutes=61)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(clock, "now", lambda: much_later)
            assert _change(again, person, "matkhau1") == "ok"
        assert accounts_repo.failures(again.db, "canbo") == (0, None)
        assert _try(again, "canbo", "matkhau-moi") == "ok"
        _assert_keyed_contract(again, "canbo")
    finally:
        again.close()


def test_wrong_current_passwords_and_wrong_sign_ins_share_one_counter(official):
    ctx, _ = official
    person = accounts.sign_in(ctx, username="canbo", password="matkhau1")
    with pytest.raises(DomainError) as err:
        accounts.change_password(ctx, actor=person, username="canbo", new_password="matkhau-moi",
                                 old_password="sai")
    assert err.value.code == "old_password_wrong" and err.value.params["remaining"] == 4
    for _ in range(3):
        assert _try(ctx, "canbo", "sai") == "login_failed"
    assert _change(ctx, person, "sai") == "account_locked"  # the fifth guess, whichever way it came
    assert accounts_repo.failures(ctx.db, "canbo")[0] == 5
    last = _events(ctx, "login_failures", "canbo")[-1]
    assert "Đổi mật khẩu canbo" in last["summary"]
    # A new password too short to be accepted costs no guess.
    with pytest.raises(ValidationError):
        accounts.change_password(ctx, actor=person, username="canbo", new_password="ngan", old_password="sai")
    assert accounts_repo.failures(ctx.db, "canbo")[0] == 5


def test_a_locked_account_is_refused_without_looking_at_the_password(official, hasher):
    ctx, _ = official
    for _ in range(5):
        _try(ctx, "canbo", "sai")
    before = hasher.verifications
    assert _try(ctx, "canbo", "matkhau1") == "account_locked"
    assert hasher.verifications == before


def test_an_unknown_user_costs_one_verification_like_a_wrong_password(official, hasher):
    ctx, _ = official
    accounts.sign_in(ctx, username="canbo", password="matkhau1")  # computes nothing lasting
    passwords.verify_dummy("warm-up")  # the dummy hash is made once per hasher
    hasher.verifications = 0
    assert _try(ctx, "canbo", "sai-mat-khau") == "login_failed"
    wrong = hasher.verifications
    assert _try(ctx, "khongco", "sai-mat-khau") == "login_failed"
    assert _try(ctx, "ten khong hop le!", "sai-mat-khau") == "login_failed"
    assert wrong == 1 and hasher.verifications == 3
    # Same answer, same counting: nothing tells an unknown name from a known one.
    assert accounts_repo.failures(ctx.db, "khongco")[0] == accounts_repo.failures(ctx.db, "canbo")[0] == 1


def test_a_disabled_account_is_named_only_after_its_correct_password(official):
    ctx, admin = official
    accounts.set_disabled(ctx, actor=admin, username="canbo", disabled=True)
    with pytest.raises(DomainError) as err:
        accounts.sign_in(ctx, username="canbo", password="sai-mat-khau")
    assert err.value.code == "login_failed" and err.value.params["remaining"] == 4
    with pytest.raises(DomainError) as err:
        accounts.sign_in(ctx, username="canbo", password="matkhau1")
    assert err.value.code == "account_disabled"


def test_a_decomposed_vietnamese_password_signs_in(commune):
    ctx, admin = commune
    composed = unicodedata.normalize("NFC", "Mật khẩu Đà Lạt")
    accounts.add_account(ctx, actor=admin, username="thuky", full_name="Thư Ký", password=composed,
                         roles=["thu_ky"])
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert accounts.sign_in(ctx, username="thuky", password=decomposed).username == "thuky"


def _events(ctx, table: str, target: str) -> list[dict]:
    return list(ctx.db.query(
        "SELECT * FROM audit_events WHERE target_table = ? AND target_id = ? ORDER BY seq", [table, target]))


@pytest.mark.parametrize("old_hash", [
    scrypt_hash_of_version_0_2("matkhau1"),
    PasswordHasher(time_cost=1, memory_cost=16, parallelism=1).hash("matkhau1"),
], ids=["scrypt-0.2", "weaker-argon2id"])
def test_an_old_hash_is_renewed_at_the_next_sign_in_and_audited(official, old_hash):
    ctx, admin = official
    row = accounts_repo.by_username(ctx.db, "canbo")
    accounts_repo.store(ctx.db).update(row["id"], {"password_hash": old_hash}, author=accounts.author(admin))
    with pytest.raises(DomainError):
        accounts.sign_in(ctx, username="canbo", password="sai-mat-khau")
    assert accounts_repo.by_username(ctx.db, "canbo")["password_hash"] == old_hash  # a wrong one renews nothing
    accounts.sign_in(ctx, username="canbo", password="matkhau1")
    renewed = accounts_repo.by_username(ctx.db, "canbo")
    assert renewed["password_hash"] != old_hash and not passwords.needs_rehash(renewed["password_hash"])
    last = _events(ctx, "accounts", row["id"])[-1]
    assert last["action"] == "accounts.update" and "Nâng cấp mã băm" in last["summary"]
    assert last["content_sha256"] == content_hash(renewed)
    assert accounts.sign_in(ctx, username="canbo", password="matkhau1").username == "canbo"
    assert accounts_repo.by_username(ctx.db, "canbo")["version"] == renewed["version"]  # renewed once only


def test_every_new_password_needs_eight_characters(official, data_paths, tmp_path):
    ctx, admin = official
    with pytest.raises(ValidationError) as err:
        accounts.add_account(ctx, actor=admin, username="moi", full_name="Mới", password="1234567",
                             roles=["can_bo"])
    assert err.value.code == "password_too_short" and err.value.params["minimum"] == 8
    assert accounts_repo.by_username(ctx.db, "moi") is None
    with pytest.raises(ValidationError):
        accounts.change_password(ctx, actor=admin, username="canbo", new_password="demo")
    assert accounts.sign_in(ctx, username="canbo", password="matkhau1").username == "canbo"
    from lamdong_desktop.storage.paths import DataPaths

    other = DataPaths(tmp_path / "other")
    with pytest.raises(ValidationError):
        initialize(other, mode="province", unit=None, admin_username="tinh", admin_password="demo")


def _assert_keyed_contract(ctx, username: str) -> None:
    """The keyed-table contract for login_failures: the row equals its latest event, or is absent after .delete."""
    events = _events(ctx, "login_failures", username)
    assert events, "every change of a login_failures row is audited"
    row = accounts_repo.failure_row(ctx.db, username)
    latest = events[-1]
    if row is None:
        assert latest["action"] == "login_failures.delete" and latest["content_sha256"] is None
    else:
        assert latest["action"] == "login_failures.set"
        assert latest["content_sha256"] == content_hash(dict(row))
        assert set(row) == {"username", "failed_attempts", "last_failure_at"}


def test_login_failures_changes_are_audited_as_keyed_rows(official):
    ctx, admin = official
    for expected in (1, 2):
        _try(ctx, "canbo", "sai")
        _assert_keyed_contract(ctx, "canbo")
        assert accounts_repo.failures(ctx.db, "canbo")[0] == expected
    assert _try(ctx, "canbo", "matkhau1") == "ok"
    _assert_keyed_contract(ctx, "canbo")
    assert accounts_repo.failure_row(ctx.db, "canbo") is None
    for _ in range(5):
        _try(ctx, "canbo", "sai")
    accounts.unlock(ctx, actor=admin, username="canbo")
    _assert_keyed_contract(ctx, "canbo")
    last = _events(ctx, "login_failures", "canbo")[-1]
    assert last["actor_id"] == admin.user_id and "Mở khóa" in last["summary"]
    _try(ctx, "canbo", "sai")
    accounts.change_password(ctx, actor=admin, username="canbo", new_password="matkhau-moi")
    _assert_keyed_contract(ctx, "canbo")
    # No counter, no event: clearing nothing writes nothing.
    count = ctx.db["audit_events"].count
    accounts.unlock(ctx, actor=admin, username="canbo")
    assert ctx.db["audit_events"].count == count


def test_a_failed_count_leaves_nothing_half_written(official, monkeypatch):
    ctx, _ = official
    _try(ctx, "canbo", "sai")
    events = ctx.db["audit_events"].count

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(accounts_repo, "append_event", broken)
    with pytest.raises(RuntimeError):
        accounts.sign_in(ctx, username="canbo", password="sai")
    assert accounts_repo.failures(ctx.db, "canbo")[0] == 1 and ctx.db["audit_events"].count == events
    assert not ctx.db.conn.in_transaction
