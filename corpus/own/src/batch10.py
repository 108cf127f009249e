from common import *
ARTS = []
ARTS.append(dict(id="own_031", pub="2025-01-14", src="Lake Chad Wire", wrap=True, text='''
Two suicide bombings hit Gwoza; militants raid farm settlement near Maiduguri

MAIDUGURI, Nigeria — Two suicide bombers struck the town of Gwoza in Borno state on Monday, one at a wedding party and the other at the general hospital, killing at least 18 people, emergency officials said.

The first bomber, a woman carrying a baby on her back, detonated her explosives in the middle of the wedding guests at about 3 p.m., said Barkindo Saidu of the Borno State Emergency Management Agency. Minutes later a second explosion went off at the entrance of the hospital as the wounded were being brought in. About 40 people were injured in the two blasts.

"I saw the smoke from the wedding, and then the hospital shook," said Hauwa Bukar, a nurse.

In a separate attack on Sunday night, fighters of the Islamic State West Africa Province raided a farm settlement at Mafa, about 50 km east of Maiduguri, killing five farmers and stealing cattle, residents said.

No one has yet claimed the Gwoza bombings, which bore the hallmarks of Boko Haram. The insurgency in the north-east has killed tens of thousands of people and displaced more than two million since 2009.
''', recs=[
 R("ASSAULT", acled=SUIC, m=["[detonated] her explosives in the middle of the wedding guests", "one at a [wedding] party"], a=["The first bomber, a woman carrying a baby on her back", "Boko Haram"], t=["the wedding guests", "a wedding party"], p=("Gwoza", 11.08, 13.69, "NG"), d="Monday", f=(9, 18), i=(20, 40), c=CL, note="female suicide bomber at wedding in Gwoza"),
 R("ASSAULT", acled=SUIC, m=["a second [explosion] went off at the entrance of the hospital", "the other at the general [hospital]", "then the hospital [shook]"], a=["Two suicide bombers", "Boko Haram"], t=["the hospital", "the wounded"], p=("Gwoza", 11.08, 13.69, "NG"), d="Monday", f=(1, 18), i=(1, 40), c=CL, note="second suicide bombing at Gwoza hospital"),
 R("ASSAULT", acled=SUIC, m=["Two suicide bombings [hit] Gwoza", "Two suicide bombers [struck] the town of Gwoza", "injured in the two [blasts]", "claimed the Gwoza [bombings]"], a=["Two suicide bombers"], t=["the town of Gwoza"], p=("Gwoza", 11.08, 13.69, "NG"), d="Monday", f=(18, 30), i=(40, 40), c=CL, opt=True, note="the two Gwoza bombings told together (either row may match)"),
 R("ASSAULT", acled=VAC, m=["militants [raid] farm settlement near Maiduguri", "[raided] a farm settlement at Mafa", "[killing] five farmers and stealing cattle"], a=["fighters of the Islamic State West Africa Province", "militants"], t=["five farmers", "a farm settlement"], p=("Mafa", 11.92, 13.60, "NG"), d="Sunday", f=(5, 5), c=CL, note="ISWAP raid on Mafa farm settlement"),
]))

ARTS.append(dict(id="own_032", pub="2025-02-25", src="Highlands Monitor", text='''
Drone strike hits Amhara market as Fano fighters seize district town

BAHIR DAR, Ethiopia — A drone strike on a market in the town of Finote Selam in Ethiopia's Amhara region killed at least 13 civilians on Saturday, two health workers and a resident said, as fighting between federal troops and Fano militias intensified.

The strike hit the livestock section of the weekly market at around 11 a.m. A doctor at the town's hospital, who asked not to be named for fear of reprisals, said 13 bodies had been brought in and more than 20 people were being treated for burns and shrapnel wounds.

Government spokesman Legesse Tulu said the military only targets "extremist armed groups" and accused Fano of spreading "false propaganda". He did not comment directly on the strike.

On Friday, Fano fighters said they had taken control of Debre Work, a district town in East Gojjam zone, after a day of fighting with the army. A resident reached by phone said troops withdrew from the town's police station in the evening.

Internet in much of Amhara has been restricted since the conflict began in 2023, making reports difficult to verify.
''', recs=[
 R("ASSAULT", acled=AIR, m=["Drone [strike] hits Amhara market", "A drone [strike] on a market in the town of Finote Selam", "The [strike] hit the livestock section", "13 bodies had been [brought] in"], a=[], t=["a market", "civilians"], p=("Finote Selam", 10.70, 37.27, "ET"), d="Saturday", f=(13, 20), i=(21, 30), c=CL, note="drone strike on Finote Selam market"),
 R("ACCUSE", m=["[accused] Fano of spreading"], a=["Government spokesman Legesse Tulu"], t=["Fano"], p=None, c=A, note="spokesman accuses Fano of propaganda"),
 R("COERCE", acled=NSAOVER, also=["ASSAULT"], m=["Fano fighters [seize] district town", "they had [taken] control of Debre Work", "after a day of [fighting] with the army"], a=["Fano fighters"], t=["the army"], p=("Debre Work", 10.66, 38.17, "ET"), d="Friday", c=CL, note="Fano takes Debre Work after fighting"),
 R("RETREAT", m=["troops [withdrew] from the town's police station"], a=["troops"], p=("Debre Work", 10.66, 38.17, "ET"), d="Friday", c=CL, note="troops withdraw from Debre Work"),
]))
