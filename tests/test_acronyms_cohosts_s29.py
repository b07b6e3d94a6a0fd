"""Acronyms the text defines ("the Sahel Border Guard (SBG)") take the meaning of
the name before them, not another dictionary entry's; a co-host named after "with" on a verb of
hosting is a partner, not the guest."""
from eventwire.actors.acronyms import definitions
from eventwire.language.model import load


def test_a_bracketed_acronym_after_its_name_is_a_definition():
    nlp = load()
    sent = nlp("Villagers met the Armed Forces of the Philippines (AFP) and the Red Cross (ICRC).")[:]
    found = [(sent[s:e].text, acr) for s, e, _, acr in definitions(sent)]
    assert found == [("Armed Forces of the Philippines", "AFP")]


def test_a_defined_acronym_is_the_named_actor_later(code_text):
    events = code_text("The mayor praised the Armed Forces of the Philippines (AFP) on Monday. "
                       "On Tuesday AFP shelled the rebel camp near Jolo.", date="2021-03-01")
    shelling = [e for e in events if e.root in ("18", "19")]
    assert shelling and all(e.source.code == "PHLMIL" for e in shelling)
    assert not any(e.source.code.startswith("MED") or e.target.code.startswith("MED") for e in events)


def test_a_co_host_is_no_guest(code_text):
    events = code_text("The United Nations raised funds at a pledging conference that it was hosting "
                       "with the African Union in Geneva on Monday.", date="2021-03-01")
    assert not [e for e in events if e.root == "04" and "AFR" in e.target.code]


def test_a_jointly_organised_forum_has_no_guest(code_text):
    events = code_text("Norway organised the forum jointly with Sweden in Oslo.", date="2021-03-01")
    assert not [e for e in events if e.target.code.startswith("SWE")]


def test_the_guest_of_hosted_talks_stays(code_text):
    events = code_text("Egypt hosted the Palestinian president in Cairo on Sunday.", date="2021-03-01")
    assert any(e.root == "04" and e.target.code == "PSEGOV" for e in events)


def test_beginning_a_military_operation_is_launching_one(code_text):
    events = code_text("Ethiopian troops began a military operation against the rebels in Tigray "
                       "on Wednesday.", date="2021-03-01")
    assert any(e.root == "19" and e.source.code.startswith("ETH") for e in events)


def test_a_promised_military_operation_is_a_threat(code_text):
    events = code_text("Azerbaijan said it will start a new military operation "
                       "against Armenia within days.", date="2021-03-01")
    assert any(e.root == "13" and e.target.code.startswith("ARM") for e in events)


def test_civilians_held_as_human_shields(code_text):
    events = code_text("Al-Shabaab fighters held hundreds of Somali villagers as human shields "
                       "near Kismayo.", date="2021-03-01")
    assert any(e.code == "184" and e.source.code.startswith("SOM") for e in events)


def test_an_envoy_is_his_senders_not_his_posts(code_text):
    events = code_text("On Friday Hungary's foreign ministry summoned Austria's charge d'affaires in "
                       "Budapest over the remarks.", date="2021-03-01")
    assert any(e.root == "11" and e.source.code == "HUNGOV" and e.target.code.startswith("AUT")
               for e in events)
    assert not any(e.target.code.startswith("HUN") for e in events)


def test_his_country_is_the_speakers_state(code_text):
    events = code_text("Erdogan said his country had sent troops to Azerbaijan.", date="2021-03-01")
    assert any(e.source.code == "TURGOV" and e.target.code.startswith("AZE") for e in events)


def test_a_rebels_country_is_no_state_of_his(code_text):
    events = code_text("The rebel commander said his country had been betrayed by Russia.", date="2021-03-01")
    assert not any(e.target.code.endswith("GOV") and e.source.code.startswith("RUS") for e in events)


def test_words_sent_in_a_letter_are_to_its_recipient(code_text):
    events = code_text("China sent a letter to Japan demanding compensation.", date="2021-03-01")
    assert any(e.root == "10" and e.source.code.startswith("CHN") and e.target.code == "JPNGOV"
               for e in events)


def test_a_threat_to_cut_ones_own_funding_is_to_the_recipient(code_text):
    events = code_text("Canada sent the World Bank a letter threatening to end Canadian funding.",
                       date="2021-03-01")
    assert any(e.root == "13" and e.source.code == "CANGOV" and "WB" in e.target.code
               for e in events)


def test_words_of_their_own_target_keep_it(code_text):
    events = code_text("Russia sent a letter to the UN accusing Ukraine of shelling Donetsk.",
                       date="2021-03-01")
    assert any(e.root == "11" and e.target.code.startswith("UKR") for e in events)
    assert not any(e.root == "11" and e.target.code.startswith("IGOUNO") for e in events)
