from common import *
ARTS = []
ARTS.append(dict(id="own_073", pub="2025-10-07", src="New Guinea Highlands Post", text='''
Villagers flee to forest as Indonesian troops hunt rebels in Intan Jaya

TIMIKA, Indonesia — Hundreds of villagers in Papua's Intan Jaya regency have fled into the forest since Indonesian soldiers launched an operation against separatist fighters in the Hitadipa district last week, church workers said on Monday.

The army said the operation followed an attack on 28 September in which fighters of the West Papua National Liberation Army (TPNPB) shot dead two soldiers guarding a telecommunications tower near Sugapa. A military spokesman said troops had since killed four rebels and seized two rifles.

A TPNPB spokesman, Sebby Sambom, said the dead were civilians, not fighters, and threatened to attack any construction workers and "migrants" in the area, whom the group accuses of serving the military.

"People are sleeping under trees with small children. They are afraid to come down for food," said a pastor in Hitadipa, Yeremias Kobogau. The Evangelical Church of Papua appealed to both sides to allow civilians to reach the district health centre.

The regency government said it had sent 10 tonnes of rice to Sugapa for displaced families. Journalists are barred from the area.
''', recs=[
 R("MOVE", mode="flee", m=["Villagers [flee] to forest", "Hundreds of villagers in Papua's Intan Jaya regency have [fled]", "People are [sleeping] under trees with small children"], a=["Hundreds of villagers"], p=("Hitadipa", -3.65, 137.12, "ID"), d=("lastweek", "today"), q=(200, 900), c=CL, note="villagers flee into forest in Hitadipa"),
 R("ASSAULT", acled=CLASH, m=["Indonesian troops [hunt] rebels in Intan Jaya", "soldiers [launched] an operation against separatist fighters", "troops had since [killed] four rebels", "said the [dead] were civilians"], a=["Indonesian soldiers", "troops"], t=["separatist fighters", "four rebels"], p=("Hitadipa", -3.65, 137.12, "ID"), d=("lastweek", "today"), f=(4, 4), c=["claimed", "denied"], note="army operation in Hitadipa, four killed"),
 R("COERCE", acled=DISR, m=["[seized] two rifles"], a=["troops"], t=[], p=("Hitadipa", -3.65, 137.12, "ID"), d=("lastweek", "today"), c=CL, opt=True, note="two rifles seized"),
 R("ASSAULT", acled=CLASH, m=["[shot] dead two soldiers guarding a telecommunications tower"], a=["fighters of the West Papua National Liberation Army (TPNPB)"], t=["two soldiers guarding a telecommunications tower"], p=("Sugapa", -3.74, 137.03, "ID"), d="2025-09-28", f=(2, 2), c=CL, note="TPNPB kills two soldiers near Sugapa"),
 R("THREATEN", m=["[threatened] to attack any construction workers"], a=["A TPNPB spokesman, Sebby Sambom", "Sebby Sambom"], t=["any construction workers and \"migrants\" in the area"], p=("Intan Jaya", -3.50, 137.00, "ID"), c=HY, note="TPNPB threatens construction workers and migrants"),
 R("ACCUSE", m=["whom the group [accuses] of serving the military"], a=["the group"], t=["any construction workers"], p=None, c=A, opt=True, note="TPNPB accuses workers of serving military (generic)"),
 R("REQUEST", m=["The Evangelical Church of Papua [appealed] to both sides"], a=["The Evangelical Church of Papua"], t=["both sides"], p=None, c=A, note="church appeals for civilian access"),
 R("AID", m=["it had [sent] 10 tonnes of rice to Sugapa"], a=["The regency government"], t=["displaced families"], p=("Sugapa", -3.74, 137.03, "ID"), c=CL, note="regency sends rice to Sugapa"),
 R("SANCTION", also=["COERCE"], m=["Journalists are [barred] from the area"], a=[], t=["Journalists"], p=("Intan Jaya", -3.50, 137.00, "ID"), c=A, opt=True, note="journalists barred (ongoing)"),
]))

ARTS.append(dict(id="own_074", pub="2025-05-20", src="Darién Gap Chronicle", text='''
Heading south: Venezuelans who gave up on the United States take boats back to Colombia

NECOCLÍ, Colombia — The boat from Panama pulled onto the beach at Necoclí on Sunday afternoon carrying 38 Venezuelans who had spent months trying to reach the United States before turning back in Mexico.

"We waited eight months in Mexico City for an appointment on the app. Then the app was shut down and we had nothing," said Yorgelis Pacheco, 29, who travelled with her husband and two sons. "So we turned around."

The group had taken buses south through Central America and paid 260 dollars each for a boat from the Panamanian village of Miramar. Panama's migration service said about 2,200 migrants had moved south through the country in April.

Luis Ángel Brito, 41, a former bus driver from Maracay, said police in Costa Rica detained the group for a night at Paso Canoas. "They kept us in a yard and then put us on a bus to Panama," he said.

Not everyone is going home. "In Venezuela there is nothing. I will stay in Colombia and sell coffee in the street," said Rosmary Díaz, 22.

Colombia's migration authority said it was registering the arrivals and offering them temporary permits.
''', recs=[
 R("MOVE", mode="return", m=["take [boats] back to Colombia", "The boat from Panama [pulled] onto the beach at Necoclí", "paid 260 dollars each for a [boat] from the Panamanian village of Miramar"], a=["38 Venezuelans", "The group"], p=("Necoclí", 8.43, -76.78, "CO"), d="Sunday", q=(38, 38), c=CL, note="boat with 38 Venezuelans lands at Necoclí from Miramar"),
 R("MOVE", mode="return", m=["before [turning] back in Mexico", "So we [turned] around", "had [taken] buses south through Central America"], a=["38 Venezuelans", "Yorgelis Pacheco", "The group"], p=("Mexico", "country", "MX"), c=CL, note="group turns back from Mexico, travels south"),
 R("MOVE", mode="cross_border", m=["about 2,200 migrants had [moved] south through the country in April"], a=["about 2,200 migrants"], p=("Panama", "country", "PA"), d="2025-04", q=(2200, 2200), c=CL, note="2,200 migrants move south through Panama in April"),
 R("SANCTION", m=["the app was [shut] down and we had nothing"], a=[], t=[], p=None, c=CL, opt=True, note="appointment app shut down"),
 R("COERCE", m=["police in Costa Rica [detained] the group for a night", "They [kept] us in a yard"], a=["police in Costa Rica"], t=["the group"], p=("Paso Canoas", 8.53, -82.84, "CR"), c=CL, note="group detained a night at Paso Canoas"),
 R("MOVE", mode="deport", m=["[put] us on a bus to Panama"], a=["police in Costa Rica"], t=["the group"], p=("Paso Canoas", 8.53, -82.84, "CR"), c=CL, note="group bused to Panama"),
 R("MOVE", mode="relocate", m=["I will [stay] in Colombia and sell coffee"], a=["Rosmary Díaz"], p=("Colombia", "country", "CO"), c=HY, opt=True, note="plans to stay in Colombia"),
 R("AID", m=["[offering] them temporary permits"], a=["Colombia's migration authority"], t=["the arrivals"], p=("Necoclí", 8.43, -76.78, "CO"), c=CL, opt=True, note="temporary permits offered"),
]))

ARTS.append(dict(id="own_075", pub="2025-12-16", src="Maghreb Business Review", wrap=True, text='''
Libyan oil firm seals takeover deal as shares in rival plunge

TRIPOLI — Libya's Sahara Petroleum Holding has agreed to acquire a 40 percent stake in the offshore Bouri field from a European partner for 1.1 billion dollars, the company said on Monday, in a move analysts said would kill off a rival bid from a Gulf consortium.

The agreement still needs the approval of the National Oil Corporation. Chief executive Salem Abushagur said the deal would "attack our production targets head-on" and lift output by 60,000 barrels a day within three years.

Shares in Gulf Frontier Energy, which had fought for the stake since the spring, plunged 14 percent in Dubai after the announcement. "They were outgunned and outmanoeuvred," said Rania Khoury, an energy analyst in Beirut. "The Libyans simply captured the asset at a better price."

The company also struck a supply agreement with a Maltese refinery and said it was targeting an invasion of the Italian fuel retail market next year.

Libya's oil exports averaged 1.3 million barrels a day in November, near a decade high. A price war among North African producers has squeezed margins, traders said.

Brent crude rose 0.8 percent to 74 dollars a barrel.
''', recs=[]))

ARTS.append(dict(id="own_076", pub="2026-02-04", src="Sicilian Courts Reporter", text='''
Palermo smuggling trial adjourned after defence challenges interpreter

PALERMO, Italy — The trial of two Tunisian men in a smuggling case was adjourned on Tuesday until March after defence lawyers challenged the accuracy of a court interpreter's translations.

Judge Carla Fontana granted the defence request and ordered that recordings of witness interviews be translated again by an independent expert. The two defendants, who appeared by video link from prison in Agrigento, pleaded not guilty at the opening hearing in November.

During cross-examination, a coastguard officer who testified last month was pressed on the timing of radio calls. "I cannot recall the exact minute," he said.

Prosecutor Marco Lo Bianco said he would call six more witnesses and that the case rested on telephone records. Defence lawyer Giulia Arena told reporters the prosecution's evidence was "paper-thin" and declined to comment on her clients' health.

Court officials said the next hearing would be held on 17 March in the bunker courtroom of Pagliarelli prison. About 40 people, including students from a law faculty, followed the hearing from the public gallery.

The trial is one of several in Sicily this year testing how prosecutors use phone data in smuggling cases.
''', recs=[]))

ARTS.append(dict(id="own_077", pub="2025-08-28", src="Khorasan Daily", text='''
Earthquake kills 14 in north-east Iran, flattens mud-brick villages

MASHHAD, Iran — A magnitude 5.9 earthquake struck north-eastern Iran early on Wednesday, killing at least 14 people and injuring more than 300, state media reported.

The quake hit at 4.12 am local time with its epicentre about 20 km north of the town of Kashmar, in Razavi Khorasan province, at a depth of 10 km, the Iranian Seismological Center said. It was felt in Mashhad, 180 km to the north.

Most of the dead were in the villages of Rivash and Kuhsorkh, where old mud-brick houses collapsed on sleeping families. "The walls came down in seconds. My neighbour's house is gone," a resident told state television.

Dozens of aftershocks followed, the strongest of magnitude 4.6. Roads in mountainous areas were blocked by landslides, slowing the work of rescue teams, the provincial crisis management office said.

Iran sits on several major fault lines and suffers frequent earthquakes. A 2017 quake in Kermanshah province killed more than 600 people, and one in Bam in 2003 killed about 26,000.

Schools in the affected districts will stay closed until engineers have inspected the buildings, the governor said.
''', recs=[]))

ARTS.append(dict(id="own_078", pub="2026-04-14", src="Saharan Routes Observatory", text='''
"They called my mother and made her listen": Sudanese held for ransom in Kufra

KUFRA, Libya — Men who escaped or were bought free from smugglers' compounds around Kufra in south-east Libya describe weeks of beatings while their captors telephoned relatives to demand money.

"They called my mother and made her listen while they beat me with a hose. She sold our goats to pay 3,000 dollars," said Mohamed Adam, 24, from Nyala in Darfur, who was released in March and now works at a car wash in Kufra.

Ibrahim Suleiman, 35, a former teacher from El Obeid, said he was held for 40 days in a warehouse with about 150 other men. "Two men died from hunger while I was there. The guards took the bodies out at night," he said.

A third man, Hamid Osman, 19, said he escaped through a ventilation hole in February with four others and walked to the town at night. "We hid in a date farm until a Sudanese family took us in," he said.

Libyan authorities in Kufra said security forces had raided two compounds in March, freeing 76 migrants and arresting seven suspects. A local official said the raids would continue.

The UN refugee agency has called on Libya to give Sudanese refugees legal protection. More than 200,000 Sudanese are believed to have entered Libya since the war began in 2023.
''', recs=[
 R("COERCE", acled=ABD, m=["Sudanese [held] for ransom in Kufra", "were bought [free] from smugglers' compounds", "telephoned relatives to [demand] money", "he was [held] for 40 days in a warehouse"], a=["smugglers", "their captors"], t=["Men", "Ibrahim Suleiman", "about 150 other men"], p=("Kufra", 24.18, 23.29, "LY"), c=CL, note="smugglers hold Sudanese migrants for ransom in Kufra compounds"),
 R("ASSAULT", acled=VAC, m=["describe weeks of [beatings] while", "while they [beat] me with a hose"], a=["their captors", "they"], t=["Mohamed Adam"], p=("Kufra", 24.18, 23.29, "LY"), c=CL, note="beatings during captivity"),
 R("ASSAULT", acled=VAC, m=["Two men [died] from hunger while I was there"], a=["The guards"], t=["Two men"], p=("Kufra", 24.18, 23.29, "LY"), f=(2, 2), c=CL, opt=True, note="two captives die of hunger"),
 R("MOVE", mode="flee", m=["he [escaped] through a ventilation hole in February", "We [hid] in a date farm"], a=["Hamid Osman", "four others"], p=("Kufra", 24.18, 23.29, "LY"), d="2026-02", q=(5, 5), c=CL, note="Hamid Osman and four escape"),
 R("COERCE", acled=ARR, m=["security forces had [raided] two compounds in March", "the [raids] would continue"], a=["security forces", "Libyan authorities in Kufra"], t=["two compounds"], p=("Kufra", 24.18, 23.29, "LY"), d="2026-03", q=(7, 7), c=CL, note="raids free 76 migrants, arrest seven"),
 R("REQUEST", m=["[called] on Libya to give Sudanese refugees legal protection"], a=["The UN refugee agency"], t=["Libya"], p=None, c=A, note="UNHCR calls for legal protection"),
 R("COERCE", m=["who was [released] in March"], a=[], t=["Mohamed Adam"], p=("Kufra", 24.18, 23.29, "LY"), d="2026-03", c=CL, opt=True, note="Mohamed released after ransom (end of captivity)"),
]))

ARTS.append(dict(id="own_079", pub="2025-04-22", src="Carthage Courier", wrap=True, text='''
Tunisian court jails opposition figures in "conspiracy" case; families protest

TUNIS — A Tunisian court on Saturday sentenced 37 opposition politicians, lawyers and businessmen to prison terms of between four and 66 years on charges of conspiring against state security, in a mass trial that rights groups called a sham.

Defence lawyers walked out of the courtroom on Friday after the judge refused to allow the defendants held in prison to attend in person. The verdicts were announced before dawn, lawyers said.

Around 300 relatives and supporters gathered outside the court in central Tunis on Saturday afternoon, chanting "freedom, freedom" and holding portraits of the accused. Police kept them behind barriers but did not intervene.

"My husband has been in prison for two years because he met a diplomat for coffee," said Leila Hammami, whose husband received 18 years.

The UN human rights office said the trial "undermined fair trial guarantees" and urged Tunisia to release those detained for exercising their freedoms. The Tunisian foreign ministry rejected the criticism as "blatant interference".

Several defendants live abroad and were sentenced in absentia. The defence said it would appeal.
''', recs=[
 R("SANCTION", m=['Tunisian court [jails] opposition figures', "A Tunisian court on Saturday [sentenced] 37 opposition politicians", "The [verdicts] were announced before dawn", "were [sentenced] in absentia", "whose husband [received] 18 years"], a=["A Tunisian court", "Tunisian court"], t=["37 opposition politicians, lawyers and businessmen"], p=("Tunis", 36.80, 10.18, "TN"), d="Saturday", q=(37, 37), c=A, note="mass sentencing in conspiracy case"),
 R("PROTEST", acled=PEACE, m=["case; families [protest]", "Around 300 relatives and supporters [gathered] outside the court"], a=["Around 300 relatives and supporters"], t=["A Tunisian court"], p=("Tunis", 36.80, 10.18, "TN"), d="Saturday", q=(300, 300), c=A, note="relatives protest outside court"),
 R("PROTEST", m=["Defence lawyers [walked] out of the courtroom on Friday"], a=["Defence lawyers"], t=["the judge"], p=("Tunis", 36.80, 10.18, "TN"), d="Friday", c=A, note="lawyers walk out"),
 R("REJECT", m=["the judge [refused] to allow the defendants"], a=["the judge"], t=["the defendants held in prison"], p=("Tunis", 36.80, 10.18, "TN"), d="Friday", c=A, opt=True, note="judge refuses in-person attendance (procedure)"),
 R("COERCE", acled=ARR, m=["has been in [prison] for two years because he met"], a=[], t=["My husband"], p=("Tunisia", "country", "TN"), d=("2023", "today"), c=CL, opt=True, note="husband detained two years"),
 R("ACCUSE", m=["The UN human rights office said the trial \"[undermined]"], a=["The UN human rights office"], t=["Tunisia"], p=None, c=A, note="OHCHR criticises trial"),
 R("REQUEST", m=["[urged] Tunisia to release those detained"], a=["The UN human rights office"], t=["Tunisia"], p=None, c=A, note="OHCHR urges release"),
 R("REJECT", m=["foreign ministry [rejected] the criticism"], a=["The Tunisian foreign ministry"], t=["The UN human rights office"], p=None, c=A, note="Tunisia rejects criticism"),
 R("ACCUSE", m=["on [charges] of conspiring against state security"], a=[], t=["37 opposition politicians, lawyers and businessmen"], p=("Tunisia", "country", "TN"), c=A, opt=True, note="conspiracy charges"),
 R("REQUEST", m=["The defence said it would [appeal]"], a=["The defence"], t=[], p=None, c=HY, opt=True, note="defence to appeal (procedure)"),
 R("ACCUSE", m=["that rights groups [called] a sham"], a=["rights groups"], t=["A Tunisian court"], p=None, c=A, opt=True, note="rights groups call trial a sham"),
]))

ARTS.append(dict(id="own_080", pub="2025-09-03", src="Bekaa Valley Herald", text='''
Lebanese army deports Syrians at Masnaa, arrests smugglers in Wadi Khaled

BEIRUT — The Lebanese army handed 186 Syrians who had entered the country illegally to Syrian authorities at the Masnaa border crossing on Tuesday, a military statement said.

The Syrians had been detained over the past week in raids on informal settlements in the Bekaa Valley and at checkpoints in the north, the statement said. Among them were 40 women and children.

In a separate operation, soldiers arrested four Lebanese men in Wadi Khaled, in the far north, on suspicion of smuggling people across the Nahr al-Kabir river from Syria, and seized two pickup trucks. The army said it had also foiled an attempt by about 70 people to cross the river on Monday night, turning them back to the Syrian side.

The UN refugee agency said it was concerned about the deportations and asked Lebanon to allow those facing risks at home to seek protection. Lebanon's caretaker social affairs minister said the country "cannot carry the burden alone" and called on donors to fund returns.

Lebanon hosts around 1.5 million Syrians, according to government estimates, many of whom arrived after 2011.
''', recs=[
 R("MOVE", mode="deport", m=["Lebanese army [deports] Syrians at Masnaa", "The Lebanese army [handed] 186 Syrians", "concerned about the [deportations]"], a=["The Lebanese army", "Lebanese army"], t=["186 Syrians who had entered the country illegally"], p=("Masnaa", 33.70, 36.08, "LB"), d="Tuesday", q=(186, 186), c=CL, note="186 Syrians deported at Masnaa"),
 R("COERCE", acled=ARR, m=["The Syrians had been [detained] over the past week"], a=["The Lebanese army"], t=["The Syrians"], p=("Bekaa Valley", 33.85, 35.90, "LB"), d=("lastweek", "Tuesday"), q=(186, 186), c=CL, note="raids on settlements and checkpoints"),
 R("COERCE", acled=ARR, m=["[arrests] smugglers in Wadi Khaled", "soldiers [arrested] four Lebanese men in Wadi Khaled"], a=["soldiers", "Lebanese army"], t=["four Lebanese men"], p=("Wadi Khaled", 34.62, 36.30, "LB"), q=(4, 4), c=CL, note="four smugglers arrested in Wadi Khaled"),
 R("MOVE", mode="smuggle", m=["on suspicion of [smuggling] people across the Nahr al-Kabir"], a=["four Lebanese men"], t=["people"], p=("Wadi Khaled", 34.62, 36.30, "LB"), c=BL, opt=True, note="suspected smuggling"),
 R("MOVE", mode="cross_border", m=["foiled an [attempt] by about 70 people to cross the river"], a=["about 70 people"], p=("Wadi Khaled", 34.62, 36.30, "LB"), d="Monday", q=(70, 70), c=CL, note="70 people attempt to cross"),
 R("MOVE", mode="deport", also=["COERCE"], m=["[turning] them back to the Syrian side"], a=["The army"], t=["about 70 people"], p=("Wadi Khaled", 34.62, 36.30, "LB"), d="Monday", q=(70, 70), c=CL, note="army turns back 70 people"),
 R("REQUEST", m=["[asked] Lebanon to allow those facing risks"], a=["The UN refugee agency"], t=["Lebanon"], p=None, c=A, note="UNHCR asks Lebanon"),
 R("REQUEST", m=["[called] on donors to fund returns"], a=["Lebanon's caretaker social affairs minister"], t=["donors"], p=None, c=A, note="minister calls on donors"),
 R("COERCE", m=["and [seized] two pickup trucks"], a=["soldiers"], t=["two pickup trucks"], p=("Wadi Khaled", 34.62, 36.30, "LB"), c=CL, opt=True, note="trucks seized"),
]))

ARTS.append(dict(id="own_081", pub="2026-03-04", src="Tegucigalpa Ledger", text='''
Budget battle: Honduran opposition fires broadside as Congress kills tax bill

TEGUCIGALPA — Honduras's opposition opened fire on the government on Tuesday after Congress killed a flagship tax reform bill in a late-night vote, leaving the finance ministry scrambling to plug a hole in next year's budget.

The bill, which would have raised levies on mining companies and large landowners, was shot down by 68 votes to 60 after a handful of deputies from the ruling party broke ranks. Opposition leader Marta Zelaya called the result "a massacre of bad ideas" and said the finance minister's plan had been "dead on arrival".

The finance minister, Roberto Cálix, said he would not surrender. "This is one battle, not the war. We will come back with a stronger bill," he told a press conference. He said the government had been ambushed by "lobbyists who hijacked the debate".

Business chambers welcomed the vote. "The bill would have killed investment in the north," said the head of the Cortés chamber of commerce.

Economists said the defeat would force the government to cut spending or seek new loans. The central bank will publish revised growth forecasts next week.

Meanwhile, the capital's football derby between Olimpia and Motagua ended in a 1-1 draw on Sunday after a late penalty.
''', recs=[]))

ARTS.append(dict(id="own_082", pub="2026-07-09", src="Caribbean Witness", text='''
Gangs cut main road north of Port-au-Prince; UN airlifts supplies to Mirebalais

PORT-AU-PRINCE — Gangs have blocked Haiti's National Route 3 north of the capital for a second week, stranding hundreds of trucks and cutting off the Central Plateau town of Mirebalais, where thousands of displaced people have taken refuge, officials said on Wednesday.

Armed men from the Gran Grif and 400 Mawozo gangs dug trenches across the road near Croix-des-Bouquets and set fire to a bus on Monday, passengers said. The driver and two passengers were shot and wounded.

The UN Humanitarian Air Service said it had flown 12 tonnes of medicine and food to Mirebalais on Tuesday for the hospital and for displaced families. "We have 1,200 patients and oxygen for three days," said Dr Emmanuela Joseph, a doctor at the University Hospital of Mirebalais.

Haiti's national police said officers backed by the multinational mission had launched an operation to reopen the road and killed two gang members on Tuesday. A gang leader, in a video on social media, threatened to attack Mirebalais if the operation continued.

The transitional council called on the international community to speed up the deployment of additional troops.
''', recs=[
 R("COERCE", m=["Gangs [cut] main road north of Port-au-Prince", "Gangs have [blocked] Haiti's National Route 3", "[dug] trenches across the road near Croix-des-Bouquets"], a=["Gangs", "Armed men from the Gran Grif and 400 Mawozo gangs"], t=["National Route 3", "Mirebalais"], p=("Croix-des-Bouquets", 18.58, -72.23, "HT"), d=("-14", "today"), c=A, note="gangs block National Route 3"),
 R("ASSAULT", acled=VAC, m=["set [fire] to a bus on Monday", "two passengers were [shot] and wounded"], a=["Armed men from the Gran Grif and 400 Mawozo gangs"], t=["a bus", "The driver and two passengers"], p=("Croix-des-Bouquets", 18.58, -72.23, "HT"), d="Monday", i=(3, 3), c=CL, note="gangs burn bus, shoot three"),
 R("AID", m=["UN [airlifts] supplies to Mirebalais", "it had [flown] 12 tonnes of medicine and food to Mirebalais"], a=["The UN Humanitarian Air Service", "UN"], t=["displaced families", "the hospital"], p=("Mirebalais", 18.83, -72.10, "HT"), d="Tuesday", c=CL, note="UNHAS airlifts supplies"),
 R("MOVE", mode="flee", m=["thousands of displaced people have [taken] refuge"], a=["thousands of displaced people"], p=("Mirebalais", 18.83, -72.10, "HT"), c=A, opt=True, note="displaced people sheltering in Mirebalais"),
 R("ASSAULT", acled=CLASH, m=["had [launched] an operation to reopen the road", "[killed] two gang members on Tuesday", "if the [operation] continued"], a=["officers backed by the multinational mission", "Haiti's national police"], t=["two gang members"], p=("Croix-des-Bouquets", 18.58, -72.23, "HT"), d="Tuesday", f=(2, 2), c=CL, note="police operation to reopen road"),
 R("THREATEN", m=["[threatened] to attack Mirebalais"], a=["A gang leader"], t=["Mirebalais"], p=("Mirebalais", 18.83, -72.10, "HT"), c=HY, note="gang leader threatens attack on Mirebalais"),
 R("REQUEST", m=["The transitional council [called] on the international community"], a=["The transitional council"], t=["the international community"], p=None, c=A, note="council requests more troops"),
]))

ARTS.append(dict(id="own_083", pub="2025-09-16", src="Radio Sahel Libre", wrap=True, text='''
"The trench did not save us": Barsalogho survivors in Kaya

KAYA, Burkina Faso — In a courtyard on the edge of Kaya, a dozen women sit on mats, each with a story from Barsalogho. They arrived over the past month, walking or on donkey carts, after fighters attacked the trench that the army had ordered residents to dig around their town.

"The soldiers told the men to dig. On the third day the jihadists came and fired on everyone in the trench," said Rasmata Ouédraogo, 40, whose husband and eldest son were among those killed. "The trench did not save us. It became their grave."

Salamata Sawadogo, 33, said she hid under a cart with her baby for hours. "When the shooting stopped there were bodies everywhere. We left the next morning without burying anyone."

Issa Kaboré, 58, a former municipal councillor, said he counted more than 100 dead. The government has never published a toll.

"We walked three days to Kaya. The children ate nothing but leaves," said Awa Zongo, 27.

A local aid group said it was giving each family 25 kg of rice and a mat, and asked the authorities for land to build shelters.
''', recs=[
 R("ASSAULT", acled=VAC, m=["fighters [attacked] the trench", "the jihadists [came] and fired on everyone in the trench", "were among those [killed]", "When the [shooting] stopped there were bodies", "he counted more than 100 [dead]"], a=["fighters", "the jihadists"], t=["everyone in the trench", "residents"], p=("Barsalogho", 13.42, -1.06, "BF"), f=(100, 400), c=CL, note="jihadist attack on trench diggers in Barsalogho"),
 R("COERCE", m=["The soldiers [told] the men to dig", "the army had [ordered] residents to dig"], a=["The soldiers", "the army"], t=["the men", "residents"], p=("Barsalogho", 13.42, -1.06, "BF"), c=CL, opt=True, note="army orders residents to dig trench"),
 R("MOVE", mode="flee", m=["They [arrived] over the past month", "We [left] the next morning without burying", "We [walked] three days to Kaya"], a=["a dozen women", "Salamata Sawadogo", "Awa Zongo"], p=("Barsalogho", 13.42, -1.06, "BF"), d=("-30", "today"), c=CL, note="survivors flee Barsalogho to Kaya"),
 R("AID", m=["it was [giving] each family 25 kg of rice"], a=["A local aid group"], t=["each family"], p=("Kaya", 13.09, -1.08, "BF"), c=A, note="aid group distributes rice"),
 R("REQUEST", m=["[asked] the authorities for land to build shelters"], a=["A local aid group"], t=["the authorities"], p=None, c=A, note="aid group asks for land"),
 R("MOVE", mode="flee", m=["she [hid] under a cart with her baby"], a=["Salamata Sawadogo"], p=("Barsalogho", 13.42, -1.06, "BF"), c=CL, opt=True, note="hid under a cart"),
]))

ARTS.append(dict(id="own_084", pub="2026-10-13", src="Komadougou Radio", text='''
Boko Haram abducts 12 women near Diffa; troops free five

DIFFA, Niger — Suspected Boko Haram fighters abducted 12 women who were gathering firewood near the village of Chétimari, about 25 km west of Diffa, on Friday, local officials and relatives said.

Nigerien soldiers pursued the kidnappers toward the Komadougou Yobe river, which marks the border with Nigeria, and freed five of the women on Saturday after a brief exchange of fire, the defence ministry said. One soldier was wounded.

"My sister was taken with her neighbour. They have asked for no money yet," said Falmata Bukar, 30, from Chétimari.

The abductions came a week after the regional governor ordered a ban on firewood collection more than 5 km from villages. Women's groups protested the ban in Diffa on Monday, saying families had no other fuel for cooking.

The defence ministry said the army would step up patrols along the river and urged residents to report movements of strangers.

Boko Haram and its rival, the Islamic State West Africa Province, have been active in Diffa region since 2015. Several thousand people from Chétimari have moved to Diffa town in recent years.
''', recs=[
 R("COERCE", acled=ABD, m=["Boko Haram [abducts] 12 women near Diffa", "Suspected Boko Haram fighters [abducted] 12 women", "My sister was [taken] with her neighbour", "The [abductions] came a week after"], a=["Suspected Boko Haram fighters", "Boko Haram"], t=["12 women who were gathering firewood"], p=("Chétimari", 13.20, 12.43, "NE"), d="Friday", q=(12, 12), c=CL, note="12 women abducted near Chétimari"),
 R("ASSAULT", acled=CLASH, m=["troops [free] five", "Nigerien soldiers [pursued] the kidnappers", "freed five of the women on Saturday after a brief [exchange] of fire", "One soldier was [wounded]"], a=["Nigerien soldiers"], t=["the kidnappers"], p=("Komadougou Yobe", 13.30, 12.50, "NE"), d="Saturday", i=(1, 1), q=(5, 5), c=CL, note="soldiers pursue kidnappers, free five"),
 R("SANCTION", also=["COERCE"], m=["the regional governor [ordered] a ban on firewood collection"], a=["the regional governor"], t=[], p=("Diffa", 13.32, 12.61, "NE"), d=("-15", "-7"), c=A, note="governor bans firewood collection"),
 R("PROTEST", acled=PEACE, m=["Women's groups [protested] the ban in Diffa on Monday"], a=["Women's groups"], t=["the regional governor"], p=("Diffa", 13.32, 12.61, "NE"), d="Monday", c=A, note="women protest firewood ban"),
 R("MOBILIZE", m=["the army would [step] up patrols along the river"], a=["the army", "The defence ministry"], t=[], p=("Komadougou Yobe", 13.30, 12.50, "NE"), c=HY, note="army to step up patrols"),
 R("REQUEST", m=["[urged] residents to report movements of strangers"], a=["The defence ministry"], t=["residents"], p=None, c=A, note="ministry urges residents to report"),
]))
