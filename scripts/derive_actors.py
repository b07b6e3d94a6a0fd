#!/usr/bin/env python3
"""Derive eventwire's actor dictionaries from shared/reference.

Usage (from the repo root):
    python scripts/derive_actors.py [--reference DIR] [--out DIR]

Reads the reference TSVs and PETRARCH2/Phoenix dictionaries described in
shared/reference/README.md and writes plain UTF-8 TSVs (header row, tabs,
no quoting) into eventwire/actors/data/:

    countries.tsv      phrase code kind name source
    metonyms.tsv       phrase code source
    organisations.tsv  phrase code name source
    groups.tsv         phrase code name source   (country-coded armed groups)
    institutions.tsv   phrase code name source   (a country's agencies, forces, assemblies)
    people.tsv         name phrase code start end source
    agents.tsv         phrase role plural source

The *_hand.tsv files in the same folder are maintained by hand and are never
written here. Standard library only; the output is deterministic.
"""
from __future__ import annotations

import argparse
import bisect
import csv
import difflib
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from eventwire.petrarch import actors as petrarch  # noqa: E402  (the PETRARCH format reader)
DEFAULT_REF = REPO.parent / "shared" / "reference"
DEFAULT_OUT = REPO / "eventwire" / "actors" / "data"
VERBOSE = False

# ---------------------------------------------------------------- text helpers

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'",
                         "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
# letters that NFKD does not decompose
_FOLD = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
                       "ß": "ss", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d",
                       "þ": "th", "ı": "i", "ħ": "h", "ŋ": "ng"})


def norm_phrase(text: str) -> str:
    """Lowercase, `_` -> space, single spaces, ASCII apostrophes."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    return " ".join(text.replace("_", " ").lower().split())


def fold(text: str) -> str:
    """Accent-free form: 'côte d'ivoire' -> 'cote d'ivoire'."""
    text = text.translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def with_folded(phrase: str) -> list[str]:
    f = fold(phrase)
    return [phrase] if f == phrase else [phrase, f]


_OK_CHARS = re.compile(r"^[a-z0-9 .'&/\-]+$")


def usable(phrase: str) -> bool:
    """Latin-script phrase with at least one letter, no broken or odd characters."""
    if not phrase or "\ufffd" in phrase or not any(c.isalpha() for c in phrase):
        return False
    return bool(_OK_CHARS.match(fold(phrase)))


def letters(phrase: str) -> int:
    return sum(c.isalpha() for c in phrase)


_SMALL = {"of", "the", "and", "for", "in", "on", "to", "at", "de", "du", "des", "la",
          "le", "al", "el", "da", "do", "y", "et", "with", "a", "an", "bin", "van", "von"}


def title(phrase: str) -> str:
    """Display form of an upper-case dictionary phrase."""
    words = phrase.split()
    if len(words) == 1 and len(words[0]) <= 6 and words[0].replace(".", "").isalpha():
        return words[0].upper()  # likely an acronym: NATO, IAEA, U.N.
    out = []
    for i, w in enumerate(words):
        if i and w in _SMALL:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def write_tsv(path: Path, header: list[str], rows: list[tuple]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(header) + "\n")
        for row in rows:
            cells = ["" if v is None else str(v) for v in row]
            for c in cells:
                if "\t" in c or "\n" in c:
                    raise ValueError(f"tab/newline in {path.name}: {row!r}")
            fh.write("\t".join(cells) + "\n")
    print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}: {len(rows)} rows")


def plural(phrase: str) -> str | None:
    """Regular English plural of the last word, or None if not applicable."""
    head, _, last = phrase.rpartition(" ")
    pre = head + " " if head else ""
    if not last.isalpha() and "-" not in last:
        return None
    if last in _NO_PLURAL:
        return None
    if last.endswith("man") and last not in _MAN_EXCEPT:
        return pre + last[:-3] + "men"
    if last.endswith(("ss", "us", "sh", "ch", "x", "z")):
        return pre + last + "es"
    if last.endswith("s"):
        return None  # already plural (forces) or invariant (crisis)
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        return pre + last[:-1] + "ies"
    return pre + last + "s"


_MAN_EXCEPT = {"human", "shaman", "german", "roman", "ottoman", "talisman", "caiman", "walkman"}
_NO_PLURAL = {"police", "staff", "personnel", "people", "media"}

# ------------------------------------------------------- Phoenix actor parsing

def parse_actor_file(path: Path) -> list[dict]:
    """Entries of a PETRARCH actor dictionary: line, phrases (main first), codes
    (the reader is the package's: eventwire/petrarch/actors.py). An entry with no code
    written right above another, with no blank line between, is more names of that one
    (joined_names)."""
    entries = [{"line": e["line"], "phrases": [p for p, _ in e["phrases"]], "codes": [c for c, _ in e["codes"]]}
               for e in petrarch.parse_actor_file(path)]
    joined = joined_names(path, entries)
    for e in entries:
        e["phrases"] += [p for p in joined.get(e["line"], []) if p not in e["phrases"]]
    return entries


def joined_names(path: Path, entries: list[dict]) -> dict[int, list[str]]:
    """{line of a coded entry: the phrases of the code-less entries written right above it}.
    Phoenix lists "MIKHAIL_GORBACHEV_ +GORBACHEV" (and four more lines of his names, each
    with no code) right above "GENERAL_SECRETARY_GORBACHEV", which carries his dated codes:
    one block, one man. leaders.tsv splits such a block too (its row has the last line's
    name only), so build_people joins the names by the same line."""
    text = path.read_text(encoding="utf-8", errors="replace").split("\n")
    blank = [i + 1 for i, line in enumerate(text) if not line.strip()]
    out: dict[int, list[str]] = {}
    pending: list[str] = []
    for e, nxt in zip(entries, entries[1:] + [None]):
        if e["codes"]:
            if pending:
                out[e["line"]] = pending
            pending = []
        elif nxt is not None and not _blank_between(blank, e["line"], nxt["line"]):
            pending = pending + e["phrases"]
        else:
            pending = []
    return out


def _blank_between(blank: list[int], a: int, b: int) -> bool:
    k = bisect.bisect_right(blank, a)
    return k < len(blank) and blank[k] < b


_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")


def dict_phrases(raw: str) -> list[str]:
    """Dictionary phrase -> normalised phrase(s); '(ACRONYM)' is split off."""
    acronyms = [a for a in _PAREN.findall(raw)]
    base = norm_phrase(_PAREN.sub(" ", raw))
    if "(" in base or ")" in base:
        return []
    out = [base] if usable(base) else []
    for a in acronyms:
        a = norm_phrase(a)
        if a.isalnum() and letters(a) >= 4 and " " not in a:
            out.append(a)
    return out


# ------------------------------------------------------------ common words

# Words that collide with ordinary English (or are too ambiguous) when used as
# a bare phrase. The reference-derived vocabulary below catches most others.
COMMON_WORDS = set("""
able adams allen baker banks barr bell berry best bird black blair bond booth bowl brown
bush butler byrne cain camp cannon carter case cash chance chase church clay clear
coates cole cook cooper craft crane cross crown dale davis day dean english evans
fair field fields finch fisher fleming ford forest fox frank free french friend frost
gates gay glass gold good goodman gray green grey guard hall hand hanson hardy hart
hawk hay heart hill holland holly hood hope horn house hunt jack james jones joy
keen king knight lamb land lane law lee lever light little long lord love lowe mark
marsh mason may meadows miles mill miller mills moon moore more morgan moss must
nash new noble north oliver page palmer park parker parks payne pearl pence person
pierce pike poole pope porter potter powell power powers price pride prince rain
read reed rice rich ridge rivers roach robin rock rose ross rush salt sand savage
scott sharp shaw short silver small smith snow spring stack stan star steel stone
storm strong summer swan sweet taylor temple thomas tower townsend trump turner
vance victor wade walker wall walsh ward ware warren waters watson weaver webb wells
west white wild will williams wilson winter wise wolf wood woods wright young
""".split())

# Country-file phrases dropped on purpose (kept out of countries.tsv):
COUNTRY_EXCLUDE = {
    # common English words or far more often something else
    "us", "man", "mann", "island", "jersey", "reunion", "réunion", "cayenne", "pole", "poles",
    "scot", "kiwi", "male", "malé",
    "victoria", "hamilton", "stanley", "douglas", "plymouth", "jamestown", "the valley",
    "west island", "the bottom", "saint-denis", "sana", "bida", "el beda", "sucre",
    "kingston",  # JAM capital, but also NFK's and many other towns
    # epithets, jokes, slurs and wrong places in CountryInfo nationality lists
    "the graveyard of empires", "soviet occupied afghanistan", "crown jewel of the british empire",
    "last european dictatorship", "the quebec of europe", "cockpit of europe", "island of the moon",
    "new flower", "light of the south", "manchester of the east", "the beloved country",
    "hidden pirate island", "sheepland", "moonland", "cheung fat estate", "o papagaio", "potiti",
    "picki u dusa", "ftpoy", "former turkish province of yunanistan", "morocco occupied western sahara",
    "windward coast", "belgian ubanghi", "ubanghi chari", "ubanghi", "aurobinda sarani",
    "yankee land", "yankeeland", "americaland", "ukania", "kiwistan", "sakartvelobantustan",
    "habeshistan", "saharan provinces", "smiling coast", "pearl of the orient", "the nature island",
    "the land of the rising sun", "celestial empire", "isle of devils", "devil's isles",
    "administrative divisions of the republic of the congo", "collectivite sui generis",
    "island of enchantment", "isle of enchantment", "isla del encanto", "jamrock", "straya",
    "orstraya", "aussieland", "swissland", "belgiumland", "kenyaland", "slovakland",
    "khama's country", "trust territory of the pacific", "hebrew state", "'nam",
    "capitano reggente", "capitani reggenti", "city of light", "thule", "eternal city",
}

# Wrong for one country only (CountryInfo predates splits, or lists a neighbour).
COUNTRY_EXCLUDE_FOR = {
    "MNE": {"serb", "serbs", "serbian", "serbians", "belgrade", "beograd"},
    "GBR": {"jersey"},
    "COG": {"ubanghi chari", "ubanghi"},
}

# Single-word person phrases (surnames, one-word aliases) that are ordinary English
# words; found by checking people.tsv against an English word list once. Kept out:
# "macron" and "tusk" are words too but far more often the politicians.
PERSON_WORD_EXCLUDE = set("""
abed arena arenas armada arroyo attar bale balls bani bannister barker barrios barrow beck
berg bile blah boatswain bode bold bole bolero bong bongo bonnet boron boys brandy burg
burns burro capes carcasses carrion chancy cheek chinchilla chino chow churl clapper collie
coma combo cope cousins darling daunt demon dent doer dole dote downer drys dung dyer fang
ferry flake font franks galley gelling gene ghoul gibbons gilds glean gong gore goutier grad
grange gross gumbo gurney hared hickey hilly hinds hing hogan hoof hooker husbands jawed
kaput kindle kiss kook lake lama lame lasso leers linden llamas llano luncheon lynch mallard
mama mane manga manning mans mantilla marks martini mayoral merino merits mesa messing meta
minor mint mufti mutate nape nova novas nuder palm pant panting pare parry parts passer
peters pickles ping pitcher platter pool pottering rash reps rind rogers ruing safari saith
salami saline salvo sander sane sang scullion sears shaikh shaker shave shire shorten sierra
silk sing singer skate solar soli soon speller stein store straw swain swami tack tall
tanner tenet ting tiny tort tromp truss vale villa wale wetland wisdom
kurd kurds arab arabs turk turks tamil tamils hutu tutsi druze berber jew jews moslem muslim
""".split())

# Organisation/group phrases that are generic expressions, dates or other things.
ORG_EXCLUDE = {
    "red line", "direct action", "national front", "new order", "the foundation", "the cornerstone",
    "black friday", "may 15", "may 98", "21 june", "17 november", "red flag", "red banner",
    "free land", "the avengers", "la liga", "triple a", "black hand", "black star",
    "international solidarity", "popular justice", "national resistance", "order ii",
    "global intifada", "action faction", "christian catholic", "immediate action",
    "revolutionary left", "american front", "islamic party", "islamic society", "social resistance",
    "red bill", "group zero", "antarctic treaty", "tigers", "paradise", "zero", "emetic",
    "mavericks", "yahweh", "boogeymen", "camo", "eta", "epa", "ela", "uda", "fps", "shahin",
    "hotaru", "hisba", "the guardian", "chevron", "mnc", "mncs",
}

# Ties between two codes for one phrase: which wins.
COUNTRY_PREFER = {"dominican": "DOM", "dominicans": "DOM", "congolese": "COD",
                  "samoan": "WSM", "samoans": "WSM", "virgin islander": "VIR",
                  "virgin islanders": "VIR", "channel islander": "JEY",
                  "channel islanders": "JEY", "oranjestad": "ABWGOV"}

# 3-letter alternative names kept although shorter than 4 letters.
SHORT_ALT_OK = {"uae", "drc", "usa", "rsa", "roc", "dprk"}


def reference_vocab(ref: Path) -> set[str]:
    """English words used in the reference verb/agent/discard lists (not their comments)."""
    vocab: set[str] = set()
    for name in ("petrarch2/CAMEO.2.0.txt", "petrarch2/Phoenix.agents.txt",
                 "petrarch2/Phoenix.discards.txt"):
        for line in (ref / name).read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.split("#", 1)[0]
            vocab.update(re.findall(r"[a-z]+", line.lower().replace("_", " ")))
    for name in ("cameo_event_codes.tsv", "plover_modes.tsv", "plover_contexts.tsv"):
        vocab.update(re.findall(r"[a-z]+", (ref / name).read_text(encoding="utf-8").lower()))
    return vocab


# ------------------------------------------------------------------ countries

def split_demonyms(value: str) -> list[str]:
    out = []
    for part in value.split(","):
        out.extend(p.strip() for p in part.split(" or "))
    return [p for p in out if p]


_DEMONYM_NO_PLURAL = {"ni-vanuatu", "i-kiribati", "motswana", "mosotho", "malagasy", "swiss",
                      "saint-pierrais", "miquelonnais", "burkinabe"}


def demonym_plural(adj: str) -> str | None:
    last = adj.split()[-1]
    if adj in _DEMONYM_NO_PLURAL or last.endswith(("ese", "ish", "ch", "sh", "ss", "x", "y", "s")):
        return None
    if last.endswith("man") and last not in _MAN_EXCEPT:
        return adj[:-3] + "men"
    return adj + "s"


def build_countries(ref: Path) -> tuple[list[tuple], set[str]]:
    """Returns (rows, set of all country codes seen in the reference)."""
    rows = read_tsv(ref / "countries.tsv")
    cands: list[tuple] = []  # (phrase, code, kind, name, source, rank, independent, seq)
    codes: set[str] = set()
    seq = 0

    def add(phrase, code, kind, name, source, rank, indep) -> bool:
        nonlocal seq
        if not usable(phrase) or "," in phrase:
            return False
        for p in with_folded(phrase):
            if p in COUNTRY_EXCLUDE or p in COUNTRY_EXCLUDE_FOR.get(code[:3], ()):
                return False
        for p in with_folded(phrase):
            seq += 1
            cands.append((p, code, kind, name, source, rank, indep, seq))
        return True

    for r in rows:
        for c in (r["cameo_code"], r["iso3"], r["gdelt_country_code"]):
            if c:
                codes.add(c)
        for c in r["countryinfo_code"].split("|"):
            if c:
                codes.add(c[:3])
        code = r["cameo_code"] or r["iso3"]
        if not code or code == "UNK":
            continue
        name = r["name"]
        if not name:
            continue
        indep = r["independent"] == "True"
        src = "countries.tsv:mledoze"
        add(norm_phrase(name), code, "name", name, src, 1, indep)
        add(norm_phrase(r["official_name"]), code, "name", name, src, 1, indep)
        for alt in r["alt_names"].split("|"):
            p = norm_phrase(alt)
            if letters(p) >= 4 or p in SHORT_ALT_OK:
                add(p, code, "name", name, src, 2, indep)
        adjectives = []
        for d in split_demonyms(r["demonyms"]):
            p = norm_phrase(d)
            adjectives.append(p)
            pl = demonym_plural(p)
            if add(p, code, "adjective", name, src, 1, indep) and pl:
                add(pl, code, "people", name, src, 1, indep)
        capitals = [norm_phrase(c) for c in r["capital"].split("|") if c]
        for cap in capitals:
            add(cap, code + "GOV", "capital", name, src, 1, indep)
        # CountryInfo
        src = "countries.tsv:countryinfo"
        ci_names = [norm_phrase(n) for n in r["countryinfo_name"].split("|") if n]
        for p in ci_names:
            add(p, code, "name", name, src, 3, indep)
        for cap in r["countryinfo_capital"].split("|"):
            if cap:
                add(norm_phrase(cap), code + "GOV", "capital", name, src, 3, indep)
        name_forms = [norm_phrase(name), norm_phrase(r["official_name"])] + ci_names
        name_forms += [norm_phrase(a) for a in r["alt_names"].split("|") if letters(a) >= 4]
        for item in r["countryinfo_nationality"].split("|"):
            p = norm_phrase(item)
            if not p:
                continue
            kind = classify_nationality(p, adjectives, name_forms)
            pl = demonym_plural(p) if kind == "adjective" else None
            if add(p, code, kind, name, src, 3, indep) and pl:
                add(pl, code, "people", name, src, 3, indep)

    kind_rank = {"name": 0, "adjective": 1, "people": 2, "capital": 3}
    by_phrase: dict[str, list[tuple]] = defaultdict(list)
    for c in cands:
        by_phrase[c[0]].append(c)
    out = []
    dropped = 0
    for phrase, cs in by_phrase.items():
        pref = COUNTRY_PREFER.get(phrase)
        cs.sort(key=lambda c: (c[1] != pref, c[5], not c[6], kind_rank[c[2]], c[7]))
        best = cs[0]
        if len({c[1] for c in cs}) > 1:
            dropped += 1
            if VERBOSE:
                print("  conflict:", phrase, [(c[1], c[2], c[4], c[5]) for c in cs])
        out.append(best)
    out.sort(key=lambda c: c[7])
    print(f"countries: {len(cands)} candidates, {dropped} phrases claimed by several codes (kept one)")
    return [(c[0], c[1], c[2], c[3], c[4]) for c in out], codes


_ADJ_END = ("an", "ese", "ish", "i", "ic", "ch", "ss", "ois", "ais", "er")
_PEOPLE_NOUNS = {"dane", "swede", "finn", "turk", "croat", "briton", "spaniard", "aussie", "pole", "scot",
                 "welsh"}


def classify_nationality(p: str, adjectives: list[str], name_forms: list[str]) -> str:
    """CountryInfo mixes adjectives, people nouns, names and misspellings."""
    if p in adjectives or p in _PEOPLE_NOUNS:
        return "adjective"
    if p.endswith("s") and (p[:-1] in adjectives or p[:-1] in _PEOPLE_NOUNS):
        return "people"
    if any(f" {p} " in f" {n} " for n in name_forms):
        return "name"
    parts = set(name_forms)
    for n in name_forms:
        parts.update(x.strip() for x in n.replace(" and ", "|").split("|"))
    # same-length near match is a misspelled name ("great britian", "vietman")
    if any(len(n) == len(p) and difflib.SequenceMatcher(None, p, n).ratio() >= 0.7 for n in parts):
        return "name"
    last = p.split()[-1]
    if last.endswith(("man", "men")) and len(last) >= 7:
        return "people"
    if last.endswith(("stan", "land", "ia")) or last in ("republic", "island", "islands"):
        return "name"
    if p.endswith(("ian", "ean", "ese", "ish", "ois", "ais", "lander")):
        return "adjective"
    da = max((difflib.SequenceMatcher(None, p, a).ratio() for a in adjectives), default=0)
    dn = max((difflib.SequenceMatcher(None, p, n).ratio() for n in parts), default=0)
    if da > dn and da >= 0.6:
        if p.endswith(_ADJ_END):
            return "adjective"
        if p.endswith("ans"):
            return "people"
    return "name"


# ------------------------------------------------------------------ metonyms

_METONYM = re.compile(r"^(.*) => (\S+) \((\S+) line (\d+)\)$")


def build_metonyms(ref: Path) -> list[tuple]:
    out, seen = [], set()
    for r in read_tsv(ref / "countries.tsv"):
        for item in r["seat_of_government_metonyms"].split("|"):
            m = _METONYM.match(item.strip())
            if not m:
                continue
            phrase, code, fname, line = m.groups()
            for p in with_folded(norm_phrase(phrase)):
                if (p, code) in seen:
                    continue
                seen.add((p, code))
                out.append((p, code, f"countries.tsv:phoenix:{fname}:line {line}"))
    return out


# ------------------------------------------------- organisations and groups

def build_orgs(ref: Path, country_codes: set[str], vocab: set[str],
               taken: set[str]) -> tuple[list, list, Counter]:
    """Undated International/MilNonState entries; `taken` = country phrases."""
    orgs, groups, stats = [], [], Counter()
    seen = set()
    for fname in ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        for e in parse_actor_file(ref / "petrarch2" / fname):
            codes = [c for c in e["codes"] if c[0] and c[0] != "---"]
            if not codes:
                stats["no code"] += 1
                continue
            if any(c[3] for c in codes):
                stats["dated (people.tsv)"] += 1
                continue
            code = codes[0][0]
            prefix = code[:3]
            if prefix == "KKL":
                stats["KKL placeholder code"] += 1
                continue
            is_group = prefix in country_codes
            main = dict_phrases(e["phrases"][0])
            name = title(main[0]) if main else title(norm_phrase(e["phrases"][0]))
            src = f"{fname}:line {e['line']}"
            for raw in e["phrases"]:
                for p in dict_phrases(raw):
                    if p in taken or p in ORG_EXCLUDE or (" " not in p and (p in COMMON_WORDS or (
                            p in vocab and not code.startswith("IGO")))):
                        stats["common word or country phrase skipped"] += 1
                        continue
                    if letters(p) < 2:
                        continue
                    for v in with_folded(p):
                        if (v, code) in seen:
                            continue
                        seen.add((v, code))
                        (groups if is_group else orgs).append((v, code, name, src))
            stats["groups" if is_group else "organisations"] += 1
    return orgs, groups, stats


# ------------------------------------------------------------ institutions

# phrases of the country file's institution entries that name no one country's body
INSTITUTION_EXCLUDE = {"supreme court justices", "federal law enforcement", "nsc", "national security staff",
                       "council of experts",
                       # a name above a Syrian group's entry (joined_names) that is also the armed
                       # wing of the Palestinian Islamic Jihad: no one country
                       "sarayat al-quds"}


def build_institutions(ref: Path, vocab: set[str], known: set[str]) -> tuple[list, Counter]:
    """A country's agencies, forces and assemblies: the undated entries of the Phoenix country
    file coded with a role ("FBI" [USACOP], "IDF" [ISRMIL], "USAID" [USAGOVDEV]). Elites
    (ELI: persons, think tanks) stay out; `known` phrases (every other table) keep their meaning."""
    roles = {r["code"] for r in read_tsv(ref / "cameo_actor_roles.tsv")}
    rows, stats, seen = [], Counter(), set()
    for e in parse_actor_file(ref / "petrarch2" / "Phoenix.Countries.actors.txt"):
        codes = [c for c in e["codes"] if c[0] and c[0] != "---"]
        if not codes or any(c[1] or c[2] or c[3] for c in codes):
            continue                    # dated: people.tsv (through leaders.tsv)
        code = codes[0][0]
        if len(code) < 6 or code[3:6] not in roles or code[3:6] == "ELI":
            continue                    # a bare country or territory, or an elite
        main = dict_phrases(e["phrases"][0])
        name = title(main[0]) if main else title(norm_phrase(e["phrases"][0]))
        src = f"Phoenix.Countries.actors.txt:line {e['line']}"
        for raw in e["phrases"]:
            for p in dict_phrases(raw):
                if p in known or fold(p) in known or p in INSTITUTION_EXCLUDE or p in ORG_EXCLUDE or \
                        (" " not in p and (p in COMMON_WORDS or p in vocab)) or letters(p) < 2:
                    stats["known or common phrase skipped"] += 1
                    continue
                for v in with_folded(p):
                    if v not in seen:
                        seen.add(v)
                        rows.append((v, code, name, src))
        stats["entries"] += 1
    return rows, stats


# --------------------------------------------------------------------- people

# English display names for Wikidata rows labelled in Portuguese.
WIKIDATA_NAMES = {"Q9682": "Elizabeth II", "Q43274": "Charles III", "Q57298": "Abdullah of Saudi Arabia",
                  "Q217096": "Naruhito"}
# A monarch of several realms is coded by the first of these.
WIKIDATA_PRIMARY = {"Q9682": "GBRGOV", "Q43274": "GBRGOV"}
# Bare surnames collide with ordinary words and with each other; only people
# with a dated office ending on or after this date get one.
SURNAME_SINCE = "1995-01-01"
_SUFFIX = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "vi"}
_ARTICLE = re.compile(r"^(?:al|el|as|ad|ar|an|at|az|ash)-(.+)$")


def strip_article(surname: str) -> str | None:
    """'al-assad' -> 'assad' (Arabic article), else None."""
    m = _ARTICLE.match(surname)
    return m.group(1) if m else None


def build_people(ref: Path, blocked: set[str], vocab: set[str], country_codes: set[str],
                 hand: set[str]) -> tuple[list[tuple], Counter]:
    """leaders.tsv -> one row per (phrase, code) in PETRARCH code order.

    `hand` phrases (hand-maintained country/metonym/organisation/group files) are
    never emitted as person phrases: the hand file decides what they mean."""
    rows = read_tsv(ref / "leaders.tsv")
    entries: dict[str, dict] = {}
    joined: dict[str, dict[int, list[str]]] = {}      # file -> line -> names above (joined_names)
    for r in rows:
        if r["source"].startswith("wikidata"):
            qid = r["wikidata_qid"]
            key = f"leaders.tsv:wikidata:{qid}"
            name = WIKIDATA_NAMES.get(qid, r["name"].split(",")[0])
        else:
            fname = r["source"].split(":", 1)[1]
            key = f"leaders.tsv:phoenix:{fname}:line {r['source_line']}"
            name = title(norm_phrase(r["name"]))
        e = entries.setdefault(key, {"name": name, "raw": r["name"], "alts": [], "rows": [],
                                     "qid": r["wikidata_qid"]})
        alts = r["alt_names"].split("|")
        if not r["source"].startswith("wikidata"):
            if fname not in joined:
                path = ref / "petrarch2" / fname
                joined[fname] = joined_names(path, parse_actor_file(path)) if path.exists() else {}
            alts += joined[fname].get(int(r["source_line"]), [])
        for a in alts:
            if a and a not in e["alts"]:
                e["alts"].append(a)
        order = int(r["code_order"]) if r["code_order"] else len(e["rows"]) + 1
        e["rows"].append((order, r["code"], r["start_date"] or None, r["end_date"] or None))

    # surname candidates and how many different people share each
    first_names: set[str] = set()
    surname_of: dict[str, str | None] = {}
    people_per_surname: dict[str, set[str]] = defaultdict(set)
    for key, e in entries.items():
        toks = [t for t in norm_phrase(e["name"]).split()]
        if len(toks) >= 2:
            first_names.add(fold(toks[0]))
        while toks and toks[-1] in _SUFFIX:
            toks.pop()
        sur = toks[-1] if len(toks) >= 2 else None
        if sur and (" of " in f" {norm_phrase(e['name'])} " or not re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", sur)):
            sur = None
        surname_of[key] = sur
        if sur:
            people_per_surname[fold(sur)].add(fold(norm_phrase(e["name"])))
            bare = strip_article(sur)
            if bare:
                people_per_surname[fold(bare)].add(fold(norm_phrase(e["name"])))

    stats = Counter()

    def surname_ok(s: str) -> bool:
        f = fold(s)
        if letters(f) < 4:
            return False
        if f in COMMON_WORDS or f in PERSON_WORD_EXCLUDE or f in vocab or f in blocked or s in blocked:
            stats["surname: common word or actor phrase"] += 1
            return False
        if f in first_names:
            stats["surname: also a first name"] += 1
            return False
        if len(people_per_surname[f]) > 4:
            stats["surname: shared by > 4 people"] += 1
            return False
        return True

    def recent(rows) -> bool:
        """A bare surname only for people holding a non-ELI code since SURNAME_SINCE."""
        for _, code, start, end in rows:
            if code[3:6] != "ELI" and code != "ELI" and (end is None or end >= SURNAME_SINCE):
                if start is not None or end is not None:
                    return True
        stats["surname: no office since " + SURNAME_SINCE] += 1
        return False

    out = []
    for key, e in entries.items():
        ordered = sorted(e["rows"], key=lambda x: x[0])
        if e["qid"] in WIKIDATA_PRIMARY:
            first = WIKIDATA_PRIMARY[e["qid"]]
            ordered = sorted(e["rows"], key=lambda x: (x[1] != first, x[2] or ""))
        ordered = [x for x in ordered if x[1] and x[1] != "---"]
        if not ordered:
            continue
        if any(x[1] in country_codes for x in ordered):
            stats["skipped: a place (bare country code)"] += 1  # ARMENIA, LEIPZIG, ...
            continue
        phrases: list[str] = []
        for raw in [e["name"], e["raw"]] + e["alts"]:
            base = norm_phrase(raw)
            # "kim jong-un" is also written "kim jong un"
            forms = [base, base.replace("-", " ")] if "-" in base else [base]
            for p in (v for f in forms for v in with_folded(f)):
                if " " not in p and fold(p) in PERSON_WORD_EXCLUDE:
                    stats["one-word alias is an English word"] += 1
                    continue
                if fold(p) in hand:
                    stats["alias defined by a hand file"] += 1
                    continue
                if usable(p) and "," not in p and p not in phrases:
                    phrases.append(p)
        sur = surname_of[key] if recent(ordered) else None
        surnames = [sur, strip_article(sur)] if sur else []
        for s in surnames:
            if s and surname_ok(s):
                for p in with_folded(s):
                    if p not in phrases:
                        phrases.append(p)
                        stats["surname phrases"] += 1
        for p in phrases:
            for _, code, start, end in ordered:
                out.append((e["name"], p, code, start, end, key))
    stats["entries"] = len(entries)
    return out, stats


# --------------------------------------------------------------------- agents

_STEMS = {"minist": ["minister", "ministers", "ministry", "ministries"],
          "industr": ["industry", "industries"], "authorit": ["authority", "authorities"],
          "compan": ["company", "companies"]}
_PLURAL_WORDS = {"men", "women", "ministers", "ministries", "industries", "authorities", "companies"}
_AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]")


def build_agents(ref: Path) -> tuple[list[tuple], Counter]:
    path = ref / "petrarch2" / "Phoenix.agents.txt"
    subs: dict[str, list[str]] = {}
    out: list[tuple] = []
    seen: dict[str, str] = {}
    stats = Counter()

    def emit(phrase, role, is_plural, line):
        phrase = norm_phrase(phrase)
        if not usable(phrase):
            return
        if phrase in seen:
            if seen[phrase] != role:
                stats["duplicate phrase, other role (first kept)"] += 1
            return
        seen[phrase] = role
        out.append((phrase, role, "yes" if is_plural else "no", f"Phoenix.agents.txt:line {line}"))

    for lineno, raw in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.+)$", line)
        if m:
            subs[m.group(1)] = [v.strip() for v in m.group(2).split(",") if v.strip()]
            continue
        m = _AGENT.match(line)
        if not m:
            stats["no code"] += 1
            continue
        code = m.group("code").strip()
        if not code.startswith("~"):
            stats["prefix code (CODE~) skipped"] += 1
            continue
        role = code[1:4]
        phrase = m.group("phrase").strip()
        explicit = m.group("plural")
        marker = re.search(r"![A-Z]+!", phrase)
        if marker and marker.group(0) in subs:
            for v in subs[marker.group(0)]:
                emit(phrase.replace(marker.group(0), v), role, v.lower() in _PLURAL_WORDS, lineno)
            continue
        base = norm_phrase(phrase)
        head, _, last = base.rpartition(" ")
        if last in _STEMS:
            for w in _STEMS[last]:
                emit((head + " " + w).strip(), role, w in _PLURAL_WORDS, lineno)
            continue
        emit(base, role, False, lineno)
        if explicit is not None:
            if explicit.strip():
                emit(explicit, role, True, lineno)
        else:
            pl = plural(base)
            if pl:
                emit(pl, role, True, lineno)
    return out, stats


# ----------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reference", type=Path, default=DEFAULT_REF, help="shared/reference directory")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    ap.add_argument("-v", "--verbose", action="store_true", help="print conflicts")
    args = ap.parse_args(argv)
    global VERBOSE
    VERBOSE = args.verbose
    ref: Path = args.reference.resolve()
    out: Path = args.out
    if not (ref / "countries.tsv").exists():
        print(f"reference not found: {ref}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    vocab = reference_vocab(ref)

    countries, country_codes = build_countries(ref)
    write_tsv(out / "countries.tsv", ["phrase", "code", "kind", "name", "source"], countries)

    metonyms = build_metonyms(ref)
    write_tsv(out / "metonyms.tsv", ["phrase", "code", "source"], metonyms)

    orgs, groups, ostats = build_orgs(ref, country_codes, vocab, {r[0] for r in countries})
    write_tsv(out / "organisations.tsv", ["phrase", "code", "name", "source"], orgs)
    write_tsv(out / "groups.tsv", ["phrase", "code", "name", "source"], groups)
    print("  entries:", dict(ostats))

    agents, astats = build_agents(ref)
    write_tsv(out / "agents.tsv", ["phrase", "role", "plural", "source"], agents)
    print("  agents:", dict(astats))

    blocked = {r[0] for r in countries} | {r[0] for r in metonyms} | {r[0] for r in agents}
    blocked |= {r[0] for r in orgs} | {r[0] for r in groups}
    hand: set[str] = set()
    for kind in ("countries", "metonyms", "organisations", "groups"):
        path = out / f"{kind}_hand.tsv"
        if path.exists():
            hand |= {fold(norm_phrase(r["phrase"])) for r in read_tsv(path)}
    path = out / "agents_hand.tsv"
    if path.exists():
        blocked |= {fold(norm_phrase(r["phrase"])) for r in read_tsv(path)}
    blocked |= hand
    people, pstats = build_people(ref, blocked, vocab, country_codes, hand)
    write_tsv(out / "people.tsv", ["name", "phrase", "code", "start", "end", "source"], people)
    print("  people:", dict(pstats))

    known = blocked | {r[1] for r in people}
    path = out / "people_hand.tsv"
    if path.exists():
        known |= {fold(norm_phrase(r["phrase"])) for r in read_tsv(path)}
    institutions, istats = build_institutions(ref, vocab, known)
    write_tsv(out / "institutions.tsv", ["phrase", "code", "name", "source"], institutions)
    print("  institutions:", dict(istats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
