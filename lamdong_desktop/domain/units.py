"""Administrative units: the 124 commune-level units of Lâm Đồng and the province above them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

PROVINCE_CODE = "LD"
PROVINCE_NAME = "Tỉnh Lâm Đồng"


class UnitKind(StrEnum):
    XA = "xa"
    PHUONG = "phuong"
    DAC_KHU = "dac_khu"
    TINH = "tinh"


KIND_LABELS = {
    UnitKind.XA: "Xã",
    UnitKind.PHUONG: "Phường",
    UnitKind.DAC_KHU: "Đặc khu",
    UnitKind.TINH: "Tỉnh",
}

# The issuing body above the unit's name in a document header (ND 30/2020 Phụ lục I).
PEOPLES_COMMITTEE = "ỦY BAN NHÂN DÂN"


@dataclass(frozen=True)
class Unit:
    code: str
    name: str  # full name with its kind, e.g. "Xã Di Linh", "Phường Xuân Hương - Đà Lạt"
    kind: UnitKind
    former_province: str = ""
    formed_from: str = ""
    parent_code: str | None = PROVINCE_CODE

    @property
    def short_name(self) -> str:
        """The name without its kind ("Di Linh"): the place in a document's date line."""
        label = KIND_LABELS[self.kind]
        return self.name[len(label) + 1 :] if self.name.startswith(label + " ") else self.name


PROVINCE = Unit(code=PROVINCE_CODE, name=PROVINCE_NAME, kind=UnitKind.TINH, parent_code=None)


class InstallMode(StrEnum):
    COMMUNE = "commune"
    PROVINCE = "province"
