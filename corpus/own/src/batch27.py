from common import *
ARTS = []
ARTS.append(dict(id="own_132", pub="2024-10-09", src="Guanabara Security Desk", text='''
Police raid in Rio's Maré complex leaves between six and nine dead; schools shut

RIO DE JANEIRO — A police operation against drug traffickers in the Maré complex of favelas in northern Rio de Janeiro on Tuesday left between six and nine people dead, including a 15-year-old boy, police and residents said, and closed dozens of schools and clinics.

Hundreds of officers backed by armoured vehicles and a helicopter entered the complex before dawn to serve arrest warrants against leaders of the Comando Vermelho gang, the state military police said. It said officers had come under fire and killed six "criminals", and had seized eight rifles and arrested 11 people.

Residents and the rights group Redes da Maré said at least nine people had died, among them the boy, who they said was shot on his way to school in the Nova Holanda area. Police said they would investigate his death. "They fired from the helicopter. The bullets came through the roof," said Luciana Alves, 42, a hairdresser.

Later that afternoon, dozens of residents blocked Avenida Brasil, the city's main highway, with burning tyres and buses in protest at the deaths. Police dispersed them with stun grenades.

In 2022 the Supreme Court restricted police raids in Rio's favelas during the pandemic, after an operation in Jacarezinho in 2021 in which 28 people died. State officials say the rules have helped gangs entrench themselves.

Forty-six schools and six health clinics in the complex were closed for the day, the city said.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["Police [raid] in Rio's Maré complex leaves between six and nine dead", "A police [operation] against drug traffickers in the Maré complex", "officers had [come] under fire and killed six", "at least nine people had [died]", "They [fired] from the helicopter"], a=["Hundreds of officers", "the state military police"], t=["leaders of the Comando Vermelho gang", "drug traffickers"], p=("Maré", -22.86, -43.24, "BR"), d="Tuesday", f=(6, 9), c=CL, note="police operation in Maré, 6-9 dead"),
 R("ASSAULT", acled=VAC, m=["the boy, who they said was [shot] on his way to school", "Police said they would [investigate] his death"], a=[], t=["a 15-year-old boy", "the boy"], p=("Nova Holanda", -22.86, -43.25, "BR"), d="Tuesday", f=(1, 1), c=CL, note="boy shot on his way to school"),
 R("COERCE", acled=ARR, m=["had [seized] eight rifles and arrested 11 people"], a=["the state military police"], t=["11 people"], p=("Maré", -22.86, -43.24, "BR"), d="Tuesday", q=(11, 11), c=CL, note="11 arrested, rifles seized"),
 R("PROTEST", acled=PINT, m=["dozens of residents [blocked] Avenida Brasil", "in [protest] at the deaths"], a=["dozens of residents"], t=[], p=("Avenida Brasil", -22.86, -43.25, "BR"), d="Tuesday", q=(20, 90), c=A, note="residents block Avenida Brasil"),
 R("COERCE", acled=XFORCE, m=["Police [dispersed] them with stun grenades"], a=["Police"], t=["dozens of residents"], p=("Avenida Brasil", -22.86, -43.25, "BR"), d="Tuesday", c=A, note="police disperse protesters"),
 R("SANCTION", m=["the Supreme Court [restricted] police raids in Rio's favelas"], a=["the Supreme Court"], t=[], p=("Rio de Janeiro", -22.91, -43.17, "BR"), d="2022", c=A, opt=True, note="court restricts raids (background)"),
 R("ASSAULT", acled=CLASH, m=["an operation in Jacarezinho in 2021 in which 28 people [died]"], a=[], t=[], p=("Jacarezinho", -22.89, -43.26, "BR"), d="2021", f=(28, 28), c=A, note="Jacarezinho 2021 operation (background)"),
 R("COERCE", m=["Forty-six schools and six health clinics in the complex were [closed]"], a=["the city"], t=[], p=("Maré", -22.86, -43.24, "BR"), d="Tuesday", c=A, opt=True, note="schools closed"),
]))

ARTS.append(dict(id="own_133", pub="2022-08-30", src="Limpopo Crossings", wrap=True, text='''
At Beitbridge, deported Zimbabweans count the cost of a vigilante campaign

BEITBRIDGE, Zimbabwe — The trucks from the Lindela repatriation centre arrive at the Beitbridge border post twice a week. On Thursday, 412 Zimbabweans were deported from South Africa, the Zimbabwean immigration department said, most of them arrested in Johannesburg and Pretoria in the past two months.

Tendai Moyo, 34, a welder, said police arrested him at a taxi rank in Diepsloot in June after a street committee of the anti-migrant movement Operation Dudula marched through the township and demanded to see foreigners' papers. "They took us from house to house. Then the police came and took the ones they pointed at," he said.

He spent seven weeks at Lindela before he was put on a truck. "I left a wife and a child there. I will go back. There is no work here," he said, sitting outside the reception centre run by the International Organization for Migration.

In Diepsloot in April a Zimbabwean man, Elvis Nyathi, was beaten and burned to death by a mob hunting undocumented migrants. Seven men have been charged with murder.

South Africa's home affairs ministry says deportations follow the law and that it does not work with vigilante groups. Operation Dudula says it opposes violence.

Many of those deported say they will try to return by crossing the Limpopo river, where smugglers charge between 300 and 500 rand.
''', recs=[
 R("MOVE", mode="deport", m=["deported Zimbabweans [count] the cost", "412 Zimbabweans were [deported] from South Africa", "before he was [put] on a truck"], a=["South Africa"], t=["412 Zimbabweans"], p=("Beitbridge", -22.22, 30.00, "ZW"), d="Thursday", q=(412, 412), c=A, note="412 deported via Beitbridge"),
 R("COERCE", acled=ARR, m=["police [arrested] him at a taxi rank in Diepsloot", "the police came and [took] the ones they pointed at"], a=["police"], t=["Tendai Moyo"], p=("Diepsloot", -25.93, 28.01, "ZA"), d="2022-06", c=CL, note="Moyo arrested in Diepsloot"),
 R("PROTEST", acled=PEACE, also=["COERCE"], m=["Operation Dudula [marched] through the township", "[demanded] to see foreigners' papers", "They [took] us from house to house"], a=["a street committee of the anti-migrant movement Operation Dudula"], t=["foreigners"], p=("Diepsloot", -25.93, 28.01, "ZA"), d="2022-06", c=CL, note="Operation Dudula march and document checks"),
 R("COERCE", m=["He [spent] seven weeks at Lindela"], a=[], t=["Tendai Moyo"], p=("Lindela", -26.25, 27.83, "ZA"), c=CL, opt=True, note="detention at Lindela"),
 R("ASSAULT", acled=MOB, m=["was [beaten] and burned to death by a mob"], a=["a mob hunting undocumented migrants"], t=["Elvis Nyathi"], p=("Diepsloot", -25.93, 28.01, "ZA"), d="2022-04", f=(1, 1), c=A, note="mob killing of Elvis Nyathi (background)"),
 R("ACCUSE", m=["Seven men have been [charged] with murder"], a=[], t=["Seven men"], p=None, c=A, note="seven charged with murder"),
 R("MOVE", mode="smuggle", m=["they will [try] to return by crossing the Limpopo river"], a=["Many of those deported"], t=[], p=("Limpopo river", -22.20, 30.00, "ZA"), c=HY, note="deportees plan to return via Limpopo"),
 R("MOVE", mode="return", m=["I will go [back]. There is no work here"], a=["Tendai Moyo"], t=[], p=("South Africa", "country", "ZA"), c=HY, opt=True, note="Moyo plans to go back"),
]))

ARTS.append(dict(id="own_134", pub="2019-07-16", src="West Cornwall Chronicle", text='''
St Ives declares war on the gulls as pasty raids reach record levels

ST IVES, England — Shopkeepers in St Ives say the town is under siege. Herring gulls have launched so many raids on tourists' pasties and ice creams this summer that one bakery has started handing out free cardboard "shields" with every purchase.

"They ambush you at the harbour wall. You turn round to take a photo and your lunch is gone," said Pauline Treloar, 63, who has run a café on the Wharf for 30 years. Last week a gull dive-bombed a pushchair and snatched a sandwich from a toddler's hand, leaving the child in tears but unhurt.

The town council has voted to spend 8,000 pounds on a campaign of signs telling visitors not to feed the birds, and on gull-proof bins. One councillor proposed hiring a falconer to patrol the beaches with a Harris hawk, an idea that was shot down by animal welfare campaigners. Gulls are protected, and killing them without a licence is illegal.

Not everyone is at war with the birds. "They were here before us," said retired fisherman Jack Penrose, 81, who feeds a one-legged gull he calls Admiral. "People wave a pasty in their face and then complain."

Experts say gulls have moved into coastal towns as fish stocks at sea have dwindled, and that the birds quickly learn which targets are easy. The RSPB says the herring gull population in Britain has fallen sharply since the 1970s.

The town's bakeries report that sales are unaffected. "The tourists still come back for seconds," said Treloar. "So do the gulls."
''', recs=[]))

ARTS.append(dict(id="own_135", pub="2026-10-08", src="Leinster Political Review", text='''
Budget survives opposition onslaught as coalition wins Dáil vote

DUBLIN — The coalition government's 2027 budget survived a bruising two-day battle in the Dáil on Tuesday, passing by 88 votes to 71 after independents rallied behind the finance minister at the last minute.

Opposition parties had launched a blistering attack on the package, arguing that its tax cuts would do little for renters and that the housing measures were "a drop in the ocean". Sinn Féin's finance spokesperson said the government had "surrendered to the landlords" and promised to fight the measures "line by line" at committee stage.

Finance minister Ciarán Walsh hit back in his closing speech, accusing Sinn Féin of misleading voters about the cost of its own plans by "at least four billion euro". "You cannot tax your way to paradise," he told the chamber, to cheers from the government benches.

The budget raises the threshold for the top rate of income tax, extends energy credits for households and doubles a grant for first-time buyers in rural towns. Economists said it was broadly neutral but warned that a slowdown in corporate tax receipts could blow a hole in next year's figures.

Political analysts said the coalition had dodged a bullet after two independents threatened to vote against the package over funding for a hospital in the midlands. Both were won over after the minister agreed to a review.

Opinion polls show the two main blocs neck and neck ahead of next year's general election.
''', recs=[
 R("ACCUSE", m=["[accusing] Sinn Féin of misleading voters"], a=["Finance minister Ciarán Walsh"], t=["Sinn Féin"], p=("Dáil", 53.34, -6.25, "IE"), d="Tuesday", c=A, note="finance minister accuses Sinn Féin of misleading voters"),
 R("ACCUSE", m=["the government had \"[surrendered] to the landlords"], a=["Sinn Féin's finance spokesperson"], t=["the government"], p=None, c=A, opt=True, note="opposition criticism (political rhetoric)"),
 R("THREATEN", m=["two independents [threatened] to vote against the package"], a=["two independents"], t=[], p=None, c=HY, opt=True, note="independents threaten to vote against"),
 R("AGREE", also=["CONCEDE"], m=["the minister [agreed] to a review"], a=["the minister"], t=["two independents"], p=None, c=A, opt=True, note="minister agrees to review (political bargain)"),
]))

ARTS.append(dict(id="own_136", pub="2025-08-13", src="Himalayan Times Digest", text='''
Bus plunges into Trishuli river after collision, at least 17 dead

KATHMANDU — A passenger bus plunged into the swollen Trishuli river in central Nepal early on Tuesday after a collision with a truck on the Prithvi Highway, killing at least 17 people and leaving about a dozen missing, police said.

The bus, travelling from Kathmandu to Pokhara with about 40 people on board, swerved off the road near Benighat in Dhading district after clipping the truck on a narrow bend, a police officer said. Eleven passengers were rescued from the bank and taken to hospital in Kathmandu.

Army divers searched the river, but heavy rain hampered their work.

The truck driver was detained for questioning, police said. Investigators were examining whether the bus was overloaded and whether its brakes had failed.

Monsoon rains have triggered landslides that have blocked sections of the highway for days at a time this summer. Last year two buses were swept into the Trishuli by a landslide, and more than 60 people died.
''', recs=[
 R("COERCE", m=["The truck driver was [detained] for questioning"], a=[], t=["The truck driver"], p=("Benighat", 27.81, 84.78, "NP"), d=("Tuesday", "today"), q=(1, 1), c=CL, note="truck driver detained after crash (the one codable act)"),
]))
