from common import *
ARTS = []
ARTS.append(dict(id="own_033", pub="2025-03-18", src="Indian Ocean Correspondent", text='''
Insurgents attack Macomia, sending thousands towards Pemba

PEMBA, Mozambique — Islamic State-linked insurgents attacked the district town of Macomia in Cabo Delgado province on Friday, looting food stores and burning houses before withdrawing on Sunday, local officials and residents said.

Hundreds of fighters entered the town from several directions early on Friday and clashed with Mozambican soldiers and Rwandan troops for several hours, a local official said. He said at least seven soldiers and an unknown number of insurgents were killed. The defence ministry put military losses at "a few".

Residents who returned on Monday found the market and the district hospital looted. "They took rice, medicines, even the mattresses," said Francisco Amade, a teacher.

The UN migration agency said more than 8,000 people had fled Macomia towards Pemba, Chiúre and the coast since Friday.

The insurgents, known locally as al-Shabaab though unrelated to the Somali group, published photographs of the attack through Islamic State media channels on Saturday.

The conflict has killed more than 6,000 people since 2017, according to the monitoring group Cabo Ligado.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["Insurgents [attack] Macomia", "Islamic State-linked insurgents [attacked] the district town of Macomia", "[clashed] with Mozambican soldiers and Rwandan troops", "Hundreds of fighters [entered] the town", "photographs of the [attack]"], a=["Islamic State-linked insurgents", "Hundreds of fighters", "al-Shabaab"], t=["Mozambican soldiers and Rwandan troops", "the district town of Macomia"], p=("Macomia", -11.97, 40.12, "MZ"), d="Friday", f=(7, 30), c=["claimed", "asserted"], note="insurgent attack on Macomia, clashes with Mozambican and Rwandan troops"),
 R("COERCE", acled=LOOT, m=["[looting] food stores and burning houses", "the market and the district hospital [looted]", "They [took] rice, medicines, even the mattresses"], a=["Islamic State-linked insurgents"], t=["food stores", "the market and the district hospital"], p=("Macomia", -11.97, 40.12, "MZ"), d=("Friday", "Sunday"), c=AC, note="insurgents loot and burn Macomia"),
 R("RETREAT", m=["before [withdrawing] on Sunday"], a=["Islamic State-linked insurgents"], p=("Macomia", -11.97, 40.12, "MZ"), d="Sunday", c=CL, note="insurgents withdraw from Macomia"),
 R("MOVE", mode="flee", m=["[sending] thousands towards Pemba", "more than 8,000 people had [fled] Macomia"], a=["more than 8,000 people"], p=("Macomia", -11.97, 40.12, "MZ"), d=("Friday", "today"), q=(8001, 9000), c=CL, note="8,000+ flee Macomia"),
 R("MOVE", mode="return", m=["Residents who [returned] on Monday"], a=["Residents"], p=("Macomia", -11.97, 40.12, "MZ"), d="Monday", c=A, opt=True, note="residents return Monday"),
]))

ARTS.append(dict(id="own_034", pub="2025-04-08", src="Ituri Protection Cluster Note", text='''
Protection alert: armed attack on Plaine Savo displacement site, Djugu territory

Bunia, 8 April — This note summarises information collected by protection partners following the attack on the Plaine Savo site for internally displaced persons, in the Bahema Badjere chiefdom of Djugu territory, Ituri province, during the night of 5 to 6 April.

According to site committee members and health staff, armed men identified by survivors as CODECO militiamen entered the site at around 1 a.m., attacking residents with machetes and firearms and setting shelters alight. Partners have confirmed 19 deaths, including seven children. A further 26 people were treated for injuries at Bule hospital. About 120 shelters were burned.

UN peacekeepers based near the site intervened after the attack began, according to the mission, and exchanged fire with the assailants. The mission said the assailants withdrew towards the forest.

Following the attack, an estimated 6,000 residents left the site for Bule and Fataki. Partners warn that the new arrivals are sleeping in churches and schools without food.

Two women reported being raped by assailants during the attack. They have been referred for medical care.

Partners call on the authorities and the mission to strengthen protection around displacement sites in Djugu.
''', recs=[
 R("ASSAULT", acled=VAC, m=["armed [attack] on Plaine Savo displacement site", "following the [attack] on the Plaine Savo site", "[entered] the site at around 1 a.m.", "[attacking] residents with machetes and firearms", "Partners have confirmed 19 [deaths]", "setting shelters [alight]", "About 120 shelters were [burned]"], a=["armed men identified by survivors as CODECO militiamen", "CODECO militiamen"], t=["residents", "the Plaine Savo site for internally displaced persons"], p=("Plaine Savo", 1.87, 30.37, "CD"), d=("2025-04-05", "2025-04-06"), f=(19, 19), i=(26, 26), c=["confirmed", "claimed"], note="CODECO attack on Plaine Savo IDP site"),
 R("ASSAULT", acled=CLASH, m=["UN peacekeepers based near the site [intervened]", "[exchanged] fire with the assailants"], a=["UN peacekeepers"], t=["the assailants"], p=("Plaine Savo", 1.87, 30.37, "CD"), d=("2025-04-05", "2025-04-06"), c=CL, note="peacekeepers exchange fire with CODECO"),
 R("RETREAT", m=["the assailants [withdrew] towards the forest"], a=["the assailants"], p=("Plaine Savo", 1.87, 30.37, "CD"), d="2025-04-06", c=CL, opt=True, note="assailants withdraw"),
 R("MOVE", mode="flee", m=["an estimated 6,000 residents [left] the site for Bule and Fataki"], a=["an estimated 6,000 residents"], p=("Plaine Savo", 1.87, 30.37, "CD"), d=("2025-04-06", "2025-04-08"), q=(5000, 7000), c=BL, note="6,000 leave site for Bule and Fataki"),
 R("ASSAULT", acled=SEXV, m=["Two women reported being [raped] by assailants"], a=["assailants"], t=["Two women"], p=("Plaine Savo", 1.87, 30.37, "CD"), d=("2025-04-05", "2025-04-06"), c=CL, note="two women raped during attack"),
 R("REQUEST", m=["Partners [call] on the authorities and the mission"], a=["Partners"], t=["the authorities and the mission"], p=None, d="2025-04-08", c=A, note="call to strengthen protection"),
]))

ARTS.append(dict(id="own_035", pub="2025-05-06", src="Radio Kanem Lac", wrap=True, text='''
Radio Kanem Lac, morning news, 6 May: attack on army post near Bol

PRESENTER: Good morning. We begin in the Lac province, where the army says it has repelled an attack by Boko Haram fighters on a military post on the island of Barkaram, near Bol, during the night of Sunday to Monday. Our correspondent Moussa Abakar is in Bol.

CORRESPONDENT: Thank you. The attackers arrived in canoes at around two in the morning. The army spokesman told us that 15 assailants were killed and that three soldiers lost their lives, with five wounded. Residents of Bol say they heard heavy gunfire for more than an hour.

PRESENTER: Have there been any arrests?

CORRESPONDENT: Yes. The governor says four suspects were arrested in Bol yesterday, accused of supplying fuel to the insurgents. Families in Barkaram have begun moving to Bol itself; a local chief told me about 300 people arrived yesterday.

PRESENTER: Thank you, Moussa. In other news, the national assembly has adopted the new budget, and the Sao FC beat Renaissance 2-1 on Sunday in N'Djamena. We will be back after the music.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["[attack] on army post near Bol", "it has [repelled] an attack by Boko Haram fighters", "The attackers [arrived] in canoes", "15 assailants were [killed]", "three soldiers [lost] their lives", "they heard heavy [gunfire] for more than an hour"], a=["Boko Haram fighters", "The attackers"], t=["a military post on the island of Barkaram", "the army"], p=("Barkaram", 13.40, 14.60, "TD"), d=("Sunday", "Monday"), f=(18, 18), i=(5, 5), c=CL, note="Boko Haram attack on army post on Barkaram island near Bol"),
 R("COERCE", acled=ARR, m=["four suspects were [arrested] in Bol yesterday"], a=[], t=["four suspects"], p=("Bol", 13.46, 14.71, "TD"), d="yesterday", q=(4, 4), c=CL, note="four suspected fuel suppliers arrested in Bol"),
 R("ACCUSE", m=["[accused] of supplying fuel to the insurgents"], a=["The governor"], t=["four suspects"], p=None, c=CL, opt=True, note="suspects accused of supplying fuel"),
 R("MOVE", mode="flee", m=["Families in Barkaram have begun [moving] to Bol", "about 300 people [arrived] yesterday"], a=["Families in Barkaram", "about 300 people"], p=("Bol", 13.46, 14.71, "TD"), d="yesterday", q=(300, 300), c=CL, note="families move from Barkaram to Bol"),
]))
