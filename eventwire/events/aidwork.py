"""Aid agencies that stop work: "UNICEF suspended its work across Chad" is aid
stopped (CAMEO 1623, reduce or stop humanitarian assistance), not the yielding (080) or the
cut in relations (160) that halting operations is for a state or an army.

Which actors count as aid agencies is read from their codes (below): UN relief agencies and
relief or development non-governmental organisations.
"""
from __future__ import annotations

# IGOUNO... parts of UN relief agencies: food, refugees, children, health, relief coordination
UN_RELIEF = ("WFP", "HCR", "REF", "KID", "HLH", "OCH", "RWA")
# NGO... roles of relief work: health and medical relief, refugees, development, the Red Cross
NGO_RELIEF = ("HLH", "REF", "DEV", "IRC", "XFM")
HALT_CODES = frozenset({"080", "160"})
HALT_VERBS = frozenset({"halt", "suspend", "stop", "pause", "freeze", "end"})
AID_STOPPED = "1623"


def is_aid_agency(code: str) -> bool:
    if code.startswith("IGOUNO"):
        return any(part in code[6:] for part in UN_RELIEF)
    if code.startswith("NGO"):
        return any(part in code[3:] for part in NGO_RELIEF)
    return False


def aid_stopped(verb, mentions) -> str | None:
    """1623 when aid agencies are what halts the work the verb codes, else None."""
    if verb.lemma_.lower() not in HALT_VERBS or not mentions:
        return None
    if all(m.code in HALT_CODES and is_aid_agency(m.source.code) for m in mentions):
        return AID_STOPPED
    return None
