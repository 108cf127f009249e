from common import *
ARTS = []
ARTS.append(dict(id="own_167", pub="2025-07-22", src="Rovuma Press Agency", text='''
Insurgents behead four in Ancuabe village raid; hundreds flee to Metuge

PEMBA, Mozambique (RPA) — Islamic State-linked insurgents beheaded four men and burned dozens of huts in a raid on the village of Nanjua in Ancuabe district on Saturday night, local sources said.

The attackers, about 30 of them according to survivors, came on foot from the bush and went from house to house. "They tied the men's hands and killed them behind the school. We heard everything from the cashew trees where we were hiding," said Amina Saide, 35, a farmer.

The Islamic State claimed the raid through its propaganda outlets on Sunday, saying its fighters had killed four "Christians".

By Monday more than 800 people from Nanjua and neighbouring villages had arrived in Metuge district, the International Organization for Migration said. Many were sleeping in a school and in the yards of relatives.

Mozambican troops and Rwandan forces deployed to the area on Sunday and exchanged fire with a group of insurgents near the Montepuez river, killing five of them, the army said.

Also on Sunday, insurgents stopped a truck on the N1 road near Chiúre, ordered the driver out and set the vehicle on fire, police said. The driver was unhurt.

The attack in Nanjua was the second on the village this year. In May two people were shot dead there when gunmen raided the weekly market.

The provincial governor urged residents not to return to their fields until security had improved.
''', recs=[
 R("ASSAULT", acled=VAC, m=["Insurgents [behead] four in Ancuabe village raid", "Islamic State-linked insurgents [beheaded] four men", "They tied the men's hands and [killed] them behind the school", "The Islamic State [claimed] the raid through its propaganda outlets", "its fighters had [killed] four \"Christians\"", "The [attack] in Nanjua was the second"], a=["Islamic State-linked insurgents", "The attackers, about 30 of them", "The Islamic State"], t=["four men"], p=("Nanjua", -13.05, 39.83, "MZ"), d="Saturday", f=(4, 4), c=CL, note="insurgent raid on Nanjua, four beheaded; IS claim is a mention"),
 R("COERCE", acled=LOOT, m=["[burned] dozens of huts in a raid"], a=["Islamic State-linked insurgents"], t=["dozens of huts"], p=("Nanjua", -13.05, 39.83, "MZ"), d="Saturday", c=CL, note="huts burned"),
 R("MOVE", mode="flee", m=["hundreds [flee] to Metuge", "more than 800 people from Nanjua and neighbouring villages had [arrived] in Metuge district", "the cashew trees where we were [hiding]"], a=["more than 800 people from Nanjua and neighbouring villages"], p=("Metuge", -12.93, 40.29, "MZ"), d=("Saturday", "Monday"), q=(800, 800), c=CL, note="800 flee to Metuge"),
 R("ASSAULT", acled=CLASH, m=["Mozambican troops and Rwandan forces [deployed] to the area on Sunday", "[exchanged] fire with a group of insurgents near the Montepuez river"], a=["Mozambican troops and Rwandan forces"], t=["a group of insurgents"], p=("Montepuez river", -13.05, 39.90, "MZ"), d="Sunday", f=(5, 5), c=CL, note="troops clash with insurgents, five killed"),
 R("COERCE", acled=LOOT, m=["insurgents [stopped] a truck on the N1 road near Chiúre", "set the vehicle on [fire], police said"], a=["insurgents"], t=["a truck"], p=("Chiúre", -13.43, 39.98, "MZ"), d="Sunday", f=(0, 0), c=CL, note="truck burned near Chiúre (distinct)"),
 R("ASSAULT", acled=VAC, m=["In May two people were [shot] dead there"], a=["gunmen"], t=["the weekly market", "two people"], p=("Nanjua", -13.05, 39.83, "MZ"), d="2025-05", f=(2, 2), c=A, note="May market raid in Nanjua (earlier, same village, own date)"),
 R("REQUEST", m=["The provincial governor [urged] residents not to return"], a=["The provincial governor"], t=["residents"], p=None, c=A, note="governor urges residents to stay away from fields"),
]))

ARTS.append(dict(id="own_168", pub="2023-09-26", src="Southeast Turkey Monitor", text='''
PKK attack kills two soldiers in Hakkari; Turkish drones strike Gara in northern Iraq

HAKKARI, Turkey — Two Turkish soldiers were killed and three wounded on Sunday when militants of the outlawed Kurdistan Workers' Party (PKK) fired rockets and machine guns at a military outpost in the Çukurca district near the Iraqi border, the defence ministry said.

Troops returned fire and "neutralised" four of the attackers in the fighting that followed, the ministry said in a statement. The PKK did not comment on Sunday's assault.

Hours later, Turkish drones and warplanes struck 14 targets in the Gara region of northern Iraq, including caves, shelters and ammunition stores, the ministry said, adding that "many terrorists" had been killed.

In a separate strike on Monday, a drone hit a car on a road near Sulaimaniyah, killing three men, Kurdish security officials in Iraq said. They described the dead as PKK members. Turkey did not comment.

Iraq's foreign ministry condemned the strikes as a violation of the country's sovereignty and called on Ankara to stop cross-border operations.

In Diyarbakır, police detained 11 people suspected of links to the PKK in dawn raids on Tuesday, the state news agency reported.

The soldiers killed in Çukurca were buried in their home towns on Monday.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["PKK attack [kills] two soldiers in Hakkari", "Two Turkish soldiers were [killed] and three wounded on Sunday", "[fired] rockets and machine guns at a military outpost", "Troops [returned] fire and \"neutralised\" four", "The PKK did not comment on Sunday's [assault]", "The soldiers [killed] in Çukurca were buried"], a=["militants of the outlawed Kurdistan Workers' Party (PKK)", "Troops"], t=["a military outpost", "Two Turkish soldiers"], p=("Çukurca", 37.25, 43.61, "TR"), d="Sunday", f=(6, 6), i=(3, 3), c=CL, note="PKK attack on Çukurca outpost and firefight (2 soldiers + 4 attackers)"),
 R("ASSAULT", acled=AIR, m=["Turkish drones [strike] Gara in northern Iraq", "Turkish drones and warplanes [struck] 14 targets in the Gara region", "\"many terrorists\" had been [killed]"], a=["Turkish drones and warplanes"], t=["14 targets in the Gara region"], p=("Gara", 37.03, 43.60, "IQ"), d="Sunday", c=CL, note="air strikes on Gara"),
 R("ASSAULT", acled=AIR, m=["In a separate [strike] on Monday, a drone hit a car", "a drone [hit] a car on a road near Sulaimaniyah"], a=[], t=["a car", "three men"], p=("Sulaimaniyah", 35.56, 45.44, "IQ"), d="Monday", f=(3, 3), c=CL, note="drone strike on car near Sulaimaniyah (distinct)"),
 R("ACCUSE", also=["REQUEST"], m=["Iraq's foreign ministry [condemned] the strikes", "[called] on Ankara to stop cross-border operations"], a=["Iraq's foreign ministry"], t=["Ankara"], p=None, d=("Sunday", "today"), c=A, note="Iraq condemns Turkish strikes"),
 R("COERCE", acled=ARR, m=["police [detained] 11 people suspected of links to the PKK"], a=["police"], t=["11 people suspected of links to the PKK"], p=("Diyarbakır", 37.91, 40.24, "TR"), d="Tuesday", q=(11, 11), c=CL, note="11 detained in Diyarbakır"),
]))

ARTS.append(dict(id="own_169", pub="2024-12-09", src="Manila Ringside", text='''
Dagatan demolishes Ortega in five rounds to capture WBC silver belt

MANILA — Filipino southpaw Rey "The Hammer" Dagatan dropped Mexico's Luis Ortega three times and finished him with a killer left hook in the fifth round at the Araneta Coliseum on Saturday night, capturing the WBC silver featherweight belt.

Dagatan, 26, launched an all-out assault from the opening bell, bombing Ortega's body with hooks and forcing him onto the ropes. The first knockdown came late in the second round, when a short right left the Mexican sitting on the canvas.

"I told my corner I would go to war tonight," Dagatan said after the fight, his face barely marked. "He was tough, but I had him in my sights from the first minute."

Ortega, 31, fought back bravely in the third, landing a series of uppercuts that briefly stunned the home crowd. But he was floored again in the fourth and the referee stopped the bout 40 seconds into the fifth after another barrage.

"He hits like a truck. I have no excuses," Ortega said. His trainer said the Mexican had been ambushed by the speed of the Filipino's combinations.

About 12,000 fans filled the arena, chanting "Hammer! Hammer!" as Dagatan climbed the ropes with the belt. The victory puts him in line for a shot at the full world title next year, and his promoter said talks were under way to stage the fight in Cebu.

Dagatan's record now stands at 21 wins, 17 by knockout, and one defeat.
''', recs=[]))

ARTS.append(dict(id="own_170", pub="2024-05-14", src="Zagros Human Rights Bulletin", wrap=True, text='''
Iran: three Baluch men hanged in Zahedan; protesters fired on after Friday prayers

BULLETIN, 14 May 2024

Executions. Three Baluch men were hanged at Zahedan central prison at dawn on Sunday after being convicted of "moharebeh" (waging war against God) over an attack on a police post in 2022, according to their relatives. The families were not told of the executions in advance and were handed the bodies on the condition that they hold no public funerals.

The three were arrested in October 2022, weeks after security forces opened fire on worshippers and protesters in Zahedan on 30 September 2022, killing around 100 people. Their lawyers said their confessions had been obtained under torture.

Protest. After Friday prayers on 10 May, several hundred people marched from the Makki mosque in Zahedan chanting against the death sentences. Security forces fired tear gas and shotgun pellets at the crowd, wounding at least six protesters, local sources told us.

Arrests. Security forces arrested at least 15 people in Zahedan and Khash in the days after the protest, among them a 16-year-old boy.

Border killings. On 8 May, border guards shot dead two fuel porters near Saravan, according to a relative of one of the men.

Our call. We urge the Iranian authorities to halt all executions, release those detained for peaceful protest, and allow an independent investigation into the killings of September 2022.
''', recs=[
 R("SANCTION", m=["three Baluch men [hanged] in Zahedan", "Three Baluch men were [hanged] at Zahedan central prison", "were not told of the [executions] in advance"], a=[], t=["Three Baluch men"], p=("Zahedan", 29.50, 60.86, "IR"), d="Sunday", f=(3, 3), c=CL, note="execution of three Baluch men"),
 R("COERCE", acled=ARR, m=["The three were [arrested] in October 2022"], a=[], t=["The three"], p=("Zahedan", 29.50, 60.86, "IR"), d="2022-10", q=(3, 3), c=CL, note="2022 arrest of the three (own date)"),
 R("ASSAULT", acled=CLASH, m=["over an [attack] on a police post in 2022"], a=["Three Baluch men"], t=["a police post"], p=("Zahedan", 29.50, 60.86, "IR"), d="2022", c=CL, opt=True, note="alleged 2022 attack on police post (charge basis)"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["security forces [opened] fire on worshippers and protesters in Zahedan"], a=["security forces"], t=["worshippers and protesters"], p=("Zahedan", 29.50, 60.86, "IR"), d="2022-09-30", f=(90, 100), c=A, note="30 September 2022 Zahedan killings (background, own date)"),
 R("ACCUSE", m=["their confessions had been [obtained] under torture"], a=["Their lawyers"], t=[], p=None, c=CL, opt=True, note="lawyers allege torture"),
 R("PROTEST", acled=PINT, m=["several hundred people [marched] from the Makki mosque"], a=["several hundred people"], t=[], p=("Zahedan", 29.50, 60.86, "IR"), d="2024-05-10", q=(200, 900), c=CL, note="protest march against death sentences"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["protesters [fired] on after Friday prayers", "Security forces [fired] tear gas and shotgun pellets", "[wounding] at least six protesters"], a=["Security forces"], t=["the crowd"], p=("Zahedan", 29.50, 60.86, "IR"), d="2024-05-10", i=(6, 6), c=CL, note="tear gas and pellets, six wounded"),
 R("COERCE", acled=ARR, m=["Security forces [arrested] at least 15 people in Zahedan and Khash"], a=["Security forces"], t=["at least 15 people", "a 16-year-old boy"], p=("Zahedan", 29.50, 60.86, "IR"), d=("2024-05-10", "today"), q=(15, 15), c=CL, note="15 arrested after protest"),
 R("ASSAULT", acled=VAC, m=["border guards [shot] dead two fuel porters near Saravan"], a=["border guards"], t=["two fuel porters"], p=("Saravan", 27.37, 62.33, "IR"), d="2024-05-08", f=(2, 2), c=CL, note="fuel porters shot near Saravan"),
 R("REQUEST", m=["We [urge] the Iranian authorities to halt all executions"], a=[], t=["the Iranian authorities"], p=None, d="today", c=A, note="bulletin's call"),
]))

ARTS.append(dict(id="own_171", pub="2026-02-16", src="Quetta Frontier Post", text='''
Gunmen pull passengers off buses near Kalat and kill them; toll rises to 11

KALAT — Gunmen blocked the N-25 highway near Kalat late on Saturday, stopped two passenger buses and a van travelling from Quetta to Karachi, checked the identity cards of those on board and shot dead nine men from Punjab, officials said.

The death toll rose to 11 on Sunday after two of the four wounded men died at the Civil Hospital in Quetta, the deputy commissioner said.

The banned Balochistan Liberation Army (BLA) claimed responsibility, saying its fighters had "executed" men working for the intelligence agencies. Officials said the victims were labourers and a cook.

"They lined them up beside the road. We could hear them begging," said a driver, Ghulam Rasool, whose van was allowed to continue after the attackers searched it.

Separately, a bomb planted on a motorcycle exploded beside a police van on Quetta's Sariab Road on Sunday morning, wounding six policemen and a passer-by, police said.

The provincial government banned night travel for passenger transport on the N-25 and announced a targeted operation in the Kalat and Mangochar areas. "The terrorists who killed innocent labourers will be hunted down," the provincial home minister told reporters.

The highway has been targeted before. In August, gunmen killed five truck drivers near Mangochar after setting their vehicles on fire.
''', recs=[
 R("ASSAULT", acled=VAC, m=["Gunmen [pull] passengers off buses near Kalat", "[shot] dead nine men from Punjab", "The death [toll] rose to 11 on Sunday", "its fighters had \"[executed]\" men working", "They [lined] them up beside the road", "The terrorists who [killed] innocent labourers"], a=["Gunmen", "The banned Balochistan Liberation Army (BLA)"], t=["nine men from Punjab", "two passenger buses and a van"], p=("Kalat", 29.03, 66.59, "PK"), d="Saturday", f=(11, 11), i=(2, 4), c=AC, note="highway killings near Kalat; toll 9 -> 11; BLA claim is a mention"),
 R("COERCE", m=["Gunmen [blocked] the N-25 highway near Kalat", "[stopped] two passenger buses and a van"], a=["Gunmen"], t=["the N-25 highway"], p=("Kalat", 29.03, 66.59, "PK"), d="Saturday", c=A, opt=True, note="roadblock during the attack"),
 R("ASSAULT", acled=IED, m=["a bomb planted on a motorcycle [exploded] beside a police van"], a=[], t=["a police van", "six policemen and a passer-by"], p=("Sariab Road", 30.15, 66.99, "PK"), d="Sunday", i=(7, 7), c=CL, note="motorcycle bomb in Quetta (distinct)"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["The provincial government [banned] night travel"], a=["The provincial government"], t=[], p=("Kalat", 29.03, 66.59, "PK"), d=("Sunday", "today"), c=A, note="night travel ban"),
 R("THREATEN", also=["MOBILIZE"], m=["[announced] a targeted operation in the Kalat and Mangochar areas", "will be [hunted] down"], a=["The provincial government", "the provincial home minister"], t=["The terrorists"], p=("Kalat", 29.03, 66.59, "PK"), c=HY, note="operation announced"),
 R("ASSAULT", acled=VAC, m=["In August, gunmen [killed] five truck drivers near Mangochar"], a=["gunmen"], t=["five truck drivers"], p=("Mangochar", 29.13, 66.58, "PK"), d="2025-08", f=(5, 5), c=A, note="August attack near Mangochar (background, own date)"),
]))

ARTS.append(dict(id="own_172", pub="2026-06-23", src="Frontera Press", text='''
ELN and FARC dissidents fight for Catatumbo; more than 5,000 flee to Tibú and Cúcuta

CÚCUTA, Colombia — More than 5,000 people have fled villages in the Catatumbo region since the weekend as the National Liberation Army (ELN) and the 33rd Front of the FARC dissidents fought for control of coca-growing areas around Tibú, the Ombudsman's Office said on Tuesday.

Residents said the fighting began on Saturday when hundreds of ELN fighters entered the rural district of Campo Dos and attacked dissident camps. At least 16 people had been killed by Monday night, among them four civilians, according to the Ombudsman. The ELN said in a statement that it had taken control of the area.

Armed men also went from house to house with lists of people they accused of working for the other side and took away at least seven, relatives said. "They took my husband in his sandals. Nobody has called," said Luz Dary Pabón, 39, now sheltering in a stadium in Tibú.

The government declared a state of emergency in Catatumbo on Monday, suspended its talks with the ELN and said it was sending 2,000 more troops to the region.

The local authorities in Cúcuta opened two sports halls for displaced families and asked the national government for food and mattresses.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["ELN and FARC dissidents [fight] for Catatumbo", "the 33rd Front of the FARC dissidents [fought] for control", "the [fighting] began on Saturday", "[attacked] dissident camps", "At least 16 people had been [killed] by Monday night"], a=["the National Liberation Army (ELN)", "hundreds of ELN fighters"], t=["the 33rd Front of the FARC dissidents"], p=("Campo Dos", 8.63, -72.73, "CO"), d=("Saturday", "Monday"), f=(16, 16), c=CL, note="ELN-dissident fighting around Tibú since Saturday"),
 R("COERCE", acled=NSAOVER, m=["it had [taken] control of the area"], a=["The ELN"], t=[], p=("Campo Dos", 8.63, -72.73, "CO"), d=("Saturday", "today"), c=CL, opt=True, note="ELN claims control of area"),
 R("MOVE", mode="flee", m=["more than 5,000 [flee] to Tibú and Cúcuta", "More than 5,000 people have [fled] villages in the Catatumbo region", "now [sheltering] in a stadium in Tibú"], a=["More than 5,000 people"], p=("Tibú", 8.64, -72.73, "CO"), d=("Saturday", "today"), q=(5000, 5000), c=CL, note="5,000 displaced"),
 R("COERCE", acled=ABD, m=["Armed men also [went] from house to house", "[took] away at least seven, relatives said", "They [took] my husband in his sandals"], a=["Armed men"], t=["at least seven", "my husband"], p=("Tibú", 8.64, -72.73, "CO"), d=("Saturday", "today"), q=(7, 7), c=CL, note="seven abducted house to house"),
 R("ACCUSE", m=["people they [accused] of working for the other side"], a=["Armed men"], t=["people"], p=None, c=CL, opt=True, note="accusation of collaboration (pretext for abductions)"),
 R("SANCTION", also=["COERCE"], acled=OTH, m=["The government [declared] a state of emergency in Catatumbo"], a=["The government"], t=[], p=("Catatumbo", 8.8, -73.0, "CO"), d="Monday", c=A, note="state of emergency declared"),
 R("REJECT", also=["SANCTION"], m=["[suspended] its talks with the ELN"], a=["The government"], t=["the ELN"], p=None, d="Monday", c=A, note="talks with ELN suspended"),
 R("MOBILIZE", m=["it was [sending] 2,000 more troops to the region"], a=["The government"], t=[], p=("Catatumbo", 8.8, -73.0, "CO"), d="Monday", q=(2000, 2000), c=A, note="2,000 troops sent"),
 R("AID", m=["The local authorities in Cúcuta [opened] two sports halls"], a=["The local authorities in Cúcuta"], t=["displaced families"], p=("Cúcuta", 7.89, -72.51, "CO"), c=A, note="shelters opened"),
 R("REQUEST", m=["[asked] the national government for food and mattresses"], a=["The local authorities in Cúcuta"], t=["the national government"], p=None, c=A, note="local request for aid"),
]))

ARTS.append(dict(id="own_173", pub="2025-10-06", src="Atacora Security Note", wrap=True, text='''
Northern Benin: fighters attack ranger post in W park; IED hits army truck near Karimama

COTONOU — Fighters believed to belong to the al-Qaeda-linked JNIM attacked a ranger post inside W National Park near Alfakoara on Saturday, killing three rangers and a soldier, a security source said. Two other rangers were wounded.

JNIM later claimed the assault in a statement, saying it had killed ten "soldiers of the Beninese army" and seized weapons and motorbikes. The government spokesman confirmed only that "an attack" had taken place and gave no toll.

On Sunday an improvised explosive device hit an army truck on the track between Karimama and the Niger river, wounding five soldiers, according to the same source.

The army said it had launched air and ground operations in the park after the attack on the ranger post. Several hundred residents of villages on the park's edge have moved to Kandi in recent days, a local official said.

Northern Benin has suffered a rise in attacks by Sahel-based jihadists. In April, assaults on two army positions near the border with Niger and Burkina Faso killed more than 50 soldiers.

Assessment: armed groups now operate on both sides of the park's southern boundary. Further attacks on rangers and on road traffic between Kandi and Malanville are likely.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["fighters [attack] ranger post in W park", "JNIM [attacked] a ranger post inside W National Park near Alfakoara", "Two other rangers were [wounded]", "JNIM later [claimed] the assault in a statement", "it had [killed] ten \"soldiers of the Beninese army\"", "confirmed only that \"an [attack]\" had taken place", "after the [attack] on the ranger post"], a=["Fighters believed to belong to the al-Qaeda-linked JNIM"], t=["a ranger post", "three rangers and a soldier"], p=("Alfakoara", 11.43, 2.92, "BJ"), d="Saturday", f=(4, 10), i=(2, 2), c=["claimed", "believed"], note="JNIM attack on ranger post near Alfakoara"),
 R("COERCE", acled=LOOT, m=["[seized] weapons and motorbikes"], a=["JNIM"], t=[], p=("Alfakoara", 11.43, 2.92, "BJ"), d="Saturday", c=CL, opt=True, note="weapons taken (claimed)"),
 R("ASSAULT", acled=IED, m=["IED [hits] army truck near Karimama", "an improvised explosive device [hit] an army truck"], a=[], t=["an army truck", "five soldiers"], p=("Karimama", 12.07, 3.19, "BJ"), d="Sunday", i=(5, 5), c=CL, note="IED near Karimama (distinct)"),
 R("ASSAULT", acled=CLASH, m=["it had [launched] air and ground operations in the park"], a=["The army"], t=[], p=("W National Park", 11.90, 2.55, "BJ"), d=("Saturday", "today"), c=CL, opt=True, note="army operations in the park"),
 R("MOVE", mode="flee", m=["Several hundred residents of villages on the park's edge have [moved] to Kandi"], a=["Several hundred residents of villages on the park's edge"], p=("Kandi", 11.13, 2.94, "BJ"), d="lastweek", q=(200, 900), c=CL, note="residents move to Kandi"),
 R("ASSAULT", acled=CLASH, m=["In April, [assaults] on two army positions near the border"], a=[], t=["two army positions"], p=("Benin", "country", "BJ"), d="2025-04", f=(50, 60), c=A, note="April attacks on army positions (background, own date; place not in text beyond country)"),
]))

ARTS.append(dict(id="own_174", pub="2026-09-08", src="Tripoli Evening (translated from Arabic)", text='''
Clashes in Tripoli's Ain Zara kill six; ceasefire reached at dawn

Translated from Arabic

TRIPOLI — Six people, among them two civilians, were killed in armed clashes that broke out on Sunday evening between the 444th Combat Brigade and fighters of the Radaa Deterrence Apparatus in the Ain Zara district and near Mitiga airport, the Emergency Medicine Centre said.

Medium and heavy weapons were used in the fighting, and shells fell on residential buildings and a school. The Ministry of Health said 23 people had been wounded, including three children.

"We spent the night in the bathroom with the children. At dawn we drove to my brother's house in Tajoura," said a resident of Ain Zara who asked that his name not be published. Hundreds of families left the district overnight.

Flights at Mitiga International Airport were suspended and diverted to Misrata.

A ceasefire was reached at dawn on Monday after mediation by elders from Zawiya and Misrata, and the two sides agreed to withdraw their vehicles to their barracks, according to a statement from the Presidential Council, which ordered the armed units to leave the streets within 24 hours.

The UN Support Mission in Libya (UNSMIL) called on all parties to respect the truce and to protect civilians.

The clashes were the worst in the capital since May of last year, when fighting between rival groups in the Abu Salim district killed at least eight people.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["Clashes in Tripoli's Ain Zara [kill] six", "were [killed] in armed clashes that broke out on Sunday evening", "were used in the [fighting], and shells fell", "shells [fell] on residential buildings and a school", "23 people had been [wounded]", "The [clashes] were the worst in the capital"], a=["the 444th Combat Brigade", "fighters of the Radaa Deterrence Apparatus"], t=["fighters of the Radaa Deterrence Apparatus", "the 444th Combat Brigade"], p=("Ain Zara", 32.80, 13.23, "LY"), d=("Sunday", "Monday"), f=(6, 6), i=(23, 23), c=CL, note="Ain Zara clashes, six killed"),
 R("MOVE", mode="flee", m=["At dawn we [drove] to my brother's house in Tajoura", "Hundreds of families [left] the district overnight"], a=["Hundreds of families"], p=("Ain Zara", 32.80, 13.23, "LY"), d=("Sunday", "Monday"), q=(200, 900), c=CL, note="families flee Ain Zara"),
 R("COERCE", also=["SANCTION"], m=["Flights at Mitiga International Airport were [suspended]"], a=[], t=[], p=("Mitiga International Airport", 32.89, 13.28, "LY"), d=("Sunday", "Monday"), c=A, opt=True, note="flights suspended"),
 R("AGREE", acled=AGR, m=["A [ceasefire] was reached at dawn on Monday", "the two sides [agreed] to withdraw their vehicles", "to respect the [truce] and to protect"], a=["the two sides"], t=[], p=("Tripoli", 32.89, 13.19, "LY"), d="Monday", c=CL, note="ceasefire agreed after elders' mediation"),
 R("CONSULT", m=["after [mediation] by elders from Zawiya and Misrata"], a=["elders from Zawiya and Misrata"], t=["the two sides"], p=("Tripoli", 32.89, 13.19, "LY"), d=("Sunday", "Monday"), c=A, opt=True, note="mediation"),
 R("REQUEST", also=["COERCE"], m=["which [ordered] the armed units to leave the streets"], a=["the Presidential Council"], t=["the armed units"], p=("Tripoli", 32.89, 13.19, "LY"), d="Monday", c=A, note="Presidential Council orders units off streets"),
 R("REQUEST", m=["(UNSMIL) [called] on all parties to respect"], a=["The UN Support Mission in Libya (UNSMIL)"], t=["all parties"], p=None, c=A, note="UNSMIL appeal"),
 R("ASSAULT", acled=CLASH, m=["when [fighting] between rival groups in the Abu Salim district"], a=["rival groups"], t=[], p=("Abu Salim", 32.85, 13.18, "LY"), d="2025-05", f=(8, 8), c=A, note="May 2025 Abu Salim fighting (background, own date)"),
]))

ARTS.append(dict(id="own_175", pub="2025-03-25", src="Uppland News in English", text='''
Explosion wrecks entrance of Uppsala apartment block; 15-year-old arrested

UPPSALA — A powerful explosion tore off the entrance doors of an apartment building in the Gottsunda district at about 2.30 am on Monday, injuring a woman in a ground-floor flat and damaging more than 20 homes, police said.

Officers believe a device was placed deliberately at the door. A 15-year-old boy was arrested near a bus stop about 40 minutes later and is suspected of aggravated devastation endangering the public, the prosecutor said.

"The blast was so strong it blew in windows on the other side of the street. My daughter thought it was an earthquake," said Lina Haddad, 37, who lives opposite. About 60 residents were evacuated and spent the rest of the night in a school gym.

Police said Monday's explosion was probably linked to a conflict between criminal networks and that the intended target was a relative of a gang member who lives in the building.

It was the second blast in Gottsunda this year. On 18 February a bomb went off outside a hair salon in the district's shopping centre, causing damage but no injuries.

Separately, police in Stockholm said they had seized two automatic rifles and a kilo of explosives in a raid on a flat in Rinkeby on Sunday and arrested three men.

The head of Uppsala police said more officers would patrol Gottsunda at night. "Children are being hired to carry out these attacks. We must reach them first," she said.
''', recs=[
 R("ASSAULT", m=["[Explosion] wrecks entrance of Uppsala apartment block", "A powerful [explosion] tore off the entrance doors", "a device was [placed] deliberately at the door", "The [blast] was so strong it blew in windows", "Police said Monday's [explosion] was probably linked"], a=["A 15-year-old boy"], t=["an apartment building in the Gottsunda district", "a relative of a gang member"], p=("Gottsunda", 59.81, 17.61, "SE"), d="Monday", i=(1, 1), c=CL, note="deliberate bombing of apartment entrance; gang conflict, acled null"),
 R("COERCE", m=["A 15-year-old boy was [arrested] near a bus stop"], a=[], t=["A 15-year-old boy"], p=("Gottsunda", 59.81, 17.61, "SE"), d="Monday", q=(1, 1), c=A, note="teen arrested"),
 R("ACCUSE", m=["is [suspected] of aggravated devastation endangering the public"], a=["the prosecutor"], t=["A 15-year-old boy"], p=None, d="Monday", c=A, note="teen suspected of aggravated devastation"),
 R("MOVE", mode="relocate", m=["About 60 residents were [evacuated]"], a=["About 60 residents"], p=("Gottsunda", 59.81, 17.61, "SE"), d="Monday", q=(60, 60), c=A, opt=True, note="residents evacuated"),
 R("ASSAULT", m=["On 18 February a bomb [went] off outside a hair salon"], a=[], t=["a hair salon"], p=("Gottsunda", 59.81, 17.61, "SE"), d="2025-02-18", f=(0, 0), c=A, note="February bomb in Gottsunda (earlier, same district, own date)"),
 R("COERCE", m=["had [seized] two automatic rifles and a kilo of explosives", "[arrested] three men"], a=["police in Stockholm"], t=["three men"], p=("Rinkeby", 59.39, 17.93, "SE"), d="Sunday", q=(3, 3), c=CL, note="Rinkeby raid: weapons seized, three arrested (distinct)"),
 R("MOBILIZE", m=["more officers would [patrol] Gottsunda at night"], a=["The head of Uppsala police"], t=[], p=("Gottsunda", 59.81, 17.61, "SE"), c=HY, opt=True, note="more patrols planned"),
]))

ARTS.append(dict(id="own_176", pub="2026-03-24", src="Plateau Standard", text='''
Gunmen kill 17 in Mushere villages; youths block Jos–Abuja road as curfew imposed

JOS — Gunmen attacked three villages in the Mushere district of Bokkos local government area late on Sunday, killing 17 people and setting homes ablaze, community leaders said.

The attackers arrived at about 10pm, firing sporadically as they moved from house to house, said Emmanuel Dakum, a youth leader in Mushere. "We buried 17 people this afternoon. Among them are a pregnant woman and three children." Police confirmed 12 deaths and said eight wounded people were taken to hospital in Bokkos.

Community leaders blamed armed herders for the attack. A herders' association denied any role and said its members had also lost cattle to rustlers.

On Monday, hundreds of youths blocked the Jos–Abuja highway at Mararaba Jama'a with burning tyres to protest against the killings. Soldiers fired into the air to clear the road, and two protesters were hurt in the stampede.

The state government imposed a 24-hour curfew on Bokkos on Monday evening. Police said they had arrested five suspects in a forest near the villages.

About 4,000 people from the affected villages have taken refuge in Bokkos town, the State Emergency Management Agency said.

Sunday's attack was the deadliest in Bokkos since December, when gunmen killed eight people in the village of Hurti.
''', recs=[
 R("ASSAULT", acled=VAC, m=["Gunmen [kill] 17 in Mushere villages", "Gunmen [attacked] three villages in the Mushere district", "[firing] sporadically as they moved from house to house", "We [buried] 17 people this afternoon", "Police confirmed 12 [deaths]", "to protest against the [killings]", "Sunday's [attack] was the deadliest in Bokkos"], a=["Gunmen", "armed herders"], t=["three villages in the Mushere district"], p=("Mushere", 9.35, 9.10, "NG"), d="Sunday", f=(12, 17), i=(8, 8), c=CL, note="attack on Mushere villages, 12-17 dead"),
 R("COERCE", acled=LOOT, m=["[setting] homes ablaze"], a=["Gunmen"], t=["homes"], p=("Mushere", 9.35, 9.10, "NG"), d="Sunday", c=CL, opt=True, note="homes burned during attack"),
 R("ACCUSE", m=["Community leaders [blamed] armed herders"], a=["Community leaders"], t=["armed herders"], p=None, d=("Sunday", "today"), c=CL, note="community leaders blame herders"),
 R("REJECT", also=["ACCUSE"], m=["A herders' association [denied] any role"], a=["A herders' association"], t=[], p=None, d=("Sunday", "today"), c=DN, note="herders' association denies"),
 R("PROTEST", acled=PINT, m=["youths [block] Jos–Abuja road", "hundreds of youths [blocked] the Jos–Abuja highway"], a=["hundreds of youths"], t=[], p=("Mararaba Jama'a", 9.62, 8.97, "NG"), d="Monday", q=(200, 900), c=A, note="youths block highway in protest"),
 R("COERCE", acled=XFORCE, m=["Soldiers [fired] into the air to clear the road", "two protesters were [hurt] in the stampede"], a=["Soldiers"], t=["hundreds of youths"], p=("Mararaba Jama'a", 9.62, 8.97, "NG"), d="Monday", i=(2, 2), c=A, note="soldiers disperse protest"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["as curfew [imposed]", "The state government [imposed] a 24-hour curfew on Bokkos"], a=["The state government"], t=[], p=("Bokkos", 9.30, 8.99, "NG"), d="Monday", c=A, note="24-hour curfew on Bokkos"),
 R("COERCE", acled=ARR, m=["they had [arrested] five suspects in a forest"], a=["Police"], t=["five suspects"], p=("Mushere", 9.35, 9.10, "NG"), d=("Sunday", "today"), q=(5, 5), c=CL, note="five suspects arrested"),
 R("MOVE", mode="flee", m=["About 4,000 people from the affected villages have [taken] refuge"], a=["About 4,000 people from the affected villages"], p=("Bokkos", 9.30, 8.99, "NG"), d=("Sunday", "today"), q=(4000, 4000), c=CL, note="4,000 displaced to Bokkos"),
 R("ASSAULT", acled=VAC, m=["when gunmen [killed] eight people in the village of Hurti"], a=["gunmen"], t=["eight people"], p=("Hurti", 9.32, 9.08, "NG"), d="2025-12", f=(8, 8), c=A, note="December killing in Hurti (background, own date)"),
]))
