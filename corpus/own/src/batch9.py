from common import *
ARTS = []
ARTS.append(dict(id="own_028", pub="2026-10-28", src="Balkan Route Report", text='''
Shootout between smuggling gangs near Serbia-Hungary border leaves one dead

SUBOTICA, Serbia — A man was shot dead and two others wounded in a gunfight between rival groups of people-smugglers in a forest near Horgoš, close to Serbia's border with Hungary, on Saturday night, Serbian police said.

Police said the victims were Afghan and Moroccan nationals and that the clash was over control of crossing points on the border fence. Officers found two automatic rifles and several hundred rounds of ammunition at the scene.

On Sunday and Monday, about 400 police officers and gendarmes raided informal camps in and around Subotica and Kelebija, detaining 17 suspected smugglers and moving around 250 migrants to official reception centres in the south of the country, the interior ministry said.

"We heard the shooting for twenty minutes. Nobody slept," said Zoltán Kiss, a farmer who lives on the edge of the forest.

Interior Minister Ivica Dačić said the operation would continue "until the last smuggler is gone from our border". Hungarian police said attempts to cross the fence had fallen this year.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["[Shootout] between smuggling gangs near Serbia-Hungary border", "A man was [shot] dead and two others wounded in a gunfight", "the [clash] was over control of crossing points", "We heard the [shooting] for twenty minutes"], a=["rival groups of people-smugglers"], t=["A man", "Afghan and Moroccan nationals"], p=("Horgoš", 46.16, 19.97, "RS"), d="Saturday", f=(1, 1), i=(2, 2), c=CL, note="smuggler gang gunfight near Horgoš"),
 R("COERCE", acled=ARR, m=["[raided] informal camps in and around Subotica and Kelebija", "[detaining] 17 suspected smugglers", "the [operation] would continue"], a=["about 400 police officers and gendarmes"], t=["17 suspected smugglers", "informal camps"], p=("Subotica", 46.10, 19.67, "RS"), d=("Sunday", "Monday"), q=(17, 17), c=CL, note="police raids on camps, 17 smugglers detained"),
 R("MOVE", mode="relocate", also=["COERCE"], m=["[moving] around 250 migrants to official reception centres"], a=["about 400 police officers and gendarmes"], t=["around 250 migrants"], p=("Subotica", 46.10, 19.67, "RS"), d=("Sunday", "Monday"), q=(240, 260), c=CL, note="250 migrants moved to reception centres"),
 R("COERCE", acled=DISR, m=["Officers [found] two automatic rifles"], a=["Officers"], t=[], p=("Horgoš", 46.16, 19.97, "RS"), d=("Saturday", "Monday"), c=CL, opt=True, note="rifles and ammunition seized at scene"),
]))

ARTS.append(dict(id="own_029", pub="2026-11-03", src="Savannah Wire Service", text='''
Gunmen abduct dozens of pupils from school in Kaduna's Kuriga

KADUNA, Nigeria (SWS) — Gunmen on motorcycles abducted at least 60 pupils and a teacher from a primary school in Kuriga, in Kaduna state's Chikun area, on Monday morning, residents and a state lawmaker said.

The abduction happened shortly after the morning assembly, when dozens of armed men surrounded the school and marched the children into the bush, according to Ibrahim Musa, a parent whose two sons were taken. A community guard who tried to stop them was shot dead, he said.

"They came like a storm. In ten minutes the school was empty," said Aisha Lawal, a teacher who escaped by hiding in a storeroom.

Kaduna state governor Uba Sani said security forces had been deployed to track the kidnappers and that "every child will be brought home". Police confirmed the attack but put the number of missing children at 37.

No group has claimed the kidnapping. Armed gangs known locally as bandits have carried out hundreds of mass abductions for ransom in north-west Nigeria since 2020.

In a separate incident on Sunday, soldiers said they rescued 11 travellers kidnapped on the Kaduna-Abuja highway near Katari.
''', recs=[
 R("COERCE", acled=ABD, m=["Gunmen [abduct] dozens of pupils from school", "[abducted] at least 60 pupils and a teacher", "The [abduction] happened shortly after the morning assembly", "dozens of armed men [surrounded] the school", "[marched] the children into the bush", "A community guard who tried to stop them was [shot] dead", "They [came] like a storm", "Police confirmed the [attack]", "No group has claimed the [kidnapping]", "to track the [kidnappers]"], a=["Gunmen on motorcycles", "dozens of armed men"], t=["at least 60 pupils and a teacher", "the children", "the school"], p=("Kuriga", 10.39, 7.28, "NG"), d="Monday", f=(1, 1), q=(37, 70), c=["claimed", "confirmed", "asserted"], note="mass abduction of pupils from Kuriga primary school"),
 R("MOBILIZE", acled=None, m=["security forces had been [deployed] to track"], a=["security forces"], t=["the kidnappers"], p=("Kuriga", 10.39, 7.28, "NG"), d="Monday", c=CL, note="security forces deployed"),
 R("AID", also=["ASSAULT", "COERCE"], m=["soldiers said they [rescued] 11 travellers", "11 travellers [kidnapped] on the Kaduna-Abuja highway"], a=["soldiers"], t=["11 travellers"], p=("Katari", 9.93, 7.35, "NG"), d="Sunday", q=(11, 11), c=CL, note="soldiers rescue 11 kidnapped travellers near Katari"),
]))

ARTS.append(dict(id="own_030", pub="2026-11-12", src="Herat Humanitarian Desk", text='''
Back in a country they barely know: deportees at Islam Qala

ISLAM QALA, Afghanistan — Farid Ahmadi, 26, spent eight years working on construction sites in Tehran. Two weeks ago, he said, police stopped him on his way to work, checked his papers and put him on a bus to a detention camp near Mashhad.

"They did not let me call my boss or collect my wages. Four days later I was at the border," he said on Sunday, holding a plastic bag with a change of clothes, at a reception centre run by the International Organization for Migration in Islam Qala.

Beside him, Zarghuna, 41, who asked that her surname not be used, said her family had crossed back voluntarily after their landlord evicted them. "He said Afghans must leave or he would report us," she said.

Her son, Bilal, 15, recalled that guards at the camp near Mashhad beat men who complained about the food. "They hit an old man with a hose," he said.

Iranian officials say they are removing only undocumented migrants. Taliban officials at the crossing said about 8,000 people had arrived from Iran on Saturday alone.

The IOM centre gives new arrivals a hot meal, a SIM card and a small cash grant before they travel on.
''', recs=[
 R("COERCE", acled=ARR, m=["police [stopped] him on his way to work", "[put] him on a bus to a detention camp near Mashhad"], a=["police"], t=["Farid Ahmadi"], p=("Tehran", 35.69, 51.39, "IR"), d=("-16", "-12"), c=CL, note="Farid detained by police in Tehran"),
 R("MOVE", mode="deport", m=["Four days later I was at the [border]"], a=[], t=["Farid Ahmadi"], p=("Islam Qala", 34.66, 61.07, "AF"), d=("-16", "-8"), c=CL, note="Farid deported to Afghanistan"),
 R("MOVE", mode="return", m=["her family had [crossed] back voluntarily"], a=["her family"], p=("Islam Qala", 34.66, 61.07, "AF"), c=CL, note="Zarghuna's family returns"),
 R("COERCE", m=["their landlord [evicted] them", "Afghans must leave or he would [report] us"], a=["their landlord"], t=["them"], p=("Iran", "country", "IR"), c=CL, note="landlord evicts family, threatens to report"),
 R("ASSAULT", acled=VAC, m=["guards at the camp near Mashhad [beat] men who complained", "They [hit] an old man with a hose"], a=["guards at the camp near Mashhad"], t=["men who complained about the food", "an old man"], p=("Mashhad", 36.30, 59.60, "IR"), c=CL, note="camp guards beat detainees near Mashhad"),
 R("MOVE", mode="return", m=["about 8,000 people had [arrived] from Iran on Saturday alone"], a=["about 8,000 people"], p=("Islam Qala", 34.66, 61.07, "AF"), d="Saturday", q=(7500, 8500), c=CL, note="about 8,000 arrive from Iran on Saturday"),
 R("AID", m=["The IOM centre [gives] new arrivals a hot meal"], a=["The IOM centre"], t=["new arrivals"], p=("Islam Qala", 34.66, 61.07, "AF"), c=A, opt=True, note="IOM assistance (habitual)"),
]))
