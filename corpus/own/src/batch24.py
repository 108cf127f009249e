from common import *
ARTS = []
ARTS.append(dict(id="own_117", pub="2024-07-30", src="Pacific Andes Monitor", text='''
Gang fight inside Guayaquil prison leaves at least 10 dead; car bomb rocks Durán

GUAYAQUIL, Ecuador — Inmates from rival gangs fought with guns and knives inside the Litoral penitentiary in Guayaquil on Sunday night, killing between 10 and 17 prisoners, Ecuador's prison agency SNAI said, the latest outbreak of violence in a jail where hundreds have died in massacres since 2021.

The agency confirmed ten deaths and said eight inmates had been wounded. Relatives gathered outside the prison on Monday said at least 17 bodies had been taken to the morgue. Soldiers, who have controlled Ecuador's prisons since January under a state of internal armed conflict, regained control of Pavilion 7 after about three hours, the armed forces said.

Officials blamed a dispute between factions of Los Choneros and Los Lobos, two of more than 20 groups the government has declared terrorist organisations.

Hours earlier, a car packed with explosives blew up outside a police unit in Durán, across the Guayas river, damaging a patrol car and nearby houses, police said. No one was hurt. Police arrested two suspects on a motorcycle near the scene.

Durán has become one of the country's most violent cities; its mayor survived a shooting attack on his car in 2023.

President Daniel Noboa said on Monday he would ask the national assembly to extend emergency powers and accused judges of releasing gang leaders "through the back door". Mothers of inmates protested outside the prison gates, demanding news of their sons.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["Gang [fight] inside Guayaquil prison leaves at least 10 dead", "Inmates from rival gangs [fought] with guns and knives", "The agency confirmed ten [deaths]", "[blamed] a dispute between factions of Los Choneros and Los Lobos"], a=["Inmates from rival gangs", "factions of Los Choneros and Los Lobos"], t=[], p=("Litoral penitentiary", -2.22, -79.95, "EC"), d="Sunday", f=(10, 17), i=(8, 8), c=CL, note="gang fight inside Litoral penitentiary"),
 R("COERCE", acled=GOVREG, m=["[regained] control of Pavilion 7 after about three hours"], a=["Soldiers"], t=[], p=("Litoral penitentiary", -2.22, -79.95, "EC"), d="Sunday", c=CL, note="soldiers regain control of Pavilion 7"),
 R("ASSAULT", acled=IED, m=["car bomb [rocks] Durán", "a car packed with explosives [blew] up outside a police unit in Durán"], a=[], t=["a police unit in Durán"], p=("Durán", -2.17, -79.83, "EC"), d="Sunday", f=(0, 0), i=(0, 0), c=A, note="car bomb outside police unit in Durán"),
 R("COERCE", acled=ARR, m=["Police [arrested] two suspects on a motorcycle"], a=["Police"], t=["two suspects"], p=("Durán", -2.17, -79.83, "EC"), d="Sunday", q=(2, 2), c=A, note="two suspects arrested in Durán"),
 R("SANCTION", m=["the government has [declared] terrorist organisations"], a=["the government"], t=["more than 20 groups"], p=("Ecuador", "country", "EC"), d="2024-01", c=A, opt=True, note="gangs designated terrorist organisations (background)"),
 R("ASSAULT", acled=VAC, m=["its mayor survived a [shooting] attack on his car in 2023"], a=[], t=["its mayor"], p=("Durán", -2.17, -79.83, "EC"), d="2023", c=A, note="2023 shooting attack on mayor (background)"),
 R("REQUEST", m=["he would [ask] the national assembly to extend emergency powers"], a=["President Daniel Noboa"], t=["the national assembly"], p=None, c=HY, note="Noboa to ask for extended powers"),
 R("ACCUSE", m=["[accused] judges of releasing gang leaders"], a=["President Daniel Noboa"], t=["judges"], p=None, c=A, note="Noboa accuses judges"),
 R("PROTEST", acled=PEACE, m=["Mothers of inmates [protested] outside the prison gates"], a=["Mothers of inmates"], t=[], p=("Litoral penitentiary", -2.22, -79.95, "EC"), d="Monday", c=A, note="mothers protest outside prison"),
 R("PROTEST", m=["Relatives [gathered] outside the prison on Monday"], a=["Relatives"], t=[], p=("Litoral penitentiary", -2.22, -79.95, "EC"), d="Monday", c=A, opt=True, note="relatives gather (same as mothers' protest?)"),
]))

ARTS.append(dict(id="own_118", pub="2021-09-14", src="Baltic Border Watch", wrap=True, text='''
"They drove us to the forest and told us to walk": Iraqis describe Lithuanian pushbacks

VILNIUS — Ahmed Karim, 31, a Kurdish mechanic from Erbil, says he crossed from Belarus into Lithuania with his wife and two sons near the village of Adutiškis in late August, and was caught by border guards within an hour.

"They did not ask our names. They drove us to the forest and told us to walk back to Belarus. When my wife cried, a guard pointed at the fence and shouted," he said by phone from a hotel in Minsk. On the Belarusian side, he said, soldiers forced the family back toward Lithuania the same night. They spent eleven days moving between the two lines before reaching Minsk.

Lithuania's border guard service said it had turned back more than 3,500 people since an order in early August allowed guards to refuse entry to people crossing outside official checkpoints. It denied using force and said those turned away could apply for asylum at a border post or embassy.

Rights groups say the practice breaks EU and international law. Lithuania, Poland and Latvia accuse Belarus's president of flying in migrants from the Middle East and pushing them toward the EU border in revenge for sanctions, a charge Minsk rejects.

Lithuania declared a state of emergency in July and has begun building a 500 km razor-wire barrier. More than 4,100 people who crossed before the policy changed are held in camps, including one at Medininkai.

Karim's family flew home to Erbil last week on a repatriation flight.
''', recs=[
 R("MOVE", mode="cross_border", m=["he [crossed] from Belarus into Lithuania with his wife and two sons"], a=["Ahmed Karim"], t=[], p=("Adutiškis", 55.15, 26.58, "LT"), d="2021-08", q=(4, 4), c=CL, note="family crosses from Belarus near Adutiškis"),
 R("COERCE", acled=ARR, m=["was [caught] by border guards within an hour"], a=["border guards"], t=["Ahmed Karim"], p=("Adutiškis", 55.15, 26.58, "LT"), d="2021-08", c=CL, note="family caught by border guards"),
 R("MOVE", mode="deport", also=["COERCE"], m=["Iraqis describe Lithuanian [pushbacks]", "They [drove] us to the forest and told us to walk back to Belarus", "a guard [pointed] at the fence and shouted"], a=["border guards", "a guard"], t=["Ahmed Karim"], p=("Adutiškis", 55.15, 26.58, "LT"), d="2021-08", c=CL, note="Lithuanian guards push family back"),
 R("MOVE", mode="deport", also=["COERCE"], m=["soldiers [forced] the family back toward Lithuania"], a=["soldiers"], t=["the family"], p=("Belarus", "country", "BY"), d="2021-08", c=CL, note="Belarusian soldiers force family back"),
 R("MOVE", mode="deport", m=["it had [turned] back more than 3,500 people"], a=["Lithuania's border guard service"], t=["more than 3,500 people"], p=("Lithuania", "country", "LT"), d=("2021-08-01", "today"), q=(3500, 3500), c=CL, note="3,500 turned back since August"),
 R("COERCE", also=["SANCTION"], m=["an [order] in early August allowed guards to refuse entry"], a=[], t=[], p=("Lithuania", "country", "LT"), d="2021-08", c=A, note="pushback order in early August"),
 R("REJECT", m=["It [denied] using force"], a=["Lithuania's border guard service"], t=[], p=None, c=DN, opt=True, note="border guard denies force"),
 R("ACCUSE", m=["Lithuania, Poland and Latvia [accuse] Belarus's president", "a charge Minsk [rejects]"], a=["Lithuania, Poland and Latvia"], t=["Belarus's president"], p=None, c=["asserted", "denied"], note="Baltic states accuse Lukashenko; Minsk rejects"),
 R("SANCTION", acled=OTH, m=["Lithuania [declared] a state of emergency in July"], a=["Lithuania"], t=[], p=("Lithuania", "country", "LT"), d="2021-07", c=A, note="state of emergency (background)"),
 R("MOBILIZE", m=["has [begun] building a 500 km razor-wire barrier"], a=["Lithuania"], t=[], p=("Lithuania", "country", "LT"), c=A, opt=True, note="barrier construction"),
 R("COERCE", m=["More than 4,100 people who crossed before the policy changed are [held] in camps"], a=[], t=["More than 4,100 people"], p=("Medininkai", 54.54, 25.65, "LT"), q=(4100, 4100), c=A, opt=True, note="migrants held in camps"),
 R("MOVE", mode="return", m=["Karim's family [flew] home to Erbil last week"], a=["Karim's family"], t=[], p=("Erbil", 36.19, 44.01, "IQ"), d="lastweek", c=A, note="family repatriated to Erbil"),
]))

ARTS.append(dict(id="own_119", pub="2026-01-19", src="Vistula Daily", text='''
Gas explosion tears through Łódź apartment block, killing three

ŁÓDŹ, Poland — A gas explosion ripped through a four-storey apartment building in Łódź's Bałuty district early on Sunday, killing three people and injuring eleven, firefighters said.

The blast, at about 5.40 am, blew out the front wall of the building on Limanowskiego street and brought down part of the roof. Firefighters battled flames for more than two hours and searched the rubble with sniffer dogs before finding the bodies of an elderly couple and a 40-year-old man on the second floor.

About 60 residents were evacuated from the building and two neighbouring blocks and spent the night in a school gym. "It was like a bomb. The windows flew into my room," said Teresa Wójcik, 68, who lives across the street.

Investigators said the most likely cause was a leak from a gas cooker in a second-floor flat, but they did not rule out a faulty pipe. The city's gas network operator said it had carried out an inspection of the building in October and found no defects.

Prosecutors have opened an investigation into unintentional causing of a disaster, a routine step after fatal building explosions in Poland. The mayor declared Monday a day of mourning in the city.

Gas explosions kill several people a year in Poland, many in older buildings with ageing installations.
''', recs=[]))

ARTS.append(dict(id="own_120", pub="2019-11-29", src="Screen & Stage", wrap=True, text='''
Film review: "Ash Ridge" turns a forgotten battle into a slow-burning epic

There is a moment about an hour into "Ash Ridge" when the shelling stops and the only sound is a soldier whistling in his trench. It is the quietest scene in a film otherwise built from noise, and it is the one you will remember.

Director Tomasz Wieczorek's third feature reconstructs a fictional battle on a ridge in the Carpathians in the winter of 1915, seen through the eyes of a young Polish conscript in the Austro-Hungarian army. The production used hundreds of extras and a full-scale replica of a trench line built in a quarry outside Kraków, and the battle sequences are as chaotic and terrifying as anything since "1917".

The conscript, played by newcomer Jakub Lis, survives an assault up the frozen slope, sees his platoon wiped out by machine-gun fire, and is captured by Russian troops before escaping in a snowstorm. Lis holds the camera with remarkable stillness; his co-star, a veteran of Wieczorek's earlier films, steals every scene as a sergeant who executes a deserter and then quietly weeps.

The script falters when it leaves the front. A subplot about a nurse in Lwów feels bolted on.

"Ash Ridge" bombed at the Polish box office on release but has found an audience on streaming. It opens in British cinemas on Friday.
''', recs=[]))

ARTS.append(dict(id="own_121", pub="2023-06-27", src="Coast & Frontier Kenya", text='''
Al-Shabaab blamed as roadside bomb kills eight police in Mandera; Lamu villages raided

MANDERA, Kenya — A roadside bomb destroyed a police vehicle on the Elwak–Mandera road on Saturday, killing eight officers, Kenya's interior ministry said, in the deadliest attack on security forces in the north-east this year.

The officers were escorting a convoy of buses when the device went off near the village of Arabia, about 60 km from the Somali border, a police commander said. Two other officers were wounded and airlifted to Nairobi. Police blamed the Somali militant group al-Shabaab, which said on a website linked to it that its fighters had killed 12 Kenyan soldiers.

In Lamu county, on the coast, armed men raided two villages near Mpeketoni early on Saturday, killing five men and burning houses, the county commissioner said. Residents said the attackers had separated men from women and shot them at close range. The government imposed a dusk-to-dawn curfew in the area and ordered the closure of schools.

Interior minister said security operations in the Boni forest would be stepped up. "We will pursue them wherever they hide," he told reporters in Lamu on Sunday.

Al-Shabaab has carried out attacks in Kenya since the Kenyan army entered Somalia in 2011. In 2014 its fighters killed about 60 people in raids on Mpeketoni.

Kenya has postponed a plan to reopen border crossings with Somalia, closed since 2011, officials said.
''', recs=[
 R("ASSAULT", acled=IED, m=["roadside bomb [kills] eight police in Mandera", "A roadside bomb [destroyed] a police vehicle on the Elwak–Mandera road", "the device [went] off near the village of Arabia", "its fighters had [killed] 12 Kenyan soldiers"], a=["the Somali militant group al-Shabaab", "Al-Shabaab"], t=["a police vehicle", "eight officers"], p=("Arabia", 3.63, 40.98, "KE"), d="Saturday", f=(8, 12), i=(2, 2), c=CL, note="IED kills eight police near Arabia, Mandera"),
 R("ACCUSE", m=["Al-Shabaab [blamed] as roadside bomb", "Police [blamed] the Somali militant group al-Shabaab"], a=["Police"], t=["the Somali militant group al-Shabaab"], p=None, c=A, note="police blame al-Shabaab"),
 R("ASSAULT", acled=VAC, m=["Lamu villages [raided]", "armed men [raided] two villages near Mpeketoni", "[shot] them at close range"], a=["armed men", "the attackers"], t=["two villages near Mpeketoni", "five men"], p=("Mpeketoni", -2.39, 40.70, "KE"), d="Saturday", f=(5, 5), c=CL, note="raid on villages near Mpeketoni, five killed"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["The government [imposed] a dusk-to-dawn curfew", "[ordered] the closure of schools"], a=["The government"], t=[], p=("Mpeketoni", -2.39, 40.70, "KE"), d=("Saturday", "today"), c=A, note="curfew and school closure in Lamu"),
 R("THREATEN", also=["MOBILIZE"], m=["security operations in the Boni forest would be [stepped] up", "We will [pursue] them wherever they hide"], a=["Interior minister"], t=[], p=("Boni forest", -1.85, 41.20, "KE"), d="Sunday", c=HY, note="minister promises stepped-up operations"),
 R("MOBILIZE", m=["since the Kenyan army [entered] Somalia in 2011"], a=["the Kenyan army"], t=[], p=("Somalia", "country", "SO"), d="2011", c=A, opt=True, note="Kenyan army entered Somalia 2011 (background)"),
 R("ASSAULT", acled=VAC, m=["In 2014 its fighters [killed] about 60 people in raids on Mpeketoni"], a=["its fighters"], t=[], p=("Mpeketoni", -2.39, 40.70, "KE"), d="2014", f=(60, 60), c=A, note="2014 Mpeketoni raids (background)"),
 R("REJECT", m=["Kenya has [postponed] a plan to reopen border crossings"], a=["Kenya"], t=[], p=None, c=CL, note="Kenya postpones border reopening"),
]))
