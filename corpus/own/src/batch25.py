from common import *
ARTS = []
ARTS.append(dict(id="own_122", pub="2025-07-22", src="Gulf of Guinea Security Note", wrap=True, text='''
Togo: attack on army post in Kpendjal kills soldiers; villagers flee to Dapaong

LOMÉ — Armed men attacked a military post in the village of Koundjoaré in Togo's northern Kpendjal prefecture before dawn on Sunday, killing "several" soldiers, the army said, without giving a number. Local sources put the toll at between 9 and 14 soldiers.

The attackers, who arrived on motorbikes from the direction of the Burkina Faso border, burned two armoured vehicles and took weapons before withdrawing, a security source said. The al-Qaeda-linked JNIM claimed responsibility on Monday and said it had killed 20 soldiers.

Hours later, an improvised explosive device hit a vehicle carrying four civilians on a track near Mandouri, killing two of them, a local official said.

Togo has kept tight control over information about violence in its Savanes region since a state of emergency was declared there in 2022. The government confirmed only last year that more than 40 soldiers and about 100 civilians had been killed since the first attack in 2021.

Hundreds of people from villages around Koundjoaré have arrived in Dapaong, the regional capital, since Sunday, an aid worker said. "They came in the night, shooting. We did not wait to see," said Djakpa Lare, a farmer who walked to the town with his family.

Opposition politicians demanded that the government publish the toll. A government spokesman said operations were under way to "track down the terrorists".
''', recs=[
 R("ASSAULT", acled=CLASH, m=["attack on army post in Kpendjal [kills] soldiers", "Armed men [attacked] a military post in the village of Koundjoaré", "[burned] two armoured vehicles", "JNIM [claimed] responsibility on Monday", "it had [killed] 20 soldiers", "They came in the night, [shooting]"], a=["Armed men", "The attackers", "The al-Qaeda-linked JNIM"], t=["a military post"], p=("Koundjoaré", 10.93, 0.70, "TG"), d="Sunday", f=(9, 20), c=CL, note="JNIM attack on Koundjoaré post"),
 R("COERCE", acled=LOOT, m=["[took] weapons before withdrawing"], a=["The attackers"], t=[], p=("Koundjoaré", 10.93, 0.70, "TG"), d="Sunday", c=CL, opt=True, note="weapons taken"),
 R("ASSAULT", acled=IED, m=["an improvised explosive device [hit] a vehicle carrying four civilians"], a=[], t=["a vehicle carrying four civilians"], p=("Mandouri", 10.86, 0.85, "TG"), d="Sunday", f=(2, 2), c=CL, note="IED kills two civilians near Mandouri"),
 R("SANCTION", acled=OTH, m=["a state of emergency was [declared] there in 2022"], a=[], t=[], p=("Savanes region", 10.50, 0.45, "TG"), d="2022", c=A, opt=True, note="state of emergency 2022 (background)"),
 R("ASSAULT", acled=CLASH, m=["since the first [attack] in 2021"], a=[], t=[], p=("Savanes region", 10.50, 0.45, "TG"), d="2021", c=A, opt=True, note="first attack 2021 (background)"),
 R("MOVE", mode="flee", m=["Hundreds of people from villages around Koundjoaré have [arrived] in Dapaong", "We did not [wait] to see", "a farmer who [walked] to the town with his family"], a=["Hundreds of people from villages around Koundjoaré", "Djakpa Lare"], p=("Dapaong", 10.86, 0.21, "TG"), d=("Sunday", "today"), q=(200, 900), c=CL, note="hundreds flee to Dapaong"),
 R("REQUEST", m=["Opposition politicians [demanded] that the government publish the toll"], a=["Opposition politicians"], t=["the government"], p=None, c=A, note="opposition demands toll"),
 R("ASSAULT", acled=CLASH, m=["operations were under [way] to \"track down the terrorists"], a=[], t=["the terrorists"], p=("Kpendjal", 10.90, 0.75, "TG"), c=CL, opt=True, note="security operations under way"),
]))

ARTS.append(dict(id="own_123", pub="2023-05-02", src="Southern Cone Migrant Desk", text='''
Hundreds stranded at Chile–Peru border as Lima sends troops to stop crossings

TACNA, Peru — Several hundred migrants, most of them Venezuelans, were stuck on Monday on the desert strip between Chile's Chacalluta and Peru's Santa Rosa border posts, after Peru deployed soldiers to stop people entering without documents, local officials said.

Peru's government declared a state of emergency in its border regions last week and sent troops to back up police at the crossing. Many of those stranded had left Chile because of a new law making irregular entry a crime and a wave of arrests in Santiago and Arica, they said.

"We sold everything to leave. Now Chile does not want us and Peru does not let us pass," said Yusmary Bolívar, 29, sitting on a suitcase with her four-year-old son. Families have slept in tents and under blankets by the highway for more than a week.

On Sunday a group of about 100 people tried to push past a line of soldiers and police at Santa Rosa and were driven back with shields, a Peruvian police officer said. Nobody was seriously hurt.

Chile's government said it would not let the migrants return and called on Venezuela to send planes. Venezuela said on Monday it would open a "humanitarian air bridge" from Lima and Arica. Peru and Chile agreed to set up a humanitarian corridor for people who could prove they were heading home.

The UN refugee agency said it was delivering water and hygiene kits to people at the border.
''', recs=[
 R("MOVE", mode="cross_border", also=["COERCE"], m=["Hundreds [stranded] at Chile–Peru border", "Several hundred migrants, most of them Venezuelans, were [stuck] on Monday", "Families have [slept] in tents and under blankets"], a=["Several hundred migrants, most of them Venezuelans"], t=[], p=("Santa Rosa", -18.09, -70.32, "PE"), d=("-9", "Monday"), q=(200, 900), c=A, note="migrants stranded between border posts"),
 R("MOBILIZE", m=["as Lima [sends] troops to stop crossings", "after Peru [deployed] soldiers to stop people entering", "[sent] troops to back up police at the crossing"], a=["Peru", "Lima", "Peru's government"], t=[], p=("Santa Rosa", -18.09, -70.32, "PE"), d="lastweek", c=A, note="Peru deploys troops at border"),
 R("SANCTION", acled=OTH, m=["Peru's government [declared] a state of emergency in its border regions"], a=["Peru's government"], t=[], p=("Peru", "country", "PE"), d="lastweek", c=A, note="Peru border state of emergency"),
 R("MOVE", mode="cross_border", m=["Many of those stranded had [left] Chile", "We [sold] everything to leave"], a=["Many of those stranded"], p=("Chile", "country", "CL"), c=CL, opt=True, note="migrants left Chile"),
 R("COERCE", acled=ARR, m=["a wave of [arrests] in Santiago and Arica"], a=[], t=[], p=("Arica", -18.48, -70.31, "CL"), c=CL, note="wave of arrests of migrants in Chile"),
 R("MOVE", mode="cross_border", also=["PROTEST"], m=["a group of about 100 people [tried] to push past a line of soldiers"], a=["a group of about 100 people"], t=["a line of soldiers and police"], p=("Santa Rosa", -18.09, -70.32, "PE"), d="Sunday", q=(100, 100), c=CL, note="group tries to push past soldiers"),
 R("COERCE", m=["were [driven] back with shields"], a=["soldiers and police"], t=["a group of about 100 people"], p=("Santa Rosa", -18.09, -70.32, "PE"), d="Sunday", c=CL, note="soldiers drive group back"),
 R("REJECT", m=["it would not [let] the migrants return"], a=["Chile's government"], t=["the migrants"], p=None, c=A, note="Chile refuses return"),
 R("REQUEST", m=["[called] on Venezuela to send planes"], a=["Chile's government"], t=["Venezuela"], p=None, c=A, note="Chile asks Venezuela for planes"),
 R("AID", m=["it would [open] a \"humanitarian air bridge\""], a=["Venezuela"], t=[], p=("Arica", -18.48, -70.31, "CL"), c=HY, note="Venezuela air bridge"),
 R("AGREE", m=["Peru and Chile [agreed] to set up a humanitarian corridor"], a=["Peru and Chile"], t=[], p=None, c=A, note="humanitarian corridor agreed"),
 R("AID", m=["it was [delivering] water and hygiene kits"], a=["The UN refugee agency"], t=["people at the border"], p=("Santa Rosa", -18.09, -70.32, "PE"), c=CL, note="UNHCR aid at border"),
]))

ARTS.append(dict(id="own_124", pub="2024-12-18", src="Pacific Islands Report", text='''
Earthquake shakes Port Vila, collapsing buildings and killing at least 12

PORT VILA, Vanuatu — A magnitude 7.3 earthquake struck off the coast of Vanuatu's main island, Efate, on Tuesday, collapsing buildings in the capital Port Vila, triggering landslides and killing at least 12 people, officials said.

The quake hit at 12.47 pm local time about 30 km west of Port Vila at a depth of 57 km, according to the US Geological Survey. Two people died when a landslide buried a bus near the capital, and several more were killed in the collapse of a three-storey building that housed shops and offices.

A building used by several foreign embassies was badly damaged, and the wharf at the main port was cracked, disrupting fuel and food supplies. Mobile phone networks were down for much of the afternoon. "The ground was rolling like the sea. Everybody ran outside," said Marie Tari, who runs a café near the harbour.

A tsunami warning was issued and then lifted about two hours later. Dozens of aftershocks followed overnight, the strongest of magnitude 5.5.

Rescue teams worked through the night with hand tools to reach people trapped in rubble. The hospital in Port Vila treated more than 200 patients, many of them in tents set up in its car park.

Vanuatu, an archipelago of about 320,000 people, sits on the Pacific "Ring of Fire" and is also exposed to cyclones; two severe storms hit the country in a single week in 2023.
''', recs=[]))

ARTS.append(dict(id="own_125", pub="2021-04-07", src="Health & Science Weekly", wrap=True, text='''
Engineered immune cells launch "search and destroy" attack on stubborn lymphoma

LONDON — Patients with a stubborn form of lymphoma lived more than twice as long when their own immune cells were re-engineered to hunt down and kill cancer cells, according to results of a trial presented on Tuesday.

The therapy, known as CAR-T, takes T cells from a patient's blood, arms them with a receptor that recognises a protein on the tumour and infuses them back, where they multiply and attack the disease. In the trial of 180 patients at 22 hospitals, 41 percent of those given the treatment were alive without disease progression after two years, against 17 percent on standard chemotherapy.

"These cells are like a guided missile. Once they find their target, they keep on firing," said Dr Priya Raman, a haematologist who led the study. "For some patients we are seeing the cancer wiped out completely."

The treatment is not without casualties of its own. About one in ten patients suffered a severe reaction known as cytokine storm, in which the immune system floods the body with inflammatory signals, and two patients died of infections. Doctors said the side effects could usually be brought under control with drugs.

A single dose costs about 280,000 pounds, and health systems are fighting to negotiate lower prices. The manufacturer said it would apply to regulators in Europe and Britain later this year.

Lymphoma kills about 5,000 people a year in Britain.
''', recs=[]))

ARTS.append(dict(id="own_126", pub="2022-09-15", src="South Caucasus Report", text='''
Dozens killed as Azerbaijan and Armenia clash along border; Jermuk shelled

YEREVAN — Armenia said at least 49 of its soldiers were killed when Azerbaijani forces attacked positions along their border early on Tuesday, shelling towns including the spa resort of Jermuk with artillery and drones, in the worst fighting between the two since the 2020 war.

Azerbaijan's defence ministry said 50 of its servicemen had died and accused Armenia of "large-scale provocations", saying its troops had responded to Armenian sabotage groups mining roads near the Kalbajar and Lachin districts. Armenia rejected the claim.

In Jermuk, shells hit a hotel and several houses, and residents spent the night in basements. Armenian officials said about 2,500 people had been evacuated from Jermuk and villages near Sotk and Goris. "The windows shattered and my daughter screamed," said Anahit Grigoryan, 38, who fled with her children to Yerevan.

A Russian-brokered ceasefire announced on Tuesday morning broke down within hours, Armenia said. A second truce, announced on Wednesday evening, appeared to be holding on Thursday.

Armenia asked the Russian-led Collective Security Treaty Organisation for military help; the bloc said it would send a fact-finding mission. Several hundred protesters gathered outside the government building in Yerevan on Wednesday night, accusing the prime minister of ceding territory.

The two countries fought a six-week war in 2020 over Nagorno-Karabakh, in which more than 6,500 people died.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["Dozens killed as Azerbaijan and Armenia [clash] along border", "at least 49 of its soldiers were [killed] when Azerbaijani forces attacked positions", "50 of its servicemen had [died]", "its troops had [responded] to Armenian sabotage groups"], a=["Azerbaijani forces", "its troops"], t=["positions along their border"], p=("Jermuk", 39.84, 45.67, "AM"), d="Tuesday", f=(99, 99), c=CL, note="Armenia-Azerbaijan border fighting"),
 R("ASSAULT", acled=SHELL, m=["border; Jermuk [shelled]", "[shelling] towns including the spa resort of Jermuk", "shells [hit] a hotel and several houses"], a=["Azerbaijani forces"], t=["a hotel and several houses"], p=("Jermuk", 39.84, 45.67, "AM"), d="Tuesday", c=CL, note="shelling of Jermuk"),
 R("ACCUSE", m=["[accused] Armenia of \"large-scale provocations\"", "Armenian sabotage groups [mining] roads near the Kalbajar and Lachin districts", "Armenia [rejected] the claim"], a=["Azerbaijan's defence ministry"], t=["Armenia", "Armenian sabotage groups"], p=None, c=["claimed", "denied"], note="Azerbaijan accuses Armenia; Armenia rejects"),
 R("MOVE", mode="flee", m=["about 2,500 people had been [evacuated] from Jermuk", "who [fled] with her children to Yerevan"], a=[], t=["about 2,500 people"], p=("Jermuk", 39.84, 45.67, "AM"), d="Tuesday", q=(2500, 2500), c=CL, note="2,500 evacuated from Jermuk, Sotk, Goris"),
 R("AGREE", acled=AGR, m=["A Russian-brokered [ceasefire] announced on Tuesday morning"], a=[], t=[], p=None, d="Tuesday", c=A, note="first ceasefire, broke down"),
 R("AGREE", acled=AGR, m=["A second [truce], announced on Wednesday evening"], a=[], t=[], p=None, d="Wednesday", c=A, note="second truce"),
 R("REQUEST", m=["Armenia [asked] the Russian-led Collective Security Treaty Organisation for military help"], a=["Armenia"], t=["the Russian-led Collective Security Treaty Organisation"], p=None, d=("Tuesday", "today"), c=A, note="Armenia requests CSTO help"),
 R("CONSULT", m=["the bloc said it would [send] a fact-finding mission"], a=["the bloc"], t=[], p=("Armenia", "country", "AM"), c=HY, note="CSTO fact-finding mission"),
 R("PROTEST", acled=PEACE, m=["Several hundred protesters [gathered] outside the government building in Yerevan", "[accusing] the prime minister of ceding territory"], a=["Several hundred protesters"], t=["the prime minister"], p=("Yerevan", 40.18, 44.51, "AM"), d="Wednesday", q=(200, 900), c=A, note="protest in Yerevan"),
 R("ASSAULT", acled=CLASH, m=["a six-week [war] in 2020 over Nagorno-Karabakh"], a=["The two countries"], t=[], p=("Nagorno-Karabakh", 39.82, 46.75, "AZ"), d=("2020-09-27", "2020-11-10"), f=(6500, 6500), c=A, opt=True, note="2020 war (background)"),
]))
