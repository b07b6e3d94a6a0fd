"""Dependency-parse vocabulary shared by the coder's components."""
from __future__ import annotations

from spacy.symbols import nsubj as _NSUBJ

SUBJ_DEPS = ("nsubj", "csubj")
OBJ_DEPS = ("dobj", "dative", "obj", "oprd")
VERB_POS = ("VERB",)
# labels that start another clause: its words are not the verb's own
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "acl", "csubj"})


def clause(verb) -> list:
    """The verb's own clause: its subtree without embedded clauses of other verbs."""
    out, stack = [], [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


def has_neg(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def clause_verb(tok):
    """The verb whose object (or its preposition's object) a noun is: "anything" in "do
    anything", "risk" in "put lives at risk"; the noun itself if none."""
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in ("dobj", "pobj", "prep") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def misread_main_verb(verb) -> bool:
    """A sentence's main verb parsed as a participle on its subject, the subject left as the
    root ("The air force carried out three strikes in X": "force" the root, "carried" its acl):
    the noun at the sentence's start is the root, the verb has an object and no "by" doer (not
    a reduced relative: "the troops sent to X", "weapons seized by police"), and no subject of
    its own (not a content clause: "the claim that X attacked Y"). A past tense (not a
    participle) set off by a comma needs no object: "Germany, with France, called on X to ..."."""
    head = verb.head
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT" and \
        head.pos_ in ("NOUN", "PROPN") and head.left_edge.i == head.sent.start and \
        (any(c.dep_ == "dobj" for c in verb.children) or finite_after_comma(verb) or called_for(verb)) and \
        not any(c.dep_ in ("agent", "nsubj", "nsubjpass", "mark") for c in verb.children)


def called_for(verb) -> bool:
    """ "A US report called for sanctions on X": "call for" with its object, a verb of appeal
    whose object comes after the preposition, in a sentence with no other main verb (task vconf,
    s32). Not "called on": "a delegation called on the president" may be a visit."""
    return verb.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children)


def own_clause(tok) -> bool:
    """Is a verb joined by "and"/"but" a clause of its own: its own subject and its own tense
    ("X will not abandon Y, but he and Z have invested in W"), not a second verb of one subject?"""
    kids = list(tok.children)
    return tok.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") and not bare_noun(c) for c in kids) and (
        tok.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in kids))


def bare_noun(tok) -> bool:
    """A singular common noun with no determiner or possessive: no likely subject of a clause
    (a bare noun the parser made the subject of the verb after "and")."""
    return tok.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in tok.children)


FINITE_OR_MODAL = frozenset({"VBP", "VBZ", "VBD", "MD"})


def reduced_relative(verb) -> bool:
    """A past participle on the noun before it that the parser read as that noun's verb
    ("Canada maintains that citizens captured in Syria have the right to return": "citizens"
    the subject of "captured", "have" left without one): a participle with a subject but no
    auxiliary, no object and no "by" doer, and a finite verb or modal later in the sentence,
    outside the participle's phrase, with no subject of its own. The noun is the one captured,
    not the captor."""
    if verb.tag_ != "VBN":
        return False
    kids = list(verb.children)
    # (the parser may make the clause's "that" the participle's object: no object)
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in kids) or \
            any(c.dep_ in ("aux", "auxpass", "dobj", "agent", "dative") and c.tag_ != "IN" for c in kids):
        return False
    below = {t.i for t in verb.subtree}
    for tok in verb.doc[verb.i + 1:verb.sent.end]:
        if tok.tag_ in FINITE_OR_MODAL:
            pred = tok.head if tok.dep_ in ("aux", "auxpass") else tok
            # not a verb of the participle's own clause ("militants assaulted and robbed X", the
            # small model's VBN for a past tense): the clause it leaves without a subject
            return pred.i not in below and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in pred.children)
    return False


# hedging participles on a doer ("presumed ISGS militants", "suspected rebels") that the parser
# may read as the main verb, with the doer as its object and the act as its complement
HEDGE_PARTICIPLES = frozenset({"presume", "presumed", "suspect", "suspected", "allege", "alleged",
                               "purport", "purported"})


def hedged_doer(verb):
    """The doer of an act whose hedge the parser read as the main verb ("presumed ISGS militants
    killed two men": "presumed" the root, "militants" its object, "killed" its complement): the
    hedge's object before the act, or None."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or head.lower_ not in HEDGE_PARTICIPLES or \
            head.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    objs = [c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i]
    return objs[0] if objs else None


def finite_after_comma(verb) -> bool:
    """A past tense right after a comma that closes an aside on its subject ("X, with Y,
    called"): no participle of a reduced relative is tagged so."""
    return verb.tag_ == "VBD" and verb.i > 0 and verb.doc[verb.i - 1].text == ","


def ends_as_prose(verb) -> bool:
    """Does the verb's sentence end as prose does ('.', '!', '?', a closing quote), not as a
    headline (no full stop)?"""
    last = verb.sent[-1]
    while last.is_space and last.i > verb.sent.start:
        last = verb.doc[last.i - 1]
    return last.text in (".", "!", "?", "\u201d", '"', "'", "\u2019")


# "held captive", "kept hostage": the word says how the people are held, it is no object
HELD_AS = frozenset({"captive", "hostage", "prisoner"})


def held_as(tok) -> bool:
    """Is the object the predicate of a holding ("sailors held captive in X"), not a thing held?"""
    return tok.lemma_.lower() in HELD_AS and tok.head.lemma_.lower() in ("hold", "keep") and \
        not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children)


def misread_reduced_relative(verb) -> bool:
    """A participle on the subject parsed as a verb with that subject, the real main verb left
    without one ("Soldiers killed in the raid included two officers": "killed" the root and
    "included" its "and"-less conj, or "killed" a fronted ccomp of "included"): the subject
    is the participle's patient, not its doer. The verb has a subject and no object or "by"
    doer of its own; the other verb is finite, after it, with no subject, and no "and"/"or" or
    comma joins the two."""
    if verb.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "nsubj" for c in verb.children) or \
            any(c.dep_ in OBJ_DEPS + ("agent", "ccomp") and not held_as(c) for c in verb.children):
        return False
    others = [w for w in verb.children if w.dep_ == "conj"]
    if verb.dep_ == "ccomp":
        others.append(verb.head)
    for w in others:
        # finite: "included", or a passive with its auxiliaries ("have been freed")
        finite = w.tag_ in ("VBP", "VBZ", "VBD") or \
            (w.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.i < w.i for c in w.children))
        if w.i < verb.i or not finite or \
                any(c.dep_ in SUBJ_DEPS + ("nsubjpass",) for c in w.children):
            continue
        if not any(c.dep_ in ("cc", "punct") and verb.i < c.i < w.i
                   for c in [*verb.children, *w.children]):
            return True
    return False


def split_subjects(kids) -> list:
    """The children, with a common noun parsed as a second subject just before a name dropped:
    "The rebel Free Syrian Army threatened" is one subject, the name."""
    subj = [c for c in kids if c.dep_ in SUBJ_DEPS]
    drop = {a.i for a in subj for b in subj if a.i < b.i and a.pos_ == "NOUN" and b.pos_ == "PROPN"
            and a.i + 1 == b.left_edge.i}
    return [c for c in kids if c.i not in drop]


def stray_subject(verb):
    """The subject of a second clause that the parser joined to a noun of the first ("A expelled
    40 diplomats on Monday and B ordered ..."): the noun just before the verb, itself a conjunct
    right after "and" or "while", that belongs to the first clause; None if not so parsed."""
    doc = verb.doc
    if any(c.dep_ in SUBJ_DEPS for c in verb.children) or verb.i < 2:
        return None
    prev = doc[verb.i - 1]
    if prev.pos_ != "PROPN" or prev.dep_ != "conj" or prev.head.i >= prev.i:
        return None
    start = prev.left_edge.i
    if start < 1 or doc[start - 1].lower_ not in ("and", "while", "but", "whereas"):
        return None
    return prev if verb.head.i < prev.head.i or prev.head.i in {t.i for t in verb.head.subtree} else None


def misjoined_subject(noun) -> bool:
    """A noun the parser joined to the noun before it that is the subject of the next clause:
    a conjunct right before that clause's finite verb or auxiliary, the clause's verb having no
    subject of its own ("ravaged by war and refugees have expressed fears": "refugees")."""
    doc = noun.doc
    if noun.dep_ != "conj" or noun.i + 1 >= len(doc):
        return False
    nxt = doc[noun.i + 1]
    verb = nxt.head if nxt.dep_ in ("aux", "auxpass", "neg") else nxt
    return nxt.tag_ in FINITE_OR_MODAL and verb.pos_ in ("VERB", "AUX") and verb.dep_ == "conj" and \
        not any(c.dep_ in SUBJ_DEPS for c in verb.children)


def relative_object(verb) -> bool:
    """Is the verb an active relative clause whose object is the noun it hangs on: "a plan which
    Z rejected", "a resolution that Z rejected", "the offer Z rejected" (a subject of its own,
    and a relative pronoun or nothing as its object)?"""
    if verb.dep_ != "relcl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj or subj[0].tag_ in ("WDT", "WP") or subj[0].lower_ == "that":
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return not objs or all(o.tag_ in ("WDT", "WP") or o.lower_ == "that" for o in objs)


def gapped_object(obj, verb):
    """The noun a bare number stands for ("expelled 40 Russian diplomats and ordered 35 to
    leave"): the numbered object of the clause the verb is joined to; None if not so written."""
    if obj.pos_ != "NUM" or any(c.pos_ in ("NOUN", "PROPN") for c in obj.children) or verb.dep_ != "conj":
        return None
    for c in verb.head.children:
        if c.dep_ in OBJ_DEPS and c.pos_ == "NOUN" and any(n.dep_ == "nummod" for n in c.children):
            return c
    return None



# entity types of a "by" phrase that measure or date, never a doer ("by 5%", "by Monday")
NOT_DOERS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


def repair_passives(doc) -> None:
    """A subject of a passive participle is a passive subject: the parser sometimes calls it
    "nsubj", of the participle or of its passive auxiliary ("Y was heavily and unjustly
    criticized", with the adverbs between)."""
    for tok in doc:
        if tok.dep != _NSUBJ:       # the integer label: this runs on every parsed token
            continue
        if tok.head.dep_ == "auxpass" and tok.head.head.tag_ == "VBN" and tok.head.head.i > tok.i:
            tok.head = tok.head.head
            tok.dep_ = "nsubjpass"
        elif tok.head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.head.children):
            tok.dep_ = "nsubjpass"
    # "two men were granted asylum by Britain": after a passive's object the parser may call its
    # "by" doer a plain preposition; a "by" naming a thing, not a time or a measure, is the agent
    for tok in doc:
        if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children) or \
                any(c.dep_ == "agent" for c in tok.children) or not any(c.dep_ == "dobj" for c in tok.children):
            continue
        for by in tok.children:
            if by.dep_ == "prep" and by.lower_ == "by" and any(
                    o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN") and o.ent_type_ not in NOT_DOERS
                    for o in by.children):
                by.dep_ = "agent"
                break


# verbs that have no passive reading ("students protested", never "were protested"): a
# participle of one that hangs as a clause on a verbless sentence's noun is its main verb
ACTIVE_ONLY = frozenset({"protest", "demonstrate", "rally", "march", "riot", "clash", "gather",
                         "assemble", "mutiny", "picket", "strike"})


def repair_headless(doc) -> None:
    """ "A group of students protested in X": the parser reads a verbless sentence (its root a
    noun) with the verb as a reduced relative ("students [who were] protested"). For verbs
    that cannot be passive, the clause is the sentence's verb and the noun its subject."""
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN", "PRON", "NUM"):
            continue
        acl = next((c for c in root.children if c.dep_ == "acl" and c.i > root.i and c.tag_ in ("VBD", "VBN")
                    and c.lemma_.lower() in ACTIVE_ONLY
                    and not any(k.dep_ in ("agent", "auxpass", "nsubj", "nsubjpass", "mark") for k in c.children)), None)
        if acl is None:
            continue
        try:
            acl.head = acl
            acl.dep_ = "ROOT"
            root.head = acl
            root.dep_ = "nsubj"
            for c in list(root.children):
                if c.i > acl.i and c.dep_ == "punct":
                    c.head = acl
        except Exception:      # a tree spaCy refuses: keep the parse as it was
            continue


def repair_hedged_subject(doc) -> None:
    """ "Presumed X or Y militants executed a trader": when the main verb has no subject and a
    hedge before it was read as a verb with an object, the object is the subject."""
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in root.children):
            continue
        hedge = next((t for t in sent if t.i < root.i and t.lemma_.lower() in HEDGE_PARTICIPLES
                      and t.tag_ in ("VBN", "VBD") and t.dep_ != "ROOT"), None)
        obj = next((c for c in hedge.children if c.dep_ == "dobj"), None) if hedge is not None else None
        if obj is None:
            continue
        try:
            obj.head = root
            obj.dep_ = "nsubj"
            hedge.head = obj
            hedge.dep_ = "amod"
        except Exception:      # a tree spaCy refuses: keep the parse as it was
            continue


def repair_aux_subject(doc) -> None:
    """ "Norway and Chile however have rejected the plan": a subject the parser hung on the auxiliary
    ("have", "has", "had", "will") instead of the verb it helps is the verb's, when the verb
    has no subject of its own."""
    for tok in doc:
        aux = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or aux.dep_ not in ("aux", "auxpass") or aux.i <= tok.i:
            continue
        verb = aux.head
        if verb.i < aux.i or verb.pos_ not in ("VERB", "AUX") or \
                any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            continue
        # only adverbs and other auxiliaries between them ("have however opposed", "will not
        # have met"): a verb further on belongs to another clause the parser misread
        if any(t.dep_ not in ("advmod", "neg") and t.pos_ != "AUX" for t in doc[aux.i + 1:verb.i]):
            continue
        try:
            tok.head = verb
        except Exception:      # a tree spaCy refuses: keep the parse as it was
            continue


def repair_tense_conj(doc) -> None:
    """ "X said his troops would retake the town and warned the rebels ...": a past-tense verb
    joined to a verb under "would" cannot share that modal, so it is not part of the reported
    clause but joined to the statement verb, whose subject it shares."""
    for tok in doc:
        if tok.dep_ != "conj" or tok.tag_ != "VBD" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        if tok.lower_ == tok.lemma_.lower():
            continue        # "put", "cut", "set": a past form that is also the bare verb
        head = tok.head
        if head.tag_ != "VB" or head.dep_ != "ccomp" or not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
            continue
        said = head.head
        if said.tag_ not in ("VBD", "VBZ", "VBP") or said.i > head.i:
            continue
        try:
            for c in list(head.children):
                if c.dep_ in ("cc", "punct") and head.i < c.i < tok.i:
                    c.head = said
            tok.head = said
        except Exception:      # a tree spaCy refuses: keep the parse as it was
            continue


def repair_hedge_root(doc) -> None:
    """ "presumed X militants killed two men", "suspected rebels seized a truck": a hedge on
    the doer that the parser made the sentence's root (with the doer as its object, or as the
    subject of a clause it governs) turns the act into the hedge's complement, a relative on
    the doer or a verb joined to the hedge. When the hedge has no subject and comes right before
    its doer, the act is the root, the doer its subject and the hedge the doer's modifier."""
    for sent in list(doc.sents):
        hedge = sent.root
        if hedge.lower_ not in HEDGE_PARTICIPLES or hedge.tag_ not in ("VBN", "VBD") or \
                any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in hedge.children):
            continue
        doer = next((c for c in hedge.children if c.dep_ == "dobj" and c.i > hedge.i
                     and c.left_edge.i == hedge.i + 1), None)
        act = None
        if doer is not None:
            # the act: a relative on the doer, or a verb after the doer joined to the hedge
            # (a participle with an object and no "by" doer is no passive: "killed 39 men")
            act = next((c for c in doer.children if c.dep_ == "acl" and c.i > doer.i and (c.tag_ == "VBD" or (
                c.tag_ == "VBN" and any(k.dep_ == "dobj" for k in c.children)
                and not any(k.dep_ == "agent" for k in c.children)))), None) or \
                next((c for c in hedge.children if c.dep_ in ("conj", "ccomp", "xcomp") and c.tag_ == "VBD"
                      and c.i > doer.i and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)
        else:
            # "presumed [militants seized a car]": the clause's subject right after the hedge
            act = next((c for c in hedge.children if c.dep_ == "ccomp" and c.tag_ == "VBD"), None)
            subj = next((k for k in act.children if k.dep_ == "nsubj"), None) if act is not None else None
            if subj is None or subj.left_edge.i != hedge.i + 1:
                continue
            doer = subj
        if act is None:
            continue
        try:
            for c in list(hedge.children):
                if c.i != doer.i and c.i != act.i:
                    c.head = act
            act.head = act
            act.dep_ = "ROOT"
            doer.head = act
            doer.dep_ = "nsubj"
            hedge.head = doer
            hedge.dep_ = "amod"
        except Exception:      # a tree spaCy refuses: keep the parse as it was
            continue


# verbs whose "free" right after them is a particle: "let free the activists" is "set free"
RELEASE_PARTICLES = {"let": frozenset({"free"}), "set": frozenset({"free", "loose"})}
PARTICLE_WORDS = frozenset().union(*RELEASE_PARTICLES.values())


def repair_release_particle(doc) -> None:
    """ "Egypt let free the activists": the parser reads "free" as a clause (or adjective) of its
    own with the freed as its object; it is the verb's particle and the freed are the verb's
    object, as in "set free" (the pattern names the particle)."""
    low = doc.text.lower()
    if not any(w in low for w in PARTICLE_WORDS):
        return                  # (cheap: walking every token costs more than the check)
    for tok in doc:
        if tok.lower_ not in PARTICLE_WORDS:
            continue
        head = tok.head
        if tok.i != head.i + 1 or tok.dep_ not in ("ccomp", "xcomp", "acomp", "advmod", "oprd") or \
                tok.lower_ not in RELEASE_PARTICLES.get(head.lemma_.lower(), ()):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
            continue        # "let free trade flourish" is no release, nor "let them free"
        try:
            for c in list(tok.children):
                c.head = head
            tok.dep_ = "prt"
        except Exception:      # a tree spaCy refuses: keep the parse as it was
            continue


def repair_noun_root(doc) -> None:
    """ "EU and UN hand over supplies to X", "Allies launch war games": a headline's present-tense
    verb the tagger calls a noun, though the parser gives it a subject before it and an object
    after it. A root with both is the sentence's verb."""
    for sent in list(doc.sents):
        root = sent.root
        if root.pos_ != "NOUN":
            continue
        kids = list(root.children)
        if any(c.dep_ == "nsubj" and c.i < root.i for c in kids) and \
                any(c.dep_ == "dobj" and c.i > root.i for c in kids):
            root.pos_ = "VERB"
            root.tag_ = "VBP" if root.lower_ == root.lemma_.lower() else "VBZ"
