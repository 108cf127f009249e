from common import *
ARTS = []
ARTS.append(dict(id="own_241", pub="2018-07-07", src="Levant News Wire", wrap=True, text='''
Syrian army takes Nassib crossing as southern rebels accept Russian-brokered deal

AMMAN (LNW) — Syrian government forces took control of the Nassib border crossing with Jordan on Friday, hours after rebel factions in the eastern Daraa countryside accepted a Russian-brokered deal to hand over their heavy weapons, opposition negotiators said.

Under the agreement, reached in talks with Russian officers in Bosra al-Sham, fighters who reject government rule will be taken by bus to rebel-held Idlib in the north with their families. Russian military police are to deploy in several towns.

The deal follows more than two weeks of a government offensive that has retaken most of the eastern part of Daraa province since 19 June. Troops backed by allied militias advanced village by village, and the army said its units had killed "hundreds of terrorists". State media said operations would continue in the western countryside.

Russian aircraft have waged a separate air campaign in support of the offensive, using Su-34 jets and cluster munitions, while Syrian helicopters dropped barrel bombs, monitors said. On Thursday, when the talks broke down for several hours, monitors counted more than 600 air strikes and barrel bombs in the province. A strike on Busra al-Harir killed 14 people, including five children, the civil defence said.

In the rebel-held districts of Daraa city, residents said government checkpoints had blocked deliveries of food and fuel for ten days.

The UN says about 320,000 people have fled the fighting, many towards the closed border with Jordan. Jordan has refused to open the border, although its army evacuated about 20 wounded civilians to hospitals in Ramtha on Thursday.

On Friday some families began to return to villages in the east. "The bombing has stopped. We want to see if our house is still standing," said Abu Khaled, a farmer.
''', recs=[
 R("COERCE", acled=GOVREG, m=["Syrian army [takes] Nassib crossing", "Syrian government forces [took] control of the Nassib border crossing"], a=["Syrian government forces"], t=[], p=("Nassib", 32.54, 36.20, "SY"), d="Friday", c=CL, note="government retakes Nassib crossing"),
 R("AGREE", also=["CONCEDE"], acled=AGR, m=["southern rebels [accept] Russian-brokered deal", "rebel factions in the eastern Daraa countryside [accepted] a Russian-brokered deal", "Under the [agreement],", "The [deal] follows more than two weeks"], a=["rebel factions in the eastern Daraa countryside"], t=[], p=("Bosra al-Sham", 32.52, 36.48, "SY"), d="Friday", c=CL, note="surrender deal accepted by eastern Daraa rebels"),
 R("CONSULT", m=["[talks] with Russian officers in Bosra al-Sham", "when the [talks] broke down for several hours"], a=["rebel factions in the eastern Daraa countryside"], t=["Russian officers"], p=("Bosra al-Sham", 32.52, 36.48, "SY"), d=("Thursday", "Friday"), c=CL, note="negotiations with Russian officers"),
 R("MOVE", mode="relocate", m=["will be [taken] by bus to rebel-held Idlib"], a=[], t=["fighters who reject government rule"], p=("Idlib", 35.93, 36.63, "SY"), c=HY, note="planned evacuation of fighters to Idlib"),
 R("MOBILIZE", m=["Russian military police are to [deploy] in several towns"], a=["Russian military police"], t=[], p=("Daraa province", 32.75, 36.20, "SY"), c=HY, opt=True, note="planned Russian MP deployment"),
 R("COERCE", also=["ASSAULT"], acled=GOVREG, m=["a government [offensive] that has retaken most of the eastern part", "Troops backed by allied militias [advanced] village by village", 'its units had [killed] "hundreds of terrorists"', "[operations] would continue in the western countryside", "in support of the [offensive], using"], a=["Troops backed by allied militias"], t=[], p=("Daraa province", 32.75, 36.20, "SY"), d=("2018-06-19", "today"), f=(200, 999), c=CL, note="government offensive on eastern Daraa since 19 June"),
 R("ASSAULT", acled=AIR, m=["Russian aircraft have [waged] a separate air campaign", "Syrian helicopters [dropped] barrel bombs", "The [bombing] has stopped"], a=["Russian aircraft", "Syrian helicopters"], t=[], p=("Daraa province", 32.75, 36.20, "SY"), d=("2018-06-19", "today"), c=CL, note="air campaign supporting the offensive (series)"),
 R("ASSAULT", acled=AIR, m=["more than 600 air [strikes] and barrel bombs in the province"], a=[], t=[], p=("Daraa province", 32.75, 36.20, "SY"), d="Thursday", c=CL, note="Thursday's wave of 600 strikes (distinct day)"),
 R("ASSAULT", acled=AIR, m=["A [strike] on Busra al-Harir killed 14 people"], a=[], t=[], p=("Busra al-Harir", 32.84, 36.34, "SY"), d="Thursday", f=(14, 14), c=CL, note="strike on Busra al-Harir, 14 dead"),
 R("COERCE", m=["government checkpoints had [blocked] deliveries of food and fuel"], a=["government checkpoints"], t=["the rebel-held districts of Daraa city"], p=("Daraa city", 32.62, 36.10, "SY"), d=("-10", "today"), c=CL, note="blockade of rebel-held Daraa city"),
 R("MOVE", mode="flee", m=["about 320,000 people have [fled] the fighting"], a=["about 320,000 people"], t=[], p=("Daraa province", 32.75, 36.20, "SY"), d=("2018-06-19", "today"), q=(320000, 320000), c=CL, note="mass displacement"),
 R("REJECT", m=["Jordan has [refused] to open the border"], a=["Jordan"], t=[], p=("Jordan", "country", "JO"), c=A, note="Jordan keeps border closed"),
 R("MOVE", mode="relocate", also=["AID"], m=["its army [evacuated] about 20 wounded civilians"], a=["its army"], t=["about 20 wounded civilians"], p=("Ramtha", 32.56, 36.01, "JO"), d="Thursday", q=(20, 20), c=A, note="Jordanian army evacuates wounded to Ramtha"),
 R("MOVE", mode="return", m=["some families began to [return] to villages in the east"], a=["some families"], t=[], p=("Daraa province", 32.75, 36.20, "SY"), d="Friday", c=A, note="families start to return"),
]))

ARTS.append(dict(id="own_242", pub="2023-09-12", src="Kashmir News Service", text='''
Sopore grenade attack: police detain three, search houses in Baramulla; traders shut shops in protest

SRINAGAR (KNS) — Police in Jammu and Kashmir said on Tuesday they had detained three men in connection with Sunday's grenade attack on the main market in Sopore, which killed a fruit vendor and wounded 14 people, including two policemen.

The three, all from villages near Sopore, were picked up on Monday night, a senior officer said. Officers searching about a dozen houses in Baramulla district overnight recovered two grenades and a pistol from an apple orchard.

Police said the grenade had been thrown at a police vehicle parked near the bus stand but bounced off and exploded among shoppers. "There was smoke everywhere and then people were screaming," said Ghulam Nabi Dar, 58, whose shop was damaged in the blast.

Investigators believe the attack was organised by a local militant who crossed the Line of Control into Pakistan-administered Kashmir in 2018 and returned last year. He was detained under the Public Safety Act in 2017 for stone-pelting and released after eight months, police records show. Police have offered a reward of 500,000 rupees for information on his whereabouts.

Traders kept their shops closed in Sopore on Tuesday to protest against the killing of the vendor, Mohammad Shafi Lone, whose funeral on Monday drew hundreds of mourners.

Opposition politicians condemned the attack and accused the administration of failing to protect civilians. The lieutenant governor vowed that "those behind this cowardly act will be punished".
''', recs=[
 R("ASSAULT", acled=GREN, m=["Sopore grenade [attack]:", "Sunday's grenade [attack] on the main market in Sopore", "the grenade had been [thrown] at a police vehicle", "[exploded] among shoppers", "damaged in the [blast]", "Investigators believe the [attack] was organised", "the [killing] of the vendor, Mohammad Shafi Lone"], a=["a local militant"], t=["a police vehicle", "shoppers"], p=("Sopore", 34.29, 74.47, "IN"), d="Sunday", f=(1, 1), i=(14, 14), c=CL, note="grenade attack on Sopore market; all retellings merge"),
 R("COERCE", acled=ARR, m=["police [detain] three", "they had [detained] three men", "were [picked] up on Monday night"], a=["Police in Jammu and Kashmir"], t=["three men"], p=("Sopore", 34.29, 74.47, "IN"), d="Monday", q=(3, 3), c=CL, note="three men detained"),
 R("COERCE", acled=DISR, m=["[search] houses in Baramulla", "Officers [searching] about a dozen houses", "[recovered] two grenades and a pistol"], a=["Officers"], t=["two grenades and a pistol"], p=("Baramulla", 34.20, 74.34, "IN"), d=("Monday", "Tuesday"), c=CL, note="house searches, weapons recovered"),
 R("MOVE", mode="cross_border", m=["[crossed] the Line of Control into Pakistan-administered Kashmir in 2018"], a=["a local militant"], t=[], p=("Pakistan-administered Kashmir", 34.37, 73.47, "PK"), d="2018", c=BL, note="background: suspect crossed the LoC, 2018"),
 R("MOVE", mode="return", m=["and [returned] last year"], a=["a local militant"], t=[], p=("Line of Control", 34.10, 74.05, "IN"), d="2022", c=BL, note="background: suspect returned, 2022"),
 R("COERCE", acled=ARR, m=["He was [detained] under the Public Safety Act"], a=[], t=["a local militant"], p=None, d="2017", c=CL, note="background: 2017 PSA detention"),
 R("PROTEST", acled=RIOT, m=["in 2017 for [stone-pelting]"], a=["a local militant"], t=[], p=None, d="2017", c=CL, opt=True, note="background: stone-pelting"),
 R("CONCEDE", m=["[released] after eight months"], a=[], t=["a local militant"], p=None, d=("2017", "2018"), c=CL, opt=True, note="background: release from detention"),
 R("REQUEST", m=["Police have offered a [reward] of 500,000 rupees"], a=["Police"], t=[], p=None, c=A, opt=True, note="reward for information"),
 R("PROTEST", acled=PEACE, m=["traders [shut] shops in protest", "Traders kept their shops [closed] in Sopore on Tuesday"], a=["Traders"], t=[], p=("Sopore", 34.29, 74.47, "IN"), d="Tuesday", c=A, note="traders' shutdown in protest"),
 R("MOVE", mode="gather", m=["whose [funeral] on Monday drew hundreds of mourners"], a=[], t=[], p=("Sopore", 34.29, 74.47, "IN"), d="Monday", c=A, opt=True, note="vendor's funeral"),
 R("ACCUSE", m=["Opposition politicians [condemned] the attack", "[accused] the administration of failing to protect civilians"], a=["Opposition politicians"], t=["the administration"], p=None, c=A, note="condemnation and accusation in one statement"),
 R("THREATEN", m=["The lieutenant governor [vowed] that"], a=["The lieutenant governor"], t=["those behind this cowardly act"], p=None, c=HY, note="vow to punish the attackers"),
]))

ARTS.append(dict(id="own_244", pub="2024-06-20", src="Mediterranean Migration Observatory", text='''
"The sea was the last door": a Masalit teacher's year-long journey from El Geneina to Sicily

Testimony published on World Refugee Day, 20 June 2024. Interview conducted in Caltanissetta, Sicily.

Adam Yahya Ishag, 31, taught mathematics at a secondary school in El Geneina until June 2023, when Rapid Support Forces (RSF) fighters and allied Arab militias attacked the Masalit neighbourhoods of the city. "They went house to house. They shot my neighbour at his door and set fire to our street," he said. He fled on foot with his mother and two sisters and crossed into Chad at Adré on 17 June.

After four months in a camp near Adré, he left his family there and paid smugglers $700 to take him across the desert to Libya. The pickup truck reached Kufra in October, where the smugglers locked him and about 60 other men in a warehouse and demanded $1,500 more from each of their families. "They beat us with hoses every morning while we called home," he said. His uncle sold a plot of land to pay, and he was released in December.

In Tripoli he worked at a car wash. In February 2024 armed men from a militia raided the house he shared with other Sudanese in the Gargaresh district and took them to the Ain Zara detention centre, where he was held for seven weeks.

In May he boarded a wooden boat at Zuwara with 74 other people. The Libyan coastguard intercepted it after six hours and brought everyone back to Tripoli. On a second attempt two weeks later the boat's engine failed off Lampedusa, and an Italian coastguard patrol took the passengers on board. They landed on the island on 3 June and were moved to a reception centre in Sicily four days later.

He has applied for asylum in Italy. His mother and sisters are still at Adré.
''', recs=[
 R("ASSAULT", acled=VAC, m=["[attacked] the Masalit neighbourhoods of the city", "They [shot] my neighbour at his door", "[set] fire to our street"], a=["Rapid Support Forces (RSF) fighters and allied Arab militias"], t=["the Masalit neighbourhoods of the city"], p=("El Geneina", 13.45, 22.45, "SD"), d="2023-06", c=CL, note="RSF attack on Masalit neighbourhoods"),
 R("MOVE", mode="flee", m=["He [fled] on foot with his mother and two sisters"], a=["Adam Yahya Ishag"], t=[], p=("El Geneina", 13.45, 22.45, "SD"), d=("2023-06", "2023-06-17"), q=(4, 4), c=CL, note="flight from El Geneina"),
 R("MOVE", mode="cross_border", m=["[crossed] into Chad at Adré on 17 June"], a=["Adam Yahya Ishag"], t=[], p=("Adré", 13.47, 22.20, "TD"), d="2023-06-17", q=(4, 4), c=CL, note="crossing into Chad at Adré"),
 R("MOVE", mode="smuggle", m=["he [left] his family there", "paid smugglers $700 to [take] him across the desert", "The pickup truck [reached] Kufra in October"], a=["smugglers"], t=["Adam Yahya Ishag"], p=("Kufra", 24.18, 23.29, "LY"), d=("2023-10", "2023-10"), c=CL, note="smuggled across the desert to Kufra"),
 R("COERCE", m=["the smugglers [locked] him and about 60 other men in a warehouse", "[demanded] $1,500 more from each of their families", "he was [released] in December"], a=["the smugglers"], t=["him and about 60 other men"], p=("Kufra", 24.18, 23.29, "LY"), d=("2023-10", "2023-12"), q=(61, 61), c=CL, note="held for ransom in Kufra (organised crime, no ACLED)"),
 R("ASSAULT", m=["They [beat] us with hoses every morning"], a=["the smugglers"], t=["him and about 60 other men"], p=("Kufra", 24.18, 23.29, "LY"), d=("2023-10", "2023-12"), c=CL, note="beatings in captivity"),
 R("COERCE", m=["armed men from a militia [raided] the house", "[took] them to the Ain Zara detention centre", "where he was [held] for seven weeks"], a=["armed men from a militia"], t=["the house he shared with other Sudanese"], p=("Gargaresh", 32.85, 13.12, "LY"), d="2024-02", c=CL, note="militia raid and detention in Tripoli"),
 R("MOVE", mode="cross_border", m=["he [boarded] a wooden boat at Zuwara with 74 other people"], a=["Adam Yahya Ishag"], t=[], p=("Zuwara", 32.93, 12.08, "LY"), d="2024-05", q=(75, 75), c=CL, note="first sea attempt from Zuwara"),
 R("MOVE", mode="deport", also=["COERCE"], m=["The Libyan coastguard [intercepted] it after six hours", "[brought] everyone back to Tripoli"], a=["The Libyan coastguard"], t=[], p=("Tripoli", 32.89, 13.19, "LY"), d="2024-05", q=(75, 75), c=CL, note="interception and return to Tripoli"),
 R("MOVE", mode="cross_border", m=["On a second [attempt] two weeks later", "They [landed] on the island on 3 June"], a=["Adam Yahya Ishag"], t=[], p=("Lampedusa", 35.50, 12.61, "IT"), d=("2024-05", "2024-06-03"), c=CL, note="second crossing, landing on Lampedusa"),
 R("AID", m=["an Italian coastguard patrol [took] the passengers on board"], a=["an Italian coastguard patrol"], t=["the passengers"], p=("Lampedusa", 35.50, 12.61, "IT"), d=("2024-05", "2024-06-03"), c=CL, note="rescue by Italian coastguard"),
 R("MOVE", mode="relocate", m=["were [moved] to a reception centre in Sicily four days later"], a=[], t=[], p=("Sicily", 37.50, 14.00, "IT"), d="2024-06-07", c=CL, note="transfer to Sicily"),
 R("REQUEST", m=["He has [applied] for asylum in Italy"], a=["Adam Yahya Ishag"], t=[], p=("Italy", "country", "IT"), c=CL, note="asylum application"),
]))

ARTS.append(dict(id="own_245", pub="2025-09-04", src="Westminster Political Wire", text='''
Home secretary vows to 'smash the gangs' after 700 cross Channel in a day; opposition says government has lost control

LONDON — The home secretary vowed on Wednesday to "smash the gangs" behind small-boat crossings after more than 700 people crossed the English Channel on Tuesday, the highest daily figure this year.

Border Force vessels picked up most of the 12 boats in mid-Channel and brought the passengers to Dover, the Home Office said. French police said they had stopped about 150 more people from launching boats from beaches near Gravelines. A man drowned trying to reach a boat off Wimereux, the French coastguard said.

The shadow home secretary accused the government of having "lost control of our borders" and said ministers had "surrendered to the smugglers". In a combative Commons session, the home secretary fired back with a blistering attack on the opposition's record, accusing it of leaving behind "a broken asylum system".

The home secretary said she would ask Paris to let British officers patrol French beaches. Under a returns deal signed with France in July, the first 50 people are due to be sent back next week.

On Monday night, about 20 men threw bricks and fireworks at a hotel housing asylum seekers in Tamworth, smashing ground-floor windows. Staffordshire Police arrested three men, and one, a 34-year-old, was charged on Wednesday with violent disorder. Downing Street condemned the Tamworth violence as "thuggery".

It has been a bruising week for the government, and commentators said the knives were out for the home secretary. One opposition MP called the policy "a car crash", while a Labour backbencher warned that party infighting risked handing the next election to its rivals "on a plate".
''', recs=[
 R("THREATEN", m=["Home secretary [vows] to 'smash the gangs'", "The home secretary [vowed] on Wednesday"], a=["The home secretary"], t=["the gangs"], p=None, d="Wednesday", c=HY, note="vow to smash smuggling gangs"),
 R("MOVE", mode="cross_border", m=["after 700 [cross] Channel in a day", "more than 700 people [crossed] the English Channel on Tuesday"], a=["more than 700 people"], t=[], p=("English Channel", 51.00, 1.50, "GB"), d="Tuesday", q=(700, 800), c=A, note="700+ small-boat arrivals in one day"),
 R("AID", also=["MOVE"], m=["Border Force vessels [picked] up most of the 12 boats", "[brought] the passengers to Dover"], a=["Border Force vessels"], t=["the passengers"], p=("Dover", 51.13, 1.31, "GB"), d="Tuesday", c=CL, note="Border Force picks up boats and lands passengers at Dover"),
 R("COERCE", m=["they had [stopped] about 150 more people from launching boats"], a=["French police"], t=["about 150 more people"], p=("Gravelines", 50.99, 2.13, "FR"), d="Tuesday", q=(150, 150), c=CL, note="French police prevent launches (drowning off Wimereux is an accident, not coded)"),
 R("ACCUSE", m=["The shadow home secretary [accused] the government"], a=["The shadow home secretary"], t=["the government"], p=None, c=A, note="opposition accuses government of losing control ('surrendered' figurative)"),
 R("ACCUSE", m=["the home secretary [fired] back with", "a blistering [attack] on the opposition's record", "[accusing] it of leaving behind"], a=["the home secretary"], t=["the opposition"], p=None, c=A, note="verbal counter-attack in the Commons: ACCUSE, not ASSAULT"),
 R("REQUEST", m=["she would [ask] Paris to let British officers patrol French beaches"], a=["The home secretary"], t=["Paris"], p=None, c=HY, note="planned request to France"),
 R("AGREE", m=["a returns [deal] signed with France in July"], a=[], t=["France"], p=None, d="2025-07", c=A, note="background: UK-France returns deal, July"),
 R("MOVE", mode="deport", m=["the first 50 people are due to be [sent] back next week"], a=[], t=["the first 50 people"], p=("France", "country", "FR"), q=(50, 50), c=HY, note="planned returns to France"),
 R("ASSAULT", acled=MOB, m=["about 20 men [threw] bricks and fireworks at a hotel housing asylum seekers", "[smashing] ground-floor windows", "the Tamworth [violence] as"], a=["about 20 men"], t=["a hotel housing asylum seekers in Tamworth"], p=("Tamworth", 52.63, -1.70, "GB"), d="Monday", q=(20, 20), c=A, note="mob attack on asylum hotel in Tamworth"),
 R("COERCE", acled=ARR, m=["Staffordshire Police [arrested] three men"], a=["Staffordshire Police"], t=["three men"], p=("Tamworth", 52.63, -1.70, "GB"), d=("Monday", "Wednesday"), q=(3, 3), c=A, note="three arrested"),
 R("ACCUSE", m=["was [charged] on Wednesday with violent disorder"], a=[], t=["a 34-year-old"], p=None, d="Wednesday", c=A, note="violent disorder charge"),
 R("ACCUSE", m=["Downing Street [condemned]"], a=["Downing Street"], t=[], p=None, c=A, note="Downing Street condemns Tamworth violence"),
 R("ACCUSE", m=['One opposition MP [called] the policy "a car crash"'], a=["One opposition MP"], t=[], p=None, c=A, opt=True, note="criticism of the policy (figurative 'car crash')"),
]))

ARTS.append(dict(id="own_246", pub="2024-02-15", src="Coast Courts Reporter", wrap=True, text='''
Mombasa court lets police hold Lamu bus attack suspects for 30 days; Somali man jailed for financing al-Shabaab

MOMBASA — A magistrate at the Shanzu law courts on Wednesday allowed anti-terrorism police to detain four suspects for 30 more days while they investigate last week's attack on a bus near Witu in Lamu County, in which three passengers were shot dead.

Detectives from the Anti-Terrorism Police Unit (ATPU) arrested the four men in Mpeketoni on Saturday. In an affidavit, an investigating officer said they had sheltered al-Shabaab fighters in a forest camp before the attack and had helped them buy food and fuel. The suspects have not been charged. Their lawyer, Fatuma Mwinyi, objected that holding them without charge violated their rights, but the magistrate said the investigation was complex. The case was adjourned to 13 March.

Gunmen stopped the bus, which was travelling from Mpeketoni to Mombasa, on 7 February and opened fire after passengers refused to get off, witnesses said. Police said the attackers escaped into the Boni forest.

In a separate case at the Mombasa High Court, a 38-year-old Somali national was sentenced on Tuesday to 15 years in prison for financing terrorism. The court found that he had sent more than 2 million shillings by mobile money to al-Shabaab commanders in Jilib between 2019 and 2021. He was arrested in the Eastleigh district of Nairobi in October 2021.

The court heard that the man had fled Kismayo in 2011 and was granted refugee status in Kenya in 2012. His co-accused, a 27-year-old shopkeeper, pleaded guilty to failing to report the transfers and was given a two-year suspended sentence.

Human rights groups have accused the ATPU of detaining terrorism suspects for long periods without trial.
''', recs=[
 R("COERCE", m=["allowed anti-terrorism police to [detain] four suspects for 30 more days", "lets police [hold] Lamu bus attack suspects"], a=["A magistrate at the Shanzu law courts"], t=["four suspects"], p=("MOMBASA", -4.05, 39.66, "KE"), d="Wednesday", q=(4, 4), c=A, note="30-day detention order"),
 R("ASSAULT", acled=VAC, m=["last week's [attack] on a bus near Witu", "three passengers were [shot] dead", "Gunmen [stopped] the bus", "[opened] fire after passengers refused to get off", "in a forest camp before the [attack]"], a=["Gunmen"], t=["the bus", "three passengers"], p=("Witu", -2.39, 40.44, "KE"), d="2024-02-07", f=(3, 3), c=CL, note="gun attack on bus near Witu, 7 February"),
 R("COERCE", acled=ARR, m=["[arrested] the four men in Mpeketoni on Saturday"], a=["Detectives from the Anti-Terrorism Police Unit (ATPU)"], t=["the four men"], p=("Mpeketoni", -2.39, 40.70, "KE"), d="Saturday", q=(4, 4), c=A, note="four suspects arrested"),
 R("ACCUSE", m=["In an [affidavit], an investigating officer"], a=["an investigating officer"], t=["the four men"], p=None, c=A, note="police allegation in affidavit"),
 R("COOPERATE", also=["AID"], m=["they had [sheltered] al-Shabaab fighters", "had [helped] them buy food and fuel"], a=["the four men"], t=["al-Shabaab fighters"], p=("Lamu County", -2.27, 40.90, "KE"), d=("2024-01-15", "2024-02-07"), c=CL, note="alleged harbouring of fighters"),
 R("SANCTION", m=["Somali man [jailed] for financing al-Shabaab", "was [sentenced] on Tuesday to 15 years in prison"], a=["the Mombasa High Court"], t=["a 38-year-old Somali national"], p=("MOMBASA", -4.05, 39.66, "KE"), d="Tuesday", c=A, note="15 years for terror financing"),
 R("AID", also=["COOPERATE"], m=["he had [sent] more than 2 million shillings by mobile money"], a=["a 38-year-old Somali national"], t=["al-Shabaab commanders in Jilib"], p=("Jilib", 0.49, 42.79, "SO"), d=("2019-01-01", "2021-12-31"), c=A, note="background: money sent to al-Shabaab 2019-21"),
 R("COERCE", acled=ARR, m=["He was [arrested] in the Eastleigh district of Nairobi"], a=[], t=["a 38-year-old Somali national"], p=("Eastleigh", -1.28, 36.85, "KE"), d="2021-10", q=(1, 1), c=A, note="background: arrest, October 2021"),
 R("MOVE", mode="flee", m=["the man had [fled] Kismayo in 2011"], a=["the man"], t=[], p=("Kismayo", -0.36, 42.55, "SO"), d="2011", c=A, note="background: fled Kismayo, 2011"),
 R("AID", m=["was [granted] refugee status in Kenya in 2012"], a=[], t=["the man"], p=("Kenya", "country", "KE"), d="2012", c=A, note="background: refugee status granted, 2012"),
 R("CONCEDE", m=["[pleaded] guilty to failing to report the transfers"], a=["His co-accused, a 27-year-old shopkeeper"], t=[], p=("MOMBASA", -4.05, 39.66, "KE"), c=A, note="guilty plea"),
 R("SANCTION", m=["was [given] a two-year suspended sentence"], a=[], t=["His co-accused, a 27-year-old shopkeeper"], p=("MOMBASA", -4.05, 39.66, "KE"), c=A, note="suspended sentence for co-accused"),
 R("ACCUSE", m=["Human rights groups have [accused] the ATPU"], a=["Human rights groups"], t=["the ATPU"], p=None, c=A, note="rights groups accuse ATPU"),
]))

ARTS.append(dict(id="own_247", pub="2022-09-20", src="Horn of Africa Wire", text='''
Somali troops and clan militias retake villages in Hiiraan; U.S. strike kills 27 al-Shabaab fighters

BELEDWEYNE, Somalia (HAW) — Somali government forces and clan militias captured five villages north-east of Beledweyne over the weekend, pushing al-Shabaab further from the Shabelle river in an offensive that began in late August, regional officials said on Monday.

The campaign, backed by local fighters known as macawisley, has retaken more than 30 settlements in Hiiraan, according to the regional administration. Operations continued on Monday around Mahas, where troops were closing in on al-Shabaab positions, and an army commander said his units had "eliminated hundreds of terrorists" since the start of the offensive. The figure could not be verified.

The U.S. military said it carried out an air strike on Sunday near Bulobarde, in support of Somali forces that had come under attack, killing 27 al-Shabaab fighters. It said no civilians were harmed.

Al-Shabaab has blockaded Mahas for months, stopping trucks carrying food at checkpoints on every road into the town. "A sack of sugar costs three times what it did in June," said Halima Nur, 43, who runs a shop there.

In retaliation for the offensive, al-Shabaab fighters destroyed two water wells and torched about 40 houses in villages near Jalalaqsi on Thursday, residents said.

Elders in Jalalaqsi said about 40 al-Shabaab fighters had accepted an amnesty deal brokered by clan leaders and surrendered with their weapons on Saturday. The regional administration said it had evacuated about 60 wounded fighters and civilians from the front to Beledweyne by road.

The government has promised to drive al-Shabaab out of central Somalia by the end of the year. The group still controls much of the south, and in August its fighters stormed a hotel in Mogadishu, killing more than 20 people.
''', recs=[
 R("COERCE", acled=GOVREG, m=["Somali troops and clan militias [retake] villages in Hiiraan", "Somali government forces and clan militias [captured] five villages north-east of Beledweyne"], a=["Somali government forces and clan militias"], t=["al-Shabaab"], p=("Beledweyne", 4.74, 45.20, "SO"), d=("Saturday", "Sunday"), c=CL, note="five villages retaken over the weekend"),
 R("COERCE", also=["ASSAULT"], acled=GOVREG, m=["in an [offensive] that began in late August", "The [campaign], backed by local fighters", "[Operations] continued on Monday around Mahas", 'his units had "[eliminated] hundreds of terrorists"', "since the start of the [offensive]"], a=["Somali government forces and clan militias"], t=["al-Shabaab"], p=("Hiiraan", 4.30, 45.30, "SO"), d=("2022-08-20", "today"), f=(200, 999), c=CL, note="Hiiraan offensive (campaign told across sentences)"),
 R("ASSAULT", acled=AIR, m=["U.S. strike [kills] 27 al-Shabaab fighters", "it [carried] out an air strike on Sunday near Bulobarde"], a=["The U.S. military"], t=["27 al-Shabaab fighters"], p=("Bulobarde", 3.85, 45.57, "SO"), d="Sunday", f=(27, 27), c=CL, note="US air strike near Bulobarde"),
 R("ASSAULT", acled=CLASH, m=["Somali forces that had come under [attack]"], a=[], t=["Somali forces"], p=("Bulobarde", 3.85, 45.57, "SO"), d="Sunday", c=CL, note="attack on Somali forces that prompted the strike"),
 R("COERCE", m=["Al-Shabaab has [blockaded] Mahas for months", "[stopping] trucks carrying food at checkpoints"], a=["Al-Shabaab"], t=["Mahas"], p=("Mahas", 4.41, 45.33, "SO"), c=A, note="al-Shabaab blockade of Mahas"),
 R("COERCE", acled=LOOT, m=["al-Shabaab fighters [destroyed] two water wells", "[torched] about 40 houses in villages near Jalalaqsi"], a=["al-Shabaab fighters"], t=["two water wells"], p=("Jalalaqsi", 3.38, 45.60, "SO"), d="Thursday", c=CL, note="retaliatory destruction of wells and houses"),
 R("AGREE", also=["CONCEDE"], acled=AGR, m=["had [accepted] an amnesty deal brokered by clan leaders", "[surrendered] with their weapons on Saturday"], a=["about 40 al-Shabaab fighters"], t=[], p=("Jalalaqsi", 3.38, 45.60, "SO"), d="Saturday", q=(40, 40), c=CL, note="amnesty deal accepted, 40 fighters surrender"),
 R("MOVE", mode="relocate", also=["AID"], m=["it had [evacuated] about 60 wounded fighters and civilians"], a=["The regional administration"], t=["about 60 wounded fighters and civilians"], p=("Beledweyne", 4.74, 45.20, "SO"), q=(60, 60), c=CL, note="wounded evacuated to Beledweyne"),
 R("THREATEN", m=["The government has [promised] to drive al-Shabaab out"], a=["The government"], t=["al-Shabaab"], p=None, c=HY, opt=True, note="vow to expel al-Shabaab from central Somalia"),
 R("ASSAULT", acled=VAC, m=["its fighters [stormed] a hotel in Mogadishu"], a=["its fighters"], t=["a hotel in Mogadishu"], p=("Mogadishu", 2.04, 45.34, "SO"), d="2022-08", f=(21, 30), c=A, note="background: August hotel attack in Mogadishu"),
]))

ARTS.append(dict(id="own_248", pub="2023-12-30", src="Andaman Sea Refugee Notes", wrap=True, text='''
Rohingya boat refugees: pushed back twice, then forced out of their shelter

Aceh, Indonesia. Notes from interviews with refugees at a temporary shelter. Names withheld.

A 24-year-old woman from Balukhali camp in Cox's Bazar said she and her two children boarded a fishing boat with about 180 other people at a beach near Teknaf after paying a broker 120,000 taka. The boat drifted for three weeks after its engine broke down. "The crew beat the men who asked for water. Two old people died and were put into the sea," she said.

When the boat first reached the coast of Pidie, villagers stopped the passengers from landing, gave them food and water, and pushed the boat back out to sea. Two days later an Indonesian navy ship towed it away from the shore of Sabang island, she said.

The boat finally ran aground on a beach in Aceh Besar, and the passengers waded ashore. Local officials moved them to a sports hall, and the Red Cross gave out mats and medicine.

Days later, hundreds of students stormed the hall, kicked over the cooking pots and forced the refugees onto trucks, chanting that they should be sent back. Police watched but did not intervene, witnesses said. The refugees were driven to a government office in Banda Aceh, where they slept in the basement.

"We were chased from Myanmar, and now we are chased from here," said a 40-year-old man who fled Buthidaung after soldiers burned his village.

The UN refugee agency called on Indonesia to protect the refugees and said attacks on them were fuelled by online disinformation. Provincial officials said they would move the group to a permanent site.
''', recs=[
 R("MOVE", mode="smuggle", m=["[boarded] a fishing boat with about 180 other people"], a=["A 24-year-old woman from Balukhali camp in Cox's Bazar"], t=[], p=("Teknaf", 20.86, 92.30, "BD"), q=(183, 183), c=CL, note="boat departure near Teknaf, broker paid"),
 R("ASSAULT", m=["The crew [beat] the men who asked for water"], a=["The crew"], t=["the men who asked for water"], p=None, c=CL, note="crew beat passengers (deaths at sea from hunger not coded)"),
 R("MOVE", mode="deport", also=["COERCE"], m=["villagers [stopped] the passengers from landing", "[pushed] the boat back out to sea"], a=["villagers"], t=["the passengers"], p=("Pidie", 5.36, 95.94, "ID"), c=CL, note="first pushback off Pidie"),
 R("AID", m=["[gave] them food and water"], a=["villagers"], t=["the passengers"], p=("Pidie", 5.36, 95.94, "ID"), c=CL, note="villagers give food before pushing the boat back"),
 R("MOVE", mode="deport", also=["COERCE"], m=["an Indonesian navy ship [towed] it away from the shore"], a=["an Indonesian navy ship"], t=[], p=("Sabang", 5.89, 95.32, "ID"), c=CL, note="second pushback by navy off Sabang"),
 R("MOVE", mode="cross_border", m=["The boat finally [ran] aground on a beach in Aceh Besar", "the passengers [waded] ashore"], a=["the passengers"], t=[], p=("Aceh Besar", 5.45, 95.48, "ID"), c=CL, note="landing in Aceh Besar"),
 R("MOVE", mode="relocate", m=["Local officials [moved] them to a sports hall"], a=["Local officials"], t=[], p=("Aceh Besar", 5.45, 95.48, "ID"), c=CL, note="moved to sports hall"),
 R("AID", m=["the Red Cross [gave] out mats and medicine"], a=["the Red Cross"], t=[], p=("Aceh Besar", 5.45, 95.48, "ID"), c=CL, note="Red Cross aid"),
 R("PROTEST", also=["COERCE", "ASSAULT"], acled=MOB, m=["hundreds of students [stormed] the hall", "[kicked] over the cooking pots", "[forced] the refugees onto trucks", "chanting that they should be [sent] back"], a=["hundreds of students"], t=["the refugees"], p=("Aceh Besar", 5.45, 95.48, "ID"), c=CL, note="students storm the shelter and force refugees out"),
 R("MOVE", mode="relocate", also=["COERCE"], m=["The refugees were [driven] to a government office in Banda Aceh"], a=[], t=["The refugees"], p=("Banda Aceh", 5.54, 95.33, "ID"), c=CL, note="forced transfer to Banda Aceh"),
 R("MOVE", mode="flee", m=["a 40-year-old man who [fled] Buthidaung"], a=["a 40-year-old man"], t=[], p=("Buthidaung", 20.88, 92.53, "MM"), c=CL, note="background: flight from Buthidaung (undated)"),
 R("COERCE", acled=LOOT, m=["soldiers [burned] his village"], a=["soldiers"], t=["his village"], p=("Buthidaung", 20.88, 92.53, "MM"), c=CL, note="background: village burned (undated)"),
 R("REQUEST", m=["The UN refugee agency [called] on Indonesia"], a=["The UN refugee agency"], t=["Indonesia"], p=None, c=A, note="UNHCR appeal"),
 R("MOVE", mode="relocate", m=["they would [move] the group to a permanent site"], a=["Provincial officials"], t=["the group"], p=None, c=HY, note="planned move to permanent site"),
]))
