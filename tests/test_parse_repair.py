"""Parse repairs applied after spaCy (eventwire.events.parse.repair_passives)."""
from eventwire.events.parse import repair_passives
from eventwire.language.model import load


def test_subject_of_a_passive_is_a_passive_subject():
    nlp = load()
    for text in ("The Maldives was widely and harshly condemned over its border quarrel with Norway.",
                 "The Bahamas was loudly and unjustly blamed for the dispute with Cuba.",
                 "The Netherlands was strongly and unfairly attacked over its trade row with Belgium.",
                 "The mayor was widely criticized for the delay."):
        doc = nlp(text)
        repair_passives(doc)
        verb = next(t for t in doc if t.tag_ == "VBN")
        subj = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass")]
        assert [t.dep_ for t in subj] == ["nsubjpass"] and subj[0].head.i == verb.i
