from common import *
ARTS = []
ARTS.append(dict(id="own_009", pub="2025-10-21", src="Levant Briefing", text='''
Drone strike on car near Sarmada kills two; shelling reported in Jabal al-Zawiya

IDLIB, Syria — A drone strike hit a car on the road between Sarmada and Bab al-Hawa in northern Idlib province on Monday, killing two men, civil defence workers said.

The rescuers, known as the White Helmets, said the vehicle was hit by a missile and burst into flames. They identified one of the dead as Khaled al-Omar, a 40-year-old fuel trader. A passer-by was lightly wounded.

No party claimed the strike. Local activists said the men were suspected members of a jihadist faction, which relatives denied. "He sold diesel, nothing more," said his brother, Mahmoud al-Omar.

Separately, residents of Jabal al-Zawiya in southern Idlib reported artillery shelling on the village of Kansafra overnight on Sunday. There were no reports of casualties, but several houses were damaged.

The Syrian Observatory for Human Rights, a UK-based monitor, says it has documented more than 200 drone strikes in the northwest since January.
''', recs=[
 R("ASSAULT", acled=AIR, m=["Drone [strike] on car near Sarmada kills two", "A drone strike [hit] a car on the road between Sarmada and Bab al-Hawa", "the vehicle was [hit] by a missile", "No party claimed the [strike]"], a=[], t=["a car", "two men", "Khaled al-Omar"], p=("Sarmada", 36.18, 36.72, "SY"), d="Monday", f=(2, 2), i=(1, 1), c=["claimed", "asserted"], note="drone strike on car near Sarmada"),
 R("ACCUSE", also=["REJECT"], m=["the men were [suspected] members of a jihadist faction", "which relatives [denied]"], a=["Local activists"], t=["the men"], p=None, c=["claimed", "denied"], opt=True, note="activists say men were jihadists; relatives deny"),
 R("ASSAULT", acled=SHELL, m=["reported artillery [shelling] on the village of Kansafra", "[shelling] reported in Jabal al-Zawiya"], a=[], t=["the village of Kansafra", "several houses"], p=("Kansafra", 35.68, 36.52, "SY"), d="Sunday", f=(0, 0), c=CL, note="overnight shelling of Kansafra, Jabal al-Zawiya"),
]))

ARTS.append(dict(id="own_010", pub="2025-11-04", src="Euphrates News Agency", text='''
Returnees queue at Bab al-Hawa as clashes flare east of Aleppo

BAB AL-HAWA, Syria (ENA) — Several hundred Syrian refugees crossed back from Turkey through the Bab al-Hawa crossing on Tuesday, the crossing administration said, part of a steady flow of returns since the fall of the former government.

Many said they were going back to villages in rural Hama and Idlib to rebuild homes damaged in years of bombardment. "My house has no roof, but it is my house," said Yasser Haj Ali, 61, a farmer from Kafr Nabl.

Turkish authorities separately deported 47 Syrians detained for working without permits in Gaziantep, a rights group said, an allegation Ankara did not address.

East of Aleppo, clashes broke out on Monday night between Turkish-backed factions of the Syrian National Army and the Kurdish-led Syrian Democratic Forces near the Tishrin Dam, according to both sides. The SDF said it killed six attackers and lost two fighters; the factions said they had captured a hill overlooking the dam, which the SDF denied.

Talks between the SDF and the authorities in Damascus on integrating the group into the new army are expected to resume next week, officials said.
''', recs=[
 R("MOVE", mode="return", m=["[Returnees] queue at Bab al-Hawa", "Several hundred Syrian refugees [crossed] back from Turkey", "[going] back to villages in rural Hama"], a=["Several hundred Syrian refugees", "Syrian refugees"], p=("Bab al-Hawa", 36.23, 36.67, "SY"), d="Tuesday", q=(200, 900), c=CL, note="refugees return from Turkey via Bab al-Hawa"),
 R("MOVE", mode="deport", also=["COERCE"], m=["Turkish authorities separately [deported] 47 Syrians", "[detained] for working without permits"], a=["Turkish authorities"], t=["47 Syrians"], p=("Gaziantep", 37.07, 37.38, "TR"), q=(47, 47), c=CL, note="Turkey deports 47 Syrians detained in Gaziantep"),
 R("ASSAULT", acled=CLASH, m=["[clashes] flare east of Aleppo", "[clashes] broke out on Monday night", "The SDF said it [killed] six attackers"], a=["Turkish-backed factions of the Syrian National Army", "the Kurdish-led Syrian Democratic Forces"], t=["the Kurdish-led Syrian Democratic Forces", "Turkish-backed factions of the Syrian National Army"], p=("Tishrin Dam", 36.38, 38.18, "SY"), d="Monday", f=(8, 8), c=CL, note="SNA-SDF clashes near Tishrin Dam"),
 R("COERCE", acled=NSAOVER, m=["they had [captured] a hill overlooking the dam"], a=["the factions"], t=["the SDF"], p=("Tishrin Dam", 36.38, 38.18, "SY"), d="Monday", c=["claimed", "denied"], note="factions claim capture of hill over Tishrin Dam, SDF denies"),
 R("CONSULT", m=["[Talks] between the SDF and the authorities in Damascus"], a=["the SDF"], t=["the authorities in Damascus"], p=("Damascus", 33.51, 36.29, "SY"), c=HY, note="SDF-Damascus talks expected to resume"),
]))

ARTS.append(dict(id="own_011", pub="2025-12-09", src="Mesopotamia Times", wrap=True, text='''
Iraqi forces arrest 14 Islamic State suspects in Kirkuk raids

KIRKUK, Iraq — Iraqi counter-terrorism forces arrested 14 people suspected of belonging to the Islamic State group in overnight raids in Kirkuk province, the Security Media Cell said on Tuesday.

The raids targeted villages in the Hawija district, south-west of the city of Kirkuk, where remnants of the group still move through farmland and dry river valleys, the statement said. Among those detained was a man described as a local leader responsible for planting roadside bombs.

A police officer in Hawija, who spoke on condition of anonymity, said the detainees were taken to Baghdad for questioning. He said one suspect was wounded when he resisted arrest.

In a separate statement, the Joint Operations Command said Iraqi F-16 jets had struck an Islamic State hideout in the Hamrin mountains on Monday, killing four militants. The claim could not be verified.

Families of some of the men gathered outside the provincial council building on Tuesday to demand information about their relatives. "My son is a shepherd. They took him at three in the morning," said Khadija Salih, 58.

Officials declined to comment on the protest.
''', recs=[
 R("COERCE", acled=ARR, m=["Iraqi forces [arrest] 14 Islamic State suspects", "counter-terrorism forces [arrested] 14 people suspected", "The [raids] targeted villages in the Hawija district", "Among those [detained] was a man", "wounded when he resisted [arrest]", "They [took] him at three in the morning"], a=["Iraqi counter-terrorism forces", "Iraqi forces"], t=["14 people suspected of belonging to the Islamic State group", "14 Islamic State suspects"], p=("Hawija", 35.33, 43.77, "IQ"), d=("Monday", "Tuesday"), i=(1, 1), q=(14, 14), c=CL, note="14 IS suspects arrested in Hawija raids"),
 R("MOVE", mode="relocate", m=["the detainees were [taken] to Baghdad"], a=["the detainees"], p=("Baghdad", 33.31, 44.37, "IQ"), c=CL, opt=True, note="detainees transferred to Baghdad"),
 R("ASSAULT", acled=AIR, m=["Iraqi F-16 jets had [struck] an Islamic State hideout"], a=["Iraqi F-16 jets"], t=["an Islamic State hideout", "four militants"], p=("Hamrin mountains", 34.50, 44.50, "IQ"), d="Monday", f=(4, 4), c=CL, note="F-16 strike on IS hideout in Hamrin mountains"),
 R("PROTEST", acled=PEACE, m=["Families of some of the men [gathered] outside the provincial council building", "comment on the [protest]"], a=["Families of some of the men"], t=["the provincial council building"], p=("Kirkuk", 35.47, 44.39, "IQ"), d="Tuesday", c=A, note="families protest in Kirkuk demanding information"),
]))

ARTS.append(dict(id="own_012", pub="2026-01-13", src="Eastern Europe Correspondent", text='''
"The drones hunt anything that moves": leaving Pokrovsk

DNIPRO, Ukraine — Nadiya Bondarenko, 67, left Pokrovsk on a Friday morning in December in the back of a police armoured van, with one bag and her cat. By then, she said, the town had had no electricity or running water for weeks.

"The drones hunt anything that moves. You go out for bread and you do not know if you will come back," she said at an evacuation centre in Dnipro. She recalled that a glide bomb destroyed the five-storey building opposite hers in November. "Three of my neighbours were inside. We never found Pavlo."

Her son, Serhiy, a miner who left for Dnipro earlier in the year, said he had begged her for months to go. "She kept saying, 'Who will feed the cats?'" he said.

Volunteers from the White Angels police unit, who drive into the town under fire, said they had evacuated about 40 people that week. "Every trip, the road is shelled," said one officer, Andriy Melnyk.

Russian forces have been trying to encircle Pokrovsk for more than a year. Ukraine's military said on Monday its troops were still holding positions in the northern part of the town.
''', recs=[
 R("MOVE", mode="flee", m=["[left] Pokrovsk on a Friday morning in December", 'moves": [leaving] Pokrovsk'], a=["Nadiya Bondarenko"], p=("Pokrovsk", 48.28, 37.18, "UA"), d="2025-12", c=CL, note="Nadiya evacuated from Pokrovsk to Dnipro"),
 R("ASSAULT", acled=AIR, m=["a glide bomb [destroyed] the five-storey building", "Three of my neighbours were [inside]"], a=[], t=["the five-storey building opposite hers", "Three of my neighbours"], p=("Pokrovsk", 48.28, 37.18, "UA"), d="2025-11", f=(1, 3), c=CL, note="glide bomb destroys apartment block, neighbours inside"),
 R("MOVE", mode="relocate", m=["Serhiy, a miner who [left] for Dnipro earlier in the year"], a=["Serhiy"], p=("Dnipro", 48.46, 35.05, "UA"), d="2025", c=CL, opt=True, note="son moved to Dnipro earlier in the year"),
 R("AID", also=["MOVE"], m=["they had [evacuated] about 40 people that week"], a=["Volunteers from the White Angels police unit"], t=["about 40 people"], p=("Pokrovsk", 48.28, 37.18, "UA"), d="2025-12", q=(35, 45), c=CL, note="White Angels evacuate about 40 people"),
 R("ASSAULT", acled=SHELL, m=["Every trip, the road is [shelled]"], a=[], t=["the road"], p=("Pokrovsk", 48.28, 37.18, "UA"), c=CL, opt=True, note="habitual shelling of evacuation road"),
 R("ASSAULT", acled=CLASH, m=["Russian forces have been trying to [encircle] Pokrovsk", "its troops were still [holding] positions"], a=["Russian forces"], t=["Pokrovsk"], p=("Pokrovsk", 48.28, 37.18, "UA"), d=("2025-01-01", "today"), c=AC, opt=True, note="Russian offensive to encircle Pokrovsk (ongoing)"),
]))
