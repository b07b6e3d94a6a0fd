"""PETRARCH verb file -> rows of the project's verbs.tsv, verb_patterns.tsv and synsets.tsv."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from .verbs import (CODE_RE, VerbEntry, first_code, norm_words, parse, resolve_comment_verb, second_code,
                    strip_comment, tokenize_pattern, verb_forms)


def _synset_named(token: str, synsets) -> bool:
    """'TIETYPES' or 'TIETYPES_RELATIONS' (synset TIETYPES, then the word RELATIONS) names a synset."""
    pieces = token.rstrip("_").lower().split("_")
    return any("_".join(pieces[:j]) in synsets for j in range(len(pieces), 0, -1))


def _valid(code: str, valid: set[str] | None) -> bool:
    return code in valid if valid is not None else bool(re.fullmatch(r"\d{2,4}", code))


def build(path: Path, valid: set[str] | None, label: str | None = None, id_prefix: str = "cameo2",
          exact: bool = False):
    """Rows of verbs.tsv, verb_patterns.tsv and synsets.tsv from one PETRARCH verb file.

    ``exact``: keep both sides of a compound code ("042:043": the source's act and the
    target's answer), else only the first. ``valid``: the event codes a code must be one of
    (None: any code of 2-4 digits); ``label`` names the file in the
    rows' source column (default: the file name). Also returns counts and oddities
    ("line N: ...") for `eventwire dict check`.
    """
    SRC = label or path.name
    synsets, synset_exact, blocks, oddities = parse(path)
    stats: Counter = Counter()
    stats["blocks"] = len(blocks)
    stats["verb lines"] = sum(len(b.verbs) for b in blocks)
    stats["synsets"] = len(synsets)

    # --- verbs: merge duplicates (first occurrence decides block and code)
    by_lemma: dict[str, list[VerbEntry]] = defaultdict(list)
    order: list[str] = []
    for b in blocks:
        for v in b.verbs:
            lemma = " ".join(v.words)
            if lemma not in by_lemma:
                order.append(lemma)
            by_lemma[lemma].append(v)
    codes: dict[str, str] = {}
    for lemma in order:
        entries = by_lemma[lemma]
        first = entries[0]
        same_block = [e for e in entries if e.block == first.block and e.line >= first.line]
        owner = next((e for e in same_block if e.own_code), None)
        code = owner.own_code if owner else first.block_code
        if code != "---" and not _valid(code, valid):
            oddities.append(f"line {first.line}: verb {lemma} has invalid code {code}: set to ---")
            code = "---"
        reverse = owner.own_reverse if owner else first.block_reverse
        if exact and reverse and code != "---":
            code += ":" + reverse
        codes[lemma] = code
    # entries that are an inflected form of another verb of the same block (LOSING under
    # LOSE) are folded into that verb when the codes agree
    folded: dict[str, str] = {}
    for b in blocks:
        gen = {}
        for v in b.verbs:
            lm = " ".join(v.words)
            for f in verb_forms(v)[1:]:
                gen.setdefault(f, lm)
        for v in b.verbs:
            lm = " ".join(v.words)
            base = gen.get(lm)
            if (base and base != lm and " " not in lm and by_lemma[lm][0].block == b.name
                    and by_lemma[base][0].block == b.name and codes[lm] == codes[base]
                    and base not in folded):
                folded[lm] = base
    for lm, base in sorted(folded.items()):
        oddities.append(f"line {by_lemma[lm][0].line}: verb {lm.upper()} is a form of "
                        f"{base.upper()} (same block): folded into it")
    stats["inflected verb entries folded"] = len(folded)

    verbs_rows = []
    form_to_lemmas: dict[str, set[str]] = defaultdict(set)
    for lemma in order:
        if lemma in folded:
            continue
        entries = by_lemma[lemma]
        first = entries[0]
        forms: list[str] = []
        for e in entries:
            for f in verb_forms(e):
                if f not in forms:
                    forms.append(f)
        extra_src = []
        for lm, base in folded.items():
            if base == lemma:
                for e in by_lemma[lm]:
                    forms.extend(" ".join(f) for f in [e.words] + e.listed)
                extra_src.append(f"{lm.upper()} line {by_lemma[lm][0].line}")
        forms = [forms[0]] + sorted(set(forms[1:]) - {forms[0]})
        src = f"{SRC}:{first.line}"
        if len(entries) > 1:
            stats["duplicate verb lemmas"] += 1
            others = "; ".join(f"line {e.line} ({e.block} [{e.own_code or e.block_code}])"
                               for e in entries[1:])
            src += f"; also {others}"
        if extra_src:
            src += "; inflected entries folded in: " + ", ".join(sorted(extra_src))
        if any(e.note for e in entries):
            src += "; " + "; ".join(e.note for e in entries if e.note)
        for f in forms:
            form_to_lemmas[f].add(lemma)
        verbs_rows.append([lemma, "|".join(forms), codes[lemma], first.block, src])
    verbs_rows.sort(key=lambda r: r[0])

    # --- patterns
    pat_rows = []
    seen: dict[tuple, int] = {}
    unknown_comment_verbs: Counter = Counter()
    for b in blocks:
        block_lemmas = []
        for v in b.verbs:
            lm = " ".join(v.words)
            lm = folded.get(lm, lm)
            if lm not in block_lemmas:
                block_lemmas.append(lm)
        block_forms = {}
        for v in b.verbs:
            lm = " ".join(v.words)
            for f in verb_forms(v):
                block_forms.setdefault(f, folded.get(lm, lm))
        for line, text, _ in b.patterns:
            stats["pattern lines"] += 1
            body, comment = strip_comment(text)
            codes = CODE_RE.findall(body)
            if len(codes) != 1:
                oddities.append(f"line {line}: pattern without one [code]: {text.strip()!r}")
                stats["skipped: no code"] += 1
                continue
            code, cnote = first_code(codes[0])
            if cnote and "read as" in cnote:
                oddities.append(f"line {line}: {cnote}")
            if code != "---" and not _valid(code, valid):
                stats["skipped: invalid code"] += 1
                stats[f"skipped code [{codes[0]}]"] += 1
                oddities.append(f"line {line}: pattern code [{codes[0]}] is not an event code: skipped")
                continue
            if exact and second_code(codes[0]) and code != "---":
                code += ":" + second_code(codes[0])
            ptext = CODE_RE.sub(" ", body)
            # imports read '&NAME_WORD' as a synset and a word; the project's derived files
            # (scripts/derive_verbs.py, exact=False) keep reading a token as one synset name
            undefined = [s for s in re.findall(r"&([A-Za-z0-9_]+)", ptext)
                         if not (_synset_named(s, synsets) if exact else s.rstrip("_").lower() in synsets)]
            if undefined:
                oddities.append(f"line {line}: undefined synset &{undefined[0]}: pattern skipped")
                stats["skipped: undefined synset"] += 1
                continue
            alts = tokenize_pattern(ptext, contiguous=exact, names=synsets if exact else None)
            if isinstance(alts, str):
                oddities.append(f"line {line}: {alts}: skipped")
                stats["skipped: unreadable"] += 1
                continue
            if len(alts) > 1:
                oddities.append(f"line {line}: '/' alternatives expanded into {len(alts)} patterns")
            # which verb?
            cverb = comment.split()[0] if comment.split() else ""
            if exact:       # "WARN.P2": the verb, then the pattern's label
                cverb = re.match(r"[A-Za-z_+'\-]*", cverb).group(0)
            cverb = re.sub(r"[^A-Za-z_+\-']", "", cverb)
            words = comment.split()
            if not re.fullmatch(r"[A-Z][A-Z_+'\-]+", cverb) or (len(words) > 1 and re.search(r"\d", words[1])):
                cverb = ""      # "# pas 15 Jul 2003", "# -PAS", "# PAS 5/08/14": a coder's initials and date
            src = f"{SRC}:{line}"
            targets, how = resolve_comment_verb(cverb, block_lemmas, block_forms, form_to_lemmas)
            stats[f"comment verb: {how}"] += 1
            if how == "inflected form in block":
                src += f"; comment verb {cverb} read as {targets[0]}"
            elif how == "verb of another block":
                src += f"; comment verb {cverb} is not in block {b.name}"
            elif how == "head word in block":
                src += f"; comment verb {cverb} read as {targets[0]}"
            elif how == "not a dictionary verb" and exact:
                # PETRARCH reads no comments: "# DEMO-15", "# ATTACK" in a block without ATTACK
                # leave the pattern to the block's verbs
                unknown_comment_verbs[targets[0]] += 1
                targets = list(block_lemmas)
                src += f"; comment verb {cverb} is not a dictionary verb: applied to every verb of block {b.name}"
            elif how == "not a dictionary verb":
                src += f"; comment verb {cverb} is not a dictionary verb (pattern kept for it)"
                unknown_comment_verbs[targets[0]] += 1
            elif how == "none":
                src += f"; no comment verb: applied to every verb of block {b.name}"
            if code == "---":
                stats["patterns coded ---"] += 1
            stats["pattern lines read"] += 1
            for lemma in targets:
                for before, after in alts:
                    key = (lemma, tuple(before), tuple(after), code)
                    if key in seen:
                        stats["duplicate pattern rows dropped"] += 1
                        if seen[key] != line:
                            oddities.append(f"line {line}: duplicate pattern (same verb, words and code "
                                            f"as line {seen[key]}): dropped")
                        continue
                    seen[key] = line
                    pat_rows.append([f"{id_prefix}:{line}", lemma, " ".join(before), " ".join(after),
                                     code, src])
    for v, k in sorted(unknown_comment_verbs.items()):
        oddities.append(f"comment verb {v!r} names no dictionary verb: {k} pattern lines "
                        + ("applied to their block's verbs" if exact else "kept for it"))
    # conflicting codes for the same verb + pattern words
    by_words = defaultdict(set)
    for r in pat_rows:
        by_words[(r[1], r[2], r[3])].add(r[4])
    stats["pattern word sets with conflicting codes"] = sum(len(c) > 1 for c in by_words.values())

    # --- synsets
    syn_rows = []

    def flat(name: str, seen: tuple = ()) -> list[tuple[int, str, bool]]:
        """Members of a synset, a member '+&OTHER' replaced by OTHER's members."""
        out = []
        for line, phrase in synsets[name]:
            inner = phrase.strip().lstrip("&").rstrip("_").lower()
            if phrase.strip().startswith("&"):
                if inner in synsets and inner not in seen and inner != name:
                    out += flat(inner, seen + (name,))
                else:
                    oddities.append(f"line {line}: synset &{name.upper()} names undefined synset "
                                    f"{phrase.strip()}: member skipped")
                continue
            out.append((line, phrase, synset_exact[name]))
        return out

    for name in sorted(synsets):
        members = []
        for line, phrase, exact_set in flat(name):
            exact = phrase.endswith("_") or exact_set
            words = [w for w in re.split(r"[_\s]+", phrase.strip("_ ").lower()) if w]
            if not words:
                continue
            base = " ".join(words)
            cand = [base + ("_" if exact else "")]
            if not exact and re.search(r"[^aeiou]y$", words[-1]):
                cand.append(" ".join(words[:-1] + [words[-1][:-1] + "ies"]))  # army -> armies
            for c in cand:
                if c not in members:
                    members.append(c)
                    syn_rows.append([name, c, f"{SRC}:{line}"])
                else:
                    stats["duplicate synset members dropped"] += 1
    return verbs_rows, pat_rows, syn_rows, stats, oddities
