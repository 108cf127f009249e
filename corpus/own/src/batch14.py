from common import *
ARTS = []
ARTS.append(dict(id="own_041", pub="2025-11-11", src="West Africa Street Report", text='''
Thousands rally in Niamey for junta; police break up student sit-in in Ouagadougou

NIAMEY — Several thousand people rallied in the Nigerien capital on Saturday in support of the ruling military council, waving Nigerien and Russian flags and chanting slogans against France and the regional bloc ECOWAS.

The march, organised by a coalition of pro-junta civil society groups, ended peacefully at the Place de la Concertation, where speakers called on the government to expel remaining Western diplomats.

In neighbouring Burkina Faso, police fired tear gas on Friday to disperse about 200 students staging a sit-in outside the University of Ouagadougou to demand the release of a student leader detained last month, witnesses said. At least five students were injured and a dozen were arrested, according to the national students' union.

"They beat us with batons even after we ran," said Wendyam Ouédraogo, a law student who said he was struck on the back.

The security ministry said officers had acted to "restore public order" after protesters threw stones. Student leader Issa Kaboré has been held since October on charges of "undermining state security".
''', recs=[
 R("PROTEST", acled=PEACE, also=["SUPPORT"], m=["Thousands [rally] in Niamey for junta", "Several thousand people [rallied] in the Nigerien capital", "The [march], organised by a coalition"], a=["Several thousand people", "a coalition of pro-junta civil society groups"], t=["France", "the regional bloc ECOWAS"], p=("Niamey", 13.51, 2.11, "NE"), d="Saturday", q=(2000, 9000), c=A, note="pro-junta rally in Niamey"),
 R("REQUEST", m=["speakers [called] on the government to expel"], a=["speakers"], t=["the government"], p=("Niamey", 13.51, 2.11, "NE"), d="Saturday", c=A, opt=True, note="speakers call for expelling Western diplomats"),
 R("PROTEST", acled=PINT, m=["police [break] up student sit-in in Ouagadougou", "about 200 students staging a [sit-in] outside the University of Ouagadougou", "after protesters [threw] stones"], a=["about 200 students", "protesters"], t=[], p=("Ouagadougou", 12.37, -1.52, "BF"), d="Friday", q=(200, 200), c=CL, note="student sit-in in Ouagadougou"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["police [fired] tear gas on Friday to disperse", "They [beat] us with batons even after we ran", "officers had [acted] to"], a=["police", "officers"], t=["about 200 students", "Wendyam Ouédraogo"], p=("Ouagadougou", 12.37, -1.52, "BF"), d="Friday", i=(5, 10), c=CL, note="police tear gas and beat students"),
 R("COERCE", acled=ARR, m=["a dozen were [arrested]"], a=["police"], t=["a dozen"], p=("Ouagadougou", 12.37, -1.52, "BF"), d="Friday", q=(12, 12), c=CL, note="a dozen students arrested"),
 R("COERCE", acled=ARR, m=["a student leader [detained] last month", "has been [held] since October"], a=[], t=["Student leader Issa Kaboré", "a student leader"], p=("Ouagadougou", 12.37, -1.52, "BF"), d="2025-10", c=A, note="student leader detained in October"),
 R("ACCUSE", m=["on [charges] of"], a=[], t=["Student leader Issa Kaboré"], p=None, c=A, opt=True, note="charged with undermining state security"),
]))

ARTS.append(dict(id="own_042", pub="2025-12-02", src="Kivu Voices", text='''
"We ran with the cooking pot still on the fire": a family's flight from Masisi

GOMA, Congo — When the shooting started in Kirotshe one morning in October, Anuarite Furaha, 27, grabbed her youngest child and ran. "We ran with the cooking pot still on the fire," she said.

She and her husband, Innocent Bahati, walked for two days through banana fields towards Goma with their three children. On the way, she said, fighters at a roadblock near Sake demanded money from everyone who passed. "They took 5,000 francs and my husband's phone," Mr Bahati recalled.

Their village was caught in fighting between M23 rebels and Wazalendo militias allied with the army, residents said. Ms Furaha's cousin, Jeanine Mwamini, said a shell hit the church where people were sheltering. "Two old women died there. I helped carry them," she said.

The family now lives in a classroom at a school in Goma's Lac Vert neighbourhood with four other families. Teachers said the school would reopen in January and that the displaced would have to leave.

"Where will we go? Back there? There is nothing there," Mr Bahati said. A Caritas team distributed blankets and soap at the school last week.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["When the [shooting] started in Kirotshe", "caught in [fighting] between M23 rebels and Wazalendo militias"], a=["M23 rebels", "Wazalendo militias allied with the army"], t=["Wazalendo militias allied with the army", "M23 rebels"], p=("Kirotshe", -1.60, 28.98, "CD"), d="2025-10", c=CL, note="M23-Wazalendo fighting in Kirotshe"),
 R("MOVE", mode="flee", m=["grabbed her youngest child and [ran]", 'fire": a family\'s [flight] from Masisi', "[walked] for two days through banana fields towards Goma"], a=["Anuarite Furaha", "She and her husband, Innocent Bahati"], p=("Kirotshe", -1.60, 28.98, "CD"), d="2025-10", q=(5, 5), c=CL, note="family flees Kirotshe for Goma"),
 R("COERCE", acled=LOOT, m=["fighters at a roadblock near Sake [demanded] money", "They [took] 5,000 francs"], a=["fighters at a roadblock near Sake"], t=["everyone who passed"], p=("Sake", -1.573, 29.045, "CD"), d="2025-10", c=CL, note="extortion at roadblock near Sake"),
 R("ASSAULT", acled=SHELL, m=["a shell [hit] the church where people were sheltering", "Two old women [died] there"], a=[], t=["the church where people were sheltering", "Two old women"], p=("Kirotshe", -1.60, 28.98, "CD"), d="2025-10", f=(2, 2), c=CL, note="shell hits church in Kirotshe"),
 R("MOVE", mode="relocate", also=["COERCE"], m=["the displaced would have to [leave]"], a=[], t=["the displaced"], p=("Goma", -1.68, 29.22, "CD"), d="2026-01", c=HY, note="displaced to be evicted from school"),
 R("AID", m=["A Caritas team [distributed] blankets and soap"], a=["A Caritas team"], t=[], p=("Goma", -1.68, 29.22, "CD"), d="lastweek", c=A, note="Caritas distributes blankets"),
]))

ARTS.append(dict(id="own_043", pub="2026-01-20", src="Azawad Frontier News", wrap=True, text='''
Drone strike near Tinzaouaten kills civilians, rebels say

GAO, Mali — A drone strike on a gold-mining site near Tinzaouaten, on Mali's border with Algeria, killed at least eight civilians on Sunday, the separatist Azawad Liberation Front (FLA) said.

The FLA said the strike, which it blamed on the Malian army, hit a group of artisanal miners and a water tanker. A spokesman, Mohamed Elmaouloud Ramadane, said two children were among the dead. The Malian army said it had "neutralised" a terrorist group in the area, without mentioning casualties.

Residents said about 200 families had crossed into Algeria in the two days that followed, fearing more strikes.

The army, supported by Russian fighters of the Africa Corps, retook the northern town of Kidal from the rebels in 2023. Fighting in the north has intensified since then, with the army relying increasingly on Turkish-made drones.

Algeria, which mediated a 2015 peace deal between Bamako and the northern rebels, summoned Mali's ambassador on Monday to protest against what it called repeated violations of its airspace. Mali accused Algeria of harbouring "terrorists".
''', recs=[
 R("ASSAULT", acled=AIR, m=["Drone [strike] near Tinzaouaten kills civilians", "A drone [strike] on a gold-mining site near Tinzaouaten", "The FLA said the [strike], which it blamed", 'it had "[neutralised]" a terrorist group'], a=["the Malian army", "The Malian army"], t=["a group of artisanal miners", "civilians", "a gold-mining site"], p=("Tinzaouaten", 19.96, 2.95, "ML"), d="Sunday", f=(8, 12), c=["claimed"], note="drone strike on mining site near Tinzaouaten"),
 R("ACCUSE", m=["which it [blamed] on the Malian army"], a=["The FLA", "the separatist Azawad Liberation Front (FLA)"], t=["the Malian army"], p=None, c=A, note="FLA blames army"),
 R("MOVE", mode="cross_border", m=["about 200 families had [crossed] into Algeria"], a=["about 200 families"], p=("Tinzaouaten", 19.96, 2.95, "ML"), d=("Sunday", "Tuesday"), q=(200, 200), c=CL, note="200 families cross into Algeria"),
 R("COERCE", acled=GOVREG, m=["[retook] the northern town of Kidal from the rebels in 2023"], a=["The army, supported by Russian fighters of the Africa Corps", "The army"], t=["the rebels"], p=("Kidal", 18.44, 1.41, "ML"), d="2023", c=A, opt=True, note="background: army retook Kidal in 2023"),
 R("AGREE", acled=AGR, m=["mediated a 2015 peace [deal] between Bamako and the northern rebels"], a=["Bamako and the northern rebels"], t=[], p=("Algeria", "country", "DZ"), d="2015", c=A, opt=True, note="background: 2015 Algiers peace deal"),
 R("SANCTION", also=["PROTEST", "ACCUSE"], m=["[summoned] Mali's ambassador on Monday"], a=["Algeria"], t=["Mali's ambassador"], p=("Algeria", "country", "DZ"), d="Monday", c=A, note="Algeria summons Mali ambassador"),
 R("ACCUSE", m=["Mali [accused] Algeria of harbouring"], a=["Mali"], t=["Algeria"], p=None, c=A, note="Mali accuses Algeria"),
]))
