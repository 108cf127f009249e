from common import *
ARTS = []
ARTS.append(dict(id="own_147", pub="2025-02-18", src="Tigris Security Monitor", wrap=True, text='''
Roadside bomb kills four Iraqi soldiers in Tarmiyah; car bomb wounds council aide in Kirkuk

BAGHDAD — A roadside bomb struck an Iraqi army patrol in the Tarmiyah district north of Baghdad on Monday night, killing three soldiers, security officials said.

The death toll rose to four on Tuesday when a wounded lieutenant died in hospital in Baghdad, a medical source said. Two other soldiers were hurt in the blast, which hit the patrol's lead Humvee on a farm road near the Tigris.

Officials blamed Islamic State remnants who hide in the orchards and reed beds of the area. "They planted it in the dark and waited for the patrol," one security official said.

Hours earlier, a magnetic bomb attached to a car exploded in the city of Kirkuk, wounding its driver, an aide to a provincial council member, police said. It was not clear whether the two incidents were linked.

Iraqi air force F-16s later struck what the military called an Islamic State hideout in the Hamrin mountains, killing five militants, according to a statement from the Joint Operations Command.

In Tarmiyah, troops detained 12 men during a search of nearby villages after the bombing, a local official said. Relatives of some of those held gathered outside the district office on Tuesday morning to demand their release.

Tarmiyah has seen repeated attacks. In December, gunmen killed two members of the Popular Mobilisation Forces at a checkpoint on the edge of the district.
''', recs=[
 R("ASSAULT", acled=IED, m=["Roadside bomb [kills] four Iraqi soldiers in Tarmiyah", "A roadside bomb [struck] an Iraqi army patrol", "The death [toll] rose to four on Tuesday", "hurt in the [blast], which hit the patrol's lead Humvee", "They [planted] it in the dark", "villages after the [bombing], a local official"], a=["Islamic State remnants"], t=["an Iraqi army patrol"], p=("Tarmiyah", 33.67, 44.40, "IQ"), d="Monday", f=(4, 4), i=(2, 2), c=AC, note="IED on army patrol in Tarmiyah; toll rises 3 -> 4"),
 R("ACCUSE", m=["Officials [blamed] Islamic State remnants"], a=["Officials"], t=["Islamic State remnants"], p=None, d=("Monday", "today"), c=CL, note="officials blame IS remnants"),
 R("ASSAULT", acled=IED, m=["car bomb [wounds] council aide in Kirkuk", "a magnetic bomb attached to a car [exploded] in the city of Kirkuk"], a=[], t=["its driver, an aide to a provincial council member"], p=("Kirkuk", 35.47, 44.39, "IQ"), d="Monday", i=(1, 1), c=CL, note="sticky bomb in Kirkuk (distinct, other town)"),
 R("ASSAULT", acled=AIR, m=["Iraqi air force F-16s later [struck] what the military called"], a=["Iraqi air force"], t=["an Islamic State hideout"], p=("Hamrin mountains", 34.40, 44.60, "IQ"), d=("Monday", "today"), f=(5, 5), c=CL, note="air strike in Hamrin, five militants killed"),
 R("COERCE", acled=ARR, m=["troops [detained] 12 men during a search"], a=["troops"], t=["12 men"], p=("Tarmiyah", 33.67, 44.40, "IQ"), d=("Monday", "today"), q=(12, 12), c=CL, note="12 men detained in search after bombing"),
 R("PROTEST", acled=PEACE, m=["Relatives of some of those held [gathered] outside the district office", "to [demand] their release"], a=["Relatives of some of those held"], t=[], p=("Tarmiyah", 33.67, 44.40, "IQ"), d="Tuesday", c=A, note="relatives demand release of detainees"),
 R("ASSAULT", acled=CLASH, m=["In December, gunmen [killed] two members of the Popular Mobilisation Forces"], a=["gunmen"], t=["two members of the Popular Mobilisation Forces"], p=("Tarmiyah", 33.67, 44.40, "IQ"), d="2024-12", f=(2, 2), c=A, note="December checkpoint attack (background, own date)"),
]))

ARTS.append(dict(id="own_148", pub="2024-06-10", src="Delta Metro Tribune", text='''
Two killed, seven wounded as gunfire erupts at birthday party in Jackson park

JACKSON, Miss. — Two young men were killed and seven other people wounded when gunfire broke out at a crowded birthday party in Battlefield Park late on Saturday, police said.

An argument between two groups escalated shortly before 11pm and at least two people drew handguns and fired into the crowd, the police chief told reporters on Sunday. The dead were identified as Terrence Hollis, 19, and DeMarcus Wells, 22. Among the wounded were a 14-year-old girl and her mother, who were hit as they ran to their car.

"People were just running and falling. I grabbed my little brother and we lay down behind the grill," said Kiara Simmons, 17, who was at the party.

Officers arrested a 20-year-old man on Sunday afternoon at a relative's house in south Jackson. He was charged with two counts of murder and seven counts of aggravated assault, police said. Investigators were still looking for a second gunman.

The shooting was the second at the park this spring. In April, three people were wounded in a drive-by shooting near its basketball courts.

In an unrelated case a few hours after the party, a man was shot dead at a gas station on Highway 80 during what police described as a robbery.

The mayor ordered the park closed at sunset for the rest of the summer and said the city would add lighting and cameras. "Saturday night's violence is unacceptable," he said.

On Sunday evening about 60 people gathered at the park for a prayer vigil. Relatives of Hollis wore T-shirts with his photograph.
''', recs=[
 R("ASSAULT", m=["as gunfire [erupts] at birthday party in Jackson park", "when [gunfire] broke out at a crowded birthday party", "drew handguns and [fired] into the crowd", "who were [hit] as they ran to their car", "People were just running and [falling]", "The [shooting] was the second at the park", "Saturday night's [violence] is unacceptable"], a=["at least two people"], t=["the crowd", "Terrence Hollis, 19, and DeMarcus Wells, 22"], p=("Battlefield Park", 32.28, -90.21, "US"), d="Saturday", f=(2, 2), i=(7, 7), c=A, note="mass shooting at birthday party; ordinary crime, acled null"),
 R("COERCE", m=["Officers [arrested] a 20-year-old man on Sunday afternoon"], a=["Officers"], t=["a 20-year-old man"], p=("Jackson", 32.30, -90.18, "US"), d="Sunday", q=(1, 1), c=A, note="suspect arrested"),
 R("ACCUSE", m=["He was [charged] with two counts of murder"], a=["police"], t=["a 20-year-old man"], p=("Jackson", 32.30, -90.18, "US"), d=("Sunday", "today"), c=A, note="suspect charged"),
 R("ASSAULT", m=["three people were [wounded] in a drive-by shooting"], a=[], t=["three people"], p=("Battlefield Park", 32.28, -90.21, "US"), d="2024-04", i=(3, 3), c=A, note="April drive-by at same park (earlier, distinct)"),
 R("ASSAULT", also=["COERCE"], m=["a man was [shot] dead at a gas station on Highway 80"], a=[], t=["a man"], p=("Highway 80", 32.28, -90.24, "US"), d=("Saturday", "Sunday"), f=(1, 1), c=A, note="unrelated robbery killing at gas station"),
 R("COERCE", also=["SANCTION"], m=["The mayor [ordered] the park closed at sunset"], a=["The mayor"], t=[], p=("Battlefield Park", 32.28, -90.21, "US"), d=("Sunday", "today"), c=A, note="park closed at sunset"),
 R("MOVE", mode="gather", m=["about 60 people [gathered] at the park for a prayer vigil"], a=["about 60 people"], p=("Battlefield Park", 32.28, -90.21, "US"), d="Sunday", q=(60, 60), c=A, opt=True, note="prayer vigil"),
]))

ARTS.append(dict(id="own_149", pub="2025-09-01", src="Grands Lacs Hebdo", text='''
ADF fighters kill 22 near Oicha; angry crowd burns UN vehicle in Beni

BENI, DR Congo — Suspected fighters of the Allied Democratic Forces (ADF) raided the village of Mayimoya, about 15 km north of Oicha, on Saturday night, hacking and shooting residents and setting houses on fire, local officials said.

"We have counted 22 bodies so far, most of them women and old people who could not run," said Jean-Paul Kambale, president of civil society in Oicha, on Sunday. By Sunday evening the toll had reached 26 after more bodies were found in fields, the territory administrator said.

The attackers also abducted at least 10 people, including children, who were made to carry looted goods into the forest, survivors said.

On Sunday morning, hundreds of residents of Beni marched to the town hall carrying the coffins of four victims to demand better protection. Some protesters set fire to a UN vehicle and threw stones at police, who fired tear gas and live rounds into the air. Two protesters were wounded.

The army said its troops, with Ugandan soldiers, had pursued the attackers toward the Mwalika valley and killed three of them. The military administrator imposed a 7pm curfew in Oicha.

More than 2,000 people from villages around Mayimoya have fled to Oicha since the massacre, the charity Caritas said.

The ADF, which has pledged allegiance to the Islamic State group, is blamed for thousands of deaths in Beni territory. In July its fighters killed 18 people in an attack on farms near Mangina.
''', recs=[
 R("ASSAULT", acled=VAC, m=["ADF fighters [kill] 22 near Oicha", "[raided] the village of Mayimoya", "[hacking] and shooting residents", "setting houses on [fire]", "We have counted 22 [bodies] so far", "the [toll] had reached 26", "since the [massacre], the charity Caritas said"], a=["Suspected fighters of the Allied Democratic Forces (ADF)", "The attackers"], t=["the village of Mayimoya", "residents"], p=("Mayimoya", 0.75, 29.52, "CD"), d="Saturday", f=(22, 26), c=CL, note="ADF raid on Mayimoya, toll 22 -> 26"),
 R("COERCE", acled=ABD, m=["The attackers also [abducted] at least 10 people"], a=["The attackers"], t=["at least 10 people, including children"], p=("Mayimoya", 0.75, 29.52, "CD"), d="Saturday", q=(10, 10), c=CL, note="10 abducted in the raid"),
 R("COERCE", acled=LOOT, m=["made to carry [looted] goods into the forest"], a=["The attackers"], t=[], p=("Mayimoya", 0.75, 29.52, "CD"), d="Saturday", c=CL, opt=True, note="looting during raid"),
 R("PROTEST", acled=RIOT, m=["angry crowd [burns] UN vehicle in Beni", "hundreds of residents of Beni [marched] to the town hall", "to [demand] better protection", "Some protesters [set] fire to a UN vehicle"], a=["hundreds of residents of Beni", "Some protesters"], t=["police"], p=("Beni", 0.49, 29.47, "CD"), d="Sunday", q=(200, 900), c=A, note="Beni protest turns violent"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["police, who [fired] tear gas and live rounds into the air", "Two protesters were [wounded]"], a=["police"], t=["Some protesters"], p=("Beni", 0.49, 29.47, "CD"), d="Sunday", i=(2, 2), c=A, note="police tear gas and live rounds, two wounded"),
 R("ASSAULT", acled=CLASH, m=["had [pursued] the attackers toward the Mwalika valley", "and [killed] three of them"], a=["its troops, with Ugandan soldiers", "The army"], t=["the attackers"], p=("Mwalika valley", 0.60, 29.62, "CD"), d=("Sunday", "today"), f=(3, 3), c=CL, note="army pursuit, three ADF killed"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["The military administrator [imposed] a 7pm curfew in Oicha"], a=["The military administrator"], t=[], p=("Oicha", 0.70, 29.52, "CD"), d=("Sunday", "today"), c=A, note="curfew in Oicha"),
 R("MOVE", mode="flee", m=["More than 2,000 people from villages around Mayimoya have [fled] to Oicha"], a=["More than 2,000 people from villages around Mayimoya"], p=("Oicha", 0.70, 29.52, "CD"), d=("Saturday", "today"), q=(2000, 2000), c=CL, note="2,000 flee to Oicha"),
 R("ASSAULT", acled=VAC, m=["In July its fighters [killed] 18 people in an attack on farms near Mangina"], a=["its fighters"], t=["18 people"], p=("Mangina", 0.55, 29.34, "CD"), d="2025-07", f=(18, 18), c=A, note="July attack near Mangina (background, own date)"),
]))

ARTS.append(dict(id="own_150", pub="2024-11-19", src="Black Sea Wire", text='''
Toll from Russian drone strike on Odesa apartment block rises to nine; Kherson shelled

ODESA, Ukraine — The number of people killed by a Russian drone that hit an apartment building in Odesa rose to nine on Tuesday after rescuers pulled two more bodies from the rubble, the regional administration said.

The drone slammed into the upper floors of a nine-storey block in the city's Kyivskyi district shortly after 2am on Monday, setting fire to a dozen flats. Officials had initially reported six dead. Two children were among the victims, and 18 people were wounded.

"I woke up on the floor. The wall of the children's room was gone," said Oksana Marchenko, 36, who lived on the seventh floor with her husband and two daughters, all of whom survived.

Ukraine's air force said Russia had launched 52 Shahed-type drones and two ballistic missiles at the country overnight, and that air defences had shot down 38 of the drones. Russia's defence ministry said its forces had hit "military infrastructure" in Odesa.

In the southern city of Kherson, Russian forces shelled a residential neighbourhood overnight, killing a 71-year-old woman in her garden and wounding two men, the city's military administration said.

Ukraine's president called on allies to speed up deliveries of air defence systems. "Every day of delay is paid for with lives like these," he said in his nightly address.

Odesa has been hit repeatedly this year. In early March a drone struck another apartment block in the city, killing 12 people.
''', recs=[
 R("ASSAULT", acled=AIR, m=["Toll from Russian drone [strike] on Odesa apartment block rises to nine", "killed by a Russian drone that [hit] an apartment building in Odesa", "The drone [slammed] into the upper floors", "Officials had initially reported six [dead]", "The wall of the children's room was [gone]", "its forces had [hit] \"military infrastructure\" in Odesa"], a=["Russia", "its forces"], t=["an apartment building in Odesa", "a nine-storey block"], p=("Kyivskyi district", 46.42, 30.72, "UA"), d="Monday", f=(9, 9), i=(18, 18), c=AC, note="drone strike on Odesa block, toll 6 -> 9"),
 R("ASSAULT", acled=AIR, m=["Russia had [launched] 52 Shahed-type drones and two ballistic missiles"], a=["Russia"], t=["the country"], p=("Ukraine", "country", "UA"), d=("Monday", "Monday"), c=CL, opt=True, note="overnight wave (umbrella over the Odesa strike)"),
 R("COERCE", acled=DISR, m=["air defences had [shot] down 38 of the drones"], a=["air defences"], t=["38 of the drones"], p=("Ukraine", "country", "UA"), d="Monday", q=(38, 38), c=CL, opt=True, note="interceptions"),
 R("ASSAULT", acled=SHELL, m=["Russian forces [shelled] a residential neighbourhood overnight", "[killing] a 71-year-old woman in her garden"], a=["Russian forces"], t=["a residential neighbourhood", "a 71-year-old woman"], p=("Kherson", 46.64, 32.62, "UA"), d=("Monday", "Tuesday"), f=(1, 1), i=(2, 2), c=CL, note="shelling of Kherson (distinct, other city)"),
 R("REQUEST", m=["Ukraine's president [called] on allies"], a=["Ukraine's president"], t=["allies"], p=None, d=("Monday", "today"), c=A, note="president asks for air defence"),
 R("ASSAULT", acled=AIR, m=["In early March a drone [struck] another apartment block in the city"], a=[], t=["another apartment block in the city"], p=("Odesa", 46.48, 30.73, "UA"), d="2024-03", f=(12, 12), c=A, note="March drone strike in Odesa (background, own date)"),
]))

ARTS.append(dict(id="own_151", pub="2026-03-11", src="Nairobi Civic Desk", text='''
Two shot dead as fuel levy protests turn violent in Kitengela; 46 arrested in Nairobi

NAIROBI — Police shot dead two young men in Kitengela, south of the capital, on Tuesday as protests against a new fuel levy turned violent, a hospital official and witnesses said.

Thousands of people marched through central Nairobi in the morning waving branches and chanting "the levy must fall". Police fired tear gas at crowds near Parliament Road and arrested 46 people, the National Police Service said.

In Kitengela, groups of youths blocked the Namanga highway with burning tyres, looted two supermarkets and set fire to a police post in the early afternoon, witnesses said. Officers then opened fire. "They were running away when the police shot them in the back," said Esther Wanjiru, 41, a vegetable seller who saw the killings. Eleven other people were treated for gunshot wounds at Kitengela sub-county hospital.

Amnesty International Kenya condemned the killings and called for an independent investigation. The interior minister accused "criminals and hired goons" of hijacking the protests and said police had acted in self-defence.

Protest organisers said they would return to the streets next Tuesday unless the government withdrew the levy, which raises the price of petrol by 12 shillings a litre.

The Independent Policing Oversight Authority said it had opened an inquiry into the Kitengela shootings. Last June, officers shot dead a protester in Kitengela during demonstrations over the cost of living.
''', recs=[
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["Two [shot] dead as fuel levy protests turn violent", "Police [shot] dead two young men in Kitengela", "Officers then [opened] fire", "when the police [shot] them in the back", "who saw the [killings]", "treated for gunshot [wounds] at Kitengela", "the Kitengela [shootings]"], a=["Police", "Officers"], t=["two young men", "groups of youths"], p=("Kitengela", -1.47, 36.96, "KE"), d="Tuesday", f=(2, 2), i=(11, 11), c=CL, note="police kill two protesters in Kitengela"),
 R("PROTEST", acled=RIOT, m=["youths [blocked] the Namanga highway with burning tyres", "[looted] two supermarkets", "set [fire] to a police post"], a=["groups of youths"], t=["a police post"], p=("Kitengela", -1.47, 36.96, "KE"), d="Tuesday", c=CL, note="riot in Kitengela: blockade, looting, police post burned"),
 R("PROTEST", acled=PINT, m=["fuel levy [protests] turn violent", "Thousands of people [marched] through central Nairobi"], a=["Thousands of people"], t=["the government"], p=("Nairobi", -1.29, 36.82, "KE"), d="Tuesday", q=(1000, 9000), c=A, note="Nairobi march against fuel levy"),
 R("COERCE", acled=XFORCE, m=["Police [fired] tear gas at crowds near Parliament Road"], a=["Police"], t=["crowds"], p=("Parliament Road", -1.29, 36.82, "KE"), d="Tuesday", c=A, note="tear gas in central Nairobi"),
 R("COERCE", acled=ARR, m=["and [arrested] 46 people, the National Police Service said"], a=["Police"], t=["46 people"], p=("Nairobi", -1.29, 36.82, "KE"), d="Tuesday", q=(46, 46), c=CL, note="46 arrested"),
 R("ACCUSE", also=["REQUEST"], m=["Amnesty International Kenya [condemned]", "[called] for an independent investigation"], a=["Amnesty International Kenya"], t=["Police"], p=None, d=("Tuesday", "today"), c=A, note="Amnesty condemns killings, asks for investigation"),
 R("ACCUSE", m=["The interior minister [accused] \"criminals and hired goons\""], a=["The interior minister"], t=["criminals and hired goons"], p=None, d=("Tuesday", "today"), c=A, note="minister accuses criminals of hijacking protests"),
 R("THREATEN", also=["PROTEST"], m=["they would [return] to the streets next Tuesday"], a=["Protest organisers"], t=["the government"], p=None, c=HY, note="organisers threaten new protests unless levy withdrawn"),
 R("ACCUSE", m=["it had [opened] an inquiry into"], a=["The Independent Policing Oversight Authority"], t=[], p=None, c=A, opt=True, note="IPOA inquiry (procedure)"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["Last June, officers [shot] dead a protester in Kitengela"], a=["officers"], t=["a protester"], p=("Kitengela", -1.47, 36.96, "KE"), d="2025-06", f=(1, 1), c=A, note="June 2025 killing in Kitengela (background, own date)"),
]))

ARTS.append(dict(id="own_152", pub="2026-01-12", src="Le Sahel Quotidien (translated from French)", text='''
Tillabéri: armed men attack Bankilaré market, at least 17 civilians killed

Translated from French

NIAMEY — Heavily armed individuals attacked the weekly market of Bankilaré, in the Tillabéri region, on Friday afternoon, killing at least 17 civilians, according to a provisional toll communicated by the Ministry of the Interior.

Arriving on some forty motorcycles, the assailants opened fire on traders and customers, before setting fire to shops and taking away livestock, according to concordant local sources.

"They surrounded the market and shot at everyone who ran. Afterwards we buried our dead the same evening," an elected official of the commune told us by telephone, on condition of anonymity. According to him, around thirty wounded were evacuated to Téra.

The authorities attributed the attack to "terrorists of the EIGS", the Islamic State in the Greater Sahara, now known as Islamic State Sahel Province.

The Defence and Security Forces launched a pursuit and "neutralised" about twenty terrorists near Tongo Tongo on Saturday, the army said in a communiqué read on state television.

Many inhabitants have left Bankilaré for Téra since Friday's attack, a humanitarian source indicated, estimating their number at about 3,000.

It should be recalled that on 3 December an ambush against an army convoy near Téra killed nine soldiers.
''', recs=[
 R("ASSAULT", acled=VAC, m=["armed men [attack] Bankilaré market", "Heavily armed individuals [attacked] the weekly market of Bankilaré", "the assailants [opened] fire on traders and customers", "[shot] at everyone who ran", "we [buried] our dead the same evening", "around thirty [wounded] were evacuated to Téra", "The authorities attributed the [attack] to", "since Friday's [attack], a humanitarian source"], a=["Heavily armed individuals", "the assailants"], t=["the weekly market of Bankilaré", "traders and customers"], p=("Bankilaré", 14.58, 0.73, "NE"), d="Friday", f=(17, 17), i=(30, 30), c=CL, note="attack on Bankilaré market"),
 R("COERCE", acled=LOOT, m=["[setting] fire to shops and taking away livestock"], a=["the assailants"], t=["shops"], p=("Bankilaré", 14.58, 0.73, "NE"), d="Friday", c=CL, note="shops burned and livestock taken"),
 R("ACCUSE", m=["The authorities [attributed] the attack to"], a=["The authorities"], t=["\"terrorists of the EIGS\"", "Islamic State Sahel Province"], p=None, d=("Friday", "today"), c=CL, note="authorities blame IS Sahel"),
 R("ASSAULT", acled=CLASH, m=["launched a [pursuit] and \"neutralised\" about twenty terrorists"], a=["The Defence and Security Forces"], t=["about twenty terrorists"], p=("Tongo Tongo", 14.68, 1.23, "NE"), d="Saturday", f=(20, 20), c=CL, note="army pursuit near Tongo Tongo"),
 R("MOVE", mode="flee", m=["Many inhabitants have [left] Bankilaré for Téra"], a=["Many inhabitants"], p=("Bankilaré", 14.58, 0.73, "NE"), d=("Friday", "today"), q=(3000, 3000), c=BL, note="about 3,000 flee to Téra"),
 R("ASSAULT", acled=CLASH, m=["on 3 December an [ambush] against an army convoy near Téra"], a=[], t=["an army convoy"], p=("Téra", 14.01, 0.75, "NE"), d="2025-12-03", f=(9, 9), c=A, note="December ambush near Téra (background, own date)"),
]))

ARTS.append(dict(id="own_153", pub="2025-10-14", src="Levant Incident Monitor", wrap=True, text='''
Syria: weapons cache seized west of Homs; IED kills two SDF fighters near Shuhayl

MONITOR NOTE, 14 October — Syria's interior ministry said on Monday its forces had seized a large weapons cache in a farmhouse in the countryside west of Homs, including anti-tank missiles, rocket launchers and about 200 rifles, and arrested six men it suspected of smuggling arms into Lebanon.

Separately, an improvised explosive device hit a vehicle of the Kurdish-led Syrian Democratic Forces (SDF) near the town of Shuhayl in Deir ez-Zor province on Sunday, killing two fighters and wounding a third, a war monitor based in Britain reported. The SDF blamed Islamic State cells, which remain active in the desert east of the Euphrates.

In Sweida province, local Druze gunmen and Bedouin tribal fighters exchanged fire overnight from Sunday to Monday near the village of al-Mazraa. No casualties were reported. Government forces deployed armoured vehicles on the road between Sweida city and Damascus on Monday morning, residents said.

The ministry also said its forces had dismantled a captagon workshop near Qusayr and seized 1.2 million pills.

Assessment: weapons smuggling toward Lebanon and IS attacks in the east continue at a steady pace. Sweida remains tense three months after the July fighting.
''', recs=[
 R("COERCE", acled=DISR, m=["its forces had [seized] a large weapons cache in a farmhouse"], a=["Syria's interior ministry", "its forces"], t=["a large weapons cache"], p=("Homs", 34.73, 36.71, "SY"), d=("Monday", "Monday"), c=CL, note="weapons cache seized west of Homs"),
 R("COERCE", acled=ARR, m=["and [arrested] six men it suspected"], a=["its forces"], t=["six men"], p=("Homs", 34.73, 36.71, "SY"), d="Monday", q=(6, 6), c=CL, note="six suspected arms smugglers arrested"),
 R("MOVE", mode="smuggle", m=["it suspected of [smuggling] arms into Lebanon"], a=["six men"], t=[], p=("Homs", 34.73, 36.71, "SY"), c=BL, opt=True, note="suspected smuggling"),
 R("ASSAULT", acled=IED, m=["IED [kills] two SDF fighters near Shuhayl", "an improvised explosive device [hit] a vehicle of the Kurdish-led"], a=["Islamic State cells"], t=["a vehicle of the Kurdish-led Syrian Democratic Forces (SDF)", "two fighters"], p=("Shuhayl", 35.13, 40.45, "SY"), d="Sunday", f=(2, 2), i=(1, 1), c=CL, note="IED on SDF vehicle near Shuhayl"),
 R("ACCUSE", m=["The SDF [blamed] Islamic State cells"], a=["The SDF"], t=["Islamic State cells"], p=None, d=("Sunday", "today"), c=CL, note="SDF blames IS"),
 R("ASSAULT", acled=CLASH, m=["Bedouin tribal fighters [exchanged] fire overnight"], a=["local Druze gunmen and Bedouin tribal fighters"], t=[], p=("al-Mazraa", 32.79, 36.47, "SY"), d=("Sunday", "Monday"), f=(0, 0), c=CL, note="exchange of fire near al-Mazraa, no casualties"),
 R("MOBILIZE", m=["Government forces [deployed] armoured vehicles on the road"], a=["Government forces"], t=[], p=("Sweida", 32.71, 36.57, "SY"), d="Monday", c=CL, note="government deploys armour on Sweida road"),
 R("COERCE", m=["had [dismantled] a captagon workshop near Qusayr", "[seized] 1.2 million pills"], a=["its forces"], t=["a captagon workshop"], p=("Qusayr", 34.51, 36.58, "SY"), c=CL, note="drug workshop dismantled; organised crime, acled null"),
 R("ASSAULT", acled=CLASH, m=["three months after the July [fighting]"], a=[], t=[], p=("Sweida", 32.71, 36.57, "SY"), d="2025-07", c=A, opt=True, note="July fighting in Sweida (background, told in passing)"),
]))

ARTS.append(dict(id="own_154", pub="2023-10-16", src="Valley Observer, Anantnag", text='''
Grenade meant for CRPF bunker wounds seven civilians at Anantnag bus stand

ANANTNAG — Seven civilians, including a schoolboy and two fruit vendors, were injured on Sunday when suspected militants lobbed a grenade at a Central Reserve Police Force (CRPF) bunker near the general bus stand, police said.

The grenade missed the bunker and exploded on the road among commuters waiting for minibuses at around 4.30 pm, a police officer said. The wounded were taken to the Government Medical College hospital, where doctors said one of the vendors had serious splinter injuries to the abdomen.

"There was a loud bang and smoke, and then people were lying on the ground," said Mohammad Ashraf, who runs a tea stall at the stand. "The boys who threw it ran towards the old town."

Police said three young men had been detained in overnight raids in the old town in connection with the grenade attack and that they were being questioned. Security forces cordoned off several lanes and searched houses until dawn.

The Lieutenant Governor condemned the attack as a "cowardly act" and announced free treatment for the injured. Traders at the bus stand kept their shops shut on Monday in protest against the violence.

It was the second grenade attack in the district in a month. On 14 September a grenade thrown at a police vehicle in Bijbehara wounded two policemen.
''', recs=[
 R("ASSAULT", acled=GREN, m=["Grenade meant for CRPF bunker [wounds] seven civilians", "Seven civilians, including a schoolboy and two fruit vendors, were [injured] on Sunday", "suspected militants [lobbed] a grenade at a Central Reserve Police Force (CRPF) bunker", "The grenade missed the bunker and [exploded] on the road", "There was a loud [bang] and smoke", "The boys who [threw] it ran towards the old town", "in connection with the grenade [attack] and that"], a=["suspected militants", "The boys who threw it"], t=["a Central Reserve Police Force (CRPF) bunker", "Seven civilians"], p=("Anantnag", 33.73, 75.15, "IN"), d="Sunday", i=(7, 7), c=CL, note="grenade at Anantnag bus stand, retold"),
 R("COERCE", acled=ARR, m=["three young men had been [detained] in overnight raids"], a=["Police"], t=["three young men"], p=("Anantnag", 33.73, 75.15, "IN"), d=("Sunday", "Monday"), q=(3, 3), c=CL, note="three detained"),
 R("MOBILIZE", also=["COERCE"], m=["Security forces [cordoned] off several lanes"], a=["Security forces"], t=[], p=("Anantnag", 33.73, 75.15, "IN"), d=("Sunday", "Monday"), c=A, opt=True, note="cordon and search"),
 R("ACCUSE", m=["The Lieutenant Governor [condemned] the attack"], a=["The Lieutenant Governor"], t=[], p=None, d=("Sunday", "today"), c=A, note="LG condemns attack"),
 R("AID", m=["[announced] free treatment for the injured"], a=["The Lieutenant Governor"], t=["the injured"], p=None, d=("Sunday", "today"), c=A, opt=True, note="free treatment announced"),
 R("PROTEST", acled=PEACE, m=["Traders at the bus stand [kept] their shops shut on Monday in protest"], a=["Traders at the bus stand"], t=[], p=("Anantnag", 33.73, 75.15, "IN"), d="Monday", c=A, note="traders' shutdown in protest"),
 R("ASSAULT", acled=GREN, m=["On 14 September a grenade [thrown] at a police vehicle in Bijbehara"], a=[], t=["a police vehicle", "two policemen"], p=("Bijbehara", 33.79, 75.10, "IN"), d="2023-09-14", i=(2, 2), c=A, note="September grenade in Bijbehara (background, own date)"),
]))

ARTS.append(dict(id="own_155", pub="2025-02-10", src="Cox's Bazar Frontier News", text='''
Rohingya cross Naf river as Arakan Army shells villages near Maungdaw; BGB turns back two boats

TEKNAF, Bangladesh — About 300 Rohingya, most of them women and children, crossed the Naf river into Bangladesh over the weekend after shelling near Maungdaw in Myanmar's Rakhine State, local officials and community leaders said on Monday.

The new arrivals said Arakan Army fighters had shelled their villages south of Maungdaw on Friday as the group pressed its campaign against the Myanmar military's remaining positions. "The shells fell on the mosque and the market. We ran to the river with nothing," said Nur Kaida, 32, who crossed on Saturday night with her four children.

Border Guard Bangladesh (BGB) said its patrols had turned back two boats carrying about 60 people near Shah Porir Dwip on Sunday, and detained 14 Bangladeshi boatmen it accused of ferrying Rohingya for money.

Many of those who reached Teknaf hid with relatives in the camps, community leaders said. The refugee relief commissioner's office said it was trying to register them but that Bangladesh could not accept new arrivals.

The UN refugee agency called on Bangladesh to let people fleeing violence reach safety, and on all parties in Rakhine to protect civilians.

Bangladesh already hosts about a million Rohingya refugees, most of whom fled a military crackdown in 2017.
''', recs=[
 R("MOVE", mode="cross_border", m=["Rohingya [cross] Naf river", "About 300 Rohingya, most of them women and children, [crossed] the Naf river", "We [ran] to the river with nothing", "who [crossed] on Saturday night with her four children"], a=["About 300 Rohingya, most of them women and children"], p=("Teknaf", 20.86, 92.30, "BD"), d=("Saturday", "Sunday"), q=(300, 300), c=CL, note="300 Rohingya cross into Bangladesh"),
 R("ASSAULT", acled=SHELL, m=["Arakan Army [shells] villages near Maungdaw", "after [shelling] near Maungdaw in Myanmar's Rakhine State", "Arakan Army fighters had [shelled] their villages south of Maungdaw", "The shells [fell] on the mosque and the market"], a=["Arakan Army fighters", "Arakan Army"], t=["their villages south of Maungdaw"], p=("Maungdaw", 20.82, 92.37, "MM"), d="Friday", c=CL, note="AA shelling of villages south of Maungdaw"),
 R("MOVE", mode="deport", also=["COERCE"], m=["BGB [turns] back two boats", "its patrols had [turned] back two boats carrying about 60 people"], a=["Border Guard Bangladesh (BGB)", "its patrols"], t=["two boats carrying about 60 people"], p=("Shah Porir Dwip", 20.77, 92.33, "BD"), d="Sunday", q=(60, 60), c=CL, note="BGB pushes back two boats"),
 R("COERCE", acled=ARR, m=["[detained] 14 Bangladeshi boatmen"], a=["Border Guard Bangladesh (BGB)"], t=["14 Bangladeshi boatmen"], p=("Shah Porir Dwip", 20.77, 92.33, "BD"), d="Sunday", q=(14, 14), c=CL, note="14 boatmen detained"),
 R("ACCUSE", m=["it [accused] of ferrying Rohingya for money"], a=["Border Guard Bangladesh (BGB)"], t=["14 Bangladeshi boatmen"], p=None, d="Sunday", c=CL, opt=True, note="accusation attached to the arrest"),
 R("MOVE", mode="smuggle", m=["of [ferrying] Rohingya for money"], a=["14 Bangladeshi boatmen"], t=["Rohingya"], p=("Shah Porir Dwip", 20.77, 92.33, "BD"), c=BL, opt=True, note="suspected smuggling"),
 R("REJECT", m=["Bangladesh could not [accept] new arrivals"], a=["The refugee relief commissioner's office"], t=["new arrivals"], p=None, c=A, note="Bangladesh refuses new arrivals"),
 R("REQUEST", m=["The UN refugee agency [called] on Bangladesh"], a=["The UN refugee agency"], t=["Bangladesh", "all parties in Rakhine"], p=None, c=A, note="UNHCR appeals"),
 R("MOVE", mode="flee", m=["most of whom [fled] a military crackdown in 2017"], a=["about a million Rohingya refugees"], p=("Bangladesh", "country", "BD"), d="2017", c=A, opt=True, note="2017 exodus (background aggregate-like)"),
]))

ARTS.append(dict(id="own_156", pub="2025-01-20", src="Pacific Coast Crime Report", wrap=True, text='''
Gunmen kill father and two children in Culiacán; army seizes arsenal in Navolato

CULIACÁN, Mexico — Gunmen opened fire on a family's pickup truck at a traffic light in southern Culiacán on Sunday evening, killing a 38-year-old man and his two children, aged 9 and 12, Sinaloa state prosecutors said. The children's mother survived with a gunshot wound to the shoulder.

Witnesses said two vehicles blocked the truck and at least four men fired assault rifles into it before speeding away. The prosecutors' office said it was investigating whether the attackers had mistaken the family for members of a rival cell.

The killings came hours after soldiers clashed with an armed group in the neighbouring municipality of Navolato, killing three gunmen. The army said troops seized 14 rifles, a .50-calibre machine gun and 6,000 rounds of ammunition at a ranch there, and arrested five men.

Since September, factions of the Sinaloa cartel loyal to the sons of Joaquín Guzmán and to Ismael "El Mayo" Zambada have fought for control of the state. Hundreds of people have been killed.

On Monday morning about 2,000 people marched in white through the centre of Culiacán to demand peace, many carrying photographs of the children. "They were coming back from their grandmother's house. What war were they part of?" said a cousin, Daniela Ruiz.

The state education department suspended classes in the south of the city for two days after Sunday's attack.
''', recs=[
 R("ASSAULT", acled=VAC, m=["Gunmen [kill] father and two children in Culiacán", "Gunmen [opened] fire on a family's pickup truck", "at least four men [fired] assault rifles into it", "The [killings] came hours after", "after Sunday's [attack]"], a=["Gunmen", "at least four men"], t=["a family's pickup truck", "a 38-year-old man and his two children"], p=("Culiacán", 24.80, -107.39, "MX"), d="Sunday", f=(3, 3), i=(1, 1), c=A, note="gunmen kill father and two children in Culiacán"),
 R("ASSAULT", acled=CLASH, m=["soldiers [clashed] with an armed group in the neighbouring municipality of Navolato", "[killing] three gunmen"], a=["soldiers"], t=["an armed group"], p=("Navolato", 24.77, -107.70, "MX"), d="Sunday", f=(3, 3), c=CL, note="army clash in Navolato"),
 R("COERCE", acled=DISR, m=["troops [seized] 14 rifles, a .50-calibre machine gun"], a=["troops"], t=[], p=("Navolato", 24.77, -107.70, "MX"), d="Sunday", c=CL, note="arsenal seized at ranch"),
 R("COERCE", acled=ARR, m=["and [arrested] five men"], a=["troops"], t=["five men"], p=("Navolato", 24.77, -107.70, "MX"), d="Sunday", q=(5, 5), c=CL, note="five arrested"),
 R("ASSAULT", acled=CLASH, m=["have [fought] for control of the state"], a=["factions of the Sinaloa cartel"], t=[], p=("Sinaloa", 25.0, -107.5, "MX"), d=("2024-09", "today"), c=A, opt=True, note="factional war since September (long series, near-aggregate)"),
 R("PROTEST", acled=PEACE, m=["about 2,000 people [marched] in white", "to [demand] peace"], a=["about 2,000 people"], t=[], p=("Culiacán", 24.80, -107.39, "MX"), d="Monday", q=(2000, 2000), c=A, note="march for peace"),
 R("COERCE", also=["SANCTION"], m=["The state education department [suspended] classes"], a=["The state education department"], t=[], p=("Culiacán", 24.80, -107.39, "MX"), d="Monday", c=A, opt=True, note="classes suspended"),
]))
