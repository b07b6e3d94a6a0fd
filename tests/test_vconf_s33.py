"""Verbal conflict the coder missed (session 33, task vconf): force a doer threatens against a
place it names (138 on the place's people, or the holder of the positions), and, among derived
patterns of one size, the one whose words start nearest the verb ("rejected a request ... on the
charge of ...": a rejection of the request, not a denial of a charge)."""
from conftest import countries


def _roots(events, source, target):
    return {e.root for e in events if e.source.code[:3] == source and e.target.code[:3] == target}


# -- the pattern nearest the verb among derived patterns of one size (reading.py)

def test_rejected_a_request_despite_a_later_charge_phrase(code_text):
    events = code_text("A Dutch court rejected a Turkish extradition request for the journalist on the "
                       "charge of terrorism.", date="2021-03-01")
    assert "12" in _roots(events, "NLD", "TUR")


def test_rejected_the_charge_is_still_a_denial(code_text):
    events = code_text("Turkey rejected the charge made by the Dutch government.", date="2021-03-01")
    assert not [e for e in events if e.root == "12"]
