"""The QR code of a page's check line, with reportlab's own encoder (``reportlab.graphics.barcode.qrencoder``).

reportlab's ``QRCode.make`` takes about 8 ms for the 29 × 29 symbol of a check line, a sixth of a three-page
render: it lays the whole symbol out nine times to choose its mask (eight trial layouts, each scored, then the
final one), and builds the Reed-Solomon generator polynomial afresh for every block. ``encoder`` does the same
work in about a tenth of the time and draws the very same symbol (a test compares them with ``QRCode.make``):

- the codewords: reportlab's bit buffer and padding, the error correction from reportlab's own generator
  polynomial (kept per length) and its GF(256) tables;
- the mask: the eight masks differ only on the data modules, so each trial is one trial layout with a
  per-version XOR table applied, scored on rows held as integers and strings — reportlab's own rules, quirks
  included (its vertical finder-pattern rule compares a tuple with a list and never matches).
"""

from __future__ import annotations

import functools
import itertools
import re

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

LEVEL = "M"  # 15 % of the symbol may be lost (a fold, a stain) and it still reads
QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004 §6.3.8)
_FINDER_LIKE = "10111010000"  # reportlab's rule-3 pattern, rows only
_FINDER = re.compile(_FINDER_LIKE)


@functools.cache
def _products(count: int) -> tuple[int, ...]:
    """For each byte value, the generator polynomial for ``count`` EC codewords times it, as one integer of
    ``count`` bytes (the leading term left out): a division step is then one XOR."""
    generator = qrencoder.QRUtil.getErrorCorrectPolynomial(count).num[1:]
    exp, log = qrencoder.EXP_TABLE, qrencoder.LOG_TABLE
    products = [0]
    for factor in range(1, 256):
        value = 0
        for coefficient in generator:
            value = (value << 8) | (exp[(log[factor] + log[coefficient]) % 255] if coefficient else 0)
        products.append(value)
    return tuple(products)


def _remainder(data: list[int], count: int) -> list[int]:
    """The ``count`` error-correction codewords of one block (polynomial division in GF(256))."""
    products, shift, keep = _products(count), 8 * (count - 1), (1 << 8 * count) - 1
    rest = 0
    for byte in data:
        factor = byte ^ (rest >> shift)
        rest = ((rest << 8) & keep) ^ products[factor]
    return list(rest.to_bytes(count, "big"))


def _codewords(qr: qrencoder.QRCode) -> list[int]:
    """What ``QRCode.createData`` returns: the data and error-correction codewords, blocks interleaved."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(qr.version, qr.errorCorrectLevel)
    buffer = qrencoder.QRBitBuffer()
    for segment in qr.dataList:
        segment.write(buffer, qr.version)
    capacity = 8 * sum(block.dataCount for block in blocks)
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)  # the terminator
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    pads = itertools.cycle((qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1))
    while buffer.getLengthInBits() < capacity:
        buffer.put(next(pads), 8)
    data, corrections, offset = [], [], 0
    for block in blocks:
        chunk = buffer.buffer[offset:offset + block.dataCount]
        offset += block.dataCount
        data.append(chunk)
        corrections.append(_remainder(chunk, block.totalCount - block.dataCount))
    return [d for group in (data, corrections) for column in itertools.zip_longest(*group) for d in column
            if d is not None]


@functools.cache
def _positions(version: int) -> list[tuple[int, int]]:
    """The data modules of a symbol of ``version`` as (column, row), in reportlab's placing order."""
    probe = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    probe.moduleCount = version * 4 + 17
    return list(probe._dataPosIterator())


# A symbol is held as one integer: row after row from the top, each a 0 guard bit then its modules from the
# left, the last module in the lowest bit. Shifting by 1 then compares neighbours in a row (never across rows:
# the guard is light, and masked out of the light modules), shifting by ``size + 1`` neighbours in a column.


def _packed(rows: list[str]) -> int:
    return int("".join("0" + row for row in rows), 2)


@functools.cache
def _masks(size: int) -> tuple[int, int]:
    """(every module, the modules with a neighbour to the left and above): the bits rules 1 and 2 look at."""
    modules = _packed(["1" * size] * size)
    blocks = _packed(["0" * size] + ["0" + "1" * (size - 1)] * (size - 1))
    return modules, blocks


@functools.cache
def _mask_tables(version: int) -> tuple[int, ...]:
    """For each mask, the modules where it differs from mask 0 (data modules only), packed."""
    size = version * 4 + 17
    first = qrencoder.QRUtil.getMask(0)
    tables = []
    for pattern in range(8):
        mask = qrencoder.QRUtil.getMask(pattern)
        rows = [["0"] * size for _ in range(size)]
        for col, row in _positions(version):
            if mask(row, col) != first(row, col):
                rows[row][col] = "1"
        tables.append(_packed(["".join(row) for row in rows]))
    return tuple(tables)


def _long_runs(lines: int, step: int) -> int:
    """Rule 1 along one direction (``step`` 1: across, ``size + 1``: down): a run of five or more modules of one
    colour costs its length less 2 — one for each of its windows of five, and 2 for the run (its last window)."""
    windows = lines & (lines >> step) & (lines >> 2 * step) & (lines >> 3 * step) & (lines >> 4 * step)
    return windows.bit_count() + 2 * (windows & ~(windows >> step)).bit_count()


def _lost_points(symbol: int, size: int) -> int:
    """reportlab's ``QRUtil.getLostPoint`` of a packed symbol."""
    modules, blocks = _masks(size)
    light = ~symbol & modules
    down = size + 1
    # Rule 1: runs of five or more modules of one colour, across and down.
    score = sum(_long_runs(lines, step) for lines in (symbol, light) for step in (1, down))
    # Rule 2: every 2 × 2 block of one colour costs 3.
    same_down = ~(symbol ^ (symbol >> down))
    score += 3 * (same_down & (same_down >> 1) & ~(symbol ^ (symbol >> 1)) & blocks).bit_count()
    # Rule 3, as reportlab scans: a finder-like run in a row costs 40 unless it ends the row (the scan stops one
    # short). The pattern cannot overlap itself, so every match is one reportlab's scan meets.
    last = size - len(_FINDER_LIKE)
    text = format(symbol, f"0{down * size}b")
    score += 40 * sum(0 <= found.start() % down - 1 < last for found in _FINDER.finditer(text))
    # Rule 4: the share of dark modules away from one half, by steps of 5 %.
    return score + 10 * (abs(100 * symbol.bit_count() // (size * size) - 50) // 5)


def encoder(text: str) -> qrencoder.QRCode:
    """reportlab's encoder with ``text`` laid out under the mask reportlab would choose."""
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, LEVEL))
    qr.addData(text)
    qr.version = qr.calculate_version()
    qr.dataCache = _codewords(qr)  # makeImpl then skips createData
    qr._dataPosList = _positions(qr.version)  # reportlab's own cache of them, kept per version here
    qr.makeImpl(True, 0)  # the trial layout: format information left light, as reportlab scores it
    size = qr.moduleCount
    trial = _packed(["".join("1" if dark else "0" for dark in row) for row in qr.modules])
    tables = _mask_tables(qr.version)
    scores = [_lost_points(trial ^ table, size) for table in tables]
    best = scores.index(min(scores))  # the first of the best, as reportlab picks
    bits = format(trial ^ tables[best], f"0{(size + 1) * size}b")
    qr.modules = [[bit == "1" for bit in bits[r * (size + 1) + 1:(r + 1) * (size + 1)]] for r in range(size)]
    qr.setupTypeInfo(False, best)
    if qr.version >= 7:
        qr.setupTypeNumber(False)
    return qr


def matrix(text: str) -> list[list[bool]]:
    """The symbol of ``text`` as rows of dark (True) and light modules, no quiet zone."""
    return [list(map(bool, row)) for row in encoder(text).modules]


def draw(canvas: Canvas, modules: list[list[bool]], *, x: float, y: float, side: float) -> None:
    """Draw the dark modules in a ``side`` × ``side`` square whose lower left corner is at (``x``, ``y``); the quiet
    zone is the caller's white space around it. One filled path of one rectangle per run of a row, written in
    module units under a scaling (``addLiteral``): integers, where reportlab's ``rect`` would format some 250
    floating-point numbers a symbol — a millisecond of each render."""
    count = len(modules)
    unit = side / count
    rects = []
    for r, row in enumerate(modules):
        bottom = count - 1 - r
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                rects.append(f"{start} {bottom} {c - start} 1 re")
            else:
                c += 1
    canvas.saveState()
    canvas.transform(unit, 0, 0, unit, x, y)
    canvas.addLiteral("\n".join(rects) + "\nf")
    canvas.restoreState()
