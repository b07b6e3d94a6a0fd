"""Word lists the place finder reads names with: the words that join a name, stand
before or after it, say what kind of place it is, or show it is a person."""


# lowercase words that may sit inside a name ("Nawa-e Barakzayi", "Boucle du Mouhoun")
CONNECTORS = frozenset("""e i ye wa va al el ul ad ash as ar at az an bin ibn da de del della
    di do dos das du des la le les los las of the y sur am im en van von der den ter aan op
    upon on et and""".split())
# the short ones that join the words of one name ("Nawa-e Barakzayi", "Dar al Aman")
INNER = frozenset("""e i ye wa va al el ul ad ash as ar az bin ibn da de del della di do dos das du
    des la le les los las y sur van von der den""".split())
# capitalised words that may stand before a place name ("Northern Helmand")
SIDES = frozenset("""north south east west northern southern eastern western central greater upper
    lower old new downtown inner outer rural urban metropolitan""".split())
# and after it ("Kandahar Airport", "Helmand Province", "Kabul Police")
FOLLOWERS = frozenset("""airport airbase base university college school hospital prison jail stadium
    highway market bazaar mosque church cathedral temple shrine
    camp station port harbour harbor bay river valley mountains hills dam palace hotel embassy
    consulate district districts province provinces region city town village state county
    governorate municipality department commune prefecture oblast area zone border crossing
    checkpoint barracks garrison court parliament assembly council police authorities residents
    officials people protesters airfield centre center office headquarters""".split())
# after a name they make another name: "Pennsylvania Avenue", "Uruzgan Times"
NOT_AFTER = frozenset("""street avenue square road boulevard lane drive park bridge times post herald
    tribune daily news journal gazette mirror telegraph observer chronicle express globe press
    radio television brand company group club""".split())
# words after a name that make it a part of some town ("the Lome quarter" of Dedougou)
QUARTER = frozenset("quarter quarters neighbourhood neighborhood neighbourhoods neighborhoods".split())
# words after a name that say what kind of place it is
AFTER_CITY = frozenset("city town village villages locality commune township neighbourhood neighborhood".split())
AFTER_ADMIN = frozenset("province provinces region state governorate oblast prefecture".split())
AFTER_DISTRICT = frozenset("district districts county department municipality".split())
# words before "of" that say the same ("the town of X", "the outskirts of X")
BEFORE_CITY = frozenset("""town city village locality commune suburb suburbs outskirts neighbourhood
    neighborhood township hamlet capital""".split())
BEFORE_ADMIN = frozenset("province region state governorate oblast prefecture".split())
BEFORE_DISTRICT = frozenset("district county municipality".split())
AREA = frozenset("area vicinity limits surroundings outskirts environs".split())
LOCATIVE = frozenset("in at near from outside inside around across into to toward towards via".split())
TITLES = frozenset("""president minister prime premier governor general gen colonel col captain capt
    major maj lieutenant lt sergeant sgt commander chief king queen prince princess sheikh shaikh
    emir mayor senator sen rep representative secretary ambassador judge justice mr mrs ms dr
    sir lord lady pope cardinal bishop imam mullah ayatollah haji hajji mawlawi maulvi
    commissioner inspector spokesman spokeswoman professor prof brother sister father uncle
    aunt son daughter wife husband""".split())
SPEECH = frozenset("said says told added stated explained argued noted wrote tweeted asked".split())
# one-word division names that are also ordinary geography words
VAGUE = frozenset("""centre center central north south east west northern southern eastern western
    nord sud est ouest norte sur centro oeste leste capital coast coastal littoral upper lower
    middle interior islands lakes plateau maritime mountain highlands lowlands""".split())
COUNTRY_ABBREV = frozenset("us usa uk uae drc".split())
