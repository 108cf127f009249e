from common import *
ARTS = []
ARTS.append(dict(id="own_017", pub="2026-05-05", src="Irrawaddy Frontier", text='''
Junta jets bomb village school in Sagaing, resistance says

KANBALU, Myanmar — Myanmar military aircraft bombed a village in Kanbalu township in the Sagaing region on Sunday afternoon, hitting a school and a monastery and killing between 9 and 14 people, a local resistance group and residents said.

Two fighter jets dropped at least four bombs on Let Pan Hla village, said Ko Zaw Lin, a spokesman for the local People's Defence Force. Five of the dead were pupils, he said.

"We pulled the children out of the classroom with our hands," said Daw Khin Myint, a teacher who survived the strike with a broken arm. At least 20 people were wounded.

The military government did not respond to requests for comment. State media on Monday said the air force had carried out "clearance operations" against "terrorist" positions in the area, without mentioning civilian casualties.

Residents said more than a thousand people had fled to nearby forests and villages after the bombing, fearing further raids.

The junta has relied heavily on air power since losing ground to resistance forces in much of the country's north. The killing of school children drew condemnation from the UN human rights office on Monday.
''', recs=[
 R("ASSAULT", acled=AIR, m=["Junta jets [bomb] village school in Sagaing", "Myanmar military aircraft [bombed] a village in Kanbalu township", "Two fighter jets [dropped] at least four bombs", "who survived the [strike] with a broken arm", 'carried out "clearance [operations]', "The [killing] of school children drew condemnation"], a=["Myanmar military aircraft", "Two fighter jets", "the air force"], t=["a village in Kanbalu township", "a school and a monastery", "Let Pan Hla village"], p=("Let Pan Hla", 23.20, 95.52, "MM"), d="Sunday", f=(9, 14), i=(20, 30), c=CL, note="junta air strike on Let Pan Hla school, Kanbalu"),
 R("MOVE", mode="flee", m=["more than a thousand people had [fled] to nearby forests"], a=["more than a thousand people"], p=("Kanbalu", 23.20, 95.52, "MM"), d=("Sunday", "today"), q=(1001, 1500), c=CL, note="residents flee after air strike"),
 R("ACCUSE", m=["drew [condemnation] from the UN human rights office"], a=["the UN human rights office"], t=[], p=None, d="Monday", c=A, note="UN rights office condemns killing"),
]))

ARTS.append(dict(id="own_018", pub="2026-05-26", src="Mediterranean Watch", text='''
Survivors recount night the fishing boat went down off Greece

KALAMATA, Greece — Mohamed Saleh, 24, from Aleppo, paid smugglers 4,500 dollars to board an old fishing trawler in Tobruk in eastern Libya. "They promised Italy in three days. On the fourth day, we had no water," he said from a reception centre in Malakasa.

The boat, carrying an estimated 500 people, sank before dawn on May 19 about 80 km off Pylos, in the Ionian Sea. Greek authorities say 104 people were rescued and 38 bodies recovered. Hundreds more are believed to be missing.

Survivors interviewed separately gave consistent accounts. "The smugglers kept the Pakistanis in the hold. When the boat tipped, they could not get out," said Rashid Khan, 31, from Gujrat, who was on deck.

Two survivors said a coastguard vessel had tried to tow the trawler shortly before it capsized. The Hellenic Coast Guard denied attaching a line to the boat.

Greek police have arrested nine Egyptian survivors on suspicion of being part of the smuggling network. "One of them took my money in Tobruk," Mr Saleh recalled.

Samira Haddad, 40, from Daraa, lost her brother. "I saw him in the water. Then I did not," she said.
''', recs=[
 R("MOVE", mode="smuggle", m=["paid smugglers 4,500 dollars to [board] an old fishing trawler in Tobruk", "They [promised] Italy in three days", "One of them [took] my money in Tobruk"], a=["Mohamed Saleh", "smugglers"], p=("Tobruk", 32.08, 23.96, "LY"), d="2026-05", q=(500, 500), c=CL, note="Syrians and others smuggled from Tobruk toward Italy"),
 R("COERCE", m=["The smugglers [kept] the Pakistanis in the hold"], a=["The smugglers"], t=["the Pakistanis"], p=("Pylos", 36.91, 21.70, "GR"), d=("2026-05-14", "2026-05-19"), c=CL, note="smugglers confine Pakistanis in hold"),
 R("AID", m=["104 people were [rescued] and 38 bodies recovered"], a=["Greek authorities"], t=["104 people"], p=("Pylos", 36.91, 21.70, "GR"), d="2026-05-19", q=(104, 104), c=CL, opt=True, note="rescue of 104 after sinking"),
 R("COERCE", m=["a coastguard vessel had tried to [tow] the trawler", "The Hellenic Coast Guard [denied] attaching a line"], a=["a coastguard vessel", "The Hellenic Coast Guard"], t=["the trawler"], p=("Pylos", 36.91, 21.70, "GR"), d="2026-05-19", c=["claimed", "denied"], note="survivors say coastguard tried to tow boat; denied"),
 R("COERCE", acled=ARR, m=["Greek police have [arrested] nine Egyptian survivors"], a=["Greek police"], t=["nine Egyptian survivors"], p=("Greece", "country", "GR"), q=(9, 9), c=A, note="nine Egyptians arrested as suspected smugglers"),
]))

ARTS.append(dict(id="own_019", pub="2026-06-16", src="Bay of Bengal Bulletin", wrap=True, text='''
Arakan Army says it has taken Maungdaw; Rohingya flee toward Bangladesh

COX'S BAZAR, Bangladesh — The Arakan Army said on Monday that it had captured the last military outpost in Maungdaw, giving the ethnic armed group control of Myanmar's entire border with Bangladesh.

In a statement, the group said its fighters had overrun the Border Guard Police Battalion 5 headquarters after weeks of fighting and had taken dozens of soldiers prisoner. The military did not comment.

Bangladeshi officials said that about 300 Rohingya had tried to cross the Naf river into Teknaf over the weekend. Border guards pushed back several boats on Saturday night, according to a Border Guard Bangladesh commander, Lt-Col Shafiqul Islam.

Rohingya who reached Teknaf accused Arakan Army fighters of burning houses in Maungdaw town and ordering residents to leave. "They told us to go to Bangladesh or be killed," said Nur Kabir, 38. The Arakan Army denied targeting Rohingya civilians.

The United Nations called on Bangladesh to open its border to those fleeing.
''', recs=[
 R("COERCE", acled=NSAOVER, also=["ASSAULT"], m=["after weeks of [fighting]", "Arakan Army says it has [taken] Maungdaw", "it had [captured] the last military outpost in Maungdaw", "its fighters had [overrun] the Border Guard Police Battalion 5 headquarters"], a=["The Arakan Army", "its fighters"], t=["the Border Guard Police Battalion 5 headquarters", "the last military outpost in Maungdaw"], p=("Maungdaw", 20.82, 92.36, "MM"), d=("-8", "Monday"), c=CL, note="Arakan Army captures last outpost in Maungdaw"),
 R("COERCE", m=["had [taken] dozens of soldiers prisoner"], a=["its fighters"], t=["dozens of soldiers"], p=("Maungdaw", 20.82, 92.36, "MM"), q=(24, 96), c=CL, note="AA takes dozens of soldiers prisoner"),
 R("MOVE", mode="cross_border", m=["about 300 Rohingya had tried to [cross] the Naf river into Teknaf", "Rohingya [flee] toward Bangladesh", "Rohingya who [reached] Teknaf"], a=["about 300 Rohingya", "Rohingya"], p=("Teknaf", 20.86, 92.30, "BD"), d=("Saturday", "Sunday"), q=(250, 350), c=CL, note="Rohingya try to cross Naf into Teknaf"),
 R("MOVE", mode="deport", also=["COERCE", "REJECT"], m=["Border guards [pushed] back several boats on Saturday night"], a=["Border guards", "Border Guard Bangladesh"], t=["several boats"], p=("Teknaf", 20.86, 92.30, "BD"), d="Saturday", c=CL, note="BGB pushes back Rohingya boats"),
 R("ASSAULT", also=["COERCE"], acled=VAC, m=["[burning] houses in Maungdaw town", "They [told] us to go to Bangladesh or be killed", "[denied] targeting Rohingya civilians"], a=["Arakan Army fighters"], t=["Rohingya civilians", "residents"], p=("Maungdaw", 20.82, 92.36, "MM"), c=["claimed", "denied"], note="Rohingya accuse AA of burning houses and expelling residents"),
 R("REQUEST", m=["[called] on Bangladesh to open its border"], a=["The United Nations"], t=["Bangladesh"], p=None, c=A, note="UN calls on Bangladesh to open border"),
]))
