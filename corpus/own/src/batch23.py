from common import *
ARTS = []
ARTS.append(dict(id="own_112", pub="2023-06-01", src="Ibar Valley Bulletin", wrap=True, text='''
Kosovo police arrest three after grenade thrown at Zvečan station; NATO reinforces

MITROVICA, Kosovo — Kosovo police arrested three ethnic Serb men on Wednesday on suspicion of throwing a hand grenade at a police station in Zvečan overnight, days after violent clashes in the town left dozens of NATO peacekeepers injured.

The grenade exploded in the station's car park shortly after midnight, damaging two vehicles, police said. Nobody was hurt. Police raided several houses in Zvečan and Leposavić before dawn and seized rifles and ammunition, a police spokesman said. Serbia's office for Kosovo called the arrests "hostage-taking" and said the men were innocent.

On Monday, Serb protesters trying to block ethnic Albanian mayors from entering municipal buildings fought with troops of the NATO-led KFOR force in front of the Zvečan town hall. KFOR said 30 of its soldiers, most of them Italian and Hungarian, had been injured by stones, bottles and petrol bombs, three of them seriously. Serbian officials said more than 50 Serbs were hurt when troops fired tear gas and stun grenades.

The mayors were elected in April in polls that Serbs boycotted, with a turnout of under 4 percent.

NATO said on Tuesday it would send 700 more troops from a reserve force to northern Kosovo. Serbia's president put the army on the highest state of alert and moved units closer to the boundary. The EU's foreign policy chief urged both sides to de-escalate and called for new elections in the four northern municipalities.
''', recs=[
 R("COERCE", acled=ARR, m=["Kosovo police [arrest] three after grenade thrown", "Kosovo police [arrested] three ethnic Serb men on Wednesday", "called the [arrests] \"hostage-taking"], a=["Kosovo police"], t=["three ethnic Serb men"], p=("Zvečan", 42.91, 20.84, "XK"), d="Wednesday", q=(3, 3), c=A, note="three Serbs arrested over grenade"),
 R("ASSAULT", acled=GREN, m=["after grenade [thrown] at Zvečan station", "suspicion of [throwing] a hand grenade at a police station in Zvečan", "The grenade [exploded] in the station's car park"], a=["three ethnic Serb men"], t=["a police station in Zvečan"], p=("Zvečan", 42.91, 20.84, "XK"), d="Wednesday", f=(0, 0), i=(0, 0), c=CL, note="grenade at Zvečan police station"),
 R("COERCE", acled=ARR, m=["Police [raided] several houses in Zvečan and Leposavić", "[seized] rifles and ammunition"], a=["Police"], t=["several houses in Zvečan and Leposavić"], p=("Zvečan", 42.91, 20.84, "XK"), d="Wednesday", c=CL, note="house raids and weapons seized"),
 R("ACCUSE", m=["Serbia's office for Kosovo [called] the arrests"], a=["Serbia's office for Kosovo"], t=["Kosovo police"], p=None, c=A, note="Serbia calls arrests hostage-taking"),
 R("PROTEST", acled=RIOT, also=["ASSAULT"], m=["days after violent [clashes] in the town", "Serb protesters trying to [block] ethnic Albanian mayors", "[fought] with troops of the NATO-led KFOR force", "had been [injured] by stones, bottles and petrol bombs"], a=["Serb protesters"], t=["troops of the NATO-led KFOR force", "ethnic Albanian mayors"], p=("Zvečan", 42.91, 20.84, "XK"), d="Monday", i=(30, 30), c=CL, note="Serb protesters clash with KFOR at Zvečan town hall"),
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["more than 50 Serbs were [hurt] when troops fired tear gas"], a=["troops"], t=["more than 50 Serbs"], p=("Zvečan", 42.91, 20.84, "XK"), d="Monday", i=(50, 50), c=CL, note="KFOR tear gas and stun grenades, 50 Serbs hurt"),
 R("MOBILIZE", m=["station; NATO [reinforces]", "it would [send] 700 more troops from a reserve force"], a=["NATO"], t=[], p=("northern Kosovo", 42.90, 20.87, "XK"), d="Tuesday", q=(700, 700), c=A, note="NATO sends 700 more troops"),
 R("MOBILIZE", m=["[put] the army on the highest state of alert", "[moved] units closer to the boundary"], a=["Serbia's president"], t=[], p=("Serbia", "country", "RS"), c=A, note="Serbia raises army alert, moves units"),
 R("REQUEST", m=["[urged] both sides to de-escalate", "[called] for new elections in the four northern municipalities"], a=["The EU's foreign policy chief"], t=["both sides"], p=None, c=A, note="EU urges de-escalation and new elections"),
 R("PROTEST", m=["polls that Serbs [boycotted]"], a=["Serbs"], t=[], p=("northern Kosovo", 42.90, 20.87, "XK"), d="2023-04", c=A, opt=True, note="Serb election boycott (background)"),
]))

ARTS.append(dict(id="own_113", pub="2023-11-21", src="Malacca Strait News", text='''
Rohingya boat turned away twice from Aceh shore lands at third attempt

BIREUEN, Indonesia — A wooden boat carrying about 250 Rohingya refugees, many of them women and children, landed on a beach in Aceh province on Sunday after residents of two villages had pushed it back out to sea, local officials said.

The boat first reached the coast near Bireuen on Thursday, but villagers refused to let passengers disembark and gave them food and fuel before towing the vessel away, a village head said. On Saturday it was turned away again at Muara Batu in North Aceh, where fishermen blocked the beach with their boats. It finally came ashore at Ulee Madon, where people waded to land and collapsed on the sand.

"We were at sea for two weeks. Two old men died and we put them in the water," said Nur Kamal, 23, who said the boat had left the Cox's Bazar camps in Bangladesh on 5 November.

Local leaders said they could not house more refugees after more than 1,000 arrived this month, and accused the UN refugee agency of leaving the burden to Aceh. UNHCR urged Indonesian authorities to allow all boats to land and said many people on board needed urgent care.

The refugees were moved on Monday to a temporary shelter at a former immigration office in Lhokseumawe. Police said they had arrested an Acehnese man suspected of helping smugglers arrange the voyage.
''', recs=[
 R("MOVE", mode="cross_border", m=["Rohingya boat turned away twice from Aceh shore [lands] at third attempt", "A wooden boat carrying about 250 Rohingya refugees, many of them women and children, [landed]", "It finally [came] ashore at Ulee Madon", "We were at [sea] for two weeks", "the boat had [left] the Cox's Bazar camps"], a=["about 250 Rohingya refugees"], t=[], p=("Ulee Madon", 5.22, 96.94, "ID"), d=("2023-11-05", "Sunday"), q=(250, 250), f=(2, 2), c=A, note="Rohingya boat lands at Ulee Madon after two weeks"),
 R("COERCE", also=["REJECT"], m=["villagers [refused] to let passengers disembark", "[towing] the vessel away"], a=["villagers"], t=["passengers"], p=("Bireuen", 5.20, 96.70, "ID"), d="Thursday", c=CL, note="first pushback near Bireuen"),
 R("AID", m=["[gave] them food and fuel"], a=["villagers"], t=["passengers"], p=("Bireuen", 5.20, 96.70, "ID"), d="Thursday", c=CL, opt=True, note="villagers give food and fuel"),
 R("COERCE", also=["REJECT"], m=["it was [turned] away again at Muara Batu", "fishermen [blocked] the beach with their boats"], a=["fishermen"], t=[], p=("Muara Batu", 5.23, 96.92, "ID"), d="Saturday", c=A, note="second pushback at Muara Batu"),
 R("ACCUSE", m=["[accused] the UN refugee agency of leaving the burden to Aceh"], a=["Local leaders"], t=["the UN refugee agency"], p=None, c=A, note="local leaders accuse UNHCR"),
 R("REQUEST", m=["UNHCR [urged] Indonesian authorities to allow all boats to land"], a=["UNHCR"], t=["Indonesian authorities"], p=None, c=A, note="UNHCR urges Indonesia to let boats land"),
 R("MOVE", mode="relocate", m=["The refugees were [moved] on Monday to a temporary shelter"], a=[], t=["The refugees"], p=("Lhokseumawe", 5.18, 97.15, "ID"), d="2023-11-20", c=A, note="refugees moved to Lhokseumawe shelter"),
 R("COERCE", acled=ARR, m=["they had [arrested] an Acehnese man suspected of helping smugglers"], a=["Police"], t=["an Acehnese man suspected of helping smugglers arrange the voyage"], p=("Aceh", 4.70, 96.75, "ID"), d=("Sunday", "today"), q=(1, 1), c=CL, note="Acehnese man arrested for smuggling"),
]))

ARTS.append(dict(id="own_114", pub="2026-02-10", src="Baltic Chess Quarterly", wrap=True, text='''
Obituary: Valdis Ozols, grandmaster who loved to attack

RIGA — Valdis Ozols, the Latvian grandmaster whose reckless sacrifices terrified a generation of opponents and delighted the crowds at the Riga chess club, has died at 81 after a long illness, his family said on Sunday.

Born in Liepāja in 1944, Ozols learned the game from his grandfather and was crushing adults in the port's cafés by the age of twelve. He captured the Latvian championship seven times and in 1971 stormed to victory at a tournament in Sochi, beating two former world championship contenders with the black pieces.

His style was unmistakable. He would sacrifice a knight, then a rook, and let his opponent grab material while he hunted the enemy king. "Valdis played every game as if it were a war," said his longtime rival and friend, Aivars Kalniņš. "He bombarded you from the first move. Sometimes he blew himself up."

Soviet officials twice stopped him from travelling to tournaments in the West, and he spent the 1980s coaching juniors. After independence he led Latvia's team at four Olympiads and later wrote columns that savaged lazy opening preparation.

In his last years he was a fixture at the blitz tables of a Riga park, where he destroyed tourists for a euro a game.

He is survived by his wife, Inese, two daughters and five grandchildren. The funeral will be held on Saturday at the Dome Cathedral.
''', recs=[]))

ARTS.append(dict(id="own_115", pub="2024-11-06", src="Prairie Politics Daily", text='''
Incumbent narrowly beats challenger as suburbs swing in bruising Senate race

DENVER — Senator Ellen Marchetti narrowly beat her Republican challenger on Tuesday to hold a Senate seat that both parties had fought over for months, winning by about 34,000 votes after suburban counties swung behind her late in the count.

The race was one of the most expensive in the state's history, with outside groups pouring more than 90 million dollars into attack ads. Marchetti's campaign hammered her opponent, a former oil executive, over his company's layoffs, while his ads targeted her record on inflation and immigration.

"They threw everything at us, and we are still standing," Marchetti told cheering supporters at a Denver hotel shortly after midnight. Her opponent conceded on Wednesday morning, saying in a statement that he would "keep fighting for working families".

Turnout was high, particularly in Arapahoe and Jefferson counties, where Marchetti's ground operation knocked on more than a million doors in the last month of the campaign. Republicans carried rural counties by wide margins but could not overcome her lead in the Denver suburbs.

Analysts said the result would make it harder for Republicans to capture a majority in the chamber. "This was a battleground where the fight for every vote was real," said Tomás Villalobos, a political scientist at the state university. "Neither side can claim a landslide."

Marchetti will begin her second term in January.
''', recs=[]))

ARTS.append(dict(id="own_116", pub="2025-01-14", src="Sahel-Coast Watch", text='''
Benin says 28 soldiers killed in jihadist attack near Niger border

COTONOU — Twenty-eight Beninese soldiers were killed when jihadist fighters stormed an army position near the Point Triple, where the borders of Benin, Niger and Burkina Faso meet, the army chief of staff said on Monday, the heaviest loss for the country's military since attacks spread south from the Sahel.

Fighters on motorbikes overran the post in the W National Park in Karimama commune on Wednesday afternoon, the army said. It said troops had "neutralised" about 40 attackers. The al-Qaeda-linked group JNIM said in a statement that it had killed more than 30 soldiers and seized weapons and vehicles, a claim that could not be verified.

Residents of Karimama said the attack lasted several hours and that many families had fled to the commune's main town. "We heard explosions until night," said Issifou Bagri, a cattle herder.

Benin had previously put the toll at eight before revising it. The government spokesman said the country would "not be intimidated" and that reinforcements had been sent to the area.

Northern Benin has faced dozens of attacks since 2021, many on soldiers, forest rangers and police in and around the W and Pendjari national parks. In April last year, an attack on a police post near Banikoara killed four officers.

The government has accused neighbouring Niger of failing to cooperate on border security; Niamey has in turn accused Benin of hosting French troops, which Cotonou denies.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["28 soldiers [killed] in jihadist attack near Niger border", "jihadist fighters [stormed] an army position near the Point Triple", "Fighters on motorbikes [overran] the post", "it had [killed] more than 30 soldiers", "troops had \"[neutralised]\" about 40 attackers", "the [attack] lasted several hours", "We heard [explosions] until night"], a=["jihadist fighters", "Fighters on motorbikes", "The al-Qaeda-linked group JNIM"], t=["an army position", "Twenty-eight Beninese soldiers"], p=("Karimama", 12.07, 3.18, "BJ"), d="Wednesday", f=(28, 75), c=CL, note="JNIM overruns army post in W park, Karimama"),
 R("COERCE", acled=LOOT, m=["[seized] weapons and vehicles"], a=["The al-Qaeda-linked group JNIM"], t=[], p=("Karimama", 12.07, 3.18, "BJ"), d="Wednesday", c=CL, opt=True, note="JNIM claims seizure of weapons"),
 R("MOVE", mode="flee", m=["many families had [fled] to the commune's main town"], a=["many families"], p=("Karimama", 12.07, 3.18, "BJ"), d=("Wednesday", "today"), c=CL, note="families flee to Karimama town"),
 R("MOBILIZE", m=["reinforcements had been [sent] to the area"], a=["The government spokesman"], t=[], p=("Karimama", 12.07, 3.18, "BJ"), d=("Wednesday", "today"), c=CL, note="reinforcements sent"),
 R("ASSAULT", acled=CLASH, m=["an attack on a police post near Banikoara [killed] four officers"], a=[], t=["a police post near Banikoara"], p=("Banikoara", 11.30, 2.44, "BJ"), d="2024-04", f=(4, 4), c=A, note="April 2024 attack near Banikoara (background)"),
 R("ACCUSE", m=["The government has [accused] neighbouring Niger of failing to cooperate"], a=["The government"], t=["neighbouring Niger"], p=None, c=A, note="Benin accuses Niger"),
 R("ACCUSE", m=["Niamey has in turn [accused] Benin of hosting French troops", "which Cotonou [denies]"], a=["Niamey"], t=["Benin"], p=None, c=["asserted", "denied"], note="Niger accuses Benin; Benin denies"),
]))
