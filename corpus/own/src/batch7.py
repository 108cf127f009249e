from common import *
ARTS = []
ARTS.append(dict(id="own_023", pub="2026-08-29", src="Noroeste Wire", wrap=True, text='''
Gun battles shake Culiacán; mothers of the missing march downtown

CULIACÁN, Mexico — Gunmen from rival factions of the Sinaloa Cartel fought for several hours in the Tierra Blanca neighbourhood of Culiacán on Thursday, leaving at least six dead, the Sinaloa state prosecutor's office said.

Residents posted videos of armed men firing from pickup trucks and of burning cars blocking avenues. Schools in the area were closed on Friday. The fighting is the latest flare-up in a feud between the faction loyal to the sons of Joaquín "El Chapo" Guzmán and the one led by Ismael "El Mayo" Zambada's followers.

Federal troops later detained five suspects and seized rifles and a grenade launcher, the security cabinet said.

On Friday about 300 people, most of them mothers of people who have disappeared, marched from the cathedral to the state government palace to demand that authorities search for their relatives. "My son went to work in March and never came back," said Rosa Elena Castro, 56, carrying his photograph.

The prosecutor's office says more than 1,400 people have been reported missing in the state since the feud began. The governor did not meet the marchers.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["Gun [battles] shake Culiacán", "Sinaloa Cartel [fought] for several hours", "Residents posted videos of armed men [firing] from pickup trucks", "The [fighting] is the latest flare-up"], a=["Gunmen from rival factions of the Sinaloa Cartel"], t=[], p=("Culiacán", 24.80, -107.39, "MX"), d="Thursday", f=(6, 10), c=CL, note="cartel factions fight in Tierra Blanca, Culiacán"),
 R("COERCE", acled=ARR, m=["Federal troops later [detained] five suspects", "[seized] rifles and a grenade launcher"], a=["Federal troops"], t=["five suspects"], p=("Culiacán", 24.80, -107.39, "MX"), d=("Thursday", "Friday"), q=(5, 5), c=CL, note="troops detain five suspects, seize weapons"),
 R("PROTEST", acled=PEACE, m=["mothers of the missing [march] downtown", "[marched] from the cathedral to the state government palace", "did not meet the [marchers]"], a=["about 300 people", "mothers of people who have disappeared"], t=["authorities", "The governor"], p=("Culiacán", 24.80, -107.39, "MX"), d="Friday", q=(300, 300), c=A, note="mothers of disappeared march in Culiacán"),
 R("COERCE", acled=ABD, m=["My son went to work in March and never [came] back"], a=[], t=["My son"], p=("Culiacán", 24.80, -107.39, "MX"), d="2026-03", c=CL, opt=True, note="Rosa Elena Castro's son disappeared"),
]))

ARTS.append(dict(id="own_024", pub="2026-09-08", src="Camp Voices Project", text='''
"They burned the village, then they burned the road": Rohingya arrivals in Kutupalong

KUTUPALONG, Bangladesh — Sitting on the floor of a bamboo shelter in Camp 4, Setara Begum, 35, counts on her fingers the days she spent walking from her village near Buthidaung to the Naf river: nine.

"The drones came first, then the men with guns. They burned the village, then they burned the road," she said. Her husband was shot dead in the paddy field behind their house in early August, she said. She did not know which armed group the gunmen belonged to.

Her father-in-law, Abdul Hamid, 68, said the family paid a boatman 200,000 kyat a head to cross to Bangladesh at night. "The boat was made for ten people. We were thirty," he recalled.

A Bangladeshi patrol stopped them on the shore near Shah Porir Dwip and held them for a day before letting them go to the camp, he said.

Another new arrival, Mohammad Yunus, 17, said fighters had taken him and other boys from his village to carry ammunition for a week before he escaped. "I ran at night through the hills," he said.

Aid agencies say they lack funds to register newcomers, and rations in the camps were cut last year.
''', recs=[
 R("ASSAULT", acled=AIR, m=["The [drones] came first"], a=[], t=[], p=("Buthidaung", 20.87, 92.53, "MM"), d="2026-08", c=CL, note="drone attack on Setara's village near Buthidaung"),
 R("ASSAULT", acled=VAC, also=["COERCE"], m=['then they [burned] the road": Rohingya', 'then they [burned] the road," she said', "then the men with [guns]"], a=["the men with guns", "the gunmen"], t=["the village"], p=("Buthidaung", 20.87, 92.53, "MM"), d="2026-08", c=CL, note="gunmen burn village near Buthidaung"),
 R("ASSAULT", acled=VAC, m=["Her husband was [shot] dead in the paddy field"], a=["the gunmen"], t=["Her husband"], p=("Buthidaung", 20.87, 92.53, "MM"), d=("2026-08-01", "2026-08-10"), f=(1, 1), c=CL, note="husband shot dead in early August"),
 R("MOVE", mode="cross_border", m=["she spent [walking] from her village near Buthidaung to the Naf river", "paid a boatman 200,000 kyat a head to [cross] to Bangladesh", "The [boat] was made for ten people"], a=["Setara Begum", "the family"], p=("Shah Porir Dwip", 20.77, 92.33, "BD"), d="2026-08", q=(30, 30), c=CL, note="family walks to Naf and crosses by boat to Bangladesh"),
 R("COERCE", m=["A Bangladeshi patrol [stopped] them on the shore", "[held] them for a day"], a=["A Bangladeshi patrol"], t=["them"], p=("Shah Porir Dwip", 20.77, 92.33, "BD"), d="2026-08", c=CL, note="Bangladeshi patrol detains family for a day"),
 R("COERCE", acled=ABD, m=["fighters had [taken] him and other boys", "I [ran] at night through the hills"], a=["fighters"], t=["Mohammad Yunus", "other boys"], p=None, c=CL, note="boys taken by fighters to carry ammunition; Yunus escapes"),
 R("SANCTION", also=["AID"], m=["rations in the camps were [cut] last year"], a=[], t=[], p=("Kutupalong", 21.21, 92.16, "BD"), d="2025", c=A, opt=True, note="ration cut in camps"),
]))
