from common import *
ARTS = []
ARTS.append(dict(id="own_013", pub="2026-02-03", src="Arabia Felix Monitor", text='''
Houthi missile strikes displacement camp near Marib

MARIB, Yemen — A ballistic missile fired by Houthi forces struck a camp for displaced families on the western outskirts of Marib city on Monday, killing at least four people, including two children, the government-run Executive Unit for IDP Camps said.

The missile hit the Al-Jufainah camp shortly after sunset, setting dozens of tents on fire. Between 10 and 15 people were injured, according to medics at the Marib General Hospital.

Government spokesman Mohammed al-Zubairi accused the Houthis of "deliberately targeting civilians", calling the strike a war crime. The Houthi-run Saba news agency said the group's forces had targeted "a gathering of mercenaries" in Marib, without mentioning the camp.

Fighting on the fronts west of Marib has largely frozen since a truce in 2022, but both sides accuse each other of violations. The government said Houthi snipers killed a soldier in Sirwah district on Sunday.

The UN envoy for Yemen called on all parties to respect the truce and to spare civilians.

Marib hosts more than a million displaced people, the largest concentration in the country.
''', recs=[
 R("ASSAULT", acled=SHELL, m=["Houthi missile [strikes] displacement camp near Marib", "A ballistic missile fired by Houthi forces [struck] a camp", "The missile [hit] the Al-Jufainah camp", "calling the [strike] a war crime", 'forces had [targeted] "a gathering'], a=["Houthi forces", "the Houthis", "the group's forces"], t=["a camp for displaced families", "the Al-Jufainah camp", "civilians"], p=("Al-Jufainah", 15.45, 45.30, "YE"), d="Monday", f=(4, 8), i=(10, 15), c=CL, note="Houthi ballistic missile on Al-Jufainah IDP camp, Marib"),
 R("ACCUSE", m=["[accused] the Houthis of"], a=["Government spokesman Mohammed al-Zubairi"], t=["the Houthis"], p=None, d=("Monday", "today"), c=A, note="government accuses Houthis of targeting civilians"),
 R("ASSAULT", acled=CLASH, m=["Houthi snipers [killed] a soldier in Sirwah district"], a=["Houthi snipers"], t=["a soldier"], p=("Sirwah", 15.43, 45.05, "YE"), d="Sunday", f=(1, 1), c=CL, note="Houthi sniper kills soldier in Sirwah"),
 R("REQUEST", m=["[called] on all parties to respect the truce"], a=["The UN envoy for Yemen"], t=["all parties"], p=None, c=A, note="UN envoy calls on parties to respect truce"),
]))

ARTS.append(dict(id="own_014", pub="2026-02-24", src="Gulf of Aden Report", text='''
Smugglers force migrants overboard off Yemen; dozens missing

OBOCK, Djibouti — Smugglers forced around 80 migrants into the sea off the coast of Yemen's Lahj governorate on Sunday, and at least 20 are believed to have drowned, the International Organization for Migration said on Tuesday.

The boat had left Obock in northern Djibouti late on Saturday carrying mostly young Ethiopian men and women heading for Saudi Arabia, the agency said. As it approached the shore near Ras al-Ara, the crew ordered passengers to jump, apparently fearing a coastguard patrol.

"They beat us with sticks until we jumped," one survivor, 19-year-old Tesfaye Girma, told IOM staff. Yemeni fishermen pulled 31 people from the water.

Separately, a second overcrowded boat capsized in rough seas off Obock on Monday, killing eight people, Djiboutian officials said. There was no indication that it had been deliberate.

The Eastern Route from the Horn of Africa to the Gulf is one of the busiest and deadliest migration routes in the world. More than 2,000 people have died or gone missing on it over the past decade, IOM says.

Djibouti's coastguard said it had arrested two suspected smugglers in Obock on Monday.
''', recs=[
 R("ASSAULT", acled=VAC, m=["Smugglers [force] migrants overboard off Yemen", "Smugglers [forced] around 80 migrants into the sea", "the crew [ordered] passengers to jump", "They [beat] us with sticks until we jumped"], a=["Smugglers", "the crew"], t=["around 80 migrants", "passengers"], p=("Ras al-Ara", 12.63, 43.93, "YE"), d="Sunday", f=(20, 49), c=["claimed", "believed"], q=(80, 80), note="smugglers force migrants overboard off Lahj"),
 R("MOVE", mode="smuggle", m=["The boat had [left] Obock in northern Djibouti"], a=["mostly young Ethiopian men and women"], p=("Obock", 11.96, 43.29, "DJ"), d="Saturday", q=(80, 80), c=CL, note="smuggling boat departs Obock for Yemen"),
 R("AID", m=["Yemeni fishermen [pulled] 31 people from the water"], a=["Yemeni fishermen"], t=["31 people"], p=("Ras al-Ara", 12.63, 43.93, "YE"), d="Sunday", q=(31, 31), c=CL, opt=True, note="fishermen rescue 31"),
 R("COERCE", acled=ARR, m=["it had [arrested] two suspected smugglers in Obock"], a=["Djibouti's coastguard"], t=["two suspected smugglers"], p=("Obock", 11.96, 43.29, "DJ"), d="Monday", q=(2, 2), c=CL, note="Djibouti coastguard arrests two smugglers"),
]))

ARTS.append(dict(id="own_015", pub="2026-03-17", src="Khyber Post", wrap=True, text='''
Pakistan deports thousands more Afghans through Torkham

TORKHAM — Pakistani authorities deported more than 4,200 Afghan nationals through the Torkham border crossing over the weekend, Afghan officials said on Monday, as a new phase of Islamabad's expulsion drive gathered pace.

Trucks piled with bedding, cooking pots and livestock lined the road to the crossing on Saturday and Sunday. Many of those returning had been born in Pakistan and had never lived in Afghanistan.

"The police came to our house in Peshawar at night and gave us two days," said Gul Bibi, 45, who arrived with seven children. "My husband is still in a police station there."

Police in Khyber Pakhtunkhwa said they had detained about 600 undocumented Afghans in Peshawar and Nowshera since the start of the month. Pakistan accuses Afghan nationals of involvement in militant attacks, a charge the Taliban government rejects.

The Taliban's refugee ministry said it was giving each family a cash grant and transport to their home provinces. The UN refugee agency urged Pakistan to halt the deportations, warning that returnees faced "acute risks" in Afghanistan.

Pakistan's interior minister on Sunday called the campaign "irreversible" and said it would extend to holders of proof of registration cards from April.
''', recs=[
 R("MOVE", mode="deport", m=["Pakistan [deports] thousands more Afghans", "Pakistani authorities [deported] more than 4,200 Afghan nationals", "to halt the [deportations]", "who [arrived] with seven children"], a=["Pakistani authorities", "Pakistan"], t=["more than 4,200 Afghan nationals"], p=("Torkham", 34.10, 71.09, "AF"), d=("Saturday", "Sunday"), q=(4201, 4500), c=CL, note="Pakistan deports 4,200+ Afghans via Torkham over weekend"),
 R("COERCE", acled=ARR, m=["they had [detained] about 600 undocumented Afghans"], a=["Police in Khyber Pakhtunkhwa"], t=["about 600 undocumented Afghans"], p=("Peshawar", 34.01, 71.58, "PK"), d=("2026-03-01", "today"), q=(550, 650), c=CL, note="KP police detain ~600 Afghans in Peshawar and Nowshera"),
 R("COERCE", m=["The police [came] to our house in Peshawar", "My husband is still in a police [station]"], a=["The police"], t=["My husband", "Gul Bibi"], p=("Peshawar", 34.01, 71.58, "PK"), c=CL, note="police order Gul Bibi's family out, husband held"),
 R("ACCUSE", m=["Pakistan [accuses] Afghan nationals"], a=["Pakistan"], t=["Afghan nationals"], p=None, c=A, opt=True, note="Pakistan accuses Afghans of militant involvement (general)"),
 R("REJECT", m=["a charge the Taliban government [rejects]"], a=["the Taliban government"], p=None, c=A, opt=True, note="Taliban rejects charge (general)"),
 R("AID", m=["it was [giving] each family a cash grant"], a=["The Taliban's refugee ministry"], t=["each family"], p=("Torkham", 34.10, 71.09, "AF"), c=CL, note="Taliban ministry gives returnees cash and transport"),
 R("REQUEST", m=["[urged] Pakistan to halt"], a=["The UN refugee agency"], t=["Pakistan"], p=None, c=A, note="UNHCR urges Pakistan to halt deportations"),
 R("THREATEN", m=["it would [extend] to holders of proof of registration cards"], a=["Pakistan's interior minister"], t=["holders of proof of registration cards"], p=("Pakistan", "country", "PK"), d="2026-04", c=HY, note="minister says expulsions will extend to PoR holders from April"),
]))

ARTS.append(dict(id="own_016", pub="2026-04-10", src="Kabul Evening Wire", text='''
Suicide bomber kills worshippers at Kabul mosque; Taliban detain suspects

KABUL (KEW) — A suicide bomber blew himself up inside a Shia mosque in western Kabul during Friday prayers, killing at least 11 worshippers and wounding about 25, a Taliban police spokesman said.

The explosion ripped through the Imam Zaman mosque in the Dasht-e-Barchi neighbourhood, home to many members of the Hazara community. Witnesses said the bomber had entered with a group of worshippers. Hospital sources put the death toll higher, at 17.

"I heard the blast and then the roof fell," said Ali Reza Hosseini, 23, who was praying near the door.

The Islamic State Khorasan Province claimed the attack through its Amaq news agency. The group has repeatedly targeted Hazaras in Kabul and elsewhere.

Taliban intelligence said on Friday evening that it had detained three suspects linked to the bombing in a raid in the Paghman district. It did not provide details.

The United Nations mission in Afghanistan condemned the bombing and called for the perpetrators to be brought to justice.
''', recs=[
 R("ASSAULT", acled=SUIC, m=["Suicide bomber [kills] worshippers at Kabul mosque", "A suicide bomber [blew] himself up inside a Shia mosque", "The [explosion] ripped through the Imam Zaman mosque", "I heard the [blast] and then the roof fell", "claimed the [attack] through its Amaq news agency", "linked to the [bombing] in a raid", "the [bombing] and called for"], a=["A suicide bomber", "The Islamic State Khorasan Province"], t=["worshippers", "a Shia mosque", "the Imam Zaman mosque"], p=("Dasht-e-Barchi", 34.50, 69.11, "AF"), d="Friday", f=(11, 17), i=(25, 25), c=["claimed", "asserted"], note="ISKP suicide bombing at Imam Zaman mosque, Dasht-e-Barchi"),
 R("COERCE", acled=ARR, m=["it had [detained] three suspects"], a=["Taliban intelligence"], t=["three suspects"], p=("Paghman", 34.59, 68.95, "AF"), d="Friday", q=(3, 3), c=CL, note="Taliban detain three suspects in Paghman"),
 R("ACCUSE", m=["The United Nations mission in Afghanistan [condemned]"], a=["The United Nations mission in Afghanistan"], t=[], p=None, d="Friday", c=A, note="UNAMA condemns bombing"),
 R("REQUEST", m=["called for the perpetrators to be [brought] to justice"], a=["The United Nations mission in Afghanistan"], t=["the perpetrators"], p=None, d="Friday", c=A, opt=True, note="UNAMA calls for justice"),
]))
