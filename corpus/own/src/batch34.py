from common import *
ARTS = []
ARTS.append(dict(id="own_197", pub="2024-10-01", src="Iberian Press Agency", text='''
Pirogue with 180 reaches El Hierro as another capsizes off Nouakchott

LA RESTINGA, Spain (IPA) — A wooden pirogue carrying 180 people, among them 23 women and nine children, reached the port of La Restinga on the Canary island of El Hierro on Monday after nine days at sea, Spain's maritime rescue service said.

The boat had left Mbour, on Senegal's Petite Côte, on 21 September. The Red Cross said three passengers were taken to hospital with dehydration and burns from fuel mixed with sea water.

Off the coast of Mauritania, a pirogue carrying about 90 people capsized on Sunday night about 4 km from Nouakchott, the Mauritanian coastguard said. Fishermen and coastguard divers recovered 31 bodies, and 26 people were pulled out alive. The boat had set out from Gambia a week earlier.

In Senegal, the navy said it had intercepted a pirogue with 211 people on board off Saint-Louis on Saturday and brought them back to port. The passengers, from Senegal, Guinea and Mali, were handed over to the police. Gendarmes in Mbour separately arrested five men accused of organising departures and seized two outboard motors and 40 jerrycans of fuel.

More than 30,000 migrants reached the Canaries by sea in the first nine months of the year, according to Spain's interior ministry. Regional leaders in the islands have asked Madrid to share out unaccompanied minors among the other regions.

"In Senegal there is no work for fishermen any more. The big foreign boats have emptied the sea," said Babacar Ndiaye, 34, one of the passengers who arrived on Monday, speaking through a Red Cross interpreter.
''', recs=[
 R("MOVE", mode="cross_border", m=["Pirogue with 180 [reaches] El Hierro", "A wooden pirogue carrying 180 people, among them 23 women and nine children, [reached]", "The boat had [left] Mbour, on Senegal's Petite Côte", "one of the passengers who [arrived] on Monday"], a=["180 people"], p=("La Restinga", 27.64, -17.98, "ES"), d=("2024-09-21", "Monday"), q=(180, 180), c=CL, note="pirogue from Mbour reaches El Hierro after nine days"),
 R("MOVE", mode="cross_border", m=["The boat had [set] out from Gambia a week earlier"], a=["about 90 people"], p=("Gambia", "country", "GM"), d=("2024-09-21", "2024-09-23"), q=(90, 90), c=CL, note="departure from Gambia of the boat that later capsized (capsizing itself not a row)"),
 R("AID", m=["26 people were [pulled] out alive"], a=["Fishermen and coastguard divers"], t=["26 people"], p=("Nouakchott", 18.09, -15.98, "MR"), d="Sunday", q=(26, 26), c=CL, opt=True, note="26 survivors rescued"),
 R("MOVE", mode="deport", also=["COERCE"], m=["it had [intercepted] a pirogue with 211 people on board off Saint-Louis", "[brought] them back to port", "were [handed] over to the police"], a=["the navy"], t=["a pirogue with 211 people on board"], p=("Saint-Louis", 16.03, -16.49, "SN"), d="Saturday", q=(211, 211), c=CL, note="Senegalese navy intercepts pirogue off Saint-Louis and returns it"),
 R("COERCE", acled=ARR, m=["Gendarmes in Mbour separately [arrested] five men"], a=["Gendarmes in Mbour"], t=["five men accused of organising departures"], p=("Mbour", 14.42, -16.96, "SN"), q=(5, 5), c=A, note="five suspected organisers arrested"),
 R("COERCE", m=["[seized] two outboard motors and 40 jerrycans of fuel"], a=["Gendarmes in Mbour"], t=["two outboard motors and 40 jerrycans of fuel"], p=("Mbour", 14.42, -16.96, "SN"), c=A, opt=True, note="boat equipment seized"),
 R("REQUEST", m=["Regional leaders in the islands have [asked] Madrid"], a=["Regional leaders in the islands"], t=["Madrid"], p=None, c=A, note="Canaries leaders ask Madrid to share out minors"),
]))

ARTS.append(dict(id="own_198", pub="2025-09-09", src="Soweto Community Courier", text='''
Mob loots foreign-owned spaza shops in Soweto; Operation Dudula marches in Johannesburg

SOWETO — A crowd of several hundred people looted and set fire to at least 14 spaza shops owned by Somali and Ethiopian traders in Zola and Emdeni on Sunday night, after rumours spread on social media that a shop had sold expired food that made children ill.

Police fired rubber bullets to disperse the crowd and arrested 22 people for public violence and theft, a provincial police spokesperson said. Two traders were treated for stab wounds.

"They broke the door with a brick and took everything, even the fridge. I ran out the back with my cousin," said Abdirahman Yusuf, 29, who had run a shop in Zola for six years. About 60 foreign traders and their families spent the night at a mosque in Jabavu.

On Monday afternoon, about 300 members of the anti-immigrant group Operation Dudula marched peacefully from Mary Fitzgerald Square to the Department of Home Affairs in central Johannesburg, demanding the deportation of undocumented foreigners. Police escorted the march.

In a separate incident in Alexandra on Monday, residents beat to death a man they accused of breaking into a house, police said. Nobody has been arrested.

The Gauteng premier condemned the looting and said the province would not tolerate "criminality dressed up as activism". Ethiopian and Somali community leaders asked for police protection and said many traders were afraid to reopen.
''', recs=[
 R("ASSAULT", also=["COERCE", "PROTEST"], acled=MOB, m=["Mob [loots] foreign-owned spaza shops in Soweto", "A crowd of several hundred people [looted] and set fire to at least 14 spaza shops", "They [broke] the door with a brick", "Two traders were [treated] for stab wounds", "the [looting] and said the province"], a=["A crowd of several hundred people"], t=["at least 14 spaza shops owned by Somali and Ethiopian traders", "Two traders"], p=("Zola", -26.24, 27.84, "ZA"), d="Sunday", i=(2, 2), c=A, note="mob loots and burns foreign-owned shops in Zola and Emdeni"),
 R("COERCE", acled=XFORCE, m=["Police [fired] rubber bullets to disperse the crowd"], a=["Police"], t=["the crowd"], p=("Zola", -26.24, 27.84, "ZA"), d="Sunday", c=CL, note="police rubber bullets against the mob"),
 R("COERCE", acled=ARR, m=["[arrested] 22 people for public violence and theft"], a=["Police"], t=["22 people"], p=("Zola", -26.24, 27.84, "ZA"), d=("Sunday", "today"), q=(22, 22), c=CL, note="22 arrested"),
 R("MOVE", mode="flee", m=["I [ran] out the back with my cousin", "About 60 foreign traders and their families [spent] the night at a mosque"], a=["About 60 foreign traders and their families"], p=("Jabavu", -26.25, 27.87, "ZA"), d="Sunday", q=(60, 60), c=A, note="traders flee to a mosque in Jabavu"),
 R("PROTEST", acled=PEACE, m=["Operation Dudula [marches] in Johannesburg", "Operation Dudula [marched] peacefully from Mary Fitzgerald Square", "Police escorted the [march]"], a=["about 300 members of the anti-immigrant group Operation Dudula"], t=["the Department of Home Affairs"], p=("Johannesburg", -26.20, 28.04, "ZA"), d="Monday", q=(300, 300), c=A, note="anti-immigrant march to Home Affairs"),
 R("ASSAULT", acled=MOB, m=["residents [beat] to death a man they accused of breaking into a house"], a=["residents"], t=["a man they accused of breaking into a house"], p=("Alexandra", -26.10, 28.10, "ZA"), d="Monday", f=(1, 1), c=CL, note="mob killing of suspected burglar in Alexandra (distinct)"),
 R("ACCUSE", m=["The Gauteng premier [condemned]"], a=["The Gauteng premier"], t=[], p=None, d=("Sunday", "today"), c=A, note="premier condemns looting"),
 R("REQUEST", m=["Ethiopian and Somali community leaders [asked] for police protection"], a=["Ethiopian and Somali community leaders"], t=[], p=None, c=A, note="community leaders ask for protection"),
]))

ARTS.append(dict(id="own_199", pub="2024-11-27", src="Manchester Law Reporter", text='''
Judge throws out bid to halt fraud trial as defence attacks 'ambush' evidence

MANCHESTER — A judge at Manchester Crown Court on Tuesday rejected an application by lawyers for four former directors of a collapsed solar panel company to halt their fraud trial, ruling that the late disclosure of 3,000 pages of emails had not made a fair hearing impossible.

The defence had argued that the prosecution "ambushed" the accused by serving the documents a week before the jury was sworn. "We have been left to fight with one hand tied behind our backs," Rachel Osei, for the company's former finance director, told the court.

Judge Helen Priestley said the defence would be given an extra fortnight to study the material and that the trial, which is expected to last 12 weeks, would resume on 9 December. She described the dispute as "a skirmish over paperwork" rather than a reason to abandon the proceedings.

The four men deny conspiracy to defraud. Prosecutors say they misled investors about the company's orders before it went into administration in 2021, wiping out £40 million of savings.

Counsel for the Serious Fraud Office said the prosecution had fired "no surprise shots" and that the emails had been available to the defence in another form since last year.

Outside court, a group of former investors said they had waited three years for the case to come to trial. "We are the casualties here, not the directors," said one, a retired teacher from Stockport.
''', recs=[
 R("ACCUSE", m=["Prosecutors say they [misled] investors"], a=["Prosecutors"], t=["The four men"], p=None, c=CL, opt=True, note="fraud allegation behind the trial (procedure otherwise)"),
]))

ARTS.append(dict(id="own_200", pub="2025-06-10", src="Northwest Courier", text='''
Bandits abduct 43 in Kaura Namoda; nine killed in separate Maru raid

GUSAU — Armed bandits abducted 43 people, mostly women and children, from the village of Banga in Kaura Namoda local government area of Zamfara State in the early hours of Sunday, residents said.

The bandits, who arrived on dozens of motorcycles, went from house to house and marched the captives into the forest towards the Niger border, said a resident, Sani Lawal, whose wife and two daughters were among those taken. "They shot in the air so nobody would come out. In the morning half the village was empty," he said.

The state police command confirmed the abduction but put the number at 31. It said tactical teams and local vigilantes were pursuing the kidnappers.

In another attack on Sunday night, bandits killed nine people and set a grain store on fire in the village of Dansadau in Maru local government area, a local councillor said.

Later on Monday, the Nigerian Air Force said it had struck a bandit camp in the Dunya forest in Tsafe, killing "several" fighters loyal to a bandit leader known as Dogo Sule. Residents said the strike also hit a farm settlement nearby, killing a woman and her son. The air force did not comment on those reports.

In a third incident, vigilantes in Gusau beat to death a man they accused of supplying fuel to bandits, police said. Two vigilantes were arrested.

The Zamfara governor condemned Sunday's abduction and promised that the captives would be freed. Kidnappers have not yet contacted the families.
''', recs=[
 R("COERCE", acled=ABD, m=["Bandits [abduct] 43 in Kaura Namoda", "Armed bandits [abducted] 43 people, mostly women and children", "[marched] the captives into the forest", "were among those [taken]", "They [shot] in the air so nobody would come out", "confirmed the [abduction] but put the number at 31", "Sunday's [abduction] and promised"], a=["Armed bandits"], t=["43 people, mostly women and children"], p=("Kaura Namoda", 12.59, 6.59, "NG"), d="Sunday", q=(31, 43), c=CL, note="mass abduction from Banga village"),
 R("MOBILIZE", m=["local vigilantes were [pursuing] the kidnappers"], a=["tactical teams and local vigilantes"], t=["the kidnappers"], p=("Kaura Namoda", 12.59, 6.59, "NG"), d=("Sunday", "today"), c=CL, opt=True, note="pursuit of kidnappers"),
 R("ASSAULT", acled=VAC, m=["nine [killed] in separate Maru raid", "In another [attack] on Sunday night", "bandits [killed] nine people"], a=["bandits"], t=["nine people"], p=("Dansadau", 11.87, 6.34, "NG"), d="Sunday", f=(9, 9), c=CL, note="bandit raid on Dansadau, nine killed (distinct)"),
 R("COERCE", acled=LOOT, m=["[set] a grain store on fire in the village of Dansadau"], a=["bandits"], t=["a grain store"], p=("Dansadau", 11.87, 6.34, "NG"), d="Sunday", c=CL, note="grain store burned"),
 R("ASSAULT", acled=AIR, m=["it had [struck] a bandit camp in the Dunya forest", "the [strike] also hit a farm settlement nearby"], a=["the Nigerian Air Force"], t=["a bandit camp in the Dunya forest in Tsafe", "a farm settlement nearby"], p=("Tsafe", 11.96, 6.92, "NG"), d=("Sunday", "Monday"), f=(5, 11), c=CL, note="air strike on bandit camp, two civilians reportedly killed"),
 R("ASSAULT", acled=MOB, m=["In a third [incident],", "vigilantes in Gusau [beat] to death a man"], a=["vigilantes in Gusau"], t=["a man they accused of supplying fuel to bandits"], p=("Gusau", 12.16, 6.66, "NG"), d=("Sunday", "today"), f=(1, 1), c=CL, note="vigilantes kill suspected informant (distinct)"),
 R("COERCE", acled=ARR, m=["Two vigilantes were [arrested]"], a=["police"], t=["Two vigilantes"], p=("Gusau", 12.16, 6.66, "NG"), d=("Sunday", "today"), q=(2, 2), c=CL, note="two vigilantes arrested"),
 R("ACCUSE", m=["The Zamfara governor [condemned]"], a=["The Zamfara governor"], t=[], p=None, d=("Sunday", "today"), c=A, note="governor condemns abduction"),
]))

ARTS.append(dict(id="own_201", pub="2025-07-29", src="Basra Today (translated from Arabic)", wrap=True, text='''
Two protesters killed in Basra as electricity demonstrations spread; curfew imposed in Zubair

Translated from Arabic

BASRA — Two young men were killed and 17 people were wounded on Monday night when security forces opened fire on protesters who tried to storm the Basra provincial council building, a medical source at the Basra Teaching Hospital said.

Protests over power cuts, which have left parts of the city with less than six hours of electricity a day in temperatures above 50 degrees Celsius, began on Saturday with peaceful gatherings in the Hayyaniya and Jumhuriya districts. By Monday evening, hundreds of protesters had blocked roads with burning tyres and thrown stones and petrol bombs at the council building, setting fire to its gate.

The interior ministry said 11 members of the security forces were injured and that "infiltrators" had fired on police first. Protesters denied this. "We came with bottles of water and our voices. They answered with bullets," said one protester, Haidar Jabbar, 24.

In Zubair, west of the city, protesters set fire to the local office of the electricity ministry on Sunday, and the district authorities imposed a curfew from 10pm that evening.

Separately, about 300 unemployed graduates continued a sit-in outside the offices of the Basra Oil Company for the ninth day, demanding jobs. The sit-in has been peaceful.

The prime minister ordered an investigation into Monday's killings and sent the electricity minister to Basra. The governor announced that 25 protesters detained on Monday night had been released.
''', recs=[
 R("PROTEST", acled=PEACE, m=["began on Saturday with peaceful [gatherings]"], a=[], t=[], p=("Basra", 30.51, 47.81, "IQ"), d="Saturday", c=A, note="peaceful start of electricity protests in Hayyaniya and Jumhuriya"),
 R("PROTEST", acled=RIOT, m=["who tried to [storm] the Basra provincial council building", "hundreds of protesters had [blocked] roads with burning tyres", "[thrown] stones and petrol bombs at the council building", "[setting] fire to its gate", "11 members of the security forces were [injured]"], a=["hundreds of protesters"], t=["the Basra provincial council building"], p=("Basra", 30.51, 47.81, "IQ"), d="Monday", i=(11, 11), q=(200, 900), c=CL, note="protesters storm council building with stones and petrol bombs"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["Two protesters [killed] in Basra", "Two young men were [killed] and 17 people were wounded", "security forces [opened] fire on protesters", "They [answered] with bullets", "into Monday's [killings] and sent"], a=["security forces"], t=["protesters"], p=("Basra", 30.51, 47.81, "IQ"), d="Monday", f=(2, 2), i=(17, 17), c=CL, note="security forces fire on protesters, two killed"),
 R("ASSAULT", also=["REJECT"], m=["\"infiltrators\" had [fired] on police first", "Protesters [denied] this"], a=["infiltrators"], t=["police"], p=("Basra", 30.51, 47.81, "IQ"), d="Monday", c=["claimed", "denied"], opt=True, note="ministry claim that infiltrators fired first, denied"),
 R("PROTEST", acled=RIOT, m=["protesters [set] fire to the local office of the electricity ministry"], a=["protesters"], t=["the local office of the electricity ministry"], p=("Zubair", 30.39, 47.70, "IQ"), d="Sunday", c=A, note="electricity office burned in Zubair"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["curfew [imposed] in Zubair", "the district authorities [imposed] a curfew from 10pm"], a=["the district authorities"], t=[], p=("Zubair", 30.39, 47.70, "IQ"), d="Sunday", c=A, note="curfew in Zubair"),
 R("PROTEST", acled=PEACE, m=["about 300 unemployed graduates [continued] a sit-in", "The [sit-in] has been peaceful"], a=["about 300 unemployed graduates"], t=["the Basra Oil Company"], p=("Basra", 30.51, 47.81, "IQ"), d=("-8", "today"), q=(300, 300), c=A, note="graduates' nine-day sit-in"),
 R("ACCUSE", m=["The prime minister [ordered] an investigation"], a=["The prime minister"], t=[], p=None, d=("Monday", "today"), c=A, opt=True, note="investigation ordered"),
 R("COERCE", acled=ARR, m=["25 protesters [detained] on Monday night"], a=[], t=["25 protesters"], p=("Basra", 30.51, 47.81, "IQ"), d="Monday", q=(25, 25), c=CL, note="25 protesters detained"),
 R("CONCEDE", m=["had been [released]"], a=[], t=["25 protesters"], p=("Basra", 30.51, 47.81, "IQ"), d=("Monday", "today"), q=(25, 25), c=CL, note="detainees released"),
]))

ARTS.append(dict(id="own_202", pub="2025-04-23", src="Shan State Conflict Monitor", text='''
Lashio handed back to junta after China-brokered talks; journalists detained in Mandalay

Monitor update, 23 April 2025

Handover. The Myanmar National Democratic Alliance Army (MNDAA) withdrew its fighters from Lashio, the largest town in northern Shan State, and handed it over to the military on Tuesday, nine months after seizing it, according to residents and a statement by the group. The handover followed talks in the Chinese city of Kunming, where the two sides agreed to a ceasefire in January.

Residents said about 200 soldiers of the military's Northeastern Command entered the town in trucks on Tuesday morning and took over the police station and the general administration office. MNDAA flags were taken down. "Nobody fired a shot. People just stayed home and watched from windows," said a shopkeeper.

Curfew. The military imposed a curfew from 9pm to 5am in Lashio and set up checkpoints on the roads to Hsenwi and Hsipaw.

Arrests. Police in Mandalay detained two local journalists, Thet Naing Oo and Zin Mar Phyo, on Monday after they published photographs of damage from an air strike, a press freedom group said. Their whereabouts are unknown.

Fighting elsewhere. The Kachin Independence Army (KIA) and the military continued to fight around Bhamo in Kachin State, where the KIA has been attacking the town since December. Local aid workers said about 3,000 residents fled Bhamo over the weekend toward Myitkyina.

Assessment. The Lashio handover suggests Beijing's leverage over armed groups along its border remains strong. Further handovers of towns near the Chinese border are possible.
''', recs=[
 R("RETREAT", also=["CONCEDE"], acled=NVT, m=["Lashio [handed] back to junta", "(MNDAA) [withdrew] its fighters from Lashio", "[handed] it over to the military on Tuesday", "The [handover] followed", "[entered] the town in trucks on Tuesday morning", "[took] over the police station", "MNDAA flags were [taken] down", "The Lashio [handover] suggests"], a=["The Myanmar National Democratic Alliance Army (MNDAA)"], t=["the military"], p=("Lashio", 22.93, 97.75, "MM"), d="Tuesday", c=CL, note="MNDAA hands Lashio back to the military"),
 R("COERCE", acled=NSAOVER, m=["nine months after [seizing] it"], a=["The Myanmar National Democratic Alliance Army (MNDAA)"], t=[], p=("Lashio", 22.93, 97.75, "MM"), d="2024-07", c=A, opt=True, note="MNDAA seizure of Lashio (background, own date)"),
 R("CONSULT", m=["[talks] in the Chinese city of Kunming"], a=["the two sides"], t=[], p=("Kunming", 25.04, 102.71, "CN"), c=A, opt=True, note="China-hosted talks"),
 R("AGREE", acled=AGR, m=["the two sides [agreed] to a ceasefire in January"], a=["the two sides"], t=[], p=("Kunming", 25.04, 102.71, "CN"), d="2025-01", c=A, note="January ceasefire (background, own date)"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["The military [imposed] a curfew from 9pm to 5am in Lashio"], a=["The military"], t=[], p=("Lashio", 22.93, 97.75, "MM"), d=("Tuesday", "today"), c=A, note="curfew in Lashio"),
 R("MOBILIZE", acled=OTH, m=["[set] up checkpoints on the roads to Hsenwi and Hsipaw"], a=["The military"], t=[], p=("Lashio", 22.93, 97.75, "MM"), d=("Tuesday", "today"), c=A, note="checkpoints on roads out of Lashio"),
 R("COERCE", acled=ARR, m=["Police in Mandalay [detained] two local journalists"], a=["Police in Mandalay"], t=["two local journalists, Thet Naing Oo and Zin Mar Phyo"], p=("Mandalay", 21.97, 96.08, "MM"), d="Monday", q=(2, 2), c=CL, note="two journalists detained, whereabouts unknown"),
 R("ASSAULT", acled=AIR, m=["damage from an air [strike]"], a=[], t=[], p=None, c=A, opt=True, note="unlocated air strike photographed by the journalists"),
 R("ASSAULT", acled=CLASH, m=["continued to [fight] around Bhamo", "the KIA has been [attacking] the town since December"], a=["The Kachin Independence Army (KIA)"], t=["the military"], p=("Bhamo", 24.26, 97.23, "MM"), d=("2024-12", "today"), c=A, note="KIA offensive on Bhamo"),
 R("MOVE", mode="flee", m=["about 3,000 residents [fled] Bhamo over the weekend"], a=["about 3,000 residents"], p=("Bhamo", 24.26, 97.23, "MM"), d=("Saturday", "Sunday"), q=(3000, 3000), c=CL, note="3,000 flee Bhamo toward Myitkyina"),
]))

ARTS.append(dict(id="own_203", pub="2024-12-16", src="Northern Uganda Daily", text='''
Fourteen killed as bus and fuel tanker collide on Kampala–Gulu highway

KIRYANDONGO — Fourteen people were killed and 23 injured when a passenger bus collided head-on with a fuel tanker on the Kampala–Gulu highway near Kiryandongo on Sunday afternoon, police said.

The bus, operated by a Gulu-based company, was overtaking a lorry on a bend when it hit the tanker, which burst into flames, witnesses said. Eleven passengers died at the scene and three others died later at Kiryandongo hospital.

"It looked like a battlefield. People were trapped and screaming, and we could not get close because of the fire," said Okello Patrick, a boda-boda rider who helped pull survivors from the wreckage.

A traffic police spokesperson said speeding and reckless overtaking appeared to be the cause. The bus driver, who survived with minor injuries, was arrested at the hospital and will be charged with causing death by dangerous driving, police said.

The Uganda National Roads Authority said it would install more warning signs on the stretch, which residents call "the killing bend". At least 40 people have died in crashes there since 2022.

The transport minister said the government would suspend the operating licence of the bus company pending an investigation. The highway was closed for six hours while firefighters put out the blaze.
''', recs=[
 R("COERCE", m=["The bus driver, who survived with minor injuries, was [arrested] at the hospital"], a=["police"], t=["The bus driver"], p=("Kiryandongo", 1.88, 32.06, "UG"), d=("Sunday", "today"), q=(1, 1), c=CL, note="driver arrested after crash (the crash itself is an accident, not a row)"),
 R("ACCUSE", m=["will be [charged] with causing death by dangerous driving"], a=["police"], t=["The bus driver"], p=None, c=HY, note="driver to be charged"),
 R("SANCTION", m=["the government would [suspend] the operating licence"], a=["The transport minister", "the government"], t=["the bus company"], p=None, c=HY, opt=True, note="licence suspension planned"),
]))

ARTS.append(dict(id="own_204", pub="2024-08-06", src="Frontera Sur Rights Observatory", text='''
Guatemala: Mexican families describe fleeing cartel fighting in Chiapas

Testimony, 6 August 2024

Rosa Elvira Pérez, 38, arrived in the Guatemalan municipality of Cuilco in late July with her husband, her mother and three children, among about 580 Mexicans who crossed the border from the Chiapas municipality of Amatenango de la Frontera that week, according to Guatemalan officials. We interviewed her at a school where the families were sleeping.

"For weeks the armed men had been fighting in the hills above our village, one cartel against the other. At night we heard the shooting and the drones. On 21 July they came into the village in trucks and told all the men to come with them to dig trenches. My husband hid in the maize. They took my cousin and two other young men, and we have not heard from them.

"Two days later a drone dropped a bomb on the road near the school. Nobody was killed, thank God, but my son stopped speaking after that. That night we left. We walked through the mountains for seven hours to the river and crossed into Guatemala. The Guatemalan soldiers gave us water."

She said that armed men had also set up a checkpoint at the village entrance, charging a fee to every vehicle.

The Mexican government has said the displaced families can return safely and that it has sent soldiers and National Guard troops to the area. Her family does not want to go back. "The soldiers stay on the main road. The cartels are in the hills," she said.

Guatemala's government has opened shelters in Cuilco and said it will not deport anyone who fled the violence.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["the armed men had been [fighting] in the hills above our village", "At night we heard the [shooting] and the drones"], a=["the armed men"], t=[], p=("Amatenango de la Frontera", 15.43, -92.12, "MX"), d=("2024-06-20", "2024-07-23"), c=CL, note="weeks of cartel fighting above the village"),
 R("COERCE", acled=ABD, m=["On 21 July they [came] into the village in trucks", "They [took] my cousin and two other young men"], a=["the armed men"], t=["my cousin and two other young men"], p=("Amatenango de la Frontera", 15.43, -92.12, "MX"), d="2024-07-21", q=(3, 3), c=CL, note="men taken for forced labour, three missing"),
 R("ASSAULT", acled=AIR, m=["a drone [dropped] a bomb on the road near the school"], a=[], t=[], p=("Amatenango de la Frontera", 15.43, -92.12, "MX"), d="2024-07-23", f=(0, 0), c=CL, note="drone bomb near school, no deaths"),
 R("MOVE", mode="flee", m=["[arrived] in the Guatemalan municipality of Cuilco in late July", "That night we [left]", "to the river and [crossed] into Guatemala"], a=["Rosa Elvira Pérez"], p=("Cuilco", 15.41, -91.95, "GT"), d=("2024-07-23", "2024-07-24"), q=(6, 6), c=CL, note="family flees across the border to Cuilco"),
 R("MOVE", mode="flee", m=["about 580 Mexicans who [crossed] the border"], a=["about 580 Mexicans"], p=("Cuilco", 15.41, -91.95, "GT"), d=("2024-07-22", "2024-07-31"), q=(580, 580), c=CL, note="580 Mexicans cross into Guatemala that week"),
 R("AID", m=["The Guatemalan soldiers [gave] us water"], a=["The Guatemalan soldiers"], t=[], p=("Cuilco", 15.41, -91.95, "GT"), d=("2024-07-23", "2024-07-24"), c=CL, opt=True, note="soldiers give water"),
 R("COERCE", also=["MOBILIZE"], acled=OTH, m=["armed men had also [set] up a checkpoint at the village entrance"], a=["armed men"], t=["every vehicle"], p=("Amatenango de la Frontera", 15.43, -92.12, "MX"), c=CL, note="cartel checkpoint charging fees"),
 R("MOBILIZE", m=["it has [sent] soldiers and National Guard troops to the area"], a=["The Mexican government"], t=[], p=("Amatenango de la Frontera", 15.43, -92.12, "MX"), c=CL, note="troop deployment to the area"),
 R("MOVE", mode="return", m=["the displaced families can [return] safely"], a=["the displaced families"], p=("Amatenango de la Frontera", 15.43, -92.12, "MX"), c=HY, opt=True, note="government says families can return"),
 R("AID", m=["Guatemala's government has [opened] shelters in Cuilco"], a=["Guatemala's government"], t=[], p=("Cuilco", 15.41, -91.95, "GT"), c=A, note="shelters opened"),
 R("MOVE", mode="deport", m=["it will not [deport] anyone who fled the violence"], a=["Guatemala's government"], t=["anyone who fled the violence"], p=None, c=["hypothetical", "denied"], opt=True, note="pledge not to deport"),
]))

ARTS.append(dict(id="own_205", pub="2024-06-25", src="Nineveh Humanitarian Bulletin", wrap=True, text='''
Iraq: displacement camps in Duhok begin closing; 1,100 Iraqis repatriated from Syria's al-Hol

Humanitarian bulletin, 25 June 2024

CAMP CLOSURES. The Ministry of Migration and Displacement closed Sharya camp in Duhok governorate on 20 June and moved its remaining residents out over three days, the camp management said. Of about 2,400 families, mostly Yazidis from Sinjar, some 900 families took buses back to Sinjar district, where they received a one-off cash grant of 4 million dinars. Others moved to rented rooms in nearby towns. Several families told monitors they had been given no choice. The ministry says it intends to close all remaining camps in the Kurdistan Region by the end of July.

RETURNS TO SINJAR. Returnees described damaged homes, no electricity and few jobs. In Sinune, a returnee's house was burned on 22 June in what local police called a dispute between families. Armed groups, including the Sinjar Resistance Units (YBŞ), continue to run checkpoints in the district.

REPATRIATION FROM SYRIA. On 18 June, 1,100 Iraqi nationals, most of them women and children, were repatriated by bus from al-Hol camp in north-east Syria to the al-Jeddah rehabilitation centre south of Mosul, Iraqi officials said. It was the 14th such convoy this year.

SECURITY. Iraqi forces carried out an air strike on suspected Islamic State hideouts in the Makhmour mountains on 21 June, killing four militants, according to the Security Media Cell.

RESPONSE. Partners distributed hygiene kits to 600 returnee families in Sinjar town.
''', recs=[
 R("MOVE", mode="relocate", also=["COERCE"], m=["camps in Duhok begin [closing]", "[closed] Sharya camp in Duhok governorate on 20 June", "[moved] its remaining residents out over three days", "they had been [given] no choice"], a=["The Ministry of Migration and Displacement"], t=["its remaining residents"], p=("Sharya", 36.83, 43.03, "IQ"), d=("2024-06-20", "2024-06-22"), q=(2400, 2400), c=CL, note="Sharya camp closed, residents moved out"),
 R("MOVE", mode="return", m=["some 900 families [took] buses back to Sinjar district"], a=["some 900 families"], p=("Sinjar", 36.32, 41.87, "IQ"), d=("2024-06-20", "2024-06-22"), q=(900, 900), c=CL, note="900 families return to Sinjar"),
 R("MOVE", mode="relocate", m=["Others [moved] to rented rooms in nearby towns"], a=["Others"], p=("Duhok", 36.87, 42.99, "IQ"), d=("2024-06-20", "2024-06-22"), c=CL, opt=True, note="others move to rented rooms"),
 R("MOVE", mode="relocate", also=["COERCE"], m=["it [intends] to close all remaining camps in the Kurdistan Region"], a=["The ministry"], t=[], p=("Kurdistan Region", 36.5, 44.0, "IQ"), d="2024-07", c=HY, note="planned closure of remaining camps by end of July"),
 R("COERCE", m=["a returnee's house was [burned] on 22 June"], a=[], t=["a returnee's house"], p=("Sinune", 36.42, 41.77, "IQ"), d="2024-06-22", c=CL, note="arson in a family dispute (ordinary crime)"),
 R("MOVE", mode="return", m=["were [repatriated] by bus from al-Hol camp", "It was the 14th such [convoy] this year"], a=["Iraqi officials"], t=["1,100 Iraqi nationals, most of them women and children"], p=("al-Jeddah rehabilitation centre", 35.90, 43.20, "IQ"), d="2024-06-18", q=(1100, 1100), c=CL, note="1,100 Iraqis repatriated from al-Hol to al-Jeddah"),
 R("ASSAULT", acled=AIR, m=["Iraqi forces carried out an air [strike] on suspected Islamic State hideouts"], a=["Iraqi forces"], t=["suspected Islamic State hideouts in the Makhmour mountains"], p=("Makhmour", 35.78, 43.58, "IQ"), d="2024-06-21", f=(4, 4), c=CL, note="air strike in Makhmour mountains, four killed"),
 R("AID", m=["Partners [distributed] hygiene kits to 600 returnee families"], a=["Partners"], t=["600 returnee families"], p=("Sinjar", 36.32, 41.87, "IQ"), q=(600, 600), c=A, note="hygiene kits in Sinjar"),
]))

ARTS.append(dict(id="own_206", pub="2026-02-10", src="Andean Press Service", text='''
Three dead in Juliaca as protesters try to take airport; Lima march ends peacefully

JULIACA, Peru (APS) — Three people were killed and at least 40 injured on Monday when police fired on protesters trying to break into the airport in the southern Andean city of Juliaca, the regional health authority said.

Several thousand protesters, many of them Aymara and Quechua farmers from the Puno region, had marched to the Inca Manco Cápac airport to demand the resignation of the government and early elections. Some tore down part of the perimeter fence and threw stones at police, who responded with tear gas and then gunfire, witnesses said.

"My brother was holding a flag, not a stone. They shot him in the chest," said Nely Quispe, 26, outside the morgue. The interior ministry said officers had acted in self-defence and that 12 police were hurt.

In the capital, about 8,000 people marched peacefully from Plaza San Martín to Congress on Monday evening in solidarity with the southern regions. Police blocked side streets but did not intervene.

Separately, in Cusco, protesters set fire to a police post and a tollbooth on the road to Sicuani on Monday afternoon. No injuries were reported.

Miners in the Arequipa region began an indefinite strike on Tuesday, blocking the Pan-American Highway at several points.

The government declared a state of emergency in Puno for 30 days and suspended the right of assembly. Flights to Juliaca were cancelled until further notice. The country's ombudsman called for an independent inquiry into the deaths.
''', recs=[
 R("PROTEST", acled=RIOT, m=["as protesters [try] to take airport", "[trying] to break into the airport", "Several thousand protesters, many of them Aymara and Quechua farmers from the Puno region, had [marched]", "Some [tore] down part of the perimeter fence", "[threw] stones at police", "12 police were [hurt]"], a=["Several thousand protesters"], t=["the Inca Manco Cápac airport", "police"], p=("Juliaca", -15.50, -70.13, "PE"), d="Monday", i=(12, 12), q=(2000, 9000), c=CL, note="protesters try to storm Juliaca airport"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["Three [dead] in Juliaca", "Three people were [killed] and at least 40 injured", "police [fired] on protesters", "who [responded] with tear gas and then gunfire", "They [shot] him in the chest", "officers had [acted] in self-defence", "inquiry into the [deaths]"], a=["police"], t=["protesters"], p=("Juliaca", -15.50, -70.13, "PE"), d="Monday", f=(3, 3), i=(40, 40), c=CL, note="police fire on airport protesters, three killed"),
 R("PROTEST", acled=PEACE, m=["about 8,000 people [marched] peacefully from Plaza San Martín"], a=["about 8,000 people"], t=["Congress"], p=("Lima", -12.05, -77.04, "PE"), d="Monday", q=(8000, 8000), c=A, note="peaceful solidarity march in Lima"),
 R("PROTEST", acled=RIOT, m=["protesters [set] fire to a police post and a tollbooth"], a=["protesters"], t=["a police post and a tollbooth"], p=("Cusco", -13.53, -71.97, "PE"), d="Monday", c=A, note="police post and tollbooth burned near Cusco"),
 R("PROTEST", acled=PEACE, m=["Miners in the Arequipa region [began] an indefinite strike", "[blocking] the Pan-American Highway at several points"], a=["Miners in the Arequipa region"], t=[], p=("Arequipa", -16.40, -71.54, "PE"), d="Tuesday", c=A, note="miners' strike and road blockades"),
 R("SANCTION", also=["COERCE"], acled=OTH, m=["The government [declared] a state of emergency in Puno", "[suspended] the right of assembly"], a=["The government"], t=[], p=("Puno", -15.84, -70.02, "PE"), d=("Monday", "today"), c=A, note="30-day state of emergency in Puno"),
 R("REQUEST", m=["The country's ombudsman [called]"], a=["The country's ombudsman"], t=[], p=None, d="today", c=A, note="ombudsman calls for inquiry"),
]))
