from common import *
ARTS = []
ARTS.append(dict(id="own_187", pub="2025-02-24", src="Lahore Sports Desk", text='''
Spinners strike as Pakistan crush Afghanistan by eight wickets

LAHORE — Pakistan's spinners ripped through Afghanistan's batting line-up at the Gaddafi Stadium on Sunday, bowling the visitors out for 142 and setting up an eight-wicket victory with 14 overs to spare.

Leg-spinner Usman Tariq was the chief destroyer, capturing four wickets for 23 runs in a devastating spell that left the Afghans reeling at 88 for six. "I attacked the stumps from the first ball. When the pitch is turning like this, you have to go for the kill," he said.

Afghanistan's openers had launched a ferocious assault on the new ball, smashing 41 runs in the first five overs before Pakistan's captain turned to spin. From there the innings collapsed. Three batsmen were run out in panic as the pressure mounted.

Pakistan's reply was clinical. Opener Fahad Mirza blasted 71 from 58 balls, hammering five sixes, and the hosts reached the target with their captain unbeaten on 39.

Afghanistan's coach admitted his side had been "ambushed" by the slow surface. "We surrendered too easily after a brilliant start. We must regroup and fight back in Karachi," he said.

The two teams meet again on Wednesday in the second match of the three-game series. About 22,000 fans watched Sunday's game, many of them waving green flags and beating drums long after the winning runs.
''', recs=[]))

ARTS.append(dict(id="own_188", pub="2024-10-22", src="El Diario de la Frontera Sur (translated from Spanish)", text='''
Migrant caravan leaves Tapachula; immigration agents detain 300 and bus them away

Translated from Spanish

TAPACHULA, Chiapas — About 2,500 migrants, most of them from Venezuela, Cuba, Honduras and Haiti, set out on foot from Tapachula before dawn on Sunday, in the largest caravan to leave the city this year.

The group, which included hundreds of children, walked about 30 kilometres along the coastal highway and spent the night in the town of Huixtla. "We have waited four months for an appointment on the app. The children cannot wait any longer," said Yorleidy Castaño, 29, from Maracaibo, who was pushing a pram.

On Monday, agents of the National Migration Institute (INM) and National Guard troops blocked the highway at a checkpoint near Escuintla and detained about 300 people, officials said. Activists said the detainees were put on buses and taken to the cities of Villahermosa and Oaxaca, where they were let go with temporary documents. The rest of the caravan dispersed into the fields.

The INM said the operation had been carried out "with full respect for human rights". An activist who accompanies the caravan, Rubén Ortiz Mena, said agents had beaten two young men who refused to board.

Separately, navy personnel rescued 74 migrants, among them 11 minors, from the trailer of a truck abandoned on a road outside Arriaga on Saturday. The driver fled. The state prosecutor's office said it was searching for him on suspicion of people smuggling.

Also on Monday, a deportation flight from the United States landed in Guatemala City with 135 Guatemalans on board, the Guatemalan migration institute said.
''', recs=[
 R("MOVE", mode="gather", m=["Migrant caravan [leaves] Tapachula", "[set] out on foot from Tapachula before dawn on Sunday", "in the largest [caravan] to leave the city this year", "[walked] about 30 kilometres along the coastal highway"], a=["About 2,500 migrants"], p=("Tapachula", 14.90, -92.26, "MX"), d="Sunday", q=(2500, 2500), c=A, note="caravan of 2,500 sets out from Tapachula, reaches Huixtla"),
 R("COERCE", also=["MOVE"], m=["immigration agents [detain] 300 and bus them away", "[blocked] the highway at a checkpoint near Escuintla", "[detained] about 300 people, officials said", "The INM said the [operation] had been carried out"], a=["agents of the National Migration Institute (INM) and National Guard troops"], t=["about 300 people"], p=("Escuintla", 15.32, -92.66, "MX"), d="Monday", q=(300, 300), c=CL, note="caravan blocked at Escuintla, 300 detained"),
 R("MOVE", mode="relocate", also=["COERCE"], m=["the detainees were put on buses and [taken] to the cities of Villahermosa and Oaxaca"], a=[], t=["the detainees"], p=("Villahermosa", 17.99, -92.93, "MX"), d="Monday", q=(300, 300), c=CL, note="detainees bussed to Villahermosa and Oaxaca"),
 R("MOVE", mode="flee", m=["The rest of the caravan [dispersed] into the fields"], a=["The rest of the caravan"], p=("Escuintla", 15.32, -92.66, "MX"), d="Monday", c=CL, opt=True, note="rest of caravan scatters"),
 R("ASSAULT", acled=VAC, m=["agents had [beaten] two young men who refused to board"], a=["agents"], t=["two young men who refused to board"], p=("Escuintla", 15.32, -92.66, "MX"), d="Monday", i=(2, 2), c=CL, note="activist says agents beat two men"),
 R("MOVE", mode="smuggle", m=["from the trailer of a truck [abandoned] on a road outside Arriaga"], a=["The driver"], t=["74 migrants, among them 11 minors"], p=("Arriaga", 16.24, -93.90, "MX"), d="Saturday", q=(74, 74), c=CL, note="74 migrants smuggled in a truck trailer"),
 R("AID", m=["navy personnel [rescued] 74 migrants"], a=["navy personnel"], t=["74 migrants, among them 11 minors"], p=("Arriaga", 16.24, -93.90, "MX"), d="Saturday", q=(74, 74), c=A, opt=True, note="navy frees migrants from trailer"),
 R("ACCUSE", m=["on [suspicion] of people smuggling"], a=["The state prosecutor's office"], t=["The driver"], p=None, c=A, opt=True, note="driver sought for smuggling"),
 R("MOVE", mode="deport", m=["a deportation [flight] from the United States landed in Guatemala City"], a=["the United States"], t=["135 Guatemalans"], p=("Guatemala City", 14.63, -90.51, "GT"), d="Monday", q=(135, 135), c=CL, note="US deportation flight with 135 Guatemalans"),
]))

ARTS.append(dict(id="own_189", pub="2024-09-24", src="Dhaka Metro Times", text='''
Ashulia garment worker killed as wage protest turns violent; army deploys on highway

SAVAR — A garment worker was killed and at least 25 people were injured on Monday when police fired rubber bullets and tear gas at thousands of workers who had blocked the Dhaka–Tangail highway at Ashulia to demand unpaid wages, police and hospital officials said.

The workers, from factories in the Zirabo and Narasinghapur areas, began the protest at about 9am, marching out of their factories and sitting down on the road. By midday some of them were throwing bricks at police and at factories that had stayed open, and a group set fire to a motorbike outside one factory gate, witnesses said.

The dead man, Abdur Rahim, 24, a sewing operator, was hit in the head, his colleagues said. "We only wanted our August salary. They shot at us as if we were criminals," said Shirin Akter, 22, who worked on the same line.

Police said officers had fired in self-defence after "miscreants" attacked them. Industrial police said 14 officers were injured.

More than 60 factories in Ashulia declared a holiday on Tuesday, citing security concerns. The army deployed armoured vehicles on the highway overnight.

In neighbouring Gazipur, about 5,000 workers held a peaceful rally on Monday demanding a rise in the minimum wage and marched to the office of the Department of Labour without incident.

Separately, police arrested 18 people in Ashulia overnight on charges of vandalism and arson. The Bangladesh Garment Manufacturers and Exporters Association called on the government to "protect factories from outsiders".
''', recs=[
 R("PROTEST", acled=RIOT, m=["as wage [protest] turns violent", "who had [blocked] the Dhaka–Tangail highway at Ashulia", "began the [protest] at about 9am", "some of them were [throwing] bricks at police", "a group [set] fire to a motorbike", "after \"miscreants\" [attacked] them", "14 officers were [injured]"], a=["thousands of workers", "The workers, from factories in the Zirabo and Narasinghapur areas"], t=["police"], p=("Ashulia", 23.89, 90.33, "BD"), d="Monday", i=(14, 14), q=(1000, 9000), c=CL, note="garment workers' road blockade turns into brick-throwing"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["Ashulia garment worker [killed]", "police [fired] rubber bullets and tear gas", "Abdur Rahim, 24, a sewing operator, was [hit] in the head", "They [shot] at us as if we were criminals", "officers had [fired] in self-defence"], a=["police"], t=["thousands of workers", "Abdur Rahim"], p=("Ashulia", 23.89, 90.33, "BD"), d="Monday", f=(1, 1), i=(25, 25), c=CL, note="police fire on workers, one killed"),
 R("MOBILIZE", m=["army [deploys] on highway", "The army [deployed] armoured vehicles on the highway"], a=["The army"], t=[], p=("Ashulia", 23.89, 90.33, "BD"), d=("Monday", "today"), c=A, note="army armoured vehicles on the highway"),
 R("PROTEST", acled=PEACE, m=["about 5,000 workers held a peaceful [rally]", "[marched] to the office of the Department of Labour"], a=["about 5,000 workers"], t=["the Department of Labour"], p=("Gazipur", 24.00, 90.42, "BD"), d="Monday", q=(5000, 5000), c=A, note="peaceful wage rally in Gazipur"),
 R("COERCE", acled=ARR, m=["police [arrested] 18 people in Ashulia overnight"], a=["police"], t=["18 people"], p=("Ashulia", 23.89, 90.33, "BD"), d=("Monday", "today"), q=(18, 18), c=A, note="18 arrested for vandalism and arson"),
 R("ACCUSE", m=["on [charges] of vandalism and arson"], a=["police"], t=["18 people"], p=None, d=("Monday", "today"), c=A, opt=True, note="charges against those arrested"),
 R("REQUEST", m=["[called] on the government to \"protect factories"], a=["The Bangladesh Garment Manufacturers and Exporters Association"], t=["the government"], p=None, c=A, note="BGMEA asks for protection"),
]))

ARTS.append(dict(id="own_190", pub="2025-01-20", src="Jubaland Security Monitor", wrap=True, text='''
Somalia weekly: Ethiopian troops hand over Gedo bases; AUSSOM troops arrive; cache seized in Kismayo

Reporting period 13–19 January 2025. Compiled from local sources, officials and media; not all items independently verified.

1. Handover. Ethiopian troops withdrew from two forward operating bases at Garbaharey and Burdhubo in Gedo region on 15 January and handed them over to the Somali National Army (SNA), regional officials said. A handover ceremony was held in Garbaharey. Residents reported that SNA units took up positions in both bases the same day.

2. Deployment. About 400 Ugandan troops arrived in Mogadishu by air on 17 January as part of the new African Union mission, AUSSOM, according to a Somali government source. Their deployment area has not been announced.

3. Weapons cache. Jubaland police said on 18 January that they had seized a cache of explosives, detonators and two rocket launchers from a house in Kismayo's Farjano district and arrested three men suspected of working for al-Shabaab.

4. Defections. Five al-Shabaab fighters, among them a mid-level commander, surrendered to the SNA in Baardheere on 16 January and handed in their rifles, according to the district commissioner. The government runs a rehabilitation programme for defectors in Baidoa.

5. Attack. Al-Shabaab fighters attacked an SNA checkpoint on the outskirts of Luuq on the night of 18 January. One soldier was killed, a local elder said. The group claimed to have killed seven.

6. Curfew. The Gedo regional administration imposed a curfew from 9pm to 6am in Garbaharey following the withdrawal.

Analyst comment: the Ethiopian pullback leaves SNA units thinly spread along the Juba valley; further attacks on newly handed-over positions are likely.
''', recs=[
 R("RETREAT", also=["MOBILIZE"], acled=NVT, m=["Ethiopian troops [hand] over Gedo bases", "Ethiopian troops [withdrew] from two forward operating bases", "[handed] them over to the Somali National Army (SNA)", "A handover [ceremony] was held in Garbaharey", "SNA units [took] up positions in both bases", "following the [withdrawal]", "the Ethiopian [pullback] leaves SNA units"], a=["Ethiopian troops"], t=["the Somali National Army (SNA)"], p=("Garbaharey", 3.33, 42.22, "SO"), d="2025-01-15", c=CL, note="Ethiopian withdrawal and handover of Garbaharey and Burdhubo bases to SNA"),
 R("MOBILIZE", m=["AUSSOM troops [arrive]", "About 400 Ugandan troops [arrived] in Mogadishu", "Their [deployment] area has not been announced"], a=["About 400 Ugandan troops"], t=[], p=("Mogadishu", 2.04, 45.34, "SO"), d="2025-01-17", q=(400, 400), c=CL, note="400 Ugandan AUSSOM troops arrive"),
 R("COERCE", acled=DISR, m=["cache [seized] in Kismayo", "they had [seized] a cache of explosives"], a=["Jubaland police"], t=["a cache of explosives, detonators and two rocket launchers"], p=("Kismayo", -0.36, 42.55, "SO"), d=("2025-01-13", "2025-01-18"), c=CL, note="explosives cache seized in Farjano"),
 R("COERCE", acled=ARR, m=["[arrested] three men suspected of working for al-Shabaab"], a=["Jubaland police"], t=["three men suspected of working for al-Shabaab"], p=("Kismayo", -0.36, 42.55, "SO"), d=("2025-01-13", "2025-01-18"), q=(3, 3), c=CL, note="three suspected al-Shabaab men arrested"),
 R("MOVE", mode="defect", also=["CONCEDE"], acled=CHG, m=["Five al-Shabaab fighters, among them a mid-level commander, [surrendered]", "[handed] in their rifles"], a=["Five al-Shabaab fighters, among them a mid-level commander"], t=["the SNA"], p=("Baardheere", 2.34, 42.28, "SO"), d="2025-01-16", q=(5, 5), c=CL, note="five al-Shabaab defectors surrender in Baardheere"),
 R("ASSAULT", acled=CLASH, m=["Al-Shabaab fighters [attacked] an SNA checkpoint", "One soldier was [killed], a local elder said", "The group [claimed] to have killed seven"], a=["Al-Shabaab fighters"], t=["an SNA checkpoint"], p=("Luuq", 3.80, 42.54, "SO"), d="2025-01-18", f=(1, 7), c=CL, note="attack on SNA checkpoint at Luuq, toll disputed"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["The Gedo regional administration [imposed] a curfew"], a=["The Gedo regional administration"], t=[], p=("Garbaharey", 3.33, 42.22, "SO"), d=("2025-01-15", "2025-01-19"), c=CL, note="night curfew in Garbaharey"),
]))

ARTS.append(dict(id="own_191", pub="2025-03-11", src="Daily Sarhad Times (translated from Urdu)", text='''
Three attacks in Khyber Pakhtunkhwa: police van targeted in Lakki Marwat, polio guard martyred in Bajaur, elder shot dead in Mir Ali

Translated from Urdu

PESHAWAR — A roadside bomb struck a police van on the Lakki Marwat–Bannu road on Monday morning, as a result of which three policemen were martyred and two were injured, according to the district police officer.

The police van was on its way to escort a polio vaccination team when the device, planted in a culvert, was detonated by remote control. The injured were shifted to the district hospital. No group has so far claimed responsibility for the blast, but police said suspicion fell on local commanders of the banned TTP.

In another attack on the same day, unknown motorcyclists opened fire on a policeman guarding a polio team in the Mamund tehsil of Bajaur district, martyring him on the spot. The vaccinators were unhurt. The provincial health department suspended the campaign in Mamund for three days after the incident.

Later, in the evening, a tribal elder, Malik Gul Zaman, was shot dead outside his hujra in Mir Ali, North Waziristan, by armed men who fled the scene, his relatives said. He had taken part in a peace jirga last month.

The Chief Minister condemned the attacks and directed the police to arrest those involved. Police said a search operation had been launched in the areas around the Lakki Marwat culvert, and four suspects had been taken into custody.

It should be noted that this year more than 90 policemen have been martyred in the province.
''', recs=[
 R("ASSAULT", acled=IED, m=["police van [targeted] in Lakki Marwat", "A roadside bomb [struck] a police van", "three policemen were [martyred] and two were injured", "was [detonated] by remote control", "claimed responsibility for the [blast]"], a=["local commanders of the banned TTP"], t=["a police van", "three policemen"], p=("Lakki Marwat", 32.61, 70.91, "PK"), d="Monday", f=(3, 3), i=(2, 2), c=["claimed", "believed"], note="roadside bomb on police van, TTP suspected"),
 R("ACCUSE", m=["police said [suspicion] fell on local commanders"], a=["police"], t=["local commanders of the banned TTP"], p=None, d="Monday", c=BL, note="police suspect TTP commanders"),
 R("ASSAULT", acled=CLASH, m=["polio guard [martyred] in Bajaur", "In another [attack] on the same day", "unknown motorcyclists [opened] fire on a policeman", "[martyring] him on the spot", "for three days after the [incident]"], a=["unknown motorcyclists"], t=["a policeman guarding a polio team"], p=("Mamund", 34.80, 71.40, "PK"), d="Monday", f=(1, 1), c=CL, note="policeman guarding polio team shot dead in Mamund (distinct)"),
 R("ASSAULT", acled=VAC, m=["elder [shot] dead in Mir Ali", "Malik Gul Zaman, was [shot] dead outside his hujra"], a=["armed men who fled the scene"], t=["a tribal elder, Malik Gul Zaman"], p=("Mir Ali", 33.02, 70.30, "PK"), d="Monday", f=(1, 1), c=CL, note="tribal elder shot dead in Mir Ali (distinct)"),
 R("CONSULT", m=["He had taken part in a peace [jirga] last month"], a=["Malik Gul Zaman"], t=[], p=None, d="2025-02", c=A, opt=True, note="peace jirga last month (background)"),
 R("ACCUSE", also=["REQUEST"], m=["The Chief Minister [condemned] the attacks", "[directed] the police to arrest those involved"], a=["The Chief Minister"], t=[], p=None, d="today", c=A, note="chief minister condemns attacks, orders arrests"),
 R("COERCE", acled=ARR, m=["a search [operation] had been launched", "four suspects had been [taken] into custody"], a=["Police"], t=["four suspects"], p=("Lakki Marwat", 32.61, 70.91, "PK"), d=("Monday", "today"), q=(4, 4), c=CL, note="search operation, four suspects detained"),
]))

ARTS.append(dict(id="own_192", pub="2024-08-30", src="Eastern Chad Situation Report", wrap=True, text='''
Chad: Sudanese refugee influx — Situation Report No. 14 (30 August 2024)

KEY FIGURES: 9,800 new arrivals at Adré in the past week; 2,300 people relocated to Aboutengue camp; 27 border crossing points monitored.

SITUATION OVERVIEW

Arrivals from West Darfur continued at a high rate during the week of 22–28 August. New arrivals interviewed at the Adré entry point said armed men on motorcycles and horses had attacked villages around Murnei and Misterei, burning houses and taking livestock, and that they had fled on foot. Several said men had been separated from their families at checkpoints on the road and had not been seen since.

On 25 August, a group of about 40 people, including a man with gunshot wounds, reached Adré after walking for four nights. They told protection monitors that armed men had fired on them near the border village of Kongo Haraza, killing two.

Heavy rains flooded parts of the Adré spontaneous site on 26 and 27 August, destroying about 600 shelters.

RELOCATIONS

The Chadian authorities and UNHCR relocated 2,300 refugees from Adré to Aboutengue camp by truck during the week. Relocations were paused on 27 August after the wadi between Adré and Farchana flooded and trucks could not pass. Some refugees refused relocation, saying they preferred to stay near the border to wait for relatives.

RETURNS

About 150 Chadian returnees, who had lived in Darfur for years, were registered at Tiné, in Wadi Fira province.

NEEDS AND RESPONSE

Partners distributed food to 42,000 people in Adré. The cholera treatment centre in Adré recorded 16 new suspected cases.
''', recs=[
 R("MOVE", mode="cross_border", m=["9,800 new [arrivals] at Adré in the past week", "[Arrivals] from West Darfur continued at a high rate", "that they had [fled] on foot"], a=["9,800 new arrivals"], p=("Adré", 13.47, 22.20, "TD"), d=("2024-08-22", "2024-08-28"), q=(9800, 9800), c=CL, note="9,800 arrivals from West Darfur at Adré"),
 R("ASSAULT", acled=VAC, m=["armed men on motorcycles and horses had [attacked] villages around Murnei"], a=["armed men on motorcycles and horses"], t=["villages around Murnei and Misterei"], p=("Murnei", 12.95, 22.87, "SD"), c=CL, note="attacks on villages around Murnei and Misterei"),
 R("COERCE", acled=LOOT, m=["[burning] houses and taking livestock"], a=["armed men on motorcycles and horses"], t=["houses"], p=("Murnei", 12.95, 22.87, "SD"), c=CL, note="houses burned, livestock taken"),
 R("COERCE", acled=ABD, m=["men had been [separated] from their families at checkpoints"], a=[], t=[], p=("West Darfur", 13.20, 22.40, "SD"), c=CL, note="men separated at checkpoints, missing"),
 R("MOVE", mode="cross_border", m=["a group of about 40 people, including a man with gunshot wounds, [reached] Adré"], a=["a group of about 40 people"], p=("Adré", 13.47, 22.20, "TD"), d="2024-08-25", q=(40, 40), c=CL, note="group of 40 reaches Adré after four nights"),
 R("ASSAULT", acled=VAC, m=["armed men had [fired] on them near the border village of Kongo Haraza"], a=["armed men"], t=["a group of about 40 people"], p=("Kongo Haraza", 13.43, 22.30, "SD"), d=("2024-08-21", "2024-08-25"), f=(2, 2), i=(1, 1), c=CL, note="group fired on near Kongo Haraza, two killed"),
 R("MOVE", mode="relocate", m=["2,300 people [relocated] to Aboutengue camp", "The Chadian authorities and UNHCR [relocated] 2,300 refugees"], a=["The Chadian authorities and UNHCR"], t=["2,300 refugees"], p=("Aboutengue", 13.50, 21.60, "TD"), d=("2024-08-22", "2024-08-28"), q=(2300, 2300), c=CL, note="2,300 relocated from Adré to Aboutengue"),
 R("REJECT", m=["Some refugees [refused] relocation"], a=["Some refugees"], t=[], p=("Adré", 13.47, 22.20, "TD"), d=("2024-08-22", "2024-08-28"), c=CL, opt=True, note="some refuse relocation"),
 R("MOVE", mode="return", m=["About 150 Chadian returnees, who had lived in Darfur for years, were [registered]"], a=["About 150 Chadian returnees"], p=("Tiné", 14.98, 22.80, "TD"), d=("2024-08-22", "2024-08-28"), q=(150, 150), c=CL, note="150 Chadian returnees registered at Tiné"),
 R("AID", m=["Partners [distributed] food to 42,000 people"], a=["Partners"], t=["42,000 people"], p=("Adré", 13.47, 22.20, "TD"), q=(42000, 42000), c=A, note="food distribution in Adré"),
]))

ARTS.append(dict(id="own_193", pub="2025-03-03", src="Balkan Wire Service", text='''
Students block Belgrade bridge in peaceful protest; car hits demonstrators in Novi Sad

BELGRADE (BWS) — Tens of thousands of people, led by university students, blocked the Gazela bridge in Belgrade for 15 hours on Saturday, the biggest demonstration in the capital in years, in a peaceful show of anger at corruption.

Protesters observed 15 minutes of silence at noon, and farmers on tractors joined the crowd in the afternoon. Police stood back and made no arrests. "We are not asking for anything impossible, only for institutions that work," said Milica Stanković, 21, a law student from Kragujevac.

In Novi Sad, a car drove into a group of students who were blocking a junction on Sunday morning, injuring a 20-year-old woman, who was taken to hospital with a broken leg. Police arrested the driver, a 54-year-old local man, and prosecutors said he would be charged with attempted murder. Witnesses said he had accelerated after shouting at the students.

Also on Sunday, a group of about 15 masked men armed with baseball bats attacked students who were guarding the entrance of the Faculty of Philosophy in Novi Sad, the students said. Three were treated for head injuries. The students said the men came from the offices of the ruling Serbian Progressive Party nearby; the party denied any involvement.

The president accused foreign services of financing the protests and said he would not resign. Students have called a general strike for 7 March and asked workers in schools, hospitals and theatres to join.
''', recs=[
 R("PROTEST", acled=PEACE, m=["Students [block] Belgrade bridge in peaceful protest", "[blocked] the Gazela bridge in Belgrade for 15 hours", "the biggest [demonstration] in the capital in years", "farmers on tractors [joined] the crowd"], a=["Tens of thousands of people, led by university students"], t=[], p=("Gazela bridge", 44.80, 20.44, "RS"), d="Saturday", q=(10000, 90000), c=A, note="peaceful blockade of Gazela bridge"),
 R("PROTEST", acled=PEACE, m=["who were [blocking] a junction on Sunday morning"], a=["a group of students who were blocking a junction"], t=[], p=("Novi Sad", 45.25, 19.84, "RS"), d="Sunday", c=A, note="students block junction in Novi Sad"),
 R("ASSAULT", acled=VAC, m=["car [hits] demonstrators in Novi Sad", "a car [drove] into a group of students", "[injuring] a 20-year-old woman", "he had [accelerated] after shouting at the students"], a=["the driver, a 54-year-old local man"], t=["a group of students who were blocking a junction", "a 20-year-old woman"], p=("Novi Sad", 45.25, 19.84, "RS"), d="Sunday", i=(1, 1), c=A, note="driver rams student blockade"),
 R("COERCE", acled=ARR, m=["Police [arrested] the driver"], a=["Police"], t=["the driver, a 54-year-old local man"], p=("Novi Sad", 45.25, 19.84, "RS"), d="Sunday", q=(1, 1), c=A, note="driver arrested"),
 R("ACCUSE", m=["he would be [charged] with attempted murder"], a=["prosecutors"], t=["the driver, a 54-year-old local man"], p=None, c=HY, note="attempted murder charge announced"),
 R("ASSAULT", acled=VAC, m=["armed with baseball bats [attacked] students", "Three were [treated] for head injuries"], a=["a group of about 15 masked men armed with baseball bats"], t=["students who were guarding the entrance of the Faculty of Philosophy in Novi Sad"], p=("Novi Sad", 45.25, 19.84, "RS"), d="Sunday", i=(3, 3), c=CL, note="masked men with bats attack students at faculty"),
 R("ACCUSE", m=["the men [came] from the offices of the ruling Serbian Progressive Party"], a=["The students"], t=["the ruling Serbian Progressive Party"], p=None, d="Sunday", c=CL, note="students blame ruling party"),
 R("REJECT", also=["ACCUSE"], m=["the party [denied] any involvement"], a=["the ruling Serbian Progressive Party"], t=[], p=None, c=DN, note="party denies"),
 R("ACCUSE", m=["The president [accused] foreign services"], a=["The president"], t=["foreign services"], p=None, c=A, note="president blames foreign services"),
 R("REJECT", m=["he would not [resign]"], a=["The president"], t=[], p=None, c=A, opt=True, note="president refuses to resign"),
 R("PROTEST", m=["Students have [called] a general strike for 7 March"], a=["Students"], t=[], p=None, d="2025-03-07", c=HY, note="general strike called for 7 March"),
 R("REQUEST", m=["[asked] workers in schools, hospitals and theatres to join"], a=["Students"], t=["workers in schools, hospitals and theatres"], p=None, c=A, opt=True, note="students ask workers to join strike"),
]))

ARTS.append(dict(id="own_194", pub="2025-01-14", src="Nampula Coastal Herald", text='''
Storm batters Nampula coast, killing 12; thousands shelter in schools

NACALA — Tropical Storm Lusango smashed into the coast of Nampula province late on Sunday with winds of up to 150 km/h, killing at least 12 people and destroying or damaging more than 4,000 homes, the national disaster management institute said.

Most of the victims were crushed by collapsing walls or struck by flying sheets of roofing in Nacala and Mossuril, officials said. A fisherman drowned when his boat overturned in the bay.

"The wind attacked the house like an animal. We held the door shut all night," said Amina Fumo, 41, a market trader in Nacala-a-Velha.

About 9,000 people spent Sunday night in schools and churches after the authorities warned coastal residents to leave low-lying areas. Many returned on Monday to find their homes flattened.

Power lines were brought down across the city, and the port of Nacala suspended operations for two days. The main road south to Nampula city was cut by floodwaters near Monapo.

The government said it would send tents and food from its warehouse in Nampula. The storm weakened as it moved inland and was expected to dump heavy rain on Niassa province on Tuesday.

Lusango is the first storm to make landfall in Mozambique this season. Forecasters warned that the warm waters of the Mozambique Channel could feed more storms before April.
''', recs=[
 R("MOVE", mode="relocate", m=["About 9,000 people [spent] Sunday night in schools and churches"], a=["About 9,000 people"], p=("Nacala", -14.56, 40.69, "MZ"), d="Sunday", q=(9000, 9000), c=A, opt=True, note="precautionary evacuation before the storm"),
 R("MOVE", mode="return", m=["Many [returned] on Monday to find their homes flattened"], a=["Many"], p=("Nacala", -14.56, 40.69, "MZ"), d="Monday", c=A, opt=True, note="evacuees return after the storm"),
 R("AID", m=["The government said it would [send] tents and food"], a=["The government"], t=[], p=("Nampula", -15.12, 39.27, "MZ"), c=HY, opt=True, note="planned relief"),
]))

ARTS.append(dict(id="own_195", pub="2025-11-18", src="Mediterranean Rights Monitor", text='''
Libya: Eritrean survivor describes ransom torture in Bani Walid and return after interception

Testimony, 18 November 2025

Yonas Habte, 23, from the Eritrean town of Mendefera, spent 14 months in Libya before he was evacuated to Rwanda by the UN refugee agency last month. He spoke to us by phone from the transit centre in Gashora. Some details have been withheld for his safety.

"I crossed from Sudan into Libya in the back of a pickup with 30 others in August last year. At Kufra the drivers sold us to another group. They took us to a warehouse in Bani Walid. There were more than 200 people inside.

"Every day they beat us with plastic pipes and called our families so they could hear us screaming. They wanted 6,000 dollars from each of us. A boy from Keren died from his wounds in the second month. My uncles in Sweden paid in April, and the men drove me to Tripoli.

"In June we left from a beach near Zuwara in a rubber boat, 86 people. After nine hours a Libyan coastguard boat stopped us. They took the engine and brought us back to Tripoli port. Then they put us in Tajoura detention centre."

He said guards at Tajoura hit detainees who asked for water. He was registered by UNHCR in September and was among 120 refugees flown from Tripoli to Kigali on 21 October, the agency said.

The Libyan coastguard intercepted more than 17,000 people at sea in the first nine months of the year, according to the International Organization for Migration. We urge the European Union to stop funding interceptions that return people to detention and abuse.
''', recs=[
 R("MOVE", mode="cross_border", m=["I [crossed] from Sudan into Libya in the back of a pickup"], a=["Yonas Habte"], p=("Kufra", 24.18, 23.29, "LY"), d="2024-08", q=(31, 31), c=CL, note="crossing from Sudan to Kufra with 30 others"),
 R("COERCE", acled=ABD, m=["At Kufra the drivers [sold] us to another group", "They [took] us to a warehouse in Bani Walid", "They [wanted] 6,000 dollars from each of us", "My uncles in Sweden [paid] in April"], a=["the drivers", "another group"], t=["Yonas Habte"], p=("Bani Walid", 31.76, 13.99, "LY"), d=("2024-08-01", "2025-04-30"), c=CL, note="sold to traffickers and held for ransom in Bani Walid"),
 R("ASSAULT", acled=VAC, m=["Every day they [beat] us with plastic pipes", "A boy from Keren [died] from his wounds"], a=["another group"], t=["A boy from Keren"], p=("Bani Walid", 31.76, 13.99, "LY"), d=("2024-08-01", "2025-04-30"), f=(1, 1), c=CL, note="torture in ransom warehouse, one boy dies"),
 R("MOVE", mode="relocate", m=["the men [drove] me to Tripoli"], a=["the men"], t=["Yonas Habte"], p=("Tripoli", 32.89, 13.19, "LY"), d="2025-04", c=CL, opt=True, note="driven to Tripoli after ransom"),
 R("MOVE", mode="cross_border", m=["In June we [left] from a beach near Zuwara in a rubber boat"], a=["86 people"], p=("Zuwara", 32.93, 12.08, "LY"), d="2025-06", q=(86, 86), c=CL, note="boat departure from Zuwara"),
 R("MOVE", mode="deport", also=["COERCE"], m=["a Libyan coastguard boat [stopped] us", "They took the engine and [brought] us back to Tripoli port"], a=["a Libyan coastguard boat"], t=["86 people"], p=("Tripoli", 32.89, 13.19, "LY"), d="2025-06", q=(86, 86), c=CL, note="boat intercepted and returned to Tripoli"),
 R("COERCE", m=["Then they [put] us in Tajoura detention centre"], a=[], t=[], p=("Tajoura", 32.88, 13.35, "LY"), d=("2025-06-01", "2025-10-21"), c=CL, note="detention in Tajoura"),
 R("ASSAULT", acled=VAC, m=["guards at Tajoura [hit] detainees who asked for water"], a=["guards at Tajoura"], t=["detainees who asked for water"], p=("Tajoura", 32.88, 13.35, "LY"), d=("2025-06-01", "2025-10-21"), c=CL, note="guards beat detainees"),
 R("MOVE", mode="relocate", m=["he was [evacuated] to Rwanda by the UN refugee agency", "among 120 refugees [flown] from Tripoli to Kigali"], a=["the UN refugee agency"], t=["120 refugees"], p=("Kigali", -1.95, 30.06, "RW"), d="2025-10-21", q=(120, 120), c=CL, note="evacuation flight of 120 to Kigali"),
 R("REQUEST", m=["We [urge] the European Union to stop funding"], a=[], t=["the European Union"], p=None, d="today", c=A, note="call on EU"),
]))

ARTS.append(dict(id="own_196", pub="2026-01-13", src="Arabian Peninsula Wire", text='''
Yemen's warring sides swap 246 prisoners; Taiz road reopens under local deal

SANAA (APW) — Yemen's internationally recognised government and the Houthi movement exchanged 246 detainees on Monday in flights operated by the International Committee of the Red Cross between Sanaa, Marib and Aden, the largest swap in almost three years.

Two ICRC aircraft carried 164 Houthi detainees from Marib to Sanaa, while 82 people held by the Houthis, among them four journalists and 12 Saudi nationals, were flown to Aden and Marib, the organisation said. The exchange was agreed in talks in Muscat in December under UN auspices.

Relatives gathered at Sanaa airport waving flowers and pictures. "I have not seen my son for seven years," said Ahmed al-Mikhlafi, 63, as he waited on the tarmac.

In Taiz, the main road linking the Houthi-held Hawban district with the government-held city centre reopened on Sunday under an agreement between local military commanders, allowing cars and buses through for the first time since 2015. Engineers had cleared mines from the road over the previous week.

The UN envoy for Yemen welcomed both steps and urged the parties to build on them.

Fighting has not stopped everywhere. On Saturday Houthi forces shelled government positions south of Hodeidah, killing two soldiers, the government's military media centre said. The Houthis said they had responded to an attempted advance.
''', recs=[
 R("AGREE", acled=AGR, also=["COOPERATE"], m=["Yemen's warring sides [swap] 246 prisoners", "the Houthi movement [exchanged] 246 detainees on Monday", "the largest [swap] in almost three years", "Two ICRC aircraft [carried] 164 Houthi detainees", "were [flown] to Aden and Marib", "The [exchange] was"], a=["Yemen's internationally recognised government and the Houthi movement"], t=["246 detainees"], p=("Sanaa", 15.37, 44.19, "YE"), d="Monday", q=(246, 246), c=CL, note="prisoner exchange of 246 via ICRC flights"),
 R("AGREE", acled=AGR, m=["[agreed] in talks in Muscat in December"], a=[], t=[], p=("Muscat", 23.59, 58.41, "OM"), d="2025-12", c=A, note="exchange agreed in Muscat talks (background, own date)"),
 R("AGREE", acled=AGR, m=["Taiz road [reopens] under local deal", "[reopened] on Sunday under an agreement"], a=["local military commanders"], t=[], p=("Taiz", 13.58, 44.02, "YE"), d="Sunday", c=A, note="local deal reopens Hawban-Taiz road"),
 R("COERCE", acled=DISR, m=["Engineers had [cleared] mines from the road"], a=["Engineers"], t=[], p=("Taiz", 13.58, 44.02, "YE"), d=("-9", "Sunday"), c=A, opt=True, note="demining of the road"),
 R("REQUEST", also=["SUPPORT"], m=["The UN envoy for Yemen [welcomed] both steps", "[urged] the parties to build on them"], a=["The UN envoy for Yemen"], t=["the parties"], p=None, c=A, note="UN envoy welcomes steps, urges more"),
 R("ASSAULT", acled=SHELL, m=["Houthi forces [shelled] government positions south of Hodeidah", "they had [responded]"], a=["Houthi forces"], t=["government positions south of Hodeidah", "two soldiers"], p=("Hodeidah", 14.80, 42.95, "YE"), d="Saturday", f=(2, 2), c=CL, note="Houthi shelling south of Hodeidah, two soldiers killed"),
 R("ASSAULT", acled=CLASH, m=["an attempted [advance]"], a=[], t=["Houthi forces"], p=("Hodeidah", 14.80, 42.95, "YE"), d="Saturday", c=CL, opt=True, note="alleged government advance (Houthi claim)"),
]))
