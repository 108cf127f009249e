from common import *
ARTS = []
ARTS.append(dict(id="own_025", pub="2026-09-22", src="Frontera Sur Noticias", text='''
Migrant caravan leaves Tapachula; authorities detain hundreds on highway

TAPACHULA, Mexico — Around 1,500 migrants, most of them from Venezuela, Honduras and Cuba, set off on foot from Tapachula before dawn on Sunday, hoping to reach Mexico City and apply for asylum appointments, organisers said.

By Monday afternoon, agents of the National Migration Institute (INM) and the National Guard had stopped the group near Huixtla, about 40 km to the north, and detained around 400 people, including families with small children, according to the Centro de Dignidad Humana, a local migrant-rights group.

"They grabbed my daughter by the arm and pushed us into a van," said Yusmary Colmenares, 29, from Maracaibo. The INM said in a statement that it had "rescued" migrants "in situations of vulnerability" and offered them regular status procedures.

Caravan organiser Luis Armando Ortega accused the authorities of using force and said the marchers would continue on Tuesday. The group spent the night in Huixtla's central square.

Separately, the INM said a deportation flight carried 135 Hondurans from Villahermosa to San Pedro Sula on Friday.

The southern city has become a bottleneck for tens of thousands of migrants waiting for documents.
''', recs=[
 R("MOVE", mode="gather", m=["Migrant caravan [leaves] Tapachula", "[set] off on foot from Tapachula before dawn"], a=["Around 1,500 migrants"], p=("Tapachula", 14.90, -92.26, "MX"), d="Sunday", q=(1500, 1500), c=CL, note="caravan of ~1,500 leaves Tapachula"),
 R("COERCE", m=["authorities [detain] hundreds on highway", "had [stopped] the group near Huixtla", "[detained] around 400 people", "They [grabbed] my daughter by the arm", 'it had "[rescued]" migrants'], a=["agents of the National Migration Institute (INM) and the National Guard", "the authorities"], t=["around 400 people", "the group"], p=("Huixtla", 15.14, -92.47, "MX"), d="Monday", q=(400, 400), c=CL, note="INM and National Guard detain ~400 caravan members near Huixtla"),
 R("ACCUSE", m=["[accused] the authorities of using force"], a=["Caravan organiser Luis Armando Ortega"], t=["the authorities"], p=None, d="Monday", c=A, note="organiser accuses authorities of force"),
 R("MOVE", mode="gather", m=["the marchers would [continue] on Tuesday"], a=["the marchers"], p=("Huixtla", 15.14, -92.47, "MX"), d="today", c=HY, note="caravan plans to continue"),
 R("MOVE", mode="deport", m=["a deportation [flight] carried 135 Hondurans"], a=["the INM"], t=["135 Hondurans"], p=("Villahermosa", 17.99, -92.93, "MX"), d="Friday", q=(135, 135), c=CL, note="INM deportation flight to San Pedro Sula"),
]))

ARTS.append(dict(id="own_026", pub="2026-10-06", src="Central Med Observer", text='''
Hundreds land on Lampedusa as Tunisia and Libya step up interceptions

LAMPEDUSA, Italy — More than 900 migrants arrived on the Italian island of Lampedusa in 27 boats over the weekend, most of them having departed from beaches around Sfax in Tunisia, the island's reception centre said on Monday.

The centre, built for 400 people, was holding about 1,300 on Monday morning. Italian authorities began transferring groups to Porto Empedocle by ferry.

Tunisia's National Guard said it had intercepted 23 boats and prevented 1,016 people from leaving its coast in the same period, and arrested seven alleged organisers in Sfax.

Further east, the crew of the rescue ship Aurora Sea said a Libyan coastguard patrol boat fired shots into the air while its team was pulling people from a sinking rubber dinghy about 30 nautical miles off Zuwara on Saturday. The Libyan coastguard took 40 of the 72 passengers back to Libya. The Libyan authorities did not respond to a request for comment.

"They pointed their guns at us and told us to leave," said the ship's captain, Jonas Weller.

More than 1,200 people have died or gone missing in the central Mediterranean so far this year, according to the UN migration agency.
''', recs=[
 R("MOVE", mode="cross_border", m=["Hundreds [land] on Lampedusa", "More than 900 migrants [arrived] on the Italian island of Lampedusa", "having [departed] from beaches around Sfax"], a=["More than 900 migrants"], p=("Lampedusa", 35.51, 12.60, "IT"), d=("Saturday", "Sunday"), q=(901, 1000), c=CL, note="900+ migrants arrive Lampedusa from Sfax"),
 R("MOVE", mode="relocate", m=["began [transferring] groups to Porto Empedocle"], a=["Italian authorities"], t=["groups"], p=("Porto Empedocle", 37.29, 13.53, "IT"), d="Monday", c=A, note="transfers from Lampedusa to Porto Empedocle"),
 R("COERCE", m=["Tunisia and Libya step up [interceptions]", "it had [intercepted] 23 boats and prevented 1,016 people"], a=["Tunisia's National Guard"], t=["23 boats", "1,016 people"], p=("Sfax", 34.74, 10.76, "TN"), d=("Saturday", "Sunday"), q=(1016, 1016), c=CL, note="Tunisian interceptions off Sfax"),
 R("COERCE", acled=ARR, m=["[arrested] seven alleged organisers in Sfax"], a=["Tunisia's National Guard"], t=["seven alleged organisers"], p=("Sfax", 34.74, 10.76, "TN"), d=("Saturday", "Sunday"), q=(7, 7), c=CL, note="seven smuggling organisers arrested"),
 R("THREATEN", also=["ASSAULT", "COERCE"], acled=None, m=["[fired] shots into the air", "They [pointed] their guns at us"], a=["a Libyan coastguard patrol boat"], t=["the crew of the rescue ship Aurora Sea"], p=("Zuwara", 32.93, 12.08, "LY"), d="Saturday", c=CL, note="Libyan coastguard fires warning shots at rescue ship off Zuwara"),
 R("MOVE", mode="deport", also=["COERCE"], m=["The Libyan coastguard [took] 40 of the 72 passengers back to Libya"], a=["The Libyan coastguard"], t=["40 of the 72 passengers"], p=("Zuwara", 32.93, 12.08, "LY"), d="Saturday", q=(40, 40), c=CL, note="coastguard returns 40 to Libya"),
 R("AID", m=["its team was [pulling] people from a sinking rubber dinghy"], a=["its team"], t=["people"], p=("Zuwara", 32.93, 12.08, "LY"), d="Saturday", q=(32, 72), c=CL, opt=True, note="Aurora Sea rescue of dinghy passengers"),
]))

ARTS.append(dict(id="own_027", pub="2026-10-20", src="Border Monitoring Network", wrap=True, text='''
Pushback report: 212 people returned from Croatia to Bosnia in September

VELIKA KLADUŠA, Bosnia and Herzegovina — Field teams of the Border Monitoring Network recorded 41 group pushbacks from Croatia into the Velika Kladuša and Bihać areas in September, affecting 212 people, the network said in its monthly report published on Tuesday.

In 17 of the cases, people reported being beaten with batons by men in dark uniforms and balaclavas on Croatian territory before being driven to the border and forced to walk back into Bosnia. Phones and money were taken or destroyed in most cases, the report said.

One testimony describes a group of nine Afghans, including two minors, who were caught near Cetingrad on September 14. "They made us lie in the river, then they burned our shoes," said one of them, a 16-year-old identified as R.

The Croatian interior ministry has consistently denied the use of violence by police and says officers prevent illegal entries in line with the law.

The report also notes that Bosnian police removed about 70 people from an informal squat in Bihać on September 22 and bussed them to the Lipa camp.

The network called on the European Commission to investigate.
''', recs=[
 R("MOVE", mode="deport", also=["COERCE"], m=["Pushback report: 212 people [returned] from Croatia to Bosnia", "recorded 41 group [pushbacks] from Croatia", "[forced] to walk back into Bosnia"], a=["men in dark uniforms and balaclavas"], t=["212 people"], p=("Velika Kladuša", 45.18, 15.81, "BA"), d="2026-09", q=(212, 212), c=CL, note="41 pushbacks Croatia to Bosnia in September (bounded series)"),
 R("ASSAULT", acled=VAC, m=["being [beaten] with batons by men in dark uniforms", "Phones and money were [taken] or destroyed"], a=["men in dark uniforms and balaclavas"], t=["people"], p=("Croatia", "country", "HR"), d="2026-09", c=CL, note="beatings during pushbacks"),
 R("ASSAULT", acled=VAC, also=["COERCE"], m=["who were [caught] near Cetingrad on September 14", "They [made] us lie in the river", "then they [burned] our shoes"], a=[], t=["a group of nine Afghans, including two minors", "a group of nine Afghans"], p=("Cetingrad", 45.16, 15.73, "HR"), d="2026-09-14", q=(9, 9), c=CL, note="nine Afghans caught and abused near Cetingrad"),
 R("REJECT", m=["has consistently [denied] the use of violence by police"], a=["The Croatian interior ministry"], p=None, c=A, opt=True, note="ministry denies violence (generic)"),
 R("MOVE", mode="relocate", also=["COERCE"], m=["Bosnian police [removed] about 70 people from an informal squat", "[bussed] them to the Lipa camp"], a=["Bosnian police"], t=["about 70 people"], p=("Bihać", 44.82, 15.87, "BA"), d="2026-09-22", q=(65, 75), c=CL, note="Bosnian police evict ~70 from squat to Lipa"),
 R("REQUEST", m=["[called] on the European Commission to investigate"], a=["The network"], t=["the European Commission"], p=None, d="Tuesday", c=A, note="network calls for EC investigation"),
]))
