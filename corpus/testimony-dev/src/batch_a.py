from common import Q, T

ARTS = []

ARTS.append(dict(id="td_01", pub="2024-11-18", src="Aegean Desk", text='''
Nine hours in a rubber boat: a mother's crossing to Lesbos

MYTILENE, Greece — Zahra Hakimi still keeps the orange life jacket she wore on the night she crossed from the Turkish coast near Ayvacik. She had paid a smuggler in Izmir 1,800 euros for herself and her two daughters.

The boat left on the evening of 3 March. "The engine stopped twice in the middle of the sea. Nobody on board knew how to fix it," she said.

The next morning, a Greek coastguard vessel towed them into the harbour at Skala Sikamineas. Three days later the family was moved to the camp at Mavrovouni, where they still live in a container.

"My younger daughter does not speak about the sea. She draws boats," Hakimi said.

A doctor at the camp's clinic, who asked not to be named because she was not authorised to speak to the press, said children arriving this year showed more signs of trauma than in 2022. "We see nightmares, bedwetting, silence. We have one psychologist for the whole camp," she said.

Greece's migration ministry said on Friday that arrivals on the islands had fallen since the summer.
''', quotes=[
    Q("The engine stopped twice in the middle of the sea", "Zahra Hakimi"),
    Q("My younger daughter does not speak about the sea", "Zahra Hakimi"),
    Q("We see nightmares, bedwetting, silence", "A doctor at the camp's clinic",
      "A doctor at the camp's clinic", True),
], times=[
    T("3 March", "2024-03-03"),
    T("The next morning", "2024-03-04"),
    T("Three days later", "2024-03-06", "2024-03-07"),
    T("in 2022", "2022-01-01", "2022-12-31"),
    T("on Friday", "2024-11-15"),
    T("since the summer", "2024-06-01", "2024-11-18", also=("2024-06-01", "2024-08-31")),
]))

ARTS.append(dict(id="td_02", pub="2025-02-06", src="Sahel Monitor", text='''
In Adré, survivors of El Geneina describe the days the city fell

ADRÉ, Chad — Mariam Abakar Issa walked for four days to reach the border. The 38-year-old teacher had hidden with her mother and three sons in a neighbour's storeroom in El Geneina while armed men went from house to house.

"They asked every man which tribe he came from. After that they took the young ones away," she said, sitting outside a shelter of sticks and plastic on the edge of Adré.

She left El Geneina in mid-June 2023. A week before, her brother had been killed at a checkpoint near the Jamarik district.

"I did not bury him. I could not even see his face," Mariam said.

Aid workers in Adré say new arrivals have slowed but not stopped. Jean-Marc Dufour, who coordinates the Médecins Sans Frontières hospital in the town, said malnutrition among children under five had risen sharply since December.

"We are admitting more children now than at the peak of the crisis in 2023," Dufour said. "Every week it is worse."

The UN refugee agency, UNHCR, said last week that more than 700,000 Sudanese refugees had arrived in eastern Chad since April 2023.
''', quotes=[
    Q("They asked every man which tribe he came from", "Mariam Abakar Issa"),
    Q("I did not bury him", "Mariam Abakar Issa"),
    Q("We are admitting more children now", "Jean-Marc Dufour"),
    Q("Every week it is worse", "Jean-Marc Dufour"),
], times=[
    T("mid-June 2023", "2023-06-11", "2023-06-20"),
    T("A week before", "2023-06-03", "2023-06-14"),
    T("since December", "2024-12-01", "2025-02-06", also=("2024-12-01", "2024-12-31")),
    T("last week", "2025-01-27", "2025-02-02"),
    T("since April 2023", "2023-04-01", "2023-04-30", also=("2023-04-01", "2025-02-06")),
]))

ARTS.append(dict(id="td_03", pub="2024-09-12", src="Desert Roads", text='''
The smugglers of Agadez are back in business

AGADEZ, Niger — The pickup trucks leave Agadez after dark again, loaded with young men from Nigeria, Ghana and Guinea bound for the Libyan border.

"The road never closed. It only became more expensive," said a driver who has made the crossing to Sebha dozens of times and who would give only his first name, Abdou. He said a seat cost 300,000 CFA francs this summer, almost twice what it cost in 2019.

Niger's military government repealed the law that criminalised the transport of migrants in late November 2023. Drivers say traffic picked up within weeks.

A 24-year-old from Kano who was waiting in a compound near the bus station said he had already tried once. "The soldiers in Libya took everything from us, even our shoes," he said. "But I will try again before the rains end."

Adamou Moussa, a former smuggler who now runs a small shop, said the desert had become more dangerous since 2017, when drivers started avoiding the main tracks. "Before, if your truck broke down, another would pass. Now nobody passes," Moussa said.

The International Organization for Migration said in July that its teams had rescued more than 1,200 people stranded in the desert in the first half of the year.
''', quotes=[
    Q("The road never closed", "Abdou",
      "a driver who has made the crossing to Sebha dozens of times and who would give only his first name",
      True),
    Q("The soldiers in Libya took everything from us", "A 24-year-old from Kano",
      "A 24-year-old from Kano who was waiting in a compound near the bus station", True),
    Q("But I will try again before the rains end", "A 24-year-old from Kano",
      "A 24-year-old from Kano who was waiting in a compound near the bus station", True),
    Q("Before, if your truck broke down", "Adamou Moussa", "a former smuggler who now runs a small shop"),
], times=[
    T("this summer", "2024-06-01", "2024-08-31"),
    T("in 2019", "2019-01-01", "2019-12-31"),
    T("late November 2023", "2023-11-21", "2023-11-30"),
    T("since 2017", "2017-01-01", "2017-12-31", also=("2017-01-01", "2024-09-12")),
    T("in July", "2024-07-01", "2024-07-31"),
    T("the first half of the year", "2024-01-01", "2024-06-30"),
]))

ARTS.append(dict(id="td_04", pub="2025-03-20", src="Straits Wire", text='''
Rohingya boat survivors recount weeks adrift

BANDA ACEH, Indonesia — The boat that left Teknaf in Bangladesh in the last weeks of 2024 carried 146 people, most of them women and children from the refugee camps of Cox's Bazar.

Nur Begum, 19, was among them. She said the captain ran out of fuel on the ninth day and that the passengers rationed rice and rainwater after that. "Every night someone cried for water. In the morning we counted who was still breathing," she said.

The boat drifted until 7 January, when fishermen from Pidie spotted it. That evening, villagers brought the survivors ashore in small boats.

"We heard the children before we saw them," said Teuku Rahmat, one of the fishermen. His cousin, Mahmud, held the rope as the women climbed down.

Lilly Suwandi, a spokeswoman for the UN refugee agency in Jakarta, said the agency had counted more than 2,300 Rohingya arrivals by sea in 2024. "This is the deadliest sea route in the region, and nobody is searching for these boats," Suwandi said.

Acehnese authorities moved the group to a former immigration office in Banda Aceh the following week.
''', quotes=[
    Q("Every night someone cried for water", "Nur Begum"),
    Q("We heard the children before we saw them", "Teuku Rahmat", "one of the fishermen"),
    Q("This is the deadliest sea route in the region", "Lilly Suwandi",
      "a spokeswoman for the UN refugee agency in Jakarta"),
], times=[
    T("the last weeks of 2024", "2024-12-01", "2024-12-31"),
    T("7 January", "2025-01-07"),
    T("That evening", "2025-01-07"),
    T("in 2024", "2024-01-01", "2024-12-31"),
    T("the following week", "2025-01-08", "2025-01-19"),
]))

ARTS.append(dict(id="td_05", pub="2024-06-27", src="Eastern Front Wire", text='''
Evacuees from Vovchansk describe final days before escape

KHARKIV, Ukraine — Volunteers evacuated 34 more residents from villages near Vovchansk on Tuesday, regional officials said, as Russian shelling of the border area continued.

Among those who reached a reception centre in Kharkiv last week was Halyna Petrenko, 71, who had refused to leave her house on the edge of Vovchansk for two years. She changed her mind on 10 May, when shells hit the street behind her garden.

"I put my documents in a bag and sat in the cellar with the cat. I thought I would die there," Petrenko said.

Two days later, a volunteer team reached her street. Oleksandr Kravets, who drove the van, said they had to wait for a lull in the drone strikes. "You listen to the sky before you open the door," he said.

Petrenko's son, Ihor, lives in Poltava and had tried to reach her by phone for days. "When she called from Kharkiv, I could not speak," he said.

The regional administration said on Wednesday that more than 11,000 people had been evacuated from the Vovchansk area since early May.
''', quotes=[
    Q("I put my documents in a bag", "Halyna Petrenko"),
    Q("You listen to the sky before you open the door", "Oleksandr Kravets"),
    Q("When she called from Kharkiv, I could not speak", "Ihor", "Petrenko's son"),
], times=[
    T("on Tuesday", "2024-06-25"),
    T("last week", "2024-06-17", "2024-06-23"),
    T("10 May", "2024-05-10"),
    T("Two days later", "2024-05-12"),
    T("on Wednesday", "2024-06-26"),
    T("since early May", "2024-05-01", "2024-05-10", also=("2024-05-01", "2024-06-27")),
]))

ARTS.append(dict(id="td_06", pub="2025-01-15", src="Levant Dispatch", text='''
Back in Nabatieh, families count what the war left

NABATIEH, Lebanon — Hussein Fakih spent the end of the summer harvesting tobacco in his field outside Nabatieh. By late autumn he was sleeping in a school classroom in Beirut with eleven relatives.

The Fakih family fled on 23 September, the day air strikes spread across southern Lebanon. "We left with the clothes we had on. My mother forgot her medicine," Hussein said.

They returned four days after the ceasefire took effect on 27 November. The house was standing; the field was not.

His wife, Zeinab Fakih, said the children had started school again this month. "They ask if the planes will come back. I tell them no, but I do not know," she said.

A nurse at the government hospital in Nabatieh, who did not want to be named, said staff had worked through the autumn with half the usual team. "Some nights we were four nurses for the whole building," she said.

Lebanon's health ministry said in December that more than 4,000 people had been killed since October 2023.
''', quotes=[
    Q("We left with the clothes we had on", "Hussein Fakih"),
    Q("They ask if the planes will come back", "Zeinab Fakih", "His wife"),
    Q("Some nights we were four nurses for the whole building",
      "A nurse at the government hospital in Nabatieh",
      "A nurse at the government hospital in Nabatieh", True),
], times=[
    T("the end of the summer", "2024-08-01", "2024-09-15"),
    T("late autumn", "2024-10-20", "2024-11-30"),
    T("23 September", "2024-09-23"),
    T("27 November", "2024-11-27"),
    T("this month", "2025-01-01", "2025-01-31"),
    T("the autumn", "2024-09-01", "2024-11-30"),
    T("in December", "2024-12-01", "2024-12-31"),
    T("since October 2023", "2023-10-01", "2023-10-31", also=("2023-10-01", "2025-01-15")),
]))

ARTS.append(dict(id="td_07", pub="2024-04-09", src="Isthmus Report", text='''
In the Darién, a family's nine days on foot

LAJAS BLANCAS, Panama — Yorman Castillo carried his four-year-old son on his shoulders for most of the nine days it took the family to cross the Darién jungle from Colombia earlier this spring.

Castillo, a 29-year-old former bus driver from Maracaibo, said the worst moment came at a river crossing. "A man from our group slipped and the water took him. His wife kept shouting, 'Find him, find him,' but nobody could go in," Castillo said.

The family reached the reception station at Lajas Blancas on 14 March. That night, his wife, Daniela, washed the boy's feet in a bucket. "His feet were white, like paper," she said.

Panama's migration service said that more than 100,000 people had crossed the Darién in the first three months of the year.

A Red Cross volunteer at the station, a woman from the nearby town of Metetí who asked that her name not be used, said most families arrived with injuries. "The children come with cuts on their legs and the parents come with nothing," she said.
''', quotes=[
    Q("A man from our group slipped and the water took him", "Yorman Castillo"),
    Q("His feet were white, like paper", "Daniela", "his wife"),
    Q("The children come with cuts on their legs", "A Red Cross volunteer at the station",
      "A Red Cross volunteer at the station", True),
], times=[
    T("earlier this spring", "2024-03-01", "2024-04-09"),
    T("14 March", "2024-03-14"),
    T("That night", "2024-03-14"),
    T("the first three months of the year", "2024-01-01", "2024-03-31"),
]))

ARTS.append(dict(id="td_08", pub="2024-12-03", src="Mare Nostrum News", text='''
Rescue ship brings 62 to Lampedusa after two-day search

LAMPEDUSA, Italy — A charity rescue ship landed 62 people at Lampedusa on Sunday after pulling them from an overcrowded wooden boat south of the island, the charity SOS Mediterranee said.

"The boat was taking on water and the people on the lower deck were already in the water up to their knees," the group said in a statement.

Among the survivors was Ibrahima Diallo, 17, from Conakry in Guinea, who said he had spent eight months in Libya, most of it in a warehouse in Zuwara. "They beat us every day and called our families for money," he said.

His friend Mamadou, who travelled with him from Guinea, died in Zuwara in August, Diallo said.

Francesca Moretti, who coordinates the medical team on board, said several survivors had burns from fuel mixed with sea water. "People sit for hours in this mixture. It eats the skin," Moretti said. "We treated eleven burns on the first night alone."

Italy's interior ministry says more than 64,000 people have landed in Italy so far this year, down from about 150,000 in 2023.
''', quotes=[
    Q("The boat was taking on water", "SOS Mediterranee", "the group"),
    Q("They beat us every day and called our families", "Ibrahima Diallo"),
    Q("People sit for hours in this mixture", "Francesca Moretti"),
    Q("We treated eleven burns on the first night alone", "Francesca Moretti"),
], times=[
    T("on Sunday", "2024-12-01"),
    T("in August", "2024-08-01", "2024-08-31"),
    T("so far this year", "2024-01-01", "2024-12-03"),
    T("in 2023", "2023-01-01", "2023-12-31"),
]))

ARTS.append(dict(id="td_09", pub="2025-05-08", src="Mekong Wire", text='''
On the Thai border, Karen families wait out another season of fighting

MAE SOT, Thailand — Across the Moei river from Mae Sot, the town of Myawaddy has changed hands twice since April 2024. Many of the families who fled the fighting then have not gone home.

Naw Paw Htoo, 45, lives with her children in a bamboo shelter on the Thai bank. She crossed the river on the night of 11 April last year, when the army garrison in the town collapsed. "We heard the drones all night. At first light the soldiers were gone and the shooting started again," she said.

A commander of the Karen National Liberation Army who would give only his first name said his unit had lost six men in March. "We are not afraid of their soldiers. We are afraid of their planes," the commander said.

Than Than Aye, a doctor at a clinic for migrants in Mae Sot, said births at the clinic had doubled. "Every week we deliver babies of women who walked for days to reach us," she said.

Thai authorities said on Monday that they would not force anyone back across the river before the end of the rainy season.
''', quotes=[
    Q("We heard the drones all night", "Naw Paw Htoo"),
    Q("We are not afraid of their soldiers",
      "A commander of the Karen National Liberation Army who would give only his first name",
      "A commander of the Karen National Liberation Army who would give only his first name", True),
    Q("Every week we deliver babies of women", "Than Than Aye",
      "a doctor at a clinic for migrants in Mae Sot"),
], times=[
    T("since April 2024", "2024-04-01", "2024-04-30", also=("2024-04-01", "2025-05-08")),
    T("11 April last year", "2024-04-11"),
    T("in March", "2025-03-01", "2025-03-31"),
    T("on Monday", "2025-05-05"),
]))

ARTS.append(dict(id="td_10", pub="2024-02-22", src="Horn Report", text='''
Drought and fighting drive thousands into Baidoa's camps

BAIDOA, Somalia — Habiba Nur Aden arrived in Baidoa with four children and two goats. The other thirty goats died on the road from Burhakaba in the last weeks of 2023, she said.

"We walked at night because of the heat and because of the men with guns," said Habiba, 33. "The youngest stopped crying on the fourth day. That is when I was most afraid."

Her husband stayed behind to guard their farm. She has not heard from him since 2 January.

At a feeding centre run by a local charity, a nutrition worker who gave her name only as Fardowsa said the centre admitted 212 children in January, compared with 140 in December. "The mothers wait outside from six in the morning," she said.

Ahmed Osman Hirey, a district official, said the number of camps around the town had grown from 480 to more than 600 since the start of the year. "We have land, but we have no water to give them," Hirey said.

The UN's humanitarian coordination office, OCHA, said on Tuesday that 1.1 million Somalis had been displaced by drought and conflict last year.
''', quotes=[
    Q("We walked at night because of the heat", "Habiba Nur Aden"),
    Q("The youngest stopped crying on the fourth day", "Habiba Nur Aden"),
    Q("The mothers wait outside from six in the morning", "Fardowsa",
      "a nutrition worker who gave her name only as Fardowsa", True),
    Q("We have land, but we have no water", "Ahmed Osman Hirey", "a district official"),
], times=[
    T("the last weeks of 2023", "2023-12-01", "2023-12-31"),
    T("since 2 January", "2024-01-02", "2024-01-02", also=("2024-01-02", "2024-02-22")),
    T("in January", "2024-01-01", "2024-01-31"),
    T("in December", "2023-12-01", "2023-12-31"),
    T("since the start of the year", "2024-01-01", "2024-02-22"),
    T("on Tuesday", "2024-02-20"),
    T("last year", "2023-01-01", "2023-12-31"),
]))
