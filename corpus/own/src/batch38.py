from common import *
ARTS = []
ARTS.append(dict(id="own_233", pub="2025-06-16", src="Euro Wire Press", text='''
After Lyon market attack, three held in raids; lawmakers say warnings were missed

LYON, France (EWP) — Anti-terrorism police detained three people in dawn raids in Vénissieux and Villeurbanne on Sunday as investigators tried to establish whether the man who drove a van into a crowded market in Lyon and then stabbed passers-by had help, prosecutors said.

Saturday's attack on the Boulevard de la Croix-Rousse killed four people and wounded 17, six of them seriously. The driver ploughed into shoppers at about 10.30am, then got out with a kitchen knife and stabbed two people before police officers shot and wounded him. He remains in hospital.

The national anti-terrorism prosecutor's office said the three people held were the suspect's brother, a cousin and a friend who allegedly helped him rent the van on Thursday. Officers seized two laptops and several phones during the searches.

The suspect, a 29-year-old French national identified by prosecutors as Nabil K., travelled to Syria in 2014 and was arrested by police in Turkey near the Syrian border in 2016, according to court records. He was deported to France the same year, convicted of terrorist conspiracy in 2018 and released from prison in February 2024.

Opposition lawmakers accused the security services of ignoring warnings about him. "His own family reported him to the police in March. What more did they need?" said one deputy. Several parliamentarians demanded a commission of inquiry into how the van-and-knife attack could happen.

The interior minister defended the intelligence services and vowed to expel foreign nationals on the terrorism watch list "without delay". The president condemned what he called an "Islamist terrorist attack" and visited the wounded at the Croix-Rousse hospital on Sunday.

About 3,000 people joined a silent march from the market to the town hall on Sunday evening. The funeral of the youngest victim, a 19-year-old student, will be held on Thursday.

No group has claimed the rampage. The market will stay closed until next week.
''', recs=[
 R("ASSAULT", acled=VAC, m=["After Lyon market [attack]", "the man who [drove] a van into a crowded market", "and then [stabbed] passers-by", "Saturday's [attack] on the Boulevard de la Croix-Rousse", "The driver [ploughed] into shoppers", "[stabbed] two people before", "how the van-and-knife [attack] could happen", 'an "Islamist terrorist [attack]"', "No group has claimed the [rampage]"], a=["Nabil K.", "The driver"], t=["shoppers"], p=("Boulevard de la Croix-Rousse", 45.775, 4.830, "FR"), d="Saturday", f=(4, 4), i=(17, 17), c=CL, note="van ramming and stabbing at Croix-Rousse market; all retellings merge"),
 R("ASSAULT", m=["police officers [shot] and wounded him"], a=["police officers"], t=["The driver"], p=("Boulevard de la Croix-Rousse", 45.775, 4.830, "FR"), d="Saturday", i=(1, 1), c=CL, opt=True, note="police shoot and wound the attacker"),
 R("COERCE", acled=ARR, m=["three [held] in raids", "Anti-terrorism police [detained] three people in dawn raids", "the three people [held] were the suspect's brother"], a=["Anti-terrorism police"], t=["three people"], p=("Vénissieux", 45.70, 4.89, "FR"), d="Sunday", q=(3, 3), c=CL, note="brother, cousin and friend detained in dawn raids"),
 R("COERCE", m=["Officers [seized] two laptops and several phones"], a=["Officers"], t=["two laptops and several phones"], p=("Vénissieux", 45.70, 4.89, "FR"), d="Sunday", c=CL, opt=True, note="devices seized in searches"),
 R("COOPERATE", m=["allegedly [helped] him rent the van"], a=["a friend"], t=["Nabil K."], p=("Lyon", 45.75, 4.85, "FR"), d="Thursday", c=CL, opt=True, note="alleged help renting the van"),
 R("MOVE", mode="cross_border", m=["[travelled] to Syria in 2014"], a=["Nabil K."], p=("Syria", "country", "SY"), d="2014", c=CL, note="background: attacker travels to Syria, own date"),
 R("COERCE", acled=ARR, m=["was [arrested] by police in Turkey"], a=["police in Turkey"], t=["Nabil K."], p=("Turkey", "country", "TR"), d="2016", c=CL, note="background: arrest in Turkey, 2016"),
 R("MOVE", mode="deport", m=["He was [deported] to France the same year"], a=[], t=["Nabil K."], p=("France", "country", "FR"), d="2016", c=CL, note="background: deported to France, 2016"),
 R("SANCTION", m=["[convicted] of terrorist conspiracy in 2018"], a=[], t=["Nabil K."], p=("France", "country", "FR"), d="2018", c=CL, note="background: 2018 conviction"),
 R("CONCEDE", m=["[released] from prison in February 2024"], a=[], t=["Nabil K."], p=None, d="2024-02", c=CL, opt=True, note="background: release from prison"),
 R("ACCUSE", m=["Opposition lawmakers [accused] the security services"], a=["Opposition lawmakers"], t=["the security services"], p=None, c=A, note="lawmakers accuse security services of ignoring warnings"),
 R("ACCUSE", m=["His own family [reported] him to the police in March"], a=["His own family"], t=["Nabil K."], p=None, d="2025-03", c=CL, note="family reported him in March (own date)"),
 R("REQUEST", m=["Several parliamentarians [demanded] a commission of inquiry"], a=["Several parliamentarians"], t=[], p=None, c=A, note="demand for commission of inquiry"),
 R("SUPPORT", m=["The interior minister [defended] the intelligence services"], a=["The interior minister"], t=["the intelligence services"], p=None, c=A, opt=True, note="minister defends services"),
 R("THREATEN", also=["MOVE"], m=["[vowed] to expel foreign nationals"], a=["The interior minister"], t=["foreign nationals on the terrorism watch list"], p=("France", "country", "FR"), c=HY, note="vow to expel watch-listed foreigners"),
 R("ACCUSE", m=["The president [condemned] what he called"], a=["The president"], t=[], p=None, d=("Saturday", "Sunday"), c=A, note="president condemns the attack"),
 R("CONSULT", also=["SUPPORT"], m=["[visited] the wounded at the Croix-Rousse hospital"], a=["The president"], t=["the wounded"], p=("Lyon", 45.75, 4.85, "FR"), d="Sunday", c=A, opt=True, note="president visits the wounded"),
 R("PROTEST", acled=PEACE, m=["About 3,000 people joined a silent [march]"], a=["About 3,000 people"], t=[], p=("Lyon", 45.75, 4.85, "FR"), d="Sunday", q=(3000, 3000), c=A, note="silent march after the attack"),
 R("MOVE", mode="gather", m=["The [funeral] of the youngest victim"], a=[], t=[], p=("Lyon", 45.75, 4.85, "FR"), d="2025-06-19", c=HY, opt=True, note="funeral planned for Thursday"),
]))

ARTS.append(dict(id="own_234", pub="2025-02-20", src="Rhine Legal Affairs Service", text='''
Germany charges Syrian ex-militiaman over Aleppo checkpoint killings; IS returnee jailed in Düsseldorf

KARLSRUHE, Germany — Federal prosecutors have charged a 41-year-old Syrian man with crimes against humanity over the torture and killing of detainees at a checkpoint in Aleppo in 2012 and 2013, the prosecutor's office said on Wednesday.

The man, identified only as Rami H. under German privacy rules, was arrested in Essen in July last year after a fellow refugee recognised him at an asylum shelter and reported him to police. A judge at the Federal Court of Justice later ordered him held until trial, citing a risk that he would flee.

According to the indictment, Rami H. belonged to a pro-government militia that ran a checkpoint in the Bustan al-Qasr district. Prosecutors say he and other militiamen beat at least 30 detainees with cables and shot dead a young man in front of his father in August 2012.

In a separate case, the Higher Regional Court in Düsseldorf on Wednesday sentenced a 36-year-old German woman to five years and six months in prison for membership of the Islamic State group and for enslaving a Yazidi woman in Raqqa in 2015. The defendant, who was repatriated from the Roj camp in north-east Syria in October 2021, had pleaded not guilty. The trial was adjourned twice last year, and the Yazidi woman, now 28, faced two days of cross-examination by the defence.

The woman, who testified under a false name, was granted asylum in Germany in 2019, her lawyer said. She had been held by IS fighters for almost three years after the group overran the Sinjar region of Iraq in August 2014.

Rights groups welcomed the ruling but said dozens of other suspects living in Germany had never been investigated. The defence said it would appeal.
''', recs=[
 R("ACCUSE", m=["Germany [charges] Syrian ex-militiaman", "Federal prosecutors have [charged] a 41-year-old Syrian man", "According to the [indictment], Rami H."], a=["Federal prosecutors"], t=["a 41-year-old Syrian man", "Rami H."], p=None, d="Wednesday", c=A, note="crimes-against-humanity charges"),
 R("ASSAULT", acled=VAC, m=["the torture and [killing] of detainees at a checkpoint in Aleppo"], a=["a pro-government militia"], t=["detainees"], p=("Aleppo", 36.20, 37.16, "SY"), d=("2012-01-01", "2013-12-31"), c=CL, opt=True, note="summary of checkpoint abuses 2012-13 (series)"),
 R("ASSAULT", acled=VAC, m=["he and other militiamen [beat] at least 30 detainees with cables"], a=["Rami H.", "other militiamen"], t=["at least 30 detainees"], p=("Bustan al-Qasr", 36.19, 37.14, "SY"), d=("2012-01-01", "2013-12-31"), c=CL, note="beating of 30 detainees at the checkpoint"),
 R("ASSAULT", acled=VAC, m=["[shot] dead a young man in front of his father"], a=["Rami H.", "other militiamen"], t=["a young man"], p=("Bustan al-Qasr", 36.19, 37.14, "SY"), d="2012-08", f=(1, 1), c=CL, note="killing of a young man, August 2012"),
 R("COERCE", acled=ARR, m=["was [arrested] in Essen in July last year"], a=[], t=["Rami H."], p=("Essen", 51.46, 7.01, "DE"), d="2024-07", q=(1, 1), c=A, note="arrest in Essen, July 2024"),
 R("ACCUSE", m=["[reported] him to police. A judge"], a=["a fellow refugee"], t=["Rami H."], p=("Essen", 51.46, 7.01, "DE"), d="2024-07", c=A, note="fellow refugee reports him"),
 R("COERCE", m=["ordered him [held] until trial"], a=["A judge at the Federal Court of Justice"], t=["Rami H."], p=None, c=A, note="detention order until trial"),
 R("SANCTION", m=["IS returnee [jailed] in Düsseldorf", "[sentenced] a 36-year-old German woman to five years"], a=["the Higher Regional Court in Düsseldorf"], t=["a 36-year-old German woman"], p=("Düsseldorf", 51.22, 6.78, "DE"), d="Wednesday", c=A, note="IS returnee sentenced"),
 R("COERCE", acled=ABD, m=["for [enslaving] a Yazidi woman in Raqqa in 2015"], a=["a 36-year-old German woman"], t=["a Yazidi woman"], p=("Raqqa", 35.95, 39.01, "SY"), d="2015", c=A, note="enslavement of a Yazidi woman in Raqqa, 2015"),
 R("MOVE", mode="return", m=["who was [repatriated] from the Roj camp"], a=[], t=["The defendant"], p=("Germany", "country", "DE"), d="2021-10", c=A, note="repatriation from Roj camp, October 2021"),
 R("AID", m=["was [granted] asylum in Germany in 2019"], a=[], t=["The woman, who testified under a false name"], p=("Germany", "country", "DE"), d="2019", c=CL, note="asylum granted to the Yazidi witness"),
 R("COERCE", acled=ABD, m=["She had been [held] by IS fighters for almost three years"], a=["IS fighters"], t=["The woman, who testified under a false name"], p=("Sinjar", 36.32, 41.88, "IQ"), d=("2014-08", "2017-07"), c=A, note="three years of captivity by IS"),
 R("COERCE", also=["ASSAULT"], acled=NSAOVER, m=["the group [overran] the Sinjar region of Iraq in August 2014"], a=["IS fighters"], t=[], p=("Sinjar", 36.32, 41.88, "IQ"), d="2014-08", c=A, note="background: IS overruns Sinjar, August 2014"),
 R("SUPPORT", m=["Rights groups [welcomed] the ruling"], a=["Rights groups"], t=[], p=None, c=A, opt=True, note="rights groups welcome ruling"),
]))

ARTS.append(dict(id="own_235", pub="2025-09-15", src="Sudan News Agency Monitor", text='''
Sudan's army presses Kordofan offensive, retakes Bara; drones pound Nyala as El Fasher siege tightens

PORT SUDAN (SNA) — Sudan's army said on Monday that its forces had retaken the town of Bara in North Kordofan after three days of fighting with the paramilitary Rapid Support Forces (RSF), the biggest gain so far in a campaign to break the RSF's hold on the Kordofan region.

The offensive, launched from El Obeid at the end of August, has advanced slowly westward along the main road. An army spokesman said units had eliminated hundreds of RSF fighters and destroyed 40 combat vehicles around Bara since Friday, figures that could not be verified, and that operations would continue "until every town in Kordofan is liberated".

Residents said soldiers entered Bara on Sunday afternoon after RSF units withdrew to the west. "We stayed under the bed for three days," said Hawa Ismail, 39, a tea seller. Aid groups evacuated about 300 wounded civilians from Bara to El Obeid by truck on Monday.

The army has also stepped up a drone campaign against RSF supply lines in Darfur. Its Turkish-made Bayraktar drones struck the airport in Nyala, the RSF's main base in South Darfur, on Saturday and Sunday, hitting what the army said were cargo planes unloading weapons. The RSF said the strikes had killed 11 civilians in homes near the runway. Early on Monday the RSF launched kamikaze drones at fuel depots in Port Sudan, starting a fire but causing no casualties, the authorities said.

In El Fasher, the RSF's siege of the North Darfur capital is in its 16th month. The paramilitary group has blocked every road into the city since May 2024, and aid agencies say no food convoy has got through since June. On Sunday, RSF shells hit a community kitchen in the Abu Shouk displacement camp, killing seven people, local volunteers said.

Near Umm Ruwaba, east of El Obeid, tribal elders said about 200 RSF fighters had accepted a deal to lay down their weapons in exchange for safe passage home. The army did not comment.
''', recs=[
 R("ASSAULT", also=["COERCE"], acled=CLASH, m=["Sudan's army [presses] Kordofan", "a [campaign] to break the RSF's hold", "The [offensive], launched from El Obeid", "has [advanced] slowly westward along the main road", "that [operations] would continue"], a=["Sudan's army"], t=["the paramilitary Rapid Support Forces (RSF)"], p=("North Kordofan", 13.18, 30.22, "SD"), d=("2025-08-25", "today"), c=CL, note="army's Kordofan offensive (campaign told across sentences)"),
 R("COERCE", acled=GOVREG, m=["offensive, [retakes] Bara", "its forces had [retaken] the town of Bara", "soldiers [entered] Bara on Sunday afternoon"], a=["Sudan's army"], t=["the paramilitary Rapid Support Forces (RSF)"], p=("Bara", 13.70, 30.37, "SD"), d="Sunday", c=CL, note="army retakes Bara"),
 R("ASSAULT", acled=CLASH, m=["after three days of [fighting] with the paramilitary", "units had [eliminated] hundreds of RSF fighters"], a=["Sudan's army"], t=["the paramilitary Rapid Support Forces (RSF)"], p=("Bara", 13.70, 30.37, "SD"), d=("Friday", "Sunday"), f=(200, 999), c=CL, note="three days of fighting around Bara, claimed toll"),
 R("RETREAT", m=["after RSF units [withdrew] to the west"], a=["RSF units"], t=[], p=("Bara", 13.70, 30.37, "SD"), d="Sunday", c=CL, note="RSF withdraws from Bara"),
 R("MOVE", mode="relocate", also=["AID"], m=["Aid groups [evacuated] about 300 wounded civilians"], a=["Aid groups"], t=["about 300 wounded civilians"], p=("El Obeid", 13.18, 30.22, "SD"), d="Monday", q=(300, 300), c=A, note="wounded evacuated from Bara to El Obeid"),
 R("ASSAULT", acled=AIR, m=["stepped up a drone [campaign] against RSF supply lines"], a=["The army"], t=["RSF supply lines in Darfur"], p=("Darfur", 13.0, 24.5, "SD"), c=A, opt=True, note="army drone campaign in Darfur (series)"),
 R("ASSAULT", acled=AIR, m=["drones [pound] Nyala", "Bayraktar drones [struck] the airport in Nyala", "the [strikes] had killed 11 civilians"], a=["The army"], t=["the airport in Nyala"], p=("Nyala", 12.05, 24.88, "SD"), d=("Saturday", "Sunday"), f=(11, 11), c=CL, note="drone strikes on Nyala airport; RSF says 11 civilians killed"),
 R("ASSAULT", acled=AIR, m=["the RSF [launched] kamikaze drones at fuel depots"], a=["the RSF"], t=["fuel depots in Port Sudan"], p=("Port Sudan", 19.62, 37.22, "SD"), d="Monday", f=(0, 0), c=CL, note="RSF drone attack on Port Sudan fuel depots"),
 R("COERCE", m=["El Fasher [siege] tightens", "the RSF's [siege] of the North Darfur capital", "has [blocked] every road into the city since May 2024"], a=["The paramilitary group"], t=["the North Darfur capital"], p=("El Fasher", 13.63, 25.35, "SD"), d=("2024-05", "today"), c=A, note="RSF siege of El Fasher since May 2024"),
 R("ASSAULT", acled=SHELL, m=["RSF shells [hit] a community kitchen"], a=["RSF"], t=["a community kitchen in the Abu Shouk displacement camp"], p=("Abu Shouk", 13.66, 25.33, "SD"), d="Sunday", f=(7, 7), c=CL, note="shelling of Abu Shouk community kitchen"),
 R("AGREE", also=["CONCEDE"], acled=AGR, m=["about 200 RSF fighters had [accepted] a deal to lay down their weapons"], a=["about 200 RSF fighters"], t=[], p=("Umm Ruwaba", 12.91, 31.22, "SD"), q=(200, 200), c=CL, note="surrender deal accepted near Umm Ruwaba"),
]))

ARTS.append(dict(id="own_236", pub="2023-11-26", src="Western India Chronicle", text='''
On this day: the night ten gunmen held Mumbai hostage

MUMBAI — Fifteen years ago tonight, on 26 November 2008, ten gunmen who had come ashore in inflatable dinghies at Colaba fanned out across south Mumbai and began a wave of attacks that would kill 166 people over the next three days.

The first shots were fired at about 9.30pm at the Leopold Cafe on Colaba Causeway, where two gunmen sprayed diners with automatic fire and threw a grenade, killing ten people. "I was at the counter with the bill. Then the glass came in," recalled Prakash Solanki, then a waiter there.

Minutes later, two other attackers walked into the main hall of Chhatrapati Shivaji Terminus and opened fire on commuters waiting for trains, killing 58 people. Later that night the same pair ambushed a police vehicle in a lane near the Metro cinema, killing the head of the city's anti-terrorism squad and two other senior officers.

Around the same time, a bomb planted in a taxi exploded at Vile Parle, near the airport, killing the driver and a passenger, and a second taxi blew up in Wadi Bunder near the docks, killing three.

At the Taj Mahal Palace hotel, four gunmen shot guests and staff and set fires that lit up the Gateway of India, while two more attacked the Oberoi-Trident at Nariman Point. Commandos retook the Oberoi on 28 November; at the Taj, the last gunmen were killed on the morning of 29 November after a battle fought floor by floor. At Nariman House, a Jewish centre, six hostages were killed before commandos dropped from helicopters onto the roof.

One of the two gunmen from the station was captured alive at Girgaum Chowpatty after police stopped his car at a roadblock; his companion was shot dead there. The captured man was sentenced to death in 2010 and hanged in Pune in November 2012.

Survivors gathered at the station this morning to lay flowers. "Every year I come back to the spot where my brother fell," said Sunita Kadam, 51.
''', recs=[
 R("MOVE", mode="cross_border", m=["had [come] ashore in inflatable dinghies at Colaba"], a=["ten gunmen"], t=[], p=("Colaba", 18.91, 72.82, "IN"), d="2008-11-26", q=(10, 10), c=A, opt=True, note="attackers land by sea at Colaba"),
 R("ASSAULT", acled=VAC, m=["the night ten gunmen [held] Mumbai hostage", "began a wave of [attacks] that would kill 166 people"], a=["ten gunmen"], t=[], p=("Mumbai", 19.07, 72.88, "IN"), d=("2008-11-26", "2008-11-29"), f=(166, 166), c=A, opt=True, note="summary of the three-day series"),
 R("ASSAULT", acled=VAC, m=["The first [shots] were fired at about 9.30pm", "two gunmen [sprayed] diners with automatic fire", "[threw] a grenade, killing ten people"], a=["two gunmen"], t=["diners"], p=("Colaba Causeway", 18.92, 72.83, "IN"), d="2008-11-26", f=(10, 10), c=A, note="Leopold Cafe shooting"),
 R("ASSAULT", acled=VAC, m=["[opened] fire on commuters waiting for trains", "the spot where my brother [fell]"], a=["two other attackers"], t=["commuters waiting for trains"], p=("Chhatrapati Shivaji Terminus", 18.94, 72.835, "IN"), d="2008-11-26", f=(58, 58), c=A, note="shooting at the railway terminus"),
 R("ASSAULT", acled=CLASH, m=["the same pair [ambushed] a police vehicle"], a=["the same pair"], t=["a police vehicle", "the head of the city's anti-terrorism squad and two other senior officers"], p=("Metro cinema", 18.943, 72.829, "IN"), d="2008-11-26", f=(3, 3), c=A, note="ambush of police vehicle near Metro cinema"),
 R("ASSAULT", acled=IED, m=["a bomb planted in a taxi [exploded] at Vile Parle"], a=[], t=["the driver and a passenger"], p=("Vile Parle", 19.10, 72.85, "IN"), d="2008-11-26", f=(2, 2), c=A, note="taxi bomb at Vile Parle"),
 R("ASSAULT", acled=IED, m=["a second taxi [blew] up in Wadi Bunder"], a=[], t=[], p=("Wadi Bunder", 18.96, 72.84, "IN"), d="2008-11-26", f=(3, 3), c=A, note="taxi bomb at Wadi Bunder (distinct)"),
 R("ASSAULT", acled=VAC, m=["four gunmen [shot] guests and staff", "[set] fires that lit up the Gateway of India"], a=["four gunmen"], t=["guests and staff"], p=("Taj Mahal Palace hotel", 18.922, 72.833, "IN"), d=("2008-11-26", "2008-11-29"), c=A, note="attack on the Taj hotel"),
 R("ASSAULT", acled=VAC, m=["two more [attacked] the Oberoi-Trident at Nariman Point"], a=["two more"], t=["the Oberoi-Trident"], p=("Nariman Point", 18.926, 72.822, "IN"), d="2008-11-26", c=A, note="attack on the Oberoi-Trident (distinct)"),
 R("ASSAULT", also=["COERCE"], acled=CLASH, m=["Commandos [retook] the Oberoi on 28 November"], a=["Commandos"], t=[], p=("Nariman Point", 18.926, 72.822, "IN"), d="2008-11-28", c=A, note="commandos retake the Oberoi"),
 R("ASSAULT", acled=CLASH, m=["the last gunmen were [killed] on the morning of 29 November", "after a [battle] fought floor by floor"], a=[], t=["the last gunmen"], p=("Taj Mahal Palace hotel", 18.922, 72.833, "IN"), d=("2008-11-27", "2008-11-29"), c=A, note="battle for the Taj ends"),
 R("ASSAULT", acled=VAC, m=["six hostages were [killed] before"], a=[], t=["six hostages"], p=("Nariman House", 18.916, 72.828, "IN"), d=("2008-11-26", "2008-11-28"), f=(6, 6), c=A, note="hostages killed at Nariman House"),
 R("ASSAULT", acled=CLASH, m=["commandos [dropped] from helicopters onto the roof"], a=["commandos"], t=[], p=("Nariman House", 18.916, 72.828, "IN"), d=("2008-11-27", "2008-11-28"), c=A, note="commando raid on Nariman House"),
 R("COERCE", acled=ARR, m=["was [captured] alive at Girgaum Chowpatty", "police [stopped] his car at a roadblock"], a=["police"], t=["One of the two gunmen from the station"], p=("Girgaum Chowpatty", 18.955, 72.814, "IN"), d=("2008-11-26", "2008-11-27"), q=(1, 1), c=A, note="capture of one gunman"),
 R("ASSAULT", acled=CLASH, m=["his companion was [shot] dead there"], a=["police"], t=["his companion"], p=("Girgaum Chowpatty", 18.955, 72.814, "IN"), d=("2008-11-26", "2008-11-27"), f=(1, 1), c=A, note="second gunman shot dead at the roadblock"),
 R("SANCTION", m=["was [sentenced] to death in 2010"], a=[], t=["The captured man"], p=("Mumbai", 19.07, 72.88, "IN"), d="2010", c=A, note="background: death sentence 2010"),
 R("SANCTION", m=["[hanged] in Pune in November 2012"], a=[], t=["The captured man"], p=("Pune", 18.52, 73.86, "IN"), d="2012-11", f=(1, 1), c=A, note="background: execution in Pune"),
 R("MOVE", mode="gather", m=["Survivors [gathered] at the station this morning"], a=["Survivors"], t=[], p=("Chhatrapati Shivaji Terminus", 18.94, 72.835, "IN"), d="today", c=A, opt=True, note="anniversary remembrance"),
]))

ARTS.append(dict(id="own_237", pub="2024-03-12", src="Refugee Routes Project", wrap=True, text='''
From Herat to Bielefeld in 14 months: one family's route

Testimony recorded in Bielefeld, Germany, in March 2024. Names have been changed.

Zarghuna and Naveed Sultani, both teachers, left Herat with their three children in January 2023, a year after the Taliban closed the girls' secondary school where Zarghuna taught.

A smuggler drove them south to Zaranj, and on a night in late January the family crossed into Iran on foot with about 30 other people. "We walked for six hours. My youngest was on my back the whole way," Zarghuna said.

They spent five months in Tehran, where Naveed worked on building sites. In June, police detained him at a metro station and held him for two nights at a deportation camp outside the city until a cousin paid 20 million rials.

In July 2023 the family paid $4,000 to be smuggled across the mountains into Turkey near Van. Turkish soldiers caught the group on the first attempt and sent it back over the border; on the second attempt, a week later, they got through.

After two months in Istanbul, they tried to cross the Evros river into Greece near Soufli in October. Greek police stopped them in a forest, took their phones and money, and put them in a boat back to the Turkish bank. "One policeman hit my husband with a stick in front of the children," Zarghuna said. Turkish gendarmes then held the family for 19 days at the removal centre in Edirne.

In November they crossed from Ayvalık to Lesbos on a rubber boat and were registered at the Mavrovouni camp. In January a lorry driver hid them in a container on a ferry to Italy, and they reached Germany by train in February.

The family has applied for asylum. Their first interview is due in May.
''', recs=[
 R("COERCE", m=["the Taliban [closed] the girls' secondary school"], a=["the Taliban"], t=["the girls' secondary school where Zarghuna taught"], p=("Herat", 34.35, 62.20, "AF"), d="2022", c=A, note="background: Taliban close girls' school"),
 R("MOVE", mode="flee", m=["[left] Herat with their three children in January 2023"], a=["Zarghuna and Naveed Sultani"], t=[], p=("Herat", 34.35, 62.20, "AF"), d="2023-01", q=(5, 5), c=CL, note="family leaves Herat"),
 R("MOVE", mode="smuggle", m=["A smuggler [drove] them south to Zaranj"], a=["A smuggler"], t=["Zarghuna and Naveed Sultani"], p=("Zaranj", 30.96, 61.86, "AF"), d="2023-01", c=CL, note="smuggler drives family to Zaranj"),
 R("MOVE", mode="cross_border", m=["the family [crossed] into Iran on foot", "We [walked] for six hours"], a=["the family"], t=[], p=("Zaranj", 30.96, 61.86, "AF"), d=("2023-01-20", "2023-01-31"), q=(35, 35), c=CL, note="night crossing into Iran"),
 R("COERCE", m=["police [detained] him at a metro station", "[held] him for two nights at a deportation camp"], a=["police"], t=["Naveed"], p=("Tehran", 35.69, 51.39, "IR"), d="2023-06", q=(1, 1), c=CL, note="father detained in Tehran"),
 R("MOVE", mode="smuggle", m=["paid $4,000 to be [smuggled] across the mountains into Turkey", "on the second attempt, a week later, they [got] through"], a=["the family"], t=[], p=("Van", 38.49, 43.38, "TR"), d="2023-07", c=CL, note="smuggled into Turkey near Van"),
 R("MOVE", mode="deport", also=["COERCE"], m=["Turkish soldiers [caught] the group on the first attempt", "[sent] it back over the border"], a=["Turkish soldiers"], t=["the group"], p=("Van", 38.49, 43.38, "TR"), d="2023-07", c=CL, note="first attempt: pushed back to Iran"),
 R("MOVE", mode="cross_border", m=["they [tried] to cross the Evros river into Greece near Soufli"], a=["the family"], t=[], p=("Soufli", 41.19, 26.30, "GR"), d="2023-10", c=CL, note="attempted Evros crossing"),
 R("COERCE", m=["Greek police [stopped] them in a forest", "[took] their phones and money"], a=["Greek police"], t=[], p=("Soufli", 41.19, 26.30, "GR"), d="2023-10", c=CL, note="family stopped and robbed by police"),
 R("MOVE", mode="deport", also=["COERCE"], m=["[put] them in a boat back to the Turkish bank"], a=["Greek police"], t=[], p=("Soufli", 41.19, 26.30, "GR"), d="2023-10", c=CL, note="pushback across the Evros"),
 R("ASSAULT", acled=VAC, m=["One policeman [hit] my husband with a stick"], a=["One policeman"], t=["my husband"], p=("Soufli", 41.19, 26.30, "GR"), d="2023-10", i=(1, 1), c=CL, note="father beaten during pushback"),
 R("COERCE", m=["Turkish gendarmes then [held] the family for 19 days"], a=["Turkish gendarmes"], t=["the family"], p=("Edirne", 41.68, 26.56, "TR"), d=("2023-10", "2023-11"), c=CL, note="detention at Edirne removal centre"),
 R("MOVE", mode="cross_border", m=["they [crossed] from Ayvalık to Lesbos on a rubber boat"], a=["the family"], t=[], p=("Lesbos", 39.17, 26.33, "GR"), d="2023-11", c=CL, note="boat crossing to Lesbos"),
 R("MOVE", mode="smuggle", m=["a lorry driver [hid] them in a container on a ferry to Italy"], a=["a lorry driver"], t=[], p=("Italy", "country", "IT"), d="2024-01", c=CL, note="smuggled to Italy in a container"),
 R("MOVE", mode="cross_border", m=["they [reached] Germany by train in February"], a=["the family"], t=[], p=("Germany", "country", "DE"), d="2024-02", c=CL, note="arrival in Germany"),
 R("REQUEST", m=["The family has [applied] for asylum"], a=["The family"], t=[], p=("Germany", "country", "DE"), c=CL, note="asylum application"),
]))

ARTS.append(dict(id="own_238", pub="2024-10-10", src="East Africa Politics Desk", text='''
Opposition accuses government of 'war on dissent' after Kakamega rally is broken up

NAIROBI — Kenya's main opposition coalition accused the government of sponsoring gangs to disrupt its rallies after youths armed with clubs and stones broke up a meeting addressed by its leaders in Kakamega, injuring at least eight people.

Police fired tear gas to separate the rival groups at the town's Bukhungu stadium, and two vehicles in the opposition convoy had their windscreens smashed. Officers arrested 14 people.

At a news conference in Nairobi, coalition leaders said the violence was part of a wider "war on dissent" and accused police of abducting two of the party's youth organisers in Nakuru. "We know who paid those boys," said the coalition's secretary-general. The party demanded an independent inquiry and said it would call protests in every county if the two men were not produced in court.

A police spokesperson denied that officers were holding the organisers and said a missing persons report was being investigated.

The ruling party dismissed the claims as "cheap propaganda". One of its senators said the opposition was attacking the government because it had run out of ideas, and accused its leaders of torpedoing the budget process. "Their attacks on our party will not derail our development agenda," he said. Another MP threatened to sue the coalition's leader for defamation.

Analysts described the exchanges as a warning shot before the by-elections, and one compared the two sides to boxers "trading blows in the final round". In parliament, the speaker shot down a motion to debate the Kakamega violence, ruling it out of order.
''', recs=[
 R("ASSAULT", acled=MOB, m=["Kakamega rally is [broken] up", "youths armed with clubs and stones [broke] up a meeting", "the [violence] was part of a wider", "to debate the Kakamega [violence], ruling"], a=["youths armed with clubs and stones"], t=["a meeting addressed by its leaders"], p=("Kakamega", 0.28, 34.75, "KE"), i=(8, 8), c=A, note="rally broken up by armed youths; later references merge"),
 R("COERCE", m=["Police [fired] tear gas to separate the rival groups"], a=["Police"], t=["the rival groups"], p=("Bukhungu stadium", 0.29, 34.76, "KE"), c=A, note="police tear gas at the stadium"),
 R("COERCE", acled=LOOT, m=["had their windscreens [smashed]"], a=[], t=["two vehicles in the opposition convoy"], p=("Kakamega", 0.28, 34.75, "KE"), c=A, opt=True, note="convoy vehicles damaged"),
 R("COERCE", acled=ARR, m=["Officers [arrested] 14 people"], a=["Officers"], t=["14 people"], p=("Kakamega", 0.28, 34.75, "KE"), q=(14, 14), c=A, note="14 arrested"),
 R("ACCUSE", m=["Opposition [accuses] government of 'war on dissent'", "opposition coalition [accused] the government of sponsoring gangs", "We know who [paid] those boys"], a=["Kenya's main opposition coalition"], t=["the government"], p=None, c=A, note="opposition accuses government of sponsoring gangs"),
 R("ACCUSE", m=["and [accused] police of"], a=["coalition leaders"], t=["police"], p=None, c=A, note="accusation that police abducted organisers"),
 R("COERCE", acled=ABD, m=["[abducting] two of the party's youth organisers in Nakuru", "officers were [holding] the organisers"], a=["police"], t=["two of the party's youth organisers"], p=("Nakuru", -0.30, 36.07, "KE"), q=(2, 2), c=["claimed", "denied"], note="alleged abduction of two organisers, denied"),
 R("REQUEST", m=["The party [demanded] an independent inquiry"], a=["The party"], t=[], p=None, c=A, note="demand for inquiry"),
 R("THREATEN", also=["PROTEST"], m=["it would [call] protests in every county"], a=["The party"], t=[], p=("Kenya", "country", "KE"), c=HY, note="conditional threat of nationwide protests"),
 R("REJECT", m=["A police spokesperson [denied]"], a=["A police spokesperson"], t=[], p=None, c=DN, note="police deny holding the organisers"),
 R("REJECT", m=["The ruling party [dismissed] the claims"], a=["The ruling party"], t=[], p=None, c=DN, note="ruling party dismisses claims"),
 R("ACCUSE", m=["and [accused] its leaders of torpedoing the budget process"], a=["One of its senators"], t=["the opposition"], p=None, c=A, note="senator's counter-accusation (figurative 'attacking' not coded)"),
 R("THREATEN", m=["Another MP [threatened] to sue the coalition's leader"], a=["Another MP"], t=["the coalition's leader"], p=None, c=HY, note="threat of defamation suit"),
 R("REJECT", m=["the speaker [shot] down a motion"], a=["the speaker"], t=[], p=None, c=A, opt=True, note="motion ruled out of order (figurative 'shot down')"),
]))

ARTS.append(dict(id="own_239", pub="2025-10-08", src="Pakistan News Service", wrap=True, text='''
Charsadda bombing: CTD kills four militants in raid as funerals held for 11 policemen

PESHAWAR (PNS) — Counter-terrorism police said on Wednesday they had killed four suspected militants in a raid on a hideout in Khyber district, a day after a suicide bomber rammed an explosives-laden car into a police convoy in Charsadda, killing 11 officers and two passers-by.

The Counter Terrorism Department (CTD) said the men killed in the pre-dawn raid near Bara had links to the cell behind Tuesday's bombing and opened fire when officers surrounded the compound. Two CTD officers were wounded. Six more suspects were arrested in Charsadda and Mardan overnight.

Tuesday's attack hit the convoy as it crossed the Sardaryab bridge on the Peshawar road. The blast threw a police van into the river and damaged a row of shops; hospital officials said 23 people were being treated for wounds.

A splinter faction of the Pakistani Taliban, Jamaat-ul-Ahrar, said it had carried out the bombing. The main Tehreek-e-Taliban Pakistan (TTP) denied any role.

Funeral prayers for the 11 policemen were held at the police lines in Peshawar on Wednesday morning, attended by the provincial governor and hundreds of officers.

Police identified the bomber as a 22-year-old from Mohmand district who had crossed into Afghanistan in 2021 and, according to intelligence officials, trained at a camp in Kunar province. He was arrested in 2020 after a sectarian brawl in his village but released on bail.

Lawmakers in the provincial assembly accused the federal government of ignoring warnings of an imminent attack and demanded the resignation of the province's police chief. The foreign office said Pakistan had asked the Taliban administration in Kabul to hand over TTP leaders sheltering in Afghanistan.

The United Nations and the European Union condemned the bombing.
''', recs=[
 R("ASSAULT", acled=SUIC, m=["Charsadda [bombing]: CTD", "a suicide bomber [rammed] an explosives-laden car into a police convoy", "the cell behind Tuesday's [bombing]", "Tuesday's [attack] hit the convoy", "The [blast] threw a police van into the river", "23 people were being [treated] for wounds", "it had carried out the [bombing]"], a=["a suicide bomber", "Jamaat-ul-Ahrar"], t=["a police convoy"], p=("Sardaryab bridge", 34.14, 71.66, "PK"), d="Tuesday", f=(13, 13), i=(23, 23), c=CL, note="suicide car bombing of police convoy; retellings and claim merge"),
 R("ASSAULT", acled=CLASH, m=["[kills] four militants in raid", "they had [killed] four suspected militants in a raid on a hideout", "the men [killed] in the pre-dawn raid near Bara", "[opened] fire when officers surrounded the compound", "Two CTD officers were [wounded]"], a=["Counter-terrorism police", "The Counter Terrorism Department (CTD)"], t=["four suspected militants"], p=("Bara", 33.91, 71.46, "PK"), d="Wednesday", f=(4, 4), i=(2, 2), c=CL, note="CTD raid and firefight near Bara"),
 R("COERCE", acled=ARR, m=["Six more suspects were [arrested] in Charsadda and Mardan overnight"], a=[], t=["Six more suspects"], p=("Charsadda", 34.15, 71.74, "PK"), d=("Tuesday", "Wednesday"), q=(6, 6), c=CL, note="six suspects arrested"),
 R("REJECT", m=["Tehreek-e-Taliban Pakistan (TTP) [denied] any role"], a=["The main Tehreek-e-Taliban Pakistan (TTP)"], t=[], p=None, c=DN, note="TTP denies involvement"),
 R("MOVE", mode="gather", m=["Funeral [prayers] for the 11 policemen were held"], a=[], t=[], p=("Peshawar", 34.01, 71.58, "PK"), d="Wednesday", c=A, opt=True, note="funeral prayers for the policemen"),
 R("MOVE", mode="cross_border", m=["who had [crossed] into Afghanistan in 2021"], a=["a 22-year-old from Mohmand district"], t=[], p=("Afghanistan", "country", "AF"), d="2021", c=CL, note="background: bomber crossed into Afghanistan, 2021"),
 R("MOBILIZE", m=["[trained] at a camp in Kunar province"], a=["a 22-year-old from Mohmand district"], t=[], p=("Kunar province", 34.87, 71.15, "AF"), c=CL, opt=True, note="background: training in Kunar"),
 R("COERCE", m=["He was [arrested] in 2020"], a=[], t=["a 22-year-old from Mohmand district"], p=("Mohmand district", 34.40, 71.35, "PK"), d="2020", c=CL, note="background: 2020 arrest"),
 R("ASSAULT", acled=MOB, m=["a sectarian [brawl] in his village"], a=[], t=[], p=("Mohmand district", 34.40, 71.35, "PK"), d="2020", c=CL, opt=True, note="background: sectarian brawl"),
 R("ACCUSE", m=["Lawmakers in the provincial assembly [accused] the federal government"], a=["Lawmakers in the provincial assembly"], t=["the federal government"], p=None, c=A, note="lawmakers accuse government of ignoring warnings"),
 R("REQUEST", m=["[demanded] the resignation of the province's police chief"], a=["Lawmakers in the provincial assembly"], t=["the province's police chief"], p=None, c=A, note="demand for police chief's resignation"),
 R("REQUEST", m=["Pakistan had [asked] the Taliban administration in Kabul"], a=["Pakistan"], t=["the Taliban administration in Kabul"], p=None, c=CL, note="request to hand over TTP leaders"),
 R("ACCUSE", m=["the European Union [condemned] the bombing"], a=["The United Nations and the European Union"], t=[], p=None, c=A, note="UN and EU condemn the bombing"),
]))

ARTS.append(dict(id="own_240", pub="2025-04-10", src="Upper Midwest Courts Wire", text='''
Burnsville man gets 12 years for trying to join Islamic State; teen accused of mall plot ordered held

MINNEAPOLIS — A federal judge in Minneapolis on Wednesday sentenced a 24-year-old Burnsville man to 12 years in prison for trying to travel to Syria to join the Islamic State group, the Justice Department said.

Ayanle Dirir was arrested at Minneapolis–St. Paul International Airport in June 2023 as he tried to board a flight to Istanbul. Prosecutors said an FBI informant he had met in an online chat group had alerted agents to his plans weeks earlier. Dirir pleaded guilty in November to attempting to provide material support to a foreign terrorist organisation.

At Wednesday's hearing, the judge said Dirir had also wired $1,800 to an IS fighter in Syria in 2022 and had posted videos urging others to join the group. Dirir told the court he had been "lost and angry" and apologised to his family. His parents, who came to Minnesota as refugees from Somalia in 2001, sat in the front row.

In a separate case, a magistrate judge in St. Paul on Tuesday ordered a 19-year-old man held without bail until trial on charges that he plotted to attack a shopping centre in Bloomington. Prosecutors said the man, who was arrested on 28 March at his home in Eagan, had bought a rifle and scouted the mall's entrances. His lawyer said he would plead not guilty and asked for a psychiatric evaluation. The hearing was adjourned until May.

Federal prosecutors in Minnesota have charged more than a dozen people with terrorism offences since 2015.
''', recs=[
 R("SANCTION", m=["Burnsville man [gets] 12 years", "A federal judge in Minneapolis on Wednesday [sentenced] a 24-year-old Burnsville man"], a=["A federal judge in Minneapolis"], t=["a 24-year-old Burnsville man", "Ayanle Dirir"], p=("Minneapolis", 44.98, -93.26, "US"), d="Wednesday", c=A, note="12-year sentence for attempted material support"),
 R("MOVE", mode="cross_border", m=["for trying to [travel] to Syria", "as he [tried] to board a flight to Istanbul"], a=["Ayanle Dirir"], t=[], p=("Minneapolis–St. Paul International Airport", 44.88, -93.22, "US"), d="2023-06", c=HY, note="attempted travel to join IS"),
 R("COERCE", acled=ARR, m=["Ayanle Dirir was [arrested] at Minneapolis–St. Paul International Airport"], a=[], t=["Ayanle Dirir"], p=("Minneapolis–St. Paul International Airport", 44.88, -93.22, "US"), d="2023-06", q=(1, 1), c=A, note="arrest at the airport, June 2023"),
 R("ACCUSE", m=["had [alerted] agents to his plans weeks earlier"], a=["an FBI informant he had met in an online chat group"], t=["Ayanle Dirir"], p=None, d=("2023-05", "2023-06"), c=CL, note="informant alerts FBI"),
 R("CONCEDE", m=["Dirir [pleaded] guilty in November"], a=["Dirir"], t=[], p=("Minneapolis", 44.98, -93.26, "US"), d="2024-11", c=A, note="guilty plea (coded as CONCEDE)"),
 R("AID", also=["COOPERATE"], m=["Dirir had also [wired] $1,800 to an IS fighter in Syria"], a=["Dirir"], t=["an IS fighter in Syria"], p=None, d="2022", c=CL, note="background: money wired to IS fighter, 2022"),
 R("SUPPORT", m=["had [posted] videos urging others to join the group"], a=["Dirir"], t=[], p=None, c=CL, opt=True, note="propaganda videos"),
 R("CONCEDE", m=["[apologised] to his family"], a=["Dirir"], t=["his family"], p=("Minneapolis", 44.98, -93.26, "US"), d="Wednesday", c=A, opt=True, note="apology in court"),
 R("MOVE", mode="cross_border", m=["who [came] to Minnesota as refugees from Somalia in 2001"], a=["His parents"], t=[], p=("Minnesota", 46.0, -94.5, "US"), d="2001", c=A, opt=True, note="background: parents resettled as refugees"),
 R("COERCE", m=["ordered a 19-year-old man [held] without bail"], a=["a magistrate judge in St. Paul"], t=["a 19-year-old man"], p=("St. Paul", 44.94, -93.09, "US"), d="Tuesday", c=A, note="detention order until trial"),
 R("ACCUSE", m=["until trial on [charges] that he"], a=[], t=["a 19-year-old man"], p=None, c=A, note="plot charges"),
 R("ASSAULT", m=["plotted to [attack] a shopping centre in Bloomington"], a=["a 19-year-old man"], t=["a shopping centre in Bloomington"], p=("Bloomington", 44.84, -93.30, "US"), c=HY, note="planned attack on Bloomington mall (hypothetical)"),
 R("COERCE", acled=ARR, m=["who was [arrested] on 28 March at his home in Eagan"], a=[], t=["a 19-year-old man"], p=("Eagan", 44.80, -93.17, "US"), d="2025-03-28", q=(1, 1), c=A, note="arrest of plot suspect"),
 R("MOBILIZE", m=["had [bought] a rifle and scouted the mall's entrances"], a=["a 19-year-old man"], t=[], p=("Bloomington", 44.84, -93.30, "US"), c=CL, opt=True, note="preparations for the plot"),
]))
