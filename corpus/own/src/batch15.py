from common import *
ARTS = []
ARTS.append(dict(id="own_044", pub="2026-02-17", src="Shabelle Valley Radio Online", text='''
Somali army retakes Mahaday as al-Shabaab pulls out

JOWHAR, Somalia — Somali government forces and allied clan militias recaptured the town of Mahaday in Middle Shabelle region on Monday, a day after al-Shabaab fighters withdrew from it, the regional administration said.

The militants had seized Mahaday in early January during an offensive that pushed government troops out of several towns along the Shabelle river, the administration said. Residents said the fighters destroyed the town's telecom mast and blew up a bridge before pulling out on Sunday.

"There was no fighting when the army came in. The militants had already gone north," said Abdullahi Osman Warsame, a trader reached by phone.

Middle Shabelle governor Ali Gudlawe told reporters in Jowhar that the army would "chase al-Shabaab out of every village". Al-Shabaab said in a statement that its fighters had made a "tactical withdrawal" and warned residents not to cooperate with the government.

About 1,200 families who had fled Mahaday for Jowhar in January are expected to begin returning once the area is cleared of mines, aid workers said.
''', recs=[
 R("COERCE", acled=GOVREG, m=["Somali army [retakes] Mahaday", "[recaptured] the town of Mahaday in Middle Shabelle region", "when the army [came] in"], a=["Somali government forces and allied clan militias", "the army"], t=["the town of Mahaday"], p=("Mahaday", 2.97, 45.53, "SO"), d="Monday", f=(0, 0), c=AC, note="government forces retake Mahaday"),
 R("RETREAT", m=["as al-Shabaab [pulls] out", "al-Shabaab fighters [withdrew] from it", "before [pulling] out on Sunday", "The militants had already [gone] north", 'had made a "tactical [withdrawal]'], a=["al-Shabaab fighters", "al-Shabaab", "the fighters"], p=("Mahaday", 2.97, 45.53, "SO"), d="Sunday", c=CL, note="al-Shabaab withdraws from Mahaday"),
 R("COERCE", acled=NSAOVER, also=["ASSAULT"], m=["The militants had [seized] Mahaday in early January", "an [offensive] that pushed government troops out"], a=["The militants"], t=["government troops"], p=("Mahaday", 2.97, 45.53, "SO"), d=("2026-01-01", "2026-01-10"), c=CL, note="al-Shabaab seized Mahaday in January"),
 R("COERCE", acled=LOOT, also=["ASSAULT"], m=["the fighters [destroyed] the town's telecom mast", "[blew] up a bridge"], a=["the fighters"], t=["the town's telecom mast", "a bridge"], p=("Mahaday", 2.97, 45.53, "SO"), d="Sunday", c=CL, note="fighters destroy telecom mast and bridge"),
 R("THREATEN", m=['the army would "[chase] al-Shabaab out'], a=["Middle Shabelle governor Ali Gudlawe"], t=["al-Shabaab"], p=None, c=HY, opt=True, note="governor vows to chase al-Shabaab out"),
 R("THREATEN", m=["[warned] residents not to cooperate"], a=["Al-Shabaab"], t=["residents"], p=None, c=A, note="al-Shabaab warns residents not to cooperate"),
 R("MOVE", mode="flee", m=["About 1,200 families who had [fled] Mahaday for Jowhar in January"], a=["About 1,200 families"], p=("Mahaday", 2.97, 45.53, "SO"), d="2026-01", q=(1200, 1200), c=A, note="1,200 families fled Mahaday for Jowhar in January"),
 R("MOVE", mode="return", m=["are expected to begin [returning]"], a=["About 1,200 families"], p=("Mahaday", 2.97, 45.53, "SO"), c=HY, note="expected return"),
]))

ARTS.append(dict(id="own_045", pub="2026-03-10", src="Dnipro Daily Wire", text='''
Missile strike on Zaporizhzhia kills four; Kyiv and Moscow trade blame over nuclear plant

ZAPORIZHZHIA, Ukraine — A Russian missile struck an industrial area of Zaporizhzhia on Monday morning, killing four people and wounding at least nine, regional governor Ivan Fedorov said.

The missile hit a warehouse belonging to a logistics company, Fedorov said on Telegram. Two of the injured were in serious condition. Russia's defence ministry said it had hit a depot storing Western-supplied weapons.

Separately, Ukraine's energy ministry accused Russian forces of shelling a power line that supplies the Russian-occupied Zaporizhzhia nuclear power plant on Sunday night, leaving the plant dependent on diesel generators. Russia's nuclear agency Rosatom blamed Ukrainian drones for the damage.

The International Atomic Energy Agency said its team at the site had heard explosions nearby and called on both sides to stop military activity around the plant. Its director general, Rafael Grossi, said he would travel to Kyiv and Moscow next week to negotiate repairs.

The Zaporizhzhia plant, Europe's largest, has been occupied by Russian troops since March 2022.
''', recs=[
 R("ASSAULT", acled=SHELL, m=["Missile [strike] on Zaporizhzhia kills four", "A Russian missile [struck] an industrial area of Zaporizhzhia", "The missile [hit] a warehouse", "it had [hit] a depot storing Western-supplied weapons"], a=["A Russian missile", "Russia's defence ministry"], t=["an industrial area of Zaporizhzhia", "a warehouse belonging to a logistics company"], p=("Zaporizhzhia", 47.84, 35.14, "UA"), d="Monday", f=(4, 4), i=(9, 12), c=CL, note="Russian missile strike on Zaporizhzhia warehouse"),
 R("ASSAULT", acled=SHELL, m=["[shelling] a power line that supplies", "blamed Ukrainian drones for the [damage]", "had heard [explosions] nearby"], a=["Russian forces", "Ukrainian drones"], t=["a power line that supplies the Russian-occupied Zaporizhzhia nuclear power plant"], p=("Zaporizhzhia nuclear power plant", 47.51, 34.59, "UA"), d="Sunday", c=CL, note="power line to ZNPP hit; sides trade blame"),
 R("ACCUSE", m=["Kyiv and Moscow [trade] blame over nuclear plant", "Ukraine's energy ministry [accused] Russian forces"], a=["Ukraine's energy ministry"], t=["Russian forces"], p=None, c=A, note="Ukraine accuses Russia of shelling power line"),
 R("ACCUSE", m=["Rosatom [blamed] Ukrainian drones"], a=["Russia's nuclear agency Rosatom"], t=["Ukrainian drones"], p=None, c=A, note="Rosatom blames Ukraine"),
 R("COERCE", m=["has been [occupied] by Russian troops since March 2022"], a=["Russian troops"], t=["The Zaporizhzhia plant"], p=("Zaporizhzhia nuclear power plant", 47.51, 34.59, "UA"), d="2022-03", c=A, opt=True, note="background: occupation of ZNPP since March 2022"),
 R("REQUEST", m=["[called] on both sides to stop military activity"], a=["The International Atomic Energy Agency"], t=["both sides"], p=None, c=A, note="IAEA calls to stop military activity"),
 R("CONSULT", m=["he would [travel] to Kyiv and Moscow next week to negotiate"], a=["Rafael Grossi"], t=[], p=None, c=HY, note="Grossi plans visits to negotiate repairs"),
]))

ARTS.append(dict(id="own_046", pub="2026-04-14", src="Kabul Evening Wire", text='''
Taliban detain women protesters in Kabul as aid flights reach quake-hit Herat

KABUL (KEW) — Taliban security forces detained at least seven women who staged a brief protest in western Kabul on Sunday against the closure of schools for girls beyond sixth grade, two of the protesters' relatives said.

About 20 women held up placards reading "Bread, work, education" outside a former girls' high school in the Karte Char area before armed men dispersed them, according to videos shared on social media. "They pushed my sister into a car and took her phone," said a relative who asked that her name not be used.

Taliban spokesman Zabihullah Mujahid denied that anyone had been arrested and said "a small group" had been "advised to go home".

In western Afghanistan, a 5.9-magnitude earthquake killed at least 30 people in villages near Herat on Friday, local officials said. Two aircraft carrying tents, blankets and medicine from Qatar landed in Herat on Monday, and the World Health Organization sent mobile clinics to Zinda Jan district.

The Taliban government called on foreign donors to increase assistance. Humanitarian funding for Afghanistan has fallen sharply since 2023.
''', recs=[
 R("COERCE", acled=ARR, m=["Taliban [detain] women protesters in Kabul", "[detained] at least seven women who staged a brief protest", "They [pushed] my sister into a car", "denied that anyone had been [arrested]"], a=["Taliban security forces", "armed men"], t=["at least seven women", "my sister"], p=("Kabul", 34.53, 69.17, "AF"), d="Sunday", q=(7, 10), c=["claimed", "denied"], note="Taliban detain women protesters"),
 R("PROTEST", acled=PINT, m=["staged a brief [protest] in western Kabul", "About 20 women [held] up placards", "before armed men [dispersed] them"], a=["About 20 women", "at least seven women"], t=["the closure of schools for girls"], p=("Kabul", 34.53, 69.17, "AF"), d="Sunday", q=(20, 20), c=["claimed", "asserted"], note="women protest school closure in Karte Char"),
 R("AID", m=["aid flights [reach] quake-hit Herat", "Two aircraft carrying tents, blankets and medicine from Qatar [landed] in Herat"], a=["Qatar"], t=[], p=("Herat", 34.35, 62.20, "AF"), d="Monday", q=(2, 2), c=A, note="Qatari aid flights land in Herat"),
 R("AID", m=["the World Health Organization [sent] mobile clinics to Zinda Jan district"], a=["the World Health Organization"], t=[], p=("Zinda Jan", 34.34, 61.75, "AF"), d=("Friday", "today"), c=A, note="WHO sends mobile clinics"),
 R("REQUEST", m=["[called] on foreign donors to increase assistance"], a=["The Taliban government"], t=["foreign donors"], p=None, c=A, note="Taliban call for more aid"),
]))

ARTS.append(dict(id="own_047", pub="2026-05-12", src="Thrace Border Report", wrap=True, text='''
Greek police arrest smugglers on Evros; Turkey detains migrants in Edirne

ORESTIADA, Greece — Greek police arrested three suspected smugglers after a chase near the village of Nea Vyssa on the Evros river border with Turkey on Sunday, and found 26 migrants hidden in a van, authorities said.

The driver tried to ram a police car and was stopped after officers fired at the vehicle's tyres, a police statement said. Nobody was hurt. The migrants, mostly from Afghanistan and Syria, were taken to the Fylakio reception and identification centre.

On the Turkish side, gendarmes detained 112 irregular migrants in the province of Edirne over the weekend, the Edirne governor's office said, and arrested four organisers.

A Syrian man, Omar Haddad, 29, told a Greek NGO that he and others had been pushed back across the river to Turkey three times in April after being caught by masked men near Soufli. Greek police deny carrying out pushbacks.

Separately, the bodies of two men were recovered from the river near Kipoi on Saturday. The coroner said they appeared to have drowned.

The European border agency Frontex said it would deploy 50 more officers to the region in June.
''', recs=[
 R("COERCE", acled=ARR, m=["Greek police [arrest] smugglers on Evros", "Greek police [arrested] three suspected smugglers after a chase"], a=["Greek police"], t=["three suspected smugglers"], p=("Nea Vyssa", 41.59, 26.53, "GR"), d="Sunday", q=(3, 3), c=CL, note="three smugglers arrested near Nea Vyssa"),
 R("MOVE", mode="smuggle", m=["found 26 migrants [hidden] in a van"], a=["three suspected smugglers"], t=["26 migrants"], p=("Nea Vyssa", 41.59, 26.53, "GR"), d="Sunday", q=(26, 26), c=CL, note="26 migrants smuggled in van"),
 R("ASSAULT", also=["COERCE"], acled=None, m=["The driver tried to [ram] a police car", "officers [fired] at the vehicle's tyres"], a=["The driver", "officers"], t=["a police car", "the vehicle's tyres"], p=("Nea Vyssa", 41.59, 26.53, "GR"), d="Sunday", f=(0, 0), i=(0, 0), c=CL, opt=True, note="driver rams, police fire at tyres"),
 R("MOVE", mode="relocate", m=["were [taken] to the Fylakio reception and identification centre"], a=[], t=["The migrants"], p=("Fylakio", 41.62, 26.30, "GR"), d="Sunday", q=(26, 26), c=CL, opt=True, note="migrants taken to Fylakio"),
 R("COERCE", m=["gendarmes [detained] 112 irregular migrants"], a=["gendarmes"], t=["112 irregular migrants"], p=("Edirne", 41.68, 26.56, "TR"), d=("Saturday", "Sunday"), q=(112, 112), c=CL, note="Turkish gendarmes detain 112 migrants"),
 R("COERCE", acled=ARR, m=["[arrested] four organisers"], a=["gendarmes"], t=["four organisers"], p=("Edirne", 41.68, 26.56, "TR"), d=("Saturday", "Sunday"), q=(4, 4), c=CL, note="four organisers arrested in Edirne"),
 R("MOVE", mode="deport", also=["COERCE"], m=["had been [pushed] back across the river to Turkey three times", "after being [caught] by masked men near Soufli", "deny carrying out [pushbacks]"], a=["masked men"], t=["Omar Haddad", "he and others"], p=("Soufli", 41.20, 26.30, "GR"), d="2026-04", c=["claimed", "denied"], note="Omar Haddad pushed back three times in April"),
 R("MOBILIZE", m=["it would [deploy] 50 more officers to the region"], a=["The European border agency Frontex"], t=[], p=("Evros", 41.50, 26.40, "GR"), d="2026-06", q=(50, 50), c=HY, note="Frontex to deploy 50 officers"),
]))

ARTS.append(dict(id="own_048", pub="2026-06-09", src="Sahel Refugee Voices", text='''
"They gave us one hour to leave": Malian herders in Mbera camp

MBERA, Mauritania — Fatimata Dicko, 45, arrived at the Mbera refugee camp in south-eastern Mauritania in April with six of her children and about forty goats, after fleeing her village in Mali's Niono area.

"Men with guns came to the village on a market day. They said we were helping the jihadists and gave us one hour to leave," she said. She believes the men were soldiers and foreign fighters working with the army. "They took my husband and my brother. We have heard nothing since."

Her neighbour from the same village, Hamadoun Barry, 60, recalled that the men set fire to granaries and shot dead a young herder who tried to run. "I saw him fall near the well," he said.

The family walked for nine days to the border crossing at Fassala, where Mauritanian officials registered them. "At the border they gave us water and biscuits," said her daughter, Aïssata, 17.

Mbera, near the town of Bassikounou, hosts more than 100,000 Malian refugees. UNHCR said in May that new arrivals had risen sharply this year and that funding was running out.
''', recs=[
 R("COERCE", also=["MOVE", "THREATEN"], m=['"They [gave] us one hour to leave": Malian', "[gave] us one hour to leave,", "Men with guns [came] to the village on a market day"], a=["Men with guns", "soldiers and foreign fighters working with the army"], t=["the village"], p=("Niono", 14.25, -5.99, "ML"), d=("2026-03-01", "2026-04-30"), c=["claimed", "believed"], note="armed men order villagers to leave within an hour"),
 R("ACCUSE", m=["They said we were [helping] the jihadists"], a=["Men with guns"], t=["we"], p=("Niono", 14.25, -5.99, "ML"), c=CL, opt=True, note="villagers accused of helping jihadists"),
 R("COERCE", acled=ABD, m=["They [took] my husband and my brother"], a=["Men with guns", "soldiers and foreign fighters working with the army"], t=["my husband and my brother"], p=("Niono", 14.25, -5.99, "ML"), d=("2026-03-01", "2026-04-30"), c=CL, note="husband and brother taken, disappeared"),
 R("ASSAULT", acled=VAC, m=["the men set [fire] to granaries", "[shot] dead a young herder who tried to run", "I saw him [fall] near the well"], a=["the men"], t=["a young herder who tried to run", "granaries"], p=("Niono", 14.25, -5.99, "ML"), d=("2026-03-01", "2026-04-30"), f=(1, 1), c=CL, note="granaries burned, herder shot dead"),
 R("MOVE", mode="cross_border", m=["[arrived] at the Mbera refugee camp", "after [fleeing] her village in Mali's Niono area", "The family [walked] for nine days to the border crossing at Fassala"], a=["Fatimata Dicko", "The family"], p=("Fassala", 15.57, -5.52, "MR"), d="2026-04", q=(7, 7), c=CL, note="family flees Niono area and crosses to Mauritania at Fassala"),
 R("AID", m=["At the border they [gave] us water and biscuits"], a=["Mauritanian officials"], t=["us"], p=("Fassala", 15.57, -5.52, "MR"), d="2026-04", c=CL, opt=True, note="water and biscuits at border"),
]))
