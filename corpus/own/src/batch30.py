from common import *
ARTS = []
ARTS.append(dict(id="own_157", pub="2026-05-19", src="Hindu Kush Wire", text='''
Suicide bomber kills 11 outside Kabul ministry; Islamic State claims attack

KABUL (HKW) — A suicide bomber detonated explosives among employees leaving the Ministry of Urban Development in western Kabul on Monday afternoon, killing at least six people, a spokesman for the Taliban administration said.

By Tuesday the toll had risen to 11, according to the city's Emergency surgical hospital, which said it had received 23 wounded, several of them in critical condition.

The bomber approached on foot as staff crowded the gate at the end of the working day and blew himself up beside a checkpoint, a police spokesman said. "The guard stopped him and then he exploded. I saw people lying on the pavement," said Abdul Wahid, 45, a shopkeeper whose window was shattered.

The Islamic State's regional branch, known as ISIS-K, claimed the bombing through its Amaq news agency, saying its fighter had targeted "employees of the apostate regime".

Taliban intelligence said it had arrested four people accused of helping to plan Monday's attack in overnight raids in Kabul. Authorities closed roads around the ministry and barred journalists from filming near the scene.

The UN Assistance Mission in Afghanistan (UNAMA) condemned the attack and called for those responsible to be brought to justice.

ISIS-K has carried out a string of attacks on Taliban officials and on the Shia Hazara minority. In January a bombing claimed by the group at a bank in Kunduz killed five people queuing for salaries.
''', recs=[
 R("ASSAULT", acled=SUIC, m=["Suicide bomber [kills] 11 outside Kabul ministry", "Islamic State claims [attack]", "A suicide bomber [detonated] explosives among employees", "By Tuesday the [toll] had risen to 11", "[blew] himself up beside a checkpoint", "The guard stopped him and then he [exploded]", "ISIS-K, [claimed] the bombing through its Amaq news agency", "its fighter had [targeted] \"employees of the apostate regime\""], a=["A suicide bomber", "The Islamic State's regional branch, known as ISIS-K"], t=["employees leaving the Ministry of Urban Development"], p=("Kabul", 34.53, 69.17, "AF"), d="Monday", f=(11, 11), i=(23, 23), c=AC, note="suicide bombing at ministry gate; toll 6 -> 11; ISIS-K claim is a mention"),
 R("COERCE", acled=ARR, m=["it had [arrested] four people accused of helping"], a=["Taliban intelligence"], t=["four people"], p=("Kabul", 34.53, 69.17, "AF"), d=("Monday", "Tuesday"), q=(4, 4), c=CL, note="four arrested over the bombing"),
 R("COERCE", also=["SANCTION"], m=["Authorities [closed] roads around the ministry", "[barred] journalists from filming near the scene"], a=["Authorities"], t=["journalists"], p=("Kabul", 34.53, 69.17, "AF"), d=("Monday", "today"), c=A, opt=True, note="roads closed, journalists barred"),
 R("ACCUSE", also=["REQUEST"], m=["The UN Assistance Mission in Afghanistan (UNAMA) [condemned]", "[called] for those responsible to be brought to justice"], a=["The UN Assistance Mission in Afghanistan (UNAMA)"], t=[], p=None, d=("Monday", "today"), c=A, note="UNAMA condemns the attack"),
 R("ASSAULT", acled=IED, m=["In January a [bombing] claimed by the group at a bank in Kunduz"], a=["the group"], t=["five people queuing for salaries"], p=("Kunduz", 36.73, 68.86, "AF"), d="2026-01", f=(5, 5), c=A, note="January bank bombing in Kunduz (background, own date)"),
]))

ARTS.append(dict(id="own_158", pub="2025-11-24", src="Mindanao Daily Courier", text='''
Bomb rips through Isulan night market, killing three; army blames Dawlah Islamiyah

ISULAN, Sultan Kudarat — A bomb hidden in a parked motorcycle exploded at the crowded night market here at around 8pm on Saturday, killing three people, among them a 10-year-old girl, and wounding 28, police said.

"The explosion happened right next to the stall selling grilled chicken. I was thrown to the ground and my ears are still ringing," said vendor Rosalinda Abas, 52, who suffered cuts to her arms. Police said the device was made from a mortar round and set off with a mobile phone.

The army's 6th Infantry Division blamed the Dawlah Islamiyah–Hassan group, a faction that has pledged allegiance to the Islamic State. The group made no statement.

Police arrested a 26-year-old man at a checkpoint in the neighbouring town of Esperanza on Sunday after CCTV footage showed him parking the motorcycle, the provincial police director said. He was charged with multiple murder and multiple attempted murder.

Hours before the market bombing, soldiers clashed with suspected Dawlah Islamiyah gunmen in the marshland town of Datu Hoffer Ampatuan in Maguindanao del Sur, killing one of them. Two soldiers were wounded.

The town government banned parking motorcycles within 50 metres of markets and churches until further notice.

Saturday's blast was the first bombing in Isulan since August 2018, when an attack at a festival in the town killed three people.
''', recs=[
 R("ASSAULT", acled=IED, m=["Bomb [rips] through Isulan night market", "A bomb hidden in a parked motorcycle [exploded] at the crowded night market", "The [explosion] happened right next to the stall", "Hours before the market [bombing], soldiers", "Saturday's [blast] was the first bombing in Isulan"], a=["the Dawlah Islamiyah–Hassan group"], t=["the crowded night market", "three people"], p=("Isulan", 6.63, 124.61, "PH"), d="Saturday", f=(3, 3), i=(28, 28), c=AC, note="night market bombing in Isulan, retold"),
 R("ACCUSE", m=["The army's 6th Infantry Division [blamed] the Dawlah Islamiyah–Hassan group"], a=["The army's 6th Infantry Division"], t=["the Dawlah Islamiyah–Hassan group"], p=None, d=("Saturday", "today"), c=CL, note="army blames DI-Hassan"),
 R("COERCE", acled=ARR, m=["Police [arrested] a 26-year-old man at a checkpoint"], a=["Police"], t=["a 26-year-old man"], p=("Esperanza", 6.72, 124.52, "PH"), d="Sunday", q=(1, 1), c=CL, note="suspect arrested in Esperanza"),
 R("ACCUSE", m=["He was [charged] with multiple murder"], a=[], t=["a 26-year-old man"], p=None, d=("Sunday", "today"), c=A, note="suspect charged"),
 R("ASSAULT", acled=CLASH, m=["soldiers [clashed] with suspected Dawlah Islamiyah gunmen", "Two soldiers were [wounded]"], a=["soldiers"], t=["suspected Dawlah Islamiyah gunmen"], p=("Datu Hoffer Ampatuan", 6.93, 124.53, "PH"), d="Saturday", f=(1, 1), i=(2, 2), c=CL, note="clash in Datu Hoffer Ampatuan (distinct)"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["The town government [banned] parking motorcycles"], a=["The town government"], t=[], p=("Isulan", 6.63, 124.61, "PH"), d=("Saturday", "today"), c=A, note="motorcycle parking ban"),
 R("ASSAULT", acled=IED, m=["an [attack] at a festival in the town killed three people"], a=[], t=[], p=("Isulan", 6.63, 124.61, "PH"), d="2018-08", f=(3, 3), c=A, note="2018 festival bombing in Isulan (background, own date)"),
]))

ARTS.append(dict(id="own_159", pub="2024-04-22", src="Norwich Evening Gazette", text='''
Allotment holders declare war on slugs, and on the council's rent rise

NORWICH — The plot holders of the Bluebell allotments have been fighting on two fronts this spring: against an invasion of slugs that has wiped out their early lettuces, and against a proposed 40 percent rise in their annual rent.

"It's been a massacre," said Derek Pyle, 72, surveying a bed of shredded seedlings. "They came in the night after the rain. An army of them." Mr Pyle has laid beer traps and copper tape, and said his neighbour had bombarded her beans with crushed eggshells, so far without success.

A killer frost in early April did further damage, and badgers have raided the sweetcorn patch at the bottom of the site twice.

The rent rise has stirred just as much feeling. The council says it is needed to repair fences and water pipes, but members of the allotment association say it will force pensioners off their plots. The association's secretary, Helen Marsh, said members would "fight it tooth and nail" at a meeting of the council's cabinet next month.

A proposal to bring in a "no-dig" rule for new tenants was shot down at the association's annual meeting last week, and a plan to hire a pest controller was killed off on cost grounds.

Not everyone is downhearted. "Gardening is a long game. You lose a few battles," said Sunita Desai, 41, who has held her plot for ten years. "The slugs always win in April. By July it's my turn."

The association's spring plant sale will go ahead on Saturday, with all proceeds going to the fence repairs.
''', recs=[]))

ARTS.append(dict(id="own_160", pub="2024-03-19", src="Gulf of Aden Maritime Brief", text='''
Houthi missile hits bulk carrier off Mokha; US jets strike launch sites near Hodeidah

ADEN — A Liberian-flagged bulk carrier was hit by an anti-ship missile about 40 nautical miles west of Mokha on Monday, starting a fire in its engine room and injuring two crew members, the UK Maritime Trade Operations agency (UKMTO) said.

The Houthi movement's military spokesman said its naval forces had targeted the ship "in support of Gaza", claiming it belonged to a company that used Israeli ports. The vessel's manager in Athens denied any link to Israel.

The crew, 21 sailors from the Philippines and India, put out the fire and the ship continued toward Djibouti, the agency said.

Hours after the missile strike, US warplanes hit missile launch sites and a drone storage facility near Hodeidah airport, US Central Command said. The Houthi-run health ministry said one civilian was killed. Central Command said US forces had also destroyed two explosive-laden drone boats in the Red Sea before they could be launched.

A Houthi political leader vowed that the group would respond to "American aggression" and said shipping linked to the United States and Britain remained a target.

In January, a Houthi missile set fire to a fuel tanker in the Gulf of Aden, which burned for several hours before its crew brought the blaze under control.

Shipping companies have diverted hundreds of vessels around southern Africa since the attacks began, adding about ten days to voyages between Asia and Europe.
''', recs=[
 R("ASSAULT", acled=SHELL, m=["Houthi missile [hits] bulk carrier off Mokha", "A Liberian-flagged bulk carrier was [hit] by an anti-ship missile", "its naval forces had [targeted] the ship", "Hours after the missile [strike], US warplanes"], a=["The Houthi movement", "its naval forces"], t=["A Liberian-flagged bulk carrier", "two crew members"], p=("Mokha", 13.32, 43.25, "YE"), d="Monday", i=(2, 2), c=AC, note="missile strike on bulk carrier off Mokha; Houthi claim is a mention"),
 R("ASSAULT", acled=AIR, m=["US jets [strike] launch sites near Hodeidah", "US warplanes [hit] missile launch sites and a drone storage facility", "one civilian was [killed]"], a=["US warplanes", "US Central Command"], t=["missile launch sites and a drone storage facility"], p=("Hodeidah", 14.80, 42.95, "YE"), d="Monday", f=(1, 1), c=CL, note="US air strikes near Hodeidah airport"),
 R("COERCE", acled=DISR, also=["ASSAULT"], m=["US forces had also [destroyed] two explosive-laden drone boats"], a=["US forces"], t=["two explosive-laden drone boats"], p=("Red Sea", 14.5, 42.0, "YE"), d="Monday", c=CL, note="drone boats destroyed before launch (disrupted weapons use)"),
 R("ACCUSE", m=["claiming it [belonged] to a company that used Israeli ports"], a=["The Houthi movement's military spokesman"], t=["the ship"], p=None, d="Monday", c=["claimed", "denied"], opt=True, note="Houthi allegation of Israeli link, denied by manager"),
 R("THREATEN", m=["A Houthi political leader [vowed] that the group would respond", "remained a [target]"], a=["A Houthi political leader"], t=["shipping linked to the United States and Britain"], p=None, d=("Monday", "today"), c=HY, note="Houthi threat to respond and to target shipping"),
 R("ASSAULT", acled=SHELL, m=["In January, a Houthi missile [set] fire to a fuel tanker"], a=[], t=["a fuel tanker"], p=("Gulf of Aden", 12.5, 47.0, "YE"), d="2024-01", c=A, note="January tanker strike (background, own date)"),
 R("MOVE", mode="relocate", m=["Shipping companies have [diverted] hundreds of vessels"], a=["Shipping companies"], p=None, c=A, opt=True, note="ship diversions (aggregate, context)"),
]))

ARTS.append(dict(id="own_161", pub="2024-10-29", src="Jordan Valley Dispatch", text='''
Israeli drone strike kills three in Nur Shams camp during 14-hour Tulkarm raid

TULKARM, West Bank — An Israeli drone strike killed three Palestinian men in the Nur Shams refugee camp near Tulkarm early on Monday, during a raid by Israeli forces that lasted about 14 hours, the Palestinian health ministry said.

The Israeli military said an aircraft had struck "a terrorist cell" that had thrown explosive devices at soldiers, and that it had "eliminated" the three. The armed group Tulkarm Brigade said its fighters had confronted the troops with gunfire and bombs in several streets of the camp. One Israeli soldier was lightly wounded, the army said.

Military bulldozers tore up roads, sewage pipes and the fronts of shops along the camp's main street. "They destroyed everything, even the bakery. We have no water since this morning," said Fatima Salem, 58.

Soldiers detained 15 people during the raid, the Palestinian Prisoners' Society said. Shops in Tulkarm stayed shut in a general strike to mourn the dead.

The Palestinian foreign ministry condemned what it called a "war of destruction" on the camps of the northern West Bank and urged the international community to intervene.

The raid was the second on the camp this month. In August, an air strike on a house in Nur Shams killed five people, including two teenagers.
''', recs=[
 R("ASSAULT", acled=AIR, m=["Israeli drone [strike] kills three in Nur Shams camp", "An Israeli drone [strike] killed three Palestinian men", "an aircraft had [struck] \"a terrorist cell\"", "it had \"[eliminated]\" the three"], a=["The Israeli military"], t=["three Palestinian men", "\"a terrorist cell\""], p=("Nur Shams", 32.32, 35.05, "PS"), d="Monday", f=(3, 3), c=CL, note="drone strike in Nur Shams camp"),
 R("ASSAULT", acled=CLASH, m=["during 14-hour Tulkarm [raid]", "during a [raid] by Israeli forces that lasted", "had [thrown] explosive devices at soldiers", "its fighters had [confronted] the troops", "One Israeli soldier was lightly [wounded]", "The [raid] was the second on the camp"], a=["Israeli forces", "its fighters", "The armed group Tulkarm Brigade"], t=["the troops", "Israeli forces"], p=("Nur Shams", 32.32, 35.05, "PS"), d="Monday", i=(1, 1), c=CL, note="raid and gunfights in Nur Shams"),
 R("COERCE", acled=LOOT, m=["Military bulldozers [tore] up roads, sewage pipes", "They [destroyed] everything, even the bakery"], a=["Military bulldozers"], t=["roads, sewage pipes and the fronts of shops"], p=("Nur Shams", 32.32, 35.05, "PS"), d="Monday", c=CL, note="bulldozer destruction of infrastructure"),
 R("COERCE", acled=ARR, m=["Soldiers [detained] 15 people during the raid"], a=["Soldiers"], t=["15 people"], p=("Nur Shams", 32.32, 35.05, "PS"), d="Monday", q=(15, 15), c=CL, note="15 detained"),
 R("PROTEST", acled=PEACE, m=["Shops in Tulkarm stayed shut in a general [strike]"], a=[], t=[], p=("Tulkarm", 32.31, 35.03, "PS"), d="Monday", c=A, note="general strike in Tulkarm"),
 R("ACCUSE", also=["REQUEST"], m=["The Palestinian foreign ministry [condemned]", "[urged] the international community to intervene"], a=["The Palestinian foreign ministry"], t=["the international community"], p=None, d=("Monday", "today"), c=A, note="PA foreign ministry condemns raid"),
 R("ASSAULT", acled=AIR, m=["In August, an air [strike] on a house in Nur Shams"], a=[], t=["a house in Nur Shams", "five people"], p=("Nur Shams", 32.32, 35.05, "PS"), d="2024-08", f=(5, 5), c=A, note="August air strike in Nur Shams (background, own date)"),
]))

ARTS.append(dict(id="own_162", pub="2025-04-15", src="Darfur Humanitarian Update", text='''
Shelling of Abu Shouk camp kills 19; thousands flee El Fasher toward Tawila

EL FASHER, Sudan — Artillery shells fired by the Rapid Support Forces (RSF) struck the Abu Shouk displacement camp on the northern edge of El Fasher on Sunday and Monday, killing at least 19 people and wounding dozens, camp coordinators and medical workers said.

"The shells fell on the water points and the market, where people gather in the morning," said Adam Yahya, a coordinator at the camp. Residents said the bombardment continued for about six hours on each day.

The RSF denied shelling civilians and accused the army and allied armed groups of using the camp as a base for fighters.

Thousands of families left Abu Shouk on foot and on donkey carts after the shelling, heading for Tawila, 60 km to the west, aid agencies said. Médecins Sans Frontières said its team in Tawila had treated 45 wounded people who arrived on Monday and Tuesday, many with shrapnel wounds.

The army said it had repelled an RSF assault on the city's southern defences on Sunday, killing "dozens" of fighters. The claim could not be verified.

In Port Sudan, on the Red Sea coast, a drone struck a fuel depot near the port on Monday, setting off a large fire, the government said. It blamed the RSF, which did not comment.

The UN humanitarian coordinator called on both sides to allow safe passage for civilians leaving El Fasher.
''', recs=[
 R("ASSAULT", acled=SHELL, m=["[Shelling] of Abu Shouk camp kills 19", "Artillery shells fired by the Rapid Support Forces (RSF) [struck] the Abu Shouk displacement camp", "The shells [fell] on the water points and the market", "the [bombardment] continued for about six hours", "The RSF denied [shelling] civilians", "on donkey carts after the [shelling], heading"], a=["the Rapid Support Forces (RSF)"], t=["the Abu Shouk displacement camp"], p=("Abu Shouk", 13.67, 25.34, "SD"), d=("Sunday", "Monday"), f=(19, 19), i=(20, 99), c=["claimed", "denied"], note="two days of RSF shelling of Abu Shouk (bounded series)"),
 R("ACCUSE", m=["[accused] the army and allied armed groups"], a=["The RSF"], t=["the army and allied armed groups"], p=None, d=("Sunday", "today"), c=CL, note="RSF accuses army of using camp as base"),
 R("MOVE", mode="flee", m=["Thousands of families [left] Abu Shouk on foot"], a=["Thousands of families"], p=("Tawila", 13.50, 24.88, "SD"), d=("Sunday", "today"), q=(1000, 9000), c=CL, note="families flee to Tawila"),
 R("AID", m=["its team in Tawila had [treated] 45 wounded people"], a=["Médecins Sans Frontières"], t=["45 wounded people"], p=("Tawila", 13.50, 24.88, "SD"), d=("Monday", "Tuesday"), c=CL, opt=True, note="MSF treats wounded"),
 R("ASSAULT", acled=CLASH, m=["it had [repelled] an RSF assault on the city's southern defences"], a=["The army"], t=["an RSF assault"], p=("El Fasher", 13.63, 25.35, "SD"), d="Sunday", f=(20, 99), c=CL, note="army repels RSF assault on El Fasher"),
 R("ASSAULT", acled=AIR, m=["a drone [struck] a fuel depot near the port"], a=["the RSF"], t=["a fuel depot"], p=("Port Sudan", 19.62, 37.22, "SD"), d="Monday", c=CL, note="drone strike on Port Sudan fuel depot (distinct)"),
 R("ACCUSE", m=["It [blamed] the RSF, which did not comment"], a=["the government"], t=["the RSF"], p=None, d="Monday", c=CL, note="government blames RSF for drone"),
 R("REQUEST", m=["The UN humanitarian coordinator [called] on both sides"], a=["The UN humanitarian coordinator"], t=["both sides"], p=None, c=A, note="UN asks for safe passage"),
]))

ARTS.append(dict(id="own_163", pub="2024-07-30", src="Costa Security Notes", wrap=True, text='''
Car bomb outside Guayaquil prison kills two guards; second device defused

GUAYAQUIL, Ecuador — A car packed with explosives blew up outside the main entrance of the Litoral penitentiary in Guayaquil on Monday morning, killing two prison guards and wounding five relatives of inmates who were queuing for visiting hours, the prison service SNAI said.

Police said the vehicle, stolen in Durán two days earlier, had been parked beside the visitors' gate overnight and was detonated remotely at 8.15 am. A second device hidden in a motorcycle nearby was found and defused by the bomb squad.

"The blast threw us against the wall. A woman next to me was bleeding from the head," said Carmen Quiñónez, 49, who had come to visit her son.

Hours after the bombing, police raided three houses in Durán and arrested four members of the Los Lobos gang, seizing dynamite and detonators, the interior minister said. The prisons director said the attack was retaliation for the transfer of several gang leaders to a maximum-security prison last week.

The government declared a 60-day state of emergency in Guayas province and ordered soldiers to take over security around the country's prisons.

In May, a smaller bomb exploded outside the Turi prison in Cuenca without causing injuries.
''', recs=[
 R("ASSAULT", acled=IED, m=["Car bomb outside Guayaquil prison [kills] two guards", "A car packed with explosives [blew] up outside the main entrance", "[detonated] remotely at 8.15 am", "The [blast] threw us against the wall", "Hours after the [bombing], police raided", "the [attack] was retaliation for the transfer"], a=["members of the Los Lobos gang"], t=["the Litoral penitentiary", "two prison guards"], p=("Guayaquil", -2.19, -79.89, "EC"), d="Monday", f=(2, 2), i=(5, 5), c=CL, note="car bomb at Litoral penitentiary"),
 R("COERCE", acled=DISR, m=["second device [defused]", "was found and [defused] by the bomb squad"], a=["the bomb squad"], t=["A second device hidden in a motorcycle"], p=("Guayaquil", -2.19, -79.89, "EC"), d="Monday", c=CL, note="second device defused"),
 R("COERCE", acled=ARR, m=["police [raided] three houses in Durán", "[arrested] four members of the Los Lobos gang"], a=["police"], t=["four members of the Los Lobos gang"], p=("Durán", -2.17, -79.83, "EC"), d="Monday", q=(4, 4), c=CL, note="raids in Durán, four arrested, explosives seized"),
 R("MOVE", mode="relocate", also=["COERCE"], m=["the [transfer] of several gang leaders"], a=[], t=["several gang leaders"], p=("Ecuador", "country", "EC"), d="lastweek", c=CL, opt=True, note="transfer of gang leaders last week"),
 R("SANCTION", also=["COERCE"], acled=OTH, m=["The government [declared] a 60-day state of emergency"], a=["The government"], t=[], p=("Guayas province", -2.0, -79.9, "EC"), d=("Monday", "today"), c=A, note="state of emergency in Guayas"),
 R("MOBILIZE", m=["[ordered] soldiers to take over security"], a=["The government"], t=[], p=("Ecuador", "country", "EC"), d=("Monday", "today"), c=A, note="soldiers deployed to prisons"),
 R("ASSAULT", acled=IED, m=["In May, a smaller bomb [exploded] outside the Turi prison"], a=[], t=["the Turi prison"], p=("Cuenca", -2.90, -79.00, "EC"), d="2024-05", f=(0, 0), c=A, note="May bomb at Turi prison (background, own date)"),
]))

ARTS.append(dict(id="own_164", pub="2025-06-09", src="Grassfields Reporter", text='''
Roadside bomb kills soldiers in Bamenda; troops burn houses in Nkwen, residents say

BAMENDA, Cameroon — A roadside bomb tore through a military armoured vehicle in the Nkwen neighbourhood of Bamenda on Saturday, killing three soldiers, two security sources said. The army's spokesman confirmed two deaths and said four soldiers were wounded.

Separatist fighters of the Ambazonia Defence Forces claimed the attack in a video posted on social media, showing the burning vehicle and a fighter shouting slogans.

On Sunday, troops searched houses in Nkwen and nearby Bambui, residents said, setting fire to at least a dozen homes and detaining about 20 young men. "They came in the morning and burned everything in our compound because they said we hid the boys who planted the bomb," said Grace Ngum, 44, a teacher. The army denied burning houses and said 11 suspects had been arrested.

Separatist leaders ordered residents of the North-West region to stay indoors for three days from Monday and threatened to punish anyone who opened a shop or sent children to school. Streets in Bamenda were largely deserted on Monday morning.

Since 2017, fighting between the army and English-speaking separatists has killed more than 6,000 people. In March, separatists abducted six teachers in Bali and released them after their families paid a ransom.
''', recs=[
 R("ASSAULT", acled=IED, m=["Roadside bomb [kills] soldiers in Bamenda", "A roadside bomb [tore] through a military armoured vehicle", "The army's spokesman confirmed two [deaths]", "four soldiers were [wounded]", "Ambazonia Defence Forces [claimed] the attack", "the boys who [planted] the bomb"], a=["Separatist fighters of the Ambazonia Defence Forces"], t=["a military armoured vehicle", "three soldiers"], p=("Nkwen", 5.98, 10.18, "CM"), d="Saturday", f=(2, 3), i=(4, 4), c=CL, note="IED on armoured vehicle in Nkwen, Bamenda"),
 R("COERCE", acled=LOOT, also=["ASSAULT"], m=["troops [burn] houses in Nkwen", "[setting] fire to at least a dozen homes", "[burned] everything in our compound", "The army denied [burning] houses"], a=["troops"], t=["at least a dozen homes"], p=("Nkwen", 5.98, 10.18, "CM"), d="Sunday", c=["claimed", "denied"], note="troops burn homes in Nkwen and Bambui, denied"),
 R("COERCE", acled=ARR, m=["[detaining] about 20 young men", "said 11 suspects had been [arrested]"], a=["troops"], t=["about 20 young men", "11 suspects"], p=("Nkwen", 5.98, 10.18, "CM"), d="Sunday", q=(11, 20), c=CL, note="young men detained in searches"),
 R("COERCE", also=["THREATEN"], acled=OTH, m=["Separatist leaders [ordered] residents of the North-West region to stay indoors", "[threatened] to punish anyone who opened a shop"], a=["Separatist leaders"], t=["residents of the North-West region", "anyone who opened a shop"], p=("North-West region", 6.2, 10.2, "CM"), d=("Monday", "today"), c=A, note="separatist lockdown order with threats"),
 R("COERCE", acled=ABD, m=["In March, separatists [abducted] six teachers in Bali"], a=["separatists"], t=["six teachers"], p=("Bali", 5.89, 10.01, "CM"), d="2025-03", q=(6, 6), c=A, note="March abduction of teachers in Bali (background, own date)"),
]))

ARTS.append(dict(id="own_165", pub="2025-08-13", src="Attica Local News", text='''
Firefighters win battle for Keratea as winds ease; villages evacuated overnight

KERATEA, Greece — Firefighters backed by water-bombing aircraft brought a wildfire under partial control east of Athens on Wednesday after a night-long battle to keep the flames away from the town of Keratea.

The blaze broke out in dry scrubland on Tuesday afternoon and, fanned by gusts of up to 70 km an hour, raced down the hillside toward houses on the edge of the town. Authorities ordered the evacuation of three villages and a children's summer camp, and about 600 people spent the night in a sports hall in Lavrio.

"The fire attacked from two sides. We fought it with garden hoses until the planes came," said Giorgos Kalamaras, 63, who stayed behind to defend his olive grove.

Eight aircraft and four helicopters bombarded the flames with water from first light, the fire service said. About 180 firefighters and dozens of volunteers were on the ground. Two firefighters were treated for smoke inhalation, and several homes and barns were damaged.

The fire service said the cause was under investigation. Greece has been hit by a series of wildfires this summer during a prolonged heatwave, and the risk of new fires remains very high in Attica on Thursday.

Residents of the evacuated villages were allowed to return home by midday. "We survived. The sea breeze was our ally," said the mayor.
''', recs=[
 R("MOVE", mode="relocate", m=["villages [evacuated] overnight", "Authorities [ordered] the evacuation of three villages", "about 600 people [spent] the night in a sports hall in Lavrio"], a=["Authorities"], t=["about 600 people"], p=("Keratea", 37.80, 23.98, "GR"), d=("Tuesday", "Wednesday"), q=(600, 600), c=A, note="wildfire evacuation (the fire itself is not an event)"),
 R("MOVE", mode="return", m=["Residents of the evacuated villages were [allowed] to return home"], a=["Residents of the evacuated villages"], p=("Keratea", 37.80, 23.98, "GR"), d="Wednesday", c=A, opt=True, note="evacuees return"),
]))

ARTS.append(dict(id="own_166", pub="2025-12-04", src="Coast Courts Weekly", text='''
Mombasa court jails two men for 2023 grenade attack on Nyali nightclub

MOMBASA — A Mombasa court on Wednesday sentenced two men to 30 years each in prison for a grenade attack on a nightclub in Nyali that wounded 14 people in 2023, and acquitted a third for lack of evidence.

Senior Principal Magistrate Ruth Mwangeka found Hassan Omar Bakari, 34, and Yusuf Said Mwinyi, 29, guilty of committing a terrorist act and of possessing explosives. The court heard that the men threw two grenades onto the crowded dance floor of the club shortly after midnight on 11 March 2023. One grenade failed to explode.

Prosecutors told the court that the pair had been recruited by al-Shabaab through an online preacher, and that they had scouted the club for a week before the attack. Police arrested them in Likoni in April 2023 after tracing a mobile phone found near the scene.

"I still have metal in my leg. Today I can sleep," said Mercy Achieng, 27, a waitress who was wounded by shrapnel that night.

The defence said it would appeal.

Separately, police in Lamu said on Tuesday they had arrested three men at a roadblock near Mpeketoni and recovered two grenades and a pistol hidden in a sack of maize. The men were being held for questioning.
''', recs=[
 R("SANCTION", m=["Mombasa court [jails] two men", "A Mombasa court on Wednesday [sentenced] two men to 30 years", "found Hassan Omar Bakari, 34, and Yusuf Said Mwinyi, 29, [guilty]"], a=["A Mombasa court", "Senior Principal Magistrate Ruth Mwangeka"], t=["Hassan Omar Bakari, 34, and Yusuf Said Mwinyi, 29"], p=("Mombasa", -4.04, 39.67, "KE"), d="Wednesday", c=A, note="two sentenced to 30 years"),
 R("ASSAULT", acled=GREN, m=["for 2023 grenade [attack] on Nyali nightclub", "for a grenade [attack] on a nightclub in Nyali", "the men [threw] two grenades onto the crowded dance floor", "who was [wounded] by shrapnel that night"], a=["Hassan Omar Bakari, 34, and Yusuf Said Mwinyi, 29", "the men"], t=["a nightclub in Nyali", "14 people"], p=("Nyali", -4.03, 39.70, "KE"), d="2023-03-11", i=(14, 14), c=A, note="2023 grenade attack on Nyali nightclub (the tried attack, own date)"),
 R("ACCUSE", m=["the pair had been [recruited] by al-Shabaab"], a=["Prosecutors"], t=["al-Shabaab", "the pair"], p=None, c=CL, opt=True, note="prosecution allegation of recruitment"),
 R("COERCE", acled=ARR, m=["Police [arrested] them in Likoni in April 2023"], a=["Police"], t=["them"], p=("Likoni", -4.08, 39.66, "KE"), d="2023-04", q=(2, 2), c=A, note="2023 arrest in Likoni (own date)"),
 R("REQUEST", m=["The defence said it would [appeal]"], a=["The defence"], t=[], p=None, c=HY, opt=True, note="appeal announced (procedure)"),
 R("COERCE", acled=ARR, m=["they had [arrested] three men at a roadblock near Mpeketoni"], a=["police in Lamu"], t=["three men"], p=("Mpeketoni", -2.39, 40.70, "KE"), d="Tuesday", q=(3, 3), c=CL, note="three arrested with grenades near Mpeketoni (distinct)"),
 R("COERCE", acled=DISR, m=["[recovered] two grenades and a pistol"], a=["police in Lamu"], t=[], p=("Mpeketoni", -2.39, 40.70, "KE"), d="Tuesday", c=CL, opt=True, note="grenades recovered"),
]))
