"""Long-form news: London's ministries by their own names, a warning about what another's act will
bring about (a criticism, 11, not a threat), and "fought for X" (X's side, no target).
All sentences are written for these tests."""
import pytest

from conftest import coded

CASES = [
    # the Foreign Office and the Home Office are the British government ...
    ("foreign-office", "The Foreign Office condemned Belarus on Monday.", [("GBRGOV", "BLRGOV", "111")]),
    ("home-office", "The Home Office criticised Pakistan over the visas.", [("GBRGOV", "PAKGOV", "111")]),
    ("fco", "The Foreign and Commonwealth Office accused Eritrea of lying.", [("GBRGOV", "ERIGOV", "112")]),
    # ... unless another country's name comes first: its own office
    ("german-foreign-office", "The German Foreign Office criticised Belarus.", [("DEUGOV", "BLRGOV", "111")]),
    ("possessed-foreign-office", "Chile's foreign office condemned Peru.", [("CHLGOV", "PERGOV", "111")]),
    # warned that another's act would bring trouble: criticism of the act
    ("warn-consequence-possessed", "Ghana's president warned that the Togolese leader's decision would cause chaos.",
     [("GHAGOV", "TGOGOV", "111")]),
    # the speaker's own act, a condition, or consequences to come stay threats
    ("warn-own-act", "Ghana warned that its response would cause great damage to Togo.", [("GHAGOV", "TGOGOV", "130")]),
    ("warn-consequences", "Ghana warned Togo that the move would have consequences.", [("GHAGOV", "TGOGOV", "130")]),
    # fighting for a side names no enemy; fighting against one does
    ("fight-for", "Chadian volunteers went to fight for the Sudanese army.", []),
    ("fight-against", "Chadian volunteers fought against the Sudanese army.", [("TCD", "SDNMIL", "190")]),
    # a reaction written on the act it judges acts on the act's doer
    ("judged-appos", "Ghana announced a truce, a decision hailed by Togo.", [("TGOGOV", "GHAGOV", "051")]),
    ("judged-relcl", "Ghana announced a truce, which was hailed by Togo.", [("TGOGOV", "GHAGOV", "051")]),
    ("judged-venue", "Ghana wants the talks held in Accra, a venue rejected by Togo.", [("TGOGOV", "GHAGOV", "120")]),
    # ... not a place taken by force, which is no reaction
    ("held-by", "Ghana visited Lome, a city held by Togo.", [("GHAGOV", "TGOGOV", "042")]),
    # "will have shared": an inference, not a report
    ("future-perfect", "Ghana will already have shared some documents with Togo.", []),
    # a stated refusal of the means refuses the purpose (120) ...
    ("refuse-means", "Ghana said it would not put lives at risk to rescue Togolese citizens.",
     [("GHAGOV", "TGOCVL", "1223")]),
    ("refuse-anything", "Ghana has refused to do anything to help Togo.", [("GHAGOV", "TGOGOV", "122")]),
    ("will-not-anything", "Ghana will not do anything to help Togo.", [("GHAGOV", "TGOGOV", "122")]),
    # ... but a purpose of a plain act, done or not, or of a meeting, is no event
    ("purpose-meeting", "Ghana held a meeting to discuss aid to Togo.", []),
    ("did-nothing", "Ghana did nothing to help Togo.", []),
    ("permission-to", "Ghana said it would not give permission to Togo to help Benin.", [("GHAGOV", "TGOGOV", "124")]),
    ("would-risk", "Ghana would put lives at risk to rescue Togolese citizens.", []),
    # the Kurdish-led forces in Syria are an armed group there
    ("sdf", "The Syrian Democratic Forces captured two Belgian citizens.", [("SYRREB", "BELCVL", "171")]),
    ("ypg", "Turkish jets bombed YPG positions near the border.", [("TURMIL", "SYRREB", "195")]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_longform_recall(code_text, name, text, expected):
    assert coded(code_text(text)) == expected
