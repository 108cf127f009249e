from common import *
ARTS = []
ARTS.append(dict(id="own_036", pub="2025-06-03", src="Americas Migration Desk", text='''
"The jungle takes everything": Venezuelans recount the Darién crossing

BAJO CHIQUITO, Panama — Yorgelis Mendoza, 31, left Necoclí on Colombia's Caribbean coast by boat with her two daughters and her partner, Kleiber, on a Tuesday in May. Six days later they stumbled into Bajo Chiquito, the first Indigenous village on the Panamanian side of the Darién Gap.

"The jungle takes everything. First your shoes, then your food, then your courage," she said, sitting on the wooden steps of a shop where migrants charge their phones.

On the fourth day, she said, five armed men stopped their group of about forty people on a trail and robbed them. "They searched the women one by one. They took our money and the men's phones," she said. Kleiber Rojas, 34, recalled that one man who refused to hand over his bag was beaten with a rifle butt.

Another Venezuelan, Jhonatan Pérez, 22, said he saw the bodies of two people by a river. He did not know how they had died.

Panamanian border police registered the family on arrival and put them on a bus to a reception station at Lajas Blancas. From there they intend to head north toward the United States.

"I will not stop now," Ms Mendoza said.
''', recs=[
 R("MOVE", mode="cross_border", m=["[left] Necoclí on Colombia's Caribbean coast by boat", "they [stumbled] into Bajo Chiquito", "Venezuelans recount the Darién [crossing]"], a=["Yorgelis Mendoza", "her two daughters and her partner, Kleiber"], p=("Bajo Chiquito", 8.40, -77.55, "PA"), d="2025-05", q=(4, 4), c=CL, note="family crosses Darién from Necoclí to Bajo Chiquito"),
 R("ASSAULT", also=["COERCE"], acled=VAC, m=["five armed men [stopped] their group of about forty people", "on a trail and [robbed] them", "They [searched] the women one by one", "They [took] our money and the men's phones", "was [beaten] with a rifle butt"], a=["five armed men"], t=["their group of about forty people", "the women", "one man who refused to hand over his bag"], p=("Darién Gap", 8.20, -77.50, "PA"), d="2025-05", q=(40, 40), c=CL, note="armed men rob and beat migrant group in Darién"),
 R("MOVE", mode="relocate", m=["[put] them on a bus to a reception station at Lajas Blancas"], a=["Panamanian border police"], t=["the family"], p=("Lajas Blancas", 8.35, -77.85, "PA"), d="2025-05", c=CL, note="police bus family to Lajas Blancas"),
 R("MOVE", mode="cross_border", m=["they [intend] to head north toward the United States", "I will not [stop] now"], a=["they"], p=None, c=HY, note="family plans to head north to US"),
]))

ARTS.append(dict(id="own_037", pub="2025-07-15", src="Nile Humanitarian Update", text='''
Aid convoy reaches Kadugli as warring parties agree to local truce

KADUGLI, Sudan — A convoy of 22 trucks carrying food and medical supplies reached Kadugli, the besieged capital of South Kordofan state, on Sunday, the World Food Programme said, the first to reach the city in four months.

The convoy's passage was made possible by a 30-day humanitarian truce around the city agreed on Thursday by the Sudanese army and the SPLM-North faction led by Abdelaziz al-Hilu, following talks mediated by South Sudan in Juba, officials said.

"Children here are eating leaves," said Fatima Kuku, a community health worker in Kadugli. WFP said the food would feed 40,000 people for a month.

A second convoy of eight trucks was looted on Saturday near El Obeid in North Kordofan by armed men in Rapid Support Forces uniforms, the agency said. The RSF denied any involvement and said it would investigate.

The army and the RSF are not part of the Kadugli truce, which applies only to fighting between the army and the SPLM-North. Sudan's war between the army and the RSF, now in its third year, has displaced more than 12 million people.
''', recs=[
 R("AID", m=["Aid convoy [reaches] Kadugli", "A convoy of 22 trucks carrying food and medical supplies [reached] Kadugli", "The convoy's [passage] was made possible"], a=["the World Food Programme"], t=["Kadugli"], p=("Kadugli", 11.01, 29.72, "SD"), d="Sunday", q=(22, 22), c=CL, note="WFP convoy reaches besieged Kadugli"),
 R("AGREE", acled=AGR, m=["warring parties [agree] to local truce", "a 30-day humanitarian [truce] around the city agreed on Thursday", "the Kadugli [truce], which applies"], a=["the Sudanese army and the SPLM-North faction led by Abdelaziz al-Hilu"], t=[], p=("Kadugli", 11.01, 29.72, "SD"), d="Thursday", c=CL, note="army-SPLM-N 30-day truce around Kadugli"),
 R("CONSULT", m=["following [talks] mediated by South Sudan in Juba"], a=["the Sudanese army", "the SPLM-North faction led by Abdelaziz al-Hilu"], t=[], p=("Juba", 4.85, 31.58, "SS"), c=CL, note="talks in Juba mediated by South Sudan"),
 R("COERCE", acled=LOOT, m=["A second convoy of eight trucks was [looted] on Saturday"], a=["armed men in Rapid Support Forces uniforms"], t=["A second convoy of eight trucks"], p=("El Obeid", 13.18, 30.22, "SD"), d="Saturday", c=["claimed", "denied"], note="aid convoy looted near El Obeid"),
 R("REJECT", m=["The RSF [denied] any involvement"], a=["The RSF"], p=None, c=A, opt=True, note="RSF denies looting"),
 R("COERCE", m=["the [besieged] capital of South Kordofan state"], a=[], t=["the besieged capital of South Kordofan state"], p=("Kadugli", 11.01, 29.72, "SD"), c=A, opt=True, note="siege of Kadugli"),
]))

ARTS.append(dict(id="own_038", pub="2025-08-19", src="Red Sea Security Brief", text='''
Houthis threaten shipping after US strikes on Hodeidah port

SANAA, Yemen — Yemen's Houthi movement on Monday threatened to attack any commercial vessel linked to the United States "wherever it is found in the Red Sea", a day after US aircraft struck fuel storage tanks at the port of Hodeidah.

The US Central Command said its forces had carried out "precision strikes" on Sunday against infrastructure used by the Houthis to import weapons. The Houthi health ministry said the strikes killed six port workers and wounded 14.

Houthi military spokesman Yahya Saree said in a televised speech that the group had fired two anti-ship missiles at a Liberian-flagged tanker in the Gulf of Aden on Monday morning. A maritime security firm said a vessel reported explosions nearby but no damage.

The European Union's naval mission said it was increasing patrols in the southern Red Sea.

Shipping companies have largely avoided the route since late 2023. "Insurers will not touch us," said a Greek shipowner, who asked not to be named.
''', recs=[
 R("THREATEN", m=["Houthis [threaten] shipping after US strikes", "[threatened] to attack any commercial vessel"], a=["Yemen's Houthi movement", "Houthis"], t=["any commercial vessel linked to the United States"], p=("Red Sea", 20.0, 38.5, None), d="Monday", c=A, note="Houthis threaten US-linked vessels"),
 R("ASSAULT", acled=AIR, m=["after US [strikes] on Hodeidah port", "US aircraft [struck] fuel storage tanks at the port of Hodeidah", 'carried out "precision [strikes]', "the strikes [killed] six port workers"], a=["US aircraft", "its forces", "The US Central Command"], t=["fuel storage tanks", "six port workers"], p=("Hodeidah", 14.80, 42.95, "YE"), d="Sunday", f=(6, 6), i=(14, 14), c=CL, note="US strikes on Hodeidah port"),
 R("ASSAULT", acled=SHELL, m=["had [fired] two anti-ship missiles at a Liberian-flagged tanker", "a vessel reported [explosions] nearby"], a=["the group", "Houthi military spokesman Yahya Saree"], t=["a Liberian-flagged tanker"], p=("Gulf of Aden", 12.5, 47.0, None), d="Monday", f=(0, 0), c=CL, note="Houthi anti-ship missiles at tanker in Gulf of Aden"),
 R("MOBILIZE", m=["it was [increasing] patrols in the southern Red Sea"], a=["The European Union's naval mission"], t=[], p=("Red Sea", 20.0, 38.5, None), c=A, note="EU naval mission increases patrols"),
]))
