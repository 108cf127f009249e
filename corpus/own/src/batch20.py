from common import *
ARTS = []
ARTS.append(dict(id="own_097", pub="2025-03-11", src="Savannah Courier", text='''
Gunmen kill up to six near Bawku as Ghana tightens curfew; soldiers accused of beatings

BAWKU, Ghana — Gunmen on motorbikes opened fire on traders returning from the Zongoire market on the outskirts of Bawku in Ghana's Upper East region on Sunday evening, killing between four and six people, police and residents said.

Police put the toll at four. A local assembly member, Abdul-Rahman Azure, said six people had died, two of them in hospital in Bolgatanga on Monday. Hours after the market attack, a man was shot dead at his farm near Missiga, police said.

Bawku has been gripped by an on-and-off dispute between the Kusasi and Mamprusi communities over the town's chieftaincy since the 1950s. Fighting flared again in late 2021, and local rights groups say well over 100 people have died since then.

The interior minister on Monday extended the dusk-to-dawn curfew over Bawku and nearby towns, which now runs from 4pm to 7am, and banned the carrying of arms and ammunition in the area. About 200 more soldiers arrived in the town on Monday afternoon, a military spokesman said.

Residents of Natinga accused soldiers of beating young men during a house-to-house search for weapons on Monday. "They dragged my brothers out and whipped them with belts," said Comfort Atinga, 34, a seamstress. The army said it would look into the complaint but denied any abuse.

Several hundred women marched through the central market on Tuesday morning, calling on both communities to lay down their weapons. Many schools in the town have not reopened since the new year.
''', recs=[
 R("ASSAULT", acled=VAC, m=["Gunmen [kill] up to six near Bawku", "Gunmen on motorbikes [opened] fire on traders", "six people had [died], two of them in hospital", "Hours after the market [attack]"], a=["Gunmen on motorbikes", "Gunmen"], t=["traders returning from the Zongoire market"], p=("Zongoire", 11.04, -0.25, "GH"), d="Sunday", f=(4, 6), c=CL, note="gunmen fire on traders from Zongoire market"),
 R("ASSAULT", acled=VAC, m=["a man was [shot] dead at his farm near Missiga"], a=[], t=["a man"], p=("Missiga", 11.10, -0.27, "GH"), d=("Sunday", "Monday"), f=(1, 1), c=CL, note="farmer shot dead near Missiga"),
 R("ASSAULT", acled=CLASH, m=["Fighting [flared] again in late 2021"], a=["the Kusasi and Mamprusi communities"], t=[], p=("Bawku", 11.06, -0.24, "GH"), d="2021", c=A, opt=True, note="renewed fighting in late 2021 (background)"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["Ghana [tightens] curfew", "[extended] the dusk-to-dawn curfew over Bawku", "[banned] the carrying of arms and ammunition"], a=["The interior minister"], t=[], p=("Bawku", 11.06, -0.24, "GH"), d="Monday", c=A, note="curfew extended, weapons ban"),
 R("MOBILIZE", m=["About 200 more soldiers [arrived] in the town"], a=["About 200 more soldiers"], t=[], p=("Bawku", 11.06, -0.24, "GH"), d="Monday", q=(200, 200), c=CL, note="200 more soldiers deployed"),
 R("ASSAULT", acled=VAC, m=["soldiers [accused] of beatings", "[beating] young men during a house-to-house search", "They [dragged] my brothers out", "but [denied] any abuse"], a=["soldiers"], t=["young men"], p=("Natinga", 11.07, -0.23, "GH"), d="Monday", c=["claimed", "denied"], note="soldiers beat young men in weapons search"),
 R("ACCUSE", m=["Residents of Natinga [accused] soldiers"], a=["Residents of Natinga"], t=["soldiers"], p=None, c=A, note="residents accuse soldiers"),
 R("PROTEST", acled=PEACE, m=["Several hundred women [marched] through the central market"], a=["Several hundred women"], t=[], p=("Bawku", 11.06, -0.24, "GH"), d="Tuesday", q=(200, 900), c=A, note="women's peace march"),
]))

ARTS.append(dict(id="own_098", pub="2024-10-02", src="Atlantic Crossings", wrap=True, text='''
Cayuco with 180 aboard reaches El Hierro after nine days; survivors say seven died at sea

LA RESTINGA, Spain — A wooden fishing boat carrying about 180 people reached the port of La Restinga on the Canary island of El Hierro late on Tuesday, nine days after leaving the coast of Mauritania, Spain's maritime rescue service said.

Survivors told Red Cross workers that between five and seven passengers had died during the crossing and that their bodies were put into the sea. Salvamento Marítimo said it could not confirm the deaths. Twenty-three people, among them eleven children, were taken to hospital for dehydration and burns from fuel.

"On the fifth day the water finished. Some men started to drink from the sea," said Moussa Diallo, 19, from Kayes in Mali, who said he had paid 1,200 euros for a place. He said the boat had left a beach north of Nouadhibou at night.

The regional government said the arrivals would be moved to a reception camp in Tenerife on Wednesday because the island's only centre was full.

More than 30,000 people have reached the Canary Islands so far this year, most of them on boats from Mauritania and Senegal. Spain and Mauritania signed a deal in February under which the EU pays for patrols on the Mauritanian coast.

The regional president again asked Madrid to take charge of unaccompanied minors, of whom more than 5,000 are in Canary Islands shelters.
''', recs=[
 R("MOVE", mode="cross_border", m=["Cayuco with 180 aboard [reaches] El Hierro", "A wooden fishing boat carrying about 180 people [reached] the port of La Restinga", "during the [crossing] and that their bodies", "the boat had [left] a beach north of Nouadhibou"], a=["A wooden fishing boat carrying about 180 people"], t=[], p=("La Restinga", 27.64, -17.98, "ES"), d=("-10", "Tuesday"), q=(180, 180), f=(5, 7), c=CL, note="cayuco from Mauritania reaches La Restinga, deaths at sea"),
 R("MOVE", mode="relocate", m=["the arrivals would be [moved] to a reception camp in Tenerife"], a=["The regional government"], t=["the arrivals"], p=("Tenerife", 28.29, -16.63, "ES"), d="today", c=HY, note="arrivals to be moved to Tenerife"),
 R("AGREE", m=["Spain and Mauritania [signed] a deal in February"], a=["Spain and Mauritania"], t=[], p=None, d="2024-02", c=A, note="Spain-Mauritania migration deal (background)"),
 R("REQUEST", m=["again [asked] Madrid to take charge"], a=["The regional president"], t=["Madrid"], p=None, c=A, note="Canaries president asks Madrid to take minors"),
]))

ARTS.append(dict(id="own_099", pub="2023-08-28", src="Rift Valley Sports", text='''
Kenya capture four medals on final night as Kipruto storms back in 5,000m

BUDAPEST — Kenya captured four medals on the final night of the world athletics championships on Sunday, with Daniel Kipruto storming back from sixth place at the bell to win the 5,000 metres in the last twenty metres.

Kipruto, 24, had been boxed in on the inside for most of the final lap before he broke free on the home straight and overpowered the Norwegian favourite in a blistering finish. "I told myself: attack now or go home with nothing," he said. "My legs were dead, but my head was alive."

In the women's 1,500 metres, Faith Chepkoech shot to the front with 300 metres to go and held off a late raid from the Ethiopian pair to take silver behind the Australian champion. Teammate Mercy Jebet took bronze in the steeplechase after a fall by the leader at the water jump, while the men's relay squad grabbed an unexpected bronze.

Behind the medals lay a tactical gamble. Kenya's coaches had told their three finalists in the 5,000 metres to sit in and wait, rather than push the pace from the front as the team had done, and lost, at the last two championships. "We were killed by the front-running in Eugene," said head coach Julius Kirwa. "This time we decided to hunt from behind."

The gamble nearly backfired. With two laps left Kipruto was trapped behind a wall of Ethiopian and Ugandan vests, and the Norwegian had opened a gap of ten metres. Television pictures showed Kirwa with his head in his hands in the stand. Kipruto said he had "no fuel left" at 4,800 metres but found a gap on the inside when the Ugandan drifted wide.

The haul lifts Kenya to third in the medal table with eleven medals, its best showing since 2015. Athletics Kenya president said the team had "conquered Budapest" and that the federation would reward each medallist with a cash bonus.

The campaign was not without casualties. The marathon world record holder pulled out on Friday with a hamstring injury, and two sprinters were eliminated in the heats after false starts.

The team flies home to Nairobi on Tuesday, where a victory parade is planned through the city centre.
''', recs=[]))

ARTS.append(dict(id="own_100", pub="2021-06-15", src="Continental Markets Daily", wrap=True, text='''
Brewer launches hostile bid for rival as shares plunge on profit warning

FRANKFURT — Rheinhalt Brauerei launched a hostile takeover bid for its smaller rival Nordwerk on Monday, offering 41 euros a share in cash in a move that values the Hamburg brewer at about 2.3 billion euros.

Nordwerk's board rejected the offer within hours, calling it "opportunistic" and saying it would fight any attempt to acquire the company on the cheap. Its chief executive, Annika Sørensen, told analysts the bid was "a raid timed to exploit a weak quarter".

The approach came days after Nordwerk shares plunged 19 percent when it cut its profit forecast, blaming higher barley and energy costs. The shares jumped 27 percent to 39.80 euros on Monday, suggesting investors expect a sweetened offer.

Rheinhalt, which already holds 9.8 percent of Nordwerk, said it would take the offer directly to shareholders if the board did not engage. "We are not going away," its finance chief said. Analysts said the German group was trying to capture a bigger share of the northern European market before a price war in lager deepens.

Nordwerk has hired advisers to explore defences, including a possible white knight from Denmark, people familiar with the matter said. A spokesman for Rheinhalt declined to comment on whether it would raise its price.

The fight for Nordwerk is the latest in a wave of consolidation in European brewing, where smaller groups have struggled to absorb rising costs. Last year a Belgian brewer swallowed two Dutch craft labels, and a Czech group bought a stake in an Austrian rival after a bidding war that lasted four months.

Nordwerk's largest shareholder, a family foundation with 18 percent of the shares, said it would not be rushed. "We will look at any serious offer. This is not one," its chairman said in a brief statement. Some fund managers were more open. One told Continental Markets Daily that 45 euros "would probably do it".

Europe's brewing industry has been hit by falling beer sales during the pandemic, which killed off most of the festival season for a second year.
''', recs=[]))

ARTS.append(dict(id="own_101", pub="2023-09-19", src="Northeast Frontier Review", text='''
Two killed in gunfight in Manipur foothills; mob torches houses in Bishnupur

IMPHAL, India — Two village volunteers were killed and at least three wounded in an exchange of fire between armed groups in the foothills near Kangvai in Manipur's Churachandpur district on Monday, police said, as ethnic violence that began in May showed no sign of ending.

Police said gunmen fired from hill positions at bunkers manned by armed volunteers near Phougakchao Ikhai, in neighbouring Bishnupur district, and the volunteers returned fire for several hours. Each side blamed the other for starting the shooting.

Hours later a mob set fire to at least eight empty houses in a village near Moirang, a police officer said. Security forces fired tear gas to disperse the crowd and arrested four men.

Clashes between the Meitei and Kuki-Zo communities erupted on 3 May after a tribal solidarity march in Churachandpur. More than 170 people have been killed and about 60,000 displaced since then, according to official figures, many of them living in relief camps in both the valley and the hills.

The state government on Monday extended a ban on mobile internet for another five days. Kuki-Zo groups renewed their demand for a separate administration, while Meitei civil society organisations called for the removal of the paramilitary Assam Rifles from the area.

"We have been in this camp for four months. We cannot go back while the shooting continues," said Lalnunsiami, 38, who lives in a school building in Churachandpur with her three children.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["Two killed in [gunfight] in Manipur foothills", "Two village volunteers were [killed] and at least three wounded", "gunmen [fired] from hill positions at bunkers", "the volunteers [returned] fire for several hours"], a=["gunmen", "armed groups", "the volunteers"], t=["bunkers manned by armed volunteers", "Two village volunteers"], p=("Phougakchao Ikhai", 24.44, 93.77, "IN"), d="Monday", f=(2, 2), i=(3, 3), c=CL, note="gunfight between armed groups near Kangvai / Phougakchao Ikhai"),
 R("ACCUSE", m=["Each side [blamed] the other for starting the shooting"], a=["Each side"], t=[], p=None, d="Monday", c=A, note="each side blames the other"),
 R("ASSAULT", acled=MOB, also=["PROTEST"], m=["mob [torches] houses in Bishnupur", "a mob [set] fire to at least eight empty houses"], a=["a mob"], t=["at least eight empty houses"], p=("Moirang", 24.50, 93.77, "IN"), d=("Monday", "today"), c=CL, note="mob burns houses near Moirang"),
 R("COERCE", acled=ARR, also=["ASSAULT"], m=["Security forces [fired] tear gas to disperse the crowd", "[arrested] four men"], a=["Security forces"], t=["the crowd", "four men"], p=("Moirang", 24.50, 93.77, "IN"), d=("Monday", "today"), q=(4, 4), c=CL, note="tear gas and four arrests at Moirang"),
 R("ASSAULT", acled=CLASH, m=["Clashes between the Meitei and Kuki-Zo communities [erupted] on 3 May"], a=["the Meitei and Kuki-Zo communities"], t=[], p=("Churachandpur", 24.33, 93.68, "IN"), d="2023-05-03", c=A, note="outbreak of ethnic clashes 3 May (background)"),
 R("PROTEST", acled=PEACE, m=["after a tribal solidarity [march] in Churachandpur"], a=[], t=[], p=("Churachandpur", 24.33, 93.68, "IN"), d="2023-05-03", c=A, note="tribal solidarity march (background)"),
 R("COERCE", acled=OTH, m=["[extended] a ban on mobile internet"], a=["The state government"], t=[], p=("Manipur", 24.66, 93.91, "IN"), d="Monday", c=A, note="mobile internet ban extended"),
 R("REQUEST", m=["Kuki-Zo groups [renewed] their demand for a separate administration"], a=["Kuki-Zo groups"], t=[], p=None, c=A, note="Kuki-Zo demand separate administration"),
 R("REQUEST", m=["Meitei civil society organisations [called] for the removal"], a=["Meitei civil society organisations"], t=["the paramilitary Assam Rifles"], p=None, c=A, note="Meitei groups call for Assam Rifles removal"),
 R("MOVE", mode="flee", m=["We have been in this [camp] for four months"], a=["Lalnunsiami"], p=("Churachandpur", 24.33, 93.68, "IN"), d="2023-05", c=CL, opt=True, note="displaced woman in camp for four months"),
]))
