from common import *
ARTS = []
ARTS.append(dict(id="own_049", pub="2025-02-18", src="Maghreb Coast Dispatch", text='''
Libyan coastguard intercepts 180 migrants off Zawiya, returns them to Tripoli detention

TRIPOLI (MCD) — Libya's coastguard intercepted a fishing boat carrying about 180 migrants off the western town of Zawiya on Sunday and brought them back to shore, where they were transferred to a detention centre in Tripoli, the International Organization for Migration said.

The boat had left a beach near Sabratha late on Saturday, according to passengers who spoke to aid workers at the disembarkation point. Most were from Sudan, Eritrea and Bangladesh.

Two people drowned when the overcrowded boat rocked as the coastguard vessel came alongside, the agency said, adding that it could not confirm the circumstances.

The German rescue group Sea-Watch accused the coastguard of endangering lives, saying its surveillance aircraft had filmed officers circling the boat at speed. A coastguard commander, Colonel Ramadan al-Ghweil, rejected the accusation and said his crew had "saved everyone who could be saved".

The IOM called on Libyan authorities to release the migrants and to end arbitrary detention. The migrants were taken to the Abu Salim centre, which rights groups say is badly overcrowded.

More than 20,000 people have been intercepted and returned to Libya so far this year, according to agency figures.
''', recs=[
 R("MOVE", mode="deport", also=["COERCE"], m=["coastguard [intercepts] 180 migrants off Zawiya", "coastguard [intercepted] a fishing boat carrying about 180 migrants", "[brought] them back to shore"], a=["Libya's coastguard", "Libyan coastguard"], t=["about 180 migrants", "a fishing boat carrying about 180 migrants"], p=("Zawiya", 32.76, 12.73, "LY"), d="Sunday", q=(180, 180), c=CL, note="coastguard intercepts and returns boat off Zawiya"),
 R("COERCE", m=["returns them to Tripoli [detention]", "they were [transferred] to a detention centre in Tripoli", "The migrants were [taken] to the Abu Salim centre"], a=["Libya's coastguard"], t=["about 180 migrants", "The migrants"], p=("Abu Salim", 32.85, 13.20, "LY"), d="Sunday", q=(180, 180), c=CL, note="intercepted migrants detained at Abu Salim centre"),
 R("MOVE", mode="cross_border", m=["The boat had [left] a beach near Sabratha"], a=["about 180 migrants"], p=("Sabratha", 32.79, 12.48, "LY"), d="Saturday", q=(180, 180), c=CL, note="boat departs near Sabratha"),
 R("ACCUSE", m=["Sea-Watch [accused] the coastguard of endangering lives"], a=["The German rescue group Sea-Watch"], t=["the coastguard"], p=None, d=("Sunday", "today"), c=A, note="Sea-Watch accuses coastguard"),
 R("REJECT", m=["[rejected] the accusation and said"], a=["Colonel Ramadan al-Ghweil"], t=["Sea-Watch"], p=None, d=("Sunday", "today"), c=A, note="coastguard commander rejects accusation"),
 R("ASSAULT", m=["Two people [drowned] when the overcrowded boat rocked"], a=["the coastguard vessel"], t=["Two people"], p=("Zawiya", 32.76, 12.73, "LY"), d="Sunday", f=(2, 2), c=["claimed", "believed"], opt=True, note="two drown as coastguard vessel comes alongside (cause unclear)"),
 R("REQUEST", m=["The IOM [called] on Libyan authorities to release the migrants"], a=["The IOM"], t=["Libyan authorities"], p=None, d=("Sunday", "today"), c=A, note="IOM demands release"),
]))

ARTS.append(dict(id="own_050", pub="2025-04-09", src="Tunis Evening Post", text='''
Sfax residents rally against migrant camps as police clear olive groves

SFAX, Tunisia — Several hundred residents of El Amra marched to the governorate offices in Sfax on Tuesday to demand the removal of sub-Saharan migrants who have been living in olive groves outside the town for more than a year.

Protesters carried banners reading "El Amra for its people" and blocked the coastal road for about two hours before police reopened it. No injuries were reported.

The same morning, national guard units dismantled two informal camps at kilometre 24 and kilometre 30, bulldozing tents and detaining at least 80 people, witnesses said. A spokesman for the national guard said those held would be "voluntarily returned" to their home countries with help from international agencies.

The Tunisian Forum for Economic and Social Rights condemned the operation and accused the authorities of driving migrants into the desert near the Algerian border. It said 42 people detained in Sfax in March had been left near Kasserine without water. The interior ministry denied that any migrants had been taken to border areas.

Tunisia's olive harvest, the largest in a decade, pushed export earnings to a record this winter, traders said.
''', recs=[
 R("PROTEST", acled=PINT, m=["Sfax residents [rally] against migrant camps", "[marched] to the governorate offices in Sfax", "[blocked] the coastal road for about two hours"], a=["Several hundred residents of El Amra", "Protesters"], t=["sub-Saharan migrants"], p=("Sfax", 34.74, 10.76, "TN"), d="Tuesday", q=(200, 900), i=(0, 0), c=A, note="El Amra residents march on Sfax governorate"),
 R("COERCE", acled=LOOT, also=["ASSAULT"], m=["police [clear] olive groves", "[dismantled] two informal camps at kilometre 24"], a=["national guard units"], t=["two informal camps"], p=("El Amra", 35.00, 10.98, "TN"), d="Tuesday", c=CL, note="national guard dismantles migrant camps"),
 R("COERCE", acled=ARR, m=["[detaining] at least 80 people, witnesses said", "those [held] would be"], a=["national guard units"], t=["at least 80 people"], p=("El Amra", 35.00, 10.98, "TN"), d="Tuesday", q=(80, 80), c=CL, note="at least 80 migrants detained"),
 R("MOVE", mode="deport", m=['"voluntarily [returned]" to their home'], a=["the national guard"], t=["those held"], p=None, c=HY, note="planned returns to home countries"),
 R("ACCUSE", m=["[condemned] the operation and accused the authorities", "[accused] the authorities of driving migrants into the desert"], a=["The Tunisian Forum for Economic and Social Rights"], t=["the authorities"], p=None, d="Tuesday", c=A, note="FTDES condemns operation, accuses authorities"),
 R("MOVE", mode="deport", also=["COERCE"], m=["people [detained] in Sfax in March had been left near Kasserine", "[denied] that any migrants had been taken"], a=["the authorities"], t=["42 people"], p=("Kasserine", 35.17, 8.83, "TN"), d="2025-03", q=(42, 42), c=["claimed", "denied"], note="42 migrants dumped near Kasserine in March"),
]))

ARTS.append(dict(id="own_051", pub="2025-02-20", src="Levant Line", wrap=True, text='''
Families stream back to south Lebanon villages as Israeli troops pull out

MARJAYOUN, Lebanon — Thousands of families drove back to villages in south Lebanon on Tuesday after Israeli troops withdrew from most of the positions they had held since the autumn, under a ceasefire agreed in November.

Cars piled with mattresses queued for hours at army checkpoints outside Marjayoun and Nabatieh. "We have been sleeping in a school in Sidon for five months. I just want to see if the house is still there," said Ghassan Fakih, 47, a farmer from Khiam.

The Lebanese army said it had deployed units into Khiam, Odaisseh and Kfar Kila as the Israelis left. Israel's military said its soldiers would remain at five hilltop positions along the border and warned residents not to approach them.

Near Houla, Israeli troops opened fire on a group of returning residents, killing one man and wounding three, the Lebanese health ministry said. The Israeli military said soldiers had fired "warning shots" at people who approached its forces.

Lebanon's president called on international sponsors of the truce to press Israel to complete its withdrawal.
''', recs=[
 R("MOVE", mode="return", m=["Families [stream] back to south Lebanon villages", "Thousands of families [drove] back to villages in south Lebanon", "Cars piled with mattresses [queued] for hours"], a=["Thousands of families"], p=("south Lebanon", "country", "LB"), d="Tuesday", q=(1000, 20000), c=A, note="families return to south Lebanon"),
 R("RETREAT", m=["as Israeli troops [pull] out", "after Israeli troops [withdrew] from most of the positions", "as the Israelis [left]"], a=["Israeli troops"], p=("south Lebanon", "country", "LB"), d="Tuesday", c=A, note="Israeli withdrawal from south Lebanon positions"),
 R("AGREE", acled=AGR, m=["under a [ceasefire] agreed in November"], a=[], t=[], p=("Lebanon", "country", "LB"), d="2024-11", c=A, opt=True, note="background: November ceasefire"),
 R("MOBILIZE", acled=NVT, m=["it had [deployed] units into Khiam"], a=["The Lebanese army"], p=("Khiam", 33.33, 35.61, "LB"), d="Tuesday", c=CL, note="Lebanese army deploys into Khiam, Odaisseh, Kfar Kila"),
 R("THREATEN", m=["[warned] residents not to approach them"], a=["Israel's military"], t=["residents"], p=None, d="Tuesday", c=A, note="Israel warns residents not to approach positions"),
 R("ASSAULT", acled=VAC, m=["Israeli troops [opened] fire on a group of returning residents", 'fired "warning [shots]"'], a=["Israeli troops", "soldiers"], t=["a group of returning residents"], p=("Houla", 33.21, 35.52, "LB"), d="Tuesday", f=(1, 1), i=(3, 3), c=CL, note="Israeli troops fire on returning residents near Houla"),
 R("REQUEST", m=["[called] on international sponsors of the truce"], a=["Lebanon's president"], t=["international sponsors of the truce"], p=None, d="Tuesday", c=A, note="Lebanon's president urges pressure on Israel"),
 R("MOVE", mode="flee", m=["[sleeping] in a school in Sidon for five months"], a=["Ghassan Fakih"], p=("Sidon", 33.56, 35.37, "LB"), c=CL, opt=True, note="displaced farmer sheltering in Sidon"),
]))

ARTS.append(dict(id="own_052", pub="2025-06-05", src="Hispaniola Report", text='''
Dominican Republic deports 1,400 Haitians in a day through Dajabón

DAJABÓN, Dominican Republic — Dominican immigration agents deported more than 1,400 Haitians through the northern border crossing at Dajabón on Wednesday, the largest number in a single day this year, the country's migration directorate said.

Buses carrying men, women and children arrived at the bridge over the Massacre River from detention centres in Santiago and Santo Domingo throughout the day. On the Haitian side, in Ouanaminthe, volunteers from a church group handed out water and bread.

"They took me from the construction site where I have worked for six years. They did not let me collect my wages," said Wilner Joseph, 31, standing on the Haitian side with a plastic bag of clothes.

Haiti's foreign ministry protested the expulsions in a note to the Dominican ambassador and accused Dominican agents of detaining pregnant women at hospitals. The Dominican government rejected the criticism, saying it was applying its laws.

About 200 people marched in Ouanaminthe in the afternoon chanting against the deportations.

The River Massacre itself takes its name from a colonial-era fight, not from any recent event, local historians say.
''', recs=[
 R("MOVE", mode="deport", m=["Dominican Republic [deports] 1,400 Haitians in a day", "immigration agents [deported] more than 1,400 Haitians", "Buses carrying men, women and children [arrived] at the bridge", "chanting against the [deportations]"], a=["Dominican immigration agents", "Dominican Republic"], t=["more than 1,400 Haitians"], p=("Dajabón", 19.55, -71.71, "DO"), d="Wednesday", q=(1400, 1500), c=CL, note="1,400 Haitians deported through Dajabón"),
 R("COERCE", m=["They [took] me from the construction site"], a=["They"], t=["Wilner Joseph"], p=("Dominican Republic", "country", "DO"), c=CL, note="worker detained at construction site"),
 R("AID", m=["volunteers from a church group [handed] out water and bread"], a=["volunteers from a church group"], t=[], p=("Ouanaminthe", 19.55, -71.73, "HT"), d="Wednesday", c=A, opt=True, note="church volunteers hand out water"),
 R("ACCUSE", also=["PROTEST"], m=["Haiti's foreign ministry [protested] the expulsions", "[accused] Dominican agents"], a=["Haiti's foreign ministry"], t=["Dominican agents"], p=None, d="Wednesday", c=A, note="Haiti protests expulsions and accuses agents"),
 R("REJECT", m=["The Dominican government [rejected] the criticism"], a=["The Dominican government"], t=["Haiti's foreign ministry"], p=None, d="Wednesday", c=A, note="Dominican government rejects criticism"),
 R("PROTEST", acled=PEACE, m=["About 200 people [marched] in Ouanaminthe"], a=["About 200 people"], t=["the deportations"], p=("Ouanaminthe", 19.55, -71.73, "HT"), d="Wednesday", q=(200, 200), c=A, note="march against deportations in Ouanaminthe"),
 R("COERCE", m=["[detaining] pregnant women at hospitals"], a=["Dominican agents"], t=["pregnant women"], p=("Dominican Republic", "country", "DO"), c=CL, note="detentions of pregnant women at hospitals (alleged)"),
]))

ARTS.append(dict(id="own_053", pub="2025-04-02", src="Caribbean Witness", text='''
"We left with what we wore": residents of Kenscoff tell of the night gangs came

PORT-AU-PRINCE, Haiti — The shooting began after midnight, residents of the hillside commune of Kenscoff say, when armed men from the Viv Ansanm gang coalition came down the slopes from Carrefour Feuilles on Sunday.

"We heard them calling each other by radio. Then they started burning the houses at the bottom of the hill," said Nadège Pierre, 44, a market vendor now sleeping in a schoolyard in Pétion-Ville. "We left with what we wore."

Her neighbour Jean-Robert Calixte, 60, said he saw gunmen shoot two young men who tried to block the road with a truck. "They fell right there. Nobody could go and get them until morning," he said.

Police said officers and members of the Kenyan-led multinational mission fought the gang for several hours before pushing it back. A police spokesman said at least four attackers were killed.

Local authorities estimate that about 3,000 people fled Kenscoff toward Pétion-Ville in the following two days.

"My children ask me when we go home. I tell them soon. I do not know," said Fabienne Michel, 35, who walked down with her three sons.

The municipality has asked the government for tents and food.
''', recs=[
 R("ASSAULT", acled=VAC, m=["the night gangs [came]", "The [shooting] began after midnight", "they started [burning] the houses at the bottom", "saw gunmen [shoot] two young men"], a=["armed men from the Viv Ansanm gang coalition", "gunmen"], t=["two young men who tried to block the road with a truck", "the houses at the bottom of the hill"], p=("Kenscoff", 18.45, -72.29, "HT"), d="Sunday", f=(2, 2), c=CL, note="Viv Ansanm gang attack on Kenscoff"),
 R("ASSAULT", acled=CLASH, m=["[fought] the gang for several hours", "at least four attackers were [killed]"], a=["officers and members of the Kenyan-led multinational mission", "Police"], t=["the gang"], p=("Kenscoff", 18.45, -72.29, "HT"), d=("Sunday", "-2"), f=(4, 4), c=CL, note="police and MSS fight gang in Kenscoff"),
 R("MOVE", mode="flee", m=['"We [left] with what we wore": residents', "We [left] with what we wore.\"", "about 3,000 people [fled] Kenscoff toward Pétion-Ville", "who [walked] down with her three sons"], a=["about 3,000 people", "residents of Kenscoff", "Nadège Pierre", "Fabienne Michel"], p=("Kenscoff", 18.45, -72.29, "HT"), d=("Sunday", "-1"), q=(3000, 3000), c=CL, note="residents flee Kenscoff toward Pétion-Ville"),
 R("REQUEST", m=["has [asked] the government for tents and food"], a=["The municipality"], t=["the government"], p=None, c=A, note="municipality appeals for tents and food"),
]))

ARTS.append(dict(id="own_054", pub="2025-01-13", src="Andes Wire", text='''
Venezuela detains opposition activists before inauguration; US condemns arrests

CARACAS — Venezuelan security forces detained at least 30 opposition activists and two journalists across the country in the days before Friday's presidential inauguration, the rights group Foro Penal said on Sunday.

Among those held was Rafael Tudares, son-in-law of the opposition's presidential candidate, who was seized by hooded men in eastern Caracas as he took his children to school, his wife said.

Thousands of opposition supporters demonstrated in Caracas, Maracaibo and Valencia on Thursday. In Chacao, agents of the national guard fired tear gas to disperse a crowd, and a motorcycle group loyal to the government shot at protesters, witnesses said. No deaths were reported.

The government accused the opposition of plotting a coup with foreign mercenaries and said seven foreigners, including two Colombians, had been arrested.

The United States and the European Union condemned the detentions and demanded the release of all political prisoners. Venezuela's foreign minister rejected the statements as "interference".

Venezuela's national baseball league, meanwhile, opened its playoffs on Saturday with the Caracas Lions crushing the Magallanes Navigators 9-2.
''', recs=[
 R("COERCE", acled=ARR, m=["Venezuela [detains] opposition activists before inauguration", "security forces [detained] at least 30 opposition activists"], a=["Venezuelan security forces"], t=["at least 30 opposition activists and two journalists"], p=("Venezuela", "country", "VE"), d=("lastweek", "today"), q=(32, 32), c=CL, note="detention of 30 activists and two journalists"),
 R("COERCE", acled=ABD, m=["who was [seized] by hooded men in eastern Caracas"], a=["hooded men"], t=["Rafael Tudares"], p=("Caracas", 10.49, -66.88, "VE"), d=("lastweek", "Friday"), c=CL, note="Rafael Tudares seized"),
 R("PROTEST", acled=PINT, m=["opposition supporters [demonstrated] in Caracas, Maracaibo and Valencia"], a=["Thousands of opposition supporters"], t=[], p=("Caracas", 10.49, -66.88, "VE"), d="Thursday", q=(1000, 20000), f=(0, 0), c=A, note="opposition demonstrations in several cities"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["[fired] tear gas to disperse a crowd", "[shot] at protesters, witnesses said"], a=["agents of the national guard", "a motorcycle group loyal to the government"], t=["a crowd", "protesters"], p=("Chacao", 10.50, -66.85, "VE"), d="Thursday", f=(0, 0), c=CL, note="tear gas and shooting at Chacao protest"),
 R("ACCUSE", m=["The government [accused] the opposition of plotting a coup"], a=["The government"], t=["the opposition"], p=None, c=A, note="government accuses opposition of coup plot"),
 R("COERCE", acled=ARR, m=["seven foreigners, including two Colombians, had been [arrested]"], a=["The government"], t=["seven foreigners"], p=("Venezuela", "country", "VE"), q=(7, 7), c=CL, note="seven foreigners arrested"),
 R("ACCUSE", also=["REQUEST"], m=["The United States and the European Union [condemned]"], a=["The United States and the European Union"], t=["Venezuelan security forces"], p=None, d=("Saturday", "today"), c=A, note="US and EU condemn detentions"),
 R("REQUEST", m=["[demanded] the release of all political prisoners"], a=["The United States and the European Union"], t=[], p=None, d=("Saturday", "today"), c=A, note="US/EU demand release of political prisoners"),
 R("REJECT", m=["foreign minister [rejected] the statements"], a=["Venezuela's foreign minister"], t=["The United States and the European Union"], p=None, c=A, note="Venezuela rejects statements as interference"),
]))

ARTS.append(dict(id="own_055", pub="2025-10-22", src="Central America Transit", wrap=True, text='''
Honduran caravan sets out from San Pedro Sula; Guatemala blocks border

SAN PEDRO SULA, Honduras — Around 1,500 people, most of them Hondurans but also Venezuelans and Haitians, set out on foot from the San Pedro Sula bus terminal before dawn on Tuesday, hoping to walk north through Guatemala and Mexico together.

By the afternoon the group had reached the border post of Corinto, where Guatemalan police and soldiers in riot gear blocked the road and demanded valid travel documents. Some of the migrants pushed through the line and officers used batons and pepper spray, a Honduran human rights observer said. At least nine people were hurt.

Guatemala's migration institute said 312 people who entered its territory without documents had been returned to Honduras by bus on Tuesday night.

"We are not criminals. We are leaving because the gangs charge us rent to live in our own houses," said Keila Martínez, 26, who travelled with her two daughters.

The Honduran government asked Guatemala to respect the migrants' rights and appealed to its citizens not to join caravans.
''', recs=[
 R("MOVE", mode="gather", m=["Honduran caravan [sets] out from San Pedro Sula", "[set] out on foot from the San Pedro Sula bus terminal", "the group had [reached] the border post of Corinto"], a=["Around 1,500 people", "Honduran caravan"], p=("San Pedro Sula", 15.50, -88.03, "HN"), d="Tuesday", q=(1500, 1500), c=A, note="caravan departs San Pedro Sula for Corinto"),
 R("COERCE", m=["Guatemala [blocks] border", "soldiers in riot gear [blocked] the road"], a=["Guatemalan police and soldiers in riot gear", "Guatemala"], t=["Around 1,500 people"], p=("Corinto", 15.60, -88.33, "HN"), d="Tuesday", c=A, note="Guatemalan forces block caravan at Corinto"),
 R("ASSAULT", also=["COERCE"], m=["officers [used] batons and pepper spray", "At least nine people were [hurt]"], a=["officers", "Guatemalan police and soldiers in riot gear"], t=["the migrants"], p=("Corinto", 15.60, -88.33, "HN"), d="Tuesday", i=(9, 9), c=CL, note="officers use batons and pepper spray"),
 R("MOVE", mode="cross_border", m=["Some of the migrants [pushed] through the line", "312 people who [entered] its territory without documents"], a=["Some of the migrants"], p=("Corinto", 15.60, -88.33, "HN"), d="Tuesday", q=(312, 312), c=CL, note="migrants push through and enter Guatemala"),
 R("MOVE", mode="deport", m=["had been [returned] to Honduras by bus"], a=["Guatemala's migration institute"], t=["312 people"], p=("Honduras", "country", "HN"), d="Tuesday", q=(312, 312), c=CL, note="312 returned to Honduras"),
 R("REQUEST", m=["The Honduran government [asked] Guatemala to respect"], a=["The Honduran government"], t=["Guatemala"], p=None, d=("Tuesday", "today"), c=A, note="Honduras asks Guatemala to respect rights"),
 R("REQUEST", m=["[appealed] to its citizens not to join caravans"], a=["The Honduran government"], t=["its citizens"], p=None, d=("Tuesday", "today"), c=A, note="Honduras appeals to citizens not to join caravans"),
]))

ARTS.append(dict(id="own_056", pub="2025-11-17", src="Ouaga Sports Hebdo", text='''
Stallions storm past Niger to keep qualifying hopes alive

OUAGADOUGOU — Burkina Faso's Stallions blew away Niger 3-0 at the Stade du 4-Août on Sunday, keeping alive their hopes of qualifying for next year's Africa Cup of Nations.

The hosts laid siege to the Nigerien goal from the opening whistle. Bertrand Traoré fired the first shot over the bar in the third minute before captain Issoufou Dayo headed home a corner to break the deadlock midway through the half.

Niger's defence collapsed after the break. Striker Dango Ouattara struck twice in ten minutes, the second a thunderous volley that left goalkeeper Khaled Lawali rooted to the spot.

"We attacked them from every side. The boys were hungry tonight," coach Brama Traoré told reporters. "Niger were killed by our pressing."

Niger's coach said his team had been "executed" on the counter-attack and called for a fight back in the return leg in Niamey on Thursday.

About 30,000 fans packed the stadium and chanting crowds filled the streets of the capital late into the night. Police said the celebrations passed off peacefully.

The Stallions now sit second in Group E, two points behind leaders Morocco, with two matches remaining.
''', recs=[]))

ARTS.append(dict(id="own_057", pub="2025-07-24", src="Sahel Relief Bulletin", text='''
Helicopters drop food into besieged Arbinda as road blockade enters third year

DORI, Burkina Faso — Two army helicopters delivered about eight tonnes of maize and medicines to the besieged town of Arbinda on Wednesday, the regional governor's office said, the first supplies to reach the town in six weeks.

Arbinda, in Soum province, has been cut off by fighters of the al-Qaeda-linked JNIM since 2023. Residents say the group lets no trucks through and fires on people who go beyond the town's outer checkpoints to farm.

A supply convoy that set out from Dori on 2 July turned back after the lead truck hit an explosive device near Gorgadji, killing its driver, a transport union official said.

"Children are eating leaves. We are begging the government and the aid agencies to open the road," said Amadou Dicko, a teacher in Arbinda, by phone.

The World Food Programme said it was ready to deliver food by road if the army could guarantee safe passage, and urged all parties to allow humanitarian access.

In a message shared on social media, JNIM warned drivers that any vehicle working for the army would be destroyed.
''', recs=[
 R("AID", m=["Helicopters [drop] food into besieged Arbinda", "[delivered] about eight tonnes of maize and medicines"], a=["Two army helicopters"], t=["the besieged town of Arbinda"], p=("Arbinda", 14.23, -0.87, "BF"), d="Wednesday", c=CL, note="helicopter food drop into Arbinda"),
 R("COERCE", m=["as road [blockade] enters third year", "has been [cut] off by fighters of the al-Qaeda-linked JNIM"], a=["fighters of the al-Qaeda-linked JNIM", "JNIM"], t=["Arbinda"], p=("Arbinda", 14.23, -0.87, "BF"), d=("2023", "today"), c=A, note="JNIM blockade of Arbinda since 2023"),
 R("ASSAULT", acled=IED, m=["the lead truck [hit] an explosive device near Gorgadji"], a=[], t=["the lead truck", "its driver"], p=("Gorgadji", 14.03, -0.52, "BF"), d=("2025-07-02", "2025-07-23"), f=(1, 1), c=CL, note="IED hits supply convoy truck near Gorgadji"),
 R("RETREAT", m=["A supply convoy that set out from Dori on 2 July [turned] back"], a=["A supply convoy"], p=("Gorgadji", 14.03, -0.52, "BF"), d=("2025-07-02", "2025-07-23"), c=CL, note="convoy turns back"),
 R("REQUEST", m=["We are [begging] the government and the aid agencies"], a=["Amadou Dicko"], t=["the government and the aid agencies"], p=("Arbinda", 14.23, -0.87, "BF"), c=CL, note="resident appeals to open road"),
 R("AID", m=["it was [ready] to deliver food by road"], a=["The World Food Programme"], t=["Arbinda"], p=("Arbinda", 14.23, -0.87, "BF"), c=HY, opt=True, note="WFP conditional offer to deliver by road"),
 R("REQUEST", m=["[urged] all parties to allow humanitarian access"], a=["The World Food Programme"], t=["all parties"], p=None, c=A, note="WFP urges humanitarian access"),
 R("THREATEN", m=["JNIM [warned] drivers that any vehicle"], a=["JNIM"], t=["drivers"], p=None, c=A, note="JNIM threatens drivers working for the army"),
 R("ASSAULT", acled=VAC, m=["[fires] on people who go beyond the town's outer checkpoints"], a=["the group"], t=["people who go beyond the town's outer checkpoints to farm"], p=("Arbinda", 14.23, -0.87, "BF"), c=CL, opt=True, note="habitual firing on farmers"),
]))

ARTS.append(dict(id="own_058", pub="2025-09-30", src="Aïr Desert News", text='''
Algeria expels 900 more migrants into the desert at Assamaka

AGADEZ, Niger — Algerian authorities expelled more than 900 migrants across the Niger border over the weekend, leaving them at the frontier marker known as Point Zero, from where they walked about 15 km to the village of Assamaka, aid workers said.

The group, mostly men from Guinea, Mali, Nigeria and Niger itself, had been arrested in raids in Tamanrasset and Oran over the past two weeks, according to the Alarme Phone Sahara network.

"The Algerian police came into the house at four in the morning. They took our phones and our money," said Lansana Camara, 22, from Conakry, speaking at the Assamaka health centre.

Two men were found dead in the sand near Point Zero on Sunday, the network said, apparently from exhaustion.

The International Organization for Migration said its teams gave water, food and medical care to the arrivals and that about 400 had registered for flights home. The IOM transit centre in Assamaka is already well over capacity.

Niger's military government has protested against the expulsions in the past, but has made no statement on the latest group.
''', recs=[
 R("MOVE", mode="deport", m=["Algeria [expels] 900 more migrants into the desert", "Algerian authorities [expelled] more than 900 migrants", "[leaving] them at the frontier marker known as Point Zero"], a=["Algerian authorities", "Algeria"], t=["more than 900 migrants"], p=("Assamaka", 19.36, 5.78, "NE"), d=("Saturday", "Sunday"), q=(900, 1000), c=CL, note="Algeria expels 900 migrants to Point Zero near Assamaka"),
 R("MOVE", mode="cross_border", m=["from where they [walked] about 15 km"], a=["more than 900 migrants"], p=("Assamaka", 19.36, 5.78, "NE"), d=("Saturday", "Sunday"), q=(900, 1000), c=CL, opt=True, note="migrants walk 15 km to Assamaka"),
 R("COERCE", acled=ARR, m=["had been [arrested] in raids in Tamanrasset and Oran", "The Algerian police [came] into the house", "They [took] our phones and our money"], a=["The Algerian police"], t=["The group", "our phones and our money"], p=("Tamanrasset", 22.79, 5.52, "DZ"), d=("-16", "Saturday"), q=(900, 1000), c=CL, note="raids and arrests in Tamanrasset and Oran"),
 R("AID", m=["its teams [gave] water, food and medical care"], a=["The International Organization for Migration", "its teams"], t=["the arrivals"], p=("Assamaka", 19.36, 5.78, "NE"), d=("Saturday", "today"), c=CL, note="IOM aid at Assamaka"),
 R("MOVE", mode="return", m=["about 400 had [registered] for flights home"], a=["about 400"], p=None, q=(400, 400), c=HY, opt=True, note="400 registered for return flights"),
 R("PROTEST", m=["has [protested] against the expulsions in the past"], a=["Niger's military government"], t=["Algeria"], p=None, c=A, opt=True, note="past Nigerien protests (background, undated)"),
]))

ARTS.append(dict(id="own_059", pub="2026-02-12", src="Chari Courier", wrap=True, text='''
Teachers' strike paralyses N'Djamena schools; union leader arrested

N'DJAMENA, Chad — Public school teachers across Chad stayed away from classrooms for a third day on Wednesday in a strike over unpaid salary arrears, and police arrested the head of their union, colleagues said.

Ngarlem Tobias, secretary general of the teachers' union SET, was taken from his home in the Chagoua district on Tuesday night by men in plain clothes who said they were from the intelligence service, his wife told the Chari Courier. His whereabouts were not known.

On Wednesday morning several hundred teachers and students gathered outside the education ministry to demand his release. Police fired tear gas and arrested about 20 people, the union said. Two students were treated in hospital for breathing problems.

The government spokesman accused the union of "acting for opposition politicians" and said the strike was illegal. The Chadian Human Rights League condemned the arrest and called for Tobias to be freed.

The education minister said the arrears would be paid before the end of the month.
''', recs=[
 R("PROTEST", acled=PEACE, m=["Teachers' [strike] paralyses N'Djamena schools", "[stayed] away from classrooms for a third day", "said the [strike] was illegal"], a=["Public school teachers across Chad"], t=[], p=("Chad", "country", "TD"), d=("-2", "today"), c=A, note="national teachers' strike"),
 R("COERCE", acled=ARR, m=["union leader [arrested]", "police [arrested] the head of their union", "was [taken] from his home in the Chagoua district", "the [arrest] and called for Tobias"], a=["police", "men in plain clothes who said they were from the intelligence service"], t=["Ngarlem Tobias", "the head of their union"], p=("Chagoua", 12.10, 15.07, "TD"), d="Tuesday", q=(1, 1), c=CL, note="union leader detained at home"),
 R("PROTEST", acled=PINT, m=["several hundred teachers and students [gathered] outside the education ministry"], a=["several hundred teachers and students"], t=["the education ministry"], p=("N'Djamena", 12.11, 15.04, "TD"), d="Wednesday", q=(200, 900), c=A, note="protest outside education ministry"),
 R("COERCE", acled=XFORCE, m=["Police [fired] tear gas and arrested about 20 people", "Two students were [treated] in hospital"], a=["Police"], t=["several hundred teachers and students", "about 20 people"], p=("N'Djamena", 12.11, 15.04, "TD"), d="Wednesday", q=(20, 20), i=(2, 2), c=CL, note="tear gas, 20 arrested at ministry"),
 R("ACCUSE", m=["The government spokesman [accused] the union"], a=["The government spokesman"], t=["the union"], p=None, c=A, note="government accuses union of acting for opposition"),
 R("ACCUSE", also=["REQUEST"], m=["The Chadian Human Rights League [condemned]"], a=["The Chadian Human Rights League"], t=["police"], p=None, c=A, note="LTDH condemns arrest, demands release"),
 R("REQUEST", m=["to [demand] his release"], a=["several hundred teachers and students"], t=["police"], p=("N'Djamena", 12.11, 15.04, "TD"), d="Wednesday", c=A, opt=True, note="protesters demand release (same protest)"),
]))

ARTS.append(dict(id="own_060", pub="2026-05-19", src="Grassfields Gazette", text='''
Separatists enforce lockdown in Bamenda; teacher abducted near Bali

BAMENDA, Cameroon — Streets in Bamenda, the main city of Cameroon's North-West region, were deserted on Monday as armed separatists enforced a "ghost town" lockdown they had announced for the week before Saturday's national day.

Separatist commanders had warned in videos posted online that anyone opening a shop or taking a child to school would be "treated as an enemy". Taxis stayed in their garages and markets were shut.

Near Bali, about 20 km south-west of the city, gunmen abducted a secondary school teacher, Emmanuel Fru, as he rode home on Sunday evening, his family said. The kidnappers have demanded five million CFA francs for his release.

The army said soldiers had raided a separatist camp near Bafut on Monday, killing three fighters and arresting two. The claim could not be independently verified, and residents of Bafut said one of the dead was a farmer.

The conflict in the English-speaking regions has killed more than 6,000 people since 2017, according to the International Crisis Group.

Cameroon's regional governor appealed to residents to "defy the terrorists" and reopen their businesses.
''', recs=[
 R("COERCE", also=["THREATEN"], m=["Separatists [enforce] lockdown in Bamenda", "armed separatists [enforced] a \"ghost town\" lockdown"], a=["armed separatists", "Separatists"], t=[], p=("Bamenda", 5.96, 10.15, "CM"), d="Monday", c=A, note="separatists enforce ghost-town lockdown"),
 R("THREATEN", m=["Separatist commanders had [warned] in videos posted online"], a=["Separatist commanders"], t=["anyone opening a shop or taking a child to school"], p=("Bamenda", 5.96, 10.15, "CM"), c=A, note="separatists threaten anyone opening shops"),
 R("COERCE", acled=ABD, m=["teacher [abducted] near Bali", "gunmen [abducted] a secondary school teacher, Emmanuel Fru", "The kidnappers have [demanded] five million CFA francs"], a=["gunmen", "The kidnappers"], t=["Emmanuel Fru", "a secondary school teacher, Emmanuel Fru"], p=("Bali", 5.89, 10.01, "CM"), d="Sunday", q=(1, 1), c=CL, note="teacher abducted near Bali, ransom demanded"),
 R("ASSAULT", acled=CLASH, m=["soldiers had [raided] a separatist camp near Bafut", "[killing] three fighters", "one of the [dead] was a farmer"], a=["soldiers", "The army"], t=["a separatist camp near Bafut", "three fighters"], p=("Bafut", 6.08, 10.10, "CM"), d="Monday", f=(3, 3), c=["claimed"], note="army raid on separatist camp near Bafut"),
 R("COERCE", acled=ARR, m=["and [arresting] two."], a=["soldiers"], t=["two"], p=("Bafut", 6.08, 10.10, "CM"), d="Monday", q=(2, 2), c=CL, note="two separatists arrested"),
 R("REQUEST", m=["[appealed] to residents to \"defy the terrorists\""], a=["Cameroon's regional governor"], t=["residents"], p=None, c=A, note="governor appeals to residents to reopen"),
]))
