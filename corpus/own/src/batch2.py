from common import *
ARTS = []
ARTS.append(dict(id="own_005", pub="2025-06-14", src="Darfur Dispatch", text='''
RSF shelling hits El Fasher market as families flee to Tawila

EL FASHER, Sudan — Shells fired by the paramilitary Rapid Support Forces struck the main livestock market in El Fasher on Friday morning, killing at least 15 people, a local emergency response room said.

The volunteer group said another 40 people were injured in the bombardment, which came as the RSF pressed its siege of the North Darfur capital, the last major city in Darfur still held by the army and allied armed groups.

An RSF commander, speaking to a pro-group channel, denied targeting civilians and said his forces had shelled "army positions" in the city.

The army-aligned Joint Forces said they had repelled an RSF assault on the city's southern and eastern districts on Thursday night. Neither side gave casualty figures for the fighting.

Aid agencies said more than 3,000 families had fled El Fasher and the nearby Abu Shouk camp for Tawila, about 60 km to the west, over the past week, many of them on foot.

"People arrive with nothing, not even shoes," said Amira Yahya, a nurse at a clinic in Tawila.

The Sudanese Foreign Ministry on Friday called on the UN Security Council to designate the RSF a terrorist organisation.
''', recs=[
 R("ASSAULT", acled=SHELL, m=["RSF [shelling] hits El Fasher market", "Shells fired by the paramilitary Rapid Support Forces [struck] the main livestock market", "were injured in the [bombardment]", "denied [targeting] civilians", "his forces had [shelled]"], a=["the paramilitary Rapid Support Forces", "RSF"], t=["the main livestock market", "civilians"], p=("El Fasher", 13.63, 25.35, "SD"), d="Friday", f=(15, 20), i=(40, 40), c=["claimed", "asserted", "denied"], note="RSF shelling of El Fasher livestock market"),
 R("COERCE", m=["the RSF pressed its [siege] of the North Darfur capital"], a=["the RSF"], t=["the North Darfur capital"], p=("El Fasher", 13.63, 25.35, "SD"), c=A, opt=True, note="ongoing RSF siege of El Fasher"),
 R("ASSAULT", acled=CLASH, m=["they had [repelled] an RSF assault"], a=["The army-aligned Joint Forces"], t=["an RSF assault", "RSF"], p=("El Fasher", 13.63, 25.35, "SD"), d="Thursday", c=CL, note="Joint Forces repel RSF assault on southern/eastern El Fasher"),
 R("MOVE", mode="flee", m=["more than 3,000 families had [fled] El Fasher"], a=["more than 3,000 families"], p=("El Fasher", 13.63, 25.35, "SD"), d="lastweek", q=(3001, 4000), c=CL, note="3,000+ families flee El Fasher and Abu Shouk for Tawila"),
 R("REQUEST", m=["[called] on the UN Security Council to designate"], a=["The Sudanese Foreign Ministry"], t=["the UN Security Council"], p=None, d="Friday", c=A, note="ministry asks UNSC to designate RSF terrorist"),
]))

ARTS.append(dict(id="own_006", pub="2025-07-08", src="Borderlands Review", text='''
"We crossed at night, carrying my mother": a family's road from El Geneina to Adré

ADRÉ, Chad — Halima Abdelrahman Issa, 29, reached the border town of Adré with her four children and her elderly mother in late June, after walking for three nights from El Geneina, the capital of Sudan's West Darfur state.

"The militia came to our neighbourhood on a Saturday. They went house to house and took the men outside," she said, sitting under a tarpaulin at the transit site. "They shot my husband in front of our door."

She said the gunmen, who wore the uniforms of the Rapid Support Forces, also burned the market and set fire to their street.

Her neighbour, Adam Yousif, 52, recalled hiding in a latrine for two days. "When I came out, the road to the river was full of bodies," he said. He estimated that at least thirty people were killed in their district alone.

The family crossed into Chad on foot at night. "We carried my mother on a donkey cart and then on our backs," Ms Issa said. Chadian soldiers at the crossing let them through and registered them.

Aid workers in Adré say new arrivals describe similar killings. "Everyone here has lost someone," said Mariam Oumar, a volunteer with a local women's group. The family now receives a monthly food ration from the World Food Programme.
''', recs=[
 R("ASSAULT", acled=VAC, m=["The militia [came] to our neighbourhood on a Saturday", "[took] the men outside", "They [shot] my husband in front of our door", "the road to the river was full of [bodies]", "thirty people were [killed] in their district"], a=["The militia", "the gunmen, who wore the uniforms of the Rapid Support Forces", "the Rapid Support Forces"], t=["the men", "my husband"], p=("El Geneina", 13.45, 22.45, "SD"), d="2025-06", f=(30, 60), c=CL, note="RSF-uniformed militia kills men house to house in El Geneina"),
 R("ASSAULT", also=["COERCE"], acled=LOOT, m=["also [burned] the market", "set [fire] to their street"], a=["the gunmen, who wore the uniforms of the Rapid Support Forces"], t=["the market", "their street"], p=("El Geneina", 13.45, 22.45, "SD"), d="2025-06", c=CL, note="gunmen burn market and street"),
 R("MOVE", mode="cross_border", m=["We [crossed] at night, carrying", "[reached] the border town of Adré", "The family [crossed] into Chad on foot at night", "We [carried] my mother on a donkey cart"], a=["Halima Abdelrahman Issa", "her four children and her elderly mother", "The family"], p=("Adré", 13.47, 22.20, "TD"), d="2025-06", q=(6, 6), c=CL, note="family walks from El Geneina and crosses into Chad at Adré"),
 R("MOVE", mode="flee", m=["recalled [hiding] in a latrine for two days"], a=["Adam Yousif"], p=("El Geneina", 13.45, 22.45, "SD"), d="2025-06", c=CL, opt=True, note="neighbour hides for two days"),
 R("AID", m=["receives a monthly food [ration] from the World Food Programme"], a=["the World Food Programme"], t=["The family"], p=("Adré", 13.47, 22.20, "TD"), c=A, opt=True, note="WFP monthly ration to family (habitual)"),
]))

ARTS.append(dict(id="own_007", pub="2025-08-02", src="Horn Newswire", wrap=True, text='''
Car bomb in Mogadishu, separate attack in Beledweyne kill at least 17

MOGADISHU, Somalia (HNW) — A car bomb exploded outside a busy restaurant near the Somali parliament in Mogadishu on Friday evening, killing at least nine people, police said, hours after militants attacked a military base in the central town of Beledweyne.

Police spokesman Abdikadir Hassan Farah said the explosives-laden vehicle was detonated as diners gathered to watch a football match. "At least nine people were killed and 20 others wounded," he said. Al-Shabaab claimed the bombing in a statement on a website linked to the group.

Earlier on Friday, al-Shabaab fighters stormed a base of clan militias allied with the government on the outskirts of Beledweyne, in Hiiraan region. Eight soldiers and militiamen died in the fighting, a local commander, Ahmed Nur Jimale, told Horn Newswire. He said "dozens" of attackers were killed, a claim that could not be verified.

The al-Qaeda-linked group has waged an insurgency against the federal government for nearly two decades. It has carried out more than a dozen bombings in the capital this year alone.

The government vowed to "hunt down those responsible" for Friday's blast.
''', recs=[
 R("ASSAULT", acled=IED, m=["Car [bomb] in Mogadishu", "A car bomb [exploded] outside a busy restaurant", "the explosives-laden vehicle was [detonated]", "Al-Shabaab claimed the [bombing]", "for Friday's [blast]"], a=["Al-Shabaab"], t=["a busy restaurant", "diners"], p=("Mogadishu", 2.04, 45.34, "SO"), d="Friday", f=(9, 15), i=(20, 20), c=["claimed", "asserted"], note="car bomb at Mogadishu restaurant near parliament"),
 R("ASSAULT", acled=CLASH, m=["separate [attack] in Beledweyne", "militants [attacked] a military base in the central town", "al-Shabaab fighters [stormed] a base of clan militias", "Eight soldiers and militiamen [died] in the fighting"], a=["al-Shabaab fighters", "militants"], t=["clan militias allied with the government", "a military base"], p=("Beledweyne", 4.74, 45.20, "SO"), d="Friday", f=(8, 60), c=CL, note="al-Shabaab attack on base near Beledweyne"),
 R("THREATEN", m=["The government [vowed] to"], a=["The government"], t=["those responsible"], p=None, d="Friday", c=HY, opt=True, note="government vows to hunt down bombers"),
]))

ARTS.append(dict(id="own_008", pub="2025-09-15", src="Radio Bay FM", text='''
Bay FM evening bulletin: displaced families arrive in Baidoa; rains wash out road

BAIDOA — Good evening. Our top story tonight: more than 600 families have arrived in Baidoa over the last ten days from villages in Berdale district, camp managers told Bay FM. The new arrivals say they left after al-Shabaab fighters demanded livestock and forced young men to join their ranks.

Sahra Mohamed Aden, a mother of five who arrived on Sunday, told our reporter that the fighters took eleven of her goats as "zakat" and warned the village that any family hiding boys would be punished.

The regional administration says it has registered the families and that the World Food Programme delivered food vouchers to 400 households at the Salaamey site on Saturday.

In other news, heavy rains over the weekend caused a landslide near Berdale road that killed two truck drivers, according to the district commissioner. The road remains closed.

And in sport, Baidoa United killed off their rivals' title hopes with a 3-1 win in Kismayo.

Finally, the regional assembly's bill on land registration was killed in committee this morning. That is all for tonight.
''', recs=[
 R("MOVE", mode="flee", m=["more than 600 families have [arrived] in Baidoa", "The new arrivals say they [left] after"], a=["more than 600 families", "The new arrivals"], p=("Baidoa", 3.11, 43.65, "SO"), d=("-10", "today"), q=(601, 800), c=CL, note="600+ families displaced from Berdale district to Baidoa"),
 R("COERCE", m=["[forced] young men to join their ranks", "fighters [demanded] livestock"], a=["al-Shabaab fighters"], t=["young men"], p=("Berdale", 3.58, 43.30, "SO"), c=CL, note="al-Shabaab forced recruitment and livestock levy in Berdale"),
 R("COERCE", acled=LOOT, m=["the fighters [took] eleven of her goats"], a=["the fighters"], t=["Sahra Mohamed Aden"], p=("Berdale", 3.58, 43.30, "SO"), c=CL, note="fighters seize goats as zakat"),
 R("THREATEN", m=["[warned] the village that any family hiding boys"], a=["the fighters"], t=["the village"], p=("Berdale", 3.58, 43.30, "SO"), c=CL, note="threat to punish families hiding boys"),
 R("AID", m=["the World Food Programme [delivered] food vouchers"], a=["the World Food Programme"], t=["400 households"], p=("Baidoa", 3.11, 43.65, "SO"), d="Saturday", q=(400, 400), c=CL, note="WFP food vouchers at Salaamey site"),
]))
