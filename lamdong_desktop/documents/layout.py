"""The numbers and fixed words of the ND 30/2020/NĐ-CP layout (Phụ lục I), shared by the story and the pages."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm

# ND 30/2020 Phụ lục I, mục I.4: A4 portrait; top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
MARGIN_LEFT_MM = 30.0
MARGIN_RIGHT_MM = 15.0
MARGIN_LIMITS_MM = {"top": (20.0, 25.0), "bottom": (20.0, 25.0), "left": (30.0, 35.0), "right": (15.0, 20.0)}

# ND 30/2020 Phụ lục I: body 13–14 pt, first-line indent 1–1.27 cm, ≥ 6 pt between paragraphs, line
# spacing from single to 1.5 lines.
BODY_SIZE = 14.0
BODY_LEADING = 17.5  # 1.25 × the size: Word's single spacing for Times is about 1.15, 1.5 lines about 1.73
FIRST_LINE_INDENT = 1.27 * cm
PARAGRAPH_SPACE_AFTER = 6.0
HEADER_SIZE = 13.0  # issuer and national name: capitals, bold, 12–13 pt
NATIONAL_NAME_MIN_SIZE = 12.0
MOTTO_SIZE = 14.0  # "Độc lập - Tự do - Hạnh phúc": bold, 13–14 pt
NUMBER_SIZE = 13.0
DATE_SIZE = 14.0
TITLE_SIZE = 14.0
SIGNATURE_SIZE = 14.0
RECIPIENTS_TITLE_SIZE = 12.0  # "Nơi nhận:" bold italic 12 pt, the list 11 pt
RECIPIENTS_SIZE = 11.0
TABLE_SIZE = 13.0
PAGE_NUMBER_SIZE = 13.0
AUDIT_HEAD_SIZE = 7.0  # the audit-chain head in the bottom margin: small, out of the text's way
# The check of every page (domain brief §6), in the bottom margin at the left: the QR symbol (no quiet zone in
# these numbers: its white reaches 4 modules, about 1.5 mm, around it), its lower edge clear of the strip most
# printers cannot print on, its upper one clear of the text's descenders; the check line beside it.
CHECK_QR_MM = 11.0
CHECK_QR_BOTTOM_MM = 5.0
CHECK_LINE_GAP_MM = 3.0  # between the symbol and its line
CHECK_LINE_SIZE = AUDIT_HEAD_SIZE
SIGNING_SPACE = 2.6 * cm  # room for the hand signature and the seal
RULE_THICKNESS = 0.6
KEEP_LINES = 2  # a table's caption and header row start on a page with room for this many lines under them
DRAFT_MARK = "DỰ THẢO"  # on every page of a text not yet submitted or issued
DRAFT_MARK_SIZE = 13.0

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_TITLE = "Nơi nhận:"
