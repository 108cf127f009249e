from common import Q, T

ARTS = []

ARTS.append(dict(id="td_11", pub="2025-04-06", src="Balkan Route Review", text='''
In Bihać, a town that remembers its own refugees

BIHAĆ, Bosnia and Herzegovina — Emina Hodžić has lived in the same flat on the edge of Bihać since 1992, the year the war reached the town. From her balcony she watches young men walk toward the Croatian border at dusk.

"I was a refugee in my own town for three years. When I see them, I see my brother," Hodžić, 64, said.

One of the men, a 31-year-old from Aleppo who asked that his name not be published, said he had tried to cross into Croatia eleven times since the autumn of 2023. "The police took our phones and our shoes and drove us back to the border," he said. "The last time was in February."

Emina's neighbour, Senad, drives a taxi. He said drivers were fined if they carried migrants. "I would help them, but I have children too," Senad said.

The Lipa camp outside the town housed about 700 people in late March, down from more than 1,500 a year earlier, according to the Bosnian security ministry.
''', quotes=[
    Q("I was a refugee in my own town", "Emina Hodžić"),
    Q("The police took our phones and our shoes", "a 31-year-old from Aleppo",
      "a 31-year-old from Aleppo who asked that his name not be published", True),
    Q("The last time was in February", "a 31-year-old from Aleppo",
      "a 31-year-old from Aleppo who asked that his name not be published", True),
    Q("I would help them, but I have children too", "Senad", "Emina's neighbour"),
], times=[
    T("since 1992", "1992-01-01", "1992-12-31", also=("1992-01-01", "2025-04-06")),
    T("since the autumn of 2023", "2023-09-01", "2023-11-30", also=("2023-09-01", "2025-04-06")),
    T("in February", "2025-02-01", "2025-02-28"),
    T("late March", "2025-03-21", "2025-03-31"),
    T("a year earlier", "2024-03-01", "2024-04-30"),
]))

ARTS.append(dict(id="td_12", pub="2024-05-14", src="Coastal Strip Report", text='''
Displaced again, a Gaza family counts its moves

DEIR AL-BALAH, Gaza Strip — Since October 2023, the family of Samir Abu Odeh has moved eight times. The last move came in early May, when evacuation orders covered the eastern neighbourhoods of Rafah.

"Each time we take less. This time we left the mattresses," said Abu Odeh, 52, a former taxi driver from Gaza City.

His daughter Rana, a nursing student, keeps a list of every place they have slept. "Shati camp, Nuseirat, Rafah, then Rafah again, then here," she said, reading from her phone. "I keep it so I remember the order."

The family pitched their tent on the beach road on 9 May. Two days later, a water truck reached the area for the first time.

An official with the UN agency for Palestinian refugees, UNRWA, who was not authorised to speak publicly, said the agency's shelters were full. "There is no safe place, and there is not enough water in any of them," the official said.

UNRWA said on Saturday that about 450,000 people had fled Rafah since 6 May.
''', quotes=[
    Q("Each time we take less", "Samir Abu Odeh", "a former taxi driver from Gaza City"),
    Q("Shati camp, Nuseirat, Rafah, then Rafah again", "Rana", "His daughter"),
    Q("I keep it so I remember the order", "Rana", "His daughter"),
    Q("There is no safe place, and there is not enough water", "An official with the UN agency",
      "An official with the UN agency for Palestinian refugees, UNRWA, who was not authorised to speak publicly",
      True),
], times=[
    T("Since October 2023", "2023-10-01", "2023-10-31", also=("2023-10-01", "2024-05-14")),
    T("early May", "2024-05-01", "2024-05-10"),
    T("9 May", "2024-05-09"),
    T("Two days later", "2024-05-11"),
    T("on Saturday", "2024-05-11"),
    T("since 6 May", "2024-05-06", "2024-05-06", also=("2024-05-06", "2024-05-14")),
]))

ARTS.append(dict(id="td_13", pub="2024-08-20", src="Arabia Field Notes", text='''
In Marib's camps, the war's landmines follow the displaced

MARIB, Yemen — Ali Saleh al-Murani lost his left leg on 2 June, when the goat he was following stepped off the path near the al-Jufainah camp and he went after it.

"I heard the click. I knew before the sound came," he said, sitting on a plastic chair outside his shelter.

His brother Khaled carried him to the road. The next day, doctors at the Marib general hospital amputated the leg below the knee. A week before, two children from the same camp had been wounded by a mine in the same valley, camp residents said.

A deminer with a Yemeni clearance team, who spoke on condition of anonymity because he was not allowed to talk to journalists, said his team had cleared more than 300 devices around the camps since January. "For every one we lift, there is another we have not found," he said.

Khaled said his brother had not left the shelter since he came home from hospital. "He says he is a burden. I tell him he carried all of us for ten years," Khaled said.

The camp, one of about 200 around the city, took in new families again this month after fighting flared to the south.
''', quotes=[
    Q("I heard the click", "Ali Saleh al-Murani"),
    Q("For every one we lift, there is another", "A deminer with a Yemeni clearance team",
      "A deminer with a Yemeni clearance team", True),
    Q("He says he is a burden", "Khaled", "His brother"),
], times=[
    T("2 June", "2024-06-02"),
    T("The next day", "2024-06-03"),
    T("A week before", "2024-05-24", "2024-06-02"),
    T("since January", "2024-01-01", "2024-01-31", also=("2024-01-01", "2024-08-20")),
    T("this month", "2024-08-01", "2024-08-31"),
]))

ARTS.append(dict(id="td_14", pub="2024-10-30", src="Khorasan Wire", text='''
At Islam Qala, Afghans expelled from Iran arrive with nothing

ISLAM QALA, Afghanistan — The buses from the Iranian border town of Dogharoun arrive at Islam Qala every afternoon. On a single day at the end of the summer, more than 3,000 people crossed here, according to the International Organization for Migration.

Gul Ahmad Rahimi, 26, had worked on construction sites in Tehran for six years. He was arrested on 14 September on his way home from work. "They did not let me call my wife. I had my wages for two months in my room," Rahimi said.

He was held for nine days in a camp near Mashhad before being put on a bus. "In the camp they gave us one piece of bread in the morning and one at night," he said.

Karim Wardak, a spokesman for the IOM in Herat, said most deportees arrived without documents. "Many of them were born in Iran. Afghanistan is a country they have never seen," Wardak said.

The Taliban administration's refugee ministry said on Monday that it had registered 1.2 million returns from Iran and Pakistan since January.
''', quotes=[
    Q("They did not let me call my wife", "Gul Ahmad Rahimi"),
    Q("In the camp they gave us one piece of bread", "Gul Ahmad Rahimi"),
    Q("Many of them were born in Iran", "Karim Wardak", "a spokesman for the IOM in Herat"),
], times=[
    T("the end of the summer", "2024-08-01", "2024-09-15"),
    T("14 September", "2024-09-14"),
    T("on Monday", "2024-10-28"),
    T("since January", "2024-01-01", "2024-01-31", also=("2024-01-01", "2024-10-30")),
]))

ARTS.append(dict(id="td_15", pub="2024-07-10", src="Radio Sahel Libre", text='''
Djibo under siege: families describe months without food convoys

OUAGADOUGOU, Burkina Faso — From March to May, not a single supply convoy reached Djibo, the besieged town in the country's north, residents said.

Awa Dicko, a mother of five who fled the town in early June, said families had boiled leaves from the baobab trees. "We eat leaves and we pray. The children's bellies swell," Dicko said by telephone from Ouagadougou.

Her cousin, a teacher who is still in Djibo and who asked not to be named for fear of reprisals, said the town's schools had been closed since 2022. "I teach my neighbour's children under a tree, when there is no shooting," he said.

The convoy that finally arrived on 17 June brought rice and fuel, but fighters attacked it on the way back. That evening, the army said it had repelled the attack.

A nurse at the clinic in Djibo said over a crackling line that the clinic had run out of antibiotics in April. "We wash wounds with salt water," she said.
''', quotes=[
    Q("We eat leaves and we pray", "Awa Dicko", "a mother of five who fled the town in early June"),
    Q("I teach my neighbour's children under a tree", "a teacher who is still in Djibo",
      "Her cousin, a teacher who is still in Djibo and who asked not to be named for fear of reprisals",
      True),
    Q("We wash wounds with salt water", "A nurse at the clinic in Djibo",
      "A nurse at the clinic in Djibo", True),
], times=[
    T("From March to May", "2024-03-01", "2024-05-31"),
    T("early June", "2024-06-01", "2024-06-10"),
    T("since 2022", "2022-01-01", "2022-12-31", also=("2022-01-01", "2024-07-10")),
    T("17 June", "2024-06-17"),
    T("That evening", "2024-06-17"),
    T("in April", "2024-04-01", "2024-04-30"),
]))

ARTS.append(dict(id="td_16", pub="2024-11-05", src="Northern Syria Notes", text='''
Twenty months after the earthquake, Jindires families still live in tents

JINDIRES, Syria — When the earthquake struck before dawn on 6 February 2023, Abdulrahman Haj Omar was asleep with his wife and four children on the ground floor of a four-storey building in Jindires.

"The building fell on top of us like a blanket. I could hear my son but I could not see him," Haj Omar, 41, said.

Rescuers pulled the family out on 8 February. Two of the children died in hospital in Afrin the following week.

By the end of March the family had moved into a tent camp on the road to Afrin. On 2 May, a storm tore the tent apart. "We held the poles all night. My wife said, 'God is testing us,' and I said, 'He has tested enough,'" Haj Omar said.

Nour Kayali, who runs a women's centre in the camp for a local charity, said most families had no money to rebuild. "People were promised caravans in the summer of 2023. They are still waiting," Kayali said.
''', quotes=[
    Q("The building fell on top of us like a blanket", "Abdulrahman Haj Omar"),
    Q("We held the poles all night", "Abdulrahman Haj Omar"),
    Q("People were promised caravans", "Nour Kayali"),
], times=[
    T("6 February 2023", "2023-02-06"),
    T("8 February", "2023-02-08"),
    T("the following week", "2023-02-09", "2023-02-19"),
    T("the end of March", "2023-03-20", "2023-03-31"),
    T("2 May", "2023-05-02"),
    T("the summer of 2023", "2023-06-01", "2023-08-31"),
]))

ARTS.append(dict(id="td_17", pub="2024-08-15", src="Andes Border Desk", text='''
On the trails near Cúcuta, armed groups charge a toll

CÚCUTA, Colombia — Every morning, hundreds of people wade across the Táchira river on the informal trails, known as trochas, that link Venezuela and Colombia near Cúcuta.

Yusmary Pérez, 36, crossed with her two sons on 28 July, the day of Venezuela's presidential election. "They charged us 20,000 pesos each, and they told us, 'If you come back without paying, you stay on the other side,'" she said.

A man who controls one of the trails for an armed group and would not give his name said the fee paid for protection. "Nobody crosses here without us knowing," he said.

The Norwegian Refugee Council said in a statement that crossings had risen since the election. "Families are arriving exhausted, and many tell us they plan to keep walking north," the group said.

Pérez said she would stay in Cúcuta until the end of the year. "My sons need school. We cannot keep moving," she said.
''', quotes=[
    Q("They charged us 20,000 pesos each", "Yusmary Pérez"),
    Q("Nobody crosses here without us knowing", "A man who controls one of the trails",
      "A man who controls one of the trails for an armed group and would not give his name", True),
    Q("Families are arriving exhausted", "Norwegian Refugee Council", "the group"),
    Q("My sons need school", "Yusmary Pérez"),
], times=[
    T("28 July", "2024-07-28"),
    T("the end of the year", "2024-12-01", "2024-12-31", also=("2024-08-15", "2024-12-31")),
]))

ARTS.append(dict(id="td_18", pub="2024-03-12", src="Indian Ocean Wire", text='''
Fleeing Chiúre, families walk south again

PEMBA, Mozambique — Insurgents reached the villages around Chiúre in the second week of February, and within days more than 60,000 people were on the road south, aid agencies said.

Fátima Assane, 27, left Mazeze with her three children on the night of 13 February, after neighbours saw smoke over the next village. "We did not take anything. We ran when we heard the shooting," she said.

The next morning the family reached a river that was too high to cross. Three days later, a truck driver took them to Pemba for the price of her earrings.

"He looked at my ears and said, 'That is enough,'" Fátima said.

In Pemba, a community leader, Abdala Momade, said his neighbourhood had taken in more than 400 families since the attacks began. "People share one latrine between thirty families. Cholera will come," Momade said.

The World Food Programme said last week that it needed 30 million dollars to feed displaced families in Cabo Delgado until the end of June.
''', quotes=[
    Q("We did not take anything", "Fátima Assane"),
    Q("He looked at my ears and said", "Fátima Assane"),
    Q("People share one latrine between thirty families", "Abdala Momade", "a community leader"),
], times=[
    T("the second week of February", "2024-02-05", "2024-02-18"),
    T("13 February", "2024-02-13"),
    T("The next morning", "2024-02-14"),
    T("Three days later", "2024-02-17"),
    T("last week", "2024-03-04", "2024-03-10"),
    T("the end of June", "2024-06-20", "2024-06-30"),
]))

ARTS.append(dict(id="td_19", pub="2024-09-25", src="Caucasus Review", text='''
A year after the exodus, Karabakh Armenians build lives in Goris

GORIS, Armenia — Anahit Grigoryan remembers the smell of petrol on the road out of Stepanakert. It took her family 31 hours to drive the 90 kilometres to the Armenian border in the last days of September 2023.

"We were in the car so long that my father stopped talking. He just looked at the mountains," Grigoryan said.

She now teaches music at a school in Goris, where her class includes eleven children from Karabakh. "They draw their old houses. I let them," she said.

Her father, Samvel, 70, sits most days on a bench outside the town hall with other men from Martuni. "I built my house with my hands in 1988. I will not build another," he said.

The Armenian government said in August that about 100,000 people had arrived from Nagorno-Karabakh in the autumn of 2023, and that fewer than a fifth had found permanent housing.
''', quotes=[
    Q("We were in the car so long", "Anahit Grigoryan"),
    Q("They draw their old houses", "Anahit Grigoryan"),
    Q("I built my house with my hands", "Samvel", "Her father"),
], times=[
    T("the last days of September 2023", "2023-09-20", "2023-09-30"),
    T("in 1988", "1988-01-01", "1988-12-31"),
    T("in August", "2024-08-01", "2024-08-31"),
    T("the autumn of 2023", "2023-09-01", "2023-11-30"),
]))

ARTS.append(dict(id="td_20", pub="2024-04-02", src="Caribbean Desk", text='''
In Port-au-Prince, families sleep in schools as gangs advance

PORT-AU-PRINCE, Haiti — Marie-Carmelle Joseph, 58, has slept on the floor of a school in the capital's Delmas district since 29 February, the day armed gangs attacked police stations across the city.

"They burned the house next to mine first. I saw the flames through the window and I took my grandchildren out through the back," Joseph said.

That evening she reached the school, where about 1,200 people now sleep in classrooms and in the yard.

Jean-Robert Pierre, a volunteer who manages the distribution of water at the site, said a truck came only every second day. "When the water comes, everybody runs. The old people cannot run," Pierre said.

A police officer at a checkpoint nearby, who declined to be identified, said his unit had not been paid in March. "We are fifteen men against three hundred," the officer said.

The International Organization for Migration said last week that more than 53,000 people had fled the capital in the second half of March.
''', quotes=[
    Q("They burned the house next to mine first", "Marie-Carmelle Joseph"),
    Q("When the water comes, everybody runs", "Jean-Robert Pierre"),
    Q("We are fifteen men against three hundred", "A police officer at a checkpoint nearby",
      "A police officer at a checkpoint nearby, who declined to be identified", True),
], times=[
    T("since 29 February", "2024-02-29", "2024-02-29", also=("2024-02-29", "2024-04-02")),
    T("That evening", "2024-02-29"),
    T("in March", "2024-03-01", "2024-03-31"),
    T("last week", "2024-03-25", "2024-03-31"),
    T("the second half of March", "2024-03-16", "2024-03-31"),
]))
