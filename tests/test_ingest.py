"""Tests for eventwire.ingest: reading inputs, decoding bytes, repairing text."""
from __future__ import annotations

import codecs
import gzip
import io
import json

import pytest

from eventwire.ingest import decode_bytes, parse_date, read_inputs, repair_text
from eventwire.ingest import reader as reader_mod
from eventwire.records import Document, Skipped

PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06"


def docs(items):
    return [x for x in items if isinstance(x, Document)]


def skips(items):
    return [x for x in items if isinstance(x, Skipped)]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# ---------------------------------------------------------------- text files and folders

def test_txt_file_id_is_stem_and_text_is_read(tmp_path):
    f = tmp_path / "000_c52196b669dd9518.txt"
    f.write_text("Rebels attacked a convoy near Goma.\n", encoding="utf-8")
    out = list(read_inputs([f]))
    assert len(out) == 1
    doc = out[0]
    assert isinstance(doc, Document)
    assert doc.doc_id == "000_c52196b669dd9518"
    assert doc.text == "Rebels attacked a convoy near Goma."
    assert doc.date is None


def test_paragraph_breaks_kept_and_inline_whitespace_normalised(tmp_path):
    f = tmp_path / "story.txt"
    f.write_bytes(b"  First   line\there.\r\nSecond line.\r\n\r\n\r\n\r\nNew paragraph.  \n")
    (doc,) = list(read_inputs([f]))
    assert doc.text == "First line here.\nSecond line.\n\nNew paragraph."


def test_folder_walk_recursive_sorted_skips_hidden_and_other_types(tmp_path):
    root = tmp_path / "in"
    (root / "b_dir" / "deep").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text("Story A.")
    (root / "b_dir" / "deep" / "c.txt").write_text("Story C.")
    (root / "b_dir" / "b.txt").write_text("Story B.")
    write_jsonl(root / "d.jsonl", [{"doc_id": "D1", "text": "Story D."}])
    (root / ".hidden.txt").write_text("Hidden.")
    (root / ".git" / "x.txt").write_text("Hidden dir.")
    (root / "notes.md").write_text("Not an input type in a folder walk.")
    out = list(read_inputs([root]))
    assert [d.doc_id for d in docs(out)] == ["a", "b", "c", "D1"]
    assert skips(out) == []


def test_other_extension_given_explicitly_is_tried_as_text(tmp_path):
    f = tmp_path / "wire.md"
    f.write_text("Protesters marched in Lagos.")
    (doc,) = list(read_inputs([f]))
    assert doc.doc_id == "wire" and doc.text == "Protesters marched in Lagos."


def test_missing_path_is_skipped_not_raised(tmp_path):
    good = tmp_path / "ok.txt"
    good.write_text("Fine.")
    out = list(read_inputs([tmp_path / "nope.txt", good]))
    assert isinstance(out[0], Skipped) and "no such file" in out[0].reason
    assert out[1].doc_id == "ok"


def test_paths_may_be_a_single_string(tmp_path):
    f = tmp_path / "one.txt"
    f.write_text("Alone.")
    assert [d.doc_id for d in read_inputs(str(f))] == ["one"]


# ---------------------------------------------------------------- JSONL

def test_jsonl_metadata_fields(tmp_path):
    f = write_jsonl(tmp_path / "feed.jsonl", [
        {"doc_id": "n1", "text": "Police detained ten activists.", "date": "2021-03-04",
         "url": "https://example.org/a", "outlet": "Daily Example", "lang": "en", "tags": ["x"]},
        {"id": 42, "text": "Ministers met in Oslo.", "date": "2021-03-05T08:15:00Z",
         "source": "Wire Service"},
    ])
    a, b = list(read_inputs([f]))
    assert (a.doc_id, a.date, a.url, a.outlet) == ("n1", "2021-03-04", "https://example.org/a",
                                                   "Daily Example")
    assert a.meta == {"lang": "en", "tags": ["x"]}
    assert a.text == "Police detained ten activists."
    assert (b.doc_id, b.date, b.outlet) == ("42", "2021-03-05", "Wire Service")
    assert b.meta == {}


def test_jsonl_without_doc_id_gets_stem_and_line_number(tmp_path):
    f = write_jsonl(tmp_path / "batch7.jsonl", [{"text": "One."}, {"text": "Two."}])
    assert [d.doc_id for d in read_inputs([f])] == ["batch7:1", "batch7:2"]


def test_malformed_line_between_two_good_ones(tmp_path):
    f = tmp_path / "mixed.jsonl"
    f.write_text('{"doc_id": "g1", "text": "Good one."}\n'
                 '{"doc_id": "bad" "text": "missing comma"}\n'
                 '{"doc_id": "g2", "text": "Good two."}\n')
    out = list(read_inputs([f]))
    assert [d.doc_id for d in docs(out)] == ["g1", "g2"]
    (skip,) = skips(out)
    assert skip.source.endswith("mixed.jsonl:2")
    assert skip.reason == "not valid JSON at line 2: Expecting ',' delimiter"


def test_jsonl_bad_records_are_skipped_with_reasons(tmp_path):
    f = tmp_path / "odd.jsonl"
    f.write_text('{"doc_id": "a", "title": "no text here"}\n'
                 '[1, 2, 3]\n'
                 '\n'
                 '{"doc_id": "b", "text": "   "}\n'
                 '{"doc_id": "c", "text": "\\ufffd\\ufffd\\ufffd"}\n'
                 '{"doc_id": "d", "text": "Kept."}\n')
    out = list(read_inputs([f]))
    reasons = {s.source.rsplit(":", 1)[1]: s.reason for s in skips(out)}
    assert reasons == {
        "1": "no text field",
        "2": "line 2 is not a JSON object (got array)",
        "4": "text is empty",
        "5": "text is empty after repair",
    }
    assert [d.doc_id for d in docs(out)] == ["d"]


def test_duplicate_doc_ids_keep_both_with_suffix(tmp_path):
    f = write_jsonl(tmp_path / "dups.jsonl", [
        {"doc_id": "x", "text": "First."}, {"doc_id": "x", "text": "Second."},
        {"doc_id": "x", "text": "Third."},
    ])
    out = docs(read_inputs([f]))
    assert [d.doc_id for d in out] == ["x", "x~2", "x~3"]
    assert out[0].repairs == []
    assert any("duplicate" in r for r in out[1].repairs)


def test_stdin_jsonl_via_stringio():
    stream = io.StringIO('{"doc_id": "s1", "text": "From a pipe.", "date": "20220315"}\n'
                         'oops\n'
                         '{"text": "No id here."}\n')
    out = list(read_inputs(["-"], stdin=stream))
    assert [d.doc_id for d in docs(out)] == ["s1", "stdin:3"]
    assert docs(out)[0].date == "2022-03-15"
    assert len(skips(out)) == 1 and skips(out)[0].reason.startswith("not valid JSON at line 2")


def test_stdin_binary_stream():
    data = '{"doc_id": "b1", "text": "Caf\u00e9 talks."}\n'.encode("utf-8")
    (doc,) = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert doc.text == "Caf\u00e9 talks."


def test_gz_jsonl(tmp_path):
    f = tmp_path / "feed.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"doc_id": "z1", "text": "Zipped story."}) + "\n")
        fh.write(json.dumps({"text": "Zipped two."}) + "\n")
    out = list(read_inputs([f]))
    assert [(d.doc_id, d.text) for d in out] == [("z1", "Zipped story."), ("feed:2", "Zipped two.")]


def test_gz_found_in_folder_and_gz_txt(tmp_path):
    with gzip.open(tmp_path / "a.jsonl.gz", "wt") as fh:
        fh.write('{"doc_id": "ga", "text": "A."}\n')
    with gzip.open(tmp_path / "b.txt.gz", "wb") as fh:
        fh.write(b"Plain text, zipped.")
    out = list(read_inputs([tmp_path]))
    assert [(d.doc_id, d.text) for d in out] == [("ga", "A."), ("b", "Plain text, zipped.")]


def test_corrupt_gz_is_skipped_and_run_continues(tmp_path):
    good = gzip.compress(b'{"doc_id": "ok", "text": "Fine."}\n' * 50)
    (tmp_path / "a.jsonl.gz").write_bytes(good[: len(good) // 2])
    (tmp_path / "b.txt").write_text("Still read.")
    out = list(read_inputs([tmp_path]))
    assert any(isinstance(x, Skipped) and "gzip" in x.reason for x in out)
    assert docs(out)[-1].doc_id == "b"


def test_json_array_file(tmp_path):
    f = tmp_path / "arr.json"
    f.write_text(json.dumps([{"doc_id": "r1", "text": "One."}, {"text": "Two."}], indent=2))
    assert [d.doc_id for d in read_inputs([f])] == ["r1", "arr:2"]


def test_jsonl_is_streamed_lazily():
    class CountingStream(io.StringIO):
        reads = 0

        def readline(self, *args):
            CountingStream.reads += 1
            return super().readline(*args)

    lines = "".join(json.dumps({"text": f"Story {i}."}) + "\n" for i in range(10_000))
    it = read_inputs(["-"], stdin=CountingStream(lines))
    first = next(it)
    assert first.text == "Story 0."
    assert CountingStream.reads < 5


def test_text_file_over_cap_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_mod, "TEXT_CAP", 100)
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    small = tmp_path / "small.txt"
    small.write_text("Short.")
    out = list(read_inputs([big, small]))
    assert isinstance(out[0], Skipped) and "too large" in out[0].reason
    assert out[1].doc_id == "small"


# ---------------------------------------------------------------- dates

def test_glued_date_header_sets_date_and_is_removed(tmp_path):
    f = tmp_path / "dated.txt"
    f.write_text("date 2022-01-20 They met in Geneva to discuss the ceasefire.")
    (doc,) = list(read_inputs([f], default_date="1999-12-31"))
    assert doc.date == "2022-01-20"
    assert doc.text == "They met in Geneva to discuss the ceasefire."
    assert "date header" in doc.repairs


@pytest.mark.parametrize("text", [
    "Date: 2022-01-20\nThey met.",
    "DATE: January 20, 2022\n\nThey met.",
    "Date: 20 Jan 2022 | They met.",
])
def test_date_header_variants(tmp_path, text):
    f = tmp_path / "h.txt"
    f.write_text(text)
    (doc,) = list(read_inputs([f]))
    assert (doc.date, doc.text) == ("2022-01-20", "They met.")


def test_word_date_at_start_is_not_a_header(tmp_path):
    f = tmp_path / "palms.txt"
    f.write_text("Date palms were burned in the raid.")
    (doc,) = list(read_inputs([f]))
    assert doc.text == "Date palms were burned in the raid." and doc.date is None


def test_default_date_used_only_when_document_has_none(tmp_path):
    write_jsonl(tmp_path / "d.jsonl", [
        {"doc_id": "own", "text": "Has a date.", "date": "2020-05-06"},
        {"doc_id": "none", "text": "Has none."},
    ])
    out = {d.doc_id: d.date for d in read_inputs([tmp_path / "d.jsonl"], default_date="2021-07-08")}
    assert out == {"own": "2020-05-06", "none": "2021-07-08"}


def test_no_date_anywhere_gives_none(tmp_path):
    f = tmp_path / "n.txt"
    f.write_text("Troops withdrew from the border town.")
    (doc,) = list(read_inputs([f]))
    assert doc.date is None


def test_jsonl_date_formats_normalised_and_bad_date_noted(tmp_path):
    f = write_jsonl(tmp_path / "dates.jsonl", [
        {"doc_id": "iso", "text": "a", "date": "2019-11-02"},
        {"doc_id": "ts", "text": "b", "date": "2019-11-02T23:59:59+05:00"},
        {"doc_id": "compact", "text": "c", "date": "20191102"},
        {"doc_id": "bad", "text": "d", "date": "last Tuesday"},
        {"doc_id": "impossible", "text": "e", "date": "2019-02-30"},
    ])
    out = {d.doc_id: d for d in read_inputs([f])}
    assert [out[k].date for k in ("iso", "ts", "compact")] == ["2019-11-02"] * 3
    assert out["bad"].date is None and any("date" in r for r in out["bad"].repairs)
    assert out["impossible"].date is None


def test_parse_date_never_guesses_ambiguous_day_month():
    assert parse_date("03/04/2022") is None
    assert parse_date("25/04/2022") == "2022-04-25"
    assert parse_date("2022-04") is None


def test_invalid_default_date_is_a_usage_error():
    with pytest.raises(ValueError):
        read_inputs([], default_date="not a date")


# ---------------------------------------------------------------- bad files

def test_empty_file_skipped(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (out,) = list(read_inputs([tmp_path / "empty.txt"]))
    assert isinstance(out, Skipped) and out.reason == "empty file"


def test_whitespace_only_file_skipped(tmp_path):
    (tmp_path / "ws.txt").write_bytes(b"  \n\t\r\n   \n")
    (out,) = list(read_inputs([tmp_path / "ws.txt"]))
    assert isinstance(out, Skipped) and out.reason == "whitespace-only file"


def test_png_bytes_skipped_as_binary(tmp_path):
    (tmp_path / "photo.txt").write_bytes(PNG_BYTES)
    (tmp_path / "story.txt").write_text("After the photo.")
    out = list(read_inputs([tmp_path / "photo.txt", tmp_path / "story.txt"]))
    assert isinstance(out[0], Skipped) and out[0].reason == "binary file (PNG image)"
    assert out[1].text == "After the photo."


def test_nul_bytes_skipped_as_binary(tmp_path):
    (tmp_path / "blob.txt").write_bytes(b"abc\x00\x00\x01\x00def\x00\x00" * 20)
    (out,) = list(read_inputs([tmp_path / "blob.txt"]))
    assert isinstance(out, Skipped) and out.reason.startswith("binary file")


def test_binary_file_named_jsonl_is_one_skip(tmp_path):
    (tmp_path / "x.jsonl").write_bytes(PNG_BYTES * 10)
    out = list(read_inputs([tmp_path / "x.jsonl"]))
    assert len(out) == 1 and out[0].reason == "binary file (PNG image)"


# ---------------------------------------------------------------- decode_bytes

def test_decode_utf8_plain_and_with_bom():
    assert decode_bytes("Caf\u00e9".encode()) == ("Caf\u00e9", [], None)
    text, repairs, reason = decode_bytes(codecs.BOM_UTF8 + "Caf\u00e9".encode())
    assert (text, reason) == ("Caf\u00e9", None) and repairs


def test_decode_utf16_with_bom(tmp_path):
    data = "Talks in Z\u00fcrich ended.".encode("utf-16")  # includes BOM
    assert data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    text, repairs, reason = decode_bytes(data)
    assert text == "Talks in Z\u00fcrich ended." and reason is None
    (tmp_path / "u16.txt").write_bytes(data)
    (doc,) = list(read_inputs([tmp_path / "u16.txt"]))
    assert doc.text == "Talks in Z\u00fcrich ended."


def test_decode_cp1252_bytes():
    data = "The caf\u00e9 said \u201cno\u201d \u2013 twice.".encode("cp1252")
    text, repairs, reason = decode_bytes(data)
    assert text == "The caf\u00e9 said \u201cno\u201d \u2013 twice."
    assert repairs == ["decoded as cp1252"] and reason is None


def test_decode_latin1_bytes_when_not_cp1252():
    data = b"Na\xefve caf\xe9 \x81"  # 0x81 is undefined in cp1252
    text, repairs, reason = decode_bytes(data)
    assert text.startswith("Na\u00efve caf\u00e9") and repairs == ["decoded as latin-1"]


def test_decode_magic_numbers_and_nul():
    assert decode_bytes(PNG_BYTES)[2] == "binary file (PNG image)"
    assert decode_bytes(b"%PDF-1.7\n%...")[2] == "binary file (PDF document)"
    assert decode_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")[2] == "binary file (JPEG image)"
    assert decode_bytes(b"PK\x03\x04\x14\x00")[2] == "binary file (ZIP archive)"
    assert decode_bytes(b"\x7fELF\x02\x01\x01")[2] == "binary file (ELF executable)"
    assert decode_bytes(b"x\x00y\x00\x00\x00\x00z")[0] is None
    assert decode_bytes(b"")[2] == "empty file"


def test_latin1_file_read_through(tmp_path):
    (tmp_path / "l1.txt").write_bytes("Le pr\u00e9sident a parl\u00e9.".encode("latin-1"))
    (doc,) = list(read_inputs([tmp_path / "l1.txt"]))
    assert doc.text == "Le pr\u00e9sident a parl\u00e9."
    assert any("cp1252" in r or "latin-1" in r for r in doc.repairs)


# ---------------------------------------------------------------- repair_text

def test_mojibake_fixed():
    text, repairs = repair_text("The Caf\u00c3\u00a9 de Flore was closed.")
    assert text == "The Caf\u00e9 de Flore was closed."
    assert "mojibake fixed" in repairs


def test_mojibake_quotes_fixed_curly_quotes_kept():
    text, _ = repair_text("He said \u00e2\u20ac\u0153no\u00e2\u20ac\u009d.")
    assert text == "He said \u201cno\u201d."
    clean = "She said \u201cyes\u201d and it\u2019s final."
    assert repair_text(clean) == (clean, [])


def test_replacement_char_runs_removed():
    text, repairs = repair_text("Crowds cheered \ufffd\ufffd\ufffd\ufffd as the result came in.")
    assert text == "Crowds cheered as the result came in."
    assert "\ufffd" not in text and "replacement chars removed" in repairs


def test_control_chars_removed_but_tabs_and_newlines_survive_as_whitespace():
    text, repairs = repair_text("Bad\x00 bytes\x07 here.\nNext\tline.\x1b")
    assert text == "Bad bytes here.\nNext line."
    assert "control chars removed" in repairs


def test_html_stripped():
    raw = ("<html><head><title>Site</title><style>p {color: red}</style>"
           "<script>var x = '<p>no</p>';</script></head><body>"
           "<p>Police   arrested\n the   leader.</p><p>AT&amp;T said &quot;no&quot;.</p>"
           "</body></html>")
    text, repairs = repair_text(raw)
    assert text == 'Police arrested the leader.\n\nAT&T said "no".'
    assert "html stripped" in repairs


def test_plain_text_with_angle_brackets_untouched():
    raw = "Turnout was <50% and inflation >10%."
    assert repair_text(raw) == (raw, [])


def test_clean_text_has_no_repairs():
    raw = "Rebels seized the town.\n\nThe army said it would respond."
    assert repair_text(raw) == (raw, [])


def test_hard_wrapped_paragraph_joined():
    raw = ("The United Nations Security Council met on Tuesday to\n"
           "discuss the escalating violence in the eastern part of\n"
           "the country, where rebels have seized several towns and\n"
           "thousands of civilians have fled.\n\nShort second paragraph.")
    text, repairs = repair_text(raw)
    assert text.split("\n\n")[0].count("\n") == 0
    assert text.endswith("have fled.\n\nShort second paragraph.")
    assert "hard line wraps joined" in repairs


def test_decomposed_unicode_normalised():
    text, _ = repair_text("Bogota\u0301 talks")
    assert text == "Bogot\u00e1 talks"


# ---------------------------------------------------------------- more bad input (issue 9)

from eventwire.ingest.language import not_english  # noqa: E402
from eventwire.ingest.report import IngestTally, repair_kinds, skip_kind  # noqa: E402


def test_sparse_nul_bytes_removed_but_nul_heavy_data_is_binary():
    text, repairs, reason = decode_bytes(b"Rebels\x00 seized the town.\x00\x00 The army fled.")
    assert text == "Rebels seized the town. The army fled." and "NUL bytes removed" in repairs
    assert decode_bytes(b"ab\x00\x00\x00\x00cd\x00\x00" * 50)[2] == "binary file (NUL bytes)"


@pytest.mark.parametrize("size", [300, 4096, 100_000])
def test_random_bytes_are_binary(size):
    import random
    rnd = random.Random(size)
    data = bytes(rnd.randrange(256) for _ in range(size))
    text, _, reason = decode_bytes(data)
    assert text is None and reason.startswith("binary file")


def test_jsonl_line_with_nul_and_raw_control_chars_is_repaired(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"doc_id": "a", "text": "Rebels\x00 seized\tthe town."}\n'
                  b'{"doc_id": "b", "text": "Police\x07 fled."}\n')
    a, b = list(read_inputs([p]))
    assert a.text == "Rebels seized the town." and "NUL bytes removed" in a.repairs
    assert b.text == "Police fled." and "control chars removed" in b.repairs


def test_html_page_furniture_dropped_without_article_element():
    raw = ("<html><body><nav>Home | World | Sport</nav><div hidden>Sign in</div>"
           "<div><p>Rebels seized the town.</p></div>"
           "<div role='navigation'>Next story</div><footer>Contact us</footer></body></html>")
    assert repair_text(raw) == ("Rebels seized the town.", ["html stripped"])


def test_html_article_element_preferred_and_its_header_kept():
    raw = ("<body><header>Site name</header><article><header><h1>Town falls</h1></header>"
           "<p>Rebels seized the town.</p><aside>Read more</aside></article>"
           "<section>Most read: other stories</section></body>")
    assert repair_text(raw)[0] == "Town falls\n\nRebels seized the town."


@pytest.mark.parametrize("text, lang", [
    ("Le gouvernement a annoncé mardi que les négociations avec les rebelles reprendraient dans la "
     "capitale la semaine prochaine.", "fr"),
    ("El gobierno anunció el martes que las negociaciones con los rebeldes se reanudarán en la capital "
     "la próxima semana.", "es"),
    ("Die Regierung kündigte am Dienstag an, dass die Verhandlungen mit den Rebellen in der Hauptstadt "
     "fortgesetzt werden.", "de"),
    ("Правительство объявило во вторник, что переговоры с повстанцами возобновятся на следующей неделе.", "ru"),
    ("政府周二宣布，与叛军的谈判将于下周在首都恢复。", "zh"),
    ("政府は火曜日、反政府勢力との交渉を来週首都で再開すると発表した。", "ja"),
    ("정부는 화요일 반군과의 협상이 다음 주 수도에서 재개될 것이라고 발표했다.", "ko"),
    ("أعلنت الحكومة يوم الثلاثاء أن المفاوضات مع المتمردين ستستأنف الأسبوع المقبل.", "ar"),
])
def test_not_english_names_the_language(text, lang):
    assert not_english(text) == lang


@pytest.mark.parametrize("text", [
    "Kenyan troops attacked Somali militants.",                    # short: no verdict
    "Ghana praised Togo on Monday for its help at the border, officials in Accra said.",
    "The president said \u00ab c'est une bonne nouvelle pour la paix et pour le pays \u00bb after the "
    "talks in Paris, and the two leaders agreed to meet again in the spring.",
    "Vladimir Putin (\u0412\u043b\u0430\u0434\u0438\u043c\u0438\u0440 \u041f\u0443\u0442\u0438\u043d) "
    "met the Venezuelan president in Moscow on Friday and they discussed oil and gas.",
    "BRUSSELS, Belgium - NATO ministers, EU officials, Ukraine envoys: summit agenda, Tuesday.",
])
def test_english_or_unclear_text_is_kept(text):
    assert not_english(text) is None


def test_non_english_document_skipped_with_reason(tmp_path):
    (tmp_path / "fr.txt").write_text("Le gouvernement a annoncé mardi que les négociations avec les "
                                     "rebelles reprendraient dans la capitale la semaine prochaine.")
    (out,) = list(read_inputs([tmp_path / "fr.txt"]))
    assert isinstance(out, Skipped) and out.reason == "not English (looks like fr)"


def test_text_over_article_cap_is_skipped(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_mod, "ARTICLE_CAP", 100)
    (tmp_path / "a.txt").write_text("Rebels seized the town. " * 10)
    (out,) = list(read_inputs([tmp_path / "a.txt"]))
    assert isinstance(out, Skipped) and out.reason.startswith("text too long for one article (239 characters")


# ---------------------------------------------------------------- CSV and TSV

def test_csv_with_metadata_columns(tmp_path):
    (tmp_path / "news.csv").write_text(
        "ID,Date,Source,URL,Text,Section\n"
        'a1,2023-03-01,Wire,https://x.org/1,"Rebels seized the town, officials said.",world\n'
        'a2,03/02/2023,,,"Multi-line\ntext here.",\n', encoding="utf-8")
    a1, a2 = list(read_inputs([tmp_path / "news.csv"]))
    assert (a1.doc_id, a1.date, a1.outlet, a1.url) == ("a1", "2023-03-01", "Wire", "https://x.org/1")
    assert a1.text == "Rebels seized the town, officials said." and a1.meta == {"section": "world"}
    assert a2.doc_id == "a2" and a2.text == "Multi-line\ntext here." and a2.outlet is None


def test_csv_without_id_column_uses_stem_and_line(tmp_path):
    (tmp_path / "n.csv").write_text("content\nRebels seized the town.\n\nPolice fled.\n")
    out = list(read_inputs([tmp_path / "n.csv"]))
    assert [d.doc_id for d in out] == ["n:2", "n:4"]


def test_tsv_and_semicolon_csv(tmp_path):
    (tmp_path / "t.tsv").write_text("doc_id\tbody\nt1\tRebels seized the town.\n")
    (tmp_path / "s.csv").write_text("id;text\ns1;Police fled.\n")
    out = list(read_inputs([tmp_path / "t.tsv", tmp_path / "s.csv"]))
    assert [(d.doc_id, d.text) for d in out] == [("t1", "Rebels seized the town."), ("s1", "Police fled.")]


def test_csv_broken_quote_and_ragged_row_skipped_with_line_numbers(tmp_path):
    (tmp_path / "b.csv").write_text(
        "id,text\n"
        'r1,"Rebels seized the town."\n'
        'r2,"Police fled.\n'              # line 3: quote never closes
        'r3,"Troops arrived."\n'
        'r4,"Crowds cheered.",extra\n'    # line 5: ragged
        "r5\n"                            # line 6: ragged
        'r6,"The mayor resigned.\n')      # line 7: open at the end of the file
    out = list(read_inputs([tmp_path / "b.csv"]))
    assert [d.doc_id for d in docs(out)] == ["r1", "r3"]
    assert [(s.source.rsplit("/", 1)[1], s.reason) for s in skips(out)] == [
        ("b.csv:3", "line 3: unclosed quote"),
        ("b.csv:5", "line 5: 3 fields, the header has 2"),
        ("b.csv:6", "line 6: 1 fields, the header has 2"),
        ("b.csv:7", "line 7: unclosed quote"),
    ]


def test_csv_bad_files(tmp_path):
    (tmp_path / "none.csv").write_text("a,b\n1,2\n")
    (tmp_path / "empty.csv").write_text("\n\n")
    (tmp_path / "img.csv").write_bytes(PNG_BYTES)
    (tmp_path / "blank.csv").write_text('id,text\nx1,""\n')
    out = list(read_inputs([tmp_path / n for n in ("none.csv", "empty.csv", "img.csv", "blank.csv")]))
    assert [s.reason for s in out] == ["no text column in the header (text, body or content)", "empty file",
                                      "binary file (PNG image)", "text is empty"]


def test_csv_encodings_gzip_and_long_cells(tmp_path):
    body = "id,text\nu1,Talks in Z\u00fcrich ended.\n"
    (tmp_path / "u16.csv").write_bytes(codecs.BOM_UTF16_LE + body.encode("utf-16-le"))
    (tmp_path / "l1.csv").write_bytes(body.replace("u1", "l1").encode("latin-1"))
    (tmp_path / "g.csv.gz").write_bytes(gzip.compress(body.replace("u1", "g1").encode()))
    (tmp_path / "big.csv").write_text('id,text\nb1,"' + "Rebels seized the town. " * 20_000 + '"\n')
    u, l1, g, big = list(read_inputs([tmp_path / n for n in ("u16.csv", "l1.csv", "g.csv.gz", "big.csv")]))
    assert u.text == l1.text == g.text == "Talks in Z\u00fcrich ended."
    assert "decoded as UTF-16" in u.repairs and any("cp1252" in r for r in l1.repairs)
    assert big.doc_id == "b1" and len(big.text) > 400_000


def test_folder_walk_finds_csv(tmp_path):
    (tmp_path / "a.csv").write_text("text\nRebels seized the town.\n")
    (tmp_path / "b.png").write_bytes(PNG_BYTES)
    (out,) = list(read_inputs([tmp_path]))
    assert out.text == "Rebels seized the town."


# ---------------------------------------------------------------- the summary

def test_repair_and_skip_kinds():
    assert repair_kinds(["date header", "mojibake fixed", "html stripped", "html entities unescaped",
                         "BOM removed", "decoded as cp1252"]) == ["mojibake", "html", "latin-1"]
    assert skip_kind("whitespace-only file") == "empty"
    assert skip_kind("binary file (PNG image)") == "binary"
    assert skip_kind("not valid JSON at line 7: Expecting value") == "malformed line"
    assert skip_kind("line 4: unclosed quote") == "malformed line"
    assert skip_kind("line 4: 3 fields, the header has 2") == "ragged row"
    assert skip_kind("not English (looks like fr)") == "not English"
    assert skip_kind("something new: details") == "something new"


def test_tally_summary_and_exact_duplicates():
    t = IngestTally()
    assert t.summary() == "0 repaired, 0 skipped"
    a = Document("a", "Rebels seized the town.", repairs=["mojibake fixed", "html stripped"])
    a2 = Document("a~2", "Rebels seized the town.", repairs=["duplicate doc_id 'a' renamed"])
    b = Document("b", "Rebels seized the town.")          # another article with the same text
    c = Document("c", "Police fled.", repairs=["date header"])
    kept = [d.doc_id for d in (a, a2, b, c) if t.duplicate_of(d) is None]
    assert kept == ["a", "b", "c"]
    for d in (a, b, c):
        t.document(d)
    for reason in ("empty file", "binary file (NUL bytes)", "binary file (PNG image)"):
        t.skip(Skipped("x", reason))
    c3 = Document("c~3", "Police fled.", repairs=["duplicate doc_id 'c' renamed"])
    assert t.duplicate_of(c3) == "c"
    assert t.summary() == ("1 repaired (mojibake 1, html 1), 3 skipped (binary 2, empty 1), "
                           "2 exact duplicates (not coded)")
