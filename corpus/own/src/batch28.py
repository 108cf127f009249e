from common import *
ARTS = []
ARTS.append(dict(id="own_137", pub="2025-03-10", src="Horn Wire Service", text='''
Suicide bomber strikes Baidoa tea shop; death toll rises to 14

BAIDOA, Somalia (HWS) — A suicide bomber blew himself up inside a crowded tea shop near the main livestock market on Sunday evening, killing at least nine people, a regional police official said.

The death toll rose to 14 on Monday after five of the wounded died in hospital, said Dr Abdiweli Hassan Nur, director of the regional hospital. The blast also wounded 31 people, most of them traders and herders who had gathered to watch a football match on television.

"The man walked in, ordered nothing, and then there was fire everywhere," said Maryan Isak, 38, who sells milk outside the shop. "I found my brother under a table."

The al-Qaeda-linked group al-Shabaab said in a statement read on a radio station it runs that its fighter had targeted "government militias" at the shop.

Police arrested three men on Monday in the Isha neighbourhood on suspicion of helping the bomber reach the market, South West State's security minister said. He said the bomber had travelled from Bardale by minibus the day before.

The state's president condemned what he called "a crime against people drinking tea", and the authorities imposed a night curfew on motorcycles and three-wheeled taxis across the town.

Sunday's bombing was the second deadly blast in Baidoa in less than a month. On 12 February a car bomb exploded at a checkpoint on the town's northern edge, killing four soldiers.

The shop's owner, Ibrahim Aden, said he would not reopen. "After Sunday's attack, who will come to sit here? My customers are in the cemetery."
''', recs=[
 R("ASSAULT", acled=SUIC, m=["Suicide bomber [strikes] Baidoa tea shop", "A suicide bomber [blew] himself up inside a crowded tea shop", "The death [toll] rose to 14 on Monday", "The [blast] also wounded 31 people", "The man walked in, ordered nothing, and then there was [fire] everywhere", "its fighter had [targeted] \"government militias\" at the shop", "Sunday's [bombing] was the second deadly blast", "After Sunday's [attack], who will come"], a=["A suicide bomber", "The al-Qaeda-linked group al-Shabaab"], t=["a crowded tea shop", "traders and herders"], p=("Baidoa", 3.11, 43.65, "SO"), d="Sunday", f=(14, 14), i=(31, 31), c=AC, note="suicide bombing of tea shop in Baidoa, toll rises 9 -> 14; al-Shabaab claim is a mention"),
 R("COERCE", acled=ARR, m=["Police [arrested] three men on Monday in the Isha neighbourhood"], a=["Police"], t=["three men"], p=("Baidoa", 3.11, 43.65, "SO"), d="Monday", q=(3, 3), c=CL, note="three suspected helpers arrested"),
 R("ACCUSE", m=["The state's president [condemned] what he called"], a=["The state's president"], t=[], p=None, d=("Sunday", "today"), c=A, note="state president condemns the bombing"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["the authorities [imposed] a night curfew on motorcycles"], a=["the authorities"], t=["motorcycles and three-wheeled taxis"], p=("Baidoa", 3.11, 43.65, "SO"), d=("Sunday", "today"), c=A, note="night curfew on motorcycles and taxis"),
 R("ASSAULT", acled=IED, m=["On 12 February a car [bomb] exploded at a checkpoint"], a=[], t=["four soldiers"], p=("Baidoa", 3.11, 43.65, "SO"), d="2025-02-12", f=(4, 4), c=A, note="earlier car bomb at Baidoa checkpoint (background, own date)"),
]))

ARTS.append(dict(id="own_138", pub="2024-11-04", src="Nairobi Evening Sport", text='''
Gor Mahia bombard Leopards as K'Ogalo tighten grip on title race

NAIROBI — Gor Mahia tore AFC Leopards apart 4-1 in the Mashemeji derby at Nyayo National Stadium on Sunday, a result that leaves their old rivals staring down the barrel of a relegation fight.

Striker Collins Odhiambo fired the champions ahead after nine minutes with a shot that rocketed into the top corner, and the visitors never recovered from the early assault. Winger Dennis Wafula struck twice more before half-time, exploiting a back line that looked shell-shocked from the first whistle.

Leopards pulled one back from the penalty spot after the break, but substitute Brian Otieno killed off the contest in the 81st minute with a bullet header from a corner.

"We went for the jugular from the start," said the Gor coach, Samuel Ouma. "When you have a killer instinct like these boys, you punish every mistake."

His opposite number, Peter Shikanda, admitted his side had been "massacred in midfield". "We were ambushed on the counter-attack again and again. I take the blame. We will regroup and fight our way out of this," he said.

About 25,000 supporters packed the stadium and police said the crowd was well behaved. Gor fans lit green flares and sang for half an hour after the final whistle.

The win puts Gor seven points clear at the top. Their next target is a trip to Kakamega on Saturday, when they will try to extend their unbeaten run to 14 matches. Leopards, who have lost four of their last five, face a battle to avoid the drop, and their chairman has promised to raid the transfer market in January.
''', recs=[]))

ARTS.append(dict(id="own_139", pub="2025-06-16", src="Lake Chad Security Bulletin", wrap=True, text='''
Borno weekly: IED kills five on Damboa road; ISWAP raid on Gwoza outskirts; air strikes in Sambisa

MAIDUGURI — Summary of incidents reported to this bulletin for 9 to 15 June. Figures are as reported by sources and have not all been verified.

1. Damboa LGA, 11 June. A commercial minibus struck an improvised explosive device on the Maiduguri–Damboa road near the village of Sabon Gari, killing five civilians and wounding three. Local vigilantes said the device had been buried overnight in a pothole. No group claimed the explosion; security sources attributed it to ISWAP.

2. Gwoza LGA, 13 June. Hundreds of fighters on motorbikes attacked the outskirts of Gwoza town at dusk, exchanging fire with troops of the Nigerian army's 26 Brigade for about two hours. Residents reported two soldiers and an unknown number of attackers killed. The fighters looted a pharmacy and burned a grain store before withdrawing toward the Mandara hills. ISWAP later claimed the raid on its Amaq channel and said it had killed 11 soldiers; the army said only two had died.

3. Sambisa forest, 14 June. The Nigerian Air Force said its jets struck a gathering of Boko Haram (JAS) commanders near Kawuri, killing "scores". The figure could not be verified.

4. Displacement. About 1,400 people from villages around Gwoza arrived at the Bakassi camp in Maiduguri after the raid, according to a humanitarian source. Many said they had walked for two days through the bush.

5. Arrests. Troops detained a suspected logistics supplier for ISWAP at the cattle market in Monguno on 12 June, along with drums of fuel and motorbike parts.

Analyst note: the Damboa road remains closed to unescorted traffic after 4pm.
''', recs=[
 R("ASSAULT", acled=IED, m=["IED [kills] five on Damboa road", "A commercial minibus [struck] an improvised explosive device", "the device had been [buried] overnight in a pothole", "No group claimed the [explosion]"], a=["ISWAP"], t=["A commercial minibus", "five civilians"], p=("Sabon Gari", 11.30, 12.70, "NG"), d="2025-06-11", f=(5, 5), i=(3, 3), c=CL, note="IED on Maiduguri-Damboa road near Sabon Gari"),
 R("ACCUSE", m=["security sources [attributed] it to ISWAP"], a=["security sources"], t=["ISWAP"], p=None, d=("2025-06-11", "today"), c=CL, note="security sources blame ISWAP for the IED"),
 R("ASSAULT", acled=CLASH, m=["ISWAP [raid] on Gwoza outskirts", "Hundreds of fighters on motorbikes [attacked] the outskirts of Gwoza town", "[exchanging] fire with troops of the Nigerian army's 26 Brigade", "an unknown number of attackers [killed]", "ISWAP later [claimed] the raid on its Amaq channel", "it had [killed] 11 soldiers", "the army said only two had [died]"], a=["Hundreds of fighters on motorbikes", "ISWAP"], t=["troops of the Nigerian army's 26 Brigade"], p=("Gwoza", 11.08, 13.69, "NG"), d="2025-06-13", f=(2, 11), c=CL, note="ISWAP raid on Gwoza outskirts, toll disputed"),
 R("COERCE", acled=LOOT, m=["The fighters [looted] a pharmacy", "[burned] a grain store before withdrawing"], a=["The fighters"], t=["a pharmacy", "a grain store"], p=("Gwoza", 11.08, 13.69, "NG"), d="2025-06-13", c=CL, note="looting and burning during Gwoza raid"),
 R("ASSAULT", acled=AIR, m=["air [strikes] in Sambisa", "its jets [struck] a gathering of Boko Haram (JAS) commanders"], a=["The Nigerian Air Force"], t=["a gathering of Boko Haram (JAS) commanders"], p=("Kawuri", 11.75, 13.45, "NG"), d="2025-06-14", f=(20, 99), c=CL, note="air strike near Kawuri, 'scores' killed (unverified)"),
 R("MOVE", mode="flee", m=["About 1,400 people from villages around Gwoza [arrived] at the Bakassi camp", "Many said they had [walked] for two days"], a=["About 1,400 people from villages around Gwoza"], p=("Bakassi camp", 11.83, 13.15, "NG"), d=("2025-06-13", "today"), q=(1400, 1400), c=CL, note="1,400 flee Gwoza area to Maiduguri camp"),
 R("COERCE", acled=ARR, m=["Troops [detained] a suspected logistics supplier for ISWAP"], a=["Troops"], t=["a suspected logistics supplier for ISWAP"], p=("Monguno", 12.67, 13.61, "NG"), d="2025-06-12", q=(1, 1), c=CL, note="suspected ISWAP supplier detained in Monguno"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["the Damboa road remains [closed] to unescorted traffic"], a=[], t=["unescorted traffic"], p=("Damboa", 11.15, 12.76, "NG"), c=A, opt=True, note="road closure (ongoing restriction)"),
]))

ARTS.append(dict(id="own_140", pub="2024-02-20", src="Upper Chindwin Rights Monitor", text='''
Myanmar: Air strike on Sagaing monastery school kills eight, witnesses say

Update, 20 February 2024

A Myanmar military aircraft dropped at least two bombs on a monastery compound in Kanbalu township, Sagaing Region, on the morning of 17 February, killing eight civilians, among them four children attending lessons there, according to three residents interviewed by our researchers.

The strike hit a two-storey wooden building that villagers had used as a school since the state school closed. "I heard the jet come low twice. The second time the roof fell in on the classroom," said a 44-year-old farmer whose nine-year-old daughter was among the dead. We are withholding his name for his safety.

A volunteer medic said 15 people were wounded and treated at a clinic run by the local People's Defence Force. Satellite images reviewed by our team show a collapsed structure and burn scars consistent with an air-dropped munition.

The military's information team did not respond to our questions. State media reported on 18 February that the air force had attacked "terrorist PDF positions" in the township, without giving details.

After the bombing, about 3,000 people from four villages fled into nearby forest and farmland, where they lack shelter and medicine, residents said.

On the same day, soldiers detained a schoolteacher, Khin Myat Noe, at a checkpoint outside Shwebo, her family said. Her whereabouts are unknown.

We call on the UN Security Council to refer the situation in Myanmar to the International Criminal Court. Deliberate attacks on schools and other civilian objects are war crimes.
''', recs=[
 R("ASSAULT", acled=AIR, m=["Air [strike] on Sagaing monastery school kills eight", "A Myanmar military aircraft [dropped] at least two bombs", "The [strike] hit a two-storey wooden building", "The second time the roof [fell] in on the classroom", "daughter was among the [dead]", "15 people were [wounded] and treated", "the air force had [attacked] \"terrorist PDF positions\"", "After the [bombing], about 3,000"], a=["the air force"], t=["a monastery compound", "eight civilians"], p=("Kanbalu", 23.20, 95.52, "MM"), d="2024-02-17", f=(8, 8), i=(15, 15), c=CL, note="military air strike on monastery school in Kanbalu township"),
 R("MOVE", mode="flee", m=["about 3,000 people from four villages [fled] into nearby forest"], a=["about 3,000 people from four villages"], p=("Kanbalu", 23.20, 95.52, "MM"), d=("2024-02-17", "today"), q=(3000, 3000), c=CL, note="3,000 flee after the strike"),
 R("COERCE", acled=ABD, m=["soldiers [detained] a schoolteacher, Khin Myat Noe"], a=["soldiers"], t=["a schoolteacher, Khin Myat Noe"], p=("Shwebo", 22.57, 95.70, "MM"), d="2024-02-17", q=(1, 1), c=CL, note="teacher detained at checkpoint, whereabouts unknown"),
 R("REQUEST", m=["We [call] on the UN Security Council to refer"], a=[], t=["the UN Security Council"], p=None, d="today", c=A, note="rights group asks UNSC to refer Myanmar to ICC"),
]))

ARTS.append(dict(id="own_141", pub="2025-01-27", src="Daily Khyber Awaz (translated from Urdu)", text='''
Bannu: hand grenade thrown at police station, two constables martyred

Translated from Urdu

BANNU — Unknown assailants hurled a hand grenade into the compound of the Mandan police station late on Saturday night, as a result of which two constables were martyred and four others were injured, according to the District Police Officer.

According to police, the attackers came on a motorcycle from the side of the Kurram river and, after throwing the grenade, opened fire on the main gate. The policemen on duty returned fire, after which the attackers escaped under cover of darkness.

The injured were shifted to the District Headquarters Hospital, where the condition of one is said to be critical. The funeral prayers of the constables were offered at the Police Lines on Sunday.

Responsibility for the attack was claimed by the banned Tehreek-e-Taliban Pakistan (TTP) in a message sent to journalists.

On Sunday evening, police and Counter Terrorism Department personnel conducted a search operation in the Jani Khel area, during which three terrorists were killed in an exchange of fire and weapons and hand grenades were recovered from their possession, a CTD spokesman said.

The district administration has imposed Section 144 in the city for seven days, under which pillion riding on motorcycles is banned.

It should be noted that last month an attack on a check post in the Baka Khel area had killed three policemen.
''', recs=[
 R("ASSAULT", acled=GREN, m=["hand grenade [thrown] at police station", "Unknown assailants [hurled] a hand grenade into the compound", "two constables were [martyred] and four others were injured", "after throwing the grenade, [opened] fire on the main gate", "The policemen on duty [returned] fire", "Responsibility for the [attack] was claimed"], a=["Unknown assailants", "the banned Tehreek-e-Taliban Pakistan (TTP)"], t=["the Mandan police station", "two constables"], p=("Bannu", 32.99, 70.60, "PK"), d="Saturday", f=(2, 2), i=(4, 4), c=AC, note="grenade attack on Mandan police station, TTP claim is a mention"),
 R("ASSAULT", acled=CLASH, m=["[conducted] a search operation in the Jani Khel area", "three terrorists were [killed] in an exchange of fire"], a=["police and Counter Terrorism Department personnel"], t=["three terrorists"], p=("Jani Khel", 32.88, 70.75, "PK"), d="Sunday", f=(3, 3), c=CL, note="CTD operation in Jani Khel, three militants killed"),
 R("COERCE", acled=DISR, m=["weapons and hand grenades were [recovered] from their possession"], a=["police and Counter Terrorism Department personnel"], t=[], p=("Jani Khel", 32.88, 70.75, "PK"), d="Sunday", c=CL, opt=True, note="weapons recovered in the operation"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["The district administration has [imposed] Section 144 in the city", "pillion riding on motorcycles is [banned]"], a=["The district administration"], t=[], p=("Bannu", 32.99, 70.60, "PK"), d="today", c=A, note="Section 144 and pillion-riding ban in Bannu"),
 R("ASSAULT", acled=CLASH, m=["last month an [attack] on a check post in the Baka Khel area"], a=[], t=["a check post in the Baka Khel area", "three policemen"], p=("Baka Khel", 33.05, 70.55, "PK"), d="2024-12", f=(3, 3), c=A, note="earlier attack on Baka Khel check post (background, own date)"),
]))

ARTS.append(dict(id="own_142", pub="2023-09-12", src="Mumbai Markets Daily", text='''
Budget carriers declare fare war as SkyLark Air targets Deccan Jet's southern routes

MUMBAI — SkyLark Air fired the opening shot in what analysts called an all-out fare war on Monday, slashing ticket prices on 40 domestic routes by up to 35 percent in a direct assault on rival Deccan Jet's strongholds in the south.

"We are going to hit them where it hurts," SkyLark's chief executive, Arvind Menon, told investors on a call. "Bengaluru and Chennai are our battleground this winter."

Deccan Jet struck back within hours, matching the cuts on 28 routes and launching a flash sale that crashed its booking website for most of the afternoon. Its chairman, Ravi Subramaniam, called SkyLark's move "a suicide mission for margins" and said his airline had "enough ammunition" to survive a long campaign.

Shares in Deccan Jet plunged 7 percent in Mumbai, while SkyLark's edged up 1 percent. Both carriers are bleeding cash after jet fuel prices exploded this summer, and brokers said the weaker of the two could be killed off or swallowed in a hostile takeover within two years.

"This is a war of attrition. Passengers win in the short run, but the casualties will be the smaller airports that lose routes," said Neha Kapoor, an aviation analyst at a Mumbai brokerage.

The aviation regulator said it was watching fares but had no power to intervene. Travel agents reported a rush of bookings for the Diwali holidays, with some fares between Mumbai and Kochi falling below the price of a train ticket.
''', recs=[]))

ARTS.append(dict(id="own_143", pub="2024-08-05", src="Andes Press Wire", text='''
Landmine wounds four soldiers in Cauca; drone attack hits Jamundí police post

POPAYÁN, Colombia (APW) — Four Colombian soldiers were wounded on Sunday when one of them stepped on a landmine while patrolling a coca-growing area near El Plateado, in the south-western department of Cauca, the army said.

Two of the soldiers lost legs in the explosion and were flown by helicopter to a military hospital in Cali, it said. The army blamed the Carlos Patiño Front, a faction of the FARC dissident group known as the Estado Mayor Central, which it said had sown mines around cocaine laboratories in the area.

"They plant the mines where children walk to school," said the commander of the army's Third Division.

Hours later, in the town of Jamundí in neighbouring Valle del Cauca, a drone dropped an explosive charge on the roof of a police station, wounding a patrolman and damaging two houses, police said. Residents said they heard a buzzing sound and then a bang shortly after 9pm.

Jamundí's mayor asked the defence ministry to send more troops and anti-drone equipment. "We cannot live waiting for the next drone," she told a local radio station.

Armed groups in Cauca have increasingly fitted commercial drones with explosives to attack soldiers and police.

The government suspended peace talks with the faction's blocs in Cauca in March after its fighters attacked an indigenous guard near Toribío, killing one of its members.
''', recs=[
 R("ASSAULT", acled=IED, m=["Landmine [wounds] four soldiers in Cauca", "Four Colombian soldiers were [wounded] on Sunday", "one of them [stepped] on a landmine", "Two of the soldiers lost legs in the [explosion]"], a=["the Carlos Patiño Front"], t=["Four Colombian soldiers"], p=("El Plateado", 2.24, -77.08, "CO"), d="Sunday", i=(4, 4), c=AC, note="landmine wounds four soldiers near El Plateado"),
 R("ACCUSE", m=["The army [blamed] the Carlos Patiño Front"], a=["The army"], t=["the Carlos Patiño Front"], p=None, d=("Sunday", "today"), c=CL, note="army blames Carlos Patiño Front"),
 R("ASSAULT", acled=AIR, m=["drone attack [hits] Jamundí police post", "a drone [dropped] an explosive charge on the roof of a police station", "a buzzing sound and then a [bang]"], a=[], t=["a police station", "a patrolman"], p=("Jamundí", 3.26, -76.54, "CO"), d="Sunday", i=(1, 1), c=CL, note="drone-dropped charge on Jamundí police station"),
 R("REQUEST", m=["Jamundí's mayor [asked] the defence ministry"], a=["Jamundí's mayor"], t=["the defence ministry"], p=None, d=("Sunday", "today"), c=A, note="mayor asks for troops and anti-drone equipment"),
 R("REJECT", also=["SANCTION"], m=["The government [suspended] peace talks with the faction's blocs"], a=["The government"], t=["the faction's blocs in Cauca"], p=None, d="2024-03", c=A, note="talks suspended in March (background, own date)"),
 R("ASSAULT", acled=VAC, m=["its fighters [attacked] an indigenous guard near Toribío"], a=["its fighters"], t=["an indigenous guard"], p=("Toribío", 2.95, -76.27, "CO"), d="2024-03", f=(1, 1), c=A, note="March attack on indigenous guard near Toribío (background)"),
]))

ARTS.append(dict(id="own_144", pub="2025-05-19", src="Isère Evening Post", text='''
One dead, two hurt in stabbing at Grenoble tram stop; suspect charged

GRENOBLE — A 64-year-old man was killed and two other people were wounded on Saturday afternoon when a man armed with a kitchen knife attacked passengers waiting at the Grand'Place tram stop, police and prosecutors said.

The victim, a retired postman named by neighbours as Gérard Vial, was stabbed several times in the chest and died at the scene despite the efforts of paramedics. A 23-year-old woman who tried to help him was wounded in the arm, and a teenager was cut on the hand as he fled.

Municipal police officers on patrol nearby overpowered the attacker with a stun gun within two minutes, the city said. He was taken into custody and questioned over the weekend.

The suspect, a 31-year-old local man with a history of psychiatric treatment, was charged on Monday with murder and two counts of attempted murder, the Grenoble prosecutor said. The national anti-terrorism prosecutor's office said it was not taking up the case.

"He did not say anything. He just walked along the platform hitting people," said Samia Benali, who saw Saturday's attack from a bakery across the road.

About 400 people took part in a silent march from the tram stop to the town hall on Sunday evening in memory of the victim.

The stabbing is the second in the south of the city in just over a month. In April a 17-year-old was seriously wounded with a knife outside a sports hall in the Villeneuve district, an attack police said was linked to drug dealing.
''', recs=[
 R("ASSAULT", m=["One dead, two hurt in [stabbing] at Grenoble tram stop", "A 64-year-old man was [killed] and two other people were wounded", "a man armed with a kitchen knife [attacked] passengers", "was [stabbed] several times in the chest", "A 23-year-old woman who tried to help him was [wounded] in the arm", "He just walked along the platform [hitting] people", "who saw Saturday's [attack] from a bakery", "The [stabbing] is the second in the south"], a=["a man armed with a kitchen knife", "the attacker"], t=["passengers waiting at the Grand'Place tram stop", "A 64-year-old man", "Gérard Vial"], p=("Grand'Place", 45.16, 5.73, "FR"), d="Saturday", f=(1, 1), i=(2, 2), c=A, note="knife attack at tram stop; ordinary crime, acled null"),
 R("COERCE", m=["Municipal police officers on patrol nearby [overpowered] the attacker", "He was [taken] into custody"], a=["Municipal police officers on patrol nearby"], t=["the attacker"], p=("Grand'Place", 45.16, 5.73, "FR"), d="Saturday", q=(1, 1), c=A, note="suspect overpowered and arrested"),
 R("ACCUSE", m=["was [charged] on Monday with murder"], a=["the Grenoble prosecutor"], t=["The suspect, a 31-year-old local man"], p=("Grenoble", 45.19, 5.72, "FR"), d="Monday", c=A, note="suspect charged with murder and attempted murder"),
 R("PROTEST", acled=PEACE, m=["About 400 people took part in a silent [march]"], a=["About 400 people"], t=[], p=("Grenoble", 45.19, 5.72, "FR"), d="Sunday", q=(400, 400), c=A, opt=True, note="silent march in memory of the victim (commemorative)"),
 R("ASSAULT", m=["a 17-year-old was seriously [wounded] with a knife"], a=[], t=["a 17-year-old"], p=("Villeneuve", 45.16, 5.73, "FR"), d="2025-04", i=(1, 1), c=A, note="April stabbing in Villeneuve (earlier, distinct, own date)"),
]))

ARTS.append(dict(id="own_145", pub="2025-11-27", src="Rhine Courts Report", wrap=True, text='''
Düsseldorf court jails Syrian man for planning knife attack on Essen Christmas market

DÜSSELDORF — The Higher Regional Court in Düsseldorf on Wednesday sentenced a 21-year-old Syrian man to six years and nine months in prison for preparing a serious act of violence endangering the state and for membership of the Islamic State group.

The court found that the man, identified under German privacy rules only as Mohammad A., had bought two kitchen knives and a machete and had studied the layout of the Christmas market in the centre of Essen in November last year. He had exchanged messages with an Islamic State contact abroad, who urged him to "strike the unbelievers at their festival".

Police arrested him at his flat in Gelsenkirchen on 29 November 2024 after a tip from a foreign intelligence service, a few days before the market was due to open. Officers seized the knives, two mobile phones and a black flag.

The defendant admitted buying the weapons but told the court he had never intended to use them. The presiding judge said the messages showed "a firm decision to kill" and that only the arrest had prevented a massacre.

His lawyer said he would appeal. The federal prosecutor's office had asked for eight years.

A second man, a 19-year-old from Duisburg whom prosecutors accused of offering to drive the defendant to Essen, was acquitted last month for lack of evidence.

The market in Essen opened as planned last year, with extra police patrols and concrete barriers at its entrances.
''', recs=[
 R("SANCTION", m=["Düsseldorf court [jails] Syrian man", "The Higher Regional Court in Düsseldorf on Wednesday [sentenced]"], a=["The Higher Regional Court in Düsseldorf"], t=["a 21-year-old Syrian man", "Mohammad A."], p=("Düsseldorf", 51.23, 6.78, "DE"), d="Wednesday", c=A, note="six years nine months for planning attack"),
 R("ASSAULT", m=["for [planning] knife attack on Essen Christmas market", "[preparing] a serious act of violence endangering the state", "he had never [intended] to use them", "only the arrest had prevented a [massacre]"], a=["a 21-year-old Syrian man", "Mohammad A."], t=["the Christmas market in the centre of Essen"], p=("Essen", 51.46, 7.01, "DE"), d=("2024-11", "2024-12"), c=["hypothetical", "denied"], opt=True, note="planned, never-carried-out attack on Essen market"),
 R("REQUEST", m=["who [urged] him to \"strike the unbelievers"], a=["an Islamic State contact abroad"], t=["him"], p=None, d="2024-11", c=A, note="IS contact urges attack"),
 R("COERCE", acled=ARR, m=["Police [arrested] him at his flat in Gelsenkirchen"], a=["Police"], t=["him"], p=("Gelsenkirchen", 51.51, 7.10, "DE"), d="2024-11-29", q=(1, 1), c=A, note="arrest on 29 November 2024"),
 R("COERCE", acled=DISR, m=["Officers [seized] the knives, two mobile phones"], a=["Officers"], t=[], p=("Gelsenkirchen", 51.51, 7.10, "DE"), d="2024-11-29", c=A, opt=True, note="weapons seized at arrest"),
 R("CONCEDE", m=["The defendant [admitted] buying the weapons"], a=["The defendant"], t=[], p=("Düsseldorf", 51.23, 6.78, "DE"), c=A, opt=True, note="partial admission at trial"),
 R("REQUEST", m=["His lawyer said he would [appeal]"], a=["His lawyer"], t=[], p=None, c=HY, opt=True, note="appeal announced (procedure)"),
 R("ACCUSE", m=["whom prosecutors [accused] of offering to drive"], a=["prosecutors"], t=["A second man, a 19-year-old from Duisburg"], p=None, c=A, opt=True, note="accusation against acquitted co-defendant"),
 R("MOBILIZE", m=["with extra police [patrols] and concrete barriers"], a=[], t=[], p=("Essen", 51.46, 7.01, "DE"), d="2024", c=A, opt=True, note="extra patrols at market last year"),
]))

ARTS.append(dict(id="own_146", pub="2024-03-05", src="Marmara Daily News", text='''
Gas explosion rips through Bursa apartment block, killing three

BURSA, Turkey — A natural gas explosion tore through a five-storey apartment building in Bursa's Osmangazi district early on Monday, killing three people and injuring 11, the provincial governor's office said.

The blast, at about 6.40 am, brought down the building's front wall and shattered windows across the street. "It sounded like a bomb had gone off. I thought it was an earthquake," said Hatice Yılmaz, 57, who lives opposite. "The whole street was covered in glass."

Firefighters pulled four people alive from the rubble during a search that lasted until the afternoon. The dead were a retired couple living on the ground floor and a 19-year-old student on the first floor, the governor's office said.

Initial findings pointed to a leak from a boiler in the ground-floor flat, officials said. Prosecutors detained the technician who had serviced the boiler last week and opened an investigation into possible negligence.

The gas distribution company said its network in the street had passed an inspection in January. Residents of two neighbouring buildings were evacuated as a precaution and spent the night in a sports hall, where the municipality provided blankets and hot meals.

Engineers will decide this week whether the damaged building must be demolished. Gas leaks in ageing buildings are a frequent cause of deadly accidents in Turkish cities, where many boilers are decades old.
''', recs=[
 R("COERCE", m=["Prosecutors [detained] the technician who had serviced the boiler"], a=["Prosecutors"], t=["the technician who had serviced the boiler"], p=("Osmangazi", 40.20, 29.06, "TR"), d=("Monday", "today"), q=(1, 1), c=A, note="technician detained after accidental gas explosion (explosion itself not an event)"),
 R("ACCUSE", m=["opened an [investigation] into possible negligence"], a=["Prosecutors"], t=[], p=("Osmangazi", 40.20, 29.06, "TR"), d=("Monday", "today"), c=A, opt=True, note="negligence investigation (procedure)"),
 R("MOVE", mode="relocate", m=["Residents of two neighbouring buildings were [evacuated]"], a=["Residents of two neighbouring buildings"], p=("Osmangazi", 40.20, 29.06, "TR"), d="Monday", c=A, opt=True, note="precautionary evacuation after accident"),
]))
