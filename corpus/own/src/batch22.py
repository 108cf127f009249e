from common import *
ARTS = []
ARTS.append(dict(id="own_107", pub="2022-09-17", src="Fergana Valley Dispatch", text='''
Kyrgyz and Tajik troops trade fire along border; villages near Batken evacuated

BISHKEK — Kyrgyz and Tajik border troops fought with mortars, armoured vehicles and drones along several sections of their disputed frontier on Friday for a third day, and Kyrgyzstan said it had evacuated more than 130,000 people from villages in the Batken region.

Kyrgyzstan's health ministry said 24 people had been killed and 87 wounded on its side. Tajik officials did not give a toll but said Kyrgyz forces had shelled border outposts in the Isfara district. Each government accused the other of starting the fighting, which began on Wednesday near the Tajik enclave of Vorukh.

In the Kyrgyz village of Ak-Sai, residents said a school and dozens of houses had been burned. "They came in from the hills with machine guns. We took the children and drove to Batken town," said Gulnara Toktosunova, 44.

Tajik officials gave a different account. A Tajik border service statement said Kyrgyz troops had opened fire first on Wednesday on a Tajik post near Vorukh and then fired rockets from multiple launchers at the village of Ovchi-Kalacha, killing a woman and two children. Kyrgyzstan denied targeting civilians and said Tajik drones had struck a bus station in Batken town, wounding a driver.

At a school in Batken town turned into a shelter, families slept on classroom floors. Volunteers from Osh arrived with trucks of bread and blankets on Friday.

The two presidents, meeting at a regional summit in Samarkand, agreed on Friday evening to a ceasefire and to pull back troops. By Saturday morning both sides reported sporadic shooting near the village of Kok-Tash, a Kyrgyz official said.

About a third of the 970 km border remains undemarcated, and access to water and roads has caused repeated clashes. Fighting in April 2021 killed about 50 people.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["Kyrgyz and Tajik troops [trade] fire along border", "Kyrgyz and Tajik border troops [fought] with mortars", "24 people had been [killed] and 87 wounded on its side", "the [fighting], which began on Wednesday near the Tajik enclave of Vorukh", "Kyrgyz troops had [opened] fire first on Wednesday"], a=["Kyrgyz and Tajik border troops"], t=[], p=("Batken", 40.06, 70.82, "KG"), d=("Wednesday", "Friday"), f=(24, 60), i=(87, 87), c=CL, note="Kyrgyz-Tajik border fighting, Batken region"),
 R("ASSAULT", acled=SHELL, m=["Kyrgyz forces had [shelled] border outposts"], a=["Kyrgyz forces"], t=["border outposts in the Isfara district"], p=("Isfara", 40.12, 70.63, "TJ"), d=("Wednesday", "Friday"), c=CL, note="Tajik claim of Kyrgyz shelling in Isfara"),
 R("MOVE", mode="flee", also=["AID"], m=["villages near Batken [evacuated]", "it had [evacuated] more than 130,000 people", "We [took] the children and drove to Batken town", "families [slept] on classroom floors"], a=["Kyrgyzstan"], t=["more than 130,000 people"], p=("Batken", 40.06, 70.82, "KG"), d=("Wednesday", "Friday"), q=(130000, 130000), c=CL, note="evacuation of 130,000 from Batken villages"),
 R("ASSAULT", acled=SHELL, m=["[fired] rockets from multiple launchers at the village of Ovchi-Kalacha", "Kyrgyzstan [denied] targeting civilians"], a=["Kyrgyz troops"], t=["the village of Ovchi-Kalacha", "a woman and two children"], p=("Ovchi-Kalacha", 40.17, 69.75, "TJ"), d=("Wednesday", "Friday"), f=(3, 3), c=["claimed", "denied"], note="Tajik claim: rockets on Ovchi-Kalacha kill three civilians"),
 R("ASSAULT", acled=AIR, m=["Tajik drones had [struck] a bus station in Batken town"], a=["Tajik drones"], t=["a bus station in Batken town", "a driver"], p=("Batken", 40.06, 70.82, "KG"), d=("Wednesday", "Friday"), i=(1, 1), c=CL, note="Kyrgyz claim: Tajik drone strike on Batken bus station"),
 R("AID", m=["Volunteers from Osh [arrived] with trucks of bread and blankets"], a=["Volunteers from Osh"], t=[], p=("Batken", 40.06, 70.82, "KG"), d="Friday", c=A, note="volunteers bring bread and blankets"),
 R("ACCUSE", m=["Each government [accused] the other of starting"], a=["Each government"], t=[], p=None, c=A, note="mutual accusations"),
 R("ASSAULT", acled=LOOT, m=["a school and dozens of houses had been [burned]", "They [came] in from the hills with machine guns"], a=[], t=["a school and dozens of houses"], p=("Ak-Sai", 39.93, 70.77, "KG"), d=("Wednesday", "Friday"), c=CL, note="houses and school burned in Ak-Sai"),
 R("AGREE", acled=AGR, m=["[agreed] on Friday evening to a ceasefire"], a=["The two presidents"], t=[], p=("Samarkand", 39.65, 66.96, "UZ"), d="Friday", c=A, note="ceasefire agreed at Samarkand"),
 R("ASSAULT", acled=CLASH, m=["both sides reported sporadic [shooting] near the village of Kok-Tash"], a=["both sides"], t=[], p=("Kok-Tash", 39.95, 70.70, "KG"), d="Saturday", c=CL, note="sporadic shooting Saturday near Kok-Tash"),
 R("ASSAULT", acled=CLASH, m=["Fighting in April 2021 [killed] about 50 people"], a=[], t=[], p=("Batken", 40.06, 70.82, "KG"), d="2021-04", f=(50, 50), c=A, note="April 2021 border fighting (background)"),
]))

ARTS.append(dict(id="own_108", pub="2024-09-04", src="Channel Coast Report", wrap=True, text='''
Twelve die as overcrowded dinghy splits off Cap Gris-Nez

BOULOGNE-SUR-MER, France — At least twelve people, among them six women and a child, died on Tuesday when an inflatable boat carrying about 70 migrants tore apart shortly after leaving a beach near Cap Gris-Nez, French authorities said. Two people were still missing.

French rescue boats and a helicopter pulled 53 people from the water. Most were Eritreans, a local official said. Ten were taken to hospital in Boulogne, one in a critical condition.

"The floor broke and everyone fell into the middle. People were standing on each other," said Tesfay, 27, who asked that his surname not be used. He said smugglers had charged him 1,500 euros and had pushed more people on board when the boat was already full.

Police arrested two men suspected of steering the boat, the Boulogne prosecutor said. Aid groups accused French police of routinely slashing dinghies on beaches and firing tear gas to stop launches, which they said forces migrants to overload the boats that do get away. The interior ministry denied that officers endanger lives.

Britain's home secretary said she would speak to her French counterpart about stepping up joint operations against smuggling gangs. More than 21,000 people have crossed the Channel in small boats so far this year.
''', recs=[
 R("MOVE", mode="smuggle", m=["Twelve die as overcrowded dinghy [splits] off Cap Gris-Nez", "an inflatable boat carrying about 70 migrants [tore] apart shortly after leaving", "smugglers had [charged] him 1,500 euros", "had [pushed] more people on board"], a=["smugglers"], t=["about 70 migrants"], p=("Cap Gris-Nez", 50.87, 1.58, "FR"), d="Tuesday", f=(12, 14), q=(70, 70), c=A, note="dinghy splits, 12 die (Channel)"),
 R("AID", m=["helicopter [pulled] 53 people from the water"], a=["French rescue boats and a helicopter"], t=["53 people"], p=("Cap Gris-Nez", 50.87, 1.58, "FR"), d="Tuesday", q=(53, 53), c=A, note="53 rescued"),
 R("COERCE", acled=ARR, m=["Police [arrested] two men suspected of steering the boat"], a=["Police"], t=["two men suspected of steering the boat"], p=("Boulogne", 50.73, 1.61, "FR"), d="Tuesday", q=(2, 2), c=CL, note="two suspected pilots arrested"),
 R("ACCUSE", m=["Aid groups [accused] French police of routinely slashing dinghies"], a=["Aid groups"], t=["French police"], p=None, c=A, note="aid groups accuse police"),
 R("REJECT", m=["The interior ministry [denied] that officers endanger lives"], a=["The interior ministry"], t=[], p=None, c=DN, opt=True, note="ministry denies endangering lives"),
 R("CONSULT", m=["she would [speak] to her French counterpart"], a=["Britain's home secretary"], t=["her French counterpart"], p=None, c=HY, note="UK home secretary to speak to French counterpart"),
]))

ARTS.append(dict(id="own_109", pub="2025-04-12", src="The Weekend Review", text='''
Review: "The Ninth Courier" is a thriller that kills its darlings

The body count in Helena Marsh's new novel climbs past a dozen before the end of the second chapter. A diplomat is assassinated on the steps of a hotel in Vienna, a courier is kidnapped on a night train to Budapest, and a car bomb rips through a café in Trieste while the heroine is buying cigarettes across the street.

None of this is meant to be plausible, and Marsh, a former newspaper editor, knows it. The pleasure of "The Ninth Courier" lies in the way she hijacks the conventions of the spy novel and turns them on their heads. Her heroine, Ilse Kovač, is a translator who stumbles into a plot to smuggle stolen uranium out of Moldova and spends four hundred pages running, lying and occasionally shooting her way out of trouble.

Marsh is at her best in the quiet moments between the gunfire. A chapter in which Ilse sits in a Chișinău laundromat, waiting for a contact who never arrives, is a small masterpiece of dread, and her prickly friendship with a retired Moldovan policeman, who rescues her from a botched ambush and then spends three chapters complaining about his knees, gives the book its heart.

The villains are less convincing. The mastermind, a Swiss banker who poisons his own brother at a dinner party in the opening pages, is a cartoon, and his henchmen are interchangeable men in leather jackets who exist to be shot.

The middle section drags. An extended siege in a Transylvanian farmhouse, in which Ilse and two wounded agents hold off a gang of mercenaries for three nights, reads like a screenplay treatment. But the final hundred pages are a triumph: a hostage exchange on a frozen border bridge that Marsh writes with real menace.

Marsh's earlier books were savaged by critics for their wooden dialogue. This one will win new readers, even if it occasionally murders the English language. Her publisher has already sold the film rights, and a sequel is promised for next spring.

"The Ninth Courier" by Helena Marsh is published by Larkspur Press, 412 pages.
''', recs=[]))

ARTS.append(dict(id="own_110", pub="2020-05-22", src="Bay of Bengal Weather Desk", text='''
Cyclone batters Khulna coast, killing at least nine; district appeals for tarpaulins

KHULNA, Bangladesh — A powerful cyclone slammed into Bangladesh's south-western coast on Wednesday evening with winds of up to 150 km an hour, killing at least nine people and flattening thousands of mud and bamboo homes, officials said.

Most of the dead were hit by falling trees or drowned when a storm surge of up to three metres breached embankments in Koyra and Dacope sub-districts. A fisherman is missing after his trawler capsized off Mongla.

On Friday the Khulna district administrator appealed to the government and aid agencies for 50,000 tarpaulins and drinking water for families whose homes had been destroyed. "The saltwater has entered the ponds. People have nothing to drink," she said.

The storm weakened as it moved inland toward India's West Bengal, where it caused heavy damage in Kolkata. Forecasters said it was the strongest cyclone in the Bay of Bengal in two decades.

''', recs=[
 R("REQUEST", m=["district [appeals] for tarpaulins", "the Khulna district administrator [appealed] to the government and aid agencies"], a=["the Khulna district administrator"], t=["the government and aid agencies"], p=("Khulna", 22.82, 89.55, "BD"), d="Friday", q=(50000, 50000), c=A, note="district administrator appeals for tarpaulins and water"),
]))

ARTS.append(dict(id="own_111", pub="2022-03-22", src="Gambia River Monitor", text='''
Senegal army says it has seized rebel bases in Casamance; thousands cross into Gambia

ZIGUINCHOR, Senegal — Senegal's army said on Monday it had captured three bases of a faction of the separatist Movement of Democratic Forces of Casamance (MFDC) near the Gambian border, a week into an offensive that has sent thousands of villagers fleeing across the frontier.

An army statement said troops had "dismantled" camps near Bissine and in the Blaze forest and seized weapons, ammunition and cannabis plantations. It said one soldier had been killed and four wounded since the operation began on 13 March. The rebels, led by Salif Sadio, said in a statement that they had killed "many" soldiers, a claim that could not be verified.

The offensive followed the capture in January of seven Senegalese soldiers serving with a West African force in the Gambia, who were held by the faction for nearly a month before being freed after mediation by the Catholic Church and the Gambian government.

The UN refugee agency said more than 6,000 people had crossed into the Gambia's Foni region since mid-March, many sleeping in schools and with host families in Sibanor. "We heard the guns all night and left at dawn," said Awa Diatta, 52, a rice farmer from Bissine.

The Casamance conflict, which began in 1982, is one of Africa's oldest. Most MFDC factions have observed a truce for years, and a peace agreement signed in 2004 by the movement's political wing has encouraged some refugees to return.
''', recs=[
 R("COERCE", acled=GOVREG, also=["ASSAULT"], m=["it has [seized] rebel bases in Casamance", "it had [captured] three bases of a faction", "troops had \"[dismantled]\" camps near Bissine"], a=["Senegal's army", "troops"], t=["a faction of the separatist Movement of Democratic Forces of Casamance (MFDC)"], p=("Bissine", 12.73, -15.97, "SN"), d=("2022-03-13", "Monday"), c=CL, note="army captures MFDC bases near Bissine/Blaze forest"),
 R("ASSAULT", acled=CLASH, m=["a week into an [offensive] that has sent thousands", "one soldier had been [killed] and four wounded", "they had [killed] \"many\" soldiers"], a=["Senegal's army", "The rebels, led by Salif Sadio"], t=[], p=("Bissine", 12.73, -15.97, "SN"), d=("2022-03-13", "Monday"), f=(1, 1), i=(4, 4), c=CL, note="Casamance offensive fighting"),
 R("MOVE", mode="flee", m=["thousands [cross] into Gambia", "thousands of villagers [fleeing] across the frontier", "more than 6,000 people had [crossed] into the Gambia's Foni region", "[left] at dawn,\" said Awa Diatta"], a=["thousands of villagers", "more than 6,000 people"], p=("Sibanor", 13.22, -16.19, "GM"), d=("2022-03-13", "today"), q=(6000, 6000), c=CL, note="6,000 flee into Gambia's Foni"),
 R("COERCE", acled=ABD, m=["The offensive followed the [capture] in January of seven Senegalese soldiers"], a=["the faction"], t=["seven Senegalese soldiers serving with a West African force in the Gambia"], p=("Gambia", "country", "GM"), d="2022-01", q=(7, 7), c=A, note="seven soldiers captured in January (background)"),
 R("CONCEDE", m=["before being [freed] after mediation by the Catholic Church"], a=["the faction"], t=["seven Senegalese soldiers serving with a West African force in the Gambia"], p=None, d=("2022-01", "2022-02"), c=A, note="soldiers freed after mediation"),
 R("AGREE", acled=AGR, m=["a peace agreement [signed] in 2004 by the movement's political wing"], a=["the movement's political wing"], t=[], p=("Casamance", 12.80, -15.50, "SN"), d="2004", c=A, opt=True, note="2004 peace agreement (background)"),
]))
