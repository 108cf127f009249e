from common import *
ARTS = []
ARTS.append(dict(id="own_207", pub="2025-07-08", src="Central Asia Wire", text='''
Iran sends back 30,000 Afghans in a week through Islam Qala; border guards accused of shooting migrants

HERAT, Afghanistan (CAW) — More than 30,000 Afghans were deported from Iran or returned under pressure through the Islam Qala border crossing in the week to Monday, the Taliban's refugee ministry said, as Iranian authorities pressed ahead with a campaign to expel undocumented migrants.

Buses and trucks crowded with families arrived at the crossing day and night. Many returnees said police had detained them at work or in the street in Tehran, Isfahan and Mashhad and held them in camps for several days before sending them to the border.

"They came to the building site and took all of us, 40 men. They did not let me call my wife," said Habibullah Rahimi, 31, who had worked in Tehran for nine years. His wife and two children arrived separately two days later.

The International Organization for Migration said it was providing food, water and transport to the returnees' home provinces, but warned that its funds would run out by August.

Separately, relatives said Iranian border guards opened fire on a group of Afghans trying to cross into Iran near Zahak, in Sistan and Baluchestan province, on Friday night, killing three and wounding five. The bodies were brought to Zaranj on Sunday. Iranian officials did not comment.

Iran's interior ministry has said that about two million undocumented Afghans must leave the country. The Taliban's deputy prime minister asked Tehran to slow the deportations and treat returnees "with dignity".
''', recs=[
 R("MOVE", mode="deport", m=["Iran [sends] back 30,000 Afghans in a week", "More than 30,000 Afghans were [deported] from Iran", "Buses and trucks crowded with families [arrived] at the crossing", "before [sending] them to the border", "to slow the [deportations]"], a=["Iranian authorities", "Iran"], t=["More than 30,000 Afghans"], p=("Islam Qala", 34.66, 61.07, "AF"), d=("-8", "Monday"), q=(30000, 30000), c=CL, note="30,000 Afghans deported or pushed to return via Islam Qala in a week"),
 R("COERCE", m=["police had [detained] them at work or in the street", "[held] them in camps for several days"], a=["police"], t=[], p=("Tehran", 35.69, 51.39, "IR"), d=("-14", "Monday"), c=CL, note="round-ups of Afghans in Tehran, Isfahan and Mashhad before deportation"),
 R("COERCE", m=["They came to the building site and [took] all of us, 40 men"], a=[], t=["all of us, 40 men"], p=("Tehran", 35.69, 51.39, "IR"), q=(40, 40), c=CL, note="40 workers detained at a building site (witness)"),
 R("MOVE", mode="return", m=["His wife and two children [arrived] separately two days later"], a=["His wife and two children"], p=("Islam Qala", 34.66, 61.07, "AF"), c=CL, opt=True, note="family follows two days later"),
 R("AID", m=["it was [providing] food, water and transport"], a=["The International Organization for Migration"], t=[], p=("Islam Qala", 34.66, 61.07, "AF"), c=A, note="IOM aid to returnees"),
 R("ASSAULT", acled=VAC, m=["border guards accused of [shooting] migrants", "Iranian border guards [opened] fire on a group of Afghans", "[killing] three and wounding five"], a=["Iranian border guards"], t=["a group of Afghans"], p=("Zahak", 30.89, 61.68, "IR"), d="Friday", f=(3, 3), i=(5, 5), c=CL, note="border guards fire on Afghans crossing near Zahak"),
 R("MOVE", mode="cross_border", m=["[trying] to cross into Iran near Zahak"], a=["a group of Afghans"], p=("Zahak", 30.89, 61.68, "IR"), d="Friday", c=CL, opt=True, note="attempted irregular crossing"),
 R("MOVE", mode="deport", m=["about two million undocumented Afghans must [leave] the country"], a=["Iran's interior ministry"], t=["about two million undocumented Afghans"], p=("Iran", "country", "IR"), q=(2000000, 2000000), c=HY, note="announced expulsion of two million"),
 R("REQUEST", m=["The Taliban's deputy prime minister [asked] Tehran"], a=["The Taliban's deputy prime minister"], t=["Tehran"], p=None, c=A, note="Taliban ask Iran to slow deportations"),
]))

ARTS.append(dict(id="own_208", pub="2024-12-03", src="Addis Weekly Reporter (translated from Amharic)", wrap=True, text='''
Fano fighters surrender near Gondar; journalists detained in Addis Ababa; curfew extended in Bahir Dar

Translated from Amharic

BAHIR DAR — About 120 fighters of the Fano militia surrendered to government forces in the Gondar area on Sunday and handed over their weapons, including two mortars and dozens of Kalashnikov rifles, the Amhara regional peace and security bureau said.

The bureau said the fighters had accepted a government call for peace and would be sent to a rehabilitation centre in Bahir Dar. A Fano spokesman dismissed the report as propaganda and said the men shown in state television footage were farmers who had been rounded up.

In Addis Ababa, federal police detained three journalists from a privately owned online outlet on Friday, their colleagues said. The police have not said why they were arrested. Press freedom groups called for their release.

The regional command post extended a night curfew in Bahir Dar for another month on Monday and banned the use of motorcycles in the city after 6pm. Three-wheeled taxis are allowed until 8pm.

Security forces also seized a weapons cache hidden in a church compound near Debre Tabor, including 30 rifles and 4,000 rounds of ammunition, state media reported on Monday.

Meanwhile, fighting between Fano units and the army was reported on Saturday around Merawi, south of Bahir Dar, where residents said drone strikes hit a market, killing at least eight people. The government did not comment.
''', recs=[
 R("CONCEDE", also=["MOVE"], acled=CHG, m=["Fano fighters [surrender] near Gondar", "About 120 fighters of the Fano militia [surrendered] to government forces", "[handed] over their weapons, including two mortars", "the fighters had [accepted] a government call for peace"], a=["About 120 fighters of the Fano militia"], t=["government forces"], p=("Gondar", 12.60, 37.47, "ET"), d="Sunday", q=(120, 120), c=["claimed", "denied"], note="claimed surrender of 120 Fano fighters, disputed by Fano"),
 R("MOVE", mode="relocate", m=["would be [sent] to a rehabilitation centre in Bahir Dar"], a=["The bureau"], t=["the fighters"], p=("Bahir Dar", 11.59, 37.39, "ET"), c=HY, opt=True, note="planned transfer to rehabilitation centre"),
 R("REJECT", also=["ACCUSE"], m=["A Fano spokesman [dismissed] the report as propaganda"], a=["A Fano spokesman"], t=[], p=None, d=("Sunday", "today"), c=DN, note="Fano denies the surrender"),
 R("COERCE", acled=ARR, m=["farmers who had been [rounded] up"], a=[], t=["farmers"], p=("Gondar", 12.60, 37.47, "ET"), c=CL, opt=True, note="Fano claim that farmers were rounded up"),
 R("COERCE", acled=ARR, m=["journalists [detained] in Addis Ababa", "federal police [detained] three journalists", "why they were [arrested]"], a=["federal police"], t=["three journalists from a privately owned online outlet"], p=("Addis Ababa", 9.03, 38.74, "ET"), d="Friday", q=(3, 3), c=CL, note="three journalists detained"),
 R("REQUEST", m=["Press freedom groups [called] for their release"], a=["Press freedom groups"], t=[], p=None, c=A, note="call to free journalists"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["curfew [extended] in Bahir Dar", "The regional command post [extended] a night curfew", "[banned] the use of motorcycles in the city"], a=["The regional command post"], t=[], p=("Bahir Dar", 11.59, 37.39, "ET"), d="Monday", c=A, note="curfew extended, motorcycle ban"),
 R("COERCE", acled=DISR, m=["Security forces also [seized] a weapons cache"], a=["Security forces"], t=["a weapons cache hidden in a church compound"], p=("Debre Tabor", 11.85, 38.02, "ET"), d=("-7", "Monday"), c=CL, note="weapons cache seized near Debre Tabor"),
 R("ASSAULT", acled=CLASH, m=["[fighting] between Fano units and the army"], a=["Fano units"], t=["the army"], p=("Merawi", 11.41, 37.16, "ET"), d="Saturday", c=CL, note="Fano-army fighting around Merawi"),
 R("ASSAULT", acled=AIR, m=["drone [strikes] hit a market"], a=[], t=["a market"], p=("Merawi", 11.41, 37.16, "ET"), d="Saturday", f=(8, 8), c=CL, note="drone strikes on Merawi market, at least eight dead"),
]))

ARTS.append(dict(id="own_209", pub="2025-01-28", src="Diario del Valle de Culiacán (translated from Spanish)", text='''
Culiacán: man shot dead outside gym; five bodies left on highway; soldiers detain 12

Translated from Spanish

CULIACÁN, Sinaloa — A 35-year-old man was shot dead on Monday morning as he left a gym in the Las Quintas neighbourhood, the Sinaloa state prosecutor's office said. Witnesses said two men on a motorcycle fired at least 15 shots at him before fleeing toward the Tres Ríos area.

It was one of at least six killings recorded in the city on Monday as fighting between rival factions of the Sinaloa Cartel entered its fifth month.

In another attack, gunmen fired on a family car on the Costera highway near the town of Eldorado in the afternoon, killing a woman and wounding her teenage daughter, police said.

Hours later, the bodies of five men with signs of torture were found beside the Mexico 15 highway south of the city, alongside a banner threatening one of the factions. The prosecutor's office said the men had been reported missing on Saturday after being taken from a car wash.

In a third incident, soldiers exchanged fire with an armed group in the community of Jesús María, north of Culiacán, on Monday night. The army said it had killed two gunmen and detained 12 people, and seized eight rifles and a grenade launcher.

The state governor said schools would stay closed on Tuesday in three districts. "We are not going to let them make us prisoners in our own homes," said Marisela Angulo, 44, who runs a food stall near the gym where Monday's shooting took place.
''', recs=[
 R("ASSAULT", acled=VAC, m=["man [shot] dead outside gym", "A 35-year-old man was [shot] dead on Monday morning", "two men on a motorcycle [fired] at least 15 shots", "where Monday's [shooting] took place"], a=["two men on a motorcycle"], t=["A 35-year-old man"], p=("Las Quintas", 24.80, -107.40, "MX"), d="Monday", f=(1, 1), c=CL, note="man shot dead leaving gym"),
 R("ASSAULT", acled=VAC, m=["In another [attack]", "gunmen [fired] on a family car on the Costera highway"], a=["gunmen"], t=["a family car"], p=("Eldorado", 24.32, -107.37, "MX"), d="Monday", f=(1, 1), i=(1, 1), c=CL, note="family car shot at near Eldorado (distinct)"),
 R("ASSAULT", acled=VAC, m=["five bodies [left] on highway", "the bodies of five men with signs of torture were [found]"], a=[], t=["five men"], p=("Culiacán", 24.80, -107.39, "MX"), d=("Saturday", "Monday"), f=(5, 5), c=CL, note="five abducted men found dead beside Mexico 15"),
 R("COERCE", acled=ABD, m=["after being [taken] from a car wash"], a=[], t=["the men"], p=("Culiacán", 24.80, -107.39, "MX"), d="Saturday", q=(5, 5), c=CL, note="five men abducted from car wash"),
 R("THREATEN", m=["a banner [threatening] one of the factions"], a=[], t=["one of the factions"], p=("Culiacán", 24.80, -107.39, "MX"), d="Monday", c=A, opt=True, note="narco-banner threat"),
 R("ASSAULT", acled=CLASH, m=["In a third [incident],", "soldiers [exchanged] fire with an armed group", "it had [killed] two gunmen"], a=["soldiers"], t=["an armed group"], p=("Jesús María", 25.05, -107.45, "MX"), d="Monday", f=(2, 2), c=CL, note="army clash at Jesús María (distinct)"),
 R("COERCE", acled=ARR, m=["soldiers [detain] 12", "[detained] 12 people"], a=["The army"], t=["12 people"], p=("Jesús María", 25.05, -107.45, "MX"), d="Monday", q=(12, 12), c=CL, note="12 detained after the clash"),
 R("COERCE", acled=DISR, m=["[seized] eight rifles and a grenade launcher"], a=["The army"], t=["eight rifles and a grenade launcher"], p=("Jesús María", 25.05, -107.45, "MX"), d="Monday", c=CL, note="weapons seized"),
]))

ARTS.append(dict(id="own_210", pub="2024-10-18", src="West Africa Rights Observatory", text='''
Guinea: one dead in Conakry as security forces break up opposition protest; coalition organisers detained

Update, 18 October 2024

One young man was shot dead and at least 14 people were injured in Conakry on Thursday when security forces broke up a demonstration called by the Forces Vives de Guinée coalition to demand a return to civilian rule, according to medical sources and witnesses interviewed by our researchers.

The protest had been banned by the authorities. Early in the morning, groups of young people gathered along the Route Le Prince in the Hamdallaye, Koloma and Bambeto neighbourhoods, where they burned tyres and threw stones at police and gendarmes. Security forces responded with tear gas and, according to three witnesses, live ammunition.

Thierno Sow, 19, a motorbike taxi driver, was shot in the back near the Bambeto roundabout and died before reaching hospital, his uncle told us. The government spokesman said security forces had not used firearms and that an investigation would be opened.

On Wednesday evening, the day before the protest, men in plain clothes detained two leaders of the coalition at a house in Kipé, relatives said. Their whereabouts remain unknown. A third organiser was arrested on Thursday morning at his home in Ratoma and taken to the gendarmerie headquarters.

Mobile internet was restricted across Conakry for most of Thursday.

We call on the transitional authorities to disclose the whereabouts of the two detained leaders, to release everyone held for peaceful protest and to allow an independent investigation into the death of Thierno Sow.
''', recs=[
 R("PROTEST", acled=RIOT, m=["break up opposition [protest]", "a [demonstration] called by the Forces Vives de Guinée coalition", "The [protest] had been", "groups of young people [gathered] along the Route Le Prince", "they [burned] tyres and threw stones", "the day before the [protest]"], a=["groups of young people", "the Forces Vives de Guinée coalition"], t=["police and gendarmes"], p=("Conakry", 9.54, -13.68, "GN"), d="Thursday", c=CL, note="banned opposition protest with tyre burning and stone throwing"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["one [dead] in Conakry", "One young man was [shot] dead", "security forces [broke] up", "Security forces [responded] with tear gas", "a motorbike taxi driver, was [shot] in the back", "security forces had not [used] firearms", "investigation into the [death] of Thierno Sow"], a=["security forces"], t=["One young man", "Thierno Sow"], p=("Bambeto", 9.58, -13.63, "GN"), d="Thursday", f=(1, 1), i=(14, 14), c=["claimed", "denied"], note="security forces fire on protesters, one killed; government denies firearms"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["[banned] by the authorities"], a=["the authorities"], t=[], p=("Conakry", 9.54, -13.68, "GN"), c=A, note="protest banned"),
 R("ACCUSE", m=["that an [investigation] would be opened"], a=["The government spokesman"], t=[], p=None, c=HY, opt=True, note="promised investigation"),
 R("COERCE", acled=ABD, m=["coalition organisers [detained]", "men in plain clothes [detained] two leaders of the coalition", "the two [detained] leaders"], a=["men in plain clothes"], t=["two leaders of the coalition"], p=("Kipé", 9.60, -13.63, "GN"), d="Wednesday", q=(2, 2), c=CL, note="two coalition leaders taken, whereabouts unknown"),
 R("COERCE", acled=ARR, m=["A third organiser was [arrested] on Thursday morning"], a=[], t=["A third organiser"], p=("Ratoma", 9.58, -13.65, "GN"), d="Thursday", q=(1, 1), c=CL, note="third organiser arrested"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["Mobile internet was [restricted] across Conakry"], a=[], t=[], p=("Conakry", 9.54, -13.68, "GN"), d="Thursday", c=A, note="internet restriction"),
 R("REQUEST", m=["We [call] on the transitional authorities"], a=[], t=["the transitional authorities"], p=None, d="today", c=A, note="observatory's call"),
]))

ARTS.append(dict(id="own_211", pub="2024-02-13", src="Horn Migration Monitor", text='''
Yemen: Ethiopian migrant recounts border shooting and months in smugglers' compound

Testimony, 13 February 2024

Kedir Abdella, 20, from a village near Harar in eastern Ethiopia, returned to Addis Ababa on an IOM-assisted flight from Aden on 30 January. We interviewed him in a transit centre in the capital. Parts of his account have been shortened.

"I left home in June with six boys from my village. We walked to Djibouti and took a boat from Obock at night. The smugglers packed 160 of us into it. When we reached the coast near Ras al-Ara, they made us jump into the water. One of my friends could not swim.

"In Yemen, the smugglers kept us in a compound near Saada for two months until our families sent money. They beat the ones whose families could not pay.

"In October we tried to cross into Saudi Arabia in a group of about 100 people. At the border, the guards started shooting from the hill. Then something exploded near us. I saw five people fall. I ran back with a bullet wound in my leg.

"After that I was finished. I walked back to Aden and registered with IOM to go home."

He said he believed his friend drowned. His family in Ethiopia has had no news of him.

IOM says it has helped more than 3,000 Ethiopians return from Yemen since November. Saudi Arabia has denied that its border guards kill migrants. We urge Saudi authorities to investigate the killings at the border and the United Nations to publish its own findings.
''', recs=[
 R("MOVE", mode="cross_border", m=["I [left] home in June with six boys from my village", "We [walked] to Djibouti", "[took] a boat from Obock at night"], a=["Kedir Abdella"], p=("Obock", 11.96, 43.29, "DJ"), d="2023-06", q=(7, 7), c=CL, note="journey from Harar area via Djibouti to Yemen"),
 R("MOVE", mode="smuggle", m=["The smugglers [packed] 160 of us into it"], a=["The smugglers"], t=["160 of us"], p=("Obock", 11.96, 43.29, "DJ"), d=("2023-06-01", "2023-07-31"), q=(160, 160), c=CL, note="smuggling boat with 160 from Obock"),
 R("ASSAULT", acled=VAC, m=["they [made] us jump into the water", "his friend [drowned]"], a=["The smugglers"], t=["One of my friends"], p=("Ras al-Ara", 12.63, 43.93, "YE"), d=("2023-06-01", "2023-07-31"), f=(0, 1), c=["claimed", "believed"], note="smugglers force passengers overboard, friend believed drowned"),
 R("COERCE", acled=ABD, m=["the smugglers [kept] us in a compound near Saada"], a=["the smugglers"], t=[], p=("Saada", 16.94, 43.76, "YE"), d=("2023-07-01", "2023-09-30"), c=CL, note="held for ransom near Saada for two months"),
 R("ASSAULT", acled=VAC, m=["They [beat] the ones whose families could not pay"], a=["the smugglers"], t=["the ones whose families could not pay"], p=("Saada", 16.94, 43.76, "YE"), d=("2023-07-01", "2023-09-30"), c=CL, note="beatings of those who could not pay"),
 R("MOVE", mode="cross_border", m=["In October we [tried] to cross into Saudi Arabia"], a=["a group of about 100 people"], p=("Saada", 16.94, 43.76, "YE"), d="2023-10", q=(100, 100), c=CL, note="attempted crossing into Saudi Arabia"),
 R("ASSAULT", acled=VAC, m=["the guards started [shooting] from the hill", "Then something [exploded] near us", "I saw five people [fall]", "with a bullet [wound] in my leg", "investigate the [killings] at the border"], a=["the guards"], t=["a group of about 100 people"], p=("Saada", 16.94, 43.76, "YE"), d="2023-10", f=(0, 5), i=(1, 1), c=CL, note="border guards fire on migrant group"),
 R("MOVE", mode="return", m=["I [ran] back", "I [walked] back to Aden and registered with IOM", "[returned] to Addis Ababa on an IOM-assisted flight"], a=["Kedir Abdella"], p=("Addis Ababa", 9.03, 38.74, "ET"), d=("2023-10", "2024-01-30"), c=CL, note="retreat to Aden and IOM return flight on 30 January"),
 R("MOVE", mode="return", m=["more than 3,000 Ethiopians [return] from Yemen since November"], a=["more than 3,000 Ethiopians"], p=("Yemen", "country", "YE"), d=("2023-11", "today"), q=(3000, 3000), c=CL, note="IOM-assisted returns since November"),
 R("REJECT", also=["ACCUSE"], m=["Saudi Arabia has [denied] that its border guards kill migrants"], a=["Saudi Arabia"], t=[], p=None, c=DN, note="Saudi denial"),
 R("REQUEST", m=["We [urge] Saudi authorities"], a=[], t=["Saudi authorities"], p=None, d="today", c=A, note="monitor's call"),
]))

ARTS.append(dict(id="own_212", pub="2025-05-13", src="Bamenda Courier (translated from French)", text='''
North-West: 23 separatist fighters surrender in Batibo; army opens new base; journalist arrested in Bamenda

Translated from French

BAMENDA — Twenty-three fighters of an armed separatist group surrendered to the army in Batibo on Saturday and handed over 11 locally made guns and two automatic rifles, the senior divisional officer of Momo division said.

The men, who belonged to a group calling itself the "Ambazonia Defence Forces", were taken to the disarmament, demobilisation and reintegration centre in Bamenda. "We were tired of living in the bush," one of them said in front of journalists.

On the same day, the army inaugurated a new base in the village of Guzang, on the road between Batibo and Widikum, which had been a separatist stronghold. About 150 soldiers of the Rapid Intervention Battalion (BIR) will be stationed there, an officer said.

The separatists announced a ten-day "lockdown" across the North-West region from 20 May to disrupt national day celebrations, threatening to punish anyone who opens a shop or school. During a similar lockdown in February, gunmen burned a bus in Bamenda whose driver had ignored the order.

On Monday, police in Bamenda arrested a radio journalist, Emmanuel Ngwa, after he interviewed a separatist commander on his programme. He is being held at the judicial police headquarters and could be charged with "apology for terrorism", his lawyer said.

Troops also discovered a weapons cache in a cave near Njinikom, including 40 shotguns, explosives and ammunition, the army said on Sunday.
''', recs=[
 R("CONCEDE", also=["MOVE"], acled=CHG, m=["23 separatist fighters [surrender] in Batibo", "Twenty-three fighters of an armed separatist group [surrendered] to the army", "[handed] over 11 locally made guns"], a=["Twenty-three fighters of an armed separatist group"], t=["the army"], p=("Batibo", 5.83, 9.86, "CM"), d="Saturday", q=(23, 23), c=CL, note="23 Ambazonia Defence Forces fighters surrender"),
 R("MOVE", mode="relocate", m=["were [taken] to the disarmament, demobilisation and reintegration centre"], a=[], t=["The men"], p=("Bamenda", 5.96, 10.15, "CM"), d="Saturday", q=(23, 23), c=A, opt=True, note="surrendered men taken to DDR centre"),
 R("MOBILIZE", acled=HQ, m=["army [opens] new base", "the army [inaugurated] a new base in the village of Guzang", "will be [stationed] there"], a=["the army"], t=[], p=("Guzang", 5.87, 9.93, "CM"), d="Saturday", q=(150, 150), c=CL, note="new army base in Guzang"),
 R("THREATEN", also=["COERCE"], acled=OTH, m=["The separatists [announced] a ten-day \"lockdown\"", "[threatening] to punish anyone who opens a shop"], a=["The separatists"], t=["anyone who opens a shop or school"], p=("North-West", 6.0, 10.2, "CM"), d=("2025-05-20", "2025-05-29"), c=HY, note="separatist lockdown announced from 20 May"),
 R("COERCE", acled=OTH, m=["During a similar [lockdown] in February"], a=["The separatists"], t=[], p=("North-West", 6.0, 10.2, "CM"), d="2025-02", c=A, opt=True, note="February lockdown (background)"),
 R("COERCE", acled=LOOT, m=["gunmen [burned] a bus in Bamenda"], a=["gunmen"], t=["a bus"], p=("Bamenda", 5.96, 10.15, "CM"), d="2025-02", c=A, note="bus burned during February lockdown (background, own date)"),
 R("COERCE", acled=ARR, m=["police in Bamenda [arrested] a radio journalist, Emmanuel Ngwa", "He is being [held] at the judicial police headquarters"], a=["police in Bamenda"], t=["a radio journalist, Emmanuel Ngwa"], p=("Bamenda", 5.96, 10.15, "CM"), d="Monday", q=(1, 1), c=A, note="journalist arrested over interview"),
 R("ACCUSE", m=["could be [charged] with \"apology for terrorism\""], a=[], t=["Emmanuel Ngwa"], p=None, c=HY, note="possible terrorism-apology charge"),
 R("COERCE", acled=DISR, m=["Troops also [discovered] a weapons cache in a cave near Njinikom"], a=["Troops"], t=["a weapons cache"], p=("Njinikom", 6.23, 10.30, "CM"), d=("lastweek", "Sunday"), c=CL, note="cache of shotguns and explosives found"),
]))

ARTS.append(dict(id="own_213", pub="2024-04-23", src="Bangkok Morning Star", text='''
Thousands cross into Mae Sot as fighting rages in Myawaddy; some sent back

MAE SOT — About 3,000 people fled across the Moei river from Myawaddy into Thailand's Tak province on Saturday and Sunday as Myanmar's military and the Karen National Liberation Army (KNLA) fought for control of the border town, Thai officials said.

The Karen fighters and their allies had attacked a military battalion headquarters on the edge of Myawaddy on Saturday morning, and the fighting continued overnight. Two Thai civilians were wounded in Mae Sot when stray bullets crossed the river, the provincial governor said.

Thai soldiers guided the new arrivals to three temporary shelters along the river. "We heard the aircraft and then the whole street shook. We took nothing, only the children," said Naw Paw Htoo, 33, a teacher from Myawaddy, at a shelter in Mae Sot's Tha Sai Luat area.

By Monday afternoon, Thai authorities had sent about 1,200 people back across the Friendship Bridge, saying the fighting had eased. Rights groups said some of those returned had not wanted to go and that the military had carried out air strikes near the town on Monday morning.

Separately, Thai police arrested two Myanmar men in Mae Sot on Sunday for smuggling 18 migrants, including four children, in a pickup truck heading for Bangkok.

Thailand's foreign minister said Bangkok was ready to provide humanitarian assistance and would not allow the fighting to spill into Thai territory. The army sent more troops to the border districts.
''', recs=[
 R("MOVE", mode="flee", m=["Thousands [cross] into Mae Sot", "About 3,000 people [fled] across the Moei river from Myawaddy", "We [took] nothing, only the children"], a=["About 3,000 people"], p=("Mae Sot", 16.72, 98.57, "TH"), d=("Saturday", "Sunday"), q=(3000, 3000), c=CL, note="3,000 flee Myawaddy into Tak province"),
 R("ASSAULT", acled=CLASH, m=["as fighting [rages] in Myawaddy", "[fought] for control of the border town", "The Karen fighters and their allies had [attacked] a military battalion headquarters", "the [fighting] continued overnight", "Two Thai civilians were [wounded] in Mae Sot", "saying the [fighting] had eased"], a=["the Karen National Liberation Army (KNLA)", "The Karen fighters and their allies"], t=["Myanmar's military", "a military battalion headquarters"], p=("Myawaddy", 16.69, 98.51, "MM"), d=("Saturday", "Sunday"), i=(2, 2), c=CL, note="KNLA attack on Myawaddy battalion HQ and fighting"),
 R("AID", m=["Thai soldiers [guided] the new arrivals"], a=["Thai soldiers"], t=["the new arrivals"], p=("Mae Sot", 16.72, 98.57, "TH"), d=("Saturday", "Sunday"), c=A, opt=True, note="soldiers guide refugees to shelters"),
 R("ASSAULT", acled=AIR, m=["We heard the [aircraft] and then the whole street shook"], a=[], t=[], p=("Myawaddy", 16.69, 98.51, "MM"), d=("Saturday", "Sunday"), c=CL, opt=True, note="air strike heard by witness before fleeing"),
 R("MOVE", mode="deport", also=["COERCE"], m=["some [sent] back", "Thai authorities had [sent] about 1,200 people back", "some of those [returned] had not wanted to go"], a=["Thai authorities"], t=["about 1,200 people"], p=("Friendship Bridge", 16.70, 98.53, "TH"), d=("Sunday", "Monday"), q=(1200, 1200), c=CL, note="1,200 sent back across the Friendship Bridge"),
 R("ASSAULT", acled=AIR, m=["the military had [carried] out air strikes near the town"], a=["the military"], t=[], p=("Myawaddy", 16.69, 98.51, "MM"), d="Monday", c=CL, note="air strikes near Myawaddy on Monday"),
 R("COERCE", acled=ARR, m=["Thai police [arrested] two Myanmar men in Mae Sot"], a=["Thai police"], t=["two Myanmar men"], p=("Mae Sot", 16.72, 98.57, "TH"), d="Sunday", q=(2, 2), c=A, note="two smugglers arrested"),
 R("MOVE", mode="smuggle", m=["for [smuggling] 18 migrants, including four children"], a=["two Myanmar men"], t=["18 migrants, including four children"], p=("Mae Sot", 16.72, 98.57, "TH"), d="Sunday", q=(18, 18), c=CL, note="18 migrants smuggled toward Bangkok"),
 R("AID", m=["Bangkok was ready to [provide] humanitarian assistance"], a=["Bangkok"], t=[], p=None, c=HY, opt=True, note="offer of assistance"),
 R("MOBILIZE", m=["The army [sent] more troops to the border districts"], a=["The army"], t=[], p=("Tak", 16.87, 99.13, "TH"), d=("Saturday", "today"), c=A, note="troop reinforcements on the border"),
]))

ARTS.append(dict(id="own_214", pub="2024-11-12", src="Mozambique Election Violence Monitor", wrap=True, text='''
Post-election unrest, 4–10 November: three shot dead in Nampula; police station burned in Nacala; Maputo march dispersed

Bulletin No. 3. Sources: hospital staff, local journalists and our observers. Casualty figures are provisional.

Maputo, 7 November. Tens of thousands of people answered a call by the opposition presidential candidate to march on the centre of the capital. Police fired tear gas and rubber bullets at the crowd on Avenida Eduardo Mondlane before it could reach the city centre. Protesters threw stones and set up barricades of burning tyres in the Magoanine and Zimpeto neighbourhoods. Hospital staff at the Maputo Central Hospital reported 66 people treated for injuries, three of them from gunshots.

Nampula, 8 November. Police shot dead three young men during protests in the Muhala neighbourhood, relatives said. The provincial police command said officers had fired on people who were looting a warehouse.

Nacala, 9 November. A crowd set fire to the district police station and two police vehicles after officers detained a local protest organiser. No casualties were reported. Later that night, in a separate incident, residents stoned a man they accused of being a police informer; he was taken to hospital in a serious condition.

Matola, 10 November. Shop workers and minibus drivers stayed at home in response to a call for a general strike; most markets were closed.

Detentions. The attorney-general's office said 1,100 people had been detained across Mozambique since 21 October in connection with the protests.

Outlook. The opposition has called a new week of protests from 13 November.
''', recs=[
 R("PROTEST", acled=PINT, m=["Maputo [march] dispersed", "to [march] on the centre of the capital"], a=["Tens of thousands of people"], t=[], p=("Maputo", -25.97, 32.57, "MZ"), d="2024-11-07", q=(10000, 90000), c=A, note="mass opposition march on central Maputo"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["Police [fired] tear gas and rubber bullets at the crowd", "66 people [treated] for injuries"], a=["Police"], t=["the crowd"], p=("Maputo", -25.97, 32.57, "MZ"), d="2024-11-07", i=(66, 66), c=CL, note="police disperse Maputo march, 66 treated"),
 R("PROTEST", acled=RIOT, m=["Protesters [threw] stones and set up barricades"], a=["Protesters"], t=[], p=("Magoanine", -25.87, 32.57, "MZ"), d="2024-11-07", c=CL, note="stones and burning barricades in Magoanine and Zimpeto"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["three [shot] dead in Nampula", "Police [shot] dead three young men", "officers had [fired] on people"], a=["Police"], t=["three young men"], p=("Muhala", -15.12, 39.28, "MZ"), d="2024-11-08", f=(3, 3), c=CL, note="police kill three in Muhala"),
 R("PROTEST", acled=RIOT, m=["during [protests] in the Muhala neighbourhood", "who were [looting] a warehouse"], a=["people who were looting a warehouse"], t=["a warehouse"], p=("Muhala", -15.12, 39.28, "MZ"), d="2024-11-08", c=CL, note="protests with looting in Muhala (police version)"),
 R("PROTEST", acled=RIOT, m=["police station [burned] in Nacala", "A crowd [set] fire to the district police station"], a=["A crowd"], t=["the district police station and two police vehicles"], p=("Nacala", -14.56, 40.69, "MZ"), d="2024-11-09", f=(0, 0), c=CL, note="crowd burns Nacala police station"),
 R("COERCE", acled=ARR, m=["after officers [detained] a local protest organiser"], a=["officers"], t=["a local protest organiser"], p=("Nacala", -14.56, 40.69, "MZ"), d="2024-11-09", q=(1, 1), c=CL, note="organiser detained"),
 R("ASSAULT", acled=MOB, m=["in a separate [incident],", "residents [stoned] a man they accused of being a police informer"], a=["residents"], t=["a man they accused of being a police informer"], p=("Nacala", -14.56, 40.69, "MZ"), d="2024-11-09", i=(1, 1), c=CL, note="mob stones suspected informer (distinct)"),
 R("PROTEST", acled=PEACE, m=["Shop workers and minibus drivers [stayed] at home", "a call for a general [strike]"], a=["Shop workers and minibus drivers"], t=[], p=("Matola", -25.96, 32.46, "MZ"), d="2024-11-10", c=A, note="general strike observed in Matola"),
 R("COERCE", acled=ARR, m=["1,100 people had been [detained] across Mozambique"], a=["The attorney-general's office"], t=["1,100 people"], p=("Mozambique", "country", "MZ"), d=("2024-10-21", "today"), q=(1100, 1100), c=CL, opt=True, note="national detention total since 21 October"),
 R("PROTEST", m=["The opposition has [called] a new week of protests"], a=["The opposition"], t=[], p=None, d="2024-11-13", c=HY, note="new week of protests called"),
]))

ARTS.append(dict(id="own_215", pub="2023-10-10", src="Caucasus Refugee Voices", text='''
Armenia: "We left the keys in the door" — a testimony from Stepanakert

Testimony, 10 October 2023

Anahit Grigoryan, 58, a retired nurse, reached Goris in southern Armenia on 27 September with her daughter-in-law and two grandchildren, among more than 100,000 people who left Nagorno-Karabakh in the week after Azerbaijan's military offensive. We spoke to her in a school gym in Yerevan that has been turned into a shelter.

"When the shelling started on the 19th we went down to the basement of our building in Stepanakert and stayed there for two days. A shell hit the building next door and killed a man I knew from the hospital.

"On the 25th the radio said we could leave. We put what we could into my son's car and joined the line of cars on the road to the Lachin corridor. It took us 30 hours to drive 80 kilometres. There was no food at all.

"At the Hakari bridge the Azerbaijani border guards checked every car. They took my son out of the line because his name was on a list. He had served in the Defence Army. They put him in a van and we had to go on without him. I do not know where he is."

She said she had left the keys in the door of her flat. "Maybe someone will live there. It will not be us."

The Armenian government said on Monday it had registered 100,600 refugees. Azerbaijan's State Security Service has said it detained several former officials and soldiers at the checkpoint on suspicion of war crimes. The International Committee of the Red Cross said it had visited some detainees in Baku.
''', recs=[
 R("ASSAULT", acled=SHELL, m=["Azerbaijan's military [offensive]", "When the [shelling] started on the 19th"], a=["Azerbaijan"], t=[], p=("Stepanakert", 39.82, 46.75, "AZ"), d=("2023-09-19", "2023-09-20"), c=CL, note="Azerbaijani offensive and shelling of Stepanakert"),
 R("ASSAULT", acled=SHELL, m=["A shell [hit] the building next door"], a=[], t=["a man I knew from the hospital"], p=("Stepanakert", 39.82, 46.75, "AZ"), d=("2023-09-19", "2023-09-20"), f=(1, 1), c=CL, note="shell kills a neighbour"),
 R("MOVE", mode="flee", m=["[reached] Goris in southern Armenia on 27 September", "[joined] the line of cars on the road to the Lachin corridor", "It [took] us 30 hours to drive 80 kilometres", "we had to [go] on without him"], a=["Anahit Grigoryan"], p=("Goris", 39.51, 46.34, "AM"), d=("2023-09-25", "2023-09-27"), q=(4, 4), c=CL, note="witness and family flee to Goris"),
 R("MOVE", mode="flee", m=["more than 100,000 people who [left] Nagorno-Karabakh", "it had [registered] 100,600 refugees"], a=["more than 100,000 people"], p=("Nagorno-Karabakh", 39.82, 46.75, "AZ"), d=("2023-09-24", "2023-10-01"), q=(100000, 100600), c=CL, note="exodus of over 100,000 from Nagorno-Karabakh"),
 R("COERCE", acled=ARR, m=["They [took] my son out of the line", "They [put] him in a van"], a=["the Azerbaijani border guards"], t=["my son"], p=("Hakari bridge", 39.60, 46.55, "AZ"), d=("2023-09-26", "2023-09-27"), q=(1, 1), c=CL, note="witness's son detained at Hakari bridge"),
 R("COERCE", acled=ARR, m=["it [detained] several former officials and soldiers at the checkpoint"], a=["Azerbaijan's State Security Service"], t=["several former officials and soldiers"], p=("Hakari bridge", 39.60, 46.55, "AZ"), d=("2023-09-24", "today"), c=CL, note="Azerbaijan detains former officials at checkpoint"),
 R("AID", m=["it had [visited] some detainees in Baku"], a=["The International Committee of the Red Cross"], t=["some detainees"], p=("Baku", 40.41, 49.87, "AZ"), c=CL, opt=True, note="ICRC detainee visits"),
]))

ARTS.append(dict(id="own_216", pub="2025-07-18", src="Dakar Press Agency", text='''
France hands over last military base in Senegal; opposition activist detained in Dakar

DAKAR (DPA) — France handed over its last military base in Senegal, Camp Geille in the Ouakam district of Dakar, to the Senegalese army on Thursday, ending a permanent French military presence in the country that dated back to independence in 1960.

About 350 French soldiers who were based in Senegal have left the country since March, the French embassy said. The handover ceremony was attended by Senegal's armed forces chief of staff and the commander of French forces in Africa. The two countries signed an agreement on military cooperation that includes training and intelligence sharing.

The Senegalese army said it would move a special forces unit into the camp in the coming weeks.

In Dakar, gendarmes on Wednesday evening detained Moussa Ndour, a spokesman for an opposition youth movement, after he criticised the government on a television talk show, his lawyer said. He was charged on Thursday with spreading false news and held in custody. About 50 supporters gathered outside the gendarmerie's research section in Colobane demanding his release; gendarmes dispersed them with tear gas.

Separately, the navy said it had intercepted a pirogue carrying 186 people off Joal on Tuesday and brought them back to shore.

The interior ministry announced the deployment of 300 additional gendarmes to Ziguinchor, in the southern Casamance region, after soldiers discovered a cache of weapons belonging to a faction of the separatist Movement of Democratic Forces of Casamance (MFDC) near the Guinea-Bissau border last week.
''', recs=[
 R("RETREAT", also=["CONCEDE"], acled=NVT, m=["France [hands] over last military base in Senegal", "France [handed] over its last military base in Senegal", "The handover [ceremony] was attended"], a=["France"], t=["the Senegalese army"], p=("Ouakam", 14.72, -17.49, "SN"), d="Thursday", c=A, note="France hands Camp Geille to Senegalese army"),
 R("RETREAT", m=["About 350 French soldiers who were based in Senegal have [left] the country"], a=["About 350 French soldiers"], p=("Senegal", "country", "SN"), d=("2025-03", "today"), q=(350, 350), c=CL, note="French troop drawdown since March"),
 R("AGREE", also=["COOPERATE"], m=["The two countries [signed] an agreement on military cooperation"], a=["The two countries"], t=[], p=("Dakar", 14.69, -17.45, "SN"), d="Thursday", c=A, note="military cooperation agreement"),
 R("MOBILIZE", acled=HQ, m=["it would [move] a special forces unit into the camp"], a=["The Senegalese army"], t=[], p=("Ouakam", 14.72, -17.49, "SN"), c=HY, note="special forces to occupy the camp"),
 R("COERCE", acled=ARR, m=["opposition activist [detained] in Dakar", "gendarmes on Wednesday evening [detained] Moussa Ndour", "and held in [custody]"], a=["gendarmes"], t=["Moussa Ndour, a spokesman for an opposition youth movement"], p=("Dakar", 14.69, -17.45, "SN"), d="Wednesday", q=(1, 1), c=CL, note="opposition youth spokesman detained"),
 R("ACCUSE", m=["He was [charged] on Thursday with spreading false news"], a=[], t=["Moussa Ndour"], p=None, d="Thursday", c=A, note="false news charge"),
 R("PROTEST", acled=PINT, m=["About 50 supporters [gathered] outside the gendarmerie's research section"], a=["About 50 supporters"], t=[], p=("Colobane", 14.69, -17.45, "SN"), d="Thursday", q=(50, 50), c=A, note="supporters demand release"),
 R("COERCE", acled=XFORCE, m=["gendarmes [dispersed] them with tear gas"], a=["gendarmes"], t=["About 50 supporters"], p=("Colobane", 14.69, -17.45, "SN"), d="Thursday", c=A, note="tear gas on supporters"),
 R("MOVE", mode="deport", also=["COERCE"], m=["it had [intercepted] a pirogue carrying 186 people off Joal", "[brought] them back to shore"], a=["the navy"], t=["a pirogue carrying 186 people"], p=("Joal", 14.17, -16.85, "SN"), d="Tuesday", q=(186, 186), c=CL, note="pirogue intercepted off Joal and returned"),
 R("MOBILIZE", m=["announced the [deployment] of 300 additional gendarmes to Ziguinchor"], a=["The interior ministry"], t=[], p=("Ziguinchor", 12.56, -16.27, "SN"), q=(300, 300), c=A, note="300 gendarmes to Ziguinchor"),
 R("COERCE", acled=DISR, m=["soldiers [discovered] a cache of weapons"], a=["soldiers"], t=["a cache of weapons belonging to a faction of the separatist Movement of Democratic Forces of Casamance (MFDC)"], p=("Casamance", 12.80, -15.50, "SN"), d="lastweek", c=A, note="MFDC weapons cache found near the border"),
]))
