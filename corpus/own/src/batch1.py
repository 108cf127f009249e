from common import *
ARTS = []
ARTS.append(dict(id="own_001", pub="2025-02-11", src="Great Lakes Wire", text='''
Shells hit displacement camp outside Goma, killing at least 12

GOMA, Congo (GLW) — Artillery shells slammed into a crowded displacement camp west of Goma on Monday, killing at least 12 people and wounding about 30, camp leaders and hospital staff said.

The shelling struck the Mugunga site, where tens of thousands of families who fled fighting in Masisi and Rutshuru territories live under plastic sheeting. Most of the dead were women and children queuing for water, according to Jean-Baptiste Kasereka, a camp committee member.

The army blamed M23 rebels, who hold hills north-west of the city, for the attack. A spokesman for the rebel group denied firing on civilians and accused government forces and allied militias of placing artillery next to the camp.

"The bombs came while we were fetching water. I counted the bodies myself," said Esperance Mapendo, 34, whose neighbour's two sons were among those killed.

Doctors at Ndosho hospital said they had received 27 wounded, several with shrapnel injuries to the head.

Fighting between M23 and the army has driven more than 1.7 million people from their homes in North Kivu since 2022, according to United Nations figures.

Separately, the army said it had arrested four men suspected of collaborating with the rebels at a checkpoint in Sake on Sunday. Police declined to comment on their whereabouts.
''', recs=[
 R("ASSAULT", acled=SHELL, m=["Shells [hit] displacement camp outside Goma", "Artillery shells [slammed] into a crowded displacement camp", "The [shelling] struck the Mugunga site", "for the [attack]", "denied [firing] on civilians", "The [bombs] came while we were fetching water", "had received 27 [wounded]"],
   a=["M23 rebels"], t=["a crowded displacement camp", "women and children"], p=("Mugunga", -1.62, 29.16, "CD"), d="Monday", f=(12, 20), i=(27, 35), c=["asserted", "claimed", "denied"], note="shelling of Mugunga displacement camp near Goma"),
 R("ACCUSE", m=["The army [blamed] M23 rebels"], a=["The army"], t=["M23 rebels"], p=None, d=("Monday", "today"), c=CL, note="army blames M23 for the camp shelling"),
 R("ACCUSE", m=["[accused] government forces and allied militias"], a=["A spokesman for the rebel group"], t=["government forces and allied militias"], p=None, d=("Monday", "today"), c=CL, note="M23 accuses army of placing artillery next to camp"),
 R("MOVE", mode="flee", m=["families who [fled] fighting in Masisi"], a=["tens of thousands of families"], p=("Masisi", -1.40, 28.82, "CD"), c=A, opt=True, note="families fled fighting in Masisi and Rutshuru (background)"),
 R("COERCE", acled=ARR, m=["it had [arrested] four men suspected"], a=["the army"], t=["four men suspected of collaborating with the rebels"], p=("Sake", -1.573, 29.045, "CD"), d="Sunday", q=(4, 4), c=CL, note="army arrests four suspected rebel collaborators at Sake"),
]))

ARTS.append(dict(id="own_002", pub="2025-03-06", src="Sahel Monitor", text='''
Roadside bomb kills soldiers near Boni as jihadists tighten grip on central Mali

BAMAKO (Sahel Monitor) — At least seven Malian soldiers were killed on Tuesday when their vehicle struck an improvised explosive device on the road between Douentza and Boni, in the Mopti region, two security sources said.

The blast tore through the lead truck of a supply convoy heading to the army camp at Boni, a town that has been under a blockade by fighters of the al-Qaeda-linked JNIM for months. Four other soldiers were wounded and evacuated to Sévaré.

No group claimed the bombing, but JNIM has repeatedly mined the route. "That road is a death trap. Every convoy loses someone," said a local official who asked not to be named.

Hours later, gunmen on motorcycles stormed the village of Dinangourou, roughly 80 km to the south-west, burning granaries and killing three herders, residents said. It was not clear whether the two attacks were linked.

Mali's armed forces said in a statement that they had "neutralised" a number of terrorists in air strikes around Boni the following day, without giving a toll. The statement could not be independently verified.

Violence in central Mali has killed thousands of civilians since 2015.
''', recs=[
 R("ASSAULT", acled=IED, m=["Roadside [bomb] kills soldiers near Boni", "At least seven Malian soldiers were [killed] on Tuesday", "their vehicle [struck] an improvised explosive device", "The [blast] tore through the lead truck", "No group claimed the [bombing]"], a=[], t=["Malian soldiers", "a supply convoy"], p=("Boni", 15.08, -1.90, "ML"), d="Tuesday", f=(7, 10), i=(4, 4), c=AC, note="IED on army convoy between Douentza and Boni"),
 R("COERCE", m=["under a [blockade] by fighters"], a=["fighters of the al-Qaeda-linked JNIM"], t=[], p=("Boni", 15.08, -1.90, "ML"), c=A, opt=True, note="JNIM blockade of Boni (ongoing, months)"),
 R("ASSAULT", acled=VAC, m=["gunmen on motorcycles [stormed] the village of Dinangourou", "burning granaries and [killing] three herders"], a=["gunmen on motorcycles"], t=["three herders", "the village of Dinangourou"], p=("Dinangourou", 14.44, -2.24, "ML"), d="Tuesday", f=(3, 3), c=CL, note="gunmen raid Dinangourou, kill three herders"),
 R("ASSAULT", acled=AIR, m=["a number of terrorists in air [strikes] around Boni"], a=["Mali's armed forces"], t=["terrorists"], p=("Boni", 15.08, -1.90, "ML"), d="Wednesday", c=CL, note="army air strikes around Boni the following day"),
 R("MOVE", mode="relocate", m=["wounded and [evacuated] to Sévaré"], a=["Four other soldiers"], p=("Sévaré", 14.53, -4.10, "ML"), d="Tuesday", c=A, opt=True, note="wounded soldiers evacuated to Sévaré"),
]))

ARTS.append(dict(id="own_003", pub="2025-04-19", src="Radio Sahel Libre", wrap=True, text='''
Djibo residents report new attack on water point; army convoy reaches town

Djibo, Burkina Faso — Suspected jihadist fighters attacked a water point on the western edge of Djibo early on Friday, killing between five and eight civilians who had gone to fill jerrycans, residents told our correspondent by telephone.

The town, in Burkina Faso's Soum province, has been encircled for more than two years. Residents say the fighters, whom they describe as members of JNIM, regularly fire on anyone who leaves the town's defensive trench.

"They waited until the women were at the pump, then they opened fire," said Boukary Sawadogo, a shopkeeper. "We buried six people this afternoon."

On Thursday a military convoy escorting some 80 trucks of food and fuel reached Djibo from Kaya after a week on the road, the army said. The convoy was ambushed twice along the way, but the army said it repelled the attackers and suffered no losses.

A regional official said about 2,000 people had left Djibo for Ouahigouya in March alone.

The government did not respond to requests for comment on the attack on the water point.
''', recs=[
 R("ASSAULT", acled=VAC, m=["[attacked] a water point on the western edge of Djibo", "then they [opened] fire", "We [buried] six people this afternoon", "comment on the [attack] on the water point"], a=["Suspected jihadist fighters", "JNIM"], t=["civilians who had gone to fill jerrycans", "the women"], p=("Djibo", 14.10, -1.63, "BF"), d="Friday", f=(5, 8), c=CL, note="jihadists attack Djibo water point, 5-8 civilians killed"),
 R("COERCE", m=["has been [encircled] for more than two years"], a=["the fighters"], t=["The town"], p=("Djibo", 14.10, -1.63, "BF"), c=A, opt=True, note="ongoing siege of Djibo"),
 R("AID", m=["a military convoy [escorting] some 80 trucks of food and fuel", "[reached] Djibo from Kaya"], a=["a military convoy"], p=("Djibo", 14.10, -1.63, "BF"), d="Thursday", q=(80, 80), c=CL, note="army escorts food/fuel convoy into Djibo"),
 R("ASSAULT", acled=CLASH, m=["The convoy was [ambushed] twice along the way", "it [repelled] the attackers"], a=["the attackers"], t=["The convoy"], p=None, d=("-13", "Thursday"), f=(0, 0), c=CL, note="convoy ambushed twice between Kaya and Djibo"),
 R("MOVE", mode="flee", m=["people had [left] Djibo for Ouahigouya in March"], a=["about 2,000 people"], p=("Djibo", 14.10, -1.63, "BF"), d="2025-03", q=(2000, 2000), c=CL, note="about 2,000 leave Djibo for Ouahigouya in March"),
]))

ARTS.append(dict(id="own_004", pub="2025-05-27", src="Niger Valley Observer", text='''
Gunmen kill villagers in Tillabéri as Niger's junta extends state of emergency

NIAMEY — Armed men killed at least 21 people in an attack on a village in Niger's Tillabéri region near the border with Mali, local officials said on Monday.

The assailants arrived on dozens of motorcycles on Sunday evening in Fambita, in the Tera department, and fired on worshippers gathered for prayers, the officials said. A local councillor, Issoufou Garba, put the toll at "about two dozen dead" and said more than ten people were wounded.

Authorities blamed the Islamic State in the Sahel, which is active in the tri-border zone between Niger, Mali and Burkina Faso. The group did not claim responsibility.

The ruling military council announced on Monday that it was extending a state of emergency in Tillabéri by three months and ordered a night curfew on motorcycles.

Hundreds of people have fled surrounding villages for the town of Tera since the attack, a humanitarian worker said.

Attacks by armed groups have killed more than 2,500 people in the region since 2021, according to a tally by a local rights group. In the capital, meanwhile, the national football team beat Togo 2-0 in a friendly.
''', recs=[
 R("ASSAULT", acled=VAC, m=["Gunmen [kill] villagers in Tillabéri", "killed at least 21 people in an [attack] on a village", "[fired] on worshippers gathered for prayers", "about two dozen [dead]"], a=["Armed men", "The assailants", "the Islamic State in the Sahel"], t=["worshippers gathered for prayers", "a village"], p=("Fambita", 14.02, 0.75, "NE"), d="Sunday", f=(21, 26), i=(11, 20), c=CL, note="gunmen kill worshippers in Fambita, Tera department"),
 R("ACCUSE", m=["Authorities [blamed] the Islamic State in the Sahel"], a=["Authorities"], t=["the Islamic State in the Sahel"], p=None, d=("Sunday", "today"), c=A, note="authorities blame IS Sahel"),
 R("COERCE", also=["SANCTION"], acled=OTH, m=["it was [extending] a state of emergency in Tillabéri", "ordered a night [curfew] on motorcycles"], a=["The ruling military council"], t=[], p=("Tillabéri", 14.21, 1.45, "NE"), d="Monday", c=A, note="junta extends state of emergency, motorcycle curfew"),
 R("MOVE", mode="flee", m=["Hundreds of people have [fled] surrounding villages"], a=["Hundreds of people"], p=("Tera", 14.01, 0.75, "NE"), d=("Sunday", "today"), q=(200, 900), c=CL, note="hundreds flee to Tera after attack"),
]))
