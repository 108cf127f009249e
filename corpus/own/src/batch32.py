from common import *
ARTS = []
ARTS.append(dict(id="own_177", pub="2025-04-14", src="Maghreb Press Wire", text='''
Boat capsizes off Kerkennah, 23 bodies recovered; Tunisian coastguard intercepts 430 migrants

SFAX, Tunisia (MPW) — The bodies of 23 migrants, among them six children, were pulled from the sea off the Kerkennah islands on Sunday after an iron boat carrying about 45 people capsized in strong winds, the Tunisian national guard said.

The boat had left a beach near El Amra, north of Sfax, before dawn and was heading for the Italian island of Lampedusa, about 150 km away, a national guard spokesman said. Fishermen and a coastguard patrol rescued 19 people. The survivors, mostly from Guinea, Ivory Coast and Mali, were taken to the port of Sfax.

"The engine stopped and the waves came over the side. I held my son's jacket until a fisherman pulled us out," said Mariama Diallo, 27, from Conakry, speaking at the port.

In separate operations over the weekend, the coastguard intercepted 11 boats off the coast of Sfax and Mahdia and brought 430 people back to shore, the spokesman said. Most were taken by bus to olive groves outside El Amra, where thousands of migrants have camped since last year.

The national guard also arrested four Tunisians in Sfax on suspicion of organising Sunday's crossing and charging each passenger 2,500 dinars. Two of them were the boat's owners, it said.

Italian authorities said 1,170 migrants had landed on Lampedusa since Friday, most of them from Libya.

Tunisia's Forum for Economic and Social Rights said the deaths showed the failure of a policy that "closes the sea without opening any other road", and called on the government to stop moving intercepted migrants to makeshift camps.
''', recs=[
 R("MOVE", mode="cross_border", m=["The boat had [left] a beach near El Amra", "on suspicion of organising Sunday's [crossing]"], a=["about 45 people"], p=("El Amra", 34.97, 10.86, "TN"), d="Sunday", q=(45, 45), c=CL, note="boat leaves El Amra for Lampedusa (the capsizing itself is an accident, not a row)"),
 R("AID", m=["Fishermen and a coastguard patrol [rescued] 19 people", "until a fisherman [pulled] us out"], a=["Fishermen and a coastguard patrol"], t=["19 people"], p=("Kerkennah", 34.70, 11.20, "TN"), d="Sunday", q=(19, 19), c=CL, opt=True, note="rescue of 19 survivors"),
 R("MOVE", mode="deport", also=["COERCE"], m=["Tunisian coastguard [intercepts] 430 migrants", "the coastguard [intercepted] 11 boats off the coast of Sfax and Mahdia", "[brought] 430 people back to shore"], a=["the coastguard"], t=["430 people"], p=("Sfax", 34.74, 10.76, "TN"), d=("Saturday", "Sunday"), q=(430, 430), c=CL, note="11 boats intercepted and returned over the weekend"),
 R("MOVE", mode="relocate", also=["COERCE"], m=["Most were [taken] by bus to olive groves outside El Amra"], a=[], t=[], p=("El Amra", 34.97, 10.86, "TN"), d=("Saturday", "Sunday"), c=CL, note="intercepted migrants bussed to camps near El Amra"),
 R("COERCE", acled=ARR, m=["The national guard also [arrested] four Tunisians in Sfax"], a=["The national guard"], t=["four Tunisians"], p=("Sfax", 34.74, 10.76, "TN"), d=("Sunday", "today"), q=(4, 4), c=CL, note="four suspected organisers of the crossing arrested"),
 R("MOVE", mode="cross_border", m=["1,170 migrants had [landed] on Lampedusa since Friday"], a=["1,170 migrants"], p=("Lampedusa", 35.51, 12.60, "IT"), d=("Friday", "today"), q=(1170, 1170), c=CL, note="1,170 arrivals on Lampedusa since Friday"),
 R("REQUEST", m=["[called] on the government to stop moving intercepted migrants"], a=["Tunisia's Forum for Economic and Social Rights"], t=["the government"], p=None, d="today", c=A, note="rights forum asks government to stop moving migrants to camps"),
]))

ARTS.append(dict(id="own_178", pub="2025-08-11", src="Kent Coast Gazette", text='''
More than 400 cross Channel in a day as French police slash dinghy at Gravelines

DOVER — More than 400 people crossed the English Channel in small boats on Saturday, the highest daily figure this summer, according to Home Office data published on Sunday.

Border Force vessels brought 412 people ashore at Dover in eight groups throughout the day. Many were from Eritrea, Sudan, Afghanistan and Syria, volunteers who met the boats said.

On the French side, police punctured an inflatable boat with knives on the beach at Gravelines early on Saturday as about 60 people waded towards it, footage filmed by a charity showed. Officers also fired tear gas at men who tried to push the dinghy into the water. The French interior ministry said the officers had acted "to save lives" by preventing an overloaded launch.

"We paid 1,200 euros each and now the boat is finished. We will try again tomorrow," an Eritrean man told the charity, Utopia 56.

A man in his twenties was found dead on a boat that reached Dover on Saturday afternoon. Kent Police said he appeared to have been crushed in the crowded dinghy and that his death was not being treated as suspicious.

The National Crime Agency arrested two men in Folkestone on Sunday on suspicion of helping to organise crossings from Dunkirk. A third man was detained in Germany on a British warrant for supplying engines.

Separately, a charter flight carrying 38 Albanian nationals left Stansted for Tirana on Thursday, the Home Office said, the ninth removal flight to Albania this year.

Dover's MP said the crossings were "an insult to everyone who waits their turn" and called for more French patrols on the beaches.
''', recs=[
 R("MOVE", mode="cross_border", m=["More than 400 [cross] Channel in a day", "More than 400 people [crossed] the English Channel in small boats", "Border Force vessels [brought] 412 people ashore at Dover"], a=["More than 400 people"], p=("Dover", 51.13, 1.31, "GB"), d="Saturday", q=(412, 412), c=CL, note="412 small-boat arrivals at Dover on Saturday"),
 R("COERCE", m=["French police [slash] dinghy at Gravelines", "police [punctured] an inflatable boat with knives", "the officers had [acted] \"to save lives\""], a=["police", "The French interior ministry"], t=["an inflatable boat"], p=("Gravelines", 50.99, 2.13, "FR"), d="Saturday", c=CL, note="French police puncture a dinghy to stop a launch"),
 R("COERCE", also=["ASSAULT"], m=["Officers also [fired] tear gas at men who tried to push"], a=["Officers"], t=["men who tried to push the dinghy into the water"], p=("Gravelines", 50.99, 2.13, "FR"), d="Saturday", c=CL, note="tear gas at men launching the dinghy"),
 R("MOVE", mode="cross_border", m=["We will [try] again tomorrow"], a=["an Eritrean man"], p=None, c=HY, opt=True, note="vow to try the crossing again"),
 R("COERCE", acled=ARR, m=["The National Crime Agency [arrested] two men in Folkestone"], a=["The National Crime Agency"], t=["two men"], p=("Folkestone", 51.08, 1.17, "GB"), d="Sunday", q=(2, 2), c=CL, note="two arrested over organising crossings"),
 R("COERCE", acled=ARR, m=["A third man was [detained] in Germany"], a=[], t=["A third man"], p=("Germany", "country", "DE"), c=CL, note="third suspect detained in Germany (engines)"),
 R("MOVE", mode="deport", m=["a charter flight carrying 38 Albanian nationals [left] Stansted", "the ninth [removal] flight to Albania"], a=["the Home Office"], t=["38 Albanian nationals"], p=("Stansted", 51.89, 0.24, "GB"), d="Thursday", q=(38, 38), c=CL, note="removal flight of 38 Albanians to Tirana"),
 R("REQUEST", m=["[called] for more French patrols on the beaches"], a=["Dover's MP"], t=[], p=None, c=A, note="MP asks for more French beach patrols"),
]))

ARTS.append(dict(id="own_179", pub="2024-09-03", src="Rakhine Rights Watch", text='''
Bangladesh: Rohingya describe burned houses, a river crossing and a pushback

Testimony, 3 September 2024

Hasina Begum, 32, reached the Kutupalong camp in Cox's Bazar on 24 August with four of her five children. We spoke to her three days later in a relative's shelter. Her account, lightly edited, is below; some details could not be independently verified.

"They came at night and set fire to the houses at the top of our lane in Buthidaung. The men wore uniforms, and some of them had Arakan Army badges on their sleeves. My husband's brother ran out to save his goats and they shot him in the chest. We buried him behind the mosque before dawn.

"The next morning we left with nothing but a bag of rice. We walked for six days toward the Naf river, sleeping in paddy fields. A boatman asked 40,000 kyat for each person. I gave him my earrings.

"The first time we crossed, Bangladeshi border guards stopped the boat near Teknaf and pushed us back into the river. We waited two more nights on the Myanmar side. The second time, the boatman landed us at night on a beach near Shah Porir Dwip, and we walked to the camp."

She said her eldest son, 14, was separated from the family during the first crossing. She does not know where he is.

The Arakan Army has denied targeting Rohingya civilians and says it is fighting only the Myanmar military. The Bangladesh border guard did not reply to our questions.

According to aid agencies, about 8,000 Rohingya have arrived in the Cox's Bazar camps since early August. Bangladesh says it cannot take any more refugees and has asked the international community to press Myanmar to allow their return.
''', recs=[
 R("COERCE", acled=LOOT, m=["They came at night and [set] fire to the houses"], a=["The men", "Arakan Army"], t=["the houses at the top of our lane"], p=("Buthidaung", 20.87, 92.53, "MM"), d=("2024-08-01", "2024-08-16"), c=CL, note="houses burned in Buthidaung by uniformed men (AA badges, per witness)"),
 R("ASSAULT", acled=VAC, m=["they [shot] him in the chest", "We [buried] him behind the mosque"], a=["The men"], t=["My husband's brother"], p=("Buthidaung", 20.87, 92.53, "MM"), d=("2024-08-01", "2024-08-16"), f=(1, 1), c=CL, note="witness's brother-in-law shot dead during the raid"),
 R("MOVE", mode="flee", m=["The next morning we [left] with nothing but a bag of rice", "We [walked] for six days toward the Naf river"], a=["Hasina Begum"], p=("Buthidaung", 20.87, 92.53, "MM"), d=("2024-08-02", "2024-08-22"), c=CL, note="family flees Buthidaung toward the Naf"),
 R("MOVE", mode="smuggle", m=["A boatman [asked] 40,000 kyat for each person"], a=["A boatman"], t=[], p=("Naf river", 20.85, 92.30, "MM"), d=("2024-08-02", "2024-08-24"), c=CL, opt=True, note="boatman's fee for the crossing"),
 R("MOVE", mode="deport", also=["COERCE"], m=["The first time we [crossed],", "Bangladeshi border guards [stopped] the boat near Teknaf", "[pushed] us back into the river", "during the first [crossing]"], a=["Bangladeshi border guards"], t=["the boat"], p=("Teknaf", 20.86, 92.30, "BD"), d=("2024-08-02", "2024-08-22"), c=CL, note="first crossing pushed back near Teknaf"),
 R("MOVE", mode="cross_border", m=["[reached] the Kutupalong camp in Cox's Bazar on 24 August", "the boatman [landed] us at night on a beach", "and we [walked] to the camp"], a=["Hasina Begum"], p=("Shah Porir Dwip", 20.78, 92.33, "BD"), d=("2024-08-22", "2024-08-24"), c=CL, note="second crossing lands at Shah Porir Dwip, family reaches Kutupalong"),
 R("REJECT", also=["ACCUSE"], m=["The Arakan Army has [denied] targeting Rohingya civilians"], a=["The Arakan Army"], t=[], p=None, c=DN, note="AA denies targeting Rohingya"),
 R("MOVE", mode="cross_border", m=["about 8,000 Rohingya have [arrived] in the Cox's Bazar camps"], a=["about 8,000 Rohingya"], p=("Cox's Bazar", 21.21, 92.16, "BD"), d=("2024-08-01", "today"), q=(8000, 8000), c=CL, note="8,000 arrivals since early August"),
 R("REJECT", m=["Bangladesh says it cannot [take] any more refugees"], a=["Bangladesh"], t=[], p=None, c=CL, opt=True, note="Bangladesh refuses more refugees (policy statement)"),
 R("REQUEST", m=["has [asked] the international community to press Myanmar"], a=["Bangladesh"], t=["the international community"], p=None, c=A, note="Bangladesh asks for pressure on Myanmar over returns"),
]))

ARTS.append(dict(id="own_180", pub="2025-10-08", src="East Africa Newswire", text='''
Teachers march peacefully in Nairobi as protests turn violent in Kisumu

NAIROBI (EAN) — Thousands of public school teachers marched through central Nairobi on Tuesday to demand a pay rise promised two years ago, in a protest that ended peacefully outside parliament, as demonstrations elsewhere in the country turned deadly.

The teachers, many wearing the red caps of the Kenya National Union of Teachers (KNUT), sang and waved placards reading "Pay us what you owe". Police escorted the march and made no arrests. The union said its members would stay away from classrooms from Monday if the Treasury did not release the funds.

In Kisumu, police fired live bullets at youths who had blocked the main road to Busia with burning tyres and stones, killing one man and wounding three, according to the Kenya Red Cross. Witnesses said the youths had thrown stones at a police vehicle and set fire to a roadside kiosk belonging to a ruling party official.

"He was not even in the protest. He was coming from the market," said the dead man's mother, Rose Akinyi. The Independent Policing Oversight Authority said it was investigating the shooting.

In a separate incident in Mombasa, officers used tear gas and water cannon to break up a sit-in by about 200 dock workers outside the port authority's headquarters. The workers were protesting against plans to privatise a container terminal. Eleven of them were arrested.

Later on Tuesday, a crowd in Kisumu's Nyalenda area beat a man they accused of stealing a phone during the protests until police intervened. He was taken to hospital in a critical condition.

The interior minister accused "hired goons" of hijacking the demonstrations and said anyone who destroyed property would be prosecuted.
''', recs=[
 R("PROTEST", acled=PEACE, m=["Teachers [march] peacefully in Nairobi", "Thousands of public school teachers [marched] through central Nairobi", "in a [protest] that ended peacefully outside parliament", "Police escorted the [march] and made no arrests"], a=["Thousands of public school teachers", "Kenya National Union of Teachers (KNUT)"], t=[], p=("Nairobi", -1.29, 36.82, "KE"), d="Tuesday", q=(1000, 9000), c=A, note="peaceful teachers' pay march"),
 R("PROTEST", m=["its members would [stay] away from classrooms from Monday"], a=["The union"], t=["the Treasury"], p=None, c=HY, note="threatened teachers' strike"),
 R("PROTEST", acled=RIOT, m=["who had [blocked] the main road to Busia", "the youths had [thrown] stones at a police vehicle", "[set] fire to a roadside kiosk belonging to a ruling party official"], a=["youths"], t=["a police vehicle", "a roadside kiosk belonging to a ruling party official"], p=("Kisumu", -0.09, 34.77, "KE"), d="Tuesday", c=CL, note="youths block road with burning tyres, stone police, burn kiosk"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["police [fired] live bullets at youths", "[killing] one man and wounding three", "it was investigating the [shooting]"], a=["police"], t=["youths", "one man"], p=("Kisumu", -0.09, 34.77, "KE"), d="Tuesday", f=(1, 1), i=(3, 3), c=CL, note="police fire live rounds in Kisumu, one dead"),
 R("PROTEST", acled=PINT, m=["a [sit-in] by about 200 dock workers", "The workers were [protesting] against plans to privatise"], a=["about 200 dock workers"], t=["the port authority's headquarters"], p=("Mombasa", -4.04, 39.67, "KE"), d="Tuesday", q=(200, 200), c=A, note="dock workers' sit-in in Mombasa"),
 R("COERCE", acled=XFORCE, m=["officers [used] tear gas and water cannon to break up"], a=["officers"], t=["about 200 dock workers"], p=("Mombasa", -4.04, 39.67, "KE"), d="Tuesday", c=A, note="sit-in dispersed with tear gas and water cannon"),
 R("COERCE", acled=ARR, m=["Eleven of them were [arrested]"], a=["officers"], t=["Eleven of them"], p=("Mombasa", -4.04, 39.67, "KE"), d="Tuesday", q=(11, 11), c=A, note="11 dock workers arrested"),
 R("ASSAULT", acled=MOB, m=["a crowd in Kisumu's Nyalenda area [beat] a man"], a=["a crowd in Kisumu's Nyalenda area"], t=["a man they accused of stealing a phone"], p=("Nyalenda", -0.11, 34.76, "KE"), d="Tuesday", i=(1, 1), c=A, note="mob beats suspected phone thief"),
 R("ACCUSE", m=["The interior minister [accused] \"hired goons\""], a=["The interior minister"], t=["hired goons"], p=None, d="today", c=A, note="minister blames hired goons"),
 R("THREATEN", m=["anyone who destroyed property would be [prosecuted]"], a=["The interior minister"], t=[], p=None, c=HY, opt=True, note="threat of prosecution"),
]))

ARTS.append(dict(id="own_181", pub="2025-02-18", src="Wad Madani Daily (translated from Arabic)", text='''
RSF commander defects to army with 150 fighters; weapons cache seized in Gezira

Translated from Arabic

WAD MADANI — A field commander of the Rapid Support Forces (RSF) in eastern Gezira, Brigadier Hamdan Issa Koko, announced on Sunday that he had defected to the Sudanese army with about 150 of his fighters and 22 combat vehicles, in a video recorded at an army base in the town of Al-Hasaheisa.

"We have returned to the ranks of the nation," the commander said in the video, standing beside an army officer. The army welcomed the move and said the men would be integrated after screening. The RSF said in a statement that Koko had been dismissed two weeks earlier for "indiscipline" and called him a traitor.

On Monday, military intelligence said its forces had found a large weapons cache buried in a farm near the village of Um Al-Qura, east of Wad Madani, containing anti-aircraft guns, mortar shells and thousands of rounds of ammunition left behind by the RSF.

The army has set up 14 new checkpoints on the roads into Wad Madani since it retook the city in January, the state security committee said, and a night curfew from 8 pm to 6 am remains in force across the state.

The committee also said that police had arrested 37 people in the Daim Al-Mudaris neighbourhood on suspicion of collaborating with the RSF during its occupation of the city. Lawyers' groups have accused the authorities of detaining people on the basis of ethnicity.

Thousands of families have begun returning to Wad Madani in recent weeks, although water and electricity are still cut in many districts. Most had fled in December 2023, when the RSF swept into the city almost without a fight.
''', recs=[
 R("MOVE", mode="defect", acled=CHG, m=["RSF commander [defects] to army with 150 fighters", "he had [defected] to the Sudanese army", "\"We have [returned] to the ranks of the nation,\"", "The army welcomed the [move]"], a=["A field commander of the Rapid Support Forces (RSF) in eastern Gezira", "Brigadier Hamdan Issa Koko"], t=["the Sudanese army"], p=("Al-Hasaheisa", 14.75, 33.30, "SD"), d="Sunday", q=(150, 150), c=CL, note="RSF commander defects with 150 fighters and 22 vehicles"),
 R("SANCTION", m=["Koko had been [dismissed] two weeks earlier"], a=["The RSF"], t=["Koko"], p=None, d="-16", c=CL, opt=True, note="RSF says it had already dismissed him"),
 R("ACCUSE", m=["[called] him a traitor"], a=["The RSF"], t=["Koko"], p=None, d="Sunday", c=A, note="RSF calls the defector a traitor"),
 R("COERCE", acled=DISR, m=["weapons cache [seized] in Gezira", "its forces had [found] a large weapons cache buried in a farm"], a=["military intelligence"], t=["a large weapons cache"], p=("Um Al-Qura", 14.38, 33.70, "SD"), d=("-7", "Monday"), c=CL, note="RSF weapons cache found east of Wad Madani"),
 R("MOBILIZE", acled=OTH, m=["The army has [set] up 14 new checkpoints"], a=["The army"], t=[], p=("Wad Madani", 14.40, 33.52, "SD"), d=("2025-01", "today"), q=(14, 14), c=CL, note="14 checkpoints set up around Wad Madani"),
 R("COERCE", acled=GOVREG, m=["since it [retook] the city in January"], a=["The army"], t=[], p=("Wad Madani", 14.40, 33.52, "SD"), d="2025-01", c=A, note="army retook Wad Madani in January (background, own date)"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["a night [curfew] from 8 pm to 6 am"], a=[], t=[], p=("Gezira", 14.50, 33.30, "SD"), c=A, opt=True, note="standing night curfew in Gezira"),
 R("COERCE", acled=ARR, m=["police had [arrested] 37 people in the Daim Al-Mudaris neighbourhood"], a=["police"], t=["37 people"], p=("Daim Al-Mudaris", 14.40, 33.52, "SD"), q=(37, 37), c=CL, note="37 arrested as suspected RSF collaborators"),
 R("ACCUSE", m=["Lawyers' groups have [accused] the authorities"], a=["Lawyers' groups"], t=["the authorities"], p=None, c=A, note="lawyers accuse authorities of ethnic detentions"),
 R("MOVE", mode="return", m=["Thousands of families have begun [returning] to Wad Madani"], a=["Thousands of families"], p=("Wad Madani", 14.40, 33.52, "SD"), d=("-21", "today"), q=(1000, 9000), c=A, note="families return to Wad Madani"),
 R("MOVE", mode="flee", m=["Most had [fled] in December 2023"], a=["Most"], p=("Wad Madani", 14.40, 33.52, "SD"), d="2023-12", c=A, note="flight from Wad Madani in December 2023 (background, own date)"),
 R("COERCE", acled=NSAOVER, m=["when the RSF [swept] into the city"], a=["the RSF"], t=[], p=("Wad Madani", 14.40, 33.52, "SD"), d="2023-12", c=A, note="RSF takes Wad Madani in December 2023 (background, own date)"),
]))

ARTS.append(dict(id="own_182", pub="2024-05-21", src="Johannesburg Business Report", text='''
Miners brace for hostile bid as platinum prices crash

JOHANNESBURG — Shares in Ridgeveld Platinum plunged 14 percent on Monday after rival Kopano Metals launched a hostile takeover bid worth 38 billion rand, opening what traders called the bloodiest battle in the mining sector for a decade.

Kopano's chief executive, Thabo Mokoena, said the offer was "a fair price for a company that has been bleeding shareholders dry". Ridgeveld's board rejected the approach within hours and vowed to fight it "with every weapon at our disposal", including a so-called poison pill that would flood the market with new shares.

Analysts said the raid had caught Ridgeveld off guard. "They were sitting ducks. Platinum prices have been shot to pieces by weak demand from carmakers, and Kopano has pounced," said Lerato Khumalo, a mining analyst at a Sandton brokerage.

The price of platinum has crashed by almost a third since January, and Ridgeveld has cut 2,000 jobs at its shafts near Rustenburg this year. Unions warned the takeover could trigger another wave of cuts and said they would fight to protect members' jobs.

Kopano has until the end of June to win over 50 percent of shareholders. Its advisers said they had already secured the backing of two large pension funds, and that a sweetened offer was "in the chamber" if needed.

Investors will be watching the annual meeting in Johannesburg next month, where the two camps are expected to trade blows over the company's strategy. "This will be a war of attrition," Khumalo said.
''', recs=[]))

ARTS.append(dict(id="own_183", pub="2025-03-05", src="Humanitarian Flash Update: North Kivu", wrap=True, text='''
DR Congo: North Kivu — Flash Update No. 7 (as of 4 March 2025)

HIGHLIGHTS AND SITUATION OVERVIEW

Fighting between the M23/AFC armed group and Congolese armed forces (FARDC) and allied Wazalendo militias in Masisi and Walikale territories continued during the reporting period. On 27 February, M23 fighters took control of the town of Nyabiondo, in western Masisi, after two days of clashes with Wazalendo groups. Local sources reported at least 11 civilians killed by stray bullets and shells.

An estimated 64,000 people fled Nyabiondo and surrounding villages towards Pinga and Kashebere in Walikale territory between 26 February and 2 March, according to local authorities. Most are staying with host families or in churches and schools.

In Goma, the M23-appointed administration ordered displaced people remaining in sites around the city to leave within 72 hours. Humanitarian partners report that the sites of Bulengo, Lushagala and Rusayo were emptied between 28 February and 3 March, and shelters were dismantled. Partners estimate that about 110,000 people left the sites; most said they intended to return to villages in Masisi and Rutshuru, where many homes have been destroyed.

In a separate development, about 3,200 Congolese crossed into Uganda through the Bunagana border post on 1 and 2 March, UNHCR said.

ACCESS

The road between Sake and Minova remains closed to humanitarian traffic. On 2 March, armed men stopped a convoy of two trucks of an NGO partner near Shasha and looted food and fuel. The drivers were released unharmed after several hours.

RESPONSE

Partners distributed household kits to 9,500 families in Pinga. Cholera cases are rising in Minova, where 87 cases were recorded in the last week.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["[Fighting] between the M23/AFC armed group"], a=["the M23/AFC armed group"], t=["Congolese armed forces (FARDC) and allied Wazalendo militias"], p=("Masisi", -1.40, 28.82, "CD"), d=("lastweek", "today"), c=A, opt=True, note="continuing fighting in Masisi and Walikale (general)"),
 R("ASSAULT", acled=CLASH, m=["two days of [clashes] with Wazalendo groups", "at least 11 civilians [killed] by stray bullets and shells"], a=["M23 fighters"], t=["Wazalendo groups"], p=("Nyabiondo", -1.35, 28.78, "CD"), d=("2025-02-25", "2025-02-27"), f=(11, 11), c=CL, note="two days of clashes at Nyabiondo"),
 R("COERCE", acled=NSAOVER, m=["M23 fighters [took] control of the town of Nyabiondo"], a=["M23 fighters"], t=[], p=("Nyabiondo", -1.35, 28.78, "CD"), d="2025-02-27", c=A, note="M23 takes Nyabiondo"),
 R("MOVE", mode="flee", m=["An estimated 64,000 people [fled] Nyabiondo and surrounding villages"], a=["An estimated 64,000 people"], p=("Pinga", -0.99, 28.68, "CD"), d=("2025-02-26", "2025-03-02"), q=(64000, 64000), c=CL, note="64,000 flee toward Pinga and Kashebere"),
 R("COERCE", also=["REQUEST"], acled=OTH, m=["the M23-appointed administration [ordered] displaced people"], a=["the M23-appointed administration"], t=["displaced people remaining in sites around the city"], p=("Goma", -1.68, 29.22, "CD"), d=("2025-02-25", "2025-02-28"), c=A, note="M23 administration orders displacement sites cleared"),
 R("MOVE", mode="relocate", also=["COERCE"], m=["Bulengo, Lushagala and Rusayo were [emptied]", "shelters were [dismantled]", "about 110,000 people [left] the sites"], a=["about 110,000 people"], t=[], p=("Bulengo", -1.62, 29.15, "CD"), d=("2025-02-28", "2025-03-03"), q=(110000, 110000), c=CL, note="Goma displacement sites emptied"),
 R("MOVE", mode="return", m=["most said they [intended] to return to villages"], a=["most"], p=("Masisi", -1.40, 28.82, "CD"), c=HY, opt=True, note="intended returns to Masisi and Rutshuru"),
 R("MOVE", mode="cross_border", m=["about 3,200 Congolese [crossed] into Uganda"], a=["about 3,200 Congolese"], p=("Bunagana", -1.28, 29.60, "UG"), d=("2025-03-01", "2025-03-02"), q=(3200, 3200), c=CL, note="3,200 cross into Uganda at Bunagana"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["The road between Sake and Minova remains [closed]"], a=[], t=[], p=("Sake", -1.57, 29.05, "CD"), c=A, opt=True, note="Sake-Minova road closed (ongoing)"),
 R("COERCE", acled=LOOT, m=["armed men [stopped] a convoy of two trucks", "[looted] food and fuel"], a=["armed men"], t=["a convoy of two trucks of an NGO partner"], p=("Shasha", -1.63, 29.00, "CD"), d="2025-03-02", c=A, note="NGO convoy looted near Shasha"),
 R("COERCE", acled=ABD, m=["The drivers were [released] unharmed"], a=["armed men"], t=["The drivers"], p=("Shasha", -1.63, 29.00, "CD"), d="2025-03-02", c=A, opt=True, note="drivers held for several hours"),
 R("AID", m=["Partners [distributed] household kits to 9,500 families"], a=["Partners"], t=["9,500 families"], p=("Pinga", -0.99, 28.68, "CD"), q=(9500, 9500), c=A, note="household kits in Pinga"),
]))

ARTS.append(dict(id="own_184", pub="2025-06-20", src="Tunis Court Chronicle", text='''
Tunis court jails opposition figures for up to 14 years in 'conspiracy' case

TUNIS — A Tunis criminal court on Thursday sentenced six opposition politicians and a businessman to prison terms of between eight and 14 years for "conspiring against state security", in a trial their lawyers called a political settling of scores.

The heaviest sentence went to Karim Ben Salah, a former deputy speaker of parliament, who was arrested at his home in the La Marsa suburb in February 2023 along with two other defendants. Four of the accused were tried in absentia after leaving the country.

The defendants were accused of plotting with foreign diplomats to overthrow the government. They rejected the charges and said their meetings had been ordinary political consultations. Defence lawyers walked out of the hearing on Wednesday evening after the judge refused to let the detained defendants appear in person rather than by video link.

Outside the court, about 150 relatives and supporters held a silent protest, holding photographs of the defendants and a banner reading "Freedom for the prisoners". Police kept them behind barriers but did not intervene.

Late on Thursday, police detained a journalist, Nour Bouzid, who had posted footage of the protest on social media, her employer said. She was released the next morning without charge.

The National Salvation Front, an opposition coalition, called on its supporters to march in the capital on Sunday. Two international rights groups condemned the verdicts, saying the trial had "no semblance of fairness".

The defence said it would appeal.
''', recs=[
 R("SANCTION", m=["Tunis court [jails] opposition figures", "A Tunis criminal court on Thursday [sentenced] six opposition politicians", "The heaviest [sentence] went to Karim Ben Salah", "the [verdicts], saying the trial had"], a=["A Tunis criminal court"], t=["six opposition politicians and a businessman", "Karim Ben Salah"], p=("Tunis", 36.81, 10.18, "TN"), d="Thursday", c=A, note="eight to 14 years in conspiracy case"),
 R("COERCE", acled=ARR, m=["who was [arrested] at his home in the La Marsa suburb"], a=[], t=["Karim Ben Salah"], p=("La Marsa", 36.88, 10.32, "TN"), d="2023-02", q=(3, 3), c=A, note="February 2023 arrests (background, own date)"),
 R("MOVE", mode="cross_border", m=["after [leaving] the country"], a=["Four of the accused"], p=None, c=A, opt=True, note="four defendants left Tunisia"),
 R("ACCUSE", m=["The defendants were [accused] of plotting with foreign diplomats"], a=[], t=["The defendants"], p=None, c=A, note="conspiracy charges"),
 R("PROTEST", m=["Defence lawyers [walked] out of the hearing"], a=["Defence lawyers"], t=[], p=("Tunis", 36.81, 10.18, "TN"), d="Wednesday", c=A, opt=True, note="lawyers' walkout (procedure)"),
 R("PROTEST", acled=PEACE, m=["held a silent [protest], holding photographs", "footage of the [protest] on social media"], a=["about 150 relatives and supporters"], t=[], p=("Tunis", 36.81, 10.18, "TN"), d="Thursday", q=(150, 150), c=A, note="silent protest outside court"),
 R("COERCE", acled=ARR, m=["police [detained] a journalist, Nour Bouzid"], a=["police"], t=["a journalist, Nour Bouzid"], p=("Tunis", 36.81, 10.18, "TN"), d="Thursday", q=(1, 1), c=CL, note="journalist detained overnight"),
 R("CONCEDE", m=["She was [released] the next morning"], a=[], t=["Nour Bouzid"], p=("Tunis", 36.81, 10.18, "TN"), d="today", c=CL, opt=True, note="journalist freed without charge"),
 R("PROTEST", m=["called on its supporters to [march] in the capital"], a=["The National Salvation Front"], t=[], p=("Tunis", 36.81, 10.18, "TN"), d="2025-06-22", c=HY, note="march called for Sunday"),
 R("ACCUSE", m=["Two international rights groups [condemned]"], a=["Two international rights groups"], t=[], p=None, d=("Thursday", "today"), c=A, note="rights groups condemn verdicts"),
 R("REQUEST", m=["The defence said it would [appeal]"], a=["The defence"], t=[], p=None, c=HY, opt=True, note="appeal announced (procedure)"),
]))

ARTS.append(dict(id="own_185", pub="2025-04-08", src="Caribbean Wire", text='''
Gangs attack Kenscoff again as Port-au-Prince counts dead from weekend violence

PORT-AU-PRINCE (CW) — Gunmen from the Viv Ansanm gang coalition attacked several neighbourhoods of Kenscoff, in the hills above the capital, early on Monday, killing at least five people and burning a health centre, local officials said.

It was the third attack on the commune in a month. Residents said the gunmen arrived from the direction of Pétion-Ville shortly before dawn and fired at houses for more than two hours before police and members of a local self-defence brigade pushed them back.

"They shot my neighbour in his doorway and set fire to his car. We ran into the pine forest with the children," said Marie-Claude Joseph, 52, a vegetable seller. About 2,000 residents fled their homes after the attack, the mayor said, and many were sleeping in a school in Fermathe.

In another attack on Sunday night, gunmen set fire to at least 30 houses in Solino, a neighbourhood of the capital that gangs have been trying to seize for weeks. The number of victims was not known.

Later on Monday, police shot dead a man they said was a gang member during an operation on Route de Delmas. Officers said he had opened fire on a patrol.

In a third incident, a crowd in Pétion-Ville stoned and burned to death two men accused of belonging to a gang, according to a human rights group, the National Human Rights Defense Network. Such killings by self-defence groups, known as "bwa kale", have spread since 2023.

The prime minister said the government would send more troops from the Kenya-led multinational mission to Kenscoff this week.
''', recs=[
 R("ASSAULT", acled=VAC, m=["Gangs [attack] Kenscoff again", "Gunmen from the Viv Ansanm gang coalition [attacked] several neighbourhoods", "It was the third [attack] on the commune", "[fired] at houses for more than two hours", "They [shot] my neighbour in his doorway", "after the [attack], the mayor said"], a=["Gunmen from the Viv Ansanm gang coalition"], t=["several neighbourhoods of Kenscoff", "my neighbour"], p=("Kenscoff", 18.45, -72.28, "HT"), d="Monday", f=(5, 5), c=CL, note="Viv Ansanm attack on Kenscoff, five killed"),
 R("COERCE", acled=LOOT, m=["[burning] a health centre, local officials said", "[set] fire to his car"], a=["Gunmen from the Viv Ansanm gang coalition"], t=["a health centre", "his car"], p=("Kenscoff", 18.45, -72.28, "HT"), d="Monday", c=CL, note="health centre and car burned in Kenscoff"),
 R("ASSAULT", acled=CLASH, m=["a local self-defence brigade [pushed] them back"], a=["police and members of a local self-defence brigade"], t=["the gunmen"], p=("Kenscoff", 18.45, -72.28, "HT"), d="Monday", c=CL, note="police and brigade repel gunmen"),
 R("MOVE", mode="flee", m=["We [ran] into the pine forest with the children", "About 2,000 residents [fled] their homes"], a=["About 2,000 residents"], p=("Fermathe", 18.47, -72.28, "HT"), d="Monday", q=(2000, 2000), c=CL, note="2,000 flee Kenscoff, many to Fermathe school"),
 R("COERCE", acled=LOOT, also=["ASSAULT"], m=["In another [attack] on Sunday night", "gunmen [set] fire to at least 30 houses in Solino"], a=["gunmen"], t=["at least 30 houses in Solino"], p=("Solino", 18.55, -72.31, "HT"), d="Sunday", c=A, note="arson attack on Solino (distinct)"),
 R("ASSAULT", acled=CLASH, m=["police [shot] dead a man they said was a gang member", "he had [opened] fire on a patrol"], a=["police"], t=["a man they said was a gang member"], p=("Route de Delmas", 18.54, -72.31, "HT"), d="Monday", f=(1, 1), c=CL, note="police kill alleged gang member on Route de Delmas (distinct)"),
 R("ASSAULT", acled=MOB, m=["In a third [incident],", "a crowd in Pétion-Ville [stoned] and burned to death two men"], a=["a crowd in Pétion-Ville"], t=["two men accused of belonging to a gang"], p=("Pétion-Ville", 18.51, -72.29, "HT"), d=("Saturday", "today"), f=(2, 2), c=CL, note="mob lynching in Pétion-Ville (distinct)"),
 R("MOBILIZE", m=["the government would [send] more troops"], a=["The prime minister", "the government"], t=[], p=("Kenscoff", 18.45, -72.28, "HT"), c=HY, note="more multinational mission troops to Kenscoff"),
]))

ARTS.append(dict(id="own_186", pub="2025-05-27", src="Kherson Region Human Rights Group", wrap=True, text='''
Ukraine: a sister's account of her brother's detention in Oleshky

Testimony series, 27 May 2025

Olena Marchenko, 46, a former school cook, left the occupied town of Oleshky on the left bank of the Dnipro in August 2023. We interviewed her in Mykolaiv, where she now lives. Her account has been shortened; names of other people have been changed.

"They came at night and took my brother. It was March 2023. Four soldiers with Russian flags on their sleeves broke the gate, pushed him face down in the yard and put a bag over his head. They said he was sending coordinates to the Ukrainian army. He repaired washing machines. They took his phone and our father's hunting rifle.

"For months nobody would tell us where he was. I went to the commandant's office every Monday. Once a soldier there laughed and said I should look for him in the river.

"In July the shelling got very bad. A shell hit the house across the road and killed the old woman who lived there. After that I decided to go. I paid a driver to take me through Crimea, then through Russia and Latvia. It took eleven days to reach Ukrainian-controlled territory."

She learned in February that her brother was being held in a detention centre in Taganrog, in Russia. On 9 May he was among 205 Ukrainians freed in an exchange of prisoners mediated by the United Arab Emirates, she said.

"He weighs 50 kilos now. He does not talk about it. But he is alive," she said.

Our group has recorded 312 cases of civilians detained in Oleshky district since 2022. We call on the Russian authorities to disclose the whereabouts of all civilians held and to allow the International Committee of the Red Cross to visit them.
''', recs=[
 R("COERCE", acled=ABD, m=["her brother's [detention] in Oleshky", "They came at night and [took] my brother", "Four soldiers with Russian flags on their sleeves [broke] the gate", "[pushed] him face down in the yard", "her brother was being [held] in a detention centre in Taganrog"], a=["Four soldiers with Russian flags on their sleeves"], t=["my brother"], p=("Oleshky", 46.62, 32.72, "UA"), d="2023-03", q=(1, 1), c=CL, note="brother taken from home by soldiers, later found held in Taganrog"),
 R("ACCUSE", m=["They [said] he was sending coordinates"], a=["Four soldiers with Russian flags on their sleeves"], t=["my brother"], p=("Oleshky", 46.62, 32.72, "UA"), d="2023-03", c=CL, opt=True, note="soldiers accuse him of spotting for the army"),
 R("COERCE", acled=LOOT, m=["They [took] his phone and our father's hunting rifle"], a=["Four soldiers with Russian flags on their sleeves"], t=["his phone and our father's hunting rifle"], p=("Oleshky", 46.62, 32.72, "UA"), d="2023-03", c=CL, opt=True, note="phone and rifle taken during the raid"),
 R("ASSAULT", acled=SHELL, m=["In July the [shelling] got very bad"], a=[], t=[], p=("Oleshky", 46.62, 32.72, "UA"), d="2023-07", c=CL, opt=True, note="heavy shelling of Oleshky in July 2023 (series)"),
 R("ASSAULT", acled=SHELL, m=["A shell [hit] the house across the road"], a=[], t=["the old woman who lived there"], p=("Oleshky", 46.62, 32.72, "UA"), d="2023-07", f=(1, 1), c=CL, note="shell kills a neighbour"),
 R("MOVE", mode="flee", m=["[left] the occupied town of Oleshky", "After that I [decided] to go", "I [paid] a driver to take me through Crimea", "It [took] eleven days to reach Ukrainian-controlled territory"], a=["Olena Marchenko"], p=("Oleshky", 46.62, 32.72, "UA"), d="2023-08", c=CL, note="witness leaves occupied Oleshky via Crimea, Russia and Latvia"),
 R("AGREE", acled=AGR, m=["205 Ukrainians [freed] in an exchange of prisoners"], a=[], t=["205 Ukrainians"], p=None, d="2025-05-09", q=(205, 205), c=CL, note="prisoner exchange that freed the brother"),
 R("REQUEST", m=["We [call] on the Russian authorities to disclose"], a=[], t=["the Russian authorities"], p=None, d="today", c=A, note="group's call on Russian authorities"),
]))
