from common import *
ARTS = []
ARTS.append(dict(id="own_225", pub="2024-07-01", src="Great Lakes Wire", text='''
M23 takes Kanyabayonga and Kayna as army pulls out; thousands flee north towards Lubero

GOMA, Democratic Republic of Congo (GLW) — M23 rebels took control of the town of Kanyabayonga in North Kivu on Friday after Congolese troops pulled out without a fight, and seized the neighbouring trading town of Kayna the next day, residents and civil society leaders said.

Soldiers of the Congolese army (FARDC) began leaving Kanyabayonga on Thursday night, some of them looting shops as they went. "They took phones and sacks of flour and drove off in trucks towards Lubero. In the morning the rebels walked in," said Jean-Paul Kambale, 41, a teacher.

In Kayna, M23 fighters clashed on Saturday with Wazalendo militiamen at the entrance to the town before taking it; a local health worker said three militiamen and a civilian were killed.

On Sunday, the rebels installed their own administrator in Kanyabayonga and told residents who had fled to come home.

Tens of thousands of people fled north towards Lubero and Butembo, many of them on foot, according to the UN humanitarian office, which said aid agencies had evacuated their staff from Kayna on Thursday.

The army's spokesman described the pullout as a "tactical withdrawal" and said troops would retake the towns "in the coming days". The government in Kinshasa accuses Rwanda of backing the M23, which Kigali denies.

The rebels first captured Goma, the provincial capital, in November 2012 and pulled out of it under international pressure about ten days later. More than 7 million people are displaced across Congo, according to the UN, and the fighting in North Kivu has become "a war without end", one aid worker said.
''', recs=[
 R("COERCE", acled=NSAOVER, m=["M23 [takes] Kanyabayonga and Kayna", "M23 rebels [took] control of the town of Kanyabayonga", "In the morning the rebels [walked] in"], a=["M23 rebels"], t=[], p=("Kanyabayonga", -0.70, 29.17, "CD"), d="Friday", c=CL, note="M23 takes Kanyabayonga after army leaves"),
 R("RETREAT", m=["as army [pulls] out", "after Congolese troops [pulled] out without a fight", "began [leaving] Kanyabayonga on Thursday night", "described the [pullout] as a \"tactical withdrawal\""], a=["Soldiers of the Congolese army (FARDC)", "Congolese troops"], t=[], p=("Kanyabayonga", -0.70, 29.17, "CD"), d=("Thursday", "Friday"), c=CL, note="FARDC withdrawal from Kanyabayonga"),
 R("COERCE", acled=LOOT, m=["some of them [looting] shops as they went", "They [took] phones and sacks of flour"], a=["Soldiers of the Congolese army (FARDC)"], t=["shops"], p=("Kanyabayonga", -0.70, 29.17, "CD"), d="Thursday", c=CL, note="retreating soldiers loot shops"),
 R("COERCE", acled=NSAOVER, also=["ASSAULT"], m=["[seized] the neighbouring trading town of Kayna", "M23 fighters [clashed] on Saturday with Wazalendo militiamen", "three militiamen and a civilian were [killed]"], a=["M23 fighters"], t=["Wazalendo militiamen"], p=("Kayna", -0.61, 29.17, "CD"), d="Saturday", f=(4, 4), c=CL, note="M23 takes Kayna after clash with Wazalendo (distinct takeover)"),
 R("COERCE", acled=OTH, m=["the rebels [installed] their own administrator in Kanyabayonga"], a=["the rebels"], t=[], p=("Kanyabayonga", -0.70, 29.17, "CD"), d="Sunday", c=CL, note="rebel administrator installed"),
 R("REQUEST", m=["[told] residents who had fled to come home"], a=["the rebels"], t=["residents who had fled"], p=("Kanyabayonga", -0.70, 29.17, "CD"), d="Sunday", c=CL, note="rebels tell displaced to return"),
 R("MOVE", mode="flee", m=["thousands [flee] north towards Lubero", "Tens of thousands of people [fled] north towards Lubero and Butembo"], a=["Tens of thousands of people"], p=("Lubero", -0.16, 29.24, "CD"), d=("Thursday", "Sunday"), q=(10000, 90000), c=CL, note="mass flight north"),
 R("MOVE", mode="relocate", m=["aid agencies had [evacuated] their staff from Kayna"], a=["aid agencies"], t=["their staff"], p=("Kayna", -0.61, 29.17, "CD"), d="Thursday", c=CL, note="aid staff evacuated"),
 R("COERCE", acled=GOVREG, m=["troops would [retake] the towns"], a=["troops"], t=[], p=("Kanyabayonga", -0.70, 29.17, "CD"), c=HY, opt=True, note="army vows to retake towns"),
 R("ACCUSE", m=["The government in Kinshasa [accuses] Rwanda"], a=["The government in Kinshasa"], t=["Rwanda"], p=None, c=A, opt=True, note="standing accusation (habitual)"),
 R("REJECT", m=["which Kigali [denies]"], a=["Kigali"], t=[], p=None, c=DN, opt=True, note="standing denial (habitual)"),
 R("COERCE", acled=NSAOVER, m=["The rebels first [captured] Goma, the provincial capital"], a=["The rebels"], t=[], p=("Goma", -1.67, 29.23, "CD"), d="2012-11", c=A, note="background: M23 captured Goma, November 2012"),
 R("RETREAT", m=["[pulled] out of it under international pressure"], a=["The rebels"], t=[], p=("Goma", -1.67, 29.23, "CD"), d=("2012-11-28", "2012-12-03"), c=A, note="background: M23 left Goma ten days later"),
]))

ARTS.append(dict(id="own_226", pub="2025-05-05", src="Northern Nigeria Wire Service", text='''
Suicide bomber kills eight at Dikwa food distribution; police suspect ISWAP

MAIDUGURI, Nigeria (NWS) — A female suicide bomber blew herself up among people queueing for food rations at a camp for displaced people in Dikwa, Borno state, on Sunday morning, killing eight people and wounding at least 19, an emergency official and a member of a local militia said.

The explosion happened shortly after 9am outside a warehouse where an aid group was handing out sorghum and cooking oil. Witnesses said the woman had tried to join the line of women waiting for rations before a militiaman challenged her.

"She pushed past me and then there was fire everywhere. I was thrown on top of my daughter," said Falmata Bukar, 35, who was treated for burns at the Dikwa general hospital. "The woman who was standing in front of me died."

Borno state's emergency agency said the most seriously hurt had been flown to Maiduguri by helicopter. The aid group suspended distributions in the camp after the attack.

No group has said it carried out Sunday's bombing, but police suspected ISWAP, the Islamic State's West Africa Province, which is active around Dikwa and Marte.

Hours after the blast, soldiers arrested two teenage boys near the camp who they said had been sent to guide the bomber. The army said on Monday that the boys had been handed over to the police.

The state governor visited the camp on Monday and promised more guards at food distribution points.

ISWAP fighters overran Dikwa in March 2021 and burned a UN aid hub before troops drove them out. The insurgency in the northeast has killed more than 40,000 people since 2009, and suicide bombers "can strike anywhere there is a crowd", a security analyst said.
''', recs=[
 R("ASSAULT", acled=SUIC, m=["Suicide [bomber] kills eight at Dikwa food distribution", "A female suicide bomber [blew] herself up", "The [explosion] happened shortly after 9am", "then there was [fire] everywhere", "The woman who was standing in front of me [died]", "in the camp after the [attack]", "carried out Sunday's [bombing]", "Hours after the [blast], soldiers"], a=["A female suicide bomber"], t=["people queueing for food rations"], p=("Dikwa", 12.04, 13.92, "NG"), d="Sunday", f=(8, 8), i=(19, 19), c=CL, note="suicide bombing at Dikwa food distribution; all retellings merge"),
 R("AID", m=["an aid group was [handing] out sorghum and cooking oil"], a=["an aid group"], t=[], p=("Dikwa", 12.04, 13.92, "NG"), d="Sunday", c=A, note="food distribution under way"),
 R("AID", m=["had been [flown] to Maiduguri by helicopter"], a=["Borno state's emergency agency"], t=["the most seriously hurt"], p=("Maiduguri", 11.85, 13.16, "NG"), d="Sunday", c=A, opt=True, note="medevac of wounded"),
 R("ACCUSE", m=["police [suspect] ISWAP", "police [suspected] ISWAP, the Islamic State's"], a=["police"], t=["ISWAP, the Islamic State's West Africa Province"], p=None, d=("Sunday", "today"), c=BL, note="police suspect ISWAP"),
 R("COERCE", acled=ARR, m=["soldiers [arrested] two teenage boys near the camp"], a=["soldiers"], t=["two teenage boys"], p=("Dikwa", 12.04, 13.92, "NG"), d="Sunday", q=(2, 2), c=CL, note="two boys arrested as alleged guides"),
 R("COERCE", m=["the boys had been [handed] over to the police"], a=["The army"], t=["the boys"], p=("Dikwa", 12.04, 13.92, "NG"), d=("Sunday", "Monday"), q=(2, 2), c=CL, note="army hands detainees to police"),
 R("CONSULT", m=["The state governor [visited] the camp on Monday"], a=["The state governor"], t=[], p=("Dikwa", 12.04, 13.92, "NG"), d="Monday", c=A, opt=True, note="governor visit"),
 R("MOBILIZE", m=["[promised] more guards at food distribution points"], a=["The state governor"], t=[], p=("Dikwa", 12.04, 13.92, "NG"), d="Monday", c=HY, opt=True, note="promised extra guards"),
 R("COERCE", acled=NSAOVER, m=["ISWAP fighters [overran] Dikwa in March 2021"], a=["ISWAP fighters"], t=[], p=("Dikwa", 12.04, 13.92, "NG"), d="2021-03", c=A, note="background: ISWAP overran Dikwa, March 2021"),
 R("COERCE", acled=LOOT, m=["[burned] a UN aid hub"], a=["ISWAP fighters"], t=["a UN aid hub"], p=("Dikwa", 12.04, 13.92, "NG"), d="2021-03", c=A, note="background: UN hub burned"),
 R("COERCE", acled=GOVREG, m=["before troops [drove] them out"], a=["troops"], t=["ISWAP fighters"], p=("Dikwa", 12.04, 13.92, "NG"), d="2021-03", c=A, note="background: troops retook Dikwa"),
]))

ARTS.append(dict(id="own_227", pub="2025-06-24", src="Sudan Humanitarian Partners Forum", wrap=True, text='''
Sudan: Kordofan flash update — drone kills five in Kadugli market; Dilling hospital shelled; RSF takes Abu Zabad

Flash update No. 6, 16–22 June 2025. Information from local partners, health facilities and displaced people; some incidents could not be independently verified.

Kadugli. On 17 June a drone struck the main market in Kadugli at midday, killing five traders and injuring 14, health workers said. A second drone hit a fuel depot on the southern edge of the town on 20 June; no casualties were reported, but the fire burned for two days and fuel prices doubled.

Dilling. Shells fired from positions held by the Rapid Support Forces (RSF) and the SPLM-North hit the grounds of Dilling teaching hospital on 18 June, killing a nurse and two patients. The hospital moved its maternity ward to a school in the town. "The shell came through the roof of the children's ward. We carried the babies out in our arms," said a nurse, Amna Kuku, 29. On 21 June the Sudanese Armed Forces (SAF) said they had repelled an RSF assault on the eastern edge of Dilling; we have no casualty figures.

Abu Zabad. The RSF took control of Abu Zabad, in West Kordofan, on 19 June after SAF units withdrew towards El Obeid. About 1,400 families have since fled east. New arrivals in El Obeid said RSF fighters had searched homes, taken young men away and torched part of the market. Three of the men were found dead outside the town two days later, relatives said.

Response. A WFP convoy delivered food for 20,000 people to Kadugli on 21 June, the first to reach the town since April.

Context. The war that began in April 2023 has displaced more than 12 million people across Sudan, and South Kordofan has been under partial siege for more than a year. Attacks on health facilities are now a frequent occurrence.
''', recs=[
 R("ASSAULT", acled=AIR, m=["drone [kills] five in Kadugli market", "a drone [struck] the main market in Kadugli"], a=[], t=["the main market in Kadugli"], p=("Kadugli", 11.01, 29.72, "SD"), d="2025-06-17", f=(5, 5), i=(14, 14), c=CL, note="drone strike on Kadugli market"),
 R("ASSAULT", acled=AIR, m=["A second drone [hit] a fuel depot", "the [fire] burned for two days"], a=[], t=["a fuel depot on the southern edge of the town"], p=("Kadugli", 11.01, 29.72, "SD"), d="2025-06-20", f=(0, 0), c=CL, note="drone strike on fuel depot (distinct)"),
 R("ASSAULT", acled=SHELL, m=["Dilling hospital [shelled]", "Shells [fired] from positions held by the Rapid Support Forces (RSF)", "The [shell] came through the roof"], a=["the Rapid Support Forces (RSF) and the SPLM-North"], t=["the grounds of Dilling teaching hospital"], p=("Dilling", 12.05, 29.65, "SD"), d="2025-06-18", f=(3, 3), c=CL, note="shelling of Dilling hospital"),
 R("MOVE", mode="relocate", m=["The hospital [moved] its maternity ward to a school", "We [carried] the babies out in our arms"], a=["The hospital"], t=[], p=("Dilling", 12.05, 29.65, "SD"), d="2025-06-18", c=A, note="maternity ward evacuated"),
 R("ASSAULT", acled=CLASH, m=["they had [repelled] an RSF assault"], a=["RSF"], t=["the Sudanese Armed Forces (SAF)"], p=("Dilling", 12.05, 29.65, "SD"), d="2025-06-21", c=CL, note="RSF assault on Dilling repelled (SAF claim)"),
 R("COERCE", acled=NSAOVER, m=["RSF [takes] Abu Zabad", "The RSF [took] control of Abu Zabad"], a=["The RSF"], t=["SAF units"], p=("Abu Zabad", 12.35, 29.25, "SD"), d="2025-06-19", c=CL, note="RSF takes Abu Zabad"),
 R("RETREAT", m=["after SAF units [withdrew] towards El Obeid"], a=["SAF units"], t=[], p=("Abu Zabad", 12.35, 29.25, "SD"), d="2025-06-19", c=CL, note="SAF withdraws from Abu Zabad"),
 R("MOVE", mode="flee", m=["About 1,400 families have since [fled] east", "New [arrivals] in El Obeid said"], a=["About 1,400 families"], p=("El Obeid", 13.18, 30.22, "SD"), d=("2025-06-19", "2025-06-22"), c=CL, note="1,400 families flee to El Obeid"),
 R("COERCE", acled=ABD, m=["[taken] young men away"], a=["RSF fighters"], t=["young men"], p=("Abu Zabad", 12.35, 29.25, "SD"), d=("2025-06-19", "2025-06-22"), c=CL, note="young men taken away"),
 R("COERCE", acled=LOOT, m=["[torched] part of the market"], a=["RSF fighters"], t=["part of the market"], p=("Abu Zabad", 12.35, 29.25, "SD"), d=("2025-06-19", "2025-06-22"), c=CL, note="market burned"),
 R("ASSAULT", acled=VAC, m=["Three of the men were [found] dead outside the town"], a=[], t=["Three of the men"], p=("Abu Zabad", 12.35, 29.25, "SD"), d=("2025-06-19", "2025-06-22"), f=(3, 3), c=CL, note="three abducted men found dead"),
 R("COERCE", m=["South Kordofan has been under partial [siege]"], a=[], t=["South Kordofan"], p=("South Kordofan", 11.01, 29.72, "SD"), c=A, opt=True, note="ongoing partial siege (state description)"),
 R("AID", m=["A WFP convoy [delivered] food for 20,000 people to Kadugli"], a=["A WFP convoy"], t=["20,000 people"], p=("Kadugli", 11.01, 29.72, "SD"), d="2025-06-21", q=(20000, 20000), c=A, note="WFP convoy reaches Kadugli"),
]))

ARTS.append(dict(id="own_228", pub="2024-09-10", src="Visayas News Service", text='''
Two soldiers, three NPA rebels killed in Negros Oriental clash; alleged commander arrested in Bacolod

DUMAGUETE CITY, Philippines (VNS) — Two soldiers and three suspected New People's Army (NPA) rebels were killed in a gunfight in the hills of Guihulngan City, Negros Oriental, on Sunday morning, the army said.

Troops of the 62nd Infantry Battalion were checking reports from residents that armed men had been collecting "revolutionary taxes" from farmers when they came under fire near a sugarcane farm, the battalion commander said. The firefight lasted about 40 minutes. Soldiers recovered four rifles and a grenade launcher at the site.

In a separate operation on Monday, police and soldiers arrested an alleged NPA regional commander, Rodel Magbanua, 54, at a rented house in Bacolod City on a warrant for murder. Police said a neighbour had reported him to authorities after recognising him from a wanted poster. Following his arrest, officers searched the house and said they found a pistol and two hand grenades. His lawyer said the weapons were planted and that Magbanua was a peace consultant.

On Saturday, seven NPA members surrendered to the army in Kabankalan City and handed over five rifles, according to a regional task force.

The Negros Oriental governor said he had authorised the deployment of two more police companies to the upland villages of Guihulngan.

Guihulngan was the scene of an NPA ambush in July 2018 in which six police officers were killed. The communist insurgency, one of Asia's longest, has killed more than 40,000 people since 1969, and officials now routinely describe the rebels as "a spent force".
''', recs=[
 R("ASSAULT", acled=CLASH, m=["Two soldiers, three NPA rebels [killed] in Negros Oriental clash", "were killed in a [gunfight] in the hills of Guihulngan City", "they [came] under fire near a sugarcane farm", "The [firefight] lasted about 40 minutes"], a=["Troops of the 62nd Infantry Battalion"], t=["three suspected New People's Army (NPA) rebels"], p=("Guihulngan City", 10.12, 123.27, "PH"), d="Sunday", f=(5, 5), c=CL, note="army-NPA firefight in Guihulngan"),
 R("COERCE", m=["armed men had been [collecting] \"revolutionary taxes\" from farmers"], a=["armed men"], t=["farmers"], p=("Guihulngan City", 10.12, 123.27, "PH"), c=CL, opt=True, note="reported NPA extortion"),
 R("COERCE", acled=DISR, m=["Soldiers [recovered] four rifles and a grenade launcher"], a=["Soldiers"], t=["four rifles and a grenade launcher"], p=("Guihulngan City", 10.12, 123.27, "PH"), d="Sunday", c=CL, note="weapons recovered after clash"),
 R("COERCE", acled=ARR, m=["alleged commander [arrested] in Bacolod", "police and soldiers [arrested] an alleged NPA regional commander", "Following his [arrest], officers"], a=["police and soldiers"], t=["an alleged NPA regional commander, Rodel Magbanua"], p=("Bacolod City", 10.67, 122.95, "PH"), d="Monday", q=(1, 1), c=CL, note="NPA commander arrested; 'following his arrest' retells it"),
 R("ACCUSE", m=["on a [warrant] for murder"], a=[], t=["Rodel Magbanua"], p=None, c=A, note="murder warrant"),
 R("ACCUSE", m=["a neighbour had [reported] him to authorities"], a=["a neighbour"], t=["Rodel Magbanua"], p=("Bacolod City", 10.67, 122.95, "PH"), c=CL, note="neighbour reports him to authorities"),
 R("COERCE", acled=DISR, m=["officers [searched] the house", "said they [found] a pistol and two hand grenades"], a=["officers"], t=["the house"], p=("Bacolod City", 10.67, 122.95, "PH"), d="Monday", c=CL, note="search finds weapons (disputed)"),
 R("ACCUSE", also=["REJECT"], m=["His lawyer said the weapons were [planted]"], a=["His lawyer"], t=[], p=None, d=("Monday", "today"), c=CL, note="lawyer says weapons planted"),
 R("MOVE", mode="defect", also=["CONCEDE"], acled=CHG, m=["seven NPA members [surrendered] to the army in Kabankalan City", "[handed] over five rifles"], a=["seven NPA members"], t=["the army"], p=("Kabankalan City", 9.98, 122.81, "PH"), d="Saturday", q=(7, 7), c=CL, note="seven NPA surrender with rifles"),
 R("MOBILIZE", m=["he had [authorised] the deployment of two more police companies"], a=["The Negros Oriental governor"], t=[], p=("Guihulngan", 10.12, 123.27, "PH"), d=("Sunday", "today"), c=A, note="governor authorises police deployment"),
 R("ASSAULT", acled=CLASH, m=["an NPA [ambush] in July 2018"], a=["NPA"], t=["six police officers"], p=("Guihulngan", 10.12, 123.27, "PH"), d="2018-07", f=(6, 6), c=A, note="background: 2018 ambush, own date"),
]))

ARTS.append(dict(id="own_229", pub="2025-07-07", src="Chicago Neighborhood News", text='''
At least 19 shot, four fatally, over holiday weekend in Chicago

At least 19 people were shot, four of them fatally, in Chicago between Friday evening and early Monday, police said, a quieter Fourth of July weekend than in recent years.

The first fatal shooting happened about 9:40 p.m. Friday in the Austin neighborhood, where a 27-year-old man was standing on a sidewalk on West Madison Street when someone in a passing SUV opened fire. He was pronounced dead at a hospital.

Early Saturday, a 16-year-old boy was killed and two other teenagers were wounded outside a house party in Englewood. Police said an argument broke out shortly before a gunman fired into the crowd.

On Saturday afternoon in Little Village, a 45-year-old woman sitting on her porch was struck in the leg by a stray bullet. She was taken to a hospital in good condition.

Late Sunday, a 31-year-old man was found shot dead in a parked car in South Shore after neighbors called 911 to report gunfire.

A 20-year-old man was arrested Sunday in connection with Friday's shooting in Austin, and charges were pending, police said. Following his arrest, detectives recovered a handgun from the SUV.

In a separate case, a 19-year-old man charged with murder in the March shooting death of a 22-year-old in Humboldt Park pleaded not guilty at his arraignment on Monday.

Most of the other victims were wounded in the arms or legs. A police spokesman declined to comment on a motive in any of the weekend's shootings.

Shootings in the city are down about 30 percent from last year, and the mayor said Chicago had "dodged a bullet" compared with previous holiday weekends. The city recorded more than 500 homicides in 2024.
''', recs=[
 R("ASSAULT", m=["At least 19 [shot], four fatally", "At least 19 people were [shot], four of them fatally"], a=[], t=["At least 19 people"], p=("Chicago", 41.88, -87.63, "US"), d=("Friday", "Monday"), f=(4, 4), i=(15, 15), c=A, opt=True, note="weekend total (series told as one)"),
 R("ASSAULT", m=["The first fatal [shooting] happened", "someone in a passing SUV [opened] fire", "He was pronounced [dead] at a hospital", "in connection with Friday's [shooting] in Austin"], a=["someone in a passing SUV"], t=["a 27-year-old man"], p=("Austin", 41.89, -87.76, "US"), d="Friday", f=(1, 1), c=A, note="drive-by killing in Austin"),
 R("ASSAULT", m=["a 16-year-old boy was [killed] and two other teenagers were wounded", "a gunman [fired] into the crowd"], a=["a gunman"], t=["a 16-year-old boy", "two other teenagers"], p=("Englewood", 41.78, -87.64, "US"), d="Saturday", f=(1, 1), i=(2, 2), c=A, note="shooting at Englewood party"),
 R("ASSAULT", m=["was [struck] in the leg by a stray bullet"], a=[], t=["a 45-year-old woman sitting on her porch"], p=("Little Village", 41.84, -87.71, "US"), d="Saturday", i=(1, 1), c=A, note="woman hit by stray bullet"),
 R("ASSAULT", m=["a 31-year-old man was [found] shot dead in a parked car"], a=[], t=["a 31-year-old man"], p=("South Shore", 41.76, -87.57, "US"), d="Sunday", f=(1, 1), c=A, note="man found shot dead in car"),
 R("COERCE", m=["A 20-year-old man was [arrested] Sunday", "Following his [arrest], detectives"], a=["police"], t=["A 20-year-old man"], p=("Austin", 41.89, -87.76, "US"), d="Sunday", q=(1, 1), c=A, note="arrest over Austin shooting"),
 R("COERCE", m=["detectives [recovered] a handgun from the SUV"], a=["detectives"], t=["a handgun"], p=("Austin", 41.89, -87.76, "US"), d=("Sunday", "today"), c=A, note="handgun recovered"),
 R("ASSAULT", m=["in the March [shooting] death of a 22-year-old"], a=["a 19-year-old man"], t=["a 22-year-old"], p=("Humboldt Park", 41.90, -87.72, "US"), d="2025-03", f=(1, 1), c=CL, note="background: March killing, own date"),
 R("ACCUSE", m=["a 19-year-old man [charged] with murder"], a=[], t=["a 19-year-old man"], p=None, c=A, note="murder charge"),
]))

ARTS.append(dict(id="own_230", pub="2025-09-23", src="Sahel Transport Monitor", text='''
Mali: fuel convoy attacked near Kayes, 20 tankers burned; three drivers found dead

BAMAKO — Fighters of the al-Qaeda-linked JNIM attacked a convoy of fuel tankers on the road between Kayes and Diéma on Sunday and torched at least 20 trucks, transport unions said.

The convoy, which had crossed from Senegal on Saturday with a military escort, was stopped about 60 kilometres east of Kayes when the fighters fired on the lead vehicles. Soldiers in the escort returned fire; the army said it had killed "several terrorists" and lost two men.

Three drivers went missing during the attack. Their bodies were found on Monday beside the road, said Bakary Sissoko, a union official. "They were shot in the head. We will not drive again until the road is safe," he said.

The army said its aircraft had struck JNIM positions near Diéma on Monday, killing about 30 fighters. The claim could not be verified.

Elsewhere, residents said JNIM fighters set up a checkpoint on the road north of Nioro du Sahel on Friday, stopping buses and beating a driver who was carrying fuel in jerrycans.

The authorities in Kayes imposed a night-time ban on tanker traffic from Monday, and the drivers' union announced a strike on the Kayes–Bamako corridor from Wednesday.

JNIM declared a blockade on fuel imports to Mali in early September and has since attacked dozens of convoys, causing long queues at petrol stations in Bamako. Thousands of civilians have been killed in the country since the conflict began in 2012, and many drivers now say that every trip "is a gamble with death".
''', recs=[
 R("ASSAULT", acled=CLASH, m=["fuel convoy [attacked] near Kayes", "JNIM [attacked] a convoy of fuel tankers", "the fighters [fired] on the lead vehicles", "Soldiers in the escort [returned] fire"], a=["Fighters of the al-Qaeda-linked JNIM"], t=["a convoy of fuel tankers", "Soldiers in the escort"], p=("Kayes", 14.45, -11.44, "ML"), d="Sunday", f=(2, 11), c=CL, note="JNIM attack on escorted fuel convoy"),
 R("COERCE", acled=LOOT, m=["20 tankers [burned]", "[torched] at least 20 trucks"], a=["Fighters of the al-Qaeda-linked JNIM"], t=["at least 20 trucks"], p=("Kayes", 14.45, -11.44, "ML"), d="Sunday", c=CL, note="tankers burned"),
 R("ASSAULT", acled=VAC, m=["three drivers [found] dead", "Three drivers went [missing] during the attack", "Their bodies were [found] on Monday", "They were [shot] in the head"], a=[], t=["Three drivers"], p=("Kayes", 14.45, -11.44, "ML"), d=("Sunday", "Monday"), f=(3, 3), c=CL, note="three missing drivers found shot dead"),
 R("ASSAULT", acled=AIR, m=["its aircraft had [struck] JNIM positions near Diéma"], a=["The army"], t=["JNIM positions near Diéma"], p=("Diéma", 14.54, -9.19, "ML"), d="Monday", f=(30, 30), c=CL, note="claimed air strikes near Diéma"),
 R("COERCE", acled=OTH, m=["JNIM fighters [set] up a checkpoint on the road north of Nioro du Sahel"], a=["JNIM fighters"], t=["buses"], p=("Nioro du Sahel", 15.23, -9.59, "ML"), d="Friday", c=CL, note="JNIM checkpoint north of Nioro"),
 R("ASSAULT", acled=VAC, m=["[beating] a driver who was carrying fuel in jerrycans"], a=["JNIM fighters"], t=["a driver who was carrying fuel in jerrycans"], p=("Nioro du Sahel", 15.23, -9.59, "ML"), d="Friday", i=(1, 1), c=CL, note="driver beaten at checkpoint"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["The authorities in Kayes [imposed] a night-time ban"], a=["The authorities in Kayes"], t=[], p=("Kayes", 14.45, -11.44, "ML"), d="Monday", c=A, note="night ban on tanker traffic"),
 R("PROTEST", m=["announced a [strike] on the Kayes–Bamako corridor"], a=["the drivers' union"], t=[], p=("Kayes", 14.45, -11.44, "ML"), d="2025-09-24", c=HY, note="drivers' strike announced"),
 R("THREATEN", also=["COERCE"], m=["JNIM [declared] a blockade on fuel imports"], a=["JNIM"], t=[], p=("Mali", "country", "ML"), d=("2025-09-01", "2025-09-10"), c=A, note="background: fuel blockade declared, own date"),
]))

ARTS.append(dict(id="own_231", pub="2025-04-15", src="Levant News Wire", wrap=True, text='''
Israeli strikes kill four in south Lebanon despite ceasefire; Lebanese army sets up checkpoints in Khiam

BEIRUT (LNW) — Israeli drone and air strikes killed four people in three separate attacks in southern Lebanon between Friday and Monday, the health ministry said, in the latest violations of the November ceasefire.

On Friday, a drone struck a motorcycle on the outskirts of Bint Jbeil, killing its rider. The Israeli military said it had targeted a Hezbollah operative who was trying to rebuild infrastructure in the area.

On Sunday, two men were killed when a drone hit a pickup truck in Kfar Kila. Residents said the men were labourers clearing rubble from a destroyed house. "My brother went out at six to clear the stones. At eight they called to say he was dead," said Hussein Srour, 40.

Early on Monday, Israeli jets carried out several strikes on hills outside Nabatieh, hitting what the army described as a rocket launch site. A shepherd was killed, the ministry said.

The Lebanese army said it had deployed additional troops to Khiam and set up checkpoints at the entrances of the town, which Israeli forces pulled out of in December. Israeli troops still hold five hilltop positions inside Lebanon.

President Joseph Aoun called on the United States and France, which oversee the truce, to press Israel to stop the attacks.

Much of the border area was devastated in the 2006 war and again during 14 months of fighting between Israel and Hezbollah that ended with the ceasefire on 27 November. Lebanese authorities say more than 4,000 people were killed in that fighting.
''', recs=[
 R("ASSAULT", acled=AIR, m=["Israeli strikes [kill] four in south Lebanon", "Israeli drone and air strikes [killed] four people in three separate attacks"], a=[], t=[], p=("southern Lebanon", 33.27, 35.40, "LB"), d=("Friday", "Monday"), f=(4, 4), c=CL, opt=True, note="summary of three strikes (series told as one)"),
 R("ASSAULT", acled=AIR, m=["a drone [struck] a motorcycle on the outskirts of Bint Jbeil", "it had [targeted] a Hezbollah operative"], a=["The Israeli military"], t=["a motorcycle", "a Hezbollah operative"], p=("Bint Jbeil", 33.12, 35.43, "LB"), d="Friday", f=(1, 1), c=CL, note="drone strike on motorcycle near Bint Jbeil"),
 R("ASSAULT", acled=AIR, m=["two men were [killed] when a drone hit a pickup truck", "they called to say he was [dead]"], a=[], t=["two men", "a pickup truck in Kfar Kila"], p=("Kfar Kila", 33.28, 35.55, "LB"), d="Sunday", f=(2, 2), c=CL, note="drone strike on pickup in Kfar Kila (distinct)"),
 R("ASSAULT", acled=AIR, m=["Israeli jets [carried] out several strikes on hills outside Nabatieh", "A shepherd was [killed], the ministry said"], a=["Israeli jets"], t=["a rocket launch site"], p=("Nabatieh", 33.38, 35.48, "LB"), d="Monday", f=(1, 1), c=CL, note="air strikes near Nabatieh (distinct)"),
 R("MOBILIZE", m=["Lebanese army [sets] up checkpoints in Khiam", "it had [deployed] additional troops to Khiam", "[set] up checkpoints at the entrances of the town"], a=["The Lebanese army"], t=[], p=("Khiam", 33.33, 35.61, "LB"), c=A, note="Lebanese army deployment in Khiam"),
 R("RETREAT", acled=NVT, m=["which Israeli forces [pulled] out of in December"], a=["Israeli forces"], t=[], p=("Khiam", 33.33, 35.61, "LB"), d="2024-12", c=A, note="background: Israeli withdrawal from Khiam, December"),
 R("REQUEST", m=["President Joseph Aoun [called] on the United States and France"], a=["President Joseph Aoun"], t=["the United States and France"], p=None, c=A, note="Aoun asks US and France to press Israel"),
 R("ASSAULT", m=["devastated in the 2006 [war]"], a=[], t=[], p=("Lebanon", "country", "LB"), d="2006", c=A, opt=True, note="background: 2006 war (series)"),
 R("ASSAULT", acled=CLASH, m=["14 months of [fighting] between Israel and Hezbollah"], a=["Israel"], t=["Hezbollah"], p=("Lebanon", "country", "LB"), d=("2023-10-08", "2024-11-27"), c=A, opt=True, note="background: 2023-24 war (series)"),
 R("AGREE", acled=AGR, m=["violations of the November [ceasefire]", "which oversee the [truce], to", "ended with the [ceasefire] on 27 November"], a=["Israel and Hezbollah"], t=[], p=("Lebanon", "country", "LB"), d="2024-11-27", c=A, note="background: 27 November 2024 ceasefire"),
]))

ARTS.append(dict(id="own_232", pub="2025-09-12", src="Brazil Politics Wire", wrap=True, text='''
Brazil's Supreme Court sentences two more 8 January rioters; truckers block BR-163 to demand amnesty

BRASÍLIA — Brazil's Supreme Court on Thursday sentenced two more people to prison for taking part in the storming of the presidential palace, Congress and the court itself in Brasília on 8 January 2023, when thousands of supporters of the former president ransacked the buildings a week after the new government took office.

A 39-year-old hairdresser from Londrina, in Paraná, was sentenced to 14 years for damage to federal property and attempting to abolish the democratic rule of law. A retired soldier from Goiânia received 16 years. Both had been arrested inside the Planalto palace on the day of the riot.

On the same day, about 200 truck drivers blocked a stretch of the BR-163 highway near Sinop, in Mato Grosso, demanding that Congress pass a bill granting amnesty to those convicted. "I drove 1,000 kilometres to be here. We are not criminals, we are patriots," said one of the truckers, Valdir Schneider, 52. Federal highway police cleared the road after six hours and fined nine drivers.

In Congress there were demands from right-wing deputies for the amnesty bill to be put to a vote next week, but the speaker said it would be "dead on arrival" without broader support. Government allies warned that an amnesty would be a green light for the next attack on democracy.

More than 600 people have been convicted over the riots so far. Financial markets shrugged off the ruling, and the real was steady against the dollar.
''', recs=[
 R("SANCTION", m=["Brazil's Supreme Court [sentences] two more 8 January rioters", "Brazil's Supreme Court on Thursday [sentenced] two more people to prison", "was [sentenced] to 14 years for damage", "A retired soldier from Goiânia [received] 16 years"], a=["Brazil's Supreme Court"], t=["A 39-year-old hairdresser from Londrina", "A retired soldier from Goiânia"], p=("Brasília", -15.78, -47.93, "BR"), d="Thursday", q=(2, 2), c=A, note="two more 8 January rioters sentenced"),
 R("PROTEST", acled=RIOT, m=["the [storming] of the presidential palace", "[ransacked] the buildings a week after", "on the day of the [riot]", "convicted over the [riots] so far"], a=["thousands of supporters of the former president"], t=["the presidential palace, Congress and the court"], p=("Brasília", -15.78, -47.93, "BR"), d="2023-01-08", q=(2000, 9000), c=A, note="background: 8 January 2023 riot, own date; later references merge"),
 R("COERCE", acled=ARR, m=["Both had been [arrested] inside the Planalto palace"], a=[], t=["A 39-year-old hairdresser from Londrina", "A retired soldier from Goiânia"], p=("Brasília", -15.78, -47.93, "BR"), d="2023-01-08", q=(2, 2), c=A, note="background: arrests in the palace"),
 R("PROTEST", acled=PINT, m=["truckers [block] BR-163 to demand amnesty", "about 200 truck drivers [blocked] a stretch of the BR-163 highway"], a=["about 200 truck drivers"], t=["Congress"], p=("Sinop", -11.86, -55.50, "BR"), d="Thursday", q=(200, 200), c=A, note="truckers' highway blockade for amnesty"),
 R("COERCE", m=["Federal highway police [cleared] the road after six hours"], a=["Federal highway police"], t=["about 200 truck drivers"], p=("Sinop", -11.86, -55.50, "BR"), d="Thursday", c=A, note="police clear blockade"),
 R("SANCTION", m=["and [fined] nine drivers"], a=["Federal highway police"], t=["nine drivers"], p=("Sinop", -11.86, -55.50, "BR"), d="Thursday", q=(9, 9), c=A, note="nine drivers fined"),
 R("REQUEST", m=["there were [demands] from right-wing deputies"], a=["right-wing deputies"], t=[], p=("Brasília", -15.78, -47.93, "BR"), d=("Thursday", "today"), c=A, note="deputies demand amnesty vote"),
]))
