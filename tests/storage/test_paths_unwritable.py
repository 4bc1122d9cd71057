"""A data folder this account may not write is named in Vietnamese, never the system's English."""

from __future__ import annotations

import os

import pytest

from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.messages import describe
from lamdong_desktop.storage.paths import DataPaths


@pytest.mark.parametrize("which", ["root", "logs"])
def test_a_folder_without_write_access_is_told_in_vietnamese(tmp_path, monkeypatch, which):
    paths = DataPaths(tmp_path / "data")
    paths.ensure()
    target = paths.root if which == "root" else paths.logs
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(target) else real_access(p, mode))
    with pytest.raises(DomainError) as err:
        paths.ensure()
    text = describe(err.value)
    assert err.value.code == "data_dir_unwritable"
    assert text == f"Không ghi được vào thư mục dữ liệu {target}: không có quyền truy cập (“{target}”).", text
    assert "access" not in text and "Permission" not in text
