"""The QR code of a page's check line, from reportlab's own encoder (``reportlab.graphics.barcode.qrencoder``).

reportlab's ``QRCode.make`` takes about 8 ms for the 29 × 29 symbol of a check line, a sixth of a three-page
render: it lays the whole symbol out nine times to choose its mask (eight trial layouts, each scored, then the
final one), and builds the Reed-Solomon generator polynomial afresh for every block. ``matrix`` does the same
work in about a twentieth of the time and gives the very same symbol (a test compares them with ``QRCode.make``):

- the codewords: reportlab's segments (their modes and bits) and its padding rules, into an integer rather than
  a list of bits; the error correction from reportlab's own generator polynomial (kept per length) and its
  GF(256) tables;
- the layout: per version, kept once, the function patterns as reportlab draws them, where each data bit goes
  and each mask's pattern on the data modules; a trial is then the data bits placed once and one XOR;
- the mask: each trial scored on the symbol held as one integer — reportlab's own rules, quirks included (its
  vertical finder-pattern rule compares a tuple with a list and never matches).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

LEVEL = "M"  # 15 % of the symbol may be lost (a fold, a stain) and it still reads
QUIET_ZONE = 4  # modules of white around the symbol (ISO/IEC 18004 §6.3.8)
_FINDER_LIKE = "10111010000"  # reportlab's rule-3 pattern, rows only
_FINDER = re.compile(_FINDER_LIKE)
_DARK_RUN = re.compile(b"1+")
_DIGITS = bytes.maketrans(b"\x00\x01", b"01")


# ------------------------------------------------------------------------------------------------ codewords


class _Bits:
    """The ``put`` of reportlab's ``QRBitBuffer`` (all a segment's ``write`` calls), into one integer."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length


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


def _remainder(data: bytes, count: int) -> bytes:
    """The ``count`` error-correction codewords of one block (polynomial division in GF(256))."""
    products, shift, keep = _products(count), 8 * (count - 1), (1 << 8 * count) - 1
    rest = 0
    for byte in data:
        factor = byte ^ (rest >> shift)
        rest = ((rest << 8) & keep) ^ products[factor]
    return rest.to_bytes(count, "big")


def _codewords(version: int, level: int, segments: list[qrencoder.QR]) -> bytes:
    """What ``QRCode.createData`` returns: the data and error-correction codewords, blocks interleaved."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, level)
    bits = _Bits()
    for segment in segments:
        segment.write(bits, version)
    capacity = sum(block.dataCount for block in blocks)
    if bits.length + 4 <= 8 * capacity:
        bits.put(0, 4)  # the terminator
    bits.put(0, -bits.length % 8)
    data = bits.value.to_bytes(bits.length // 8, "big")
    pads = bytes(itertools.islice(itertools.cycle((qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1)),
                                  capacity - len(data)))
    data += pads
    chunks, corrections, offset = [], [], 0
    for block in blocks:
        chunk = data[offset:offset + block.dataCount]
        offset += block.dataCount
        chunks.append(chunk)
        corrections.append(_remainder(chunk, block.totalCount - block.dataCount))
    return bytes(d for group in (chunks, corrections) for column in itertools.zip_longest(*group) for d in column
                 if d is not None)


# ------------------------------------------------------------------------------------------------ layout
#
# A symbol is held as one integer: row after row from the top, each a 0 guard bit then its modules from the
# left, the last module in the lowest bit. Shifting by 1 then compares neighbours in a row (never across rows:
# the guard is light, and masked out of the light modules), shifting by ``size + 1`` neighbours in a column.


def _bit(size: int, row: int, col: int) -> int:
    return (size - 1 - row) * (size + 1) + (size - 1 - col)


def _packed(size: int, modules: list[list[bool]]) -> int:
    return int("".join("0" + "".join("1" if dark else "0" for dark in row) for row in modules), 2)


@dataclass(frozen=True)
class _Layout:
    size: int
    template: int  # the function patterns, format and version information left light (reportlab's trial layout)
    data_modules: int
    gather: Callable[[str], tuple[str, ...]]  # the symbol's characters, "0" and "1", from the placed data bits
    masks: tuple[int, ...]  # per mask pattern, its dark data modules
    modules: int  # every module
    blocks: int  # the modules with a neighbour to the left and above (rule 2)


@functools.cache
def _layout(version: int) -> _Layout:
    size = version * 4 + 17
    probe = qrencoder.QRCode(version, qrencoder.QRErrorCorrectLevel.M)
    blocks = qrencoder.QRRSBlock.getRSBlocks(version, probe.errorCorrectLevel)
    probe.dataCache = [0] * sum(block.totalCount for block in blocks)
    probe.makeImpl(True, 0)
    positions = probe.dataPosIterator()
    for col, row in positions:
        probe.modules[row][col] = False  # leave the function patterns only
    masks = tuple(
        sum(1 << _bit(size, row, col) for col, row in positions if qrencoder.QRUtil.getMask(pattern)(row, col))
        for pattern in range(8))
    # The symbol as a string of "0" and "1" (the packed integer's digits, most significant first) is a gather of
    # the data bits in placing order, followed by one "0" for every module that holds no data bit.
    light = len(positions)
    source = [light] * (size * (size + 1))
    for index, (col, row) in enumerate(positions):
        source[size * (size + 1) - 1 - _bit(size, row, col)] = index
    every = [[True] * size for _ in range(size)]
    inner = [[False] * size] + [[False] + [True] * (size - 1) for _ in range(size - 1)]
    return _Layout(size, _packed(size, probe.modules), light, operator.itemgetter(*source), masks,
                   _packed(size, every), _packed(size, inner))


def _long_runs(lines: int, step: int) -> int:
    """Rule 1 along one direction (``step`` 1: across, ``size + 1``: down): a run of five or more modules of one
    colour costs its length less 2 — one for each of its windows of five, and 2 for the run (its last window)."""
    windows = lines & (lines >> step) & (lines >> 2 * step) & (lines >> 3 * step) & (lines >> 4 * step)
    return windows.bit_count() + 2 * (windows & ~(windows >> step)).bit_count()


def _lost_points(symbol: int, layout: _Layout) -> int:
    """reportlab's ``QRUtil.getLostPoint`` of a packed symbol."""
    size = layout.size
    light = ~symbol & layout.modules
    down = size + 1
    # Rule 1: runs of five or more modules of one colour, across and down.
    score = sum(_long_runs(lines, step) for lines in (symbol, light) for step in (1, down))
    # Rule 2: every 2 × 2 block of one colour costs 3.
    same_down = ~(symbol ^ (symbol >> down))
    score += 3 * (same_down & (same_down >> 1) & ~(symbol ^ (symbol >> 1)) & layout.blocks).bit_count()
    # Rule 3, as reportlab scans: a finder-like run in a row costs 40 unless it ends the row (the scan stops one
    # short). The pattern cannot overlap itself, so every match is one reportlab's scan meets.
    last = size - len(_FINDER_LIKE)
    text = format(symbol, f"0{down * size}b")
    score += 40 * sum(0 <= found.start() % down - 1 < last for found in _FINDER.finditer(text))
    # Rule 4: the share of dark modules away from one half, by steps of 5 %.
    return score + 10 * (abs(100 * symbol.bit_count() // (size * size) - 50) // 5)


def matrix(text: str) -> list[list[bool]]:
    """The symbol of ``text`` (level M, the smallest version it fits, reportlab's choice of mask) as rows of dark
    (True) and light modules, no quiet zone."""
    level = getattr(qrencoder.QRErrorCorrectLevel, LEVEL)
    qr = qrencoder.QRCode(None, level)
    qr.addData(text)
    version = qr.calculate_version()
    layout = _layout(version)
    codewords = _codewords(version, level, qr.dataList)
    bits = format(int.from_bytes(codewords, "big"), f"0{8 * len(codewords)}b")
    # Data modules past the codewords (the remainder bits) stay light, as reportlab leaves them; the last "0" is
    # what every other module gathers.
    count = layout.data_modules
    data = int("".join(layout.gather((bits + "0" * count)[:count] + "0")), 2)
    trials = [layout.template | (data ^ mask) for mask in layout.masks]
    scores = [_lost_points(trial, layout) for trial in trials]
    best = scores.index(min(scores))  # the first of the best, as reportlab picks
    size, down = layout.size, layout.size + 1
    text_bits = format(trials[best], f"0{down * size}b")
    qr.version, qr.moduleCount = version, size
    qr.modules = [[bit == "1" for bit in text_bits[r * down + 1:(r + 1) * down]] for r in range(size)]
    qr.setupTypeInfo(False, best)  # the format (and version) information of the chosen mask, dark where it is
    if version >= 7:
        qr.setupTypeNumber(False)
    return [list(row) for row in qr.modules]


# ------------------------------------------------------------------------------------------------ drawing


def path_code(modules: list[list[bool]]) -> str:
    """The PDF path operators that fill the dark modules in module units, (0, 0) the symbol's lower left corner,
    then the fill: one rectangle per run of a row, a run repeated on the rows under it drawn once, as tall as they.
    Integers only (reportlab's ``rect`` would format some 250 floating-point numbers a symbol), and a fifth fewer
    rectangles than runs: every page's stream carries the symbol."""
    count = len(modules)
    rects: list[str] = []
    began: dict[tuple[int, int], int] = {}  # an open run (first column, length) → the row it began on
    texts = [bytes(row).translate(_DIGITS) for row in modules] + [b"0" * count]  # a light row closes every run
    for r, text in enumerate(texts):
        runs = {(found.start(), found.end() - found.start()) for found in _DARK_RUN.finditer(text)}
        for run in [run for run in began if run not in runs]:
            top = began.pop(run)
            rects.append(f"{run[0]} {count - r} {run[1]} {r - top} re")
        for run in sorted(runs):
            began.setdefault(run, r)
    return "\n".join(rects) + "\nf"


def draw(canvas: Canvas, code: str, count: int, *, x: float, y: float, side: float) -> None:
    """Draw a symbol of ``count`` modules a side given by its ``path_code`` in a ``side`` × ``side`` square whose lower
    left corner is at (``x``, ``y``); the quiet zone is the caller's white space around it."""
    unit = side / count
    canvas.saveState()
    canvas.transform(unit, 0, 0, unit, x, y)
    canvas.addLiteral(code)
    canvas.restoreState()
