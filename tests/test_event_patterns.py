"""Every pattern family of the event data files, checked with example sentences.

The sentences are written for these tests; each asserts the (source, root, target)
the family must produce, or that nothing is coded.
"""
import pytest

from conftest import countries, triples

# (family, sentence, expected country-level triple (source, root, target))
FAMILIES = [
    # verbs.tsv: verbs with their own code, derived from the PETRARCH verb dictionary
    ("verbs.tsv", "Chile accused Peru of spying on its navy.", ("CHL", "11", "PER")),
    ("verbs.tsv", "Ecuador praised Colombia for its border cooperation.", ("ECU", "05", "COL")),
    ("verbs.tsv", "Kenyan troops attacked Somali militants near the border.", ("KEN", "19", "SOM")),
    ("verbs.tsv", "Morocco condemned Algeria on Tuesday.", ("MAR", "11", "DZA")),
    # verb_patterns.tsv: a verb whose code depends on the words after it
    ("verb_patterns.tsv", "Jordan exchanged ambassadors with Syria last year.", ("JOR", "05", "SYR")),
    # verbs_hand.tsv
    ("verbs_hand.tsv", "Norway refused to extradite the suspects to Sweden.", ("NOR", "12", "SWE")),
    ("verbs_hand.tsv", "A Brazilian company sued Argentina over the contract.", ("BRA", "11", "ARG")),
    ("verbs_hand.tsv", "Peruvian police dispersed the protesters in Lima.", ("PER", "17", "PER")),
    # verb_patterns_hand.tsv
    ("verb_patterns_hand.tsv", "Japan and Vietnam exchanged views on maritime security.", ("JPN", "04", "VNM")),
    # nouns.tsv + light_verbs.tsv: the event is named by the noun
    ("nouns.tsv", "Finland held talks with Estonia on energy.", ("FIN", "04", "EST")),
    ("nouns.tsv", "Ghana expressed support for Togo in the dispute.", ("GHA", "05", "TGO")),
    ("nouns.tsv", "Egypt renewed its invitation to Sudan to attend the summit.", ("EGY", "03", "SDN")),
    ("nouns.tsv", "Pakistani forces launched an attack on Afghan border posts.", ("PAK", "19", "AFG")),
    ("nouns.tsv", "The European Union imposed sanctions on Belarus.", ("IGOEUREEC", "16", "BLR")),
    ("nouns.tsv", "The two presidents had a telephone conversation with each other; "
                  "Mali and Niger had a telephone conversation on Monday.", ("MLI", "04", "NER")),
    # modality.yaml: stated intentions, threats and refusals
    ("modality.yaml", "Canada will provide humanitarian aid to Haiti.", ("CAN", "03", "HTI")),
    ("modality.yaml", "Iran threatened to cut off gas supplies to Turkey.", ("IRN", "13", "TUR")),
    ("modality.yaml", "Serbia said it would attack Kosovo if provoked.", ("SRB", "13", "KSV")),
    ("modality.yaml", "Analysts expected Iraq to attack Kuwait.", None),
    ("modality.yaml", "Bolivia said it would not provide aid to Paraguay.", ("BOL", "12", "PRY")),
    ("modality.yaml", "Libya said Tunisia must close its border.", ("LBY", "10", "TUN")),
    # slots.yaml: where the target is found
    ("slots.yaml", "Nepal's prime minister arrived in New Delhi on Monday.", ("NPL", "04", "IND")),
    ("slots.yaml", "Thousands of Chilean students demonstrated in Santiago.", ("CHL", "14", "CHL")),
    ("slots.yaml", "Poland demanded that Germany pay reparations.", ("POL", "10", "DEU")),
    # "A thanked B for V-ing": B did it, to A, unless the act names its own target
    ("slots.yaml", "Mexico thanked Cuba for providing doctors.", ("CUB", "06", "MEX")),
    ("slots.yaml", "Washington criticized Russia for supporting Maduro.", ("RUS", "05", "VEN")),
]


@pytest.mark.parametrize("family,sentence,expected", FAMILIES, ids=[f[0] + ":" + f[1][:30] for f in FAMILIES])
def test_pattern_family(code_text, family, sentence, expected):
    events = code_text(sentence)
    found = countries(events)
    if expected is None:
        assert not found, f"{family}: expected no event, got {found}"
    else:
        assert expected in found, f"{family}: expected {expected}, got {found}"


def test_derived_pattern_is_the_one_that_fired(code_text):
    events = code_text("Jordan exchanged ambassadors with Syria last year.")
    assert any(e.mentions[0].pattern_id.startswith("cameo2:") for e in events)


@pytest.mark.parametrize("sentence", [
    "Iraq did not attack Kuwait.",                        # negation
    "Cuba never signed the accord with Mexico.",          # negation
    "If Chad attacks Sudan, the region will suffer.",     # hypothetical
    "Oman wants Qatar to attack Bahrain.",                 # a wish about others
    "Syria may have attacked Jordan last week.",           # a guess
    "The Kenyan president paid attention to Uganda.",      # hand pattern: no payment
])
def test_not_coded(code_text, sentence):
    events = code_text(sentence)
    roots = {e.code[:2] for e in events}
    assert not roots & {"18", "19", "05", "06"}, f"coded {triples(events)}"


def test_passive_keeps_direction(code_text):
    events = code_text("Lebanon was attacked by Israel on Friday.")
    assert ("ISR", "19", "LBN") in countries(events)
    assert ("LBN", "19", "ISR") not in countries(events)


def test_compound_subject_gives_one_event_per_pair(code_text):
    events = code_text("Russia, China and India signed an agreement on trade.")
    pairs = {frozenset((e.source.code[:3], e.target.code[:3])) for e in events if e.code.startswith("05")}
    assert pairs == {frozenset(p) for p in (("RUS", "CHN"), ("RUS", "IND"), ("CHN", "IND"))}


def test_compound_object_gives_one_event_per_target(code_text):
    events = code_text("Kenya accused Uganda and Tanzania of violating the treaty.")
    assert {("KEN", "11", "UGA"), ("KEN", "11", "TZA")} <= countries(events)


def test_root_01_only_on_request():
    from eventwire.events.coder import EventCoder

    assert "01" in EventCoder().skip_roots
    assert "01" not in EventCoder(statements=True).skip_roots


def test_every_event_carries_codebook_values(code_text):
    (event,) = [e for e in code_text("Ghana praised Togo.") if e.code.startswith("05")]
    assert event.goldstein is not None and event.quad_class == 1 and event.plover == "SUPPORT"
