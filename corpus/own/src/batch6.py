from common import *
ARTS = []
ARTS.append(dict(id="own_020", pub="2026-07-02", src="Dnipro Daily Wire", text='''
Drones hit Kharkiv apartment block as Kyiv and Moscow swap prisoners

KHARKIV, Ukraine — Russian drones struck a residential building in Kharkiv's Saltivskyi district overnight into Wednesday, killing three people and injuring 18, regional governor Oleh Syniehubov said.

The attack by at least six Shahed-type drones set the upper floors of a nine-storey building on fire. Rescuers pulled a 10-year-old girl from the rubble, the State Emergency Service said. Russia's defence ministry said its forces had struck "military-industrial facilities" in the city.

In the south, Russian artillery shelled the Dniprovskyi district of Kherson on Tuesday afternoon, wounding two municipal workers, the regional administration said.

Also on Wednesday, Ukraine and Russia exchanged 150 prisoners of war each in a swap mediated by the United Arab Emirates, Ukraine's coordination headquarters for prisoners said. It was the third exchange this year.

"My husband came home today after two years," said Oksana Tkachenko, waiting at a hospital in Chernihiv region where freed soldiers were taken.

Peace talks, meanwhile, have stalled. The Kremlin said on Tuesday it saw no basis for a ceasefire along the current front line.
''', recs=[
 R("ASSAULT", acled=AIR, m=["Drones [hit] Kharkiv apartment block", "Russian drones [struck] a residential building", "The [attack] by at least six Shahed-type drones", 'its forces had [struck] "military-industrial'], a=["Russian drones", "its forces"], t=["a residential building", "a nine-storey building"], p=("Kharkiv", 49.99, 36.23, "UA"), d=("Tuesday", "Wednesday"), f=(3, 3), i=(18, 18), c=CL, note="Shahed drone strike on Kharkiv apartment block"),
 R("ASSAULT", acled=SHELL, m=["Russian artillery [shelled] the Dniprovskyi district of Kherson"], a=["Russian artillery"], t=["two municipal workers"], p=("Kherson", 46.64, 32.61, "UA"), d="Tuesday", i=(2, 2), c=CL, note="Russian shelling of Kherson"),
 R("AGREE", acled=AGR, also=["COOPERATE"], m=["Kyiv and Moscow [swap] prisoners", "Ukraine and Russia [exchanged] 150 prisoners of war each", "a [swap] mediated by the United Arab Emirates", "My husband [came] home today"], a=["Ukraine and Russia", "Kyiv and Moscow"], t=["150 prisoners of war each"], p=None, d="Wednesday", q=(300, 300), c=CL, note="POW exchange 150 for 150"),
 R("REJECT", m=["it saw no [basis] for a ceasefire"], a=["The Kremlin"], p=None, d="Tuesday", c=A, note="Kremlin rejects ceasefire"),
]))

ARTS.append(dict(id="own_021", pub="2026-07-21", src="Andes Conflict Monitor", text='''
Thousands flee Catatumbo fighting as ELN and dissidents battle for control

CÚCUTA, Colombia — More than 5,000 people have fled rural areas of Tibú and Teorama in the Catatumbo region since Thursday, when fighters of the National Liberation Army (ELN) launched an offensive against a FARC dissident faction, the Ombudsman's Office said on Monday.

Families arrived in Cúcuta and Ocaña in trucks and on motorcycles. At the city's sports coliseum, where many were sheltering, Luz Dary Pabón said ELN gunmen had gone door to door in her hamlet looking for people they accused of collaborating with the dissidents. "They took my nephew. We do not know where he is," she said.

The Ombudsman's Office said at least 32 people had been killed in the fighting, among them former FARC combatants who had signed the 2016 peace accord. Local officials gave a lower toll of about 20.

President Gustavo Petro suspended peace talks with the ELN on Friday, accusing the group of "war crimes". The ELN said it was fighting "paramilitary" groups and called on civilians to stay in their homes.

The army said it had sent 2,000 additional troops to the region.
''', recs=[
 R("ASSAULT", acled=CLASH, m=["ELN and dissidents [battle] for control", "[launched] an offensive against a FARC dissident faction", "people had been [killed] in the fighting", "The ELN said it was [fighting]"], a=["fighters of the National Liberation Army (ELN)", "ELN"], t=["a FARC dissident faction"], p=("Tibú", 8.64, -72.74, "CO"), d=("Thursday", "today"), f=(20, 32), c=CL, note="ELN offensive against FARC dissidents in Catatumbo"),
 R("MOVE", mode="flee", m=["Thousands [flee] Catatumbo fighting", "More than 5,000 people have [fled] rural areas of Tibú", "Families [arrived] in Cúcuta and Ocaña"], a=["More than 5,000 people", "Families"], p=("Tibú", 8.64, -72.74, "CO"), d=("Thursday", "today"), q=(5001, 7000), c=CL, note="5,000+ displaced from Tibú/Teorama to Cúcuta and Ocaña"),
 R("COERCE", acled=ABD, m=["ELN gunmen had [gone] door to door", "They [took] my nephew"], a=["ELN gunmen"], t=["my nephew"], p=("Catatumbo", 8.60, -73.00, "CO"), c=CL, note="ELN gunmen abduct nephew in door-to-door search"),
 R("ACCUSE", m=["people they [accused] of collaborating"], a=["ELN gunmen"], t=["people"], p=None, c=CL, opt=True, note="ELN accuses residents of collaborating"),
 R("AGREE", acled=AGR, m=["had [signed] the 2016 peace accord"], a=["former FARC combatants"], t=[], p=("Colombia", "country", "CO"), d="2016", c=A, opt=True, note="background: 2016 peace accord"),
 R("REJECT", also=["SANCTION"], m=["[suspended] peace talks with the ELN"], a=["President Gustavo Petro"], t=["the ELN"], p=None, d="Friday", c=A, note="Petro suspends peace talks with ELN"),
 R("ACCUSE", m=["[accusing] the group of"], a=["President Gustavo Petro"], t=["the group", "the ELN"], p=None, d="Friday", c=A, note="Petro accuses ELN of war crimes"),
 R("REQUEST", m=["[called] on civilians to stay in their homes"], a=["The ELN"], t=["civilians"], p=None, c=A, note="ELN tells civilians to stay home"),
 R("MOBILIZE", acled=CHG, m=["it had [sent] 2,000 additional troops to the region"], a=["The army"], t=[], p=("Catatumbo", 8.60, -73.00, "CO"), q=(2000, 2000), c=CL, note="army deploys 2,000 troops"),
]))

ARTS.append(dict(id="own_022", pub="2026-08-11", src="Pacific Colombia News", text='''
Soldiers held by crowd in Cauca released after 48 hours

POPAYÁN, Colombia — Twenty-eight soldiers who were surrounded and held by a crowd of residents in the El Plateado area of Argelia, Cauca, were released on Sunday after two days of negotiations, the Defence Ministry said.

The soldiers had been conducting an operation against coca laboratories on Friday when several hundred people blocked the road and disarmed them, according to the ministry. Officials said the crowd was acting under pressure from the Carlos Patiño front, a dissident faction of the former FARC guerrilla.

Defence Minister Pedro Sánchez called the incident "a kidnapping dressed up as a protest". Community leaders said residents were protesting against the destruction of crops that are their only income.

The soldiers were handed over to a humanitarian commission of the Catholic Church and the Ombudsman's Office. They were unharmed.

"We just want the army to leave us in peace," said a farmer who gave his name only as Don Jairo.

The army said it had dismantled three cocaine laboratories in the area on Friday before the standoff.
''', recs=[
 R("COERCE", acled=ABD, m=["Soldiers [held] by crowd in Cauca", "Twenty-eight soldiers who were surrounded and [held]", "[blocked] the road and disarmed them", "a [kidnapping] dressed up as a protest", "before the [standoff]"], a=["a crowd of residents", "several hundred people", "the crowd"], t=["Twenty-eight soldiers", "The soldiers"], p=("El Plateado", 2.35, -77.13, "CO"), d=("Friday", "Sunday"), q=(28, 28), c=AC, note="crowd surrounds and holds 28 soldiers in El Plateado"),
 R("PROTEST", acled=PEACE, m=["residents were [protesting] against the destruction of crops"], a=["residents"], t=[], p=("El Plateado", 2.35, -77.13, "CO"), d=("Friday", "Sunday"), c=CL, note="residents protest crop destruction"),
 R("RETREAT", also=["CONCEDE"], m=["Cauca [released] after 48 hours", "[released] on Sunday after two days of negotiations", "The soldiers were [handed] over to a humanitarian commission"], a=["a crowd of residents"], t=["Twenty-eight soldiers"], p=("El Plateado", 2.35, -77.13, "CO"), d="Sunday", q=(28, 28), c=A, note="soldiers released to humanitarian commission"),
 R("CONSULT", m=["two days of [negotiations]"], a=[], t=[], p=("El Plateado", 2.35, -77.13, "CO"), d=("Friday", "Sunday"), c=A, opt=True, note="negotiations over the soldiers' release"),
 R("ACCUSE", m=["the crowd was [acting] under pressure from the Carlos Patiño front"], a=["Officials"], t=["the Carlos Patiño front"], p=None, c=CL, note="officials say dissidents pressured crowd"),
 R("COERCE", acled=DISR, m=["it had [dismantled] three cocaine laboratories"], a=["The army"], t=["three cocaine laboratories"], p=("El Plateado", 2.35, -77.13, "CO"), d="Friday", c=CL, note="army dismantles three cocaine labs"),
]))
