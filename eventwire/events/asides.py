"""Bracketed asides that break the parse, and the actors they name.

"fighting between gangs (thought to be ADF and M23 fighters) left 6 dead": the
parser hangs the words before the bracket on the aside ("fighting" an adverbial clause of
"believed"), and the sentence loses its subject. repair_aside puts the aside back where it
belongs, on the noun right before the bracket, and gives its verb back the words that hung on
the aside (a gerund before the verb with no subject of its own is its subject).

aside_actors reads the actors an aside names for a noun that names none ("armed groups
(believed to be A and B)", "gunmen (presumably A)"): a hedged identification, as "presumed
A militants" is.
"""
from __future__ import annotations

# the aside's own verbs that identify the noun before it ("believed to be", "thought to be")
IDENTIFY = frozenset({"believe", "think", "suspect", "presume", "say", "report", "claim", "identify"})


def _brackets(sent):
    """(open, close) token indices of each one-level bracket pair in the sentence."""
    out, start = [], None
    for tok in sent:
        if tok.text == "(":
            start = tok.i
        elif tok.text == ")" and start is not None:
            if tok.i - start > 2:
                out.append((start, tok.i))
            start = None
    return out


def repair_aside(doc) -> None:
    """Re-hang the words before a bracket that the parser put under the bracket's contents."""
    if "(" not in doc.text:
        return
    for sent in list(doc.sents):
        for a, b in _brackets(sent):
            inside = range(a + 1, b)
            roots = [t for t in doc[a + 1:b] if t.head.i not in inside or t.head.i == t.i]
            if len(roots) != 1 or a == sent.start:
                continue
            r = roots[0]
            outer = r.head
            promote = outer.i == r.i
            if promote:
                # the aside made the sentence's root: its verb after the bracket is the root
                after = [c for c in r.children if c.i > b and c.pos_ in ("VERB", "AUX")]
                if len(after) != 1:
                    continue
                outer = after[0]
            hung = [t for t in doc[sent.start:a] if t.head.i in inside and t.head.i != t.i]
            if not hung or outer.i in inside or outer.i < b:
                continue
            noun = doc[a - 1]
            if noun.pos_ not in ("NOUN", "PROPN") or any(h.i == noun.i for h in hung):
                continue
            try:
                if promote:
                    for c in list(r.children):
                        if c.i not in inside and c.i not in (a, b, outer.i):
                            c.head = outer
                    outer.head = outer
                    outer.dep_ = "ROOT"
                for t in hung:
                    t.head = outer
                    if t.tag_ == "VBG" and t.i < outer.i and not any(
                            c.dep_ in ("nsubj", "nsubjpass") for c in outer.children):
                        t.dep_ = "nsubj"
                r.head = noun
                r.dep_ = "acl" if r.pos_ in ("VERB", "AUX") else "appos"
                doc[a].head = noun
                doc[b].head = noun
            except Exception:      # a tree spaCy refuses: keep the parse as it was
                continue


def repair_bracketed_name(doc) -> None:
    """ "Peru and the Andean Community (CAN) met ...": a one-word bracket after the second of
    two joined names is that name's short form, but the parser may hang it on the first ("Peru
    (CAN)"), which then reads as the bracketed name. Hang it on the name right before it."""
    if "(" not in doc.text:
        return
    for tok in doc:
        a = tok.i - 1
        if tok.dep_ != "appos" or a < 1 or tok.i + 1 >= len(doc) or doc[a].text != "(" or \
                doc[tok.i + 1].text != ")" or tok.pos_ != "PROPN":
            continue
        name = doc[a - 1]
        if name.dep_ != "conj" or name.pos_ != "PROPN" or name.head.i != tok.head.i or name.i == tok.head.i:
            continue
        try:
            for t in (tok, doc[a], doc[tok.i + 1]):
                t.head = name
        except Exception:      # a tree spaCy refuses: keep the parse as it was
            continue


def aside_actors(noun, resolver) -> list:
    """The actors named in a bracket right after the noun's phrase ("armed groups (believed to
    be A and B militants)"), when the aside identifies it: its first word, or the verb of
    "believed to be", hangs on the noun."""
    doc = noun.doc
    a = noun.right_edge.i + 1
    if a >= len(doc) or doc[a].text != "(":
        a = noun.i + 1
        if a >= len(doc) or doc[a].text != "(":
            return []
    b = next((t.i for t in doc[a + 1:min(len(doc), a + 16)] if t.text in (")", "(")), None)
    if b is None or doc[b].text != ")":
        return []
    inner = doc[a + 1:b]
    verbs = [t for t in inner if t.pos_ in ("VERB", "AUX")]
    if verbs and not any(v.lemma_.lower() in IDENTIFY for v in verbs):
        return []           # "(who fled the town)": no naming of the noun
    found, codes = [], set()
    for tok in inner:
        if tok.pos_ not in ("PROPN", "NOUN") or not resolver.names_actor(tok):
            continue
        if tok.head.i != tok.i and a < tok.head.i < b and tok.dep_ not in ("conj", "attr", "appos"):
            continue        # a word inside a phrase the aside names once
        for actor in resolver.actors(tok):
            if actor.code not in codes:
                codes.add(actor.code)
                found.append(actor)
    return found
