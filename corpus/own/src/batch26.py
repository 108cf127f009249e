from common import *
ARTS = []
ARTS.append(dict(id="own_127", pub="2024-12-02", src="Caucasus Street Report", text='''
Police use water cannon on fourth night of Tbilisi protests; dozens detained

TBILISI, Georgia — Riot police fired water cannon and tear gas at thousands of protesters outside the parliament on Rustaveli Avenue late on Sunday, the fourth night of demonstrations against the government's decision to suspend talks on joining the European Union.

Protesters threw fireworks and stones at police lines and set fire to barricades, and police then chased groups through side streets, beating some of them, witnesses said. The interior ministry said 107 people had been detained overnight and that 21 officers had been injured. Georgia's public defender said several detainees had visible head injuries and accused police of "torture-like treatment".

Among those detained was Nika Beridze, 24, a student, whose mother said he was beaten in a police van. The ministry denied abuse and said force had been used lawfully against "violent groups".

Demonstrations began on Thursday evening, hours after Prime Minister Irakli Kobakhidze announced that Georgia would not seek to open accession talks before 2028. The opposition, which says the ruling Georgian Dream party rigged the October parliamentary election, has called for a new vote.

Protests also took place on Sunday in Batumi, Kutaisi and Zugdidi, local media reported. More than 200 diplomats and several deputy ministers have signed open letters criticising the decision.

The United States said it was suspending its strategic partnership with Georgia, and the EU's foreign policy chief condemned the violence against demonstrators.
''', recs=[
 R("PROTEST", acled=PINT, m=["fourth night of Tbilisi [protests]", "the fourth night of [demonstrations] against", "Protesters [threw] fireworks and stones at police lines"], a=["thousands of protesters", "Protesters"], t=["the government", "police lines"], p=("Rustaveli Avenue", 41.70, 44.80, "GE"), d="Sunday", i=(21, 21), c=A, note="Sunday night protest outside parliament"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["Police [use] water cannon on fourth night", "Riot police [fired] water cannon and tear gas", "police then [chased] groups through side streets, beating some", "he was [beaten] in a police van", "The ministry [denied] abuse"], a=["Riot police", "police"], t=["thousands of protesters", "Nika Beridze"], p=("Rustaveli Avenue", 41.70, 44.80, "GE"), d="Sunday", c=["asserted", "claimed", "denied"], note="police water cannon, beatings"),
 R("COERCE", acled=ARR, m=["protests; dozens [detained]", "107 people had been [detained] overnight", "Among those [detained] was Nika Beridze"], a=["The interior ministry"], t=["107 people", "Nika Beridze"], p=("Tbilisi", 41.72, 44.79, "GE"), d=("Sunday", "Monday"), q=(107, 107), c=CL, note="107 detained"),
 R("ACCUSE", m=["[accused] police of \"torture-like treatment"], a=["Georgia's public defender"], t=["police"], p=None, c=A, note="ombudsman accuses police"),
 R("PROTEST", acled=PEACE, m=["Demonstrations [began] on Thursday evening"], a=[], t=[], p=("Tbilisi", 41.72, 44.79, "GE"), d="Thursday", c=A, opt=True, note="start of protest series Thursday"),
 R("REJECT", m=["Georgia would not [seek] to open accession talks before 2028", "decision to [suspend] talks on joining the European Union"], a=["Prime Minister Irakli Kobakhidze"], t=["the European Union"], p=None, d="Thursday", c=A, note="government suspends EU accession talks"),
 R("ACCUSE", m=["Georgian Dream party [rigged] the October parliamentary election"], a=["The opposition"], t=["the ruling Georgian Dream party"], p=None, c=CL, note="opposition alleges rigging"),
 R("REQUEST", m=["has [called] for a new vote"], a=["The opposition"], t=[], p=None, c=A, note="opposition calls for new vote"),
 R("PROTEST", acled=PEACE, m=["Protests also [took] place on Sunday in Batumi, Kutaisi and Zugdidi"], a=[], t=[], p=("Batumi", 41.64, 41.63, "GE"), d="Sunday", c=CL, note="protests in Batumi, Kutaisi, Zugdidi"),
 R("PROTEST", m=["have [signed] open letters criticising the decision"], a=["More than 200 diplomats and several deputy ministers"], t=[], p=None, c=A, opt=True, note="officials sign open letters"),
 R("SANCTION", m=["it was [suspending] its strategic partnership with Georgia"], a=["The United States"], t=["Georgia"], p=None, c=A, note="US suspends strategic partnership"),
 R("ACCUSE", m=["the EU's foreign policy chief [condemned] the violence"], a=["the EU's foreign policy chief"], t=[], p=None, c=A, note="EU condemns violence"),
]))

ARTS.append(dict(id="own_128", pub="2023-04-11", src="Horn Migration Review", wrap=True, text='''
Deportation flights bring thousands of Ethiopians home from Saudi detention

ADDIS ABABA — Two flights carrying about 850 Ethiopian migrants deported from Saudi Arabia landed at Bole International Airport on Monday, part of a programme under which the two governments have agreed to return more than 100,000 Ethiopians held in Saudi detention centres.

Many of the returnees were barefoot and some were carried off the plane on stretchers. Officials from the Ministry of Women and Social Affairs registered them in a hangar and took them by bus to a reception centre on the city's outskirts.

"We were 300 men in one room in Jizan. One toilet. People were sick and nobody came," said Tesfaye Gemechu, 22, from Oromia, who said he was held for seven months after being arrested in Riyadh. He crossed into Saudi Arabia from Yemen two years ago after paying smugglers in Djibouti.

Rights groups have accused Saudi border guards of shooting at Ethiopian migrants trying to cross the mountainous Yemeni border, allegations Riyadh has rejected.

The Ethiopian government said 38,000 people had been returned since the programme restarted in March and that flights would continue daily. The International Organization for Migration said it was providing food, medical care and onward transport to their home regions.
''', recs=[
 R("MOVE", mode="deport", m=["Deportation [flights] bring thousands of Ethiopians home", "Two flights carrying about 850 Ethiopian migrants [deported] from Saudi Arabia landed", "[carried] off the plane on stretchers"], a=["Saudi Arabia"], t=["about 850 Ethiopian migrants"], p=("Bole International Airport", 8.98, 38.80, "ET"), d="Monday", q=(850, 850), c=A, note="two deportation flights land at Bole"),
 R("AGREE", m=["the two governments have [agreed] to return more than 100,000 Ethiopians"], a=["the two governments"], t=[], p=None, c=A, note="Ethiopia-Saudi return agreement"),
 R("MOVE", mode="relocate", m=["[took] them by bus to a reception centre"], a=["Officials from the Ministry of Women and Social Affairs"], t=["the returnees"], p=("ADDIS ABABA", 9.03, 38.74, "ET"), d="Monday", c=A, note="returnees bussed to reception centre"),
 R("COERCE", m=["We were 300 men in one [room] in Jizan", "he was [held] for seven months"], a=[], t=["Tesfaye Gemechu"], p=("Jizan", 16.89, 42.55, "SA"), c=CL, note="detention in Jizan"),
 R("COERCE", acled=ARR, m=["after being [arrested] in Riyadh"], a=[], t=["Tesfaye Gemechu"], p=("Riyadh", 24.71, 46.68, "SA"), c=CL, note="arrest in Riyadh"),
 R("MOVE", mode="smuggle", m=["He [crossed] into Saudi Arabia from Yemen two years ago", "after [paying] smugglers in Djibouti"], a=["Tesfaye Gemechu"], t=[], p=("Saudi Arabia", "country", "SA"), d="2021", c=CL, note="crossed from Yemen two years ago"),
 R("ACCUSE", m=["Rights groups have [accused] Saudi border guards of shooting", "allegations Riyadh has [rejected]"], a=["Rights groups"], t=["Saudi border guards"], p=None, c=["asserted", "denied"], note="rights groups accuse Saudi guards"),
 R("ASSAULT", acled=VAC, m=["Saudi border guards of [shooting] at Ethiopian migrants"], a=["Saudi border guards"], t=["Ethiopian migrants"], p=("Yemeni border", 17.00, 43.40, "SA"), c=["claimed", "denied"], opt=True, note="alleged shooting of migrants at border (generic series)"),
 R("MOVE", mode="deport", m=["38,000 people had been [returned] since the programme restarted"], a=["The Ethiopian government"], t=["38,000 people"], p=("Ethiopia", "country", "ET"), d=("2023-03", "today"), q=(38000, 38000), c=CL, note="38,000 returned since March"),
 R("AID", m=["it was [providing] food, medical care and onward transport"], a=["The International Organization for Migration"], t=[], p=("ADDIS ABABA", 9.03, 38.74, "ET"), c=CL, note="IOM aid"),
]))

ARTS.append(dict(id="own_129", pub="2025-10-16", src="Adriatic Courts Review", text='''
Former Split mayor's fraud trial hears from auditor; supporters rally outside court

SPLIT, Croatia — The corruption trial of former Split mayor Dario Jurić resumed on Wednesday with more than four hours of testimony from the auditor who first flagged irregularities in the city's waste contracts.

Under cross-examination by defence counsel Ivana Perić, auditor Marko Bilić conceded that he had not seen the original tender documents and had relied on copies supplied by the city. "I can only speak to what was in front of me," he said. Perić told reporters afterwards that the prosecution's case had "collapsed in the first hour".

Jurić, 58, pleaded not guilty in May to abuse of office. Prosecutors say contracts worth 11 million euros were steered to companies linked to his associates between 2016 and 2020. He denies wrongdoing.

The judge, Ana Marinović, rejected a defence motion to exclude emails seized from the city's servers and adjourned the hearing until 5 November, when two former councillors are due to testify. A spokesman for the state anti-corruption office declined to comment on the testimony.

About 150 supporters of the former mayor rallied outside the county court in the morning, holding banners reading "Political trial" and chanting his name. Police watched from a distance and there were no incidents.

Jurić has said he will run for mayor again in 2027 if acquitted.
''', recs=[
 R("PROTEST", acled=PEACE, m=["supporters [rally] outside court", "About 150 supporters of the former mayor [rallied] outside the county court"], a=["About 150 supporters of the former mayor"], t=[], p=("Split", 43.51, 16.44, "HR"), d="Wednesday", q=(150, 150), c=A, note="supporters rally outside Split court"),
]))

ARTS.append(dict(id="own_130", pub="2020-02-05", src="Auvergne Economic Review", wrap=True, text='''
Tyre maker to axe 1,100 jobs as shares plunge; workers block factory gates

CLERMONT-FERRAND, France — Tyre maker Valmont Pneus said on Tuesday it would close two factories in France and cut 1,100 jobs, sending its shares down 12 percent as it warned that a price war with Asian rivals would squeeze profits for a second year.

Chief executive Hélène Dumas said the company had been "fighting with one hand tied behind its back" against cheaper imports and needed to slash costs by 400 million euros by 2022. "This is painful surgery, but the alternative is to bleed to death slowly," she told analysts.

The plan would shut plants in Montluçon and near Tours, where passenger-car tyre production would be moved to Spain and Romania. The group also said it was in talks to acquire a Polish retreading business to strengthen its truck division.

Several hundred workers at the Montluçon plant blocked the factory gates with burning pallets on Tuesday afternoon and hung effigies of managers from the fence, the CGT union said. "They are killing a town to please shareholders," said Stéphane Morel, a machine operator with 22 years at the plant.

The economy minister said the state would examine the plan closely and urged the company to find a buyer for the sites. Analysts said the restructuring was overdue but warned that the group risked losing ground in the premium segment.

The shares had already plunged by a third last year.
''', recs=[
 R("PROTEST", acled=PEACE, m=["workers [block] factory gates", "Several hundred workers at the Montluçon plant [blocked] the factory gates", "[hung] effigies of managers from the fence"], a=["Several hundred workers at the Montluçon plant"], t=["Valmont Pneus"], p=("Montluçon", 46.34, 2.60, "FR"), d="Tuesday", q=(200, 900), c=CL, note="workers block Montluçon factory gates"),
 R("REQUEST", m=["[urged] the company to find a buyer for the sites"], a=["The economy minister"], t=["the company"], p=None, d=("Tuesday", "today"), c=A, opt=True, note="minister urges company to find buyer (business, borderline)"),
]))

ARTS.append(dict(id="own_131", pub="2025-05-06", src="Andean Mining Watch", text='''
Thirteen gold miners found dead in Pataz shaft; army takes over security

TRUJILLO, Peru — The bodies of 13 security guards who had been kidnapped at a gold mine in the Pataz province of Peru's La Libertad region were found on Sunday in a tunnel, police said, prompting the government to suspend mining in the area and send in the army.

The men, employed by a contractor working for a local mining company, were seized by armed men on 26 April inside the mine, relatives said. A video sent to their families showed them kneeling with their hands tied. Police said they had been shot. Relatives said a ransom had been demanded; police declined to confirm it.

Investigators suspect a criminal gang of illegal miners that has been fighting the company for control of veins in the mine. Police said they had arrested two suspects in Trujillo on Monday.

President Dina Boluarte said on Monday that all mining activity in Pataz would be halted for 30 days and that the armed forces would take charge of security, with a curfew from 6pm to 6am. Mayors in the province complained that they had warned for months of a wave of killings.

Thousands of miners marched in Pataz on Monday calling for protection, but also against the suspension. "We are the ones who die, and now we cannot work," said Wilmer Rojas, 33.

Illegal mining has spread rapidly in the province in recent years. Dozens of killings have been reported in its mines since 2020, according to local officials.
''', recs=[
 R("COERCE", acled=ABD, m=["guards who had been [kidnapped] at a gold mine", "were [seized] by armed men on 26 April inside the mine", "[showed] them kneeling with their hands tied", "a ransom had been [demanded]"], a=["armed men"], t=["13 security guards"], p=("Pataz", -7.77, -77.59, "PE"), d="2025-04-26", q=(13, 13), c=CL, note="13 guards kidnapped at Pataz mine"),
 R("ASSAULT", acled=VAC, m=["Thirteen gold miners found [dead] in Pataz shaft", "The [bodies] of 13 security guards", "they had been [shot]"], a=["a criminal gang of illegal miners", "armed men"], t=["13 security guards"], p=("Pataz", -7.77, -77.59, "PE"), d=("2025-04-26", "Sunday"), f=(13, 13), c=CL, note="13 kidnapped guards killed"),
 R("ASSAULT", acled=CLASH, m=["has been [fighting] the company for control of veins"], a=["a criminal gang of illegal miners"], t=["the company"], p=("Pataz", -7.77, -77.59, "PE"), c=BL, opt=True, note="ongoing gang-company fight (series)"),
 R("COERCE", acled=ARR, m=["they had [arrested] two suspects in Trujillo"], a=["Police"], t=["two suspects"], p=("Trujillo", -8.11, -79.03, "PE"), d="Monday", q=(2, 2), c=CL, note="two suspects arrested in Trujillo"),
 R("COERCE", also=["SANCTION", "MOBILIZE"], acled=OTH, m=["army [takes] over security", "the government to [suspend] mining in the area", "all mining activity in Pataz would be [halted] for 30 days", "with a [curfew] from 6pm to 6am"], a=["President Dina Boluarte", "the government"], t=[], p=("Pataz", -7.77, -77.59, "PE"), d="Monday", c=A, note="mining halted, army deployed, curfew"),
 R("ACCUSE", m=["Mayors in the province [complained]"], a=["Mayors in the province"], t=[], p=None, c=A, opt=True, note="mayors complain"),
 R("PROTEST", acled=PEACE, m=["Thousands of miners [marched] in Pataz on Monday"], a=["Thousands of miners"], t=[], p=("Pataz", -7.77, -77.59, "PE"), d="Monday", q=(1000, 9000), c=A, note="miners march in Pataz"),
]))
