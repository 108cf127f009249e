from common import Q, T

ARTS = []

ARTS.append(dict(id="td_21", pub="2024-10-10", src="Channel Coast News", text='''
At Gravelines, the small boats leave from the beach at dawn

GRAVELINES, France — Dler Ahmed, a 22-year-old Kurd from Ranya in northern Iraq, has tried to cross the Channel four times since the spring. On his last attempt, on 5 October, police slashed the boat before it reached the water.

"We ran into the dunes and waited. The police left after an hour, and the smugglers said, 'Tomorrow, same place.'

"But the wind was too strong, and on another beach near Boulogne two people died that morning," Ahmed said.

Sylvie Marchand, who volunteers with a local association in Dunkirk, said tents were confiscated almost every week. "We hand out tents on Monday and on Thursday the police take them," Marchand said.

Ahmed says he owes a smuggler in Dunkirk 1,500 euros for the crossings he has already paid for, and that his family in Ranya sold land to send him the money.

"I cannot go back. My father sold his land for this journey."

The British Home Office said on Wednesday that more than 26,000 people had crossed the Channel in small boats so far this year.
''', quotes=[
    Q("We ran into the dunes and waited", "Dler Ahmed", "a 22-year-old Kurd from Ranya in northern Iraq"),
    Q("But the wind was too strong", "Dler Ahmed"),
    Q("We hand out tents on Monday", "Sylvie Marchand"),
    Q("I cannot go back. My father sold his land", "Dler Ahmed"),
], times=[
    T("since the spring", "2024-03-01", "2024-05-31", also=("2024-03-01", "2024-10-10")),
    T("5 October", "2024-10-05"),
    T("on Wednesday", "2024-10-09"),
    T("so far this year", "2024-01-01", "2024-10-10"),
]))

ARTS.append(dict(id="td_22", pub="2025-06-03", src="Highlands Dispatch", text='''
In Shire's schools, Tigray's displaced wait to go home

SHIRE, Ethiopia — Letay Gebremedhin has lived in a classroom in Shire since November 2020, when fighting reached her village near Humera in western Tigray.

"We thought it would be two weeks. My youngest was born here, in this room," she said, pointing to a mattress under the blackboard.

Earlier this spring, local officials promised that families from western Tigray would be able to return before the rains. Between March and May, about 2,000 people were registered for the first convoys, according to the regional administration.

None has left yet. Gebremedhin's husband, Haile, walked to the edge of the zone in April to see if the road was open. "Men with guns stopped me and said, 'This land is not yours any more,'" he said.

A spokesman for the regional administration, Tesfay Berhe, said the returns had been delayed because of security guarantees. "We will not send people back into danger," Berhe said on Friday.
''', quotes=[
    Q("We thought it would be two weeks", "Letay Gebremedhin"),
    Q("Men with guns stopped me", "Haile", "Gebremedhin's husband"),
    Q("We will not send people back into danger", "Tesfay Berhe",
      "A spokesman for the regional administration"),
], times=[
    T("since November 2020", "2020-11-01", "2020-11-30", also=("2020-11-01", "2025-06-03")),
    T("Earlier this spring", "2025-03-01", "2025-05-31"),
    T("Between March and May", "2025-03-01", "2025-05-31"),
    T("in April", "2025-04-01", "2025-04-30"),
    T("on Friday", "2025-05-30"),
]))

ARTS.append(dict(id="td_23", pub="2024-01-25", src="Maghreb Wire", text='''
Eritreans in Tripoli describe the detention centre they escaped

TRIPOLI, Libya — Senait Tesfamariam, 23, escaped from a detention centre in Tripoli's Tajoura district on 30 December, when guards left a gate open during a fight between two armed groups.

She told the story in a rented room in the city's Gurji neighbourhood, where she now shares a mattress with two other women:

"We were 180 women in one hall. Every night they came with a list and took some of us. Those women did not come back."

Tesfamariam said she had paid a smuggler named Kidane 4,000 dollars in Khartoum in 2022 to reach the Mediterranean. He handed the group over to a militia near Kufra. "He said, 'These people will take you to the sea.' They took us to a prison," she said.

A nurse at the clinic run by a medical charity in Gurji, who did not want her name published, said many of the women she treated had untreated infections. "They come to us months after they needed us," the nurse said.

The UN refugee agency said in a statement on Tuesday that more than 4,000 people were being held in official detention centres in Libya at the end of December.
''', quotes=[
    Q("We were 180 women in one hall", "Senait Tesfamariam"),
    Q("They took us to a prison", "Senait Tesfamariam"),
    Q("They come to us months after they needed us", "A nurse at the clinic",
      "A nurse at the clinic run by a medical charity in Gurji, who did not want her name published",
      True),
], times=[
    T("30 December", "2023-12-30"),
    T("in 2022", "2022-01-01", "2022-12-31"),
    T("on Tuesday", "2024-01-23"),
    T("the end of December", "2023-12-20", "2023-12-31"),
]))

ARTS.append(dict(id="td_24", pub="2024-05-30", src="Nile Basin Report", text='''
At Renk transit centre, returnees from Sudan wait for boats

RENK, South Sudan — Nyabol Deng left Khartoum on 14 April, a year after war broke out in the Sudanese capital. The following morning she reached Kosti, where she waited for a bus to the border. She arrived in Renk on 2 May.

"In Khartoum we had a house and a car. Now we have this," said Deng, 40, pointing at a sheet of plastic tied to a fence at the transit centre in Renk.

A month before she arrived, a cholera outbreak had killed eleven people at the centre, health workers said.

Peter Lual Garang, who manages the transit centre for a relief agency, said more than 1,500 people crossed the border each day. "We have space for 3,000. Today we have 17,000," Garang said. "The boats cannot take them fast enough."

Deng said she had not heard from her son, Gatluak, since February. "He stayed to protect the house. Maybe the house is gone, maybe he is gone," she said.
''', quotes=[
    Q("In Khartoum we had a house and a car", "Nyabol Deng"),
    Q("We have space for 3,000", "Peter Lual Garang"),
    Q("The boats cannot take them fast enough", "Peter Lual Garang"),
    Q("He stayed to protect the house", "Nyabol Deng"),
], times=[
    T("14 April", "2024-04-14"),
    T("The following morning", "2024-04-15"),
    T("2 May", "2024-05-02"),
    T("A month before", "2024-03-26", "2024-04-09"),
    T("since February", "2024-02-01", "2024-02-29", also=("2024-02-01", "2024-05-30")),
]))

ARTS.append(dict(id="td_25", pub="2023-12-14", src="Borderlands Weekly", text='''
In the Białowieża forest, volunteers search for people lost in the cold

HAJNÓWKA, Poland — The call came before dawn on 19 November. A man who said he was from Yemen sent a pin from deep inside the Białowieża forest and a photograph of his feet.

Kasia Nowak, a volunteer with the aid group Grupa Granica, reached him with two others shortly after sunrise. "His shoes had frozen to his socks. He kept asking us not to call the border guard," Nowak said.

The group said in a statement that it had received more than 500 calls for help since the start of the autumn. "Every winter we hope it is the last one," the statement said.

A medic who works with the volunteers and asked to be identified only by her first name, Magda, said frostbite cases had risen in late autumn as night temperatures fell below zero. "We cut boots off people's feet," she said.

Poland's border guard said on Monday that it had recorded about 26,000 attempts to cross from Belarus this year.
''', quotes=[
    Q("His shoes had frozen to his socks", "Kasia Nowak", "a volunteer with the aid group Grupa Granica"),
    Q("Every winter we hope it is the last one", "Grupa Granica", "The group"),
    Q("We cut boots off people's feet", "Magda",
      "A medic who works with the volunteers and asked to be identified only by her first name", True),
], times=[
    T("19 November", "2023-11-19"),
    T("since the start of the autumn", "2023-09-01", "2023-09-30", also=("2023-09-01", "2023-12-14")),
    T("late autumn", "2023-10-20", "2023-11-30"),
    T("on Monday", "2023-12-11"),
    T("this year", "2023-01-01", "2023-12-31"),
]))

ARTS.append(dict(id="td_26", pub="2024-08-03", src="Mesopotamia Wire", text='''
Ten years on, Yazidi survivors return to Sinjar to bury their dead

SINJAR, Iraq — Khatoon Murad was 19 when fighters of the Islamic State group entered Kocho on 15 August 2014. She has lived in a camp near Duhok since 2017, after her family paid for her release.

"I come back only for the funerals. Every year they find more of us in the ground," Murad said on Friday, standing beside a freshly dug grave.

Her uncle, Qasim Murad, identified his brother's remains through a DNA test last month. "I waited ten years to put him in the earth. Now I can sit with him," he said.

Kocho's mayor, Dakhil Ravo, said fewer than a quarter of the town's families had returned. "There is no water, no work, no school. How can people come back to this?" Ravo said.

Iraq's migration ministry said in June that more than 200,000 Yazidis still lived in camps in the Kurdistan Region.
''', quotes=[
    Q("I come back only for the funerals", "Khatoon Murad"),
    Q("I waited ten years to put him in the earth", "Qasim Murad", "Her uncle"),
    Q("There is no water, no work, no school", "Dakhil Ravo", "Kocho's mayor"),
], times=[
    T("15 August 2014", "2014-08-15"),
    T("since 2017", "2017-01-01", "2017-12-31", also=("2017-01-01", "2024-08-03")),
    T("on Friday", "2024-08-02"),
    T("last month", "2024-07-01", "2024-07-31"),
    T("in June", "2024-06-01", "2024-06-30"),
]))

ARTS.append(dict(id="td_27", pub="2024-01-18", src="Bay of Bengal Wire", text='''
Fire leaves thousands of Rohingya homeless in Cox's Bazar camp

COX'S BAZAR, Bangladesh — Fire swept through part of a Rohingya refugee camp in Cox's Bazar earlier this month, destroying more than 800 shelters, camp officials said.

Mohammad Yunus, 34, was cooking rice outside his shelter in Camp 5 on the evening of 7 January when he saw smoke two rows away. "The wind pushed the fire towards us. In ten minutes there was nothing left," Yunus said.

That night his family slept in a mosque. The following day, volunteers handed out tarpaulins and rice.

His neighbour, Rokeya Begum, said she had lost the papers that proved her family's registration. "Without the card we cannot get food. I told the officer, 'I have nothing, not even my name,'" she said.

A camp official, who spoke on condition of anonymity because he was not allowed to speak to the media, said the fire had started in a kitchen. "The shelters are bamboo and plastic. One spark is enough," the official said.

The UN refugee agency said on Wednesday that more than 5,000 people had been left without shelter.
''', quotes=[
    Q("The wind pushed the fire towards us", "Mohammad Yunus"),
    Q("Without the card we cannot get food", "Rokeya Begum", "His neighbour"),
    Q("The shelters are bamboo and plastic", "A camp official",
      "A camp official, who spoke on condition of anonymity", True),
], times=[
    T("earlier this month", "2024-01-01", "2024-01-18"),
    T("7 January", "2024-01-07"),
    T("That night", "2024-01-07"),
    T("The following day", "2024-01-08"),
    T("on Wednesday", "2024-01-17"),
]))

ARTS.append(dict(id="td_28", pub="2025-02-27", src="East Africa Desk", text='''
In Dadaab, a third generation grows up in the camps

DADAAB, Kenya — Halima Abdi Farah has lived in the Hagadera camp since 1992, when she arrived as a girl of nine from Kismayo. Her granddaughter, Sagal, was born in the same camp in January.

"My mother died here, my children were born here, and now this one. Three generations, and none of us has a country," Halima said, holding the baby.

Rations were cut by a third between October and December, camp residents said. Farah said her family of eleven received one sack of sorghum a month in that period. "We mix it with water and share it. The children ask for more and I have nothing to give," she said.

Ali Hassan Mohamed, a teacher at a primary school in Hagadera, said attendance had fallen since the cuts began. "A hungry child does not learn. He sleeps on the desk," Mohamed said.

Kenya's refugee department said last month that the camps around Dadaab held about 380,000 people.
''', quotes=[
    Q("My mother died here, my children were born here", "Halima Abdi Farah"),
    Q("We mix it with water and share it", "Halima Abdi Farah"),
    Q("A hungry child does not learn", "Ali Hassan Mohamed",
      "a teacher at a primary school in Hagadera"),
], times=[
    T("since 1992", "1992-01-01", "1992-12-31", also=("1992-01-01", "2025-02-27")),
    T("in January", "2025-01-01", "2025-01-31"),
    T("between October and December", "2024-10-01", "2024-12-31"),
    T("last month", "2025-01-01", "2025-01-31"),
]))

ARTS.append(dict(id="td_29", pub="2024-11-22", src="Frontera Sur", text='''
In Tapachula, migrants wait months for papers

TAPACHULA, Mexico — Keila Martínez, a 26-year-old from San Pedro Sula in Honduras, has queued outside the offices of Mexico's refugee commission in Tapachula every Monday since August.

She left San Pedro Sula on 2 July, after gang members came to her door for the second time. "They said next time they would not knock. I took my daughter and left the same night," Martínez said.

She crossed the Suchiate river on 19 July. The next morning, immigration agents stopped the van she had boarded near Huixtla and sent her back to Tapachula.

An official at the commission, who was not authorised to speak on the record, said the office received about 400 applications a day in October. "We have twelve people to read them all," the official said.

Keila said she would keep waiting. "If I walk north without papers, they take everything on the road," she said.
''', quotes=[
    Q("They said next time they would not knock", "Keila Martínez"),
    Q("We have twelve people to read them all", "An official at the commission",
      "An official at the commission, who was not authorised to speak on the record", True),
    Q("If I walk north without papers", "Keila Martínez"),
], times=[
    T("since August", "2024-08-01", "2024-08-31", also=("2024-08-01", "2024-11-22")),
    T("2 July", "2024-07-02"),
    T("19 July", "2024-07-19"),
    T("The next morning", "2024-07-20"),
    T("in October", "2024-10-01", "2024-10-31"),
]))

ARTS.append(dict(id="td_30", pub="2025-02-14", src="Great Lakes Wire", text='''
In Goma, families search for relatives after the city's fall

GOMA, Democratic Republic of Congo — Esther Kahindo was at home in the Katindo district when the shooting reached her street on 26 January. She hid under the bed with her two daughters until the noise stopped.

That evening, her husband, a motorbike taxi driver, did not come home. Three days later she found his name on a list at the Ndosho hospital.

"They had cut his leg. But he was alive. I cried more then than when I thought he was dead," she said.

Kahindo now spends her days between the hospital and the Mugunga neighbourhood, where her sister lives.

"The doctors say he can walk again if they find a prosthesis. In Goma, now, who will find a prosthesis?"

A nurse at the clinic in Katindo, who asked that her name not be used for her safety, said the clinic had treated 90 wounded people in the last week of January. "We stitched people on the floor, in the corridor, everywhere," she said.

The UN humanitarian office said on Wednesday that more than 3,000 people had been killed in the fighting for Goma.
''', quotes=[
    Q("They had cut his leg. But he was alive", "Esther Kahindo"),
    Q("The doctors say he can walk again", "Esther Kahindo"),
    Q("We stitched people on the floor", "A nurse at the clinic in Katindo",
      "A nurse at the clinic in Katindo, who asked that her name not be used for her safety", True),
], times=[
    T("26 January", "2025-01-26"),
    T("That evening", "2025-01-26"),
    T("Three days later", "2025-01-29"),
    T("the last week of January", "2025-01-25", "2025-01-31"),
    T("on Wednesday", "2025-02-12"),
]))
