"""Byte decoding and text repair for ingest.

`decode_bytes` turns raw file bytes into text (or a skip reason), `repair_text`
cleans text so later stages see plain Unicode with one line break per boundary.
Both are cheap on clean input: expensive fixers only run when a quick check fires.
"""
from __future__ import annotations

import codecs
import html
import re
import unicodedata
from html.parser import HTMLParser

import ftfy

__all__ = ["decode_bytes", "repair_text", "binary_kind", "sniff_binary"]

SNIFF = 8192  # bytes looked at for binary detection
NUL_SHARE = 0.1  # more NUL bytes than this share: binary

# (prefix, label); checked in order
_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x7fELF", "ELF executable"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"BZh91AY&SY", "bzip2 data"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE2) document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O binary"),
    (b"\xcf\xfa\xed\xfe", "Mach-O binary"),
    (b"\xce\xfa\xed\xfe", "Mach-O binary"),
    (b"\x00asm", "WebAssembly module"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
    (b"PAR1", "Parquet file"),
]

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", None),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
]

# C0 controls other than \t \n \r \v \f, plus DEL
_BAD_CTRL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CTRL_BYTES = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x20)) + b"\x7f"


def _control_bytes(head: bytes) -> int:
    return len(head) - len(head.translate(None, _CTRL_BYTES))


def binary_kind(head: bytes) -> str | None:
    """Name of a known binary format from the first bytes, else None."""
    for magic, label in _MAGIC:
        if head.startswith(magic):
            return label
    if head[:4] == b"RIFF" and len(head) >= 12:
        return {b"WAVE": "WAV audio", b"AVI ": "AVI video", b"WEBP": "WebP image"}.get(
            head[8:12], "RIFF media")
    if len(head) >= 12 and head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if head[:3] == b"ID3" and len(head) > 3 and head[3] < 10:
        return "MP3 audio"
    if head[:2] == b"MZ" and b"\x00" in head[:64]:
        return "Windows executable"
    return None


def sniff_binary(head: bytes) -> str | None:
    """Skip reason for a stream whose first bytes are not text, else None.
    (A few NUL bytes pass: readers drop them line by line.)"""
    kind = binary_kind(head)
    if kind:
        return f"binary file ({kind})"
    if head.count(0) > NUL_SHARE * len(head):
        return "binary file (NUL bytes)"
    if _control_bytes(head.replace(b"\x00", b"")) > max(2, len(head) // 100):
        return "binary file (control bytes)"
    return None


def _looks_binary_text(text: str) -> bool:
    """Decoded text that is mostly control characters is binary in disguise."""
    sample = text[:SNIFF]
    if not sample:
        return False
    return len(_BAD_CTRL_RE.findall(sample)) > 0.1 * len(sample)


_TEXT_CHAR_RE = re.compile(r"[\w\s.,;:!?'\"()\[\]%/&+*=$@#-]")


def _text_like(text: str) -> bool:
    """Mostly ASCII, and mostly letters, digits, spaces or common punctuation."""
    sample = text[:SNIFF]
    ascii_share = len(sample.encode("ascii", "ignore")) / max(1, len(sample))
    return ascii_share >= 0.7 and len(_TEXT_CHAR_RE.findall(sample)) >= 0.75 * len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from where the NUL bytes sit; None if it is not."""
    sample = data[:SNIFF]
    half = len(sample) // 2
    if half < 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    for nuls, other, enc in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= 0.3 * half and other <= 0.01 * half:
            body = data[: len(data) - (len(data) % 2)]
            try:
                text = body.decode(enc)
            except UnicodeDecodeError:
                return None
            return None if _looks_binary_text(text) else text
    return None


def _cp1252_or_latin1(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "decoded as cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "decoded as latin-1"


_ESCAPED_RE = re.compile("[\udc80-\udcff]+")
_NON_ASCII_RE = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _mixed_decode(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few stray single-byte characters: keep the UTF-8, fix the strays."""
    text = data.decode("utf-8", "surrogateescape")
    bad = sum(len(m) for m in _ESCAPED_RE.findall(text))
    # only worth it if real multi-byte UTF-8 outnumbers the stray bytes
    if len(_NON_ASCII_RE.findall(text)) <= bad:
        return None
    text = _ESCAPED_RE.sub(
        lambda m: _cp1252_or_latin1(bytes(ord(c) - 0xDC00 for c in m.group()))[0], text)
    return text, "mixed UTF-8 and cp1252 decoded"


def decode_bytes(data: bytes) -> tuple[str | None, list[str], str | None]:
    """Decode file bytes. Returns (text, repairs, skip_reason); text is None when skipped."""
    if not data:
        return None, [], "empty file"
    head = data[:SNIFF]
    for bom, enc, label in _BOMS:
        if head.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError:
                if label is None:  # broken UTF-8 after a BOM: treat as unmarked bytes
                    break
                return None, [], f"invalid {label} despite byte order mark"
            if _looks_binary_text(text):
                return None, [], "binary file (control characters)"
            return text, ["BOM removed" if label is None else f"decoded as {label}"], None
    kind = binary_kind(head)
    if kind:
        return None, [], f"binary file ({kind})"
    repairs: list[str] = []
    if b"\x00" in head:
        text = _utf16_without_bom(data)
        if text is not None:
            return text, ["decoded as UTF-16 (no BOM)"], None
        # NULs sprinkled in text (padding, bad export) are dropped; many mean binary
        if data.count(0) > NUL_SHARE * len(data):
            return None, [], "binary file (NUL bytes)"
        data = data.replace(b"\x00", b"")
        head = data[:SNIFF]
        repairs.append("NUL bytes removed")
    if _control_bytes(head) > max(2, len(head) // 100):
        return None, [], "binary file (control bytes)"
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
        repairs.append("BOM removed")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        mixed = _mixed_decode(data)
        if mixed is None:
            text, note = _cp1252_or_latin1(data)
            if not _text_like(text):
                return None, [], "binary file (not text in any encoding)"
        else:
            text, note = mixed
        repairs.append(note)
    return text, repairs, None


# ---------------------------------------------------------------- text repair

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    fix_line_breaks=False,
    normalization="NFC",
    explain=False,
)

# a likely UTF-8 lead byte (as cp1252/latin-1) followed by a likely continuation byte
_MOJIBAKE_RE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030"
    "\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122"
    "\u0161\u203a\u0153\u017e\u0178]"
)
_FFFD_RE = re.compile("[ \t]*\ufffd+")
# C0/C1 controls (not \t \n), invisible format characters, lone surrogates
_CTRL_RE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\u0080-\u009f\u00ad\u200b\u200e\u200f"
    "\u202a-\u202e\u2060\u2066-\u2069\ufeff\ud800-\udfff]"
)
_ASCII_CTRL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_VERTICAL_RE = re.compile("[\x0b\x0c\x85\u2028]")
# whitespace left after controls are handled: space, tab and Unicode spaces
_SP = " \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_ODD_SPACE_RE = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INLINE_WS_RE = re.compile(f"[{_SP}]{{2,}}|[{_SP[1:]}]")
_INNER_WS_RE = re.compile(f"(?<=\\S)(?:[{_SP}]{{2,}}|[{_SP[1:]}])(?=\\S)")
_LINE_EDGE_RE = re.compile(r" *\n *")
_MANY_BREAKS_RE = re.compile(r"\n{3,}")

_TAG_NAMES = (
    "html|head|body|p|div|br|hr|span|a|b|i|u|em|strong|script|style|meta|link|title|"
    "article|section|header|footer|nav|aside|main|h[1-6]|ul|ol|li|table|thead|tbody|tr|"
    "td|th|img|font|blockquote|pre|figure|figcaption|noscript|iframe|center|small|sup|sub"
)
_HTML_RE = re.compile(r"<(?:/?(?:%s)\b[^<>]*>|!DOCTYPE\b[^<>]*>|!--)" % _TAG_NAMES, re.I)
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr td th ul "
    "caption title body html form fieldset details summary".split()
)
_SKIP_TAGS = frozenset("script style noscript template svg iframe object title".split())
_VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
# page furniture around an article (a <header> only outside <article>/<main>)
_BOILERPLATE_TAGS = frozenset("nav footer aside form button select dialog".split())
_BOILERPLATE_ROLES = frozenset("navigation banner contentinfo complementary search dialog".split())
_MAIN_TAGS = ("article", "main")


class _TextExtractor(HTMLParser):
    """Collects visible text; block elements become line breaks. Script, style and page
    furniture (nav, footer, aside, forms) are dropped; text inside <article>/<main> is
    kept apart so that it alone can be used when there is any."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.main_parts: list[str] = []
        self.open: dict[str, int] = {}
        self.skipping: list[tuple[str, int]] = []   # (tag, its open count) of dropped elements
        self.in_main = 0
        self.pre = 0

    def _emit(self, s: str) -> None:
        if self.skipping:
            return
        self.parts.append(s)
        if self.in_main:
            self.main_parts.append(s)

    def _dropped(self, tag: str, attrs) -> bool:
        if tag in _SKIP_TAGS or tag in _BOILERPLATE_TAGS or (tag == "header" and not self.in_main):
            return True
        for name, value in attrs:
            if name == "hidden" or (name == "role" and (value or "").lower() in _BOILERPLATE_ROLES):
                return True
        return False

    def handle_starttag(self, tag, attrs):
        if tag not in _VOID_TAGS:
            level = self.open[tag] = self.open.get(tag, 0) + 1
            if self._dropped(tag, attrs):
                self.skipping.append((tag, level))
            if tag in _MAIN_TAGS and not self.skipping:
                self.in_main += 1
            if tag == "pre":
                self.pre += 1
        if tag in _BLOCK_TAGS:
            self._emit("\n\n" if tag in ("p", "div", "blockquote") else "\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self._emit("\n")

    def handle_endtag(self, tag):
        level = self.open.get(tag, 0)
        if not level:
            return  # a stray end tag
        if tag in _BLOCK_TAGS:
            self._emit("\n\n" if tag in ("p", "div", "blockquote") else "\n")
        while self.skipping and self.skipping[-1][0] == tag and self.skipping[-1][1] >= level:
            self.skipping.pop()
        self.open[tag] = level - 1
        if tag in _MAIN_TAGS and self.in_main and not self.skipping:
            self.in_main -= 1
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data):
        if self.skipping:
            return
        # source line breaks mean nothing in HTML (except inside <pre>)
        self._emit(data if self.pre else _pad(data))

    def text(self) -> str:
        main = "".join(self.main_parts)
        return main if main.strip() else "".join(self.parts)


def _pad(data: str) -> str:
    """Collapse whitespace but keep one space at the edges if there was some."""
    core = " ".join(data.split())
    if not core:
        return " " if data else ""
    if data[:1].isspace():
        core = " " + core
    if data[-1:].isspace():
        core += " "
    return core


def strip_html(text: str) -> str:
    parser = _TextExtractor()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # html.parser is lenient; this is a last resort
        return re.sub(r"<[^<>]*>", " ", text)
    return parser.text()


def _unwrap(text: str) -> tuple[str, bool]:
    """Join hard-wrapped lines (fixed-width text) back into paragraphs."""
    if text.count("\n") - 2 * text.count("\n\n") < 2:  # too few single line breaks
        return text, False
    paras = text.split("\n\n")
    changed = False
    for i, para in enumerate(paras):
        if para.count("\n") < 2:
            continue
        lines = para.split("\n")
        body = lines[:-1]
        width = max(len(line) for line in body)
        if not 40 <= width <= 100:
            continue
        if any(len(line) < 0.55 * width for line in body):
            continue
        open_ends = sum(1 for line in body if line[-1] not in ".!?:;\"'\u201d\u2019)")
        if open_ends * 2 < len(body):
            continue
        out = lines[0]
        for line in lines[1:]:
            if out.endswith("-") and line[:1].islower():
                out += line
            else:
                out += " " + line
        paras[i] = out
        changed = True
    return ("\n\n".join(paras), True) if changed else (text, False)


def repair_text(raw: str) -> tuple[str, list[str]]:
    """Clean text for the pipeline. Returns (text, repairs done)."""
    repairs: list[str] = []
    text = raw
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text and _HTML_RE.search(text):
        text = strip_html(text)
        repairs.append("html stripped")
    elif "&" in text and _ENTITY_RE.search(text):
        text = html.unescape(text)
        repairs.append("html entities unescaped")

    ascii_only = text.isascii()
    if ascii_only:
        if _ASCII_CTRL_RE.search(text):
            text = _VERTICAL_RE.sub("\n", text)
            text = _ASCII_CTRL_RE.sub("", text)
            repairs.append("control chars removed")
        elif "\x0b" in text or "\x0c" in text:
            text = _VERTICAL_RE.sub("\n", text)
    else:
        if _MOJIBAKE_RE.search(text):
            fixed = ftfy.fix_text(text, _FTFY_CONFIG)
            if fixed != text:
                text = fixed
                repairs.append("mojibake fixed")
        if "\ufffd" in text:
            text = _FFFD_RE.sub("", text)
            repairs.append("replacement chars removed")
        if "\u2029" in text:
            text = text.replace("\u2029", "\n\n")
        text = _VERTICAL_RE.sub("\n", text)
        if _CTRL_RE.search(text):
            text = _CTRL_RE.sub("", text)
            repairs.append("control chars removed")
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
            repairs.append("unicode normalised")

    if "  " in text or ("\t" in text if ascii_only else _ODD_SPACE_RE.search(text)):
        squeezed = _INLINE_WS_RE.sub(" ", text)
        if _INNER_WS_RE.search(text):  # only note changes inside a line, not at its edges
            repairs.append("whitespace normalised")
        text = squeezed
    if " \n" in text or "\n " in text:
        text = _LINE_EDGE_RE.sub("\n", text)
    if "\n\n\n" in text:
        text = _MANY_BREAKS_RE.sub("\n\n", text)
    text = text.strip()
    if not ascii_only and text != raw and "mojibake fixed" not in repairs and _MOJIBAKE_RE.search(text):
        fixed = ftfy.fix_text(text, _FTFY_CONFIG)   # mojibake that a removed character hid
        if fixed != text:
            text = fixed
            repairs.append("mojibake fixed")
    if "\n" in text:
        text, unwrapped = _unwrap(text)
        if unwrapped:
            repairs.append("hard line wraps joined")
    return text, repairs
