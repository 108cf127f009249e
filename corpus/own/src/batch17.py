from common import *
ARTS = []
ARTS.append(dict(id="own_061", pub="2025-03-11", src="Mandara Voices", text='''
"They came on motorbikes at prayer time": survivors of the Tourou raid

MORA, Cameroon — The fighters arrived at dusk on Friday, as the men of Tourou were walking to the mosque, survivors say. By the time soldiers from a nearby post arrived two hours later, nine villagers were dead and the market was burning.

"They came on motorbikes at prayer time, maybe forty of them, shouting," said Aïssatou Boukar, 38, who now shelters with her five children in a church compound in Mora. "They shot my brother-in-law at the well. I took the children and we ran into the mountains."

Oumarou Hamadou, 54, a village elder, said the attackers, whom he identified as Boko Haram, also took six girls. "They put them on the motorbikes and went toward the Nigerian border. We have heard nothing since," he said.

A Cameroonian army officer in Mora, speaking on condition of anonymity, said soldiers had pursued the attackers to the border and killed several of them, but had not recovered the girls.

About 2,000 people have left Tourou and neighbouring villages for Mora since the raid, local officials said. "We slept in the bush for two nights before we reached the road," said Adama Ousmane, 19, a student.

The Catholic diocese of Maroua said it was distributing maize and blankets to the displaced and appealed for more help.
''', recs=[
 R("ASSAULT", acled=VAC, m=["survivors of the Tourou [raid]", "They [came] on motorbikes at prayer time, maybe", "They [shot] my brother-in-law at the well", "nine villagers were [dead] and the market"], a=["The fighters", "Boko Haram", "the attackers"], t=["the men of Tourou", "my brother-in-law", "the market"], p=("Tourou", 10.93, 13.83, "CM"), d="Friday", f=(9, 9), c=CL, note="Boko Haram raid on Tourou"),
 R("COERCE", acled=ABD, m=["also [took] six girls", "They [put] them on the motorbikes"], a=["the attackers", "Boko Haram"], t=["six girls"], p=("Tourou", 10.93, 13.83, "CM"), d="Friday", q=(6, 6), c=CL, note="six girls abducted"),
 R("ASSAULT", acled=CLASH, m=["soldiers had [pursued] the attackers to the border"], a=["soldiers"], t=["the attackers"], p=("Tourou", 10.93, 13.83, "CM"), d=("Friday", "today"), f=(3, 9), c=CL, note="army pursues and kills several attackers"),
 R("MOVE", mode="flee", m=["we [ran] into the mountains", "About 2,000 people have [left] Tourou and neighbouring villages", "We [slept] in the bush for two nights"], a=["About 2,000 people", "Aïssatou Boukar", "Adama Ousmane"], p=("Tourou", 10.93, 13.83, "CM"), d=("Friday", "today"), q=(2000, 2000), c=CL, note="villagers flee Tourou to Mora"),
 R("AID", m=["it was [distributing] maize and blankets to the displaced"], a=["The Catholic diocese of Maroua"], t=["the displaced"], p=("Mora", 11.05, 14.14, "CM"), c=A, note="diocese distributes aid"),
 R("REQUEST", m=["[appealed] for more help"], a=["The Catholic diocese of Maroua"], t=[], p=None, c=A, note="diocese appeals for help"),
]))

ARTS.append(dict(id="own_062", pub="2025-08-26", src="Bolan Pass Times", text='''
Families of missing Baloch men end 12-day sit-in after police raid camp

QUETTA, Pakistan — Police in Quetta tore down a protest camp outside the press club before dawn on Monday and detained at least 35 people, ending a 12-day sit-in by families demanding information about relatives they say were taken by security agencies.

The camp, made up of women and elderly men holding photographs of the missing, had been the focus of a campaign by the Baloch Yakjehti Committee. Organisers said officers beat protesters with batons and took away the camp's tents and loudspeakers.

Among those detained was Sammi Baloch, 27, whose father disappeared in 2016, her sister said.

The provincial government accused the organisers of blocking traffic and of "spreading propaganda for terrorist groups". A government spokesman said all but six of those held had been released by the evening.

Amnesty International condemned the raid and urged Pakistan to end enforced disappearances. The Committee called a strike across Balochistan for Wednesday and said it would return to the press club.

Quetta's cricket stadium, which stands a few streets away, hosted a domestic final on Sunday in which Balochistan beat Sindh by 40 runs.
''', recs=[
 R("COERCE", acled=XFORCE, also=["ASSAULT"], m=["after police [raid] camp", "Police in Quetta [tore] down a protest camp", "officers [beat] protesters with batons"], a=["Police in Quetta", "officers"], t=["a protest camp outside the press club", "protesters"], p=("Quetta", 30.19, 67.01, "PK"), d="Monday", c=CL, note="police raid Quetta sit-in camp"),
 R("COERCE", acled=ARR, m=["[detained] at least 35 people", "Among those [detained] was Sammi Baloch"], a=["Police in Quetta"], t=["at least 35 people", "Sammi Baloch"], p=("Quetta", 30.19, 67.01, "PK"), d="Monday", q=(35, 35), c=A, note="35 detained"),
 R("PROTEST", acled=PINT, m=["end 12-day [sit-in]", "ending a 12-day [sit-in] by families"], a=["families demanding information about relatives", "women and elderly men holding photographs of the missing", "the Baloch Yakjehti Committee"], t=["security agencies"], p=("Quetta", 30.19, 67.01, "PK"), d=("-12", "Monday"), c=A, note="12-day sit-in outside Quetta press club"),
 R("COERCE", acled=ABD, m=["whose father [disappeared] in 2016"], a=[], t=["whose father"], p=("Pakistan", "country", "PK"), d="2016", c=A, opt=True, note="background disappearance in 2016"),
 R("CONCEDE", m=["all but six of those held had been [released]"], a=["A government spokesman"], t=["all but six of those held"], p=("Quetta", 30.19, 67.01, "PK"), d="Monday", q=(29, 29), c=CL, note="most detainees released by evening"),
 R("ACCUSE", m=["The provincial government [accused] the organisers"], a=["The provincial government"], t=["the organisers"], p=None, c=A, note="government accuses organisers"),
 R("ACCUSE", m=["Amnesty International [condemned] the raid"], a=["Amnesty International"], t=["Police in Quetta"], p=None, c=A, note="Amnesty condemns raid"),
 R("REQUEST", m=["[urged] Pakistan to end enforced disappearances"], a=["Amnesty International"], t=["Pakistan"], p=None, c=A, note="Amnesty urges end to disappearances"),
 R("PROTEST", m=["The Committee [called] a strike across Balochistan"], a=["The Committee"], t=[], p=("Balochistan", 28.5, 65.5, "PK"), d="2025-08-27", c=HY, note="strike called for Wednesday (planned)"),
 R("PROTEST", m=["it would [return] to the press club"], a=["The Committee"], t=[], p=("Quetta", 30.19, 67.01, "PK"), c=HY, opt=True, note="vow to resume sit-in"),
]))

ARTS.append(dict(id="own_063", pub="2025-12-03", src="Persian Gulf Monitor", wrap=True, text='''
Iranian court sentences Kurdish activist to death; UN experts condemn ruling

TEHRAN — A revolutionary court in Iran has sentenced a Kurdish labour activist to death on charges of "armed rebellion", his lawyer said on Tuesday, in a case that UN human rights experts called a grave miscarriage of justice.

Pakhshan Nouri, 41, was arrested in Sanandaj in August last year after taking part in a May Day rally, according to the lawyer, Kaveh Moradi. He said his client had been held in solitary confinement for months and denied that she had any links to armed groups.

The judiciary's news agency said Nouri was a member of a banned Kurdish party and had "confessed" to carrying weapons. The lawyer said the confession was obtained under pressure and that he would appeal.

A group of UN special rapporteurs condemned the sentence and urged Iran to halt all executions. Iran's foreign ministry rejected the statement as "interference in judicial matters".

Separately, police in Tehran said they had detained 1,300 undocumented Afghans in a sweep of construction sites over the weekend. They would be sent back to Afghanistan through the Dogharoun crossing, the police said.

Iran's national team beat Uzbekistan 2-1 in a friendly in Tehran.
''', recs=[
 R("SANCTION", m=["court [sentences] Kurdish activist to death", "court in Iran has [sentenced] a Kurdish labour activist to death"], a=["A revolutionary court in Iran"], t=["Pakhshan Nouri", "a Kurdish labour activist"], p=("Iran", "country", "IR"), d=("lastweek", "Tuesday"), c=CL, note="death sentence for Kurdish activist"),
 R("ACCUSE", m=["on [charges] of \"armed rebellion\""], a=["A revolutionary court in Iran"], t=["a Kurdish labour activist"], p=("Iran", "country", "IR"), c=CL, opt=True, note="charges of armed rebellion"),
 R("COERCE", acled=ARR, m=["was [arrested] in Sanandaj in August last year", "had been [held] in solitary confinement"], a=[], t=["Pakhshan Nouri"], p=("Sanandaj", 35.31, 47.00, "IR"), d="2024-08", c=CL, note="arrest in Sanandaj, August 2024"),
 R("PROTEST", acled=PEACE, m=["taking part in a May Day [rally]"], a=["Pakhshan Nouri"], t=[], p=("Sanandaj", 35.31, 47.00, "IR"), d="2024-05-01", c=CL, opt=True, note="May Day rally 2024"),
 R("REJECT", m=["[denied] that she had any links to armed groups"], a=["Kaveh Moradi"], t=["The judiciary's news agency"], p=None, c=A, note="lawyer denies links to armed groups"),
 R("ACCUSE", m=["had \"[confessed]\" to carrying weapons"], a=["The judiciary's news agency"], t=["Nouri"], p=None, c=CL, note="judiciary says she confessed to carrying weapons"),
 R("ACCUSE", m=["A group of UN special rapporteurs [condemned]"], a=["A group of UN special rapporteurs"], t=["Iran"], p=None, c=A, note="UN rapporteurs condemn sentence"),
 R("REQUEST", m=["[urged] Iran to halt all executions"], a=["A group of UN special rapporteurs"], t=["Iran"], p=None, c=A, note="UN urges halt to executions"),
 R("REJECT", m=["Iran's foreign ministry [rejected] the statement"], a=["Iran's foreign ministry"], t=["A group of UN special rapporteurs"], p=None, c=A, note="Iran rejects UN statement"),
 R("COERCE", acled=ARR, m=["they had [detained] 1,300 undocumented Afghans"], a=["police in Tehran"], t=["1,300 undocumented Afghans"], p=("Tehran", 35.69, 51.39, "IR"), d=("Saturday", "Sunday"), q=(1300, 1300), c=CL, note="1,300 Afghans detained in Tehran sweep"),
 R("MOVE", mode="deport", m=["They would be [sent] back to Afghanistan"], a=["police in Tehran"], t=["1,300 undocumented Afghans"], p=("Dogharoun", 34.60, 61.08, "IR"), c=HY, note="planned deportation via Dogharoun"),
 R("REQUEST", m=["he would [appeal]"], a=["Kaveh Moradi"], t=[], p=None, c=HY, opt=True, note="lawyer to appeal (procedure)"),
]))

ARTS.append(dict(id="own_064", pub="2025-09-15", src="Aegean Crossings", text='''
Turkish coastguard says Greece pushed back dinghy off Ayvalık; Athens denies

ANKARA — Turkey's coastguard said it rescued 47 migrants from a drifting rubber boat off Ayvalık on Saturday and accused the Greek coastguard of having towed the boat back into Turkish waters after removing its engine.

In a statement, the Turkish coastguard command said the migrants, including 16 children, told rescuers that a Greek patrol vessel had intercepted them near the island of Lesbos, taken their fuel and pushed them back. It published drone footage that it said showed a Greek vessel leaving the scene.

"Men with masks took the motor and the phones. They pulled us with a rope for maybe one hour," said Hussein Karimi, an Afghan passenger, in a video released by the Turkish coastguard.

Greece's migration ministry denied the account, saying its coastguard "operates in full compliance with international law" and had rescued more than 3,000 people in the Aegean this year.

Turkey's foreign ministry summoned Greece's ambassador over the incident. The European Commission called on both countries to investigate.

The migrants were taken to a removal centre in Ayvalık, Turkish officials said.
''', recs=[
 R("AID", also=["MOVE"], m=["it [rescued] 47 migrants from a drifting rubber boat"], a=["Turkey's coastguard"], t=["47 migrants"], p=("Ayvalık", 39.32, 26.69, "TR"), d="Saturday", q=(47, 47), c=CL, note="Turkish coastguard rescues 47 off Ayvalık"),
 R("MOVE", mode="deport", also=["COERCE"], m=["Greece [pushed] back dinghy off Ayvalık", "[towed] the boat back into Turkish waters", "had [intercepted] them near the island of Lesbos", "They [pulled] us with a rope", "Greece's migration ministry [denied] the account"], a=["the Greek coastguard", "a Greek patrol vessel", "Men with masks"], t=["47 migrants", "the boat"], p=("Lesbos", 39.20, 26.30, "GR"), d="Saturday", q=(47, 47), c=["claimed", "denied"], note="alleged Greek pushback of dinghy"),
 R("ACCUSE", m=["[accused] the Greek coastguard"], a=["Turkey's coastguard"], t=["the Greek coastguard"], p=None, d="Saturday", c=A, note="Turkey accuses Greek coastguard"),
 R("COERCE", also=["ASSAULT"], m=["Men with masks [took] the motor and the phones"], a=["Men with masks", "a Greek patrol vessel"], t=["the motor and the phones"], p=("Lesbos", 39.20, 26.30, "GR"), d="Saturday", c=CL, opt=True, note="engine and phones taken (part of pushback)"),
 R("SANCTION", also=["ACCUSE", "PROTEST"], m=["[summoned] Greece's ambassador over the incident"], a=["Turkey's foreign ministry"], t=["Greece's ambassador"], p=("ANKARA", 39.93, 32.86, "TR"), c=A, note="Turkey summons Greek ambassador"),
 R("REQUEST", m=["The European Commission [called] on both countries to investigate"], a=["The European Commission"], t=["both countries"], p=None, c=A, note="EC calls for investigation"),
 R("COERCE", also=["MOVE"], m=["The migrants were [taken] to a removal centre"], a=["Turkish officials"], t=["The migrants"], p=("Ayvalık", 39.32, 26.69, "TR"), d="Saturday", q=(47, 47), c=CL, note="migrants taken to removal centre"),
]))

ARTS.append(dict(id="own_065", pub="2025-07-10", src="Cretan Chronicle", text='''
Hundreds reach Crete from eastern Libya as Athens suspends asylum claims

CHANIA, Greece — More than 520 migrants arrived on the southern coast of Crete and the islet of Gavdos on Tuesday and Wednesday, most of them on fishing boats that set out from Tobruk in eastern Libya, the Greek coastguard said.

A merchant ship and two coastguard vessels rescued 442 people from one overcrowded boat about 30 nautical miles south of Gavdos. The others landed on beaches near Agia Galini and were bused to a sports hall in Chania.

On Wednesday the Greek government announced that it would suspend asylum applications for three months for people arriving by sea from North Africa and said those arriving would be detained and returned. The migration minister said Greece would "not allow an open corridor from Libya".

The UN refugee agency said it was concerned and urged Greece to uphold the right to seek asylum.

About 150 residents protested outside the Chania town hall on Wednesday evening, demanding that the migrants be moved off the island. A smaller counter-demonstration gathered nearby.

Tourist arrivals at Chania airport hit a record in June, the regional tourism board said.
''', recs=[
 R("MOVE", mode="cross_border", m=["Hundreds [reach] Crete from eastern Libya", "More than 520 migrants [arrived] on the southern coast of Crete", "fishing boats that [set] out from Tobruk", "The others [landed] on beaches near Agia Galini"], a=["More than 520 migrants"], p=("Crete", 35.24, 24.81, "GR"), d=("Tuesday", "Wednesday"), q=(520, 530), c=CL, note="520 migrants arrive in Crete from Tobruk"),
 R("AID", also=["MOVE"], m=["two coastguard vessels [rescued] 442 people"], a=["A merchant ship and two coastguard vessels"], t=["442 people"], p=("Gavdos", 34.84, 24.08, "GR"), d=("Tuesday", "Wednesday"), q=(442, 442), c=CL, note="442 rescued south of Gavdos"),
 R("MOVE", mode="relocate", m=["were [bused] to a sports hall in Chania"], a=[], t=["The others"], p=("Chania", 35.51, 24.02, "GR"), d=("Tuesday", "Wednesday"), c=CL, opt=True, note="arrivals bused to Chania"),
 R("SANCTION", also=["COERCE", "REJECT"], m=["Athens [suspends] asylum claims", "it would [suspend] asylum applications for three months"], a=["the Greek government", "Athens"], t=["people arriving by sea from North Africa"], p=("Greece", "country", "GR"), d="Wednesday", c=A, note="Greece suspends asylum applications"),
 R("THREATEN", m=["those arriving would be [detained] and returned", 'Greece would "not [allow] an open corridor'], a=["the Greek government", "The migration minister"], t=["those arriving"], p=("Greece", "country", "GR"), d="Wednesday", c=HY, note="threat to detain and return arrivals"),
 R("REQUEST", m=["[urged] Greece to uphold the right to seek asylum"], a=["The UN refugee agency"], t=["Greece"], p=None, c=A, note="UNHCR urges Greece"),
 R("PROTEST", acled=PEACE, m=["About 150 residents [protested] outside the Chania town hall"], a=["About 150 residents"], t=["the migrants"], p=("Chania", 35.51, 24.02, "GR"), d="Wednesday", q=(150, 150), c=A, note="anti-migrant protest in Chania"),
 R("PROTEST", acled=PEACE, m=["A smaller [counter-demonstration] gathered nearby"], a=[], t=[], p=("Chania", 35.51, 24.02, "GR"), d="Wednesday", c=A, note="counter-demonstration"),
]))

ARTS.append(dict(id="own_066", pub="2026-01-27", src="Una Valley Journal", text='''
Bosnian police arrest smuggling ring near Bihać as Croatia pushes migrants back

BIHAĆ, Bosnia and Herzegovina — Police in Una-Sana canton arrested five men suspected of smuggling migrants across the Croatian border, seizing three vans and 40,000 euros in cash in raids in Bihać and Velika Kladuša on Sunday, the cantonal interior ministry said.

The suspects, four Bosnian citizens and a Pakistani national, are accused of charging up to 4,000 euros a person to guide migrants through the forests to Croatia and on to Slovenia. A prosecutor charged them with people smuggling on Monday.

At the Lipa camp west of Bihać, where about 600 people are housed, aid workers said dozens of men had returned over the weekend with injuries they said were inflicted by Croatian police who caught them near the border village of Šiljkovača.

"They made us lie in the snow and hit us with sticks. Then they drove us to the border and told us to go," said Farid Nazari, 24, from Afghanistan, who had a bandaged hand.

Croatia's interior ministry rejected the allegations and said its officers acted lawfully. The Danish Refugee Council called for an independent investigation.
''', recs=[
 R("COERCE", acled=ARR, m=["Bosnian police [arrest] smuggling ring near Bihać", "Police in Una-Sana canton [arrested] five men"], a=["Police in Una-Sana canton", "Bosnian police"], t=["five men suspected of smuggling migrants"], p=("Bihać", 44.82, 15.87, "BA"), d="Sunday", q=(5, 5), c=CL, note="five smugglers arrested in Bihać and Velika Kladuša"),
 R("ACCUSE", m=["A prosecutor [charged] them with people smuggling"], a=["A prosecutor"], t=["The suspects"], p=("Bihać", 44.82, 15.87, "BA"), d="Monday", c=A, note="smugglers charged"),
 R("MOVE", mode="smuggle", m=["[charging] up to 4,000 euros a person"], a=["The suspects"], t=["migrants"], p=("Croatia", "country", "HR"), c=CL, opt=True, note="alleged smuggling activity (habitual)"),
 R("MOVE", mode="deport", also=["COERCE"], m=["as Croatia [pushes] migrants back", "dozens of men had [returned] over the weekend", "they [drove] us to the border"], a=["Croatian police"], t=["dozens of men"], p=("Šiljkovača", 44.88, 15.76, "BA"), d=("Saturday", "Sunday"), q=(24, 100), c=CL, note="Croatian pushbacks of dozens of men"),
 R("ASSAULT", m=["with injuries they said were [inflicted] by Croatian police", "[hit] us with sticks"], a=["Croatian police"], t=["dozens of men"], p=("Croatia", "country", "HR"), d=("Saturday", "Sunday"), i=(24, 100), c=CL, note="beatings by Croatian police"),
 R("REJECT", m=["Croatia's interior ministry [rejected] the allegations"], a=["Croatia's interior ministry"], t=[], p=None, c=A, note="Croatia rejects allegations"),
 R("REQUEST", m=["[called] for an independent investigation"], a=["The Danish Refugee Council"], t=[], p=None, c=A, note="DRC calls for investigation"),
]))

ARTS.append(dict(id="own_067", pub="2025-06-03", src="Podlasie Border Watch", wrap=True, text='''
Poland says migrants stormed border fence from Belarus; soldier injured

WARSAW — About 100 migrants tried to force their way through the steel fence on Poland's border with Belarus near the village of Dubicze Cerkiewne on Sunday night, throwing stones and branches at Polish soldiers, the border guard said.

One soldier was hit in the face by a branch and taken to hospital in Hajnówka. Around 30 people got through a gap cut in the fence; 22 of them were detained within hours, the border guard said.

Poland's interior minister accused Belarus of organising the attempt, saying Belarusian officers had escorted the group to the fence and helped cut the metal. Minsk did not comment.

The defence ministry said it would send 1,000 extra troops to the border and extend the buffer zone along a further 20 km.

The rights group Grupa Granica said it had received calls for help from 17 people, including a pregnant woman, stuck in the forest on the Polish side. It urged the authorities not to push them back to Belarus.

Since 2021, when the crisis began, more than 100 people are believed to have died in the forests on both sides of the border, according to activists.
''', recs=[
 R("MOVE", mode="cross_border", also=["ASSAULT"], m=["migrants [stormed] border fence from Belarus", "migrants tried to [force] their way through the steel fence", "Around 30 people [got] through a gap cut in the fence"], a=["About 100 migrants"], p=("Dubicze Cerkiewne", 52.58, 23.48, "PL"), d="Sunday", q=(30, 100), c=CL, note="migrants force border fence near Dubicze Cerkiewne"),
 R("ASSAULT", acled=MOB, m=["[throwing] stones and branches at Polish soldiers", "One soldier was [hit] in the face by a branch"], a=["About 100 migrants"], t=["Polish soldiers", "One soldier"], p=("Dubicze Cerkiewne", 52.58, 23.48, "PL"), d="Sunday", i=(1, 1), c=CL, note="stones thrown at soldiers, one injured"),
 R("COERCE", m=["22 of them were [detained] within hours"], a=["the border guard"], t=["22 of them"], p=("Dubicze Cerkiewne", 52.58, 23.48, "PL"), d=("Sunday", "Monday"), q=(22, 22), c=CL, note="22 detained"),
 R("ACCUSE", m=["Poland's interior minister [accused] Belarus"], a=["Poland's interior minister"], t=["Belarus", "Belarusian officers"], p=None, c=A, note="Poland accuses Belarus"),
 R("COOPERATE", also=["MOVE"], m=["Belarusian officers had [escorted] the group to the fence"], a=["Belarusian officers"], t=["the group"], p=("Belarus", "country", "BY"), d="Sunday", c=CL, opt=True, note="alleged escort by Belarusian officers"),
 R("MOBILIZE", m=["it would [send] 1,000 extra troops to the border"], a=["The defence ministry"], t=[], p=("Poland", "country", "PL"), q=(1000, 1000), c=HY, note="1,000 troops to the border"),
 R("COERCE", m=["[extend] the buffer zone along a further 20 km"], a=["The defence ministry"], t=[], p=("Poland", "country", "PL"), c=HY, note="buffer zone extension"),
 R("REQUEST", m=["it had received [calls] for help from 17 people"], a=["17 people, including a pregnant woman"], t=["Grupa Granica"], p=("Poland", "country", "PL"), q=(17, 17), c=CL, note="17 people call for help"),
 R("REQUEST", m=["It [urged] the authorities not to push them back"], a=["Grupa Granica"], t=["the authorities"], p=None, c=A, note="Grupa Granica urges no pushback"),
]))

ARTS.append(dict(id="own_068", pub="2025-11-25", src="Podlasie Border Watch", text='''
"Seven times they threw us back": stories from the Białowieża forest

HAJNÓWKA, Poland — Abdi Warsame, 23, from Somalia, says he crossed the border fence between Belarus and Poland seven times in October. Six times he was caught and sent back.

"The Polish soldiers found us in the forest, took our phones and drove us to the gate in the fence. They opened it and pushed us through to Belarus," he said, speaking in a volunteers' flat in Hajnówka. "On the other side the Belarusian soldiers beat us and brought us back to the fence."

Lina Haddad, 31, a Syrian nurse travelling with her brother, said they spent eleven days in the forest in the cold. "We drank water from the swamp. My brother's feet turned black," she said. Volunteers from Grupa Granica found them on 14 November and called an ambulance; the brother is in hospital in Bielsk Podlaski.

"I asked for asylum in English, in Arabic, in Polish from my phone. The soldier said 'no asylum' and laughed," said Yonas Tesfay, 28, from Eritrea.

Poland's border guard says it does not comment on individual cases and that all its actions follow the law. Last year parliament passed a law allowing the suspension of asylum claims at the Belarusian border.
''', recs=[
 R("MOVE", mode="cross_border", m=["he [crossed] the border fence between Belarus and Poland seven times"], a=["Abdi Warsame"], p=("Poland", "country", "PL"), d="2025-10", q=(7, 7), c=CL, note="Abdi crosses into Poland seven times in October"),
 R("MOVE", mode="deport", also=["COERCE"], m=['"Seven times they [threw] us back"', "Six times he was [caught] and sent back", "[pushed] us through to Belarus"], a=["The Polish soldiers"], t=["Abdi Warsame"], p=("Poland", "country", "PL"), d="2025-10", q=(6, 6), c=CL, note="Polish pushbacks of Abdi Warsame"),
 R("COERCE", m=["found us in the forest, [took] our phones"], a=["The Polish soldiers"], t=["our phones"], p=("Poland", "country", "PL"), d="2025-10", c=CL, opt=True, note="phones confiscated"),
 R("ASSAULT", m=["the Belarusian soldiers [beat] us"], a=["the Belarusian soldiers"], t=["us"], p=("Belarus", "country", "BY"), d="2025-10", c=CL, note="Belarusian soldiers beat migrants"),
 R("MOVE", mode="cross_border", also=["COERCE"], m=["[brought] us back to the fence"], a=["the Belarusian soldiers"], t=["us"], p=("Belarus", "country", "BY"), d="2025-10", c=CL, opt=True, note="forced back to fence by Belarusian soldiers"),
 R("MOVE", mode="cross_border", m=["they [spent] eleven days in the forest in the cold"], a=["Lina Haddad", "her brother"], p=("Białowieża forest", 52.70, 23.85, "PL"), d=("2025-11-03", "2025-11-14"), c=CL, opt=True, note="Lina and brother in forest eleven days"),
 R("AID", m=["Volunteers from Grupa Granica [found] them on 14 November"], a=["Volunteers from Grupa Granica"], t=["Lina Haddad"], p=("Białowieża forest", 52.70, 23.85, "PL"), d="2025-11-14", c=CL, note="volunteers find them and call ambulance"),
 R("SANCTION", m=["parliament [passed] a law allowing the suspension of asylum claims"], a=["parliament"], t=[], p=("Poland", "country", "PL"), d="2024", c=A, opt=True, note="background: 2024 asylum suspension law"),
 R("REQUEST", m=["I [asked] for asylum in English"], a=["Yonas Tesfay"], t=["The soldier"], p=("Poland", "country", "PL"), c=CL, note="asylum request"),
 R("REJECT", m=["The soldier said 'no asylum' and [laughed]"], a=["The soldier"], t=["Yonas Tesfay"], p=("Poland", "country", "PL"), c=CL, note="soldier refuses asylum request"),
]))

ARTS.append(dict(id="own_069", pub="2026-06-23", src="Red Sea Horn Review", text='''
Eritrea rejects UN report on forced conscription as young people keep leaving

ASMARA — Eritrea's information ministry on Monday rejected a report by the UN special rapporteur on the country's human rights that accused the government of forcing tens of thousands of people into indefinite national service.

The report, presented in Geneva last week, said conscripts were being held for years in conditions "akin to slavery" and that relatives of those who fled abroad were being detained. The ministry called the findings "fabrications by hostile circles".

The rapporteur also said Eritrean security forces had rounded up at least 200 young men in a series of raids on markets in Asmara and Keren in May, a practice known locally as giffa. The ministry denied that any round-ups had taken place.

In northern Ethiopia, the UN refugee agency said about 3,500 Eritreans had crossed into Tigray in the first five months of the year, many of them teenagers escaping conscription. "My class left one by one. I was the last," said Filmon Ghebre, 17, at a reception centre in Shire.

Eritrea has not held a national election since independence in 1993.
''', recs=[
 R("REJECT", m=["Eritrea [rejects] UN report on forced conscription", "information ministry on Monday [rejected] a report", 'called the findings "[fabrications] by hostile circles"'], a=["Eritrea's information ministry", "The ministry"], t=["the UN special rapporteur"], p=None, d="Monday", c=A, note="Eritrea rejects UN report"),
 R("ACCUSE", m=["that [accused] the government of forcing"], a=["the UN special rapporteur"], t=["the government"], p=None, d=("lastweek", "Monday"), c=A, note="UN rapporteur accuses Eritrea"),
 R("COERCE", m=["relatives of those who fled abroad were being [detained]"], a=["the government"], t=["relatives of those who fled abroad"], p=("Eritrea", "country", "ER"), c=CL, opt=True, note="relatives detained (generic practice)"),
 R("COERCE", acled=ARR, m=["had [rounded] up at least 200 young men", "[denied] that any round-ups had taken place"], a=["Eritrean security forces"], t=["at least 200 young men"], p=("Asmara", 15.33, 38.93, "ER"), d="2026-05", q=(200, 200), c=["claimed", "denied"], note="giffa round-ups in Asmara and Keren in May"),
 R("MOVE", mode="cross_border", m=["about 3,500 Eritreans had [crossed] into Tigray"], a=["about 3,500 Eritreans"], p=("Tigray", 13.5, 39.0, "ET"), d=("2026-01-01", "2026-05-31"), q=(3500, 3500), c=CL, note="3,500 Eritreans cross into Tigray Jan-May"),
 R("MOVE", mode="flee", m=["My class [left] one by one"], a=["My class"], p=("Eritrea", "country", "ER"), c=CL, opt=True, note="classmates leave one by one"),
]))

ARTS.append(dict(id="own_070", pub="2025-05-14", src="Nile Basin Wire", text='''
Returnees from Sudan pour into Renk as fighting flares in Upper Nile

RENK, South Sudan — More than 6,000 people crossed from Sudan into South Sudan at the Joda border point in the past week, fleeing fighting around Kosti and el-Jebelein, the UN refugee agency said on Tuesday. Most are South Sudanese who had lived in Sudan for years.

The transit centre in Renk, built for 3,000 people, now holds more than 11,000, aid workers said. The World Food Programme said it had delivered 300 tonnes of sorghum and oil by barge from Malakal on Sunday.

Further south, the army and fighters of the White Army clashed near Nasir on Monday, local officials said. A county commissioner said 14 soldiers and an unknown number of fighters were killed. A UN helicopter sent to evacuate wounded soldiers was fired upon and forced to turn back, the UN mission said.

The government accused the opposition SPLM-IO of arming the White Army. The opposition denied the claim and demanded the release of its officials arrested in Juba in March.

Cholera cases in Renk have risen to more than 400, health workers said.
''', recs=[
 R("MOVE", mode="return", m=["Returnees from Sudan [pour] into Renk", "More than 6,000 people [crossed] from Sudan into South Sudan"], a=["More than 6,000 people", "Returnees from Sudan"], p=("Joda", 11.22, 32.78, "SS"), d="lastweek", q=(6000, 6500), c=CL, note="6,000 cross at Joda fleeing fighting in Sudan"),
 R("ASSAULT", acled=CLASH, m=["[fleeing] fighting around Kosti and el-Jebelein"], a=[], t=[], p=("Kosti", 13.16, 32.66, "SD"), d="lastweek", c=CL, opt=True, note="fighting around Kosti and el-Jebelein (cause of flight)"),
 R("AID", m=["it had [delivered] 300 tonnes of sorghum and oil by barge"], a=["The World Food Programme"], t=[], p=("Renk", 11.75, 32.80, "SS"), d="Sunday", c=CL, note="WFP delivers food by barge"),
 R("ASSAULT", acled=CLASH, m=["fighters of the White Army [clashed] near Nasir", "14 soldiers and an unknown number of fighters were [killed]"], a=["the army and fighters of the White Army"], t=[], p=("Nasir", 8.60, 33.07, "SS"), d="Monday", f=(14, 40), c=CL, note="army and White Army clash near Nasir"),
 R("ASSAULT", acled=CLASH, m=["A UN helicopter sent to evacuate wounded soldiers was [fired] upon"], a=[], t=["A UN helicopter sent to evacuate wounded soldiers"], p=("Nasir", 8.60, 33.07, "SS"), d=("Monday", "Tuesday"), c=CL, note="UN helicopter fired upon"),
 R("RETREAT", m=["[forced] to turn back, the UN mission said"], a=["A UN helicopter"], p=("Nasir", 8.60, 33.07, "SS"), d=("Monday", "Tuesday"), c=CL, opt=True, note="helicopter turns back"),
 R("ACCUSE", m=["The government [accused] the opposition SPLM-IO"], a=["The government"], t=["the opposition SPLM-IO"], p=None, c=A, note="government accuses SPLM-IO of arming White Army"),
 R("REJECT", m=["The opposition [denied] the claim"], a=["The opposition"], t=["The government"], p=None, c=A, note="SPLM-IO denies"),
 R("REQUEST", m=["[demanded] the release"], a=["The opposition"], t=[], p=None, c=A, note="SPLM-IO demands release of officials"),
 R("COERCE", acled=ARR, m=["its officials [arrested] in Juba in March"], a=[], t=["its officials"], p=("Juba", 4.85, 31.58, "SS"), d="2025-03", c=A, note="SPLM-IO officials arrested in Juba in March"),
]))

ARTS.append(dict(id="own_071", pub="2026-03-31", src="Oubangui Express", wrap=True, text='''
Truckers halt traffic on Bangui corridor after driver killed near Baboua

BANGUI, Central African Republic — Truck drivers stopped work on the main road linking Bangui to the Cameroonian border on Monday, leaving hundreds of vehicles parked at Garoua-Boulaï, after armed men killed a driver and burned two trucks near Baboua on Saturday.

The drivers' union said the attackers, whom it identified as fighters of the 3R armed group, set up a roadblock, demanded money and shot the driver, Hamadou Bello, when he could not pay. His assistant was wounded.

"We will not move until the government gives us escorts," said union spokesman Gilbert Zanga. "Every week they take our money, and now they kill us."

The strike has cut the flow of fuel and food to the capital, where prices rose sharply on Tuesday. The government said it had deployed additional troops and Russian instructors along the corridor and promised armed escorts from next week.

The UN mission, MINUSCA, condemned the killing and said peacekeepers had escorted a convoy of 40 trucks of humanitarian supplies from Beloko to Bouar on Monday.
''', recs=[
 R("PROTEST", acled=PEACE, m=["Truckers [halt] traffic on Bangui corridor", "Truck drivers [stopped] work on the main road", "The [strike] has cut the flow of fuel"], a=["Truck drivers", "The drivers' union"], t=["the government"], p=("Garoua-Boulaï", 5.89, 14.55, "CM"), d="Monday", c=A, note="truckers' strike on Bangui-Cameroon corridor"),
 R("ASSAULT", acled=VAC, m=["after driver [killed] near Baboua", "armed men [killed] a driver and burned two trucks", "[shot] the driver, Hamadou Bello", "the [killing] and said"], a=["armed men", "fighters of the 3R armed group", "the attackers"], t=["a driver", "Hamadou Bello", "two trucks"], p=("Baboua", 5.79, 14.82, "CF"), d="Saturday", f=(1, 1), i=(1, 1), c=CL, note="3R kills driver at roadblock near Baboua"),
 R("COERCE", also=["THREATEN"], m=["[set] up a roadblock, demanded money"], a=["fighters of the 3R armed group"], t=[], p=("Baboua", 5.79, 14.82, "CF"), d="Saturday", c=CL, opt=True, note="3R roadblock extortion"),
 R("REQUEST", also=["THREATEN"], m=["We will not [move] until the government gives us escorts"], a=["Gilbert Zanga"], t=["the government"], p=None, c=CL, note="union demands escorts"),
 R("MOBILIZE", m=["it had [deployed] additional troops and Russian instructors"], a=["The government"], t=[], p=("Central African Republic", "country", "CF"), c=CL, note="government deploys troops along corridor"),
 R("AID", m=["[promised] armed escorts from next week"], a=["The government"], t=["Truck drivers"], p=None, c=HY, note="government promises escorts"),
 R("ACCUSE", m=["The UN mission, MINUSCA, [condemned]"], a=["The UN mission, MINUSCA"], t=["fighters of the 3R armed group"], p=None, c=A, opt=True, note="MINUSCA condemns killing"),
 R("AID", m=["peacekeepers had [escorted] a convoy of 40 trucks"], a=["peacekeepers"], t=[], p=("Bouar", 5.93, 15.60, "CF"), d="Monday", q=(40, 40), c=CL, note="peacekeepers escort humanitarian convoy Beloko-Bouar"),
]))

ARTS.append(dict(id="own_072", pub="2026-08-11", src="Mindanao Frontline", text='''
Thousands flee as MILF factions clash in Maguindanao; leaders agree ceasefire

COTABATO CITY, Philippines — More than 4,000 villagers fled their homes in Datu Saudi Ampatuan town, Maguindanao del Sur, after two commands of the Moro Islamic Liberation Front fought over a disputed stretch of farmland from Thursday to Saturday, provincial disaster officials said.

At least five fighters and a 12-year-old girl were killed and nine people wounded, the officials said. Residents said mortar rounds fell near a school being used as an evacuation centre.

Families took shelter in the town hall and in mosques in neighbouring Shariff Aguak, where the provincial government distributed rice and hygiene kits on Sunday.

MILF central committee leaders met the two commanders on Sunday in Cotabato City and announced that both sides had agreed to an immediate ceasefire and to let a joint committee settle the land dispute. The Philippine army said it had deployed troops as a buffer between the groups.

The Bangsamoro parliament, meanwhile, killed a proposal to move the regional capital after a heated session. Lawmakers said the plan had been "shot down" for lack of funds.
''', recs=[
 R("MOVE", mode="flee", m=["Thousands [flee] as", "More than 4,000 villagers [fled] their homes", "Families [took] shelter in the town hall"], a=["More than 4,000 villagers", "Families"], p=("Datu Saudi Ampatuan", 6.93, 124.49, "PH"), d=("Thursday", "Saturday"), q=(4000, 4500), c=CL, note="4,000 villagers flee fighting"),
 R("ASSAULT", acled=CLASH, m=["MILF factions [clash] in Maguindanao", "two commands of the Moro Islamic Liberation Front [fought]", "At least five fighters and a 12-year-old girl were [killed]", "mortar rounds [fell] near a school"], a=["two commands of the Moro Islamic Liberation Front"], t=[], p=("Datu Saudi Ampatuan", 6.93, 124.49, "PH"), d=("Thursday", "Saturday"), f=(6, 6), i=(9, 9), c=CL, note="MILF factions clash over farmland"),
 R("AID", m=["the provincial government [distributed] rice and hygiene kits"], a=["the provincial government"], t=["Families"], p=("Shariff Aguak", 6.86, 124.44, "PH"), d="Sunday", c=A, note="provincial relief distribution"),
 R("AGREE", acled=AGR, m=["leaders [agree] ceasefire", "both sides had [agreed] to an immediate ceasefire"], a=["MILF central committee leaders", "both sides"], t=[], p=("Cotabato City", 7.22, 124.25, "PH"), d="Sunday", c=CL, note="MILF factions agree ceasefire"),
 R("CONSULT", m=["MILF central committee leaders [met] the two commanders"], a=["MILF central committee leaders"], t=["the two commanders"], p=("Cotabato City", 7.22, 124.25, "PH"), d="Sunday", c=A, note="mediation meeting"),
 R("MOBILIZE", m=["it had [deployed] troops as a buffer"], a=["The Philippine army"], t=[], p=("Datu Saudi Ampatuan", 6.93, 124.49, "PH"), d=("Sunday", "today"), c=CL, note="army deploys buffer troops"),
]))
