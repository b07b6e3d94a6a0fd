"""Sentence contexts of pointing.py are kept while nothing they depend on changes (speed2):
the memory's writes bump its version, and a kept context is built again after any write,
after the matches change, or while a lookup is in progress."""
from eventwire.actors.coref import Memory
from eventwire.actors.pointing import PointingBack
from eventwire.records import ActorMention, Origin


def actor(code: str, start: int = 0) -> ActorMention:
    return ActorMention("Ruritania", start, start + 9, code, "Ruritania", "test", Origin.NAME)


def test_every_write_bumps_the_version():
    mem = Memory()
    seen = [mem.version]
    mem.start_sentence(0, 0, [])
    seen.append(mem.version)
    mem.add(actor("RUR"))
    seen.append(mem.version)
    mem.add(actor("RUR"), person=True)          # seen before: may still rewrite the entry
    seen.append(mem.version)
    mem.add_unknown_person(20, "Varga")
    seen.append(mem.version)
    mem.new_group()
    seen.append(mem.version)
    assert seen == sorted(set(seen))
    copy = mem.copy()
    copy.add(actor("RURGOV", 30))
    assert mem.version == seen[-1]              # a copy's writes are its own


class Stub(PointingBack):
    def __init__(self):
        self.memory = Memory()
        self.matches = []
        self._cache = {}
        self.built = 0

    def _build_context(self, before):
        self.built += 1
        return self.memory.copy()


def test_context_kept_until_the_state_changes():
    r = Stub()
    first = r._context(3)
    assert r._context(3) is first and r.built == 1
    r._context(5)
    assert r.built == 2                         # another place in the sentence
    r.memory.add(actor("RUR"))
    assert r._context(3) is not first and r.built == 3
    r.matches = list(r.matches)                 # a match dropped or restored
    r._context(3)
    assert r.built == 4
    r._naming_again = True                      # a lookup in progress reads another context
    r._context(3)
    assert r.built == 5
    r._naming_again = False
    r.clear_cache()
    r._context(3)
    assert r.built == 6


def test_ascii_name_keys_as_word_by_word():
    """places/normal.py: an ASCII name's key, found at once, is the words folded one by one."""
    from eventwire.places.normal import WORD, fold, name_key
    for name in ("Nawa-e Barakzayi", "NAWA E BARAKZAYI", "Port_of Spain", "  St. John's 2 ", "", "--",
                 "Ouagadougou", "Al-Qa'im (Anbar)"):
        assert name_key(name) == " ".join(fold(w) for w in WORD.findall(name))
    assert name_key("Nāwa-e Barakzāyi") == "nawa e barakzayi"


def test_named_here_kept_is_the_built_one(monkeypatch):
    """The countries a sentence names, kept between role words (placed.py), are those built
    afresh at the same moment; some reads are kept, every write builds them again."""
    import pytest

    pytest.importorskip("spacy")
    from eventwire.api import make_coder
    from eventwire.actors.placed import PlacedActors
    from eventwire.records import Document

    seen = {"calls": 0, "builds": 0}
    kept, build = PlacedActors._named_here, PlacedActors._build_named_here

    def counted_build(self):
        seen["builds"] += 1
        return build(self)

    def checked(self):
        seen["calls"] += 1
        got = kept(self)
        assert got == build(self)
        return got

    monkeypatch.setattr(PlacedActors, "_named_here", checked)
    monkeypatch.setattr(PlacedActors, "_build_named_here", counted_build)
    text = ("Ruritanian police arrested two opposition activists in Strelsau on Monday, and troops "
            "fired on protesters near the border with Borduria. Police said the soldiers had been "
            "attacked first; the army and the police blamed rebels for the violence.")
    list(make_coder().code([Document("t1", text, "2024-03-04")]))
    assert seen["calls"] > seen["builds"] > 0
