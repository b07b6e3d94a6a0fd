"""The coding pipeline: documents in, events out.

Per batch of documents:
1. split each document into sentences and tokenise them (cheap);
2. find dictionary actors and trigger words; keep the sentences that have a
   trigger and at least two actors (or words pointing back to actors);
3. parse only those, in one `nlp.pipe` stream;
4. walk each document's sentences in order, remembering the actors named so
   far (for "he", "the two leaders"), and code the parsed ones;
5. merge the mentions of each document into events.
"""
from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from .actors.codes import country_part
from .actors.dictionary import ActorDictionary
from .actors.entities import Entities
from .actors.matcher import PRONOUNS, ActorMatcher, PhraseMatch, norm
from .actors.shortnames import ShortNames
from .actors.unparsed_people import unknown_people
from .actors.unlisted import dated, known_or_force, names_unlisted_place, opens_dated
from .actors.resolve import ActorResolver, Memory
from .actors.acronyms import read_acronyms
from .dates.attach import ParagraphDates
from .dedup.document import merge_document
from .events.claims import claimer, recode
from .events.codebook import Codebook
from .events.confidence import annotate as annotate_confidence
from .events.groups import may_name_unlisted_doer
from .events.parse import repair_aux_subject, repair_hedge_root, repair_hedged_subject, repair_headless, repair_passives, \
    repair_noun_root, repair_release_particle, repair_tense_conj
from .events.asides import repair_aside, repair_bracketed_name
from .events.speakers import repair_trailing_speaker
from .events.coder import EventCoder
from .events.patterns import VerbDictionary
from .events.rules import DATA as RULES_DIR, Rules
from .petrarch.dictset import Discards, DictionarySet
from .store.versions import dictionary_version
from .language import model as language_model
from .language.dateline import Dateline, find as find_dateline
from .language.sentences import caseless_lines, split_sentences
from .language.truecase import Truecaser, build as build_truecaser, restore
from .language.apostrophes import plain as plain_apostrophes
from .places.attach import LOCATIVE, PlaceAttacher, best_place, context_countries
from .records import Document, Event
from .resident import long_lived


# dictionary kinds that name a country: they tell which country a story is about (capitals
# are left to the places stage: "Tripoli" may be in Libya or Lebanon)
PLACE_KINDS = frozenset({"name", "adjective", "people", "metonym"})
# dictionary kinds of a named actor that is not a place: people, armed groups, organisations
NAMED_ACTOR_KINDS = frozenset({"person", "group", "organisation"})
# a person's name after these words, or before these nouns, is a place's ("in Wardak", "Wardak province")
PLACE_BEFORE = frozenset({"in", "at", "near", "from", "to", "into", "outside", "around", "across",
                      "towards", "toward", "via", "of", "between"})
ADMIN_NOUNS = frozenset({"province", "district", "city", "town", "village", "region", "county",
                         "state", "governorate", "department", "area", "valley", "camp"})

# words that may stand for actors named elsewhere: pronouns, "the two leaders", "both sides"
POINTERS = PRONOUNS | {"two"}
# a claimed attack names the attackers of the sentences this near the claim (events/claims.py)
CLAIM_WINDOW = 3
# a text without line breaks gets a paragraph every this many sentences (_paragraphs)
PARAGRAPH_SENTENCES = 4



@dataclass
class Stats:
    documents: int = 0
    sentences: int = 0
    parsed: int = 0
    events: int = 0
    words: int = 0


@dataclass
class _Sentence:
    index: int
    start: int
    end: int
    tokens: object             # spaCy Doc from the tokenizer (parsed in place later)
    matches: list[PhraseMatch]
    candidate: bool


@dataclass
class _DocWork:
    doc: Document
    text: str = ""              # the text read: doc.text, or its recased form (same length)
    sentences: list[_Sentence] = field(default_factory=list)
    dateline: Dateline | None = None


class Coder:
    """Loads every resource once; `code()` streams documents to events."""

    def __init__(self, batch_size: int = 64, n_process: int = 1, statements: bool = False,
                 places: bool = True, dictionaries: DictionarySet | None = None):
        with long_lived():      # kept to the process's end: out of the garbage collector's walks
            self._load(batch_size, n_process, statements, places, dictionaries)

    def _load(self, batch_size, n_process, statements, places, dictionaries) -> None:
        self.nlp = language_model.load()
        self.tokenizer = self.nlp.tokenizer
        self.dictionary_version = dictionary_version()
        self.discards = Discards(())
        verbs = None
        if dictionaries is None:
            self.dictionary = ActorDictionary.load()
        else:
            # another dictionary set, in place of the project's own or on top of it
            d = dictionaries
            if d.replace and d.actor_dirs:
                self.dictionary = ActorDictionary.load(d.actor_dirs[0], d.actor_dirs[1:])
            else:
                self.dictionary = ActorDictionary.load(None, d.actor_dirs)
            if d.verb_dirs:
                verbs = (VerbDictionary.load(d.verb_dirs[0], d.verb_dirs[1:]) if d.replace
                         else VerbDictionary.load(None, d.verb_dirs))
            self.discards = Discards(d.discards)
            self.dictionary_version = d.version(self.dictionary_version)
        self.matcher = ActorMatcher(self.dictionary, self.tokenizer)
        rules = None
        if dictionaries is not None and dictionaries.replace and dictionaries.verb_dirs:
            # the set's own reading (PETRARCH's, for imported files); added entries are read as ours
            rules = Rules.load(RULES_DIR, dictionaries.verb_dirs[-1])
        self.coder = EventCoder(verbs=verbs, rules=rules, statements=statements)
        self.codebook = Codebook.load()
        self.triggers = self.coder.trigger_words()
        # multi-word verbs ("sealed off"): their first words, to look at the words after them
        self.multi_first = frozenset(w.split()[0] for w in self.triggers if " " in w)
        self.police_words = self.coder.police_words()
        nominal = self.coder.nominal
        self.incident_words = nominal.incident_nouns if nominal is not None else frozenset()
        self.batch_size = batch_size
        self.n_process = n_process
        self.stats = Stats()
        self.failures: list[tuple[str, str]] = []   # (doc_id, error) of documents the coder failed on
        self.places = PlaceAttacher() if places else None
        self._truecaser: Truecaser | None = None
        self.entities = Entities(self.nlp)

    def truecase(self, text: str, caseless: list | None = None) -> str:
        """Likely capitals for text written all in lower or upper case (the text itself
        otherwise); the table of names is built on the first such text."""
        caseless = caseless_lines(text) if caseless is None else caseless
        if not caseless:
            return text
        if self._truecaser is None:
            self._truecaser = build_truecaser(self.dictionary)
        return self._truecaser(text, caseless)

    # -- stage 1-2: cheap pass ----------------------------------------------------
    def _prepare(self, doc: Document) -> _DocWork:
        # text without case distinctions is read recased (same offsets); sentences are split
        # in the original, as the web view splits it
        caseless = caseless_lines(doc.text)
        text = plain_apostrophes(self.truecase(doc.text, caseless))   # "officials’ lives" read as "officials' lives"
        work = _DocWork(doc, text)
        sentences = []
        # the dateline ("CAIRO, May 4 (Reuters) -") is where the story was filed: no part of
        # the first sentence, never parsed, never an actor
        work.dateline = dl = find_dateline(text, self._is_place)
        for start, end in split_sentences(doc.text, caseless):
            if dl is not None and start < dl.end and end > dl.start:
                if end <= dl.end:
                    continue
                start = max(start, dl.end)
            toks = self.tokenizer(text[start:end])
            sentences.append((start, end, toks, [norm(t.text) for t in toks]))
        # a story discard ("typhoon" in a sports-free dictionary) voids the whole document
        void_story = bool(self.discards) and any(self.discards.find(w) == "story" for *_, w in sentences)
        short = ShortNames()        # short forms of the actors named so far ("Morales", "the court")
        for index, (start, end, toks, words) in enumerate(sentences):
            matches = self.matcher.find(words)
            n_actor = sum(1 for m in matches if m.kinds - {"agent"})
            n_point = sum(1 for w in words if w in POINTERS) + sum(1 for m in matches if m.kinds == {"agent"})
            has_trigger = any(w in self.triggers for w in words) or any(
                " ".join(words[i:i + n]) in self.triggers for i, w in enumerate(words)
                if w in self.multi_first for n in (2, 3))
            candidate = has_trigger and (n_actor + n_point >= 1 or short.mentioned(words)
                                         or may_name_unlisted_doer(toks))
            short.add(words, toks, matches)
            if candidate and self.discards and (void_story or self.discards.find(words)):
                candidate = False
            work.sentences.append(_Sentence(index, start, end, toks, matches, candidate))
            self.stats.sentences += 1
            self.stats.words += len(toks)
        if self.incident_words:
            # "Clashes took place in X. The incident was between A and B": the fighting that
            # names no one is parsed when the next sentence names it again with its sides
            for s, nxt, (*_, words) in zip(work.sentences, work.sentences[1:], sentences):
                if not s.candidate and nxt.candidate and not void_story and \
                        any(w in self.incident_words for w in sentences[nxt.index][3]) and \
                        any(w in self.triggers for w in words):
                    s.candidate = not (self.discards and self.discards.find(words))
        if self.police_words:
            # "nine youths were arrested" names no actor: parsed when its paragraph names police
            paragraphs = self._paragraphs(work)
            police = self._police_paragraphs(work, paragraphs)
            for s, (*_, words) in zip(work.sentences, sentences):
                if not s.candidate and paragraphs[s.index] in police and not void_story and \
                        any(w in self.police_words for w in words):
                    s.candidate = not (self.discards and self.discards.find(words))
        return work

    def _is_place(self, name: str) -> bool:
        """A country, capital or (with the places stage) any town: for datelines."""
        if any(e.kind in ("name", "capital") for e in self.dictionary.lookup(name)):
            return True
        return self.places is not None and self.places.finder.is_place(name)

    def _dateline_country(self, work: _DocWork, doc_places=None) -> str | None:
        """The country of the dateline: its region ("GOMA, Congo"), its capital or country
        name, else the country of the place the places stage read."""
        dl = work.dateline
        if dl is None:
            return None
        for name in (dl.region, dl.place):
            for e in self.dictionary.lookup(name) if name else ():
                if e.kind in ("name", "capital") and country_part(e.code):
                    return country_part(e.code)
        main = doc_places.main if doc_places is not None else None
        if main is not None and main.how.startswith("dateline") and main.place.country:
            return main.place.country
        return None

    # -- stage 4-5 -------------------------------------------------------------------
    def _story_countries(self, work: _DocWork) -> Counter:
        """Countries the document names (cheap matches only): context for places."""
        counts: Counter = Counter()
        for s in work.sentences:
            for m in s.matches:
                if m.kinds & PLACE_KINDS:
                    entries = self.dictionary.lookup(m.phrase)
                    if entries and entries[0].kind in PLACE_KINDS and country_part(entries[0].code):
                        counts[country_part(entries[0].code)] += 1
        return counts

    @staticmethod
    def _people_spans(work: _DocWork) -> list[tuple[int, int]]:
        """Character spans the actor dictionary knows only as people's, groups' or bodies' names
        ("Hamas" is also a spelling of Hamm in the gazetteer): never places."""
        out = []
        for s in work.sentences:
            for m in s.matches:
                named = "person" in m.kinds or (m.kinds & NAMED_ACTOR_KINDS and m.end - m.start == 1)
                # a longer group name may hold the place it is of ("... Movement of India")
                if named and not m.kinds & PLACE_KINDS:
                    before = [t.lower_ for t in s.tokens[max(0, m.start - 2):m.start]]
                    after = s.tokens[m.end].lower_ if m.end < len(s.tokens) else ""
                    if (before and before[-1] in PLACE_BEFORE) or after in ADMIN_NOUNS or \
                            before[-2:] in (["district", ","], ["province", ","]) or "(" in before:
                        continue        # "in Wardak", "Wardak province", "Nirkh district, Wardak"
                    last = s.tokens[m.end - 1]
                    out.append((s.tokens[m.start].idx + s.start, last.idx + len(last.text) + s.start))
        return out

    def _attach_places(self, text, mentions, story: Counter, doc_places, people=()) -> None:
        """Places for the coded mentions. The countries of the events' actors are the best
        context for reading ambiguous names ("Sia", "Silly"): read the places again with
        them when they differ from the countries the text names."""
        actors = Counter()
        for m, _ in mentions:
            for a in (m.source, m.target):
                if country_part(a.code):
                    actors[country_part(a.code)] += 1
        # what the text names first, then the actors' countries
        context = context_countries(story) + [c for c in context_countries(actors) if c not in story]
        if context != context_countries(story):
            doc_places = self.places.document(text, context, people)
        for m, s in mentions:
            self.places.attach(m, s.start, s.end, s.tokens, doc_places)

    @staticmethod
    def _show_original(m, s: _Sentence, original: str, cased: str) -> None:
        """A mention of a recased text shows the words as written (same offsets)."""
        m.sentence = original[s.start:s.end]
        sentence = cased[s.start:s.end]
        m.trigger = restore(m.trigger, sentence, m.sentence, m.trigger_start)
        for a in (m.source, m.target):
            a.text = restore(a.text, sentence, m.sentence, a.start)
        m.place_text = restore(m.place_text, cased, original, s.start)

    @staticmethod
    def _located(doc, s, doc_places, dateline_end: int, filed: str | None) -> list[str]:
        """Countries of the places a sentence names as locations ("in Konna"), the dateline's
        country for the sentence right after it."""
        if doc_places is None:
            return []
        out = []
        if dateline_end and s.start <= dateline_end and filed:
            out.append(filed)
        for p in doc_places.in_span(s.start, s.end):
            before = doc.text[max(s.start, p.start - 30):p.start].lower().split()[-4:]
            if p.place.country and any(w in LOCATIVE for w in before):
                out.append(p.place.country)
        return out

    @staticmethod
    def _placed(doc, s, doc_places) -> list[str]:
        """Countries of the places a sentence names: its towns and regions ("Nad Ali district",
        "Helmand"), and a country only as a location ("in Syria", not "fighting Turkey")."""
        out = []
        for p in doc_places.in_span(s.start, s.end):
            if not p.place.country:
                continue
            before = doc.text[max(s.start, p.start - 30):p.start].lower().split()[-4:]
            if p.place.feature_type != "country" or any(w in LOCATIVE for w in before):
                out.append(p.place.country)
        return out

    @staticmethod
    def _paragraphs(work: _DocWork) -> dict[int, int]:
        """sentence index -> paragraph: a line break between two sentences starts a new one.
        Text that came without line breaks (a scraped article in one line) gets a new one every
        PARAGRAPH_SENTENCES sentences: what "this paragraph" names must stay near."""
        out, paragraph, last_end, run = {}, 0, 0, 0
        cap = PARAGRAPH_SENTENCES if "\n" not in work.doc.text.strip() else len(work.sentences) + 1
        for s in work.sentences:
            if "\n" in work.doc.text[last_end:s.start] or run >= cap:
                paragraph += 1
                run = 0
            run += 1
            last_end = s.end
            out[s.index] = paragraph
        return out

    def _police_paragraphs(self, work: _DocWork, paragraphs: dict[int, int]) -> set[int]:
        """Paragraphs (as _paragraphs numbers them) that name police: the context in which an
        agentless arrest is the police's."""
        return {paragraphs[s.index] for s in work.sentences
                if any("agent" in m.kinds and self.dictionary.agent_role(m.phrase) == "COP" for m in s.matches)}

    def _code(self, work: _DocWork) -> list[Event]:
        doc = work.doc
        memory = Memory()
        mentions = []
        doc_places = None
        story = self._story_countries(work)
        filed = self._dateline_country(work)
        if filed:
            story[filed] += 1
        if self.places is not None:
            people = self._people_spans(work)
            doc_places = self.places.document(work.text, context_countries(story), people)
            memory.place_countries = Counter(p.place.country for p in doc_places.mentions
                                             if p.place.country and p.place.feature_type != "country")
            filed = filed or self._dateline_country(work, doc_places)
            # where each sentence is set: what an unidentified doer may take its country from
            memory.place_named = {s.index: self._placed(doc, s, doc_places) for s in work.sentences}
        if filed:
            # where the story was filed counts for the story's country
            memory.countries[filed] += 1
        memory.names_no_country = not story and not memory.place_countries and not filed
        memory.sentences = len(work.sentences)
        memory.opens_dated = opens_dated(work.text, work.sentences[0].start, work.sentences[0].end, doc.date) \
            if work.sentences else False
        # a note that names no country and no place at all ("On 3 May, students staged a
        # demonstration"): a dated protest there stands with its country unknown (unlisted.py)
        placeless = memory.names_no_country and doc_places is not None and not doc_places.mentions \
            and not any(names_unlisted_place(s.tokens[:]) for s in work.sentences if s.candidate)
        dates = ParagraphDates(doc.text, doc.date)
        dateline_end = work.dateline.end if work.dateline is not None else 0
        paragraphs = self._paragraphs(work)
        memory.paragraph_of = dict(paragraphs)      # known ahead: a role may look at the next sentence
        memory.police_paragraphs = self._police_paragraphs(work, paragraphs)
        if filed:
            memory.dateline_country = filed
        claimers = []       # the named groups that claimed an attack (events/claims.py)
        before = ""
        for s in work.sentences:
            paragraph = paragraphs[s.index]
            phrases = dates.sentence(s.start, s.end)
            sent = s.tokens[:]          # the whole sentence as a Span
            matches = s.matches
            if s.start < dateline_end:
                # "NAIROBI, Sept 22 -": where the story was filed, not an actor
                matches = [m for m in matches if sent[m.start].idx + s.start >= dateline_end]
            located = self._located(doc, s, doc_places, dateline_end, filed)
            memory.start_sentence(s.index, paragraph, located)
            if memory.names_no_country and s.candidate and names_unlisted_place(sent):
                memory.unlisted.add(s.index)
            elif placeless and s.candidate and dated(phrases):
                memory.unlisted.add(s.index)
            resolver = ActorResolver(self.dictionary, sent, matches, doc.date, memory)
            resolver.unknown_country = self.coder.reading.unknown_country
            resolver.dateline_end = max(0, dateline_end - s.start)
            resolver.before_text, before = before, work.text[s.start:s.end]
            if s.candidate:
                if doc_places is not None:
                    resolver.place_mentions = [(p.start - s.start, p.end - s.start, p.place, p.text)
                                               for p in doc_places.in_span(s.start, s.end)]
                read_acronyms(resolver)     # "the Sahel Border Guard (SBG)"
                found = self.coder.code_sentence(sent, resolver, doc.doc_id, s.index, doc.date, phrases)
                claimed = claimer(sent, resolver)      # "al Shabaab, which claimed the attack"
                if claimed is not None:
                    claimers.append((claimed, s.index))
                if memory.unlisted and resolver.unknown_country is None:
                    found = [m for m in found if known_or_force(m, placeless)]
                dates.carry(found)
                mentions += [(m, s) for m in found]
                for m in matches:
                    root = sent[m.start:m.end].root
                    resolver.remember(resolver.actors(root), root)
                resolver.remember_unknown_persons()
            else:
                for m in resolver.matches:
                    res = resolver.match_actor(m)
                    if res is not None:
                        resolver.remember([res[1]])
                # people no dictionary knows named as subjects: "he" after them is not reached past
                def is_place(run, s=s):
                    lo, hi = run.start_char + s.start, run.end_char + s.start
                    return self._is_place(run.text) or doc_places is not None and any(
                        p.start < hi and lo < p.end for p in doc_places.in_span(s.start, s.end))
                for start, surname in unknown_people(sent, matches, is_place, memory.unknown_surnames,
                                                     self.triggers):
                    memory.add_unknown_person(start, surname)
        if claimers:
            # the story's unidentified attackers are the group that claimed the attack
            mentions = [(kept, s) for m, s in mentions
                        for kept in recode([m], [c for c, at in claimers if abs(at - s.index) <= CLAIM_WINDOW])]
        if self.places is not None and mentions:
            self._attach_places(work.text, mentions, story, doc_places, people)
        if work.text is not doc.text:
            for m, s in mentions:
                self._show_original(m, s, doc.text, work.text)
        events = merge_document(doc.content_hash, [m for m, _ in mentions], self.codebook)
        if self.places is not None:
            for e in events:
                e.place, e.place_how = best_place(e.mentions)
                e.actor1_geo = self.places.actor_place(e.source.code)
                e.actor2_geo = self.places.actor_place(e.target.code)
        annotate_confidence(events, doc.date, words=len(doc.text.split()))
        self.stats.events += len(events)
        return events

    def code(self, docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        """Yield (document, its events) in input order."""
        it = iter(docs)
        while True:
            batch = [self._prepare(d) for d in itertools.islice(it, self.batch_size)]
            if not batch:
                return
            to_parse = [s.tokens for w in batch for s in w.sentences if s.candidate]
            parsed = self.nlp.pipe(to_parse, batch_size=256, n_process=self.n_process)
            by_id = {}
            for original, p in zip(to_parse, parsed):
                by_id[id(original)] = p
            for w in batch:
                for s in w.sentences:
                    if s.candidate:
                        s.tokens = by_id[id(s.tokens)]
                        repair_passives(s.tokens)
                        repair_hedge_root(s.tokens)
                        repair_headless(s.tokens)
                        repair_hedged_subject(s.tokens)
                        repair_aux_subject(s.tokens)
                        repair_tense_conj(s.tokens)
                        repair_aside(s.tokens)
                        repair_bracketed_name(s.tokens)
                        repair_release_particle(s.tokens)
                        repair_noun_root(s.tokens)
                        repair_trailing_speaker(s.tokens)
            # named entities, only where a name the dictionaries do not know may be an actor
            self.entities.tag([(s.tokens, s.matches) for w in batch for s in w.sentences if s.candidate])
            for w in batch:
                self.stats.parsed += sum(1 for s in w.sentences if s.candidate)
                self.stats.documents += 1
                try:
                    events = self._code(w)
                except Exception as exc:  # a coder bug must not sink the batch
                    self.failures.append((w.doc.doc_id, f"{type(exc).__name__}: {exc}"))
                    events = []
                yield w.doc, events
