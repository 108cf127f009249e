from common import *
ARTS = []
ARTS.append(dict(id="own_085", pub="2025-01-21", src="Khyber Post", text='''
Convoy attacked on Kurram road days after peace deal; Parachinar still cut off

PESHAWAR, Pakistan — Gunmen fired on a convoy of supply trucks near Bagan in Pakistan's Kurram district on Monday, killing two drivers and a soldier, officials said, days after rival tribal elders signed a peace agreement meant to reopen the only road to the besieged town of Parachinar.

The convoy of 35 trucks, escorted by paramilitary Frontier Corps troops, was carrying flour, cooking oil and medicine from Thall. Ten trucks were looted and set on fire, a district official said. Security forces later launched an operation in Bagan and arrested 16 suspects.

The Thall–Parachinar road has been closed since October, when an attack on a passenger convoy killed more than 40 people and set off weeks of sectarian fighting. Residents of Parachinar say food and medicine have run out. "Children have died in the hospital because there were no drugs," said Syed Ali Raza, a shopkeeper.

The provincial government said helicopters had flown 11 tonnes of medicine to Parachinar since the start of the month. Elders from Parachinar accused the government of failing to protect the convoys and began a sit-in outside the press club.
''', recs=[
 R("ASSAULT", acled=VAC, m=["Convoy [attacked] on Kurram road", "Gunmen [fired] on a convoy of supply trucks near Bagan", "Ten trucks were [looted] and set on fire"], a=["Gunmen"], t=["a convoy of supply trucks", "two drivers and a soldier"], p=("Bagan", 33.60, 70.30, "PK"), d="Monday", f=(3, 3), c=CL, note="convoy attacked near Bagan"),
 R("AGREE", acled=AGR, m=["days after [peace] deal", "rival tribal elders [signed] a peace agreement"], a=["rival tribal elders"], t=[], p=("Kurram", 33.80, 70.10, "PK"), d=("-14", "-2"), c=A, note="peace agreement signed by tribal elders"),
 R("COERCE", m=["Parachinar still [cut] off", "the [besieged] town of Parachinar", "road has been [closed] since October"], a=[], t=["Parachinar"], p=("Parachinar", 33.90, 70.10, "PK"), d=("2024-10", "today"), c=A, note="Parachinar road closure/siege since October"),
 R("ASSAULT", acled=CLASH, m=["Security forces later [launched] an operation in Bagan"], a=["Security forces"], t=[], p=("Bagan", 33.60, 70.30, "PK"), d=("Monday", "today"), c=A, note="security operation in Bagan"),
 R("COERCE", acled=ARR, m=["[arrested] 16 suspects"], a=["Security forces"], t=["16 suspects"], p=("Bagan", 33.60, 70.30, "PK"), d=("Monday", "today"), q=(16, 16), c=A, note="16 arrested"),
 R("ASSAULT", acled=VAC, m=["an [attack] on a passenger convoy killed more than 40 people"], a=[], t=["a passenger convoy"], p=("Kurram", 33.80, 70.10, "PK"), d="2024-10", f=(40, 60), c=A, note="October attack on passenger convoy (background)"),
 R("ASSAULT", acled=CLASH, m=["weeks of sectarian [fighting]"], a=[], t=[], p=("Kurram", 33.80, 70.10, "PK"), d=("2024-10", "2024-12"), c=A, opt=True, note="weeks of sectarian fighting (background series)"),
 R("AID", m=["helicopters had [flown] 11 tonnes of medicine to Parachinar"], a=["The provincial government", "helicopters"], t=[], p=("Parachinar", 33.90, 70.10, "PK"), d=("2025-01-01", "today"), c=CL, note="helicopter medicine airlift"),
 R("ACCUSE", m=["Elders from Parachinar [accused] the government"], a=["Elders from Parachinar"], t=["the government"], p=None, c=A, note="elders accuse government"),
 R("PROTEST", acled=PEACE, m=["[began] a sit-in outside the press club"], a=["Elders from Parachinar"], t=["the government"], p=("Parachinar", 33.90, 70.10, "PK"), c=A, note="elders begin sit-in"),
]))

ARTS.append(dict(id="own_086", pub="2025-06-25", src="Sistan Frontier Report", text='''
Iranian border guards kill three fuel porters near Saravan; protesters block road

ZAHEDAN, Iran — Iranian border guards shot dead three Baloch fuel porters near Saravan on the border with Pakistan on Monday, the rights group Haalvsh said, prompting a protest in which residents blocked the main road into the town.

The porters, known locally as sukhtbar, were carrying jerrycans of diesel to sell across the border when guards opened fire on their pickup trucks, Haalvsh said. Two other men were wounded.

On Tuesday several hundred people gathered outside the Saravan governor's office and burned tyres on the road to Zahedan, chanting against the border regiment. Witnesses said security forces fired tear gas and arrested at least ten protesters.

The provincial police chief said the guards had fired at "smugglers who ignored orders to stop" and denied that anyone had been killed deliberately. Haalvsh accused the authorities of covering up the killings and called for those responsible to be prosecuted.

Iran's fuel is among the cheapest in the world, and thousands of people in Sistan and Baluchestan depend on carrying it across the border.
''', recs=[
 R("ASSAULT", acled=VAC, m=["Iranian border guards [kill] three fuel porters near Saravan", "Iranian border guards [shot] dead three Baloch fuel porters", "guards [opened] fire on their pickup trucks", "the guards had [fired] at \"smugglers", "[denied] that anyone had been killed deliberately"], a=["Iranian border guards", "guards"], t=["three Baloch fuel porters", "their pickup trucks"], p=("Saravan", 27.37, 62.33, "IR"), d="Monday", f=(3, 3), i=(2, 2), c=["claimed", "denied"], note="border guards kill three fuel porters"),
 R("PROTEST", acled=PINT, m=["protesters [block] road", "prompting a [protest] in which residents blocked", "several hundred people [gathered] outside the Saravan governor's office", "[burned] tyres on the road to Zahedan"], a=["residents", "several hundred people"], t=["the border regiment"], p=("Saravan", 27.37, 62.33, "IR"), d=("Monday", "Tuesday"), q=(200, 900), c=CL, note="protest in Saravan"),
 R("COERCE", acled=XFORCE, m=["security forces [fired] tear gas"], a=["security forces"], t=["several hundred people"], p=("Saravan", 27.37, 62.33, "IR"), d="Tuesday", c=CL, note="tear gas at Saravan protest"),
 R("COERCE", acled=ARR, m=["[arrested] at least ten protesters"], a=["security forces"], t=["at least ten protesters"], p=("Saravan", 27.37, 62.33, "IR"), d="Tuesday", q=(10, 10), c=CL, note="ten protesters arrested"),
 R("ACCUSE", m=["Haalvsh [accused] the authorities of covering up"], a=["Haalvsh"], t=["the authorities"], p=None, c=A, note="Haalvsh accuses authorities of cover-up"),
 R("REQUEST", m=["[called] for those responsible to be prosecuted"], a=["Haalvsh"], t=[], p=None, c=A, note="Haalvsh calls for prosecution"),
 R("ACCUSE", m=["[ignored] orders to stop"], a=["The provincial police chief"], t=["smugglers"], p=None, c=CL, opt=True, note="police chief says porters ignored orders"),
]))

ARTS.append(dict(id="own_087", pub="2026-09-08", src="Bosphorus Monitor", wrap=True, text='''
"They made me sign a paper I could not read": Syrians sent back from Istanbul

GAZIANTEP, Turkey — Abdulrahman Khalil, 26, had lived in Istanbul for nine years when police stopped him on his way to work at a textile workshop in Esenyurt in August. Four days later he was standing on the Syrian side of the Bab al-Salama crossing.

"They took me to a removal centre in Tuzla and made me sign a paper I could not read. The officer said it was for voluntary return," he said by phone from Azaz. "I did not volunteer for anything."

His cousin, Yasmin Khalil, 31, said police also detained her husband in a raid on their building in Esenyurt on 21 August. "They came at six in the morning and checked everyone's papers. They took eleven men," she said. He was deported a week later.

Turkey's migration directorate says all returns to Syria are voluntary and that more than 400,000 Syrians have gone back since the fall of the Assad government.

A lawyer in Istanbul, Mehmet Ali Demir, said he had filed complaints for 23 clients deported in the past month. "The courts order a stay, but by then the person is already in Syria," he said.

The UN refugee agency said it was monitoring returns and urged Turkey to respect its obligations.
''', recs=[
 R("COERCE", acled=ARR, m=["police [stopped] him on his way to work", "They [took] me to a removal centre in Tuzla"], a=["police"], t=["Abdulrahman Khalil"], p=("Esenyurt", 41.03, 28.67, "TR"), d="2026-08", c=CL, note="Abdulrahman detained in Esenyurt"),
 R("MOVE", mode="deport", m=["Syrians [sent] back from Istanbul", "he was [standing] on the Syrian side of the Bab al-Salama crossing", "I did not [volunteer] for anything"], a=["Turkey's migration directorate", "police"], t=["Abdulrahman Khalil"], p=("Bab al-Salama", 36.63, 37.05, "SY"), d="2026-08", c=CL, note="Abdulrahman deported via Bab al-Salama"),
 R("COERCE", also=["THREATEN"], m=['"They [made] me sign a paper', "[made] me sign a paper I could not read. The officer"], a=["police", "The officer"], t=["Abdulrahman Khalil"], p=("Tuzla", 40.82, 29.30, "TR"), d="2026-08", c=CL, note="forced to sign voluntary return form"),
 R("COERCE", acled=ARR, m=["police also [detained] her husband in a raid", "They [came] at six in the morning", "They [took] eleven men"], a=["police"], t=["her husband", "eleven men"], p=("Esenyurt", 41.03, 28.67, "TR"), d="2026-08-21", q=(11, 11), c=CL, note="raid in Esenyurt building, 11 men detained"),
 R("MOVE", mode="deport", m=["He was [deported] a week later"], a=[], t=["her husband"], p=("Syria", "country", "SY"), d="2026-08-28", c=CL, note="husband deported a week later"),
 R("MOVE", mode="deport", m=["[deported] in the past month"], a=[], t=["23 clients"], p=("Syria", "country", "SY"), d=("-30", "today"), q=(23, 23), c=CL, note="23 clients deported in past month"),
 R("ACCUSE", also=["REQUEST"], m=["he had [filed] complaints"], a=["Mehmet Ali Demir"], t=[], p=None, c=CL, opt=True, note="lawyer files complaints"),
 R("REQUEST", m=["[urged] Turkey to respect its obligations"], a=["The UN refugee agency"], t=["Turkey"], p=None, c=A, note="UNHCR urges Turkey"),
 R("REJECT", m=["says all [returns] to Syria are voluntary"], a=["Turkey's migration directorate"], t=[], p=None, c=DN, opt=True, note="directorate denies forced returns"),
]))

ARTS.append(dict(id="own_088", pub="2026-04-28", src="Herzegovina Today", text='''
Coach crash near Mostar kills nine pensioners; driver may have fallen asleep

MOSTAR, Bosnia and Herzegovina — A coach carrying 47 pensioners on a sightseeing tour overturned on a bend of the M17 road near Jablanica on Sunday afternoon and plunged down an embankment, killing nine people and injuring 31, police said.

The coach, registered in Slovenia, left the road about 2 km north of the Jablanica dam. Firefighters cut survivors out of the wreckage for more than three hours. Seven of the injured were in a serious condition at the university clinical hospital in Mostar.

Investigators said the driver, a 58-year-old Slovenian, may have fallen asleep at the wheel. He survived with minor injuries and was questioned by police. Tests found no alcohol in his blood, they said.

The stretch of road, which winds through the Neretva canyon, has a history of serious crashes. Local officials have demanded for years that it be widened.

Bosnia declared Monday a day of mourning in Herzegovina-Neretva canton. Slovenia's prime minister expressed condolences and said Slovenia would cover the cost of treatment.

In a separate accident on Saturday, a gas cylinder exploded in a restaurant kitchen in Čapljina, injuring two cooks.
''', recs=[]))

ARTS.append(dict(id="own_089", pub="2025-03-18", src="Sarajevo Balkan Review", text='''
Bosnian Serb assembly bans state police; Sarajevo calls it an attack on the constitution

SARAJEVO — The parliament of Bosnia's Serb-dominated entity, Republika Srpska, on Thursday passed laws banning the state court, prosecutor's office and the state investigation agency SIPA from operating on its territory, deepening the country's worst political crisis in decades.

The vote followed the first-instance conviction last month of the entity's president, who was sentenced to a year in prison and banned from politics for six years for defying the international high representative. He has called the verdict political and vowed not to comply.

The Bosnian presidency's Bosniak and Croat members accused Banja Luka of "an attack on the constitutional order" and asked the constitutional court to suspend the laws. The state prosecutor's office said it had opened an investigation into the entity's leadership for undermining the constitutional order.

The EU peacekeeping force, EUFOR, said it was bringing in reserve troops from Austria and Italy "as a precaution". The US embassy warned that anyone threatening Bosnia's sovereignty would face sanctions.

In Banja Luka, about 5,000 people rallied on Saturday in support of the entity's president.

The war in Bosnia from 1992 to 1995 killed about 100,000 people.
''', recs=[
 R("SANCTION", also=["REJECT", "COERCE"], m=["Bosnian Serb assembly [bans] state police", "[passed] laws banning the state court"], a=["The parliament of Bosnia's Serb-dominated entity, Republika Srpska", "Bosnian Serb assembly"], t=["the state court, prosecutor's office and the state investigation agency SIPA", "state police"], p=("Banja Luka", 44.77, 17.19, "BA"), d="Thursday", c=A, note="RS assembly bans state institutions"),
 R("SANCTION", m=["who was [sentenced] to a year in prison", "called the [verdict] political"], a=[], t=["the entity's president"], p=("Bosnia", "country", "BA"), d="2025-02", c=A, note="conviction of RS president last month"),
 R("REJECT", also=["THREATEN"], m=["[vowed] not to comply"], a=["the entity's president"], t=[], p=None, c=A, note="RS president vows not to comply"),
 R("ACCUSE", m=["Sarajevo [calls] it an attack on the constitution", "Croat members [accused] Banja Luka"], a=["The Bosnian presidency's Bosniak and Croat members", "Sarajevo"], t=["Banja Luka"], p=None, c=A, note="presidency members accuse Banja Luka"),
 R("REQUEST", m=["[asked] the constitutional court to suspend the laws"], a=["The Bosnian presidency's Bosniak and Croat members"], t=["the constitutional court"], p=None, c=A, note="request to constitutional court"),
 R("ACCUSE", m=["it had [opened] an investigation into the entity's leadership"], a=["The state prosecutor's office"], t=["the entity's leadership"], p=None, c=CL, note="prosecutor opens investigation"),
 R("MOBILIZE", m=["it was [bringing] in reserve troops from Austria and Italy"], a=["The EU peacekeeping force, EUFOR", "EUFOR"], t=[], p=("Bosnia", "country", "BA"), c=CL, note="EUFOR brings in reserves"),
 R("THREATEN", m=["The US embassy [warned] that anyone threatening"], a=["The US embassy"], t=["anyone threatening Bosnia's sovereignty"], p=None, c=HY, note="US threatens sanctions"),
 R("PROTEST", acled=PEACE, m=["about 5,000 people [rallied] on Saturday"], a=["about 5,000 people"], t=[], p=("Banja Luka", 44.77, 17.19, "BA"), d="Saturday", q=(5000, 5000), c=A, note="pro-president rally in Banja Luka"),
]))

ARTS.append(dict(id="own_090", pub="2026-07-21", src="Red Sea Horn Review", text='''
"The guards shot at the river": young Eritreans on the run from national service

SHIRE, Ethiopia — Robel Tekle, 18, had been called up for national service when he and three friends decided to leave Eritrea in May. They walked for two nights from their village near Senafe and crossed into Ethiopia near Zalambessa.

"The guards shot at the river when they saw us. My friend Mussie was hit in the leg. We carried him across," Robel said at a reception centre in Shire, in Ethiopia's Tigray region.

Saba Yemane, 24, said she fled after soldiers arrested her father in Mendefera in April because her brother had left the country. "They said they will keep him until my brother comes back. So now I am gone too," she said.

Another young man, Daniel Habte, 20, said he had been caught once before at the border and held for six months in an underground prison at Adi Abeito. "They beat us every night," he said.

The Ethiopian refugee agency said it had registered about 700 new Eritrean arrivals in Shire in June. The UN refugee agency appealed for 40 million dollars to support Eritrean refugees in Tigray this year.

Eritrea's government does not comment on individual cases and describes national service as a duty.
''', recs=[
 R("MOVE", mode="cross_border", m=["decided to [leave] Eritrea in May", "They [walked] for two nights from their village near Senafe", "[crossed] into Ethiopia near Zalambessa", "We [carried] him across"], a=["Robel Tekle", "he and three friends"], p=("Zalambessa", 14.52, 39.38, "ET"), d="2026-05", q=(4, 4), c=CL, note="Robel and friends cross into Ethiopia at Zalambessa"),
 R("ASSAULT", m=['"The guards [shot] at the river": young', "The guards [shot] at the river when", "My friend Mussie was [hit] in the leg"], a=["The guards"], t=["My friend Mussie", "he and three friends"], p=("Zalambessa", 14.52, 39.38, "ET"), d="2026-05", i=(1, 1), c=CL, note="Eritrean border guards fire on group"),
 R("COERCE", acled=ARR, m=["soldiers [arrested] her father in Mendefera in April", "they will [keep] him until my brother comes back"], a=["soldiers"], t=["her father"], p=("Mendefera", 14.89, 38.82, "ER"), d="2026-04", c=CL, note="father arrested as hostage for brother"),
 R("MOVE", mode="flee", m=["Saba Yemane, 24, said she [fled]", "So now I am [gone] too"], a=["Saba Yemane"], p=("Eritrea", "country", "ER"), d=("2026-04", "today"), c=CL, note="Saba flees Eritrea"),
 R("MOVE", mode="flee", m=["her brother had [left] the country"], a=["her brother"], p=("Eritrea", "country", "ER"), c=CL, opt=True, note="brother left Eritrea earlier"),
 R("COERCE", m=["he had been [caught] once before at the border", "[held] for six months in an underground prison"], a=[], t=["Daniel Habte"], p=("Adi Abeito", 15.35, 38.87, "ER"), c=CL, note="Daniel caught at border and jailed six months"),
 R("ASSAULT", m=["They [beat] us every night"], a=[], t=["Daniel Habte"], p=("Adi Abeito", 15.35, 38.87, "ER"), c=CL, note="beatings in prison"),
 R("MOVE", mode="cross_border", m=["[registered] about 700 new Eritrean arrivals in Shire"], a=["about 700 new Eritrean arrivals"], p=("Shire", 14.10, 38.28, "ET"), d="2026-06", q=(700, 700), c=CL, note="700 Eritreans registered in June"),
 R("REQUEST", m=["The UN refugee agency [appealed] for 40 million dollars"], a=["The UN refugee agency"], t=[], p=None, c=A, note="UNHCR appeal"),
 R("MOBILIZE", m=["had been [called] up for national service"], a=[], t=["Robel Tekle"], p=("Eritrea", "country", "ER"), c=A, opt=True, note="Robel conscripted"),
]))

ARTS.append(dict(id="own_091", pub="2026-02-17", src="Nile Basin Wire", wrap=True, text='''
Cattle raiders kill 23 in Jonglei, abduct children; governor appeals for calm

BOR, South Sudan — Armed youths from the neighbouring Greater Pibor Administrative Area raided cattle camps near the village of Makuach in Jonglei state before dawn on Saturday, killing 23 people and abducting at least nine children, the state information minister said.

The raiders drove off an estimated 3,000 head of cattle, the minister said. Fourteen people wounded in the attack were taken to Bor State Hospital by a UN helicopter.

"They surrounded the camp and shot at everyone who came out of the huts," said Deng Majok, 35, a cattle keeper who was shot in the arm. "My younger brother is missing. We think they took him."

Jonglei's governor appealed to youths not to launch revenge attacks and called on the Pibor authorities to return the children. Pibor's chief administrator condemned the raid but accused Jonglei youths of attacking Pibor communities in January.

Several hundred families from Makuach have moved to Bor town since the raid, local officials said. UN peacekeepers began patrols in the area on Sunday.
''', recs=[
 R("ASSAULT", acled=VAC, m=["Cattle raiders [kill] 23", "[raided] cattle camps near the village of Makuach", "[killing] 23 people", "Fourteen people [wounded] in the attack", "[shot] at everyone who came out of the huts"], a=["Armed youths from the neighbouring Greater Pibor Administrative Area", "The raiders", "Cattle raiders"], t=["cattle camps near the village of Makuach"], p=("Makuach", 6.30, 31.60, "SS"), d="Saturday", f=(23, 23), i=(14, 15), c=CL, note="cattle raid near Makuach"),
 R("COERCE", acled=ABD, m=["in Jonglei, [abduct] children", "[abducting] at least nine children", "We think they [took] him"], a=["Armed youths from the neighbouring Greater Pibor Administrative Area", "The raiders"], t=["at least nine children", "My younger brother"], p=("Makuach", 6.30, 31.60, "SS"), d="Saturday", q=(9, 10), c=CL, note="nine children abducted"),
 R("COERCE", acled=LOOT, m=["The raiders [drove] off an estimated 3,000 head of cattle"], a=["The raiders"], t=["an estimated 3,000 head of cattle"], p=("Makuach", 6.30, 31.60, "SS"), d="Saturday", c=CL, note="3,000 cattle stolen"),
 R("MOVE", mode="relocate", m=["were [taken] to Bor State Hospital by a UN helicopter"], a=["a UN helicopter"], t=["Fourteen people"], p=("Bor", 6.21, 31.56, "SS"), d=("Saturday", "today"), q=(14, 14), c=A, opt=True, note="wounded airlifted to Bor"),
 R("REQUEST", m=["governor [appeals] for calm", "Jonglei's governor [appealed] to youths not to launch revenge attacks"], a=["Jonglei's governor"], t=["youths"], p=None, c=A, note="governor appeals against revenge"),
 R("REQUEST", m=["[called] on the Pibor authorities to return the children"], a=["Jonglei's governor"], t=["the Pibor authorities"], p=None, c=A, note="governor demands return of children"),
 R("ACCUSE", m=["Pibor's chief administrator [condemned]"], a=["Pibor's chief administrator"], t=["The raiders"], p=None, c=A, note="Pibor administrator condemns raid"),
 R("ACCUSE", m=["[accused] Jonglei youths"], a=["Pibor's chief administrator"], t=["Jonglei youths"], p=None, c=A, note="Pibor accuses Jonglei youths"),
 R("ASSAULT", acled=VAC, m=["of [attacking] Pibor communities in January"], a=["Jonglei youths"], t=["Pibor communities"], p=("Greater Pibor Administrative Area", 6.80, 33.10, "SS"), d="2026-01", c=CL, note="alleged January attacks on Pibor"),
 R("MOVE", mode="flee", m=["Several hundred families from Makuach have [moved] to Bor town"], a=["Several hundred families from Makuach"], p=("Makuach", 6.30, 31.60, "SS"), d=("Saturday", "today"), q=(200, 900), c=CL, note="families move to Bor"),
 R("MOBILIZE", m=["UN peacekeepers [began] patrols in the area"], a=["UN peacekeepers"], t=[], p=("Makuach", 6.30, 31.60, "SS"), d="Sunday", c=A, note="UN patrols begin"),
]))

ARTS.append(dict(id="own_092", pub="2025-11-04", src="Oubangui Express", text='''
"We counted the gunshots until they stopped": refugees from Paoua in southern Chad

GORÉ, Chad — When fighters came into Bémal on a Thursday morning in September, Josiane Ngaïkoura, 42, was pounding cassava behind her house. "We counted the gunshots until they stopped. Then we took the children and went into the bush," she said.

She and her six children walked for five days to the Chadian border and crossed near the village of Mbaïbokoum. They are now among some 2,800 new arrivals registered at the Doholo camp near Goré since the end of August.

Refugees say the attackers belonged to the 3R armed group, which has fought government troops and their Russian allies around Paoua in north-western Central African Republic. "They burned the church and the school, and they killed the catechist," said Pascal Ndoyo, 50, a farmer from Bémal.

Marie-Claire Béré, 29, said soldiers and Russian fighters came to the village two days later. "They said we were feeding the rebels. They took three young men away in a truck and we have not seen them again."

The Chadian authorities said the new arrivals were receiving food and shelter from aid agencies. The World Food Programme warned that it would have to cut rations in December for lack of funds.
''', recs=[
 R("ASSAULT", acled=VAC, m=["When fighters [came] into Bémal on a Thursday morning", "We counted the [gunshots] until they stopped.", "They [burned] the church and the school", "they [killed] the catechist"], a=["fighters", "the attackers", "the 3R armed group"], t=["the church and the school", "the catechist"], p=("Bémal", 7.24, 16.62, "CF"), d="2025-09", f=(1, 1), c=CL, note="3R attack on Bémal"),
 R("MOVE", mode="cross_border", m=["Then we [took] the children and went into the bush", "walked for five days to the Chadian border and [crossed]", "some 2,800 new [arrivals] registered at the Doholo camp"], a=["Josiane Ngaïkoura", "She and her six children", "some 2,800 new arrivals"], p=("Mbaïbokoum", 7.74, 15.67, "TD"), d=("2025-08-25", "today"), q=(2800, 2800), c=CL, note="refugees flee Bémal and cross into Chad"),
 R("ACCUSE", m=["They said we were [feeding] the rebels"], a=["soldiers and Russian fighters"], t=["we"], p=("Bémal", 7.24, 16.62, "CF"), d="2025-09", c=CL, opt=True, note="soldiers accuse villagers of feeding rebels"),
 R("COERCE", acled=ABD, m=["They [took] three young men away in a truck"], a=["soldiers and Russian fighters"], t=["three young men"], p=("Bémal", 7.24, 16.62, "CF"), d="2025-09", q=(3, 3), c=CL, note="three young men disappeared"),
 R("AID", m=["were [receiving] food and shelter from aid agencies"], a=["aid agencies"], t=["the new arrivals"], p=("Goré", 7.93, 16.63, "TD"), c=CL, opt=True, note="arrivals receive aid (ongoing)"),
 R("THREATEN", m=["it would have to [cut] rations in December"], a=["The World Food Programme"], t=[], p=None, c=HY, opt=True, note="WFP warns of ration cuts"),
 R("MOVE", mode="relocate", m=["soldiers and Russian fighters [came] to the village two days later"], a=["soldiers and Russian fighters"], p=("Bémal", 7.24, 16.62, "CF"), d="2025-09", c=CL, opt=True, note="soldiers arrive in village"),
 R("ASSAULT", acled=CLASH, m=["which has [fought] government troops"], a=["the 3R armed group"], t=["government troops and their Russian allies"], p=("Paoua", 7.24, 16.44, "CF"), c=A, opt=True, note="3R fighting around Paoua (background)"),
]))

ARTS.append(dict(id="own_093", pub="2026-05-26", src="Visayas Sentinel", text='''
Eleven NPA guerrillas surrender in Negros after clash that displaced 600

BACOLOD, Philippines — Eleven members of the communist New People's Army surrendered to the army in Kabankalan City, Negros Occidental, on Monday, handing over eight rifles, a week after a gun battle that forced about 600 villagers from their homes, the military said.

The 94th Infantry Battalion said soldiers clashed with around 20 guerrillas in the upland village of Camansi on 17 May, killing two rebels. One soldier was wounded. About 150 families from Camansi and two neighbouring villages sheltered in a school in Kabankalan for five days before returning home.

The surrendering rebels, including a local commander known as Ka Dado, will receive cash and livelihood aid under a government reintegration programme, the battalion commander, Lieutenant Colonel Arnel Sison, said.

The Communist Party of the Philippines dismissed the surrender as a "staged show" featuring farmers who had never been members, and accused the army of bombing farmland during the operation. The military denied the accusation.

In Manila, meanwhile, the Ginebra basketball team bombed out of the playoffs after a 98-85 loss.
''', recs=[
 R("CONCEDE", also=["RETREAT"], acled=CHG, m=["Eleven NPA guerrillas [surrender] in Negros", "[surrendered] to the army in Kabankalan City", "[handing] over eight rifles", "[dismissed] the surrender as a"], a=["Eleven members of the communist New People's Army", "Eleven NPA guerrillas"], t=["the army"], p=("Kabankalan", 9.99, 122.81, "PH"), d="Monday", q=(11, 11), c=["claimed", "denied"], note="11 NPA rebels surrender"),
 R("ASSAULT", acled=CLASH, m=["after [clash] that displaced 600", "a week after a gun [battle]", "soldiers [clashed] with around 20 guerrillas", "One soldier was [wounded]"], a=["soldiers", "The 94th Infantry Battalion"], t=["around 20 guerrillas"], p=("Camansi", 10.00, 122.95, "PH"), d="2026-05-17", f=(2, 2), i=(1, 1), c=CL, note="clash at Camansi"),
 R("MOVE", mode="flee", m=["[forced] about 600 villagers from their homes", "About 150 families from Camansi and two neighbouring villages [sheltered]"], a=["about 600 villagers", "About 150 families"], p=("Camansi", 10.00, 122.95, "PH"), d="2026-05-17", q=(600, 600), c=CL, note="600 villagers displaced"),
 R("MOVE", mode="return", m=["for five days before [returning] home"], a=["About 150 families"], p=("Camansi", 10.00, 122.95, "PH"), d=("2026-05-21", "2026-05-23"), c=CL, note="families return home"),
 R("AID", m=["will [receive] cash and livelihood aid"], a=[], t=["The surrendering rebels"], p=("Kabankalan", 9.99, 122.81, "PH"), c=HY, opt=True, note="reintegration aid"),
 R("ACCUSE", m=["and [accused] the army"], a=["The Communist Party of the Philippines"], t=["the army"], p=None, c=A, note="CPP accuses army of bombing"),
 R("ASSAULT", acled=AIR, m=["[bombing] farmland during the operation", "The military [denied] the accusation"], a=["the army"], t=["farmland"], p=("Camansi", 10.00, 122.95, "PH"), d="2026-05-17", c=["claimed", "denied"], note="alleged bombing of farmland"),
]))

ARTS.append(dict(id="own_094", pub="2026-10-20", src="New Guinea Highlands Post", text='''
"We carried grandmother through the rain": Nduga families in the Wamena churches

WAMENA, Indonesia — Since soldiers arrived in their district in September, hundreds of families from Nduga regency in Papua's highlands have walked for days through the mountains to the town of Wamena, where churches have opened their halls to them.

"We carried grandmother through the rain for four days. She died on the second night and we buried her by the path," said Natalia Gwijangge, 30, from the village of Mbua.

Her cousin Yosias Kogoya, 45, said soldiers burned the village clinic and several houses after rebels of the West Papua National Liberation Army ambushed a military patrol nearby. "They said we were hiding the fighters. We ran before they could ask more questions," he said.

The military said its troops had come under fire near Mbua on 3 September and that one soldier was killed. It denied burning any buildings.

"My children have not been to school for two months. They sleep on the church floor," said Ester Lokbere, 27.

A church coordinator in Wamena, Pastor Benny Wenda Tabuni, said about 1,400 people were now staying in seven church compounds and appealed to the regency government for food. The regency said it would deliver rice this week.
''', recs=[
 R("MOVE", mode="flee", m=["have [walked] for days through the mountains to the town of Wamena", "We [carried] grandmother through the rain for four days", "We [ran] before they could ask"], a=["hundreds of families from Nduga regency", "Natalia Gwijangge", "about 1,400 people"], p=("Mbua", -4.34, 138.48, "ID"), d=("2026-09", "today"), q=(1400, 1400), c=CL, note="Nduga families flee to Wamena"),
 R("MOBILIZE", m=["Since soldiers [arrived] in their district in September"], a=["soldiers"], t=[], p=("Nduga", -4.40, 138.30, "ID"), d="2026-09", c=A, note="troop deployment in Nduga"),
 R("ASSAULT", acled=LOOT, also=["COERCE"], m=["soldiers [burned] the village clinic", "It [denied] burning any buildings"], a=["soldiers"], t=["the village clinic and several houses"], p=("Mbua", -4.34, 138.48, "ID"), d="2026-09", c=["claimed", "denied"], note="soldiers burn clinic and houses"),
 R("ASSAULT", acled=CLASH, m=["[ambushed] a military patrol nearby", "its troops had [come] under fire near Mbua", "one soldier was [killed]"], a=["rebels of the West Papua National Liberation Army"], t=["a military patrol"], p=("Mbua", -4.34, 138.48, "ID"), d="2026-09-03", f=(1, 1), c=CL, note="rebel ambush on patrol near Mbua"),
 R("ACCUSE", m=["They said we were [hiding] the fighters"], a=["soldiers"], t=["we"], p=("Mbua", -4.34, 138.48, "ID"), d="2026-09", c=CL, opt=True, note="soldiers accuse villagers of hiding fighters"),
 R("REQUEST", m=["[appealed] to the regency government for food"], a=["Pastor Benny Wenda Tabuni"], t=["the regency government"], p=None, c=A, note="pastor appeals for food"),
 R("AID", m=["it would [deliver] rice this week"], a=["The regency"], t=[], p=("Wamena", -4.10, 138.94, "ID"), c=HY, note="regency to deliver rice"),
 R("AID", m=["churches have [opened] their halls to them"], a=["churches"], t=["hundreds of families from Nduga regency"], p=("Wamena", -4.10, 138.94, "ID"), c=A, opt=True, note="churches shelter displaced"),
]))

ARTS.append(dict(id="own_095", pub="2026-06-30", src="Lake Chad Wire", wrap=True, text='''
Sixteen years on, the Lake Chad conflict in numbers

MAIDUGURI, Nigeria — More than 35,000 people have been killed in north-east Nigeria since the Boko Haram insurgency began in 2009, and the conflict has spilled into Niger, Chad and Cameroon, according to a new compilation of figures by a regional research centre published on Monday.

The report, by the Maiduguri-based Centre for Lake Chad Studies, estimates that around 2.9 million people remain displaced across the four countries, most of them in Borno state. It counts more than 1,700 schools destroyed or closed and says at least 2,000 people have been abducted since 2014.

"These figures are conservative. Many deaths in remote areas were never recorded," said the centre's director, Dr Aisha Bulama, at the launch.

The authors say violence has become more fragmented since the insurgency split into rival factions, with attacks on farmers and fishermen now more common than large assaults on towns. Armed groups taxing fishing and farming communities, they add, earn millions of dollars a year.

Military spending by the four governments has roughly tripled over the period, the report says, while humanitarian appeals for the region have been less than half funded in most years.

The centre said it would publish a district-level database online later this year.
''', recs=[]))

ARTS.append(dict(id="own_096", pub="2025-03-25", src="Andes Wire", text='''
Deportation flight lands in Caracas as US and Venezuela agree to resume returns

CARACAS — A plane carrying 199 Venezuelans deported from the United States landed at Maiquetía airport near Caracas on Sunday night, the first such flight since the two governments agreed on Saturday to restart deportations after a two-week pause.

The flight, operated by Venezuela's state airline Conviasa, came from Honduras, where the deportees had been transferred from a US military base in Guantánamo and from Texas, Venezuelan officials said.

Interior minister Diosdado Cabello, who greeted the returnees on the tarmac, accused US authorities of treating migrants "like criminals" and demanded the return of 238 Venezuelans sent this month to a prison in El Salvador. Washington says the men are members of the Tren de Aragua gang; relatives deny it.

"They put chains on our hands and feet for the whole trip," said Yohandry Rivas, 27, who had lived in Houston for three years.

The US State Department said the agreement would allow flights to continue "on a regular basis" and warned that Venezuela would face sanctions if it failed to accept its nationals.

More than 7.7 million Venezuelans have left the country since 2014, according to the UN.
''', recs=[
 R("MOVE", mode="deport", m=["Deportation [flight] lands in Caracas", "A plane carrying 199 Venezuelans [deported] from the United States landed", "The [flight], operated by Venezuela's state airline Conviasa", "They [put] chains on our hands and feet for the whole trip"], a=["the United States", "US authorities"], t=["199 Venezuelans"], p=("Maiquetía", 10.60, -66.99, "VE"), d="Sunday", q=(199, 199), c=A, note="deportation flight of 199 lands at Maiquetía"),
 R("AGREE", m=["as US and Venezuela [agree] to resume returns", "the two governments [agreed] on Saturday to restart deportations", "the [agreement] would allow flights to continue"], a=["the two governments", "US and Venezuela"], t=[], p=None, d="Saturday", c=A, note="US-Venezuela agree to resume deportations"),
 R("MOVE", mode="relocate", m=["the deportees had been [transferred] from a US military base in Guantánamo"], a=[], t=["the deportees"], p=("Honduras", "country", "HN"), c=CL, note="deportees transferred to Honduras from Guantánamo and Texas"),
 R("ACCUSE", m=["[accused] US authorities of treating migrants"], a=["Interior minister Diosdado Cabello"], t=["US authorities"], p=None, d="Sunday", c=A, note="Cabello accuses US"),
 R("REQUEST", m=["[demanded] the return"], a=["Interior minister Diosdado Cabello"], t=[], p=None, d="Sunday", c=A, note="Cabello demands return of 238 from El Salvador"),
 R("MOVE", mode="deport", m=["238 Venezuelans [sent] this month to a prison in El Salvador"], a=["Washington"], t=["238 Venezuelans"], p=("El Salvador", "country", "SV"), d=("2025-03-01", "today"), q=(238, 238), c=A, note="238 Venezuelans sent to El Salvador prison"),
 R("ACCUSE", m=["Washington [says] the men are members of the Tren de Aragua gang", "relatives [deny] it"], a=["Washington"], t=["the men"], p=None, c=["claimed", "denied"], note="US says men are gang members; relatives deny"),
 R("THREATEN", m=["[warned] that Venezuela would face sanctions"], a=["The US State Department"], t=["Venezuela"], p=None, c=HY, note="US threatens sanctions"),
 R("AGREE", also=["CONSULT"], m=["[greeted] the returnees on the tarmac"], a=["Interior minister Diosdado Cabello"], t=["the returnees"], p=("Maiquetía", 10.60, -66.99, "VE"), d="Sunday", c=A, opt=True, note="minister greets returnees (borderline)"),
]))
