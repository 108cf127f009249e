from common import *
ARTS = []
ARTS.append(dict(id="own_217", pub="2025-08-19", src="Northern Nigeria Wire Service", text='''
Bandits kill 14 in three Katsina raids, abduct 40 near Safana; dusk-to-dawn curfew imposed

KATSINA, Nigeria (NWS) — Armed bandits killed at least 14 people in three separate attacks on villages in Katsina state between Friday and Monday and abducted about 40 others, residents and police said.

In the first raid, about 50 gunmen on motorcycles stormed a village outside Safana on Friday evening and opened fire on worshippers leaving a mosque, killing six. They then herded about 40 people, most of them women and children, into the forest, said a local councillor, Ibrahim Sani.

"They came shooting from every side. I hid in the millet with my two sons and watched them take my wife," said Musa Abdullahi, 47, a farmer.

On Saturday, a second gang attacked farmers in their fields near Faskari, killing three. Two more farmers went missing during the attack and were found dead on Sunday in a stream outside the town, relatives said.

Early on Monday, gunmen torched about 30 houses in a village near Batsari and shot dead three men who tried to stop them from taking cattle. The same day, bandits set up a checkpoint on the road between Funtua and Faskari and robbed motorists for several hours, a driver said.

The police said a village head in Safana had reported a suspected informant of the gang to officers, who arrested him on Sunday with two other men.

The state government imposed a dusk-to-dawn curfew on the Safana and Faskari areas on Monday, and about 300 pupils of a girls' secondary school in Faskari were evacuated to Funtua as a precaution.

Katsina has been at the centre of north-west Nigeria's banditry crisis for more than a decade. In December 2020 gunmen abducted more than 300 schoolboys from a boarding school in Kankara; they were freed six days later. Rights groups say thousands of people have been killed in the state since 2011, and gangs often strike when farmers return to their fields at the start of the rains.

"If the soldiers do not stay, they will come back," the councillor said.
''', recs=[
 R("ASSAULT", acled=VAC, m=["Bandits [kill] 14 in three Katsina raids", "Armed bandits [killed] at least 14 people in three separate attacks"], a=["Armed bandits"], t=[], p=("Katsina", 12.50, 7.50, "NG"), d=("Friday", "Monday"), f=(14, 14), c=CL, opt=True, note="summary of the three raids (series told as one)"),
 R("ASSAULT", acled=VAC, m=["In the first [raid],", "about 50 gunmen on motorcycles [stormed] a village outside Safana", "[opened] fire on worshippers leaving a mosque", "They came [shooting] from every side"], a=["about 50 gunmen on motorcycles"], t=["worshippers leaving a mosque"], p=("Safana", 12.41, 7.41, "NG"), d="Friday", f=(6, 6), c=CL, note="raid on village outside Safana, six worshippers killed"),
 R("COERCE", acled=ABD, m=["[abduct] 40 near Safana", "and [abducted] about 40 others", "They then [herded] about 40 people", "watched them [take] my wife"], a=["about 50 gunmen on motorcycles"], t=["about 40 people, most of them women and children"], p=("Safana", 12.41, 7.41, "NG"), d="Friday", q=(40, 40), c=CL, note="about 40 villagers abducted into the forest"),
 R("ASSAULT", acled=VAC, m=["a second gang [attacked] farmers in their fields near Faskari", "Two more farmers went [missing] during the attack", "were [found] dead on Sunday in a stream"], a=["a second gang"], t=["farmers in their fields near Faskari"], p=("Faskari", 11.72, 7.03, "NG"), d=("Saturday", "Sunday"), f=(5, 5), c=CL, note="attack on farmers near Faskari; two missing found dead (same attack)"),
 R("COERCE", acled=LOOT, m=["gunmen [torched] about 30 houses in a village near Batsari", "stop them from [taking] cattle"], a=["gunmen"], t=["about 30 houses"], p=("Batsari", 12.76, 7.25, "NG"), d="Monday", c=CL, note="houses burned and cattle taken near Batsari"),
 R("ASSAULT", acled=VAC, m=["[shot] dead three men who tried to stop them"], a=["gunmen"], t=["three men who tried to stop them from taking cattle"], p=("Batsari", 12.76, 7.25, "NG"), d="Monday", f=(3, 3), c=CL, note="three men shot dead near Batsari"),
 R("COERCE", acled=LOOT, m=["bandits [set] up a checkpoint on the road between Funtua and Faskari", "[robbed] motorists for several hours"], a=["bandits"], t=["motorists"], p=("Faskari", 11.72, 7.03, "NG"), d="Monday", c=CL, note="bandit checkpoint and robbery of motorists"),
 R("ACCUSE", m=["a village head in Safana had [reported] a suspected informant of the gang to officers"], a=["a village head in Safana"], t=["a suspected informant of the gang"], p=("Safana", 12.41, 7.41, "NG"), d=("Friday", "Sunday"), c=CL, note="village head reports informant to police"),
 R("COERCE", acled=ARR, m=["who [arrested] him on Sunday with two other men"], a=["The police"], t=["a suspected informant of the gang"], p=("Safana", 12.41, 7.41, "NG"), d="Sunday", q=(3, 3), c=CL, note="informant and two others arrested"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["dusk-to-dawn curfew [imposed]", "The state government [imposed] a dusk-to-dawn curfew"], a=["The state government"], t=[], p=("Safana", 12.41, 7.41, "NG"), d="Monday", c=A, note="curfew on Safana and Faskari areas"),
 R("MOVE", mode="relocate", m=["girls' secondary school in Faskari were [evacuated] to Funtua"], a=[], t=["about 300 pupils of a girls' secondary school in Faskari"], p=("Funtua", 11.52, 7.31, "NG"), d="Monday", q=(300, 300), c=A, note="300 schoolgirls evacuated to Funtua"),
 R("COERCE", acled=ABD, m=["In December 2020 gunmen [abducted] more than 300 schoolboys"], a=["gunmen"], t=["more than 300 schoolboys"], p=("Kankara", 11.93, 7.41, "NG"), d="2020-12", q=(300, 350), c=A, note="background: 2020 Kankara school abduction, own date"),
 R("CONCEDE", m=["they were [freed] six days later"], a=[], t=["more than 300 schoolboys"], p=("Kankara", 11.93, 7.41, "NG"), d="2020-12", c=A, opt=True, note="background: schoolboys freed"),
]))

ARTS.append(dict(id="own_218", pub="2025-03-16", src="Horn of Africa Wire", text='''
Car bomb at Mogadishu hotel kills 11; al-Shabaab claims attack

MOGADISHU (HAW) — A car bomb exploded at the gate of a hotel near the Somali presidency on Saturday evening, killing at least 11 people and wounding more than 20, police and hospital officials said, in the deadliest attack in the capital this year.

The blast, at about 7pm, tore down the hotel's front wall and set fire to several cars waiting at a nearby junction. Police said the vehicle, packed with explosives, had been driven at the gate by a suicide bomber after guards stopped it for inspection.

Al-Shabaab said in a statement on a radio station it runs that it had carried out the bombing and that its target was government officials meeting at the hotel. Police said two senior officials of the interior ministry were among the dead.

"I was serving tea when the explosion threw me to the floor. When I stood up, people were burning inside a car," said Faadumo Warsame, 34, who works at a café across the street. "My cousin was one of the guards. They found him by the gate."

Ambulance crews said 24 wounded people were taken to Medina and Erdogan hospitals. Several were in critical condition.

Security forces sealed off the area and closed roads around the presidency on Sunday. The interior minister said investigators had arrested three suspects in connection with Saturday's bombing, including a man who had rented a house used to prepare the vehicle. Following their arrest, police raided the house in Hodan district and found another 50 kilograms of explosives, he said.

The president condemned what he called a cowardly act and ordered the security services to hunt down those behind it.

Al-Shabaab was pushed out of Mogadishu by African Union troops in August 2011 but still carries out frequent bombings in the city. Officials warned that the group could attempt more attacks during Ramadan.
''', recs=[
 R("ASSAULT", acled=SUIC, m=["Car [bomb] at Mogadishu hotel kills 11", "al-Shabaab claims [attack]", "A car bomb [exploded] at the gate of a hotel", "the deadliest [attack] in the capital this year", "The [blast], at about 7pm", "had been [driven] at the gate by a suicide bomber", "it had carried out the [bombing]", "when the [explosion] threw me to the floor", "They [found] him by the gate", "24 [wounded] people were taken", "in connection with Saturday's [bombing]"], a=["Al-Shabaab", "a suicide bomber"], t=["a hotel near the Somali presidency", "government officials meeting at the hotel"], p=("Mogadishu", 2.04, 45.34, "SO"), d="Saturday", f=(11, 11), i=(21, 24), c=CL, note="suicide car bomb at hotel gate, claimed by al-Shabaab; all retellings merge"),
 R("COERCE", acled=OTH, m=["Security forces [sealed] off the area"], a=["Security forces"], t=[], p=("Mogadishu", 2.04, 45.34, "SO"), d="Sunday", c=A, note="cordon and road closures around presidency"),
 R("COERCE", acled=ARR, m=["investigators had [arrested] three suspects", "Following their [arrest], police"], a=["investigators"], t=["three suspects"], p=("Mogadishu", 2.04, 45.34, "SO"), d=("Saturday", "Sunday"), q=(3, 3), c=CL, note="three suspects arrested; 'following their arrest' retells it"),
 R("COERCE", acled=DISR, m=["police [raided] the house in Hodan district", "[found] another 50 kilograms of explosives"], a=["police"], t=["the house in Hodan district"], p=("Hodan", 2.03, 45.31, "SO"), d=("Saturday", "Sunday"), c=CL, note="raid on bomb-making house, explosives found"),
 R("ACCUSE", also=["REQUEST"], m=["The president [condemned] what he called a cowardly act", "[ordered] the security services to hunt down those behind it"], a=["The president"], t=[], p=None, d=("Saturday", "Sunday"), c=A, note="president condemns, orders hunt"),
 R("COERCE", acled=GOVREG, m=["Al-Shabaab was [pushed] out of Mogadishu by African Union troops"], a=["African Union troops"], t=["Al-Shabaab"], p=("Mogadishu", 2.04, 45.34, "SO"), d="2011-08", c=A, note="background: al-Shabaab driven out of Mogadishu, August 2011"),
]))

ARTS.append(dict(id="own_219", pub="2024-10-22", src="Northwest Syria Monitoring Network", wrap=True, text='''
Idlib weekly: market shelled in Ariha, farm workers killed near Binnish; HTS fires on government lines

Monitoring note, 14–20 October 2024. Compiled from civil defence reports, local medics and residents; figures are provisional.

Monday 14 October. Russian aircraft struck a poultry farm on the edge of Binnish in the early morning, killing two workers, local medics said.

Tuesday 15 October. Government artillery shelled the market in Ariha at about 11am, killing three people, among them a boy of 12, and wounding nine. It was the second time the market has been hit this month. "We had just opened the shutters. The first shell fell on the fruit stalls," said a vendor, Abdulkarim Hajj Omar, 52, who lost a cousin.

Wednesday 16 October. A drone struck a car on the road between Idlib city and Saraqib, killing the driver. No party has said it operated the drone.

Friday 18 October. Russian jets carried out at least six air strikes on hills west of Darkush, near the Turkish border. Civil defence teams found no casualties, but the strikes burned olive groves. About 60 families living in tents nearby moved to camps further north.

Saturday 19 October. Hayat Tahrir al-Sham (HTS) said its military council had authorised operations against government positions in response to the shelling of Ariha. That night HTS fighters fired rockets at government positions around Kafranbel; state media said one soldier was killed.

Background. The front line has barely moved since March 2020, when a ceasefire agreed by Russia and Turkey in Moscow halted a government offensive that had taken Maarat al-Numan and Saraqib. The civil defence says air strikes and shelling have killed more than 200 civilians in the northwest since the start of the year, and attacks on markets are now a weekly occurrence.
''', recs=[
 R("ASSAULT", acled=AIR, m=["farm workers [killed] near Binnish", "Russian aircraft [struck] a poultry farm"], a=["Russian aircraft"], t=["a poultry farm on the edge of Binnish", "two workers"], p=("Binnish", 35.96, 36.71, "SY"), d="2024-10-14", f=(2, 2), c=CL, note="air strike on poultry farm near Binnish"),
 R("ASSAULT", acled=SHELL, m=["market [shelled] in Ariha", "Government artillery [shelled] the market in Ariha", "The first [shell] fell on the fruit stalls", "in response to the [shelling] of Ariha"], a=["Government artillery"], t=["the market in Ariha"], p=("Ariha", 35.81, 36.61, "SY"), d="2024-10-15", f=(3, 3), i=(9, 9), c=CL, note="shelling of Ariha market; HTS statement retells it"),
 R("ASSAULT", acled=SHELL, m=["the second time the market has been [hit] this month"], a=[], t=["the market"], p=("Ariha", 35.81, 36.61, "SY"), d=("2024-10-01", "2024-10-14"), c=A, note="earlier hit on Ariha market this month (distinct)"),
 R("ASSAULT", acled=AIR, m=["A drone [struck] a car on the road between Idlib city and Saraqib", "[killing] the driver. No party"], a=[], t=["a car"], p=("Idlib city", 35.93, 36.63, "SY"), d="2024-10-16", f=(1, 1), c=CL, note="drone strike on car, driver killed"),
 R("ASSAULT", acled=AIR, m=["Russian jets [carried] out at least six air strikes", "the [strikes] burned olive groves"], a=["Russian jets"], t=["hills west of Darkush"], p=("Darkush", 35.99, 36.39, "SY"), d="2024-10-18", f=(0, 0), c=CL, note="six air strikes west of Darkush, no casualties"),
 R("MOVE", mode="flee", m=["About 60 families living in tents nearby [moved] to camps further north"], a=["About 60 families living in tents nearby"], p=("Darkush", 35.99, 36.39, "SY"), d=("2024-10-18", "2024-10-20"), c=A, note="families leave tents after strikes"),
 R("MOBILIZE", also=["THREATEN"], m=["its military council had [authorised] operations against government positions"], a=["Hayat Tahrir al-Sham (HTS)"], t=["government positions"], p=None, d="2024-10-19", c=CL, note="HTS authorises retaliatory operations"),
 R("ASSAULT", acled=SHELL, m=["HTS [fires] on government lines", "HTS fighters [fired] rockets at government positions around Kafranbel", "one soldier was [killed]"], a=["HTS fighters"], t=["government positions around Kafranbel"], p=("Kafranbel", 35.61, 36.56, "SY"), d="2024-10-19", f=(1, 1), c=CL, note="HTS rocket fire on Kafranbel positions"),
 R("AGREE", acled=AGR, m=["a ceasefire [agreed] by Russia and Turkey in Moscow"], a=["Russia and Turkey"], t=[], p=("Moscow", 55.76, 37.62, "RU"), d="2020-03", c=A, note="background: March 2020 Moscow ceasefire, own date"),
 R("COERCE", acled=GOVREG, also=["ASSAULT"], m=["a government [offensive] that had taken Maarat al-Numan and Saraqib"], a=[], t=[], p=("Saraqib", 35.86, 36.81, "SY"), d=("2020-01-01", "2020-03-05"), c=A, note="background: 2020 offensive that took Maarat al-Numan and Saraqib"),
]))

ARTS.append(dict(id="own_220", pub="2025-03-06", src="North East Leader", text='''
Gardaí arrest three over ATM raids in Meath and Cavan; fourth man hands himself in

Three men were arrested in Dundalk on Tuesday morning in connection with a string of raids in which stolen machinery was used to rip cash machines from the walls of shops in Co Meath and Co Cavan, gardaí said.

The most recent raid took place in the early hours of 22 February, when a gang used a stolen teleporter to tear an ATM out of the front of a filling station in Kells. The machine, believed to contain about €60,000, was loaded onto a van and driven north.

In January an ATM was taken from a supermarket in Virginia, Co Cavan, in a near-identical raid, and on 9 February a gang tried to pull a machine from a shop wall in Ballyjamesduff but fled empty-handed when the teleporter they were using broke down.

Garda sources said a former associate of the gang had reported the alleged ringleader, a man in his 40s, to police earlier this month after a dispute over money.

A fourth man, aged 23, handed himself over to gardaí at Cavan Garda station on Wednesday evening.

The three men arrested on Tuesday were being held under section 4 of the Criminal Justice Act. Following their arrest, gardaí searched a farmyard near Inniskeen and recovered a teleporter reported stolen in Co Tyrone in December.

One of the men, a 31-year-old from Dundalk, was charged last night with theft and criminal damage and is due to appear before Dundalk District Court this morning.

Declan Moran, who owns the Kells filling station, said trade had been hit hard since the raid. "We lost the bank in 2021 when it pulled out of the town, and now the last ATM is gone," he said.

A Garda spokesman declined to comment on the investigation but said there had been more than 20 ATM thefts in the border counties since 2019. Gardaí have appealed to anyone offered machinery for sale in suspicious circumstances to contact them.
''', recs=[
 R("COERCE", acled=None, m=["Gardaí [arrest] three over ATM raids", "Three men were [arrested] in Dundalk on Tuesday morning", "The three men [arrested] on Tuesday", "Following their [arrest], gardaí"], a=["gardaí"], t=["Three men"], p=("Dundalk", 54.00, -6.42, "IE"), d="Tuesday", q=(3, 3), c=A, note="three men arrested over ATM thefts"),
 R("COERCE", acled=None, m=["a string of [raids] in which stolen machinery was used"], a=[], t=[], p=("Kells", 53.73, -6.88, "IE"), d=("2025-01", "2025-02-22"), c=A, opt=True, note="summary of the series of ATM raids"),
 R("COERCE", acled=None, m=["The most recent [raid] took place", "a gang used a stolen teleporter to [tear] an ATM out", "had been hit hard since the [raid]"], a=["a gang"], t=["a filling station in Kells"], p=("Kells", 53.73, -6.88, "IE"), d="2025-02-22", c=A, note="ATM ripped from Kells filling station"),
 R("COERCE", acled=None, m=["an ATM was [taken] from a supermarket in Virginia"], a=[], t=["a supermarket in Virginia, Co Cavan"], p=("Virginia", 53.83, -7.08, "IE"), d="2025-01", c=A, note="ATM theft in Virginia, January"),
 R("COERCE", acled=None, m=["a gang [tried] to pull a machine from a shop wall in Ballyjamesduff", "[fled] empty-handed when the teleporter"], a=["a gang"], t=["a shop wall in Ballyjamesduff"], p=("Ballyjamesduff", 53.87, -7.20, "IE"), d="2025-02-09", c=A, note="failed ATM raid in Ballyjamesduff"),
 R("ACCUSE", m=["a former associate of the gang had [reported] the alleged ringleader"], a=["a former associate of the gang"], t=["the alleged ringleader, a man in his 40s"], p=None, d=("2025-03-01", "today"), c=CL, note="ringleader reported to police"),
 R("CONCEDE", also=["COERCE"], m=["fourth man [hands] himself in", "A fourth man, aged 23, [handed] himself over"], a=["A fourth man, aged 23"], t=["gardaí"], p=("Cavan", 53.99, -7.36, "IE"), d="Wednesday", q=(1, 1), c=A, note="fourth suspect surrenders at Cavan station"),
 R("COERCE", acled=None, m=["gardaí [searched] a farmyard near Inniskeen", "Inniskeen and [recovered] a teleporter"], a=["gardaí"], t=["a farmyard near Inniskeen"], p=("Inniskeen", 54.00, -6.58, "IE"), d=("Tuesday", "Wednesday"), c=A, note="search of farmyard, stolen teleporter recovered"),
 R("COERCE", acled=None, m=["reported [stolen] in Co Tyrone in December"], a=[], t=[], p=("Co Tyrone", 54.60, -7.30, "GB"), d="2024-12", c=A, note="teleporter theft in Tyrone, December (own date)"),
 R("ACCUSE", m=["was [charged] last night with theft and criminal damage"], a=[], t=["One of the men, a 31-year-old from Dundalk"], p=("Dundalk", 54.00, -6.42, "IE"), d="Wednesday", c=A, note="31-year-old charged"),
]))

ARTS.append(dict(id="own_221", pub="2025-11-03", src="East European Wire", text='''
Russian missile strike on Zaporizhzhia apartment block kills nine

ZAPORIZHZHIA, Ukraine (EEW) — Russian forces hit a nine-storey apartment building in Zaporizhzhia with a ballistic missile late on Sunday, killing nine people, including two children, and wounding 31, the regional governor said on Monday.

Rescuers worked through the night to pull people from the rubble of the collapsed middle section of the building. Three more bodies were found under the debris on Monday morning, raising the toll from six to nine, the State Emergency Service said.

"The whole stairwell just folded. My neighbours on the fifth floor are gone," said Oleksandr Kravets, 66, a retired welder who was evacuated from the building with his wife. About 120 residents of the block and two neighbouring buildings were evacuated to a school nearby.

Russia's defence ministry said its forces had struck "military infrastructure" in the city overnight and did not mention the apartment building.

President Volodymyr Zelensky accused Moscow of "deliberate terror" against civilians and asked allies for more air defence systems. "If the missiles keep coming, nobody will stay in this district," Kravets said.

Sunday's attack was the deadliest on the city since October 2022, when a night-time missile strike on apartment blocks killed 13 people.

In a separate attack on Monday morning, a drone struck a car in Orikhiv, south-east of the city, wounding two municipal workers, the regional administration said.

Schools in the district were closed on Monday after Sunday's strike, and the city council declared Tuesday a day of mourning. The United Nations says more than 14,000 civilians have been killed in Ukraine since February 2022.
''', recs=[
 R("ASSAULT", acled=SHELL, m=["Russian missile [strike] on Zaporizhzhia apartment block kills nine", "Russian forces [hit] a nine-storey apartment building", "Three more bodies were [found] under the debris", "its forces had [struck] \"military infrastructure\" in the city", "Sunday's [attack] was the deadliest", "after Sunday's [strike], and"], a=["Russian forces"], t=["a nine-storey apartment building in Zaporizhzhia"], p=("Zaporizhzhia", 47.85, 35.12, "UA"), d="Sunday", f=(9, 9), i=(31, 31), c=CL, note="missile strike on apartment block; Russian version and later references merge"),
 R("AID", m=["Rescuers worked through the night to [pull] people from the rubble"], a=["Rescuers"], t=[], p=("Zaporizhzhia", 47.85, 35.12, "UA"), d=("Sunday", "Monday"), c=A, opt=True, note="rescue work"),
 R("MOVE", mode="relocate", m=["a retired welder who was [evacuated] from the building", "two neighbouring buildings were [evacuated] to a school nearby"], a=[], t=["About 120 residents of the block and two neighbouring buildings"], p=("Zaporizhzhia", 47.85, 35.12, "UA"), d=("Sunday", "Monday"), q=(120, 120), c=A, note="120 residents evacuated"),
 R("ACCUSE", m=["President Volodymyr Zelensky [accused] Moscow"], a=["President Volodymyr Zelensky"], t=["Moscow"], p=None, d="Monday", c=A, note="Zelensky accuses Moscow of terror"),
 R("REQUEST", m=["[asked] allies for more air defence systems"], a=["President Volodymyr Zelensky"], t=["allies"], p=None, d="Monday", c=A, note="request for air defence"),
 R("ASSAULT", acled=SHELL, m=["a night-time missile [strike] on apartment blocks killed 13 people"], a=[], t=["apartment blocks"], p=("Zaporizhzhia", 47.85, 35.12, "UA"), d="2022-10", f=(13, 13), c=A, note="background: October 2022 strike, own date"),
 R("COERCE", m=["Schools in the district were [closed] on Monday"], a=[], t=[], p=("Zaporizhzhia", 47.85, 35.12, "UA"), d="Monday", c=A, opt=True, note="schools closed after the strike"),
 R("ASSAULT", acled=AIR, m=["In a separate [attack] on Monday morning", "a drone [struck] a car in Orikhiv"], a=[], t=["a car", "two municipal workers"], p=("Orikhiv", 47.58, 35.78, "UA"), d="Monday", i=(2, 2), c=CL, note="drone strike on car in Orikhiv (distinct)"),
]))

ARTS.append(dict(id="own_222", pub="2025-02-11", src="Burma Rights Documentation Group", wrap=True, text='''
Myanmar: "Everything that would burn" — soldiers raid villages in Sagaing's Ye-U township

Rights report, 11 February 2025. Based on interviews with 14 residents, two health workers and a local official of the National Unity Government (NUG), conducted by phone between 28 January and 8 February.

On 24 January a column of about 150 soldiers, accompanied by members of a pro-military militia, stormed a cluster of villages west of Ye-U town. Residents said the troops entered at dawn, firing into houses, and stayed for four days.

"They came in from the river side, shooting. We ran into the paddy fields with the children. They burned everything that would burn," said Daw Khin Myat, 46, a rice farmer.

Residents said soldiers set fire to at least 200 houses and looted rice, motorbikes and gold. Soldiers detained at least 11 men; two of them were found dead on 27 January near the village monastery, their hands tied. The fate of the others is unknown.

"My husband stayed behind to let the buffaloes out. He went missing that morning. On the third day we found him by the monastery wall," said Ma Thida Win, 33.

More than 6,000 people were displaced from the area and are sheltering in forest camps and in villages near Shwebo. Local defence forces loyal to the NUG said they had ambushed the column on 26 January, killing five soldiers; we could not verify this. The column pulled out of the area on 28 January.

Five days before the raid, on 19 January, a military air strike hit a monastery school near Shwebo, killing four novice monks, according to a health worker.

State media said on 30 January that troops had cleared "terrorists" from the area. The military did not respond to our questions.

Sagaing has been a centre of armed resistance since the military seized power in a coup on 1 February 2021. Local monitors say more than 80,000 houses have been burned across the region since then.

We call on the UN Security Council to refer the situation in Myanmar to the International Criminal Court.
''', recs=[
 R("ASSAULT", acled=VAC, m=["soldiers [raid] villages in Sagaing's Ye-U township", "[stormed] a cluster of villages west of Ye-U town", "the troops entered at dawn, [firing] into houses", "They came in from the river side, [shooting]", "Five days before the [raid], on 19", "troops had [cleared] \"terrorists\" from the area"], a=["a column of about 150 soldiers, accompanied by members of a pro-military militia"], t=["a cluster of villages west of Ye-U town"], p=("Ye-U", 22.77, 95.43, "MM"), d=("2025-01-24", "2025-01-28"), c=CL, note="four-day raid on villages west of Ye-U; state media version merges"),
 R("COERCE", acled=LOOT, m=["They [burned] everything that would burn", "soldiers [set] fire to at least 200 houses", "[looted] rice, motorbikes and gold"], a=["soldiers"], t=["at least 200 houses"], p=("Ye-U", 22.77, 95.43, "MM"), d=("2025-01-24", "2025-01-28"), c=CL, note="houses burned and looted"),
 R("COERCE", acled=ABD, m=["Soldiers [detained] at least 11 men", "He went [missing] that morning", "The [fate] of the others is unknown"], a=["Soldiers"], t=["at least 11 men"], p=("Ye-U", 22.77, 95.43, "MM"), d="2025-01-24", q=(11, 11), c=CL, note="11 men detained, fate unknown"),
 R("ASSAULT", acled=VAC, m=["two of them were [found] dead on 27 January", "we [found] him by the monastery wall"], a=[], t=["two of them"], p=("Ye-U", 22.77, 95.43, "MM"), d=("2025-01-24", "2025-01-27"), f=(2, 2), c=CL, note="two detainees found dead with hands tied"),
 R("MOVE", mode="flee", m=["We [ran] into the paddy fields with the children", "More than 6,000 people were [displaced] from the area"], a=["More than 6,000 people"], p=("Ye-U", 22.77, 95.43, "MM"), d=("2025-01-24", "2025-01-28"), q=(6000, 6000), c=CL, note="6,000 displaced"),
 R("ASSAULT", acled=CLASH, m=["they had [ambushed] the column on 26 January"], a=["Local defence forces loyal to the NUG"], t=["the column"], p=("Ye-U", 22.77, 95.43, "MM"), d="2025-01-26", f=(5, 5), c=CL, note="claimed ambush, unverified"),
 R("RETREAT", m=["The column [pulled] out of the area on 28 January"], a=["The column"], t=[], p=("Ye-U", 22.77, 95.43, "MM"), d="2025-01-28", c=CL, note="troops withdraw"),
 R("ASSAULT", acled=AIR, m=["a military air [strike] hit a monastery school near Shwebo"], a=[], t=["a monastery school near Shwebo"], p=("Shwebo", 22.57, 95.70, "MM"), d="2025-01-19", f=(4, 4), c=CL, note="air strike on monastery school (distinct)"),
 R("COERCE", acled=OTH, m=["the military [seized] power in a coup on 1 February 2021"], a=["the military"], t=[], p=("Myanmar", "country", "MM"), d="2021-02-01", c=A, note="background: 2021 coup, own date"),
 R("REQUEST", m=["We [call] on the UN Security Council"], a=[], t=["the UN Security Council"], p=None, d="today", c=A, note="call for ICC referral"),
]))

ARTS.append(dict(id="own_223", pub="2025-09-15", src="La Voz del Catatumbo (translated from Spanish)", text='''
ELN takes control of rural Tibú; army pulls out of post near El Tarra; hundreds displaced

Translated from Spanish

CÚCUTA — Fighters of the National Liberation Army (ELN) took control of several villages in the rural area of Tibú over the weekend after days of fighting with a dissident faction of the former FARC, community leaders said, and at least 800 people fled towards the town centre.

The fighting began on Thursday in hamlets north of the town, where the two groups exchanged fire for several hours; the ombudsman's office said four fighters and a farmer were killed.

On Saturday the ELN set up a checkpoint on the road between Tibú and El Tarra, checking the identity papers of bus passengers, and imposed a curfew from 6pm in the villages under its control, residents said. A motorcycle taxi driver who was stopped at the checkpoint that afternoon went missing; his family said armed men had taken him away.

The army pulled out of a small post near El Tarra on Sunday, saying it was reinforcing positions in the town. "The soldiers left at dawn and the same day the ELN moved in. Nobody asked us anything. They painted their flag on the school," said a farmer, Jhon Fredy Quintero, 38.

The families who fled walked or travelled in trucks to the urban centre of Tibú, where the mayor's office opened two shelters in schools. The bodies of two young men were found on Monday morning beside a track outside the town; the ombudsman's office said they had been shot.

The defence ministry said it would send 1,000 more troops to the region.

The Catatumbo has seen repeated wars between armed groups. In January this year an ELN offensive against the same dissident faction displaced more than 50,000 people, and in 2018 fighting between the ELN and the EPL emptied dozens of villages. Community leaders say violence is now a part of daily life.
''', recs=[
 R("COERCE", acled=NSAOVER, m=["ELN [takes] control of rural Tibú", "Fighters of the National Liberation Army (ELN) [took] control of several villages", "the same day the ELN [moved] in"], a=["Fighters of the National Liberation Army (ELN)"], t=["a dissident faction of the former FARC"], p=("Tibú", 8.64, -72.74, "CO"), d=("Saturday", "Sunday"), c=CL, note="ELN takes villages of rural Tibú"),
 R("ASSAULT", acled=CLASH, m=["after days of [fighting] with a dissident faction", "The [fighting] began on Thursday", "the two groups [exchanged] fire for several hours"], a=["Fighters of the National Liberation Army (ELN)"], t=["a dissident faction of the former FARC"], p=("Tibú", 8.64, -72.74, "CO"), d=("Thursday", "Sunday"), f=(5, 5), c=CL, note="ELN-dissident clashes, five killed"),
 R("MOVE", mode="flee", m=["at least 800 people [fled] towards the town centre", "The families who [fled] walked or travelled in trucks"], a=["at least 800 people"], p=("Tibú", 8.64, -72.74, "CO"), d=("Thursday", "Sunday"), q=(800, 800), c=CL, note="800 displaced to Tibú centre"),
 R("COERCE", acled=OTH, m=["the ELN [set] up a checkpoint on the road between Tibú and El Tarra", "stopped at the [checkpoint] that afternoon"], a=["the ELN"], t=["bus passengers"], p=("El Tarra", 8.58, -73.10, "CO"), d="Saturday", c=CL, note="ELN checkpoint on Tibú-El Tarra road"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["[imposed] a curfew from 6pm in the villages"], a=["the ELN"], t=[], p=("Tibú", 8.64, -72.74, "CO"), d="Saturday", c=CL, note="ELN curfew"),
 R("COERCE", acled=ABD, m=["went [missing]; his family said", "armed men had [taken] him away"], a=["armed men"], t=["A motorcycle taxi driver"], p=("El Tarra", 8.58, -73.10, "CO"), d="Saturday", q=(1, 1), c=CL, note="taxi driver disappeared at checkpoint"),
 R("RETREAT", m=["army [pulls] out of post near El Tarra", "The army [pulled] out of a small post near El Tarra", "The soldiers [left] at dawn"], a=["The army"], t=["the ELN"], p=("El Tarra", 8.58, -73.10, "CO"), d="Sunday", c=A, note="army withdraws from post, ELN moves in"),
 R("AID", m=["the mayor's office [opened] two shelters in schools"], a=["the mayor's office"], t=["The families who fled"], p=("Tibú", 8.64, -72.74, "CO"), d=("Saturday", "today"), c=A, note="shelters opened"),
 R("ASSAULT", acled=VAC, m=["The bodies of two young men were [found] on Monday morning", "they had been [shot]. The"], a=[], t=["two young men"], p=("Tibú", 8.64, -72.74, "CO"), d=("Sunday", "Monday"), f=(2, 2), c=CL, note="two young men found shot dead"),
 R("MOBILIZE", m=["it would [send] 1,000 more troops to the region"], a=["The defence ministry"], t=[], p=("Catatumbo", 8.60, -72.90, "CO"), q=(1000, 1000), c=HY, note="troop reinforcement announced"),
 R("ASSAULT", acled=CLASH, m=["an ELN [offensive] against the same dissident faction"], a=["ELN"], t=["the same dissident faction"], p=("Catatumbo", 8.60, -72.90, "CO"), d="2025-01", c=A, note="background: January offensive, own date"),
 R("MOVE", mode="flee", m=["[displaced] more than 50,000 people"], a=["more than 50,000 people"], p=("Catatumbo", 8.60, -72.90, "CO"), d="2025-01", q=(50000, 50000), c=A, note="background: January displacement"),
 R("ASSAULT", acled=CLASH, m=["in 2018 [fighting] between the ELN and the EPL"], a=["the ELN"], t=["the EPL"], p=("Catatumbo", 8.60, -72.90, "CO"), d="2018", c=A, opt=True, note="background: 2018 ELN-EPL war (year-long series)"),
]))

ARTS.append(dict(id="own_224", pub="2024-12-17", src="Punjab Political Desk", wrap=True, text='''
Farmers' foot march stopped at Shambhu; police use tear gas, 12 hurt

CHANDIGARH — Haryana police fired tear gas and water cannon on Monday to stop about 2,000 farmers from marching towards Delhi from the Shambhu border crossing, injuring at least 12 people, farmer unions said.

The farmers, who have camped at Shambhu since February, set off on foot at noon to press for a legal guarantee of minimum support prices for crops. Police halted them at a barricade of concrete blocks and barbed wire a few hundred metres into Haryana, and some tear gas shells were dropped from drones, union leaders said.

"We are not terrorists. We only want to walk to Delhi," said Gurpreet Singh Sandhu, 62, who grows wheat near Patiala.

The unions called off the march in the evening and said they would decide their next step at a meeting on Wednesday.

In the Punjab assembly there were demands for a judicial inquiry into the use of force, and opposition members walked out of the House. Haryana's chief minister said the police had acted "with restraint" and accused "outside elements" of provoking the clash.

The stand-off has become a political minefield for the ruling party, which stormed to a third term in Haryana in October. Analysts say the protest could turn into a bigger confrontation if the Centre does not open talks, and one commentator warned the government it was "fighting a losing battle".

Farmer unions say more than 700 farmers died during the year-long protests of 2020 and 2021, which ended only after the government repealed three farm laws. Police declined to comment on the use of drones.
''', recs=[
 R("PROTEST", acled=PINT, m=["Farmers' foot [march] stopped at Shambhu", "about 2,000 farmers from [marching] towards Delhi", "[set] off on foot at noon to press"], a=["about 2,000 farmers"], t=[], p=("Shambhu", 30.43, 76.66, "IN"), d="Monday", q=(2000, 2000), c=A, note="farmers' foot march towards Delhi"),
 R("PROTEST", acled=PEACE, m=["who have [camped] at Shambhu since February"], a=["The farmers"], t=[], p=("Shambhu", 30.43, 76.66, "IN"), d=("2024-02", "today"), c=A, note="farmers' protest camp at Shambhu since February"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["police [use] tear gas, 12 hurt", "Haryana police [fired] tear gas and water cannon", "Police [halted] them at a barricade", "some tear gas [shells] were dropped from drones", "of [provoking] the clash"], a=["Haryana police"], t=["about 2,000 farmers"], p=("Shambhu", 30.43, 76.66, "IN"), d="Monday", i=(12, 12), c=CL, note="police stop march with tear gas, 12 injured"),
 R("CONCEDE", m=["The unions [called] off the march in the evening"], a=["The unions"], t=[], p=("Shambhu", 30.43, 76.66, "IN"), d="Monday", c=A, note="march called off"),
 R("CONSULT", m=["decide their next step at a [meeting] on Wednesday"], a=["The unions"], t=[], p=None, d="2024-12-18", c=HY, opt=True, note="planned union meeting"),
 R("REQUEST", m=["there were [demands] for a judicial inquiry"], a=[], t=[], p=("CHANDIGARH", 30.74, 76.79, "IN"), d=("Monday", "today"), c=A, note="demands in assembly for inquiry"),
 R("PROTEST", m=["opposition members [walked] out of the House"], a=["opposition members"], t=[], p=("CHANDIGARH", 30.74, 76.79, "IN"), d=("Monday", "today"), c=A, opt=True, note="assembly walkout"),
 R("ACCUSE", m=["[accused] \"outside elements\""], a=["Haryana's chief minister"], t=["outside elements"], p=None, d=("Monday", "today"), c=A, note="CM blames outside elements"),
 R("PROTEST", acled=PEACE, m=["the year-long [protests] of 2020 and 2021"], a=[], t=[], p=("Delhi", 28.61, 77.21, "IN"), d=("2020-11-26", "2021-12-11"), c=A, opt=True, note="background: 2020-21 farmers' protests (long series)"),
 R("CONCEDE", m=["the government [repealed] three farm laws"], a=["the government"], t=[], p=None, d="2021", c=A, opt=True, note="background: farm laws repealed"),
]))
