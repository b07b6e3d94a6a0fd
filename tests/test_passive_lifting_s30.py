"""Restrictions lifted, told in the passive (session 30, dev_quad penta 2): the passive's
subject is the object that gives "lift" its sense ("sanctions on Y were lifted" as "lifted
sanctions on Y"), the subject's "on"/"against" phrase names the target, and with no "by"
doer the restriction's owner named on it ("EU sanctions") lifted it (events/lifted.py)."""


def _roots(events, source, target):
    return {e.root for e in events if e.source.code[:3] == source and e.target.code[:3] == target}


def test_sanctions_lifted_by_a_doer(code_text):
    events = code_text("Sanctions against Belarus were lifted by the European Union on Monday.", date="2021-03-01")
    assert "08" in _roots(events, "IGO", "BLR")


def test_an_owners_sanctions_lifted_with_no_doer(code_text):
    events = code_text("Canadian sanctions on Cuba were lifted last week.", date="2021-03-01")
    assert "08" in _roots(events, "CAN", "CUB")


def test_a_ban_on_a_peoples_goods_lifted_by_a_doer(code_text):
    events = code_text("The ban on Chilean wine was lifted by Argentina on Friday.", date="2021-03-01")
    assert "08" in _roots(events, "ARG", "CHL")


def test_restrictions_on_workers_lifted_by_a_doer(code_text):
    events = code_text("Restrictions on Moroccan seasonal workers were lifted by Spain.", date="2021-03-01")
    assert "08" in _roots(events, "ESP", "MAR")


def test_no_owner_named_no_event(code_text):
    events = code_text("Sanctions on Belarus were lifted on Monday.", date="2021-03-01")
    assert not [e for e in events if e.root == "08"]


def test_a_bare_nationality_on_the_sanctions_is_no_owner(code_text):
    # "Iranian sanctions": on Iran or by it; no phrase names whom they hit
    events = code_text("Iranian sanctions were lifted in January.", date="2021-03-01")
    assert not [e for e in events if e.root == "08"]


def test_an_active_verb_keeps_its_own_reading(code_text):
    # the passive reading is a fallback: "expelled" has its own code in the passive
    events = code_text("The Nigerian ambassador was expelled by Kenya.", date="2021-03-01")
    assert "17" in _roots(events, "KEN", "NGA") or "16" in _roots(events, "KEN", "NGA")


def test_a_ban_lifted_names_whom_it_prevented(code_text):
    # the restriction's own participle of restricting names whom it hit
    events = code_text("The Ugandan government lifted a ban preventing Kenyan traders from crossing the border.",
                       date="2021-03-01")
    assert "08" in _roots(events, "UGA", "KEN")


def test_a_participle_of_another_act_names_no_target(code_text):
    # "approved a resolution criticising Y" is no yielding to Y
    events = code_text("The Danish parliament approved a resolution criticising the Peruvian government.",
                       date="2021-03-01")
    assert not [e for e in events if e.root == "08" and e.target.code.startswith("PER")]
