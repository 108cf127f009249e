from common import *
ARTS = []
ARTS.append(dict(id="own_039", pub="2025-09-09", src="Saharan Routes Observatory", wrap=True, text='''
Libya expels hundreds of Sudanese and Chadians from Kufra

KUFRA, Libya — Authorities in eastern Libya deported about 700 Sudanese and Chadian migrants from the desert town of Kufra last week, driving them in trucks to the borders with Sudan and Chad, the Libyan Red Crescent and a local official said.

The migrants had been rounded up in raids on farms and workshops in Kufra in late August, said the official, who asked not to be identified. Many were Sudanese who had fled the war in Darfur and reached Libya through the desert.

"They took us from the farm in the night and gave us no water for two days," Adam Ishaq, a 33-year-old Sudanese man reached by phone in the Chadian border town of Ounianga Kebir, said on Monday. He said guards at the detention centre in Kufra had whipped several men.

The Anti-Illegal Immigration Agency in Benghazi said the deportations were carried out "in accordance with Libyan law" and that all those removed were in the country illegally.

Separately, Libyan forces said they had arrested a network of six traffickers accused of holding migrants for ransom in a warehouse near Kufra and had freed 41 captives, including women and children.

Rights groups have long accused Libyan authorities of abuses against migrants.
''', recs=[
 R("MOVE", mode="deport", m=["Libya [expels] hundreds of Sudanese and Chadians from Kufra", "[deported] about 700 Sudanese and Chadian migrants", "[driving] them in trucks to the borders", "the [deportations] were carried out"], a=["Authorities in eastern Libya", "The Anti-Illegal Immigration Agency in Benghazi"], t=["about 700 Sudanese and Chadian migrants"], p=("Kufra", 24.18, 23.29, "LY"), d="lastweek", q=(650, 750), c=CL, note="eastern Libya deports ~700 from Kufra to Sudan/Chad borders"),
 R("COERCE", acled=ARR, m=["The migrants had been [rounded] up in raids", "They [took] us from the farm in the night"], a=["Authorities in eastern Libya"], t=["The migrants"], p=("Kufra", 24.18, 23.29, "LY"), d="2025-08", c=CL, note="migrants rounded up in Kufra raids"),
 R("MOVE", mode="flee", m=["Sudanese who had [fled] the war in Darfur"], a=["Sudanese"], p=("Darfur", 13.5, 24.0, "SD"), c=A, opt=True, note="background: fled Darfur"),
 R("ASSAULT", acled=VAC, m=["guards at the detention centre in Kufra had [whipped] several men"], a=["guards at the detention centre in Kufra"], t=["several men"], p=("Kufra", 24.18, 23.29, "LY"), c=CL, note="guards whip detainees in Kufra"),
 R("COERCE", acled=ARR, m=["they had [arrested] a network of six traffickers"], a=["Libyan forces"], t=["a network of six traffickers"], p=("Kufra", 24.18, 23.29, "LY"), q=(6, 6), c=CL, note="six traffickers arrested near Kufra"),
 R("COERCE", acled=ABD, m=["[holding] migrants for ransom in a warehouse"], a=["a network of six traffickers"], t=["migrants"], p=("Kufra", 24.18, 23.29, "LY"), c=CL, note="traffickers held migrants for ransom"),
 R("AID", also=["RETREAT"], m=["had [freed] 41 captives"], a=["Libyan forces"], t=["41 captives, including women and children"], p=("Kufra", 24.18, 23.29, "LY"), q=(41, 41), c=CL, note="41 captives freed"),
]))

ARTS.append(dict(id="own_040", pub="2025-10-14", src="Kurdistan Weekly", text='''
Drone attack targets Erbil airport; parliament shelves oil bill

ERBIL, Iraq — Two explosive-laden drones were shot down near Erbil international airport late on Sunday, the Kurdistan Region's counter-terrorism service said. A third drone hit an empty hangar at the nearby coalition base, causing minor damage and no injuries.

The service blamed "outlaw groups" operating from Nineveh province, a term often used for Iran-aligned militias. No group claimed responsibility, and the militias did not comment.

In Baghdad, a long-awaited bill on sharing oil revenues with the region was killed in committee on Monday, after members failed to reach a quorum. Kurdish lawmakers said they would keep fighting for the legislation.

Elsewhere, a landslide triggered by heavy rain killed three shepherds in the mountains near Soran on Saturday, the local civil defence said.

In football, Erbil SC crushed Duhok 4-0 on Friday to go top of the league, a result that fans celebrated late into the night in the city's citadel district.

Police declined to comment on a report that several suspects had been detained after the drone attack.
''', recs=[
 R("ASSAULT", acled=AIR, m=["Drone [attack] targets Erbil airport", "Two explosive-laden drones were [shot] down near Erbil international airport", "A third drone [hit] an empty hangar", "after the drone [attack]"], a=["outlaw groups"], t=["Erbil international airport", "an empty hangar at the nearby coalition base"], p=("Erbil", 36.24, 43.96, "IQ"), d="Sunday", f=(0, 0), i=(0, 0), c=CL, note="drone attack on Erbil airport and coalition base"),
 R("ACCUSE", m=['The service [blamed] "outlaw groups'], a=["The service", "the Kurdistan Region's counter-terrorism service"], t=["outlaw groups"], p=None, c=A, note="CT service blames outlaw groups"),
 R("COERCE", acled=ARR, m=["several suspects had been [detained]"], a=[], t=["several suspects"], p=("Erbil", 36.24, 43.96, "IQ"), c=["claimed"], opt=True, note="reported detention of suspects (unconfirmed)"),
]))
