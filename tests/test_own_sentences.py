"""Argument structure on sentences written for this test (session 30, task "own").

Short news sentences of every CAMEO root in many constructions: active, passive with "by",
double object ("gave X Y"), coordination, relative clauses, appositions, fronted adverbials,
"after" clauses, nominal events and lower-cased copies. Each case lists the events a careful
coder would code by GUIDELINES.md as "SOURCE ROOT TARGET", compared as the scorer does: the
country part of each actor (the code's start for international actors), the two-digit root
(alternatives joined by "|"), either direction for the symmetric roots 04, 05, 06 and 19.
Every coded event must be expected and every expected event coded; [] means nothing may be
coded. Cases marked xfail are misses the coder still has, with the cause.
"""
import pytest

from conftest import country

SYMMETRIC = {"04", "05", "06", "19"}

CASES = [
    # 01 statements
    pytest.param("Japan's prime minister made optimistic comments about relations with South Korea.", ['JPN 01 KOR'],
                 marks=pytest.mark.xfail(strict=True, reason="a comment 'about relations with Y' names its topic: the statement's target is not found in a prep phrase of the object")),
    pytest.param('The Peruvian government denied any role in the border incident with Ecuador.', ['PER 01 ECU'],
                 marks=pytest.mark.xfail(strict=True, reason="a denial of responsibility with the other side inside the incident noun's phrase")),
    # 02 appeals
    ('Ghana urged Togo to reopen the border.', ['GHA 02 TGO']),
    ('The United Nations called on Myanmar to release the detained journalists.', ['IGOUNO 02 MMR']),
    ('Egypt appealed to Ethiopia for restraint over the dam.', ['EGY 02 ETH']),
    ('Colombia asked Venezuela for help in finding the kidnappers.', ['COL 02 VEN']),
    ('Togo was urged by Ghana to reopen the border.', ['GHA 02 TGO']),
    ('ghana urged togo to reopen the border.', ['GHA 02 TGO']),
    ('The Chilean president appealed to Argentina for calm.', ['CHL 02 ARG']),
    # 03 intent
    ('Vietnam offered to mediate between Cambodia and Thailand.', ['VNM 03 KHM', 'VNM 03 THA']),
    ('Norway pledged aid to Somalia.', ['NOR 03 SOM']),
    ('Turkey promised to return the seized ship to Greece.', ['TUR 03 GRC']),
    ('Brazil said it would send firefighters to Bolivia.', ['BRA 03 BOL']),
    ('Indonesia expressed its willingness to cooperate with Australia on people smuggling.', ['IDN 03 AUS']),
    ('Germany promised Greece financial help.', ['DEU 03 GRC']),
    ('The United States offered Ukraine additional air defences.', ['USA 03 UKR']),
    ('Qatar said it would release the detained Nepali workers.', ['QAT 03 NPL']),
    # 04 consult
    ("The Indian prime minister met Bangladesh's prime minister in Dhaka.", ['IND 04 BGD']),
    ("Spain's foreign minister visited Morocco on Tuesday.", ['ESP 04 MAR']),
    ('Chinese and Japanese diplomats held talks in Beijing.', ['CHN 04 JPN']),
    ('Poland hosted the Ukrainian president in Warsaw.', ['POL 04 UKR']),
    ('The Kenyan president telephoned the Tanzanian president.', ['KEN 04 TZA']),
    ('Officials from Armenia and Azerbaijan negotiated a border deal in Geneva.', ['ARM 04 AZE']),
    ('The Mexican president received the Guatemalan foreign minister at the national palace.', ['MEX 04 GTM']),
    ("Sergey Lavrov, Russia's foreign minister, met his Indian counterpart in Delhi.", ['RUS 04 IND']),
    ('The foreign minister of Brazil visited Angola last week.', ['BRA 04 AGO']),
    ('The Kenyan president met the leaders of Uganda and Rwanda.', ['KEN 04 UGA', 'KEN 04 RWA']),
    ('The Egyptian president was visited by the Sudanese army chief in Cairo.', ['SDN 04 EGY']),
    ('On Monday, the Malaysian prime minister held talks with his Thai counterpart.', ['MYS 04 THA']),
    ("the indian prime minister met bangladesh's prime minister in dhaka.", ['IND 04 BGD']),
    ('The meeting between the Egyptian and Sudanese leaders took place in Cairo.', ['EGY 04 SDN']),
    ("Norway's foreign minister flew to Colombia for talks with the government.", ['NOR 04 COL']),
    # 05 diplomatic cooperation
    ("Argentina praised Uruguay's handling of the crisis.", ['ARG 05 URY']),
    ('The German chancellor thanked Norway for its support.', ['DEU 05 NOR']),
    pytest.param('Canada and Mexico signed a trade agreement.', ['CAN 05 MEX']),
    ('Sweden apologised to Finland for the remarks.', ['SWE 05 FIN']),
    ('Kenya was praised by the United Nations for its role in Somalia.', ['IGOUNO 05 KEN']),
    ("Senegal endorsed Nigeria's candidate for the post.", ['SEN 05 NGA']),
    ('Ecuador restored diplomatic relations with Colombia.', ['ECU 05 COL']),
    ("The Portuguese president, who arrived in Luanda on Sunday, praised Angola's reforms.", ['PRT 05 AGO', 'PRT 04 AGO']),
    pytest.param('canada and mexico signed a trade agreement.', ['CAN 05 MEX']),
    pytest.param('Brazil signed a defence pact with Paraguay.', ['BRA 05 PRY']),
    # 06 material cooperation
    ('French and Malian troops conducted a joint patrol near Gao.', ['FRA 06 MLI']),
    ('Britain shared intelligence with Ireland about the bombing suspects.', ['GBR 06 IRL']),
    ('Russian and Chinese warships held joint exercises in the East China Sea.', ['RUS 06 CHN']),
    ('The Greek navy rescued 40 Syrian refugees off Lesbos.', ['GRC 07|06 SYR']),
    # 07 aid
    ('Tokyo gave Manila two patrol boats.', ['JPN 07 PHL']),
    ('Japan gave the Philippines two patrol boats.', ['JPN 07 PHL']),
    ('The United States sent humanitarian aid to Haiti.', ['USA 07 HTI']),
    ('Saudi Arabia provided Yemen with $500 million in economic aid.', ['SAU 07 YEM']),
    ('Norway donated 10 million dollars to Sudan.', ['NOR 07 SDN']),
    ('Germany granted asylum to a Russian dissident.', ['DEU 07 RUS']),
    ('Ukraine received anti-tank weapons from Poland.', ['POL 07 UKR']),
    ('Food aid was delivered to Gaza by Egypt.', ['EGY 07 PSE']),
    pytest.param('China supplied Pakistan with fighter jets.', ['CHN 07 PAK']),
    ('Britain sent Kyiv ten battle tanks.', ['GBR 07 UKR']),
    ('Qatar lent Egypt three billion dollars.', ['QAT 06|07 EGY']),
    pytest.param('India, which sent vaccines to Nepal last year, dispatched a medical team to Sri Lanka.', ['IND 07 NPL', 'IND 07 LKA'],
                 marks=pytest.mark.xfail(strict=True, reason='an act in a relative clause on the subject (background) is not coded')),
    ('tokyo gave manila two patrol boats.', ['JPN 07 PHL']),
    ('Two patrol boats were given to the Philippines by Japan.', ['JPN 07 PHL']),
    ('The World Food Programme delivered food to refugees in Chad.', ['IGOUNO 07 TCD']),
    # 08 yield
    ('Russia released two Estonian border guards.', ['RUS 08 EST']),
    ('Two Estonian border guards were released by Russia.', ['RUS 08 EST']),
    ('Iran freed a French aid worker on Friday.', ['IRN 08 FRA']),
    ('The Sudanese army withdrew its troops from the border with South Sudan.', ['SDN 08 SSD']),
    ('Israel eased restrictions on Gaza.', ['ISR 08 PSE']),
    ('Turkey returned the seized artefacts to Iraq.', ['TUR 08 IRQ']),
    ('Armenia lifted the travel ban on Azerbaijani journalists.', ['ARM 08 AZE']),
    ('Colombian rebels freed three kidnapped soldiers.', ['COL 08 COL']),
    ("The United States lifted sanctions on Venezuela's oil industry.", ['USA 08 VEN']),
    ('After talks with Ethiopia, Eritrea withdrew its troops from the border town.', ['ERI 04 ETH', 'ERI 08 ETH']),
    pytest.param("Russia's release of two Estonian border guards eased tensions.", ['RUS 08 EST'],
                 marks=pytest.mark.xfail(strict=True, reason="a nominal event as subject ('X's release of Y eased ...') is not read")),
    ('russia released two estonian border guards.', ['RUS 08 EST']),
    pytest.param('Russia handed the bodies of the Ukrainian soldiers back to Ukraine.', ['RUS 08 UKR'],
                 marks=pytest.mark.xfail(strict=True, reason="'handed back' bodies: no pattern for returned remains")),
    # 09 investigate
    ("The United Nations launched an investigation into Syria's use of barrel bombs.", ['IGOUNO 09 SYR']),
    ("French prosecutors investigated the Gabonese president's family over embezzlement.", ['FRA 09 GAB']),
    pytest.param('Dutch investigators examined the wreckage of the Malaysian airliner.', [],
                 marks=pytest.mark.xfail(strict=True, reason="precision: an airliner's origin read as the target of an examination")),
    pytest.param('Kenyan police questioned two Somali suspects.', ['KEN 09|17 SOM']),
    # 10 demand
    ('Greece demanded that Turkey withdraw its ships.', ['GRC 10 TUR']),
    ('Morocco demanded an apology from Spain.', ['MAR 10 ESP']),
    ('China demanded that the United States stop arms sales to Taiwan.', ['CHN 10 USA']),
    pytest.param("Libya's government demanded the release of its citizens held in Malta.", ['LBY 10 MLT']),
    ('greece demanded that turkey withdraw its ships.', ['GRC 10 TUR']),
    ('Poland insisted that Germany pay war reparations.', ['POL 10 DEU']),
    # 11 disapprove
    ("Pakistan condemned India's missile test.", ['PAK 11 IND']),
    ('India was criticised by Pakistan for the missile test.', ['PAK 11 IND']),
    ('The Danish prime minister accused Russia of meddling in the election.', ['DNK 11 RUS']),
    ('Amnesty International criticised Egypt over the treatment of prisoners.', ['NGO 11 EGY']),
    ('Venezuela blamed Colombia for the attack on its border post.', ['VEN 11 COL']),
    ("Seoul denounced Pyongyang's latest missile launch.", ['KOR 11 PRK']),
    ('The Syrian government, which denies using chemical weapons, accused Turkey of arming rebels.', ['SYR 11 TUR']),
    ("Germany and France condemned Russia's annexation of Crimea.", ['DEU 11 RUS', 'FRA 11 RUS']),
    ("In a statement, the Philippine government condemned China's actions in the South China Sea.", ['PHL 11 CHN']),
    ("pakistan condemned india's missile test.", ['PAK 11 IND']),
    ("Iran's foreign minister called the American sanctions economic terrorism.", ['IRN 11 USA']),
    ("Lithuania's president criticised China for its pressure on Taiwan.", ['LTU 11 CHN']),
    ("Nigeria's foreign minister said France had meddled in the election in Niger.", ['NGA 11 FRA']),
    ("The Saudi foreign ministry sharply criticised Canada's remarks.", ['SAU 11 CAN']),
    # 12 reject
    ("Ukraine rejected Russia's proposal for a ceasefire.", ['UKR 12 RUS']),
    pytest.param("Belarus dismissed the European Union's criticism.", ['BLR 12 IGOEU']),
    ("Cyprus turned down Turkey's offer of talks.", ['CYP 12 TUR']),
    ("Russia's proposal was rejected by Ukraine.", ['UKR 12 RUS']),
    ('Israel refused to allow UN inspectors into the site.', ['ISR 12 IGOUNO']),
    ("Serbia refused Kosovo's request for recognition.", ['SRB 12 KSV']),
    # 13 threaten
    ('North Korea threatened South Korea with military action.', ['PRK 13 KOR']),
    pytest.param('Iran threatened to close the Strait of Hormuz to American ships.', ['IRN 13 USA'],
                 marks=pytest.mark.xfail(strict=True, reason="the threat's target stands in a 'to' phrase of the threatened act")),
    ('China threatened sanctions against Lithuania.', ['CHN 13 LTU']),
    ('Turkey threatened to expel the Dutch ambassador.', ['TUR 13 NLD']),
    ('north korea threatened south korea with military action.', ['PRK 13 KOR']),
    # 14 protest
    ('Thousands of Serbs protested outside the Croatian embassy in Belgrade.', ['SRB 14 HRV']),
    ("Farmers protested against the French government's pension reform in Paris.", ['FRA 14 FRA']),
    ('Hundreds of Armenians demonstrated against Azerbaijan outside its embassy in Paris.', ['ARM 14 AZE']),
    ("Kurdish students boycotted the Turkish president's speech.", ['TUR 14|16 TUR']),
    # 15 force posture
    ('Russia massed troops on the Ukrainian border.', ['RUS 15 UKR']),
    pytest.param('China sent warships near the Philippine coast.', ['CHN 15 PHL'],
                 marks=pytest.mark.xfail(strict=True, reason="'near the coast of Y' as a show of force is not read")),
    ('Turkey put its army on alert along the Syrian border.', ['TUR 15 SYR']),
    ('India deployed additional troops along its border with China.', ['IND 15 CHN']),
    # 16 reduce relations
    ('Canada expelled two Chinese diplomats.', ['CAN 16 CHN']),
    ('Two Russian diplomats were expelled by Norway.', ['NOR 16 RUS']),
    ('The United States imposed sanctions on Venezuelan officials.', ['USA 16 VEN']),
    ('Morocco cut diplomatic ties with Iran.', ['MAR 16 IRN']),
    ("Australia suspended aid to Myanmar's military government.", ['AUS 16 MMR']),
    ('Spain recalled its ambassador from Algeria.', ['ESP 16 DZA']),
    pytest.param('Sanctions were imposed on Iranian banks by the European Union.', ['IGOEU 16 IRN'],
                 marks=pytest.mark.xfail(strict=True, reason="light verb passive: the event noun 'sanctions' finds no target when the parser hangs 'on Y' on the verb")),
    ('Britain and Canada imposed sanctions on Belarus.', ['GBR 16 BLR', 'CAN 16 BLR']),
    ('canada expelled two chinese diplomats.', ['CAN 16 CHN']),
    pytest.param('Algeria closed its airspace to Moroccan planes.', ['DZA 16 MAR']),
    # 17 coerce
    ('Iranian police arrested a British aid worker.', ['IRN 17 GBR']),
    ('A Chinese court sentenced a Canadian man to death.', ['CHN 17 CAN']),
    ('Indonesian authorities seized a Chinese fishing boat.', ['IDN 17 CHN']),
    ('Russia deported a Georgian journalist.', ['RUS 17 GEO']),
    ('Police in Minsk detained dozens of opposition supporters.', ['BLR 17 BLR']),
    ('A British aid worker was arrested by Iranian police.', ['IRN 17 GBR']),
    ('On Tuesday, Hungarian police arrested two Serbian smugglers.', ['HUN 17 SRB']),
    ('The Saudi coast guard seized an Iranian tanker in the Gulf.', ['SAU 17 IRN']),
    ('Iran arrested and later released a French tourist.', ['IRN 17 FRA', 'IRN 08 FRA']),
    pytest.param('Britain condemned Iran after it seized a British tanker.', ['GBR 11 IRN', 'IRN 17 GBR']),
    ('iranian police arrested a british aid worker.', ['IRN 17 GBR']),
    ('Italy extradited a Tunisian suspect to Tunisia.', ['ITA 06|17|08 TUN']),
    pytest.param('Thai police raided the offices of a Cambodian opposition party.', ['THA 17 KHM']),
    # 18 assault
    ('Boko Haram kidnapped 30 schoolgirls in northern Nigeria.', ['NGA 18 NGA']),
    pytest.param('Islamic State militants beheaded an American journalist.', ['IRQ 18 USA']),
    pytest.param('Gunmen from the Pakistani Taliban abducted two Chinese engineers.', ['PAK 18 CHN'],
                 marks=pytest.mark.xfail(strict=True, reason='actor dictionary: the Pakistani Taliban are read as the Afghan Taliban')),
    ('Al-Shabaab militants attacked a Kenyan police station.', ['SOM 18|19 KEN']),
    pytest.param('Two Chinese engineers were abducted by Pakistani Taliban fighters.', ['PAK 18 CHN'],
                 marks=pytest.mark.xfail(strict=True, reason='actor dictionary: the Pakistani Taliban are read as the Afghan Taliban')),
    ('The Malian rebels, who control much of the north, attacked an army base near Kidal.', ['MLI 18|19 MLI']),
    # 19 fight
    ('The Iraqi army shelled Kurdish positions near Kirkuk.', ['IRQ 19 IRQ']),
    ('Israeli jets struck Hamas targets in Gaza.', ['ISR 19 PSE']),
    ('Russian forces captured the Ukrainian town of Bakhmut.', ['RUS 19 UKR']),
    ('Saudi aircraft bombed Houthi rebels in Yemen.', ['SAU 19 YEM']),
    ('Azerbaijani and Armenian troops clashed on the border.', ['AZE 19 ARM']),
    ('Indian and Pakistani soldiers exchanged fire in Kashmir.', ['IND 19 PAK']),
    ('Ethiopian troops fought Tigrayan rebels near Mekelle.', ['ETH 19 ETH']),
    ("The Nigerian army's attack on a Boko Haram camp killed dozens of fighters.", ['NGA 19 NGA']),
    ('Ukrainian drones hit a Russian air base.', ['UKR 19 RUS']),
    ('Kurdish positions near Kirkuk were shelled by the Iraqi army.', ['IRQ 19 IRQ']),
    ('the iraqi army shelled kurdish positions near kirkuk.', ['IRQ 19 IRQ']),
    ('Turkish artillery pounded Syrian army positions near Afrin.', ['TUR 19 SYR']),
    pytest.param('Sudanese troops killed five rebel fighters in Darfur.', ['SDN 19|18 SDN']),
    pytest.param('After Russian forces shelled Kharkiv, Ukrainian troops launched a counter-attack.', ['RUS 19 UKR'],
                 marks=pytest.mark.xfail(strict=True, reason="the act in a fronted 'after' clause is not coded; a counter-attack with no object is read as on the place's people")),
    ("Israel's air strikes on Hezbollah positions in southern Lebanon drew sharp criticism.", ['ISR 19 LBN']),
    ('Yemeni government forces and Houthi rebels fought for control of the port.', ['YEM 19 YEM']),
    # 20 mass violence
    ('Syrian government forces used chemical weapons against civilians in Douma.', ['SYR 20 SYR']),
    ('The Burmese army carried out a massacre of Rohingya villagers.', ['MMR 20 MMR']),
    # non-events: negated, future plans, one actor
    ('Russia did not attack Ukrainian positions on Monday.', []),
    ('The Kenyan president will visit Ethiopia next month.', []),
    ('Brazil began vaccinating its citizens.', []),
    ("Russia is one of Syria's closest allies.", []),
    ('Germany failed to persuade Hungary to lift its veto.', []),
]


def _fits(event, expected: str) -> bool:
    src, roots, tgt = expected.split()
    if event.code[:2] not in roots.split("|"):
        return False
    s, t = country(event.source.code), country(event.target.code)
    if s.startswith(src) and t.startswith(tgt):
        return True
    return roots[:2] in SYMMETRIC and s.startswith(tgt) and t.startswith(src)


@pytest.mark.parametrize("sentence,expected", CASES)
def test_own_sentence(code_text, sentence, expected):
    events = code_text(sentence)
    got = [(e.source.code, e.code, e.target.code) for e in events]
    extra = [g for e, g in zip(events, got) if not any(_fits(e, x) for x in expected)]
    missed = [x for x in expected if not any(_fits(e, x) for e in events)]
    assert not extra and not missed, f"coded {got}; expected {expected}"


def test_alternative_sides_any_of(code_text):
    """A group coded by where it fights may get any of its countries: one of them is enough."""
    events = code_text("Islamic State fighters massacred hundreds of Yazidis in Sinjar.")
    assert events and all(e.code[:2] == "20" and country(e.target.code) == "IRQ" for e in events)


def test_target_named_as_the_place_not_the_verb(code_text):
    """People of a place attacked are written as the place, not as the verb ("shelled")."""
    events = code_text("The Iraqi army shelled Kurdish positions near Kirkuk.")
    assert [(e.source.code[:3], e.code[:2], e.target.code[:3]) for e in events] == [("IRQ", "19", "IRQ")]
    mention = events[0].mentions[0]
    assert mention.target.text == "Kirkuk"
    assert mention.sentence[mention.target.start:mention.target.end] == "Kirkuk"


@pytest.mark.parametrize("sentence,expected", [
    # the passive's subject is the object the active's patterns name
    ("Three helicopters were given to Ghana by Canada.", ("CAN", "07", "GHA")),
    ("Two Turkish diplomats were expelled by Austria.", ("AUT", "16", "TUR")),
    ("Missiles were sent to Estonia by Britain.", ("GBR", "07", "EST")),
    ("Donetsk was shelled by the Russian army.", ("RUS", "19", "UKR")),
])
def test_passive_reads_like_active(code_text, sentence, expected):
    events = code_text(sentence)
    src, roots, tgt = expected
    assert any(country(e.source.code) == src and e.code[:2] in roots.split("|") and
               (tgt is None or country(e.target.code) == tgt) for e in events), \
        [(e.source.code, e.code, e.target.code) for e in events]


def test_agentless_passive_keeps_the_default(code_text):
    """Without a "by" doer the passive's subject is not read as the object: no new event."""
    assert code_text("At least forty civilians have been killed since the fighting began.") == []


@pytest.mark.parametrize("sentence,expected", [
    # a protest at a state's embassy is against that state, unless "against" names another
    ("Dozens of Ethiopians protested outside the Eritrean embassy in London.", ["ETH 14 ERI"]),
    ("Hundreds of Armenians demonstrated outside the Azerbaijani embassy in Paris.", ["ARM 14 AZE"]),
    ("Students protested outside the parliament in Belgrade.", ["SRB 14 SRB"]),
    # what is received "from" Y is Y's act
    ("Jordan received weapons from Britain.", ["GBR 07 JOR"]),
    ("The Egyptian president received the Sudanese envoy.", ["EGY 04 SDN"]),
    # troops massed at a border: a show of force against the other side
    ("China amassed tanks along its border with Vietnam.", ["CHN 15 VNM"]),
    ("Turkey stationed troops near the Syrian border.", ["TUR 15 SYR"]),
    # "traded fire" is fighting, not trade
    ("Thai and Cambodian soldiers traded fire near the temple.", ["THA 19 KHM"]),
])
def test_rules_of_this_session(code_text, sentence, expected):
    test_own_sentence(code_text, sentence, expected)


# a second set, written after the first fixes, to check that they carry over to new wording
MORE_CASES = [
    pytest.param('Nigeria, which leads the regional bloc, condemned the coup in Niger.', ['NGA 11 NER'],
                 marks=pytest.mark.xfail(strict=True, reason="a condemned act whose doer is unnamed, in a named place ('the coup in Niger'), names no target")),
    ('The Kenyan foreign minister, Musalia Mudavadi, met his Somali counterpart in Nairobi.', ['KEN 04 SOM']),
    ('Late on Friday, Israeli aircraft struck a Hezbollah weapons depot in southern Lebanon.', ['ISR 19 LBN']),
    ('Following the talks, Japan agreed to lift its export curbs on South Korea.', ['JPN 03|08 KOR']),
    ('After the ambush, Malian troops arrested twenty suspected jihadists near Gao.', ['MLI 17 MLI']),
    pytest.param("France's decision to withdraw its ambassador from Niger angered the junta.", ['FRA 16 NER'],
                 marks=pytest.mark.xfail(strict=True, reason="a nominal decision as subject ('X's decision to withdraw its ambassador from Y') is not read")),
    pytest.param("Ankara's criticism of Stockholm delayed Sweden's NATO bid.", ['TUR 11 SWE'],
                 marks=pytest.mark.xfail(strict=True, reason="a nominal criticism as subject is not read; 'delayed Y's NATO bid' is read as a rejection of NATO")),
    ('The visit by the Chinese premier to Australia was the first in seven years.', ['CHN 04 AUS']),
    ('South Korean and American troops held joint drills near the border.', ['KOR 06 USA']),
    ('The Philippines accused Chinese coast guard vessels of ramming its supply boat.', ['PHL 11 CHN']),
    ('Chinese coast guard vessels rammed a Philippine supply boat.', ['CHN 17|18|19 PHL']),
    pytest.param('The Indonesian navy intercepted a Vietnamese fishing boat.', ['IDN 17 VNM']),
    ('Egypt and Qatar mediated a truce between Israel and Hamas.', ['EGY 04 ISR', 'EGY 04 PSE', 'QAT 04 ISR', 'QAT 04 PSE']),
    ('Moscow summoned the Finnish ambassador over the border closure.', ['RUS 11|16|10 FIN']),
    ('Washington welcomed the agreement between Serbia and Kosovo.', ['USA 05 SRB', 'USA 05 KSV']),
    ('The Turkish president congratulated the Azerbaijani president on the victory.', ['TUR 05 AZE']),
    ('Armenia accused Azerbaijan of blocking the only road to the enclave.', ['ARM 11 AZE']),
    ('The Sudanese paramilitary forces attacked the army headquarters in Khartoum.', ['SDN 19|18 SDN']),
    ('Saudi Arabia and Iran agreed to restore diplomatic relations.', ['SAU 05|03 IRN']),
    ('Seoul and Tokyo resumed talks on trade.', ['KOR 04 JPN']),
    ('The British navy seized a shipment of Iranian weapons bound for Yemen.', ['GBR 17 IRN']),
    ("Lebanon's army chief held talks with a French envoy in Beirut.", ['LBN 04 FRA']),
    ('The Colombian government signed a ceasefire with the ELN rebels.', ['COL 05|08 COL']),
    pytest.param('Ecuadorian police raided the Mexican embassy in Quito.', ['ECU 17|18 MEX']),
    ('Mexico broke off diplomatic relations with Ecuador.', ['MEX 16 ECU']),
    pytest.param('the united nations condemned the attack on the aid convoy in sudan.', ['IGOUNO 11 SDN'],
                 marks=pytest.mark.xfail(strict=True, reason='a condemned attack with an unnamed doer names no target')),
    ('israeli jets struck hamas targets in gaza.', ['ISR 19 PSE']),
    ('morocco cut diplomatic ties with iran.', ['MAR 16 IRN']),
    ('The Venezuelan government expelled the United Nations human rights staff.', ['VEN 16|17 IGOUNO']),
    ('Russian forces shelled Kherson, killing five civilians.', ['RUS 19|18 UKR']),
    ("Thailand's army, which seized power in 2014, handed over control to an elected government.", []),
    ("Bolivia's president praised China's investment in the lithium industry.", ['BOL 05 CHN']),
    ('Chile and Argentina signed an agreement on energy cooperation.', ['CHL 05|06 ARG']),
    ('The Afghan Taliban released two American prisoners in a swap.', ['AFG 08 USA']),
    ('Two American prisoners were freed by the Taliban in a swap.', ['AFG 08 USA']),
    pytest.param("Hungary blocked the European Union's aid package for Ukraine.", ['HUN 12|16 IGOEU'],
                 marks=pytest.mark.xfail(strict=True, reason="'block' defaults to 170 (coerce); blocking a proposal is a rejection (12)")),
    ('Ukrainian forces recaptured the village of Robotyne from Russian troops.', ['UKR 19 RUS']),
    ('The European Commission fined Google for breaching competition rules.', ['IGOEU 17|16 MNC']),
    ('The Dutch government apologised to Indonesia for colonial violence.', ['NLD 05 IDN']),
    ('Rwanda denied supporting the M23 rebels in Congo.', []),
    pytest.param('Congo accused Rwanda of backing the M23 rebels.', ['COD 11 RWA']),
    ('Police in Tbilisi fired tear gas at protesters outside parliament.', ['GEO 17|18 GEO']),
    ('Iran executed a British-Iranian dual national convicted of spying.', ['IRN 17|18 GBR']),
    ("Britain condemned Iran's execution of a British-Iranian national.", ['GBR 11 IRN', 'IRN 17|18 GBR']),
    ('India and China agreed to pull back troops from the disputed border area.', ['IND 08|03 CHN']),
    pytest.param('The Polish prime minister travelled to Kyiv to meet the Ukrainian president.', ['POL 04 UKR'],
                 marks=pytest.mark.xfail(strict=True, reason="'travelled to Y to meet Z': the visit is not coded ('travel' is patterns-only)")),
    ("Niger's junta ordered the French ambassador to leave the country.", ['NER 16|17 FRA']),
    ('Burkina Faso suspended French radio broadcasts.', ['BFA 16|17 FRA']),
    ('Kuwait deported hundreds of Egyptian workers.', ['KWT 17 EGY']),
    ('Kenya offered to lead a multinational force in Haiti.', ['KEN 03 HTI']),
]


@pytest.mark.parametrize("sentence,expected", MORE_CASES)
def test_more_sentences(code_text, sentence, expected):
    test_own_sentence(code_text, sentence, expected)


@pytest.mark.parametrize("sentence,expected", [
    # blamed or penalised "for" an act: the act is the object's, not done to the critic
    ("The US criticised Ethiopia for breaching the truce.", ["USA 11 ETH"]),
    ("Russia punished Georgia for breaching the agreement.", ["RUS 17 GEO"]),
    # ... while the act a thanked side is thanked for is done for the thanker
    ("Kenya thanked Uganda for sending aid.", ["KEN 05 UGA", "UGA 07 KEN"]),
    # ... and an act with its own named object keeps it
    ("Pakistan condemned India for shelling Pakistani villages.", ["PAK 11 IND", "IND 19 PAK"]),
])
def test_blamed_for(code_text, sentence, expected):
    test_own_sentence(code_text, sentence, expected)


@pytest.mark.parametrize("sentence,expected", [
    # fire exchanged between two sides' forces is at each other, not at the place's people
    ("Thai and Cambodian troops traded gunfire near the temple in Preah Vihear.", ["THA 19 KHM"]),
    ("Syrian and Turkish troops opened fire on Kurdish fighters in Afrin.", ["SYR 19 SYR", "TUR 19 SYR"]),
    # a meeting or summit that "took place" was held; one that "will take place" is a plan
    ("The summit between the Chinese and Indian leaders took place in Bali.", ["CHN 04 IND"]),
    ("A meeting between Ghana and Togo will take place next week.", []),
])
def test_fire_exchanged_and_meetings_held(code_text, sentence, expected):
    test_own_sentence(code_text, sentence, expected)


# a third set: double objects, passives of them, coordinated verbs, appositions, "after" phrases
THIRD_CASES = [
    ('Canada granted Ukraine a loan of two billion dollars.', ['CAN 07 UKR']),
    ('Germany sent Israel additional air defence systems.', ['DEU 07 ISR']),
    pytest.param("The United Arab Emirates handed Sudan's army a shipment of arms.", ['ARE 07 SDN'],
                 marks=pytest.mark.xfail(strict=True, reason="'hand' without 'over' is not in the verb dictionary")),
    ('Britain granted asylum to two Afghan interpreters.', ['GBR 07 AFG']),
    ('Two Afghan interpreters were granted asylum by Britain.', ['GBR 07 AFG']),
    ('Saudi Arabia denied Qatar access to its airspace.', ['SAU 16|12|17 QAT']),
    pytest.param('The Chinese foreign minister told his American counterpart that Taiwan was a red line.', ['CHN 01|13|04 USA'],
                 marks=pytest.mark.xfail(strict=True, reason="a warning told in a 'that' clause to an addressee is not coded")),
    ('Japan and South Korea agreed to share military intelligence.', ['JPN 03|06 KOR']),
    ('Russia and Belarus held joint military exercises near the Polish border.', ['RUS 06 BLR']),
    ('Iran seized a Greek tanker and detained its crew.', ['IRN 17 GRC']),
    ('The Israeli army demolished the homes of two Palestinian attackers.', ['ISR 17|18|19 PSE']),
    ('Turkey arrested a Swedish journalist and charged him with terrorism.', ['TUR 17 SWE']),
    ('Venezuela freed six Americans after talks with US officials.', ['VEN 08 USA', 'VEN 04 USA']),
    ('The Ukrainian president thanked Britain for the tanks.', ['UKR 05 GBR']),
    ("Poland's president, Andrzej Duda, visited Lithuania on Monday.", ['POL 04 LTU']),
    ('On Sunday, Kosovo police arrested three Serbian men near the border.', ['KSV 17 SRB']),
    pytest.param("Serbia's president condemned the arrests by Kosovo police.", ['SRB 11 KSV', 'KSV 17 SRB'],
                 marks=pytest.mark.xfail(strict=True, reason="a condemned act named by a noun with its doer in a 'by' phrase and its victims unnamed codes nothing")),
    ('kosovo police arrested three serbian men near the border.', ['KSV 17 SRB']),
    ('the chinese foreign minister met his australian counterpart in beijing.', ['CHN 04 AUS']),
    ('Somalia expelled the Ethiopian ambassador over the port deal.', ['SOM 16 ETH']),
    ('The Ethiopian ambassador was expelled by Somalia.', ['SOM 16 ETH']),
    ("After Azerbaijan's offensive, Armenia appealed to Russia for help.", ['ARM 02 RUS']),
    ('The rebels shot down a Malian army helicopter.', ['MLI 19 MLI']),
    ('A Malian army helicopter was shot down by rebels.', ['MLI 19 MLI']),
    pytest.param("Nicaragua's government stripped 94 opponents of their citizenship.", ['NIC 17 NIC'],
                 marks=pytest.mark.xfail(strict=True, reason="'strip X of citizenship' is not in the verb dictionary")),
    ('Hong Kong police arrested pro-democracy activists.', ['HKG 17 HKG']),
    ('Lithuania opened its border to Belarusian refugees.', ['LTU 07|08 BLR']),
    ("Serbia recognised Kosovo's passports.", ['SRB 05|08 KSV']),
    ('Moscow accused Kyiv of shelling the Zaporizhzhia nuclear plant.', ['RUS 11 UKR']),
    pytest.param('Kyiv denied shelling the plant and blamed Russian troops.', ['UKR 11 RUS'],
                 marks=pytest.mark.xfail(strict=True, reason="the parser joins 'blamed' to the denied gerund 'shelling', so it is read as denied too")),
    pytest.param('The Pope met the Ukrainian prime minister at the Vatican.', ['VAT 04 UKR']),
    ("Sweden's government condemned the burning of the Koran, which Turkey had criticised.", []),
    pytest.param('Egypt opened the Rafah crossing to allow aid into Gaza.', ['EGY 08|07 PSE'],
                 marks=pytest.mark.xfail(strict=True, reason="opening a named crossing for another's people is not coded")),
    ("Israel's blockade of Gaza was condemned by the United Nations.", ['IGOUNO 11 ISR', 'ISR 17|19|16 PSE']),
    pytest.param('The African Union suspended Gabon after the coup.', ['IGOAFRAU 16 GAB'],
                 marks=pytest.mark.xfail(strict=True, reason="'suspend' with a member state as object (suspension from a body) is not coded")),
    ("Ecuador's president declared war on drug gangs.", []),
]


@pytest.mark.parametrize("sentence,expected", THIRD_CASES)
def test_third_sentences(code_text, sentence, expected):
    test_own_sentence(code_text, sentence, expected)


@pytest.mark.parametrize("sentence,expected", [
    # a passive with an object of its own: "by" is its doer even when parsed as a plain preposition
    ("Three Syrian defectors were granted asylum by Jordan.", ["JOR 07 SYR"]),
    # ... its subject received, and is not the thing given
    ("The Ukrainian army was given weapons by Poland.", ["POL 07 UKR"]),
    # talks "after" which the subject acted were its own
    ("Iran released two French tourists after talks with France.", ["IRN 08 FRA", "IRN 04 FRA"]),
    ("Fighting resumed after talks with the rebels.", []),
])
def test_passive_doers_and_talks_before(code_text, sentence, expected):
    test_own_sentence(code_text, sentence, expected)


@pytest.mark.parametrize("sentence,expected", [
    # a proposal turned down is rejected; other things turned down are no event
    ("Greece turned down a Turkish request for talks.", ["GRC 12 TUR"]),
    ("The government turned down the heating in its offices.", []),
    # a host receives a visiting official (043); a letter received from one is no visit
    ("The Saudi crown prince received the Turkish president in Riyadh.", ["SAU 04 TUR"]),
    ("The Egyptian president received his Sudanese counterpart in Cairo.", ["EGY 04 SDN"]),
    ("Kenya's president received a letter from the Ugandan president.", []),
])
def test_turned_down_and_received(code_text, sentence, expected):
    test_own_sentence(code_text, sentence, expected)


@pytest.mark.parametrize("sentence,expected", [
    # a trip flown to a country is a visit made (042), not an intent to meet (036)
    ("The Iranian president flew to Oman on Tuesday.", ["IRN 04 OMN"]),
    ("Thousands of Syrian refugees flew to Germany.", []),
    ("The French president will fly to Algeria next week.", []),
])
def test_flown_visits(code_text, sentence, expected):
    test_own_sentence(code_text, sentence, expected)


@pytest.mark.parametrize("sentence,expected", [
    # tanks, vessels of war and air defences sent or given are military aid (synsets_hand.tsv)
    ("Britain sent Kyiv ten battle tanks.", ["GBR 07 UKR"]),
    ("Norway gave Lithuania two frigates.", ["NOR 07 LTU"]),
    ("Iran seized a British tanker.", ["IRN 17 GBR"]),
])
def test_weapons_sent(code_text, sentence, expected):
    test_own_sentence(code_text, sentence, expected)


def test_hand_synset_members_are_read():
    """synsets_hand.tsv adds members; an exact member ("tank_") does not match a longer word."""
    from eventwire.events.patterns import VerbDictionary
    verbs = VerbDictionary.load()
    assert {"tank_", "warship", "air defence"} <= verbs.synset("&weapon")
    assert verbs.word_matches("&weapon", "tanks") and verbs.word_matches("&weapon", "warships")
    assert not verbs.word_matches("&weapon", "tanker")
