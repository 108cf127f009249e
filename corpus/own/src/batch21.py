from common import *
ARTS = []
ARTS.append(dict(id="own_102", pub="2024-06-18", src="Andaman Security Monitor", wrap=True, text='''
Roadside bomb wounds five rangers in Narathiwat; teacher shot dead in Pattani

PATTANI, Thailand — A roadside bomb hit a pickup truck carrying paramilitary rangers in Rueso district of Narathiwat province on Monday morning, wounding five of them, two seriously, police said.

The bomb, hidden in a gas cylinder buried under the road surface, was set off by a mobile phone as the patrol escorted teachers to a village school, according to a bomb disposal officer. Rangers found a second device about 50 metres away and defused it.

In neighbouring Pattani province, two men on a motorcycle shot dead a 51-year-old Buddhist teacher, Somchai Kaewkla, as he rode home from school in Nong Chik district on Monday afternoon, police said. Teachers' groups said they would keep schools in the district closed for three days.

No group claimed either attack. Security officials blamed the Barisan Revolusi Nasional, the main separatist group, which has not commented. A BRN representative said last month that the group remained committed to peace talks with Bangkok, which resumed in Malaysia in February after a year's pause.

Ethnic Malay Muslim separatists have fought for greater autonomy in Thailand's three southernmost provinces since 2004, in a conflict that has killed more than 7,000 people. Attacks have declined in recent years but bombings of patrols and shootings of state employees continue.

The army said it had sent 300 additional troops to Rueso and set up new checkpoints on roads leading to the district.
''', recs=[
 R("ASSAULT", acled=IED, m=["Roadside [bomb] wounds five rangers in Narathiwat", "A roadside [bomb] hit a pickup truck carrying paramilitary rangers", "was [set] off by a mobile phone"], a=[], t=["a pickup truck carrying paramilitary rangers", "the patrol"], p=("Rueso", 6.40, 101.52, "TH"), d="Monday", f=(0, 0), i=(5, 5), c=A, note="IED wounds five rangers in Rueso"),
 R("ASSAULT", acled=DISR, also=["CONCEDE"], m=["found a second device about 50 metres away and [defused] it"], a=["Rangers"], t=[], p=("Rueso", 6.40, 101.52, "TH"), d="Monday", c=A, opt=True, note="second device defused"),
 R("ASSAULT", acled=VAC, m=["teacher [shot] dead in Pattani", "two men on a motorcycle [shot] dead a 51-year-old Buddhist teacher"], a=["two men on a motorcycle"], t=["a 51-year-old Buddhist teacher, Somchai Kaewkla"], p=("Nong Chik", 6.84, 101.18, "TH"), d="Monday", f=(1, 1), c=A, note="Buddhist teacher shot dead in Nong Chik"),
 R("PROTEST", m=["they would [keep] schools in the district closed"], a=["Teachers' groups"], t=[], p=("Nong Chik", 6.84, 101.18, "TH"), c=HY, opt=True, note="teachers to close schools (borderline protest)"),
 R("ACCUSE", m=["Security officials [blamed] the Barisan Revolusi Nasional"], a=["Security officials"], t=["the Barisan Revolusi Nasional"], p=None, c=A, note="officials blame BRN"),
 R("CONSULT", m=["peace [talks] with Bangkok, which resumed in Malaysia in February"], a=["the group", "Bangkok"], t=[], p=("Malaysia", "country", "MY"), d="2024-02", c=A, note="peace talks resumed in Malaysia in February"),
 R("MOBILIZE", m=["it had [sent] 300 additional troops to Rueso"], a=["The army"], t=[], p=("Rueso", 6.40, 101.52, "TH"), q=(300, 300), c=CL, note="300 troops sent to Rueso"),
 R("COERCE", acled=OTH, m=["[set] up new checkpoints on roads"], a=["The army"], t=[], p=("Rueso", 6.40, 101.52, "TH"), c=CL, opt=True, note="new checkpoints"),
]))

ARTS.append(dict(id="own_103", pub="2023-05-23", src="Indian Ocean Observer", text='''
Mayotte police tear down Talus 2 shacks as Comoros refuses deportation boats

MAMOUDZOU, Mayotte — Police and bulldozers began tearing down more than 160 corrugated-iron shacks in the Talus 2 slum of Koungou on Monday, the first large demolition of a French operation to expel undocumented migrants from the Indian Ocean department.

Residents, most of them from the neighbouring Comoros island of Anjouan, carried mattresses and cooking pots down the hillside as the machines moved in. "My children were born here. Where do they want us to sleep tonight?" said Zaïnaba Ali, 36. The prefecture said 48 families had been offered emergency housing.

The demolitions had been delayed for a month by a court challenge from residents, which was rejected last week.

Deportations have stalled since late April, when the Comoros government refused to let ferries carrying expelled migrants dock at Mutsamudu, the main port of Anjouan. France's interior ministry said talks with Moroni were continuing.

On Saturday, the navy intercepted two kwassa-kwassa, small fibreglass boats, carrying 41 people off the east coast of Mayotte and escorted them to the port of Dzaoudzi, the prefecture said. All were to be returned to Anjouan once crossings resumed.

Near Koungou, youths threw stones at police vehicles on Monday evening and police responded with tear gas, a local official said. No injuries were reported.
''', recs=[
 R("COERCE", acled=LOOT, m=["Mayotte police [tear] down Talus 2 shacks", "[began] tearing down more than 160 corrugated-iron shacks", "The [demolitions] had been delayed for a month"], a=["Police and bulldozers", "Mayotte police"], t=["more than 160 corrugated-iron shacks"], p=("Koungou", -12.73, 45.20, "YT"), d="Monday", q=(160, 160), c=A, note="demolition of Talus 2 slum"),
 R("MOVE", mode="relocate", m=["[carried] mattresses and cooking pots down the hillside"], a=["Residents"], t=[], p=("Koungou", -12.73, 45.20, "YT"), d="Monday", c=A, opt=True, note="residents leave demolished slum"),
 R("REJECT", m=["a court challenge from residents, which was [rejected] last week"], a=[], t=["residents"], p=None, d="lastweek", c=A, note="court rejects residents' challenge"),
 R("REJECT", also=["SANCTION"], m=["as Comoros [refuses] deportation boats", "the Comoros government [refused] to let ferries"], a=["the Comoros government", "Comoros"], t=["ferries carrying expelled migrants"], p=("Mutsamudu", -12.17, 44.40, "KM"), d="2023-04", c=A, note="Comoros refuses to let deportation ferries dock"),
 R("CONSULT", m=["[talks] with Moroni were continuing"], a=["France's interior ministry"], t=["Moroni"], p=None, c=CL, note="France-Comoros talks"),
 R("MOVE", mode="cross_border", also=["COERCE"], m=["the navy [intercepted] two kwassa-kwassa"], a=["the navy"], t=["41 people"], p=("Dzaoudzi", -12.79, 45.28, "YT"), d="Saturday", q=(41, 41), c=CL, note="navy intercepts two boats with 41"),
 R("MOVE", mode="deport", m=["All were to be [returned] to Anjouan"], a=[], t=["41 people"], p=("Anjouan", -12.22, 44.43, "KM"), c=HY, note="41 to be returned to Anjouan"),
 R("PROTEST", acled=RIOT, m=["youths [threw] stones at police vehicles"], a=["youths"], t=["police vehicles"], p=("Koungou", -12.73, 45.20, "YT"), d="Monday", c=CL, note="youths stone police near Koungou"),
 R("COERCE", acled=XFORCE, m=["police [responded] with tear gas"], a=["police"], t=["youths"], p=("Koungou", -12.73, 45.20, "YT"), d="Monday", c=CL, note="police tear gas"),
]))

ARTS.append(dict(id="own_104", pub="2022-11-09", src="Severn Valley Gazette", text='''
Inquest told infection was missed three times before grandmother's death

GLOUCESTER — An aggressive infection that killed a 72-year-old grandmother could have been caught days earlier had nurses escalated her rising temperature, an inquest heard on Tuesday.

Margaret Holloway was admitted to hospital after a fall at her home in Stroud and died eight days later of sepsis. The infection attacked her kidneys and spread to her bloodstream while she waited for a scan, the coroner's court was told.

Under cross-examination by the family's barrister, a ward sister accepted that warning scores had been recorded wrongly on three occasions. "With hindsight, that should have triggered a review," she said. A consultant microbiologist said antibiotics given 48 hours earlier would "very probably" have knocked out the infection.

The hospital trust has apologised to the family and said it has changed how observations are recorded. Its lawyer told the court the ward had been "under siege" during a winter surge, with a third of nursing shifts unfilled. A spokeswoman for the trust declined to comment further while the hearing continued.

Mrs Holloway's daughter, Claire Dunmore, told the court her mother had been "a fighter all her life" and had survived breast cancer twice. "She was killed by a system that was not watching," she said outside the court.

Senior coroner Katy Rees is expected to record her conclusion on Thursday. She may issue a report to prevent future deaths.
''', recs=[]))

ARTS.append(dict(id="own_105", pub="2019-10-28", src="Balkan Sport Wire", text='''
Partizan storm back to snatch derby draw; fans clash with police outside stadium

BELGRADE — Partizan stormed back from two goals down to draw 2-2 with Red Star in the Eternal Derby on Sunday, as a stoppage-time header from their captain killed off the visitors' hopes of a ninth straight league win.

Partizan's coach threw on two forwards and the home side laid siege to the Red Star goal. A deflected shot halved the deficit on 70 minutes before the captain rose highest at a corner in the 93rd minute. "We were dead and buried, but this club never surrenders," he said.

Red Star's coach said his team had "shot themselves in the foot" and blamed the referee for adding six minutes.

After the match, groups of Red Star supporters threw flares and bottles at riot police on a road near the stadium in Humska street, and police used batons to push them back, the interior ministry said. Eleven officers were slightly hurt and 23 fans were detained.

Red Star still lead the table by five points.
''', recs=[
 R("PROTEST", acled=MOB, also=["ASSAULT"], m=["fans [clash] with police outside stadium", "groups of Red Star supporters [threw] flares and bottles at riot police"], a=["groups of Red Star supporters", "fans"], t=["riot police"], p=("Humska street", 44.79, 20.47, "RS"), d="Sunday", i=(11, 11), c=CL, note="Red Star fans clash with police after derby"),
 R("COERCE", acled=ARR, m=["police [used] batons to push them back", "23 fans were [detained]"], a=["police"], t=["groups of Red Star supporters", "23 fans"], p=("Humska street", 44.79, 20.47, "RS"), d="Sunday", q=(23, 23), c=CL, note="police batons, 23 fans detained"),
]))

ARTS.append(dict(id="own_106", pub="2024-02-20", src="Highlands Pacific News", text='''
Dozens killed in ambush near Wabag as Enga tribal fighting spreads

PORT MORESBY — Between 26 and 64 men were killed in an ambush by a rival clan near the town of Wabag in Papua New Guinea's Enga province on Sunday, police said, in one of the deadliest outbreaks of tribal fighting in the highlands in years.

Acting police commander George Kakas said the estimate of 64 came from officers who had collected bodies from the roadside and surrounding bush near Akom village, but that some may have been counted twice. A provincial official put the figure at 26. The men, from the Ambulin and Sikin tribes and their allies, were travelling to attack the Kaekin tribe when they were ambushed, police said.

Fighting between the groups, over land and a disputed election result in 2022, has flared repeatedly. Mercenary gunmen hired by clans now carry military-style rifles, officials said.

Prime Minister James Marape said on Monday he had ordered 100 more soldiers and police to Enga and that the government would consider a state of emergency. He called the killings "an act of terrorism".

Hundreds of villagers have fled to Wabag and to church compounds in recent weeks. "We ran with nothing. They burned our houses and the school," said Rose Yambu, 40, a teacher from Tsak valley, who is staying at a Catholic mission.

Local leaders have asked the national government to send helicopters to evacuate the wounded.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["Dozens [killed] in ambush near Wabag", "were killed in an [ambush] by a rival clan", "when they were [ambushed], police said", "called the [killings] \"an act of terrorism"], a=["a rival clan", "the Kaekin tribe"], t=["the Ambulin and Sikin tribes and their allies"], p=("Akom", -5.53, 143.73, "PG"), d="Sunday", f=(26, 64), c=CL, note="Akom ambush, 26-64 killed"),
 R("ASSAULT", acled=CLASH, m=["were travelling to [attack] the Kaekin tribe"], a=["the Ambulin and Sikin tribes and their allies"], t=["the Kaekin tribe"], p=("Akom", -5.53, 143.73, "PG"), d="Sunday", c=HY, opt=True, note="planned attack that was pre-empted"),
 R("MOBILIZE", m=["he had [ordered] 100 more soldiers and police to Enga"], a=["Prime Minister James Marape"], t=[], p=("Enga", -5.45, 143.55, "PG"), d=("Monday", "today"), q=(100, 100), c=A, note="100 more soldiers and police ordered to Enga"),
 R("SANCTION", acled=OTH, m=["would [consider] a state of emergency"], a=["the government"], t=[], p=("Enga", -5.45, 143.55, "PG"), c=HY, opt=True, note="possible state of emergency"),
 R("MOVE", mode="flee", m=["Hundreds of villagers have [fled] to Wabag", "We [ran] with nothing"], a=["Hundreds of villagers"], p=("Wabag", -5.49, 143.72, "PG"), d=("-30", "today"), q=(200, 900), c=A, note="villagers flee to Wabag and missions"),
 R("ASSAULT", acled=LOOT, m=["They [burned] our houses and the school"], a=[], t=["our houses and the school"], p=("Tsak valley", -5.47, 143.90, "PG"), d=("-30", "today"), c=CL, note="houses and school burned in Tsak valley"),
 R("REQUEST", m=["Local leaders have [asked] the national government"], a=["Local leaders"], t=["the national government"], p=None, c=A, note="leaders request helicopters"),
]))
