-- Amur–Heilongjiang Cooperation Atlas: curated dataset (loaded into in-memory H2 at start).
-- Every record cites at least one of the five seed documents (see the source table).
-- Conventions: slugs are lowercase-kebab, references use slugs, figures are kept exactly as printed,
-- and problems in a source are explained in the note of the record, prefixed "Editorial note:".
-- Locators: "para. N" counts the body paragraphs of a news item (see the note of each source),
-- "§2.2" is a section of Zhang (2025), Song (2019) is cited by section name and paragraph, table or footnote.
-- No semicolons inside string literals: the script is split on them.

-- ======================================================================
-- == Sources ==
-- ======================================================================
INSERT INTO source (slug, title, authors, outlet, bibliographic, kind, published_on, published_year, date_label, doi, url, language, seed_file, summary, note) VALUES ('asianews-2022-heilongjiang-siberia', 'Heilongjiang seeking integration with Siberia', NULL, 'AsiaNews', NULL, 'NEWS', DATE '2022-03-23', 2022, '23 March 2022', NULL, NULL, 'en', '000_069a1d5201fadeeb.txt', 'A short AsiaNews report, datelined Beijing, on Heilongjiang''s wish to integrate with neighbouring Siberia, as voiced by the provincial Communist Party chief Xu Qin in the Heilongjiang Daily a few days after the Xi–Biden video call of 18 March 2022. It ties the push to the war in Ukraine and Western sanctions, mentions "the Russian-Chinese pipeline inaugurated in 2019" and the border town of Heihe, and lists the risks: heavy energy investment needs, local attitudes to a China–Russia "quasi-alliance", Russian unease about Chinese migrants and Chinese nationalist claims on the Far East.', 'Editorial note: the copy carries the dateline "03/23/2022, 14.55" and no author. Paragraph numbers count the body paragraphs after the lead paragraph (the summary printed under the headline): para. 1 begins "Beijing (AsiaNews)", para. 13 is the one on Chinese nationalist groups. The "See also" links, subscription prompts and the closing quotation of John Paul II are website furniture and are not used. The article reports Xu Qin''s remarks second-hand, through the Heilongjiang Daily, and quotes none of his words directly.');
INSERT INTO source (slug, title, authors, outlet, bibliographic, kind, published_on, published_year, date_label, doi, url, language, seed_file, summary, note) VALUES ('deeper-economic-ties-2023', 'China and Russia Forge Deeper Economic Ties Despite Western Disapproval', NULL, NULL, NULL, 'NEWS', NULL, 2023, '2023 (not printed, inferred from context)', NULL, NULL, 'en', '001_f9517f488530f4af.txt', 'An unsigned news item on how China and Russia are widening cross-border links, trade and investment after Russia''s invasion of Ukraine, against Western criticism. It reports a Beijing meeting of the Russian economic development minister and the Chinese commerce minister, Wang Yi''s strategic talks in Moscow, Chinese imports of Russian oil, gas and grain, a transshipment oil complex at the Tongjiang–Nizhneleninskoye railway bridge, Russian seafood exports after China''s ban on Japanese seafood, a grain corridor, and Xi Jinping''s description of Heilongjiang as a "pivotal" gateway.', 'Editorial note: neither outlet nor date is printed. The atlas dates the item to 2023 from internal evidence: it calls the invasion of Ukraine "last year", reports Wang Yi''s visit to Moscow with a Putin visit to Beijing due "next month", and mentions China''s ban on Japanese seafood over the Fukushima water, all of which point to the second half of 2023. The closing line ("Prone to fits of apathy. Devoted music geek. ...") is a generic, apparently auto-generated author blurb, not an identification of the writer, and is ignored. The item itself slips in para. 7 ("Russia''s Heilongjiang"). Paragraph numbers count the body paragraphs after the headline: para. 1 begins "China and Russia are strengthening", para. 9 is the closing paragraph before the blurb.');
INSERT INTO source (slug, title, authors, outlet, bibliographic, kind, published_on, published_year, date_label, doi, url, language, seed_file, summary, note) VALUES ('zhang-2025-turn-to-the-east', 'Analysis of the prospects for cooperation between China and Russia in the Northeast-Far East region in the context of the "Turn to the East" policy', 'Zhang, X.', 'International relations', '2025, no. 1, pp. 86–95', 'PAPER', DATE '2025-03-04', 2025, '4 March 2025', '10.7256/2454-0641.2025.1.73536', NULL, 'en', '002_a1945f036cbe3d17.txt', 'A journal article on cooperation between Northeast China and the Russian Far East in the light of Russia''s "turn to the East". It traces the background from ancient contacts through the 19th-century treaties and Soviet aid to the normalisation of the late 1980s, reviews results in energy, cross-border infrastructure, trade and education up to December 2024, sets out China''s policy considerations, lists institutional, infrastructural and social obstacles with figures, and proposes new cooperation mechanisms, sectoral projects and a Northeast Asian "cultural circle".', 'Editorial note: the copy is an automatic English machine translation (the page says "This article is automatically translated") of a Russian-language paper, so the wording is sometimes odd: "Sushan" for the Sushen people, "Aigong" for the Aigun Treaty, "Tongjiang-Leninskoye Bridge" for the Tongjiang–Nizhneleninskoye bridge, and "daily gas supplies ... at 38 billion cubic meters" with no "per year", a figure the atlas reads as the annual contractual volume. The abstract calls the agricultural model "resources – production capacity – market", §3.2 "resources – production facilities – market". The author''s full name and affiliation are not printed. Received 25 February 2025, published 4 March 2025, EDN BKTHZU. The text is one unbroken block, so locators give the section (Abstract, §I, §2.1 to §3.2, Conclusion) and the reference the paper cites there. The papers'' own references are not separate sources in the atlas. The URL of ref. [9] is garbled in the copy, and ref. [15], which the text ties to Putin''s 2024 visit, has a URL dated 22 March 2023.');
INSERT INTO source (slug, title, authors, outlet, bibliographic, kind, published_on, published_year, date_label, doi, url, language, seed_file, summary, note) VALUES ('heihe-border-feature-2023', '‘No one else wants to be friends with us’: View from the China-Russia border city where harmony lies', NULL, NULL, NULL, 'FEATURE', NULL, 2023, 'March 2023 (not printed, inferred from Xi Jinping''s Moscow visit)', NULL, NULL, 'en', '003_b0046fc09b710f13.txt', 'A reported feature from the frozen border city of Heihe, written while Xi Jinping was on his March 2023 visit to Moscow. It describes how COVID, the closed border and sanctions emptied the once busy cross-border trade, interviews a Heihe shopkeeper and a Russian truck driver, points to the Power of Siberia pipeline entering China at Heihe and a large bridge carrying commodity trade, and weighs what the relationship is worth to each side.', 'Editorial note: outlet, author and date are not printed (the copy carries only the section label "World"). A photo caption dates Xi''s arrival in Moscow to 20 March 2023 and the text treats the visit as under way, so the atlas dates the piece to March 2023. The caption credits Kommersant/Reuters for the photo. Paragraph numbers count the body paragraphs from "If you want to understand" (para. 1) to "China is still treading" (para. 32), leaving out the photo caption, the image label, the "Read more" links, the video player lines, the subheading and the closing "Products You May Like". Phrases such as "under our feet" and "we meet Slava" show a reporting team on site. The bridge "further up the river" is not named.');
INSERT INTO source (slug, title, authors, outlet, bibliographic, kind, published_on, published_year, date_label, doi, url, language, seed_file, summary, note) VALUES ('song-2019-heilongjiang-russia', 'Strategic priorities of cooperation between Heilongjiang province and Russia', 'Song, L.', 'R-economy', 'Vol. 5, no. 1, pp. 13–18', 'PAPER', NULL, 2019, '2019', '10.15826/recon.2019.5.1.002', NULL, 'en', '004_b1722b658fb9ce4f.txt', 'An article by Song Linlin of the Institute of Northeast Asian Studies, Heilongjiang Provincial Academy of Social Sciences, on Heilongjiang''s cooperation with Russia under the Belt and Road Initiative. It tabulates the province''s trade with Russia for 2008–2018, describes the Eastern Land-Sea Silk Road Economic Belt and the Longjiang (Heilongjiang) Land-Sea Silk Road Economic Belt with their results, channel layout (Table 2) and industrial layout (Table 3), and ends with five recommendations, among them a cross-border e-commerce base and a Sino-Russian free trade zone.', 'Editorial note: the article is in English with a Russian abstract. Received 5 October 2018, accepted 13 February 2019, no day of publication printed. Table 1 is headed "in million US dollars", yet its values (e.g. 181.9 for 2018) only make sense in hundreds of millions of dollars, and the text''s "US$100 million" trade level of 2007 probably renders the Chinese 100亿 (10 billion), see the statistical series and key figures. Several names are garbled: "Blabovichsk" (Blagoveshchensk), "Beia Railway" (probably the Baikal–Amur Mainline), "Dongfang" (the Chinese name of the port of Vostochny), "Manchuria" (Manzhouli), "Qiqihaer" (Qiqihar), "Gongqingcheng" (the Chinese name of Komsomolsk-on-Amur), "Longjiang Province" (Heilongjiang). Many results in the "Eastern Silk Road Belt" section rest on 2014–2015 sources (refs. [12], [13] and footnote 2), so the statuses reported there may describe the mid-2010s rather than 2019. Locators name the section and count its paragraphs, e.g. "Eastern Silk Road Belt, para. 3" (the Introduction''s fourth paragraph runs across a page break).');

-- ======================================================================
-- == Themes ==
-- ======================================================================
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('energy', 'Energy', 1, 'Gas, oil and power across the Amur: the Power of Siberia pipeline entering China at Heihe, the Mohe–Daqing crude oil lines, refining plans and power lines, one of them across the border at Heihe.', 'Energy appears in all five sources. The eastern gas route, known in Russia as Power of Siberia, enters China at Heihe. It was commissioned in 2019 and by December 2024 had delivered more than 80 billion cubic metres, according to Zhang (2025), who also reports that from 1 December 2024 Gazprom raised supplies to the maximum contractual level, printed as "daily gas supplies ... at 38 billion cubic meters" and read by the atlas as an annual volume. AsiaNews (2022) reports that Heilongjiang''s party chief Xu Qin wanted "the Russian-Chinese pipeline inaugurated in 2019" expanded quickly (AsiaNews does not name it, the atlas takes it to be this gas route), and the Heihe feature (2023) describes China buying more of its gas than ever, partly making up for Russia''s lost sales in Europe.

Oil came first. Song (2019) credits the Sino-Russian crude oil pipeline from Mohe to Daqing, in operation in 2011, with reviving Heilongjiang''s trade with Russia, and reports that a second line had been approved, along with a border oil storage, refining and chemical complex at Heihe. In 2023 a transshipment oil complex was being built near the Tongjiang–Nizhneleninskoye railway bridge ("China and Russia Forge Deeper Economic Ties", 2023), and Zhang (2025) proposes a refining joint venture between the Daqing oil field and the Sakhalin Oil and Gas Company.

The weak points are on record too. An electricity grid that covers less than 40% of the Far East limits mining projects (Zhang), and AsiaNews notes that the huge energy investment the Russian Far East needs becomes a risk for Beijing while Moscow is cut off from international capital markets. Song''s channel plan (Table 2) adds a cross-border transmission line at Heihe and a Harbin–Tangshan line.');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('corridors', 'Corridors and transport', 2, 'Bridges, railways, ports, air routes and multimodal corridors that carry goods across and around the border, and the bottlenecks that slow them.', 'Heilongjiang shares 2,981 km of border with Russia and has 25 first-class national ports (Song 2019). Two bridges now cross the Amur: the Tongjiang–Nizhneleninskoye railway bridge, commissioned in 2022, which had carried more than 6 million tonnes of cargo by June 2024, and the Heihe–Blagoveshchensk highway bridge, with more than 370 thousand tonnes in a year (Zhang 2025). The Heihe feature (2023) meets a Russian truck driver at a bridge near Heihe.

Song describes the province''s plans under the Eastern and the Longjiang Land-Sea Silk Road Economic Belts: China-Europe trains running directly to Warsaw (Song does not say where they start), cargo sent by rail to Vladivostok instead of through Dalian, new air routes and charter flights from Harbin, and a channel layout of sea routes, four main railway lines, highways, river ports, airports, pipelines, power lines and cables (Table 2). Zhang adds the Binhai No. 1 and No. 2 (Primorye-1 and -2) corridors, and the news item "China and Russia Forge Deeper Economic Ties" (2023) a grain corridor.

Zhang also lists the bottlenecks on the Russian side: congestion on the Trans-Siberian Railway that reaches 95%, cargo delays of more than 20 days, a freezing period of Far Eastern ports that reaches 4 months, and outdated equipment at the port of Nakhodka.');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('agriculture', 'Agriculture and food', 3, 'Grain, food and farmland: the grain corridor, seafood, a green food processing base and the "resources – production capacity – market" model.', 'Agriculture appears in three of the five sources, mostly as plans. Song (2019) lists agriculture and forestry among the established fields of Heilongjiang–Russia cooperation and recommends using the farmland of the Russian Far East for a green food processing base. Zhang (2025) notes that Northeast China sells agricultural products to the Far East and proposes a triple "resources – production facilities – market" model (the abstract says "production capacity") that would join Russian land to Chinese farming technology and processing, with settlement in local currencies for food trade.

The news item "China and Russia Forge Deeper Economic Ties Despite Western Disapproval" (2023) reports rising Chinese imports of Russian grain, a grain corridor under construction between the Russian side and China''s northeastern breadbasket, and new openings for Russian seafood after China banned seafood from Japan over the Fukushima water. In the same report Xi Jinping names food security among the roles of Heilongjiang as a "pivotal" gateway.');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('history', 'History', 4, 'From ancient contacts in the Amur basin through the 19th-century treaties, Soviet aid and the split of the 1960s to normalisation and the "turn to the East".', 'Zhang (2025) opens with a long view: peoples of the Amur (Heilongjiang) basin such as the Sushen and Yilou traded and migrated across Northeast Asia long before the modern border. From the mid-19th century the Aigun and Beijing treaties between tsarist Russia and the Qing government redrew sovereignty in the region. That history still matters: AsiaNews (2022) reports Chinese nationalist groups claiming Vladivostok and other parts of the Far East, and Zhang speaks of periodic disputes over the region''s historical affiliation.

After the founding of the People''s Republic the Soviet Union helped build Northeast China''s industrial base, including the Anshan Metallurgical Company and the First Automobile Plant in Changchun. Relations worsened from the 1960s and trade fell sharply, though informal contacts survived in the border areas. Normalisation in the late 1980s and early 1990s, foreshadowed by Gorbachev''s 1986 Vladivostok speech, let cross-border trade recover.

The recent phase starts with Russia''s Far East policy documents of 2007, the Silk Road initiatives Xi Jinping announced in 2013 and Russia''s "turn to the East" after the 2014 Ukraine crisis, and speeds up after 2022. The Heihe feature (2023) reminds readers that battles once destroyed communities along what is now a peaceful border.');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('trade-investment', 'Trade and investment', 5, 'Trade flows, investment, banking, trade zones and the China-Russia Expo, with the rules that hold them back.', 'Song (2019) tabulates Heilongjiang''s trade with Russia from 2008 to 2018 (see the data pages): a sharp fall in 2009 with the financial crisis, growth from 2011 on the back of the crude oil pipeline, swings with world energy prices, a deep slump in the mid-2010s and recovery by 2018, the year China–Russia trade as a whole passed 100 billion US dollars. Under the Eastern Silk Road Belt the province''s investment in Russia reached 1 billion US dollars, 10 provincial banks set up relations with 24 Russian banks, and the Harbin trade fair became the China-Russia Expo.

New instruments followed: the Harbin Comprehensive Bonded Zone, the "One Window and Four Districts" programme of April 2017 with a proposed Sino-Russian free trade area, and later the Harbin Free Trade Zone, whose experience Zhang (2025) wants to use for a blockchain trade platform. In 2023 China''s commerce minister Wang Wentao called the economic relationship "solid" ("China and Russia Forge Deeper Economic Ties", 2023).

The obstacles are institutional as much as economic. Zhang cites a cap of 50% on foreign capital in Russia''s strategic industries and an average project review of 18 months, unsettled questions of trade settlement, intellectual property and environmental protection, and the chilling effect of Western sanctions.');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('industry-technology', 'Industry and technology', 6, 'Industrial plants, parks and belts, telecom links, and proposals for cloud computing, 5G, artificial intelligence and the "ice economy".', 'Industrial cooperation runs from the Soviet-aided plants built after the founding of the People''s Republic to the industrial layout of the Longjiang Silk Road Belt, which Song (2019) arranges as one core (Harbin), four industrial belts, a ring of border towns and six cross-border industrial clusters. Song also reports that the Longxing Group and the LongMay Group had started six projects in Russia, and recommends a cross-border industrial base. The channel plan includes an International Communication Gateway Bureau in Harbin and an Arctic optical cable from Murmansk to Harbin via Vladivostok and Suifenhe.

Zhang (2025) sees Northeast China''s machine-building base and oil and gas engineering as the complement to Russian resources, and proposes new sectors: a blockchain platform for cross-border trade, cloud computing run on cheap Siberian energy, 5G at the main border points, artificial intelligence and the Internet of Things, and a full cross-border industrial chain for the "ice economy".');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('people-culture', 'People, culture and tourism', 7, 'Border life, tourism, education and culture, and how people on each side see the other.', 'Before the pandemic, the Heihe feature (2023) recalls, Chinese groups crossed north to see Siberia, Russians came the other way, and people of the border towns crossed regularly to shop, do business and socialise. COVID, a closed border and a sanctions squeeze on Russia''s economy have since quietened that trade. Song (2019) reports 13 port areas opened for cross-border tourism and 8 crossing points issuing visas, and Zhang (2025) proposes ice-and-snow tourism built on the visa-free regime at border crossings.

Attitudes differ. A Heihe shopkeeper calls Russians "nice and straightforward", and a Russian truck driver says that China is the only neighbour left that wants to be friends. AsiaNews (2022) notes Siberian Russians'' concern about Chinese migrants, and Zhang names Russians'' cultural attachment to the West as an obstacle that is hard to overcome. Zhang describes university exchanges and the China–Russia years of culture, and proposes joint education programmes and a Northeast Asian "cultural circle".');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('geopolitics', 'Geopolitics and risks', 8, 'Sanctions, the war in Ukraine, great-power rivalry, and the positions of governments, experts and residents.', 'The sources set border cooperation inside a wider realignment. Zhang (2025) describes Russia''s "turn to the East" since the 2014 Ukraine crisis and its acceleration under sanctions after 2022, while China links the Belt and Road Initiative to Russia''s Greater Eurasian Partnership and says it keeps to "non-alignment, non-confrontation and non-targeting of third parties". AsiaNews (2022) reports Heilongjiang''s party chief presenting integration with Siberia as strategic cooperation against the West, days after Joe Biden warned Xi Jinping of serious consequences if China helped Russia.

In 2023 Chinese officials called the partnership solid and within international norms ("China and Russia Forge Deeper Economic Ties", 2023), while the Heihe feature judged that China was quietly giving Russia finance, technology and diplomatic cover and that Russia offers China a like-minded partner against America. Xi''s March 2023 visit to Moscow and Putin''s 2024 visit to China, which took him to Harbin, are the high points in the sources.

The risks are attributed as such: Western stigmatisation and sanctions (Zhang), China''s exposure through its trade with the United States and Europe and Russia''s exclusion from capital markets (AsiaNews), Russian unease about Chinese migrants and Chinese nationalist claims on the Far East (AsiaNews), and periodic disputes over the region''s history (Zhang).');

-- ======================================================================
-- == Places ==
-- ======================================================================
-- China
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('china', 'China', 'Китай', '中国', 'CN', 'China', 'COUNTRY', 35.0, 103.0, 'CN', 'One of the two partners. The sources look at China mainly through its northeastern provinces, above all Heilongjiang.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('china', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('china', 'deeper-economic-ties-2023', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('china', 'zhang-2025-turn-to-the-east', 'Abstract');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('china', 'heihe-border-feature-2023', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('china', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
-- Russia
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('russia', 'Russia', 'Россия', '俄罗斯', 'RU', 'Russia', 'COUNTRY', 61.5, 105.3, 'RU', 'The other partner, seen in the sources mainly through its Far East and Siberia.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russia', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russia', 'deeper-economic-ties-2023', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russia', 'zhang-2025-turn-to-the-east', 'Abstract');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russia', 'heihe-border-feature-2023', 'para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russia', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
-- Mongolia
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('mongolia', 'Mongolia', 'Монголия', '蒙古国', 'MN', 'Mongolia', 'COUNTRY', 46.9, 103.8, 'MN', 'Third country of the China-Mongolia-Russia Economic Corridor, and one of the neighbours to which Zhang says Northeast China is closely connected.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mongolia', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mongolia', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mongolia', 'zhang-2025-turn-to-the-east', '§2.3');
-- North Korea
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('north-korea', 'North Korea', 'КНДР', '朝鲜', 'KP', 'North Korea', 'COUNTRY', 40.3, 127.5, 'KP', 'Neighbour of Northeast China and of the Russian Far East. The news item "China and Russia Forge Deeper Economic Ties" (2023) describes the Far East as a trade hub connecting China and North Korea, and Song lists it among the countries reached from Vladivostok.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('north-korea', 'deeper-economic-ties-2023', 'para. 4');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('north-korea', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('north-korea', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('north-korea', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
-- South Korea
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('south-korea', 'South Korea', 'Южная Корея', '韩国', 'KR', 'South Korea', 'COUNTRY', 36.5, 127.9, 'KR', 'Reached by sea from Vladivostok in the Longjiang belt plan, with Busan on its sea route.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('south-korea', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('south-korea', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Japan
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('japan', 'Japan', 'Япония', '日本', 'JP', 'Japan', 'COUNTRY', 36.2, 138.3, 'JP', 'China''s ban on Japanese seafood over the Fukushima water opened the Chinese market to Russian Far East seafood ("China and Russia Forge Deeper Economic Ties", 2023). Song''s sea route calls at Niigata.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('japan', 'deeper-economic-ties-2023', 'para. 6');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('japan', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('japan', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Poland
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('poland', 'Poland', 'Польша', '波兰', 'PL', 'Poland', 'COUNTRY', 52.1, 19.4, 'Destination country of the China-Europe trains to Warsaw reported by Song.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('poland', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
-- Heilongjiang
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('heilongjiang', 'Heilongjiang', 'Хэйлунцзян', '黑龙江省', 'CN', 'Heilongjiang', 'REGION', 47.9, 128.0, 'CN-HL', 'China''s northernmost province and the atlas''s focus. It is one of China''s nine border provinces, shares 2,981 km of border with Russia and has 25 first-class national ports (Song 2019). The gas pipeline from Russia enters it at Heihe, and the Tongjiang and Heihe bridges link it with Russia across the Amur.', 'Editorial note: Song (2019) once writes "Longjiang Province" (Longjiang Silk Road Belt, para. 3), and the news item "China and Russia Forge Deeper Economic Ties" (2023, para. 7) places Heilongjiang in Russia ("Russia''s Heilongjiang"). Both are slips for the Chinese province.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'asianews-2022-heilongjiang-siberia', 'para. 4');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'deeper-economic-ties-2023', 'para. 8');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'heihe-border-feature-2023', 'para. 19');
-- Jilin
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('jilin', 'Jilin', 'Цзилинь', '吉林省', 'CN', 'Jilin', 'REGION', 43.7, 126.2, 'CN-JL', 'Northeastern province that AsiaNews names, with Heilongjiang and Liaoning, among China''s depressed industrial areas looking to the Russian Far East.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('jilin', 'asianews-2022-heilongjiang-siberia', 'para. 4');
-- Liaoning
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('liaoning', 'Liaoning', 'Ляонин', '辽宁省', 'CN', 'Liaoning', 'REGION', 41.3, 122.6, 'CN-LN', 'Northeastern province that AsiaNews names, with Heilongjiang and Jilin, among China''s depressed industrial areas. Home of Dalian and of the Soviet-aided Anshan steel works.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('liaoning', 'asianews-2022-heilongjiang-siberia', 'para. 4');
-- Northeast China
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('northeast-china', 'Northeast China', 'Северо-Восточный Китай', '中国东北', 'CN', 'Heilongjiang, Jilin and Liaoning', 'REGION', 44.5, 126.5, 'CN-HL CN-JL CN-LN', 'The three northeastern provinces: a former industrial base built with Soviet help, now looking to the Russian Far East for growth, and in 2023 described as China''s breadbasket.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('northeast-china', 'asianews-2022-heilongjiang-siberia', 'para. 4');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('northeast-china', 'deeper-economic-ties-2023', 'para. 7');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('northeast-china', 'zhang-2025-turn-to-the-east', 'Abstract');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('northeast-china', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('northeast-china', 'zhang-2025-turn-to-the-east', '§2.3');
-- Russian Far East
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('russian-far-east', 'Russian Far East', 'Дальний Восток России', '俄罗斯远东', 'RU', 'Far Eastern Federal District', 'REGION', 60.0, 140.0, 'RU-AMU RU-YEV RU-KHA RU-PRI RU-SAK RU-SA RU-ZAB RU-BU', 'Russia''s Pacific region across the Amur from Heilongjiang: rich in oil, gas and timber, thinly populated, and the focus of Russia''s "turn to the East".', 'Editorial note: the sources do not say which borders they mean. The map shades the Far Eastern Federal District in its present borders, which include Buryatia and Zabaykalsky Krai.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russian-far-east', 'asianews-2022-heilongjiang-siberia', 'lead paragraph');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russian-far-east', 'asianews-2022-heilongjiang-siberia', 'para. 10');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russian-far-east', 'deeper-economic-ties-2023', 'para. 4');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russian-far-east', 'zhang-2025-turn-to-the-east', 'Abstract');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russian-far-east', 'zhang-2025-turn-to-the-east', '§2.1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russian-far-east', 'song-2019-heilongjiang-russia', 'Abstract');
-- Siberia
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('siberia', 'Siberia', 'Сибирь', '西伯利亚', 'RU', 'Siberia', 'REGION', 60.0, 100.0, 'RU-IRK', 'Heilongjiang''s party chief wants integration with neighbouring Siberia (AsiaNews), Chinese tourists travelled to it before the pandemic (Heihe feature), and Zhang would use its cheap energy for cloud computing.', 'Editorial note: AsiaNews uses "Siberia" loosely for the Russian regions across the border from Heilongjiang, which Russian usage assigns to the Far East. The map shades Siberia as the Siberian Federal District, of which only Irkutsk Oblast lies within the map''s frame.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('siberia', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('siberia', 'asianews-2022-heilongjiang-siberia', 'para. 5');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('siberia', 'asianews-2022-heilongjiang-siberia', 'para. 7');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('siberia', 'heihe-border-feature-2023', 'para. 5');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('siberia', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('siberia', 'zhang-2025-turn-to-the-east', '§3.2');
-- Amur Oblast
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, outline, summary, note) VALUES ('amur-oblast', 'Amur Oblast', 'Амурская область', '阿穆尔州', 'RU', 'Amur Oblast', 'REGION', 53.0, 128.0, 'RU-AMU', 'Russian region across the Amur from Heihe, with its capital Blagoveshchensk. Song''s "Amur-Heihe" oil storage, refining and chemical complex probably refers to it.', 'Editorial note: Song writes only "the Amur-Heihe border oil storage and transportation and refining and chemical complex". "Amur" could mean Amur Oblast or the river. The atlas links the complex to Amur Oblast, which faces Heihe, as an editorial reading.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('amur-oblast', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
-- Pearl River Delta
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('pearl-river-delta', 'Pearl River Delta', 'Дельта Жемчужной реки', '珠江三角洲', 'CN', 'Guangdong', 'REGION', 22.8, 113.4, 'Southern Chinese destination of goods that Heilongjiang once shipped through Dalian and, per Song, now sends by rail to Vladivostok and on by sea.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('pearl-river-delta', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('pearl-river-delta', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
-- Yangtze River Delta
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('yangtze-river-delta', 'Yangtze River Delta', 'Дельта реки Янцзы', '长江三角洲', 'CN', 'Shanghai, Jiangsu and Zhejiang', 'REGION', 31.2, 120.5, 'Reached from Heilongjiang through the port of Dalian in the southern direction of the Longjiang belt.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('yangtze-river-delta', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
-- Bohai Sea
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('bohai-sea', 'Bohai Sea', 'Бохайский залив', '渤海', 'CN', 'Liaoning, Hebei, Tianjin and Shandong', 'REGION', 38.7, 120.0, 'Reached from Heilongjiang through Dalian in the southern direction of the Longjiang belt.', 'Editorial note: a sea, recorded as a region because the place kinds have no category for seas.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('bohai-sea', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
-- Amur (Heilongjiang) River
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('amur-river', 'Amur (Heilongjiang) River', 'Амур', '黑龙江', 'CN', 'China–Russia boundary river', 'RIVER', 50.25, 127.55, 'The boundary river between Heilongjiang and the Russian Far East, frozen in winter at Heihe. Bridges at Heihe and Tongjiang and the gas pipeline at Heihe cross it, and Song''s river-sea route follows it past Khabarovsk.', 'Editorial note: the sources use the Chinese name: "Heilongjiang River (Amur)" (Zhang), "Heilongjiang river" (Heihe feature). Song''s "the Heihe River" in the pipeline row is read as the Amur at Heihe. The point marks the river between Heihe and Blagoveshchensk. Country is recorded as CN only because the field takes one value, the river forms the border.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('amur-river', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('amur-river', 'heihe-border-feature-2023', 'para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('amur-river', 'heihe-border-feature-2023', 'para. 20');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('amur-river', 'song-2019-heilongjiang-russia', 'Table 2, Water Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('amur-river', 'song-2019-heilongjiang-russia', 'Table 2, Pipeline Transport');
-- Harbin
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('harbin', 'Harbin', 'Харбин', '哈尔滨', 'CN', 'Heilongjiang', 'CITY', 45.8, 126.53, 'Capital of Heilongjiang and the core hub of the Longjiang Silk Road Belt. Its international trade fair was upgraded to the China-Russia Expo, it has a comprehensive bonded zone, a free trade zone and new air routes to Russia, and the Eastern Silk Road Belt aimed at a Harbin–Russia–Europe railway. Putin visited it in 2024.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin', 'song-2019-heilongjiang-russia', 'Table 3, One core');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Heihe
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('heihe', 'Heihe', 'Хэйхэ', '黑河', 'CN', 'Heilongjiang', 'CITY', 50.25, 127.5, 'Border city on the Amur facing Blagoveshchensk: entry point of the Power of Siberia gas pipeline, Chinese end of the Heihe–Blagoveshchensk highway bridge, and the city Xu Qin wants to make the gateway for trade with eastern Siberia.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heihe', 'asianews-2022-heilongjiang-siberia', 'para. 5');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heihe', 'heihe-border-feature-2023', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heihe', 'heihe-border-feature-2023', 'para. 19');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heihe', 'zhang-2025-turn-to-the-east', '§2.2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heihe', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heihe', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heihe', 'song-2019-heilongjiang-russia', 'Table 2, Grid Transmission');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heihe', 'song-2019-heilongjiang-russia', 'Table 3, Four belts');
-- Tongjiang
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('tongjiang', 'Tongjiang', 'Тунцзян', '同江', 'CN', 'Heilongjiang', 'CITY', 47.65, 132.51, 'River port on the Amur and Chinese end of the Tongjiang–Nizhneleninskoye railway bridge, near which a transshipment oil complex was being built in 2023.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('tongjiang', 'deeper-economic-ties-2023', 'para. 5');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('tongjiang', 'zhang-2025-turn-to-the-east', '§2.2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('tongjiang', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('tongjiang', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('tongjiang', 'song-2019-heilongjiang-russia', 'Table 2, Water Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('tongjiang', 'song-2019-heilongjiang-russia', 'Table 3, One ring');
-- Suifenhe
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('suifenhe', 'Suifenhe', 'Суйфэньхэ', '绥芬河', 'CN', 'Heilongjiang', 'CITY', 44.4, 131.15, 'Border city on the main land route east from Harbin to Vladivostok, and a node of the railway lines and the Arctic optical cable in Song''s channel plan.', 'Editorial note: Table 3''s fourth belt, "Harbin-Suifenhe-Beian-Heihe", runs north from Harbin, where Suifenhe (far to the south-east) does not fit. "Suifenhe" there may be a slip for Suihua, which lies on the Harbin–Bei''an–Heihe line. The printed name is kept.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('suifenhe', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('suifenhe', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('suifenhe', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('suifenhe', 'song-2019-heilongjiang-russia', 'Table 2, Cable Communication');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('suifenhe', 'song-2019-heilongjiang-russia', 'Table 3, Four belts');
-- Manzhouli
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('manzhouli', 'Manzhouli', 'Маньчжурия (Маньчжоули)', '满洲里', 'CN', 'Inner Mongolia', 'CITY', 49.6, 117.43, 'Border crossing to Russia at the western end of the Longjiang belt, linking it to Chita and the Eurasian land bridge.', 'Editorial note: Song writes "Manchuria", which is also the Russian name of the city (Маньчжурия). Here it means the border city Manzhouli, not the historical region.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('manzhouli', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('manzhouli', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('manzhouli', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('manzhouli', 'song-2019-heilongjiang-russia', 'Table 3, Four belts');
-- Mohe
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('mohe', 'Mohe', 'Мохэ', '漠河', 'CN', 'Heilongjiang', 'CITY', 52.97, 122.54, 'China''s northernmost county-level city, where the Sino-Russian crude oil pipeline enters China on its way to Daqing, and the northern end of the border highway and the border-ports railway line.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mohe', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mohe', 'song-2019-heilongjiang-russia', 'Table 2, Pipeline Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mohe', 'song-2019-heilongjiang-russia', 'Table 2, Highway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mohe', 'song-2019-heilongjiang-russia', 'Table 2, Aviation Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mohe', 'song-2019-heilongjiang-russia', 'Table 3, One ring');
-- Daqing
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('daqing', 'Daqing', 'Дацин', '大庆', 'CN', 'Heilongjiang', 'CITY', 46.59, 125.1, 'Oil city in western Heilongjiang, terminal of the Mohe–Daqing crude oil pipeline and a stop on the Harbin–Daqing–Qiqihar–Manzhouli industrial belt.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('daqing', 'song-2019-heilongjiang-russia', 'Table 2, Pipeline Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('daqing', 'song-2019-heilongjiang-russia', 'Table 2, Highway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('daqing', 'song-2019-heilongjiang-russia', 'Table 3, Four belts');
-- Daqing oil field
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('daqing-oil-field', 'Daqing oil field', 'Дацинское нефтяное месторождение', '大庆油田', 'CN', 'Heilongjiang', 'OIL_FIELD', 46.6, 124.9, 'China''s large northeastern oil field, which Zhang proposes as the Chinese partner of a joint refining venture with the Sakhalin Oil and Gas Company.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('daqing-oil-field', 'zhang-2025-turn-to-the-east', '§3.2');
-- Dalian
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('dalian', 'Dalian', 'Далянь', '大连', 'CN', 'Liaoning', 'CITY', 38.91, 121.6, 'Seaport through which Heilongjiang used to ship goods south, and the start of the Dalian–Tongjiang railway line in Song''s channel plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('dalian', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('dalian', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('dalian', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
-- Qingdao
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('qingdao', 'Qingdao', 'Циндао', '青岛', 'CN', 'Shandong', 'CITY', 36.07, 120.38, 'Chinese seaport used by Zhang as the benchmark: Nakhodka loads and unloads at 60% of Qingdao''s efficiency.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('qingdao', 'zhang-2025-turn-to-the-east', '§3.1');
-- Dongning
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('dongning', 'Dongning', 'Дуннин', '东宁', 'CN', 'Heilongjiang', 'CITY', 44.06, 131.12, 'Border port in southeastern Heilongjiang, on the border-ports railway line, the southern end of the Mohe–Dongning border highway and end point of two industrial belts.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('dongning', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('dongning', 'song-2019-heilongjiang-russia', 'Table 2, Highway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('dongning', 'song-2019-heilongjiang-russia', 'Table 3, Four belts');
-- Laoheishan
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('laoheishan', 'Laoheishan', 'Лаохэйшань', '老黑山', 'CN', 'Heilongjiang', 'TOWN', 43.65, 130.65, 'Town in Dongning county at the southern start of the border-ports railway line in Song''s channel plan.', 'Editorial note: coordinates are approximate (the town lies about 50 km south-west of Dongning).');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('laoheishan', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
-- Hulin
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('hulin', 'Hulin', 'Хулинь', '虎林', 'CN', 'Heilongjiang', 'CITY', 45.77, 132.94, 'Border town in eastern Heilongjiang, a port on the border-ports railway line and a node of the border-town ring.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('hulin', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('hulin', 'song-2019-heilongjiang-russia', 'Table 3, One ring');
-- Mishan
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('mishan', 'Mishan', 'Мишань', '密山', 'CN', 'Heilongjiang', 'CITY', 45.55, 131.87, 'Border town in southeastern Heilongjiang, listed as a node of the border-town ring in Song''s industrial layout.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mishan', 'song-2019-heilongjiang-russia', 'Table 3, One ring');
-- Raohe
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('raohe', 'Raohe', 'Жаохэ', '饶河', 'CN', 'Heilongjiang', 'TOWN', 46.8, 134.02, 'Border county town in eastern Heilongjiang, a port on the border-ports railway line and a node of the border-town ring.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('raohe', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('raohe', 'song-2019-heilongjiang-russia', 'Table 3, One ring');
-- Fuyuan
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('fuyuan', 'Fuyuan', 'Фуюань', '抚远', 'CN', 'Heilongjiang', 'CITY', 48.36, 134.29, 'Border city at the eastern tip of Heilongjiang, next to Bear Island: a river port, regional airport and node of the border-town ring.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('fuyuan', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('fuyuan', 'song-2019-heilongjiang-russia', 'Table 2, Water Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('fuyuan', 'song-2019-heilongjiang-russia', 'Table 2, Aviation Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('fuyuan', 'song-2019-heilongjiang-russia', 'Table 3, One ring');
-- Mingshan
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('mingshan', 'Mingshan', 'Миншань', '名山', 'CN', 'Heilongjiang', 'BORDER_CROSSING', 47.7, 131.05, 'Border port listed between Tongjiang and Xunke on the border-ports railway line in Song''s channel plan.', 'Editorial note: printed "Mingshan". This fits the Mingshan river port in Luobei County, opposite Amurzet in the Jewish Autonomous Oblast. It is not Mishan, which Table 3 lists separately. Identification and coordinates are editorial.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mingshan', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
-- Xunke
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('xunke', 'Xunke', 'Сюнькэ', '逊克', 'CN', 'Heilongjiang', 'TOWN', 49.58, 128.48, 'Border county on the Amur, a port on the border-ports railway line and a node of the border-town ring.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('xunke', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('xunke', 'song-2019-heilongjiang-russia', 'Table 3, One ring');
-- Jiayin
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('jiayin', 'Jiayin', 'Цзяинь', '嘉荫', 'CN', 'Heilongjiang', 'TOWN', 48.89, 130.4, 'Border county on the Amur, a node of the border-town ring in Song''s industrial layout.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('jiayin', 'song-2019-heilongjiang-russia', 'Table 3, One ring');
-- Luobei
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('luobei', 'Luobei', 'Лобэй', '萝北', 'CN', 'Heilongjiang', 'TOWN', 47.58, 130.83, 'Border county on the Amur, a node of the border-town ring in Song''s industrial layout.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('luobei', 'song-2019-heilongjiang-russia', 'Table 3, One ring');
-- Sunwu
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('sunwu', 'Sunwu', 'Суньу', '孙吴', 'CN', 'Heilongjiang', 'TOWN', 49.43, 127.33, 'Border county south of Heihe, a node of the border-town ring in Song''s industrial layout.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('sunwu', 'song-2019-heilongjiang-russia', 'Table 3, One ring');
-- Jiamusi
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('jiamusi', 'Jiamusi', 'Цзямусы', '佳木斯', 'CN', 'Heilongjiang', 'CITY', 46.8, 130.32, 'City on the Songhua River: a hub river port and regional airport in Song''s channel plan and the end of the Harbin–Jiamusi express railway.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('jiamusi', 'song-2019-heilongjiang-russia', 'Table 2, Water Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('jiamusi', 'song-2019-heilongjiang-russia', 'Table 2, Aviation Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('jiamusi', 'song-2019-heilongjiang-russia', 'Table 3, Four belts');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('jiamusi', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Mudanjiang
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('mudanjiang', 'Mudanjiang', 'Муданьцзян', '牡丹江', 'CN', 'Heilongjiang', 'CITY', 44.55, 129.63, 'City in southeastern Heilongjiang on the Harbin–Suifenhe axis: regional airport and end of the Harbin–Mudanjiang express railway.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mudanjiang', 'song-2019-heilongjiang-russia', 'Table 2, Aviation Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mudanjiang', 'song-2019-heilongjiang-russia', 'Table 3, Four belts');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mudanjiang', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Qiqihar
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('qiqihar', 'Qiqihar', 'Цицикар', '齐齐哈尔', 'CN', 'Heilongjiang', 'CITY', 47.35, 123.92, 'City in western Heilongjiang: regional airport and a stop on the Harbin–Daqing–Qiqihar–Manzhouli industrial belt.', 'Editorial note: Table 3 spells it "Qiqihaer", Table 2 "Qiqihar".');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('qiqihar', 'song-2019-heilongjiang-russia', 'Table 2, Aviation Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('qiqihar', 'song-2019-heilongjiang-russia', 'Table 3, Four belts');
-- Beian
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('beian', 'Bei''an', 'Бэйань', '北安', 'CN', 'Heilongjiang', 'CITY', 48.24, 126.49, 'City on the road and rail line from Harbin north to Heihe, a stop on one of the four industrial belts.', 'Editorial note: printed "Beian".');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('beian', 'song-2019-heilongjiang-russia', 'Table 3, Four belts');
-- Suihua
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('suihua', 'Suihua', 'Суйхуа', '绥化', 'CN', 'Heilongjiang', 'CITY', 46.65, 126.97, 'City north of Harbin, start of the Suihua–Daqing highway in Song''s channel plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('suihua', 'song-2019-heilongjiang-russia', 'Table 2, Highway Transport');
-- Shuangyashan
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('shuangyashan', 'Shuangyashan', 'Шуанъяшань', '双鸭山', 'CN', 'Heilongjiang', 'CITY', 46.65, 131.16, 'City in eastern Heilongjiang, start of the Shuangyashan–Baoqing highway in Song''s channel plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('shuangyashan', 'song-2019-heilongjiang-russia', 'Table 2, Highway Transport');
-- Baoqing
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('baoqing', 'Baoqing', 'Баоцин', '宝清', 'CN', 'Heilongjiang', 'TOWN', 46.33, 132.2, 'County town in eastern Heilongjiang, end of the Shuangyashan–Baoqing highway in Song''s channel plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('baoqing', 'song-2019-heilongjiang-russia', 'Table 2, Highway Transport');
-- Wudalianchi Airport
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('wudalianchi-airport', 'Wudalianchi Airport', 'Аэропорт Удаляньчи', '五大连池德都机场', 'CN', 'Heilongjiang', 'AIRPORT', 48.45, 126.13, 'Regional airport that Song reports as recently opened, part of the province''s growing airport network.', 'Editorial note: coordinates are approximate.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('wudalianchi-airport', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Jiansanjiang Airport
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('jiansanjiang-airport', 'Jiansanjiang Airport', 'Аэропорт Цзяньсаньцзян', '建三江湿地机场', 'CN', 'Heilongjiang', 'AIRPORT', 47.11, 132.66, 'Regional airport in the farming district of eastern Heilongjiang that Song reports as recently opened.', 'Editorial note: coordinates are approximate.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('jiansanjiang-airport', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Harbin Taiping International Airport
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('harbin-taiping-airport', 'Harbin Taiping International Airport', 'Международный аэропорт Харбин Тайпин', '哈尔滨太平国际机场', 'CN', 'Heilongjiang', 'AIRPORT', 45.62, 126.25, 'Hub of Song''s aviation layout (China–Russia–Central Europe–North America), with new routes to Russia, cargo charters to Yekaterinburg and a dominant share of Russian e-commerce cargo.', 'Editorial note: the text says "Harbin Airport", Table 2 "Harbin Taiping International Airport".');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin-taiping-airport', 'song-2019-heilongjiang-russia', 'Table 2, Aviation Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin-taiping-airport', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin-taiping-airport', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Bear Island (Heixiazi / Bolshoy Ussuriysky)
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('bear-island', 'Bear Island (Heixiazi / Bolshoy Ussuriysky)', 'Большой Уссурийский остров', '黑瞎子岛', 'CN', 'Heilongjiang (Fuyuan) and Khabarovsk Krai', 'ISLAND', 48.33, 134.5, 'River island opposite Khabarovsk, shared by China and Russia. Song reports the construction of a "Bear Island Highway Passenger Port".', 'Editorial note: Song writes only "Bear Island Highway Passenger Port" and gives no location. The atlas identifies Bear Island with Heixiazi Island (黑瞎子岛, literally "black bear island"), called Bolshoy Ussuriysky Island in Russia, whose western part belongs to Fuyuan and whose eastern part to Khabarovsk. The identification is editorial. Country is recorded as CN, and the point is placed on the western, Chinese part of the island, because the port would be there.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('bear-island', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Changchun
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('changchun', 'Changchun', 'Чанчунь', '长春', 'CN', 'Jilin', 'CITY', 43.82, 125.32, 'Capital of Jilin, site of the First Automobile Plant built with Soviet help after the founding of the People''s Republic.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('changchun', 'zhang-2025-turn-to-the-east', '§I');
-- Anshan
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('anshan', 'Anshan', 'Аньшань', '鞍山', 'CN', 'Liaoning', 'CITY', 41.11, 122.99, 'Steel city in Liaoning, site of the Anshan Metallurgical Company built with Soviet help after the founding of the People''s Republic.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('anshan', 'zhang-2025-turn-to-the-east', '§I');
-- Beijing
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('beijing', 'Beijing', 'Пекин', '北京', 'CN', 'Beijing', 'CITY', 39.9, 116.4, 'China''s capital: dateline of the AsiaNews report, venue of the 2023 meeting of the Chinese and Russian economy ministers, and name-giver of the 1860 Treaty of Beijing.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('beijing', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('beijing', 'asianews-2022-heilongjiang-siberia', 'para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('beijing', 'deeper-economic-ties-2023', 'para. 2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('beijing', 'zhang-2025-turn-to-the-east', '§I');
-- Guangzhou
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('guangzhou', 'Guangzhou', 'Гуанчжоу', '广州', 'CN', 'Guangdong', 'CITY', 23.13, 113.26, 'Southern starting port of the sea route in Song''s channel plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('guangzhou', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Ningbo
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('ningbo', 'Ningbo', 'Нинбо', '宁波', 'CN', 'Zhejiang', 'CITY', 29.87, 121.55, 'Port of call on the sea route in Song''s channel plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('ningbo', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Shanghai
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('shanghai', 'Shanghai', 'Шанхай', '上海', 'CN', 'Shanghai', 'CITY', 31.23, 121.47, 'Port of call on the sea route in Song''s channel plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('shanghai', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Tangshan
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('tangshan', 'Tangshan', 'Таншань', '唐山', 'CN', 'Hebei', 'CITY', 39.63, 118.18, 'Industrial city in Hebei, end of the Harbin–Tangshan transmission line in Song''s grid layout.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('tangshan', 'song-2019-heilongjiang-russia', 'Table 2, Grid Transmission');
-- Blagoveshchensk
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('blagoveshchensk', 'Blagoveshchensk', 'Благовещенск', '布拉戈维申斯克', 'RU', 'Amur Oblast', 'CITY', 50.27, 127.54, 'Capital of Amur Oblast across the Amur from Heihe, Russian end of the Heihe–Blagoveshchensk highway bridge and start of a railway line in Song''s plan.', 'Editorial note: Song prints "Blabovichsk" (Table 2, Railway Transport), read as Blagoveshchensk. The Heihe feature does not name Blagoveshchensk: its truck driver lives "just on the other side of the river" from Heihe (para. 22).');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('blagoveshchensk', 'zhang-2025-turn-to-the-east', '§2.2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('blagoveshchensk', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('blagoveshchensk', 'heihe-border-feature-2023', 'para. 22');
-- Nizhneleninskoye
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('nizhneleninskoye', 'Nizhneleninskoye', 'Нижнеленинское', '下列宁斯阔耶', 'RU', 'Jewish Autonomous Oblast', 'VILLAGE', 47.95, 132.67, 'Village on the Amur, the Russian end of the railway bridge to Tongjiang, near which a transshipment oil complex was being built in 2023.', 'Editorial note: Zhang calls the bridge the "Tongjiang-Leninskoye Bridge". Leninskoye is a neighbouring village, the bridge ends at Nizhneleninskoye, as the news item "China and Russia Forge Deeper Economic Ties" (2023) has it.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('nizhneleninskoye', 'deeper-economic-ties-2023', 'para. 5');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('nizhneleninskoye', 'zhang-2025-turn-to-the-east', '§2.2');
-- Vladivostok
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('vladivostok', 'Vladivostok', 'Владивосток', '符拉迪沃斯托克', 'RU', 'Primorsky Krai', 'CITY', 43.12, 131.89, 'Port of the Russian Far East: the eastern outlet of the Longjiang belt via Suifenhe, where Gorbachev gave his 1986 Asia-Pacific speech, and a city some Chinese nationalist groups claim for China.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('vladivostok', 'asianews-2022-heilongjiang-siberia', 'para. 13');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('vladivostok', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('vladivostok', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('vladivostok', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('vladivostok', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('vladivostok', 'song-2019-heilongjiang-russia', 'Table 2, Cable Communication');
-- Nakhodka
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('nakhodka', 'Nakhodka', 'Находка', '纳霍德卡', 'RU', 'Primorsky Krai', 'SEAPORT', 42.82, 132.89, 'Far Eastern seaport on Song''s sea route, whose outdated equipment, according to Zhang, handles cargo at 60% of the efficiency of Qingdao.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('nakhodka', 'zhang-2025-turn-to-the-east', '§3.1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('nakhodka', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Vostochny Port
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('vostochny', 'Vostochny Port', 'Порт Восточный', '东方港', 'RU', 'Primorsky Krai', 'SEAPORT', 42.74, 133.06, 'Deep-water port near Nakhodka, the last port of call of the sea route in Song''s channel plan.', 'Editorial note: Song prints "Dongfang" after Vladivostok and Nakhodka. 东方港 (Dongfang Gang, "Eastern Port") is the Chinese name of the port of Vostochny, so the atlas reads it as Vostochny. The reading is editorial.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('vostochny', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Khabarovsk
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('khabarovsk', 'Khabarovsk', 'Хабаровск', '哈巴罗夫斯克', 'RU', 'Khabarovsk Krai', 'CITY', 48.48, 135.08, 'Regional capital on the Amur, a port of call on the river-sea route from Tongjiang in Song''s channel plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('khabarovsk', 'song-2019-heilongjiang-russia', 'Table 2, Water Transport');
-- Komsomolsk-on-Amur
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('komsomolsk-on-amur', 'Komsomolsk-on-Amur', 'Комсомольск-на-Амуре', '阿穆尔河畔共青城', 'RU', 'Khabarovsk Krai', 'CITY', 50.55, 137.01, 'Industrial city on the lower Amur, on the river-sea route from Tongjiang to the sea in Song''s channel plan.', 'Editorial note: Song prints "Gongqingcheng", a transliteration of 共青城, the short Chinese name of Komsomolsk-on-Amur (in full 阿穆尔河畔共青城).');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('komsomolsk-on-amur', 'song-2019-heilongjiang-russia', 'Table 2, Water Transport');
-- Chita
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('chita', 'Chita', 'Чита', '赤塔', 'RU', 'Zabaykalsky Krai', 'CITY', 52.03, 113.5, 'City beyond Manzhouli to which the Longjiang belt connects in the west.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('chita', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
-- Moscow
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('moscow', 'Moscow', 'Москва', '莫斯科', 'RU', 'Moscow', 'CITY', 55.76, 37.62, 'Russia''s capital: Xi Jinping arrived there on 20 March 2023 and Wang Yi held strategic talks there in 2023.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('moscow', 'asianews-2022-heilongjiang-siberia', 'para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('moscow', 'deeper-economic-ties-2023', 'para. 2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('moscow', 'heihe-border-feature-2023', 'para. 31');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('moscow', 'heihe-border-feature-2023', 'photo caption');
-- Yekaterinburg
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('yekaterinburg', 'Yekaterinburg', 'Екатеринбург', '叶卡捷琳堡', 'RU', 'Sverdlovsk Oblast', 'CITY', 56.84, 60.61, 'Urals city whose airport receives Sino-Russian cargo charter flights from Harbin in Song''s aviation layout.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('yekaterinburg', 'song-2019-heilongjiang-russia', 'Table 2, Aviation Transport');
-- Murmansk
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('murmansk', 'Murmansk', 'Мурманск', '摩尔曼斯克', 'RU', 'Murmansk Oblast', 'CITY', 68.97, 33.08, 'Arctic port at the start of the Arctic Europe-Asia optical cable in Song''s channel plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('murmansk', 'song-2019-heilongjiang-russia', 'Table 2, Cable Communication');
-- Sakhalin
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('sakhalin', 'Sakhalin', 'Сахалин', '萨哈林岛', 'RU', 'Sakhalin Oblast', 'ISLAND', 50.5, 142.8, 'Oil and gas island of the Russian Far East, named in the sources only through the Sakhalin Oil and Gas Company that Zhang proposes as a refining partner for Daqing.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('sakhalin', 'zhang-2025-turn-to-the-east', '§3.2');
-- Warsaw
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('warsaw', 'Warsaw', 'Варшава', '华沙', 'PL', 'Masovian Voivodeship', 'CITY', 52.23, 21.01, 'Destination of the China-Europe trains reported by Song: 1.3 trains a day on average, 13 days on the way.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('warsaw', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
-- Hamburg
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('hamburg', 'Hamburg', 'Гамбург', '汉堡', 'DE', 'Hamburg', 'CITY', 53.55, 9.99, 'European port at the end of the land and rail channels through Suifenhe and Manzhouli in Song''s plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('hamburg', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('hamburg', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
-- Rotterdam
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('rotterdam', 'Rotterdam', 'Роттердам', '鹿特丹', 'NL', 'South Holland', 'CITY', 51.92, 4.48, 'European port at the end of the land and rail channels through Suifenhe and Manzhouli in Song''s plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('rotterdam', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('rotterdam', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
-- Busan
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('busan', 'Busan', 'Пусан', '釜山', 'KR', 'Busan', 'CITY', 35.1, 129.04, 'South Korean port of call on the sea route in Song''s channel plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('busan', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Niigata
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('niigata', 'Niigata', 'Ниигата', '新潟', 'JP', 'Niigata Prefecture', 'CITY', 37.92, 139.04, 'Japanese port of call on the sea route in Song''s channel plan.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('niigata', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');

-- ======================================================================
-- == Actors ==
-- ======================================================================
INSERT INTO actor (slug, name, kind, country, role) VALUES ('xu-qin', 'Xu Qin', 'PERSON', 'CN', 'Communist Party secretary of Heilongjiang Province in March 2022, as AsiaNews reports him through the Heilongjiang Daily.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xu-qin', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xu-qin', 'asianews-2022-heilongjiang-siberia', 'para. 5');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('xi-jinping', 'Xi Jinping', 'PERSON', 'CN', 'President of China and party General Secretary. The sources report his Silk Road initiative of autumn 2013 (Song), his video call with Joe Biden on 18 March 2022 (AsiaNews), his arrival in Moscow on 20 March 2023 (Heihe feature) and his description of Heilongjiang as a "pivotal" gateway ("China and Russia Forge Deeper Economic Ties", 2023).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'song-2019-heilongjiang-russia', 'Introduction, para. 1');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'song-2019-heilongjiang-russia', 'Introduction, para. 4');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'asianews-2022-heilongjiang-siberia', 'para. 2');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'asianews-2022-heilongjiang-siberia', 'para. 8');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'deeper-economic-ties-2023', 'para. 8');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'heihe-border-feature-2023', 'photo caption');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'heihe-border-feature-2023', 'para. 31');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('vladimir-putin', 'Vladimir Putin', 'PERSON', 'RU', 'President of Russia. The news item "China and Russia Forge Deeper Economic Ties" (2023) reports that he would visit Beijing "next month", and Zhang (2025) that his 2024 visit to China included Harbin.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('vladimir-putin', 'deeper-economic-ties-2023', 'para. 2');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('vladimir-putin', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('joe-biden', 'Joe Biden', 'PERSON', NULL, 'President of the United States at the time of his video call with Xi Jinping on 18 March 2022 (AsiaNews). Country left empty: the atlas''s country list does not include the United States.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('joe-biden', 'asianews-2022-heilongjiang-siberia', 'para. 2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('wang-yi', 'Wang Yi', 'PERSON', 'CN', 'Called "China''s top diplomat" in the news item "China and Russia Forge Deeper Economic Ties" (2023), which reports his visit to Moscow for strategic talks.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('wang-yi', 'deeper-economic-ties-2023', 'para. 2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('wang-wentao', 'Wang Wentao', 'PERSON', 'CN', 'Chinese Minister of Commerce, who met the Russian minister of economic development in Beijing in 2023 and described the economic relationship as "solid" ("China and Russia Forge Deeper Economic Ties", 2023).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('wang-wentao', 'deeper-economic-ties-2023', 'para. 2');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('wang-wentao', 'deeper-economic-ties-2023', 'para. 3');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('russian-minister-economic-development', 'Russian Minister of Economic Development (not named in the source)', 'PERSON', 'RU', 'The office-holder who met Wang Wentao in Beijing in 2023. The news item "China and Russia Forge Deeper Economic Ties" (2023) gives only the office, not the name.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('russian-minister-economic-development', 'deeper-economic-ties-2023', 'para. 2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('dmitry-chernyshenko', 'Dmitry Chernyshenko', 'PERSON', 'RU', 'Russian Deputy Prime Minister who accompanied Xi Jinping at the welcoming ceremony on his arrival in Moscow on 20 March 2023 (photo caption in the Heihe feature).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('dmitry-chernyshenko', 'heihe-border-feature-2023', 'photo caption');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('zhang-qingwei', 'Zhang Qingwei', 'PERSON', 'CN', 'Chinese chairman of the China-Russia Friendship, Peace and Development Committee, quoted by Song (2019) on local cooperation with Russia. Song also cites his 2017 Heilongjiang Daily article on "One Window and Four Districts".');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('zhang-qingwei', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 2');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('zhang-qingwei', 'song-2019-heilongjiang-russia', 'References [6], [8], [17]');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('mikhail-gorbachev', 'Mikhail Gorbachev', 'PERSON', 'RU', 'General Secretary of the Central Committee of the CPSU, who set out the USSR''s Asia-Pacific policy in a speech in Vladivostok in 1986 (Zhang 2025). Country recorded as RU for the Soviet Union.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('mikhail-gorbachev', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('mr-jia', 'Mr Jia', 'PERSON', 'CN', 'Shopkeeper in Heihe selling fur hats and gloves, who once lived in Russia and whose customers are Russians (Heihe feature, March 2023). Only his surname is given.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('mr-jia', 'heihe-border-feature-2023', 'para. 8');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('mr-jia', 'heihe-border-feature-2023', 'para. 9');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('slava', 'Slava', 'PERSON', 'RU', 'Russian truck driver who lives across the river from Heihe and has driven to and from China for many years, met at the bridge (Heihe feature, March 2023). Only his first name is given.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('slava', 'heihe-border-feature-2023', 'para. 22');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('slava', 'heihe-border-feature-2023', 'para. 23');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('song-l', 'Song Linlin (L. Song)', 'PERSON', 'CN', 'Associate researcher at the Institute of Northeast Asian Studies, Heilongjiang Provincial Academy of Social Sciences, Harbin, and author of the 2019 R-economy article, whose Conclusion proposes five measures for the province''s cooperation with Russia.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('song-l', 'song-2019-heilongjiang-russia', 'byline');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('song-l', 'song-2019-heilongjiang-russia', 'Author information');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('song-l', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('zhang-x', 'Zhang X.', 'PERSON', NULL, 'Author of the 2025 International relations article on Northeast China–Russian Far East cooperation, whose §3.2 sets out the recommendations recorded here. Full name and affiliation are not printed in the copy, so the country is left empty.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('zhang-x', 'zhang-2025-turn-to-the-east', 'reference line');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('zhang-x', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('chinese-government', 'Government of China', 'GOVERNMENT', 'CN', 'The Chinese state as the sources present its positions: in 2023 it held that its partnership with Russia does not violate international norms ("China and Russia Forge Deeper Economic Ties", 2023), and it links the Belt and Road Initiative with Russia''s Far East strategy (Zhang 2025).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-government', 'deeper-economic-ties-2023', 'para. 4');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-government', 'deeper-economic-ties-2023', 'para. 6');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-government', 'heihe-border-feature-2023', 'para. 15');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-government', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('russian-government', 'Government of Russia', 'GOVERNMENT', 'RU', 'The Russian state, which drafted Far East policy documents from 2007, turned to the East after the 2014 Ukraine crisis and created priority development territories (Zhang 2025). AsiaNews refers to it as "the Kremlin".');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('russian-government', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('russian-government', 'zhang-2025-turn-to-the-east', '§2.1');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('russian-government', 'asianews-2022-heilongjiang-siberia', 'lead paragraph');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('chinese-mfa', 'Ministry of Foreign Affairs of China', 'GOVERNMENT', 'CN', 'Quoted by Zhang (2025, ref. [14], a CGTN report) on the principles of China''s relations with Russia.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-mfa', 'zhang-2025-turn-to-the-east', '§2.3, citing ref. [14] (CGTN)');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('national-energy-administration', 'National Energy Administration of China', 'GOVERNMENT', 'CN', 'Chinese energy authority whose December 2024 notice on the eastern route of the China-Russia gas pipeline is Zhang''s source for the gas figures.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('national-energy-administration', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('ndrc', 'National Development and Reform Commission', 'GOVERNMENT', 'CN', 'China''s central planning agency, which approved the second line of the Sino-Russian crude oil pipeline (Song 2019).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('ndrc', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('heilongjiang-provincial-government', 'Heilongjiang Provincial Government', 'GOVERNMENT', 'CN', 'Provincial government that pursues an "opening-up" strategy towards Russia, issued the 2014 work plan for the Eastern Land-Sea Silk Road Economic Belt and proposed "One Window and Four Districts" in April 2017 (Song 2019). AsiaNews (2022) reports local authorities looking to the Russian Far East.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heilongjiang-provincial-government', 'song-2019-heilongjiang-russia', 'Introduction, para. 4');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heilongjiang-provincial-government', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heilongjiang-provincial-government', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 5');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heilongjiang-provincial-government', 'song-2019-heilongjiang-russia', 'References [4], [5], [12]');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heilongjiang-provincial-government', 'asianews-2022-heilongjiang-siberia', 'para. 4');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('heilongjiang-party-committee', 'Heilongjiang Provincial Party Committee', 'GOVERNMENT', 'CN', 'Provincial Communist Party committee. Its economic conference of December 2014 first stated the aim of building the Longjiang Silk Road Belt (Song 2019). Xu Qin headed it in 2022 (AsiaNews).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heilongjiang-party-committee', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heilongjiang-party-committee', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('qing-government', 'Qing government of China', 'GOVERNMENT', 'CN', 'Signed the Aigun and Beijing treaties with tsarist Russia from the mid-19th century (Zhang 2025).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('qing-government', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('tsarist-russia', 'Tsarist Russia (Russian Empire)', 'GOVERNMENT', 'RU', 'Signed the Aigun and Beijing treaties with the Qing government from the mid-19th century (Zhang 2025).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('tsarist-russia', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('soviet-union', 'Soviet Union', 'GOVERNMENT', 'RU', 'Gave large-scale economic aid to Northeast China after the founding of the People''s Republic, fell out with China from the 1960s and normalised relations in the late 1980s (Zhang 2025). Country recorded as RU.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('soviet-union', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('heilongjiang-daily', 'Heilongjiang Daily', 'ORGANIZATION', 'CN', 'Official newspaper of Heilongjiang Province, which carried Xu Qin''s call for integration with Siberia in March 2022 (AsiaNews). Song (2019) cites it several times.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heilongjiang-daily', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heilongjiang-daily', 'song-2019-heilongjiang-russia', 'References [4], [6], [7], [8], [15], [17]');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('china-russia-friendship-committee', 'China-Russia Friendship, Peace and Development Committee', 'ORGANIZATION', NULL, 'Bilateral committee whose Chinese chairman, Zhang Qingwei, spoke on local cooperation (Song 2019).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('china-russia-friendship-committee', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('gazprom', 'Gazprom', 'COMPANY', 'RU', 'Russian gas company supplying China through Power of Siberia, which raised deliveries to the maximum contractual level from 1 December 2024 (Zhang 2025).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('gazprom', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('longxing-group', 'Longxing Group', 'COMPANY', 'CN', 'Chinese company that, with the LongMay Group, had started construction of six projects in Russia (Song 2019).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('longxing-group', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('longmay-group', 'LongMay Group', 'COMPANY', 'CN', 'Chinese company that, with the Longxing Group, had started construction of six projects in Russia (Song 2019).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('longmay-group', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('sakhalin-oil-and-gas-company', 'Sakhalin Oil and Gas Company', 'COMPANY', 'RU', 'Russian company that Zhang (2025) proposes as partner of the Daqing oil field in a joint refining venture.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('sakhalin-oil-and-gas-company', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('daqing-oil-field-enterprise', 'Daqing oil field (as an enterprise)', 'COMPANY', 'CN', 'The Daqing oil field as a producer, proposed by Zhang (2025) as the Chinese partner in a joint refining venture with the Sakhalin Oil and Gas Company. The copy does not name the operating company.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('daqing-oil-field-enterprise', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('apec', 'Asia-Pacific Economic Cooperation (APEC)', 'ORGANIZATION', NULL, 'Regional forum. Russia''s bid to host an informal APEC leaders'' meeting prompted its 2007 Far East policy documents, and Zhang wants Northeast Asian cooperation to deepen it (Zhang 2025).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('apec', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('apec', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('apec', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('sco', 'Shanghai Cooperation Organisation (SCO)', 'ORGANIZATION', NULL, 'Multilateral organisation that Zhang (2025) wants regional cooperation and the China–Russia years of culture to involve.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('sco', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('sco', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('brics', 'BRICS', 'ORGANIZATION', NULL, 'Grouping that Zhang (2025) wants regional cooperation and the China–Russia years of culture to involve.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('brics', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('brics', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('eurasian-economic-union', 'Eurasian Economic Union', 'ORGANIZATION', NULL, 'Russia-led economic union with which Song (2019) recommends linking the Belt and Road Initiative.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('eurasian-economic-union', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('nato', 'NATO', 'ORGANIZATION', NULL, 'Its eastward expansion is cited by Zhang (2025) as a threat to Russia''s western borders that pushes Russia to turn east.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('nato', 'zhang-2025-turn-to-the-east', '§2.1');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('chinese-experts', 'Chinese experts (unnamed)', 'GROUP', 'CN', 'Unnamed Chinese experts cited by AsiaNews in March 2022 on how China would respond to the sanctions on Russia.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-experts', 'asianews-2022-heilongjiang-siberia', 'para. 6');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('western-governments', 'Western governments (Washington and its European allies)', 'GROUP', NULL, 'The United States and its European allies, which in 2022 pressed Beijing to distance itself from Moscow''s war (AsiaNews) and whose disapproval and sanctions frame the 2023 reports (the news item "China and Russia Forge Deeper Economic Ties" and the Heihe feature).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('western-governments', 'asianews-2022-heilongjiang-siberia', 'para. 3');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('western-governments', 'deeper-economic-ties-2023', 'para. 1');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('western-governments', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('western-governments', 'heihe-border-feature-2023', 'para. 16');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('western-governments', 'zhang-2025-turn-to-the-east', '§3.1');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('siberian-russians', 'Siberian Russians (Russian residents of the border regions)', 'GROUP', 'RU', 'Russian residents of Siberia and the Far East, who according to AsiaNews (2022) have often been concerned about the growing presence of Chinese migrants.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('siberian-russians', 'asianews-2022-heilongjiang-siberia', 'para. 12');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('chinese-nationalist-groups', 'Chinese nationalist groups', 'GROUP', 'CN', 'Groups that, according to AsiaNews (2022), claim parts of the Russian Far East, including Vladivostok, for China.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-nationalist-groups', 'asianews-2022-heilongjiang-siberia', 'lead paragraph');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-nationalist-groups', 'asianews-2022-heilongjiang-siberia', 'para. 13');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('heihe-feature-outlet', 'Heihe border feature (outlet and reporter not printed)', 'ORGANIZATION', NULL, 'The unnamed outlet and reporting team behind the March 2023 feature from Heihe, whose own analysis the atlas records as the outlet''s assessment.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heihe-feature-outlet', 'heihe-border-feature-2023', 'para. 15');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heihe-feature-outlet', 'heihe-border-feature-2023', 'para. 16');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heihe-feature-outlet', 'heihe-border-feature-2023', 'para. 27');
-- ---- Depth additions (issue 13, item 7): actors ----
INSERT INTO actor (slug, name, kind, country, role) VALUES ('asianews', 'AsiaNews', 'ORGANIZATION', NULL, 'News agency whose report of 23 March 2022, datelined Beijing, is one of the atlas''s sources. Where the report argues in its own voice, about what each side stands to gain or risk, the atlas records that as AsiaNews''s assessment.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('asianews', 'asianews-2022-heilongjiang-siberia', 'lead paragraph (before para. 1)');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('asianews', 'asianews-2022-heilongjiang-siberia', 'para. 7');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('asianews', 'asianews-2022-heilongjiang-siberia', 'para. 8');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('asianews', 'asianews-2022-heilongjiang-siberia', 'para. 9');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('deeper-ties-report', 'Unsigned 2023 report on deeper China–Russia economic ties (outlet and author not printed)', 'ORGANIZATION', NULL, 'The unnamed outlet behind the 2023 news item "China and Russia Forge Deeper Economic Ties Despite Western Disapproval". Where the item argues in its own voice, the atlas records that as the report''s assessment.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('deeper-ties-report', 'deeper-economic-ties-2023', 'para. 5');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('deeper-ties-report', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('russian-far-east-region', 'Russian Far East (the region as a trading party)', 'GROUP', 'RU', 'The Russian Far East as the 2023 report on deeper economic ties presents it: a region that hopes to sell more marine products to China. The report names no authority or company behind that hope.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('russian-far-east-region', 'deeper-economic-ties-2023', 'para. 6');

-- ======================================================================
-- == Projects ==
-- ======================================================================
-- Project: Power of Siberia gas pipeline (China-Russia eastern route)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('power-of-siberia', 'Power of Siberia gas pipeline (China-Russia eastern route)', 'PIPELINE', 'OPERATIONAL', 'December 2024 (Zhang 2025)', NULL, 2019, 38, 'billion cubic metres', 'EXACT', 'Maximum contractual supply level reached from 1 December 2024, printed as "daily gas supplies ... at 38 billion cubic meters" (Zhang 2025, §2.2). Editorial note: the paper prints no "per year". The atlas reads the figure as the annual contractual volume, since a daily flow of that size is not plausible. Cumulative deliveries: more than 80 billion cubic metres by December 2024.', 'The eastern gas route from Russia to China, called Power of Siberia in Russia and the Sino-Russian East-line or eastern natural gas pipeline in China, enters China at Heihe. Song (2019) reports its preliminary work progressing and lists it twice in the province''s pipeline layout. In March 2022 AsiaNews reported that Heilongjiang''s party chief Xu Qin wanted "the Russian-Chinese pipeline inaugurated in 2019" rapidly expanded to make Heihe the gateway for trade with eastern Siberia. AsiaNews does not name that pipeline or say that it carries gas. The atlas takes it to be this route, which Zhang dates to 2019 and the Heihe feature places at Heihe. The Heihe feature (2023) notes that China was buying more of this gas than ever, making up for much of the trade Russia had lost with Europe. According to Zhang (2025), citing the National Energy Administration, the pipeline was commissioned in 2019 and more than 80 billion cubic metres had been delivered by December 2024, and from 1 December 2024 Gazprom raised supplies ahead of schedule to the maximum contractual level of 38 billion cubic metres.', 'Editorial note: the sources use several names for one project: "the Russian-Chinese pipeline inaugurated in 2019" (AsiaNews), "Power of Siberia 1" (Heihe feature), "Sino-Russian Eastern gas pipeline" and "Power of Siberia" (Zhang), and in Song''s Table 2 both "the Sino-Russian eastern natural gas transport pipeline from the Heihe River" and "the Sino-Russian East Line natural gas pipeline project". The atlas keeps one record. Zhang''s machine translation says "daily gas supplies ... at 38 billion cubic meters" and prints no "per year". The atlas reads 38 billion cubic metres as the annual contractual level and keeps the printed value and unit. The sources name no Russian gas field or route, so the only places linked are Siberia, Heihe and the river. Its Chinese section at Heihe has its own record, the East-line gas pipeline: Heihe domestic section control project.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('power-of-siberia', 'energy');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('power-of-siberia', 'geopolitics');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('power-of-siberia', 0, 'siberia');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('power-of-siberia', 1, 'heihe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('power-of-siberia', 2, 'amur-river');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('power-of-siberia', 'asianews-2022-heilongjiang-siberia', 'para. 5');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('power-of-siberia', 'heihe-border-feature-2023', 'para. 18');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('power-of-siberia', 'heihe-border-feature-2023', 'para. 19');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('power-of-siberia', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('power-of-siberia', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('power-of-siberia', 'song-2019-heilongjiang-russia', 'Table 2, Pipeline Transport (items 2 and 5)');
-- Project: East-line gas pipeline: Heihe domestic section control project
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('heihe-gas-pipeline-domestic-section', 'East-line gas pipeline: Heihe domestic section control project', 'PIPELINE', 'OPERATIONAL', '2019, when the whole pipeline was commissioned (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, NULL, 'The Chinese-side works of the Sino-Russian East-line natural gas pipeline at Heihe, which Song calls the "Heihe domestic control project". Song (2019) reports that more than half of it had been carried out. The sources give no completion date for this section. The pipeline as a whole was commissioned in 2019 (Zhang 2025), and in March 2023 the Heihe feature described the pipes carrying Russian gas into China at Heihe.', 'Editorial note: a component of the Power of Siberia / East-line pipeline, kept as its own record because Song reports its progress separately. Song''s progress report describes the works before the paper was written (it was received in October 2018) and is out of date. The atlas records the section as operational from 2019 because the pipeline that runs through it was commissioned that year (Zhang, §2.2) and carried gas at Heihe in 2023 (Heihe feature, paras. 18-19). No completion year of its own is stated, so none is given. Song''s "more than a half" is a progress figure, not a capacity, and is recorded as a key figure only.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('heihe-gas-pipeline-domestic-section', 'energy');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('heihe-gas-pipeline-domestic-section', 0, 'heihe');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-gas-pipeline-domestic-section', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-gas-pipeline-domestic-section', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-gas-pipeline-domestic-section', 'heihe-border-feature-2023', 'para. 18');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-gas-pipeline-domestic-section', 'heihe-border-feature-2023', 'para. 19');
-- Project: Sino-Russian crude oil pipeline (Mohe–Daqing)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('sino-russian-crude-oil-pipeline', 'Sino-Russian crude oil pipeline (Mohe–Daqing)', 'PIPELINE', 'OPERATIONAL', '2019 (Song 2019)', NULL, 2011, NULL, NULL, NULL, NULL, 'The crude oil pipeline from Russia that enters China at Mohe and runs to Daqing. Song (2019) credits its operation with restarting the growth of Heilongjiang''s trade with Russia in 2011, when the province''s imports from Russia jumped (Table 1), and lists the "Sino-Russian Mohe-Daqing oil transport pipeline" first in the province''s pipeline layout.', 'Editorial note: Song does not give an opening date, only that the pipeline was operating in 2011, which is recorded as the completion year. The Russian section is not described in the sources.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('sino-russian-crude-oil-pipeline', 'energy');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('sino-russian-crude-oil-pipeline', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('sino-russian-crude-oil-pipeline', 0, 'mohe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('sino-russian-crude-oil-pipeline', 1, 'daqing');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('sino-russian-crude-oil-pipeline', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 1');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('sino-russian-crude-oil-pipeline', 'song-2019-heilongjiang-russia', 'Table 2, Pipeline Transport (item 1)');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('sino-russian-crude-oil-pipeline', 'song-2019-heilongjiang-russia', 'Table 1 (2011 row)');
-- Project: Sino-Russian crude oil pipeline, second line (Mohe–Daqing double line)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('crude-oil-pipeline-second-line', 'Sino-Russian crude oil pipeline, second line (Mohe–Daqing double line)', 'PIPELINE', 'APPROVED', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, NULL, 'A second line of the Sino-Russian crude oil pipeline. Song (2019) reports that its preliminary work was progressing smoothly and later that the National Development and Reform Commission had approved it. Table 2 lists both "the second-line project of Sino-Russian crude oil pipeline" and "the Mohe-Daqing double line".', 'Editorial note: the atlas treats the "second-line project" and the "Mohe-Daqing double line" of Table 2 as one project, because a second line doubling the Mohe–Daqing pipeline is what both names describe and the paper gives nothing to tell them apart. Song''s account rests partly on 2014–2015 sources, and the later sources do not report on this line, so "approved" is the last status on record, not necessarily the current one.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('crude-oil-pipeline-second-line', 'energy');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('crude-oil-pipeline-second-line', 0, 'mohe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('crude-oil-pipeline-second-line', 1, 'daqing');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('crude-oil-pipeline-second-line', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('crude-oil-pipeline-second-line', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('crude-oil-pipeline-second-line', 'song-2019-heilongjiang-russia', 'Table 2, Pipeline Transport (items 3 and 4)');
-- Project: Amur–Heihe border oil storage, transportation, refining and chemical complex
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('amur-heihe-oil-refining-complex', 'Amur–Heihe border oil storage, transportation, refining and chemical complex', 'REFINERY', 'APPROVED', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, NULL, 'A border oil complex at Heihe combining storage, transport, refining and chemicals, which Song (2019) reports as approved under the Eastern Silk Road Belt. The paper gives no capacity, operator or timetable.', 'Editorial note: "Amur" in the printed name may mean Amur Oblast across the river or the river itself. The atlas links Amur Oblast as an editorial reading.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('amur-heihe-oil-refining-complex', 'energy');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('amur-heihe-oil-refining-complex', 'industry-technology');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('amur-heihe-oil-refining-complex', 0, 'amur-oblast');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('amur-heihe-oil-refining-complex', 1, 'heihe');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('amur-heihe-oil-refining-complex', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
-- Project: Transshipment oil complex at the Tongjiang–Nizhneleninskoye bridge
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('tongjiang-transshipment-oil-complex', 'Transshipment oil complex at the Tongjiang–Nizhneleninskoye bridge', 'OIL_TERMINAL', 'UNDER_CONSTRUCTION', '2023 (news item "China and Russia Forge Deeper Economic Ties")', NULL, NULL, NULL, NULL, NULL, NULL, 'According to the news item "China and Russia Forge Deeper Economic Ties Despite Western Disapproval" (2023), China and Russia were jointly building a transshipment oil complex near the railway bridge between Nizhneleninskoye and Tongjiang, with the aim of steering Russia''s commodity exports away from Europe.', 'Editorial note: the report does not say on which bank the complex stands, what it handles or how large it is.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('tongjiang-transshipment-oil-complex', 'energy');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('tongjiang-transshipment-oil-complex', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-transshipment-oil-complex', 0, 'nizhneleninskoye');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-transshipment-oil-complex', 1, 'tongjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('tongjiang-transshipment-oil-complex', 'deeper-economic-ties-2023', 'para. 5');
-- Project: Heihe cross-border international transmission line
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('heihe-cross-border-transmission-line', 'Heihe cross-border international transmission line', 'TRANSMISSION_LINE', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, NULL, 'A power line across the border at Heihe, listed in the grid row of Song''s channel layout together with the Harbin–Tangshan line. No capacity or Russian end point is given.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. The status "planned" records only that the item is part of the plan, not a finding that it was unbuilt in 2019.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('heihe-cross-border-transmission-line', 'energy');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('heihe-cross-border-transmission-line', 0, 'heihe');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-cross-border-transmission-line', 'song-2019-heilongjiang-russia', 'Table 2, Grid Transmission');
-- Project: Harbin–Tangshan transmission line
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('harbin-tangshan-transmission-line', 'Harbin–Tangshan transmission line', 'TRANSMISSION_LINE', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, NULL, 'A transmission line from Harbin to Tangshan in Hebei, listed in the grid row of Song''s channel layout after the Heihe cross-border line. Song gives no further detail.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. The status "planned" records only that the item is part of the plan, not a finding that it was unbuilt in 2019. The row reads "the cross-border international transmission line in Heihe, the Sino-Russian border and the transmission line of Harbin-Tangshan", the Harbin–Tangshan line is domestic.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-tangshan-transmission-line', 'energy');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-tangshan-transmission-line', 0, 'harbin');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-tangshan-transmission-line', 1, 'tangshan');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-tangshan-transmission-line', 'song-2019-heilongjiang-russia', 'Table 2, Grid Transmission');
-- Project: Tongjiang–Nizhneleninskoye railway bridge
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('tongjiang-nizhneleninskoye-bridge', 'Tongjiang–Nizhneleninskoye railway bridge', 'BRIDGE', 'OPERATIONAL', 'June 2024 (Zhang 2025)', NULL, 2022, 6, 'million tonnes', 'MORE_THAN', 'Cumulative two-way cargo since opening, more than 6 million tons as of June 2024 (Zhang 2025, §2.2). A throughput, not a design capacity.', 'The first cross-border railway bridge between China and Russia, across the Amur between Tongjiang in Heilongjiang and Nizhneleninskoye in the Jewish Autonomous Oblast. Song (2019) reports its construction advancing smoothly under the Eastern Silk Road Belt. Zhang (2025) dates its commissioning to 2022 and reports more than 6 million tonnes of two-way cargo by June 2024. In 2023 a transshipment oil complex was being built near it, according to the news item "China and Russia Forge Deeper Economic Ties".', 'Editorial note: Zhang''s machine translation calls it the "Tongjiang-Leninskoye Bridge", Song "the first cross-border Tongjiang Railway Bridge" and "the Sino-Russian Tongjiang Railway Bridge project". The Russian end is Nizhneleninskoye, as the news item "China and Russia Forge Deeper Economic Ties" (2023) says.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('tongjiang-nizhneleninskoye-bridge', 'corridors');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('tongjiang-nizhneleninskoye-bridge', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-nizhneleninskoye-bridge', 0, 'nizhneleninskoye');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-nizhneleninskoye-bridge', 1, 'tongjiang');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-nizhneleninskoye-bridge', 2, 'amur-river');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('tongjiang-nizhneleninskoye-bridge', 'deeper-economic-ties-2023', 'para. 5');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('tongjiang-nizhneleninskoye-bridge', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('tongjiang-nizhneleninskoye-bridge', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('tongjiang-nizhneleninskoye-bridge', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Heihe–Blagoveshchensk highway bridge
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('heihe-blagoveshchensk-highway-bridge', 'Heihe–Blagoveshchensk highway bridge', 'BRIDGE', 'OPERATIONAL', 'reported in 2025 (Zhang 2025)', NULL, NULL, 370, 'thousand tonnes in one year', 'MORE_THAN', 'Cargo turnover "for the year", more than 370 thousand tons (Zhang 2025, §2.2). The year is not stated. A throughput, not a design capacity.', 'A road bridge across the Amur between Heihe and Blagoveshchensk. Song (2019) reports preliminary work and then construction under way. Zhang (2025) gives its cargo turnover "for the year" as more than 370 thousand tonnes. The Heihe feature (2023) describes an "enormous bridge" near Heihe carrying the commodity trade and meets a Russian truck driver there.', 'Editorial note: Zhang does not say which year the 370 thousand tonnes refer to. The figure before it in the same sentence is dated June 2024, and Zhang''s source for the passage (ref. [11]) is of 2024. The Heihe feature does not name its bridge "further up the river". The atlas identifies it as this road bridge because the piece is set in Heihe and the truck driver lives across the river, which is Blagoveshchensk. Song''s Table 2 highway row also lists "the boundary river bridges (Heihe-Dongning-Luogu River)" without naming this bridge, that row is not cited here. The opening date is not in the sources.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('heihe-blagoveshchensk-highway-bridge', 'corridors');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('heihe-blagoveshchensk-highway-bridge', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('heihe-blagoveshchensk-highway-bridge', 0, 'blagoveshchensk');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('heihe-blagoveshchensk-highway-bridge', 1, 'heihe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('heihe-blagoveshchensk-highway-bridge', 2, 'amur-river');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-blagoveshchensk-highway-bridge', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-blagoveshchensk-highway-bridge', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-blagoveshchensk-highway-bridge', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-blagoveshchensk-highway-bridge', 'heihe-border-feature-2023', 'para. 20 and para. 22');
-- Project: Russia–Northeast China grain corridor
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('grain-corridor', 'Russia–Northeast China grain corridor', 'TRANSPORT_CORRIDOR', 'UNDER_CONSTRUCTION', '2023 (news item "China and Russia Forge Deeper Economic Ties")', NULL, NULL, NULL, NULL, NULL, NULL, 'The news item "China and Russia Forge Deeper Economic Ties Despite Western Disapproval" (2023) reports that a grain corridor was being built to tie the Russian side to China''s northeastern breadbasket, to support China''s food security and the two countries'' economic ties. The report also notes rising Chinese imports of Russian grain.', 'Editorial note: the report says the corridor links "Russia''s Heilongjiang" and China''s northeastern breadbasket. Heilongjiang is a Chinese province, so the Russian end is unclear. The atlas links the Russian Far East as the most likely reading. No route, capacity or operator is given.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('grain-corridor', 'agriculture');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('grain-corridor', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('grain-corridor', 0, 'russian-far-east');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('grain-corridor', 1, 'northeast-china');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('grain-corridor', 'deeper-economic-ties-2023', 'para. 7');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('grain-corridor', 'deeper-economic-ties-2023', 'para. 3');
-- Project: Binhai No. 1 international transport corridor (Primorye-1)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('binhai-1-corridor', 'Binhai No. 1 international transport corridor (Primorye-1)', 'TRANSPORT_CORRIDOR', 'UNDER_CONSTRUCTION', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, NULL, 'One of two international transport corridors whose construction, according to Zhang (2025), both sides are actively promoting. Zhang gives no route or figures.', 'Editorial note: Binhai (滨海) is the Chinese name of Primorye, so these are the corridors known in Russia as Primorye-1 and Primorye-2. Zhang gives no route, so no places are linked. "Actively promoting the construction" is recorded as under construction.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('binhai-1-corridor', 'corridors');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('binhai-1-corridor', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
-- Project: Binhai No. 2 international transport corridor (Primorye-2)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('binhai-2-corridor', 'Binhai No. 2 international transport corridor (Primorye-2)', 'TRANSPORT_CORRIDOR', 'UNDER_CONSTRUCTION', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, NULL, 'The second of the two international transport corridors whose construction, according to Zhang (2025), both sides are actively promoting. Zhang gives no route or figures.', 'Editorial note: see Binhai No. 1: Binhai (滨海) is the Chinese name of Primorye. No route is given, so no places are linked.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('binhai-2-corridor', 'corridors');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('binhai-2-corridor', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
-- Project: Harbin–Russia–Europe railway (China-Europe trains to Warsaw)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('harbin-russia-europe-railway', 'Harbin–Russia–Europe railway and China-Europe trains to Warsaw', 'RAILWAY', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, 1.3, 'trains per day', 'EXACT', 'Average frequency of the China-Europe trains to Warsaw, journey 13 days (Song 2019).', 'Building a cross-border transport system for the Harbin–Russia–Europe railway was the first aim of the Eastern Silk Road Belt. Song reports China-Europe trains running directly to Warsaw, on average 1.3 trains a day, with the whole journey taking 13 days, but does not say where these trains start. The Longjiang belt''s motto "West to Europe, East to the Sea" calls for cargo and passenger trains running straight to the European hinterland.', 'Editorial note: Song does not say that the Warsaw trains start in Harbin. The atlas joins the two passages because both describe the province''s rail link to Europe. Route through Russia not given.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-russia-europe-railway', 'corridors');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-russia-europe-railway', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-russia-europe-railway', 0, 'harbin');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-russia-europe-railway', 1, 'warsaw');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-russia-europe-railway', 2, 'russia');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-russia-europe-railway', 3, 'poland');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-russia-europe-railway', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 1');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-russia-europe-railway', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-russia-europe-railway', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 3');
-- Project: Rail route via Vladivostok for cargo to the Pearl River Delta
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('vladivostok-rail-rerouting', 'Rail route via Vladivostok for cargo to the Pearl River Delta', 'TRANSPORT_CORRIDOR', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, NULL, 'Goods that used to be shipped to the Pearl River Delta through the port of Dalian were, according to Song, being carried by rail to Vladivostok instead, saving nearly one week and cutting costs by about 20%. This is the eastern land-sea outlet that the Longjiang belt plans via Suifenhe.', 'Editorial note: Song does not name the origin of the goods or the sea leg after Vladivostok. Heilongjiang is linked as the implied origin, Dalian as the former route.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('vladivostok-rail-rerouting', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-rail-rerouting', 0, 'heilongjiang');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-rail-rerouting', 1, 'pearl-river-delta');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-rail-rerouting', 2, 'vladivostok');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-rail-rerouting', 3, 'dalian');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('vladivostok-rail-rerouting', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('vladivostok-rail-rerouting', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
-- Project: Sea route Guangzhou–Shanghai–Busan–Niigata–Vladivostok–Nakhodka–Vostochny
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('northeast-asia-sea-route', 'Sea route Guangzhou–Shanghai–Busan–Niigata–Vladivostok–Nakhodka–Vostochny', 'TRANSPORT_CORRIDOR', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, NULL, 'The sea leg of the "Land and Sea Transport" channel in Song''s layout: Chinese ports Guangzhou, Ningbo and Shanghai, South Korea''s Busan and Japan''s Niigata, and the Russian Far East ports of Vladivostok, Nakhodka and "Dongfang" (Vostochny).', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. The status "planned" records only that the item is part of the plan, not a finding that it was unbuilt in 2019. "Dongfang" is read as Vostochny (东方港), see the place record.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('northeast-asia-sea-route', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('northeast-asia-sea-route', 0, 'guangzhou');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('northeast-asia-sea-route', 7, 'vostochny');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('northeast-asia-sea-route', 1, 'ningbo');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('northeast-asia-sea-route', 2, 'shanghai');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('northeast-asia-sea-route', 3, 'busan');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('northeast-asia-sea-route', 4, 'niigata');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('northeast-asia-sea-route', 5, 'vladivostok');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('northeast-asia-sea-route', 6, 'nakhodka');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('northeast-asia-sea-route', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Project: Railway line Vladivostok ports–Suifenhe–Manzhouli–Trans-Siberian–Hamburg and Rotterdam
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 'Railway line Vladivostok ports–Suifenhe–Manzhouli–Trans-Siberian–Hamburg and Rotterdam', 'RAILWAY', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, NULL, 'A land bridge in Song''s channel layout: from Vladivostok''s ports through Suifenhe and Manzhouli to the Trans-Siberian Railway and on to the Baltic and the ports of Hamburg and Rotterdam. It is the second of the "four main railway lines" and also appears as the land leg of the "Land and Sea Transport" row.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. The status "planned" records only that the item is part of the plan, not a finding that it was unbuilt in 2019. Table 2 lists this channel twice, as the land part of "Land and Sea Transport" ("Suifenhe-Manchuria- Baikal-the Russian Siberian Railway and west to the Baltic coast and the ports of Hamburg and Rotterdam") and as railway line 2, so the atlas keeps one record. "Baikal" there is unexplained, it may stand for Zabaikalsk, the Russian station opposite Manzhouli, or for the Baikal region.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 0, 'vladivostok');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 3, 'hamburg');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 4, 'rotterdam');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 1, 'suifenhe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 2, 'manzhouli');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport (line 2)');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Project: Railway line Dalian Port–Tongjiang–Trans-Siberian and Baikal–Amur railways
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('dalian-tongjiang-railway-line', 'Railway line Dalian Port–Tongjiang–Trans-Siberian and Baikal–Amur railways', 'RAILWAY', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, NULL, 'The first of the "four main railway lines" in Song''s channel layout, running from the port of Dalian through Tongjiang, where the railway bridge crosses to Russia, to the Trans-Siberian Railway and the "Beia Railway".', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. The status "planned" records only that the item is part of the plan, not a finding that it was unbuilt in 2019. "Beia Railway" is read as the Baikal–Amur Mainline, see that record.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('dalian-tongjiang-railway-line', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('dalian-tongjiang-railway-line', 0, 'dalian');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('dalian-tongjiang-railway-line', 1, 'tongjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('dalian-tongjiang-railway-line', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport (line 1)');
-- Project: Railway line Blagoveshchensk–Trans-Siberian and Baikal–Amur railways
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('blagoveshchensk-railway-line', 'Railway line Blagoveshchensk–Trans-Siberian and Baikal–Amur railways', 'RAILWAY', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, NULL, 'The third of the "four main railway lines" in Song''s channel layout, linking Blagoveshchensk with the Trans-Siberian Railway and the "Beia Railway".', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. The status "planned" records only that the item is part of the plan, not a finding that it was unbuilt in 2019. The table prints "Blabovichsk", read as Blagoveshchensk.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('blagoveshchensk-railway-line', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('blagoveshchensk-railway-line', 0, 'blagoveshchensk');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('blagoveshchensk-railway-line', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport (line 3)');
-- Project: Border ports railway line Laoheishan–Mohe
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('border-ports-railway-line', 'Border ports railway line Laoheishan–Mohe', 'RAILWAY', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, NULL, 'The fourth of the "four main railway lines" in Song''s channel layout: a chain of border ports from Laoheishan through Dongning, Suifenhe, Hulin, Raohe, Fuyuan, Tongjiang, Mingshan, Xunke and Heihe to Mohe, connecting to the Trans-Siberian Railway and the "Beia Railway".', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. The status "planned" records only that the item is part of the plan, not a finding that it was unbuilt in 2019. "Mingshan" is read as the Mingshan port in Luobei County, see the place record.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('border-ports-railway-line', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('border-ports-railway-line', 0, 'laoheishan');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('border-ports-railway-line', 10, 'mohe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('border-ports-railway-line', 1, 'dongning');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('border-ports-railway-line', 2, 'suifenhe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('border-ports-railway-line', 3, 'hulin');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('border-ports-railway-line', 4, 'raohe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('border-ports-railway-line', 5, 'fuyuan');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('border-ports-railway-line', 6, 'tongjiang');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('border-ports-railway-line', 7, 'mingshan');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('border-ports-railway-line', 8, 'xunke');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('border-ports-railway-line', 9, 'heihe');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('border-ports-railway-line', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport (line 4)');
-- Project: River-sea route Tongjiang–Khabarovsk–Komsomolsk-on-Amur–the Strait
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('tongjiang-khabarovsk-river-sea-route', 'River-sea route Tongjiang–Khabarovsk–Komsomolsk-on-Amur–the Strait', 'TRANSPORT_CORRIDOR', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, NULL, 'A waterway in Song''s channel layout from Tongjiang Port down the Heilongjiang (Amur) past Khabarovsk and "Gongqingcheng" (Komsomolsk-on-Amur) to "the Strait". The same row names Harbin and Jiamusi as hub river ports and Heihe and Fuyuan as nodes.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. The status "planned" records only that the item is part of the plan, not a finding that it was unbuilt in 2019. "The Strait" is not named, probably the Tatar Strait at the mouth of the Amur. The row also lists "Fuyuan Port-Qianfu Railway-the Yujita Gangyuan Economic Zon-Yujita Deepwater Port Area", which the atlas does not model: "Qianfu" may be the Qianjin–Fuyuan railway and "Yujita" a garbled name of a Fuyuan port area, neither can be identified with confidence.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('tongjiang-khabarovsk-river-sea-route', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-khabarovsk-river-sea-route', 0, 'tongjiang');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-khabarovsk-river-sea-route', 2, 'komsomolsk-on-amur');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-khabarovsk-river-sea-route', 1, 'khabarovsk');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-khabarovsk-river-sea-route', 3, 'amur-river');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('tongjiang-khabarovsk-river-sea-route', 'song-2019-heilongjiang-russia', 'Table 2, Water Transport');
-- Project: Border highway Mohe–Dongning
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('mohe-dongning-border-highway', 'Border highway Mohe–Dongning', 'ROAD', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, NULL, 'First- and second-class highways along the border from Mohe in the north to Dongning in the south-east, listed in the highway row of Song''s channel layout.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. The status "planned" records only that the item is part of the plan, not a finding that it was unbuilt in 2019. The same row lists local expressways around Harbin and the Suihua–Daqing, "Harbin-Wuyuan" and Shuangyashan–Baoqing roads, which the atlas does not model as projects ("Wuyuan" cannot be identified). Suihua, Shuangyashan and Baoqing are recorded as places.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('mohe-dongning-border-highway', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('mohe-dongning-border-highway', 0, 'mohe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('mohe-dongning-border-highway', 1, 'dongning');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('mohe-dongning-border-highway', 'song-2019-heilongjiang-russia', 'Table 2, Highway Transport');
-- Project: Harbin air routes and cargo charters to Russia
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('harbin-russia-air-routes', 'Harbin air routes and cargo charters to Russia', 'AIR_ROUTE', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, 3, 'new air routes to Russia', 'EXACT', 'New routes opened by Harbin Airport (Song 2019), not a capacity.', 'Harbin Taiping International Airport is the hub of the province''s aviation layout (China–Russia–Central Europe–North America). Song reports three new routes to Russia, Sino-Russian cargo charter flights to Yekaterinburg, and Harbin''s dominance of Russian e-commerce cargo. Mixed passenger-and-cargo routes carried 40% of Russian e-commerce parcel exports.', 'Editorial note: Song does not say that the "mixed passenger and cargo routes" carrying 40% of Russian e-commerce parcels are air routes, the atlas links the figure here as the most likely reading. The regional airports of Table 2 (Qiqihar, Mudanjiang, Jiamusi, Heihe, Mohe, Fuyuan) are noted on their places.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-russia-air-routes', 'corridors');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-russia-air-routes', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-russia-air-routes', 1, 'harbin-taiping-airport');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-russia-air-routes', 2, 'yekaterinburg');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-russia-air-routes', 0, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-russia-air-routes', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-russia-air-routes', 'song-2019-heilongjiang-russia', 'Table 2, Aviation Transport');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-russia-air-routes', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Bear Island highway passenger port
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('bear-island-highway-passenger-port', 'Bear Island highway passenger port', 'PORT', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, NULL, 'A road passenger crossing on "Bear Island" whose construction, Song reports, was being actively promoted along with the Tongjiang and Heihe bridges.', 'Editorial note: Song gives no location. Bear Island is read as Heixiazi (Bolshoy Ussuriysky) Island near Fuyuan and Khabarovsk, an editorial identification, see the place record.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('bear-island-highway-passenger-port', 'corridors');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('bear-island-highway-passenger-port', 'people-culture');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('bear-island-highway-passenger-port', 0, 'bear-island');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('bear-island-highway-passenger-port', 1, 'fuyuan');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('bear-island-highway-passenger-port', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Harbin–Mudanjiang express railway
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('harbin-mudanjiang-express-railway', 'Harbin–Mudanjiang express railway', 'RAILWAY', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, NULL, 'A fast domestic railway from Harbin towards the Suifenhe border crossing, which Song reports as "about to be completed".', 'Editorial note: Song gives no completion date, and the later sources do not mention the line.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-mudanjiang-express-railway', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-mudanjiang-express-railway', 0, 'harbin');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-mudanjiang-express-railway', 1, 'mudanjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-mudanjiang-express-railway', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Harbin–Jiamusi express railway
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('harbin-jiamusi-express-railway', 'Harbin–Jiamusi express railway', 'RAILWAY', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, NULL, 'A fast domestic railway from Harbin north-east to Jiamusi, which Song reports as "about to be completed".', 'Editorial note: Song gives no completion date, and the later sources do not mention the line.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-jiamusi-express-railway', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-jiamusi-express-railway', 0, 'harbin');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-jiamusi-express-railway', 1, 'jiamusi');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-jiamusi-express-railway', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Trans-Siberian Railway
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('trans-siberian-railway', 'Trans-Siberian Railway', 'RAILWAY', 'OPERATIONAL', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, NULL, 'Russia''s main east-west trunk line. Song''s channel layout connects all four main railway lines from Heilongjiang to it ("the Russian Siberian Railway"). Zhang (2025) reports congestion reaching 95% and cargo delays of more than 20 days.', 'Editorial note: a Russian national line rather than a cross-border project, included because the sources route the cross-border channels onto it and measure its bottlenecks. Song calls it "the Russian Siberian Railway" or "the Siberian Railway".');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('trans-siberian-railway', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('trans-siberian-railway', 0, 'siberia');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('trans-siberian-railway', 1, 'russian-far-east');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('trans-siberian-railway', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('trans-siberian-railway', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('trans-siberian-railway', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('trans-siberian-railway', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Project: Baikal–Amur Mainline ("Beia Railway")
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('baikal-amur-mainline', 'Baikal–Amur Mainline ("Beia Railway")', 'RAILWAY', 'OPERATIONAL', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, NULL, 'Russian railway that Song''s channel layout names, as the "Beia Railway", as a destination of three of the four main railway lines from Heilongjiang, alongside the Trans-Siberian.', 'Editorial note: "Beia Railway" is read as the Baikal–Amur Mainline (BAM, in Chinese 贝阿铁路, Bei-A), an editorial identification. The status "operational" reflects the line itself, which Song treats as existing.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('baikal-amur-mainline', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('baikal-amur-mainline', 0, 'siberia');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('baikal-amur-mainline', 1, 'russian-far-east');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('baikal-amur-mainline', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
-- Project: Arctic Europe-Asia optical cable backbone (Murmansk–Vladivostok–Suifenhe–Harbin)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('arctic-eurasian-optical-cable', 'Arctic Europe-Asia optical cable backbone (Murmansk–Vladivostok–Suifenhe–Harbin)', 'CABLE', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, NULL, 'An optical cable backbone in Song''s channel layout running from Murmansk along the Arctic Ocean and through the Bering Strait, then from Vladivostok via Suifenhe to Harbin.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. The status "planned" records only that the item is part of the plan, not a finding that it was unbuilt in 2019. Song prints "the Arctic Circle Europe-Asian optical cable communication backbone network".');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('arctic-eurasian-optical-cable', 'industry-technology');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('arctic-eurasian-optical-cable', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('arctic-eurasian-optical-cable', 0, 'murmansk');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('arctic-eurasian-optical-cable', 3, 'harbin');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('arctic-eurasian-optical-cable', 1, 'vladivostok');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('arctic-eurasian-optical-cable', 2, 'suifenhe');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('arctic-eurasian-optical-cable', 'song-2019-heilongjiang-russia', 'Table 2, Cable Communication');
-- Project: International Communication Gateway Bureau, Harbin
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('harbin-international-communication-gateway', 'International Communication Gateway Bureau, Harbin', 'CABLE', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, NULL, 'An international telecommunications gateway in Harbin, listed first in the cable row of Song''s channel layout.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. The status "planned" records only that the item is part of the plan, not a finding that it was unbuilt in 2019.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-international-communication-gateway', 'industry-technology');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-international-communication-gateway', 0, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-international-communication-gateway', 'song-2019-heilongjiang-russia', 'Table 2, Cable Communication');
-- Project: Belt and Road Initiative (Silk Road Economic Belt and 21st Century Maritime Silk Road)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('belt-and-road-initiative', 'Belt and Road Initiative (Silk Road Economic Belt and 21st Century Maritime Silk Road)', 'STRATEGY', 'OPERATIONAL', '2025 (Zhang 2025)', 2013, NULL, NULL, NULL, NULL, NULL, 'China''s plan presented by Xi Jinping in autumn 2013 (Song). Heilongjiang joined it in the five years before 2019 through the Eastern and Longjiang belts and the China-Mongolia-Russia Economic Corridor. AsiaNews (2022) notes that developing Siberia would boost it via the Arctic route, and Zhang (2025) says China links it with Russia''s "Greater Eurasian Partnership" and Far East strategy. Song recommends linking it with the Eurasian Economic Union.', 'Editorial note: a national strategy rather than a single project, included as the frame of the provincial projects.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('belt-and-road-initiative', 'geopolitics');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('belt-and-road-initiative', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('belt-and-road-initiative', 0, 'china');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('belt-and-road-initiative', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('belt-and-road-initiative', 'song-2019-heilongjiang-russia', 'Introduction, para. 1');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('belt-and-road-initiative', 'song-2019-heilongjiang-russia', 'Conclusion, para. 1');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('belt-and-road-initiative', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('belt-and-road-initiative', 'asianews-2022-heilongjiang-siberia', 'para. 8');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('belt-and-road-initiative', 'zhang-2025-turn-to-the-east', '§2.3, citing ref. [13]');
-- Project: Russias "turn to the East" policy
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('turn-to-the-east', 'Russia''s "turn to the East" policy', 'STRATEGY', 'OPERATIONAL', '2025 (Zhang 2025)', 2014, NULL, NULL, NULL, NULL, NULL, 'Russia''s strategy, described by Zhang (2025), of strengthening political, economic and cultural ties with the Asia-Pacific to overcome economic difficulties and diplomatic isolation after the 2014 Ukraine crisis. Since 2022, Zhang writes, it has been a breakthrough in Russia''s search for new sources of growth, with the development of the Far East a national priority, foreign investment attracted through priority development territories and a goal of Far East GDP growth 2 percentage points above the national average by 2030.', 'Editorial note: a national policy rather than a single project, included because Zhang frames all cooperation through it.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('turn-to-the-east', 'geopolitics');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('turn-to-the-east', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('turn-to-the-east', 0, 'russia');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('turn-to-the-east', 1, 'russian-far-east');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('turn-to-the-east', 'zhang-2025-turn-to-the-east', 'Abstract');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('turn-to-the-east', 'zhang-2025-turn-to-the-east', '§I, citing refs. [1, pp. 8-21], [6, pp. 6-8]');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('turn-to-the-east', 'zhang-2025-turn-to-the-east', '§2.1, citing ref. [9]');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('turn-to-the-east', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('turn-to-the-east', 'zhang-2025-turn-to-the-east', '§3.1');
-- Project: Priority development territories (Russian Far East)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('priority-development-territories', 'Priority development territories (Russian Far East)', 'PROGRAMME', 'OPERATIONAL', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, NULL, 'Russian special zones created by law to attract foreign investment into the Far East (Zhang 2025). Zhang notes that despite them the region''s infrastructure still lags behind.', 'Editorial note: the sources name no individual territory.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('priority-development-territories', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('priority-development-territories', 0, 'russian-far-east');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('priority-development-territories', 'zhang-2025-turn-to-the-east', '§2.1, citing ref. [9]');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('priority-development-territories', 'zhang-2025-turn-to-the-east', '§3.1');
-- Project: Eastern Land-Sea Silk Road Economic Belt
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('eastern-silk-road-belt', 'Eastern Land-Sea Silk Road Economic Belt', 'STRATEGY', 'OPERATIONAL', '2019 (Song 2019)', 2014, NULL, NULL, NULL, NULL, NULL, 'A provincial strategy of Heilongjiang, implemented from 2014 and tied to the Belt and Road Initiative. Its aims were a cross-border transport system for the Harbin–Russia–Europe railway, better infrastructure links, service facilities, energy cooperation and cross-border industrial parks and chains. Song lists its results: provincial investment in Russia of 1 billion US dollars (up 20%), ties between 10 provincial and 24 Russian commercial banks, the China-Russia Expo, 13 tourism port areas and 8 visa-issuing crossings, progress on the pipelines and bridges, six projects in Russia by Longxing and LongMay, and foreign capital used of more than 5 billion US dollars.', 'Editorial note: the results rest on 2014–2015 sources (ref. [13] is the 2014 statistical communiqué, footnote 2 a 2015 web page), so they probably describe the first year or two of the belt. Song says the project "was implemented in 2014", recorded as the start year.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('eastern-silk-road-belt', 'corridors');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('eastern-silk-road-belt', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('eastern-silk-road-belt', 0, 'heilongjiang');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('eastern-silk-road-belt', 1, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('eastern-silk-road-belt', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('eastern-silk-road-belt', 'song-2019-heilongjiang-russia', 'Introduction, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('eastern-silk-road-belt', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 1');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('eastern-silk-road-belt', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('eastern-silk-road-belt', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('eastern-silk-road-belt', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 4');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('eastern-silk-road-belt', 'song-2019-heilongjiang-russia', 'References [2], [12]');
-- Project: Longjiang (Heilongjiang) Land-Sea Silk Road Economic Belt
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('longjiang-silk-road-belt', 'Longjiang (Heilongjiang) Land-Sea Silk Road Economic Belt', 'STRATEGY', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', 2014, NULL, NULL, NULL, NULL, NULL, 'The province''s second belt, first announced by the provincial Party economic conference in December 2014 and connected to the China-Mongolia-Russia Economic Corridor. Harbin is its centre. It runs east via Suifenhe to Vladivostok, south via Dalian to the Bohai Sea and the Yangtze and Pearl River deltas, west via Manzhouli to Chita and the Eurasian land bridge, and north via Heihe and Mohe to the Trans-Siberian, under the motto "West to Europe, East to the Sea". Its channel plan (Table 2) and industrial plan (Table 3: one core, four belts, one ring of border towns, six cross-border industrial clusters) are recorded in the related projects and places.', 'Editorial note: Song writes both of accelerating its construction and of the "successful realization" of the two belts (para. 5), the atlas records it as under construction. Since 2015 the province has planned to be its core area (para. 3, where "Longjiang Province" is a slip for Heilongjiang).');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('longjiang-silk-road-belt', 'corridors');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('longjiang-silk-road-belt', 'industry-technology');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('longjiang-silk-road-belt', 0, 'harbin');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('longjiang-silk-road-belt', 1, 'suifenhe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('longjiang-silk-road-belt', 2, 'vladivostok');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('longjiang-silk-road-belt', 3, 'dalian');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('longjiang-silk-road-belt', 4, 'manzhouli');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('longjiang-silk-road-belt', 5, 'chita');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('longjiang-silk-road-belt', 6, 'heihe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('longjiang-silk-road-belt', 7, 'mohe');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('longjiang-silk-road-belt', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('longjiang-silk-road-belt', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('longjiang-silk-road-belt', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 2');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('longjiang-silk-road-belt', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('longjiang-silk-road-belt', 'song-2019-heilongjiang-russia', 'Table 2');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('longjiang-silk-road-belt', 'song-2019-heilongjiang-russia', 'Table 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('longjiang-silk-road-belt', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 5');
-- Project: China-Mongolia-Russia Economic Corridor
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('china-mongolia-russia-economic-corridor', 'China-Mongolia-Russia Economic Corridor', 'TRANSPORT_CORRIDOR', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, NULL, 'One of the Belt and Road economic corridors, in whose construction Heilongjiang has taken part in the five years before 2019. Song ties the province''s strategic priorities in its cooperation with Russia to its construction, and the Longjiang belt connects to it.', 'Editorial note: Song gives no route or figures for the corridor itself.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('china-mongolia-russia-economic-corridor', 'corridors');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('china-mongolia-russia-economic-corridor', 'geopolitics');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('china-mongolia-russia-economic-corridor', 0, 'china');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('china-mongolia-russia-economic-corridor', 1, 'mongolia');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('china-mongolia-russia-economic-corridor', 2, 'russia');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('china-mongolia-russia-economic-corridor', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('china-mongolia-russia-economic-corridor', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('china-mongolia-russia-economic-corridor', 'song-2019-heilongjiang-russia', 'Introduction, para. 4');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('china-mongolia-russia-economic-corridor', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('china-mongolia-russia-economic-corridor', 'song-2019-heilongjiang-russia', 'Conclusion, para. 1');
-- Project: China-Russia Expo
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('china-russia-expo', 'China-Russia Expo', 'EXPO', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, NULL, 'The Harbin International Economic and Trade Fair was upgraded to the China-Russia Expo. At the first Expo, Song reports, trade contracts worth 3.15 billion US dollars were signed, plus 260 economic cooperation agreements involving 68.3 billion yuan. The Expo draws guests from nearly 100 countries and regions.', 'Editorial note: the year of the first Expo is not given. Song does not say where it is held, Harbin is linked because the Expo grew out of the Harbin fair.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('china-russia-expo', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('china-russia-expo', 0, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('china-russia-expo', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('china-russia-expo', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Harbin Comprehensive Bonded Zone
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('harbin-comprehensive-bonded-zone', 'Harbin Comprehensive Bonded Zone', 'TRADE_ZONE', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, NULL, 'A customs-bonded zone in Harbin that Song reports as officially launched, part of the province''s rise as a Northeast Asian trade hub.', 'Editorial note: no launch date is given.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-comprehensive-bonded-zone', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-comprehensive-bonded-zone', 0, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-comprehensive-bonded-zone', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Harbin railway container centre station
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('harbin-railway-container-centre-station', 'Harbin railway container centre station', 'RAILWAY', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, NULL, 'A railway container centre station that Song reports as put into use, in the same sentence as the Harbin Comprehensive Bonded Zone.', 'Editorial note: Song does not name its city. Harbin is inferred from the sentence it shares with the Harbin bonded zone.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-railway-container-centre-station', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-railway-container-centre-station', 0, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-railway-container-centre-station', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: "One Window and Four Districts"
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('one-window-four-districts', '"One Window and Four Districts"', 'PROGRAMME', 'PROPOSED', '2019 (Song 2019)', 2017, NULL, NULL, NULL, NULL, NULL, 'A programme that Heilongjiang proposed in April 2017 after the two Silk Road belts, meant to open "yet another window" between China and the North. It includes building the Sino-Russian Free Trade Area.', 'Editorial note: Song names neither the window nor the four districts beyond the free trade area. The references are articles by Zhang Qingwei in the Heilongjiang Daily (2017).');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('one-window-four-districts', 'trade-investment');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('one-window-four-districts', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('one-window-four-districts', 0, 'heilongjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('one-window-four-districts', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 5, citing ref. [17]');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('one-window-four-districts', 'song-2019-heilongjiang-russia', 'References [8], [17]');
-- Project: Sino-Russian Free Trade Area
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('sino-russian-free-trade-area', 'Sino-Russian Free Trade Area', 'TRADE_ZONE', 'PROPOSED', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, NULL, 'A free trade area with Russia that forms part of "One Window and Four Districts" (April 2017). In its conclusion Song recommends using Russia''s Far East development strategy to open negotiations on a Sino-Russian free trade zone.', 'Editorial note: Song calls it "Sino-Russian Free Trade Area" (para. 5), "free cross-border trade zone" (Abstract) and "Sino-Russian free trade zone" (Conclusion), taken here as one proposal.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('sino-russian-free-trade-area', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('sino-russian-free-trade-area', 0, 'china');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('sino-russian-free-trade-area', 1, 'russia');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('sino-russian-free-trade-area', 2, 'heilongjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('sino-russian-free-trade-area', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 5');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('sino-russian-free-trade-area', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('sino-russian-free-trade-area', 'song-2019-heilongjiang-russia', 'Abstract');
-- Project: Harbin Free Trade Zone
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('harbin-free-trade-zone', 'Harbin Free Trade Zone', 'TRADE_ZONE', 'OPERATIONAL', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, NULL, 'A free trade zone in Harbin whose experience, together with the Digital Economy Demonstration Zone, Zhang (2025) wants to use for a jointly built blockchain platform for cross-border trade.', 'Editorial note: Zhang gives no opening date or scope.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-free-trade-zone', 'trade-investment');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-free-trade-zone', 'industry-technology');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-free-trade-zone', 0, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-free-trade-zone', 'zhang-2025-turn-to-the-east', '§3.2');
-- Project: Digital Economy Demonstration Zone
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('digital-economy-demonstration-zone', 'Digital Economy Demonstration Zone', 'TRADE_ZONE', 'OPERATIONAL', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, NULL, 'A zone whose experience in the digital economy Zhang (2025) cites, with the Harbin Free Trade Zone, as the basis for a cross-border blockchain trade platform.', 'Editorial note: Zhang does not say where the zone is, only that it sits alongside the Harbin Free Trade Zone. Heilongjiang is linked as the likely province.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('digital-economy-demonstration-zone', 'industry-technology');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('digital-economy-demonstration-zone', 0, 'heilongjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('digital-economy-demonstration-zone', 'zhang-2025-turn-to-the-east', '§3.2');
-- Project: Longxing Group and LongMay Group projects in Russia
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('longxing-longmay-russia-projects', 'Longxing Group and LongMay Group projects in Russia', 'PROGRAMME', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', NULL, NULL, 6, 'projects', 'EXACT', 'Number of projects started in Russia (Song 2019).', 'Song reports that the Longxing Group and the LongMay Group had started building six projects in Russia under the Eastern Silk Road Belt. The projects are not described.', 'Editorial note: Song does not say what, or where in Russia, the six projects are.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('longxing-longmay-russia-projects', 'industry-technology');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('longxing-longmay-russia-projects', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('longxing-longmay-russia-projects', 0, 'russia');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('longxing-longmay-russia-projects', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
-- Project: Cross-border tourism port areas and visa-issuing crossings
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('cross-border-tourism-port-areas', 'Cross-border tourism port areas and visa-issuing crossings', 'PROGRAMME', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, 13, 'port areas opened for cross-border tourism', 'EXACT', 'Count, not capacity, plus 8 visa-issuing crossing points (Song 2019).', 'Under the Eastern Silk Road Belt, Song reports, 13 port areas were opened for cross-border tourism and the number of border crossing points issuing visas rose to eight.', 'Editorial note: the ports are not named.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('cross-border-tourism-port-areas', 'people-culture');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('cross-border-tourism-port-areas', 0, 'heilongjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('cross-border-tourism-port-areas', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
-- Project: University exchanges between Northeast China and the Russian Far East
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('northeast-far-east-university-exchanges', 'University exchanges between Northeast China and the Russian Far East', 'PROGRAMME', 'OPERATIONAL', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, NULL, 'Zhang (2025) describes a wide range of exchange programmes between universities of Northeast China and the Russian Far East, including the Chinese-Russian Cultural Year, cultural performances, student exchanges, faculty visits and joint research.', 'Editorial note: Zhang names no university, programme or year.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('northeast-far-east-university-exchanges', 'people-culture');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('northeast-far-east-university-exchanges', 0, 'northeast-china');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('northeast-far-east-university-exchanges', 1, 'russian-far-east');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('northeast-far-east-university-exchanges', 'zhang-2025-turn-to-the-east', '§2.2');
-- Project: Anshan Metallurgical Company (Soviet-aided)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('anshan-metallurgical-company', 'Anshan Metallurgical Company (Soviet-aided)', 'INDUSTRIAL_PARK', 'OPERATIONAL', 'after the founding of the PRC (Zhang 2025, historical)', NULL, NULL, NULL, NULL, NULL, NULL, 'One of the industrial works the Soviet Union helped to build in Northeast China after the founding of the People''s Republic, when the Northeast was the industrial base of the new China (Zhang 2025).', 'Editorial note: the project kinds have no category for a single plant, "industrial park" is the nearest. The status reflects the plant being built, the sources say nothing about it today.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('anshan-metallurgical-company', 'history');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('anshan-metallurgical-company', 'industry-technology');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('anshan-metallurgical-company', 0, 'anshan');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('anshan-metallurgical-company', 'zhang-2025-turn-to-the-east', '§I');
-- Project: First Automobile Plant, Changchun (Soviet-aided)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_qualifier, capacity_note, summary, note) VALUES ('first-automobile-plant-changchun', 'First Automobile Plant, Changchun (Soviet-aided)', 'INDUSTRIAL_PARK', 'OPERATIONAL', 'after the founding of the PRC (Zhang 2025, historical)', NULL, NULL, NULL, NULL, NULL, NULL, 'The First Automobile Plant in Changchun, another of the works the Soviet Union helped to build in Northeast China after the founding of the People''s Republic (Zhang 2025).', 'Editorial note: the project kinds have no category for a single plant, "industrial park" is the nearest. The status reflects the plant being built, the sources say nothing about it today.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('first-automobile-plant-changchun', 'history');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('first-automobile-plant-changchun', 'industry-technology');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('first-automobile-plant-changchun', 0, 'changchun');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('first-automobile-plant-changchun', 'zhang-2025-turn-to-the-east', '§I');

-- ======================================================================
-- == Events (timeline, oldest first) ==
-- ======================================================================
-- Event: Ancient contacts of the Sushen and Yilou peoples in the Amur basin
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('sushen-yilou-contacts', 'Ancient contacts of the Sushen and Yilou peoples in the Amur basin', 'EXCHANGE', -1000, NULL, NULL, 'UNDATED', 'Zhang (2025) opens the history of the region with the peoples of the Heilongjiang (Amur) basin who had contact with ancient China. The Sushen and Yilou, whom Zhang calls ancient Chinese peoples, kept up a degree of contact with other peoples of Northeast Asia through seasonal migration and trade over a long history, exchanges that in Zhang''s view laid the ground for later, wider interaction.', 'Editorial note: the source gives no date, only "throughout their long history". The sort year -1000 only places the entry at the start of the timeline and is not a date. The machine translation prints "Sushan", read as Sushen.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('sushen-yilou-contacts', 'history');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('sushen-yilou-contacts', 'people-culture');
INSERT INTO event_place (event_slug, place_slug) VALUES ('sushen-yilou-contacts', 'amur-river');
INSERT INTO event_place (event_slug, place_slug) VALUES ('sushen-yilou-contacts', 'northeast-china');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('sushen-yilou-contacts', 'zhang-2025-turn-to-the-east', '§I, citing ref. [2, pp. 74-76]');
-- Event: Aigun and Beijing treaties between tsarist Russia and the Qing
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('aigun-and-beijing-treaties', 'Aigun and Beijing treaties between tsarist Russia and the Qing', 'TREATY', 1850, NULL, NULL, 'CENTURY', 'From the middle of the 19th century, Zhang writes, tsarist Russia signed the Aigun and Beijing treaties with the Qing government of China. The treaties changed territorial sovereignty and gave the Northeast–Far East region a new political geography. AsiaNews (2022) reports that some Chinese nationalist groups still regard parts of the Far East, Vladivostok among them, as unjustly taken by Moscow in the mid-1800s.', 'Editorial note: the machine translation prints "Aigong" for Aigun. The paper dates the treaties only as "since the middle of the 19th century", so the timeline shows the mid-19th century. The Beijing treaty has its own entry, dated 1860 by the title of Zhang''s ref. [3]. AsiaNews (para. 13) speaks only of territory "taken by Moscow in the mid-1800s" and does not name the treaties.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('aigun-and-beijing-treaties', 'history');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('aigun-and-beijing-treaties', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('aigun-and-beijing-treaties', 'amur-river');
INSERT INTO event_place (event_slug, place_slug) VALUES ('aigun-and-beijing-treaties', 'russian-far-east');
INSERT INTO event_place (event_slug, place_slug) VALUES ('aigun-and-beijing-treaties', 'northeast-china');
INSERT INTO event_place (event_slug, place_slug) VALUES ('aigun-and-beijing-treaties', 'vladivostok');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('aigun-and-beijing-treaties', 'qing-government');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('aigun-and-beijing-treaties', 'tsarist-russia');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('aigun-and-beijing-treaties', 'zhang-2025-turn-to-the-east', '§I, citing refs. [3], [4, p. 140]');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('aigun-and-beijing-treaties', 'asianews-2022-heilongjiang-siberia', 'para. 13');
-- Event: Treaty of Beijing
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('beijing-treaty-1860', 'Treaty of Beijing', 'TREATY', 1860, NULL, NULL, 'YEAR', 'The second of the two treaties Zhang names, which with the Aigun treaty reshaped sovereignty in the region. Zhang''s reference list dates it to 1860.', 'Editorial note: the year comes only from the title of Zhang''s ref. [3], the text itself gives no date.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('beijing-treaty-1860', 'history');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('beijing-treaty-1860', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('beijing-treaty-1860', 'beijing');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('beijing-treaty-1860', 'qing-government');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('beijing-treaty-1860', 'tsarist-russia');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('beijing-treaty-1860', 'zhang-2025-turn-to-the-east', '§I, citing ref. [3]');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('beijing-treaty-1860', 'zhang-2025-turn-to-the-east', 'References [3] ("Beijing Treaty of 1860")');
-- Event: Soviet aid builds up Northeast Chinas industry
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('soviet-aid-northeast-china', 'Soviet aid builds up Northeast China''s industry', 'EXCHANGE', 1950, NULL, NULL, 'DECADE', 'After the founding of the People''s Republic of China the Soviet Union gave substantial help with economic construction, and the Northeast, as the industrial base of the new China, received many projects, among them the Anshan Metallurgical Company and the First Automobile Plant in Changchun (Zhang 2025).', 'Editorial note: Zhang says only "after the establishment of the People''s Republic of China" and gives no year. Placing the aid in the 1950s is an editorial choice to put it on the timeline.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('soviet-aid-northeast-china', 'history');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('soviet-aid-northeast-china', 'industry-technology');
INSERT INTO event_place (event_slug, place_slug) VALUES ('soviet-aid-northeast-china', 'northeast-china');
INSERT INTO event_place (event_slug, place_slug) VALUES ('soviet-aid-northeast-china', 'anshan');
INSERT INTO event_place (event_slug, place_slug) VALUES ('soviet-aid-northeast-china', 'changchun');
INSERT INTO event_project (event_slug, project_slug) VALUES ('soviet-aid-northeast-china', 'anshan-metallurgical-company');
INSERT INTO event_project (event_slug, project_slug) VALUES ('soviet-aid-northeast-china', 'first-automobile-plant-changchun');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('soviet-aid-northeast-china', 'soviet-union');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('soviet-aid-northeast-china', 'zhang-2025-turn-to-the-east', '§I');
-- Event: Sino-Soviet relations deteriorate
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('sino-soviet-deterioration', 'Sino-Soviet relations deteriorate', 'CONFLICT', 1960, NULL, NULL, 'DECADE', 'From the 1960s, Zhang writes, Soviet–Chinese relations gradually worsened, cooperation between Northeast China and the Soviet Far East suffered badly and trade fell sharply, though some informal contacts continued in the border areas.', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('sino-soviet-deterioration', 'history');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('sino-soviet-deterioration', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('sino-soviet-deterioration', 'northeast-china');
INSERT INTO event_place (event_slug, place_slug) VALUES ('sino-soviet-deterioration', 'russian-far-east');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('sino-soviet-deterioration', 'soviet-union');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('sino-soviet-deterioration', 'zhang-2025-turn-to-the-east', '§I');
-- Event: Normalisation of Sino-Soviet relations, border trade recovers
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('sino-soviet-normalisation', 'Normalisation of Sino-Soviet relations, border trade recovers', 'MILESTONE', 1980, NULL, NULL, 'DECADE', 'As relations between China and the USSR gradually normalised in the late 1980s and early 1990s, cross-border trade between Northeast China and the Far East recovered (Zhang 2025).', 'Editorial note: Zhang writes "in the late 1980s and early 1990s", and ref. [5] is titled "1989–1991: Normalization of Sino-Soviet relations". The timeline files it under the 1980s, the nearest precision it allows.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('sino-soviet-normalisation', 'history');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('sino-soviet-normalisation', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('sino-soviet-normalisation', 'northeast-china');
INSERT INTO event_place (event_slug, place_slug) VALUES ('sino-soviet-normalisation', 'russian-far-east');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('sino-soviet-normalisation', 'soviet-union');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('sino-soviet-normalisation', 'zhang-2025-turn-to-the-east', '§I (see also ref. [5])');
-- Event: Gorbachevs Vladivostok speech on Asia-Pacific policy
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('gorbachev-vladivostok-speech', 'Gorbachev''s Vladivostok speech on Asia-Pacific policy', 'STATEMENT', 1986, NULL, NULL, 'YEAR', 'In 1986 Mikhail Gorbachev, General Secretary of the CPSU Central Committee, gave a speech in Vladivostok that set out the USSR''s policy towards the Asia-Pacific region and proposed "establishing an Asian security system" (Zhang 2025).', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('gorbachev-vladivostok-speech', 'history');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('gorbachev-vladivostok-speech', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('gorbachev-vladivostok-speech', 'vladivostok');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('gorbachev-vladivostok-speech', 'mikhail-gorbachev');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('gorbachev-vladivostok-speech', 'soviet-union');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('gorbachev-vladivostok-speech', 'zhang-2025-turn-to-the-east', '§I, citing ref. [5]');
-- Event: Russia drafts Far East development policy documents
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('far-east-policy-documents-2007', 'Russia drafts Far East development policy documents', 'POLICY', 2007, NULL, NULL, 'YEAR', 'In 2007, using its bid to host an informal meeting of APEC leaders, Russia began drafting a set of policy documents for the development of the Far East (Zhang 2025).', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('far-east-policy-documents-2007', 'history');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('far-east-policy-documents-2007', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('far-east-policy-documents-2007', 'russian-far-east');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('far-east-policy-documents-2007', 'russian-government');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('far-east-policy-documents-2007', 'apec');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('far-east-policy-documents-2007', 'zhang-2025-turn-to-the-east', '§I, citing ref. [6, pp. 7-8]');
-- Event: Heilongjiang becomes the first province to reach the "US$100 million" trade level with Russia
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('heilongjiang-trade-level-2007', 'Heilongjiang becomes the first province to reach the "US$100 million" trade level with Russia', 'MILESTONE', 2007, NULL, NULL, 'YEAR', 'Song (2019) reports that from 2007 Heilongjiang was the first Chinese province to reach the level of "US$100 million" in trade with Russia.', 'Editorial note: the printed "US$100 million" is probably a unit slip. Table 1 gives the province''s trade with Russia as 110.6 for 2008 under a heading of "million US dollars", yet those values only make sense in hundreds of millions, and "US$100 million" likely renders the Chinese 100亿 (10 billion US dollars). The printed wording is kept.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('heilongjiang-trade-level-2007', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('heilongjiang-trade-level-2007', 'heilongjiang');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('heilongjiang-trade-level-2007', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 1');
-- Event: Heilongjiang–Russia trade falls sharply in the financial crisis
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('trade-fall-2009', 'Heilongjiang–Russia trade falls sharply in the financial crisis', 'MILESTONE', 2009, NULL, NULL, 'YEAR', 'In 2009, Song writes, the financial crisis made the province''s trade with Russia fall sharply. Table 1 shows the total roughly halving from 2008 to 2009.', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('trade-fall-2009', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('trade-fall-2009', 'heilongjiang');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('trade-fall-2009', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 1');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('trade-fall-2009', 'song-2019-heilongjiang-russia', 'Table 1 (2009 row)');
-- Event: Sino-Russian crude oil pipeline in operation, trade grows again
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('crude-oil-pipeline-operation-2011', 'Sino-Russian crude oil pipeline in operation, trade grows again', 'COMMISSIONING', 2011, NULL, NULL, 'YEAR', 'In 2011 Heilongjiang''s trade with Russia started to grow again thanks to the operation of the Sino-Russian crude oil pipeline (Song 2019). Table 1 shows the province''s imports from Russia rising steeply that year.', 'Editorial note: Song gives no opening date, only that the pipeline''s operation drove the 2011 recovery.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('crude-oil-pipeline-operation-2011', 'energy');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('crude-oil-pipeline-operation-2011', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('crude-oil-pipeline-operation-2011', 'mohe');
INSERT INTO event_place (event_slug, place_slug) VALUES ('crude-oil-pipeline-operation-2011', 'daqing');
INSERT INTO event_project (event_slug, project_slug) VALUES ('crude-oil-pipeline-operation-2011', 'sino-russian-crude-oil-pipeline');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('crude-oil-pipeline-operation-2011', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 1');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('crude-oil-pipeline-operation-2011', 'song-2019-heilongjiang-russia', 'Table 1 (2011 row)');
-- Event: Xi Jinping presents the Silk Road Economic Belt and the 21st Century Maritime Silk Road
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('silk-road-initiative-2013', 'Xi Jinping presents the Silk Road Economic Belt and the 21st Century Maritime Silk Road', 'POLICY', 2013, NULL, NULL, 'YEAR', 'Xi Jinping presented the vision of a Silk Road Economic Belt and a 21st Century Maritime Silk Road, the Belt and Road Initiative, which Song says was meant to open China to the West, build up its maritime power and seek peaceful, mutually beneficial cooperation.', 'Editorial note: Song says "in the autumn of 2013". No month is given, so the timeline shows the year.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('silk-road-initiative-2013', 'geopolitics');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('silk-road-initiative-2013', 'corridors');
INSERT INTO event_place (event_slug, place_slug) VALUES ('silk-road-initiative-2013', 'china');
INSERT INTO event_project (event_slug, project_slug) VALUES ('silk-road-initiative-2013', 'belt-and-road-initiative');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('silk-road-initiative-2013', 'xi-jinping');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('silk-road-initiative-2013', 'song-2019-heilongjiang-russia', 'Introduction, para. 1');
-- Event: Ukraine crisis and Russias "turn to the East"
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('ukraine-crisis-turn-to-east-2014', 'Ukraine crisis and Russia''s "turn to the East"', 'POLICY', 2014, NULL, NULL, 'YEAR', 'After the political crisis in Ukraine in 2014, Zhang writes, the Russian government tried to overcome economic difficulties and diplomatic isolation through a "turn to the East" towards the Asia-Pacific, in politics, economics and culture.', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('ukraine-crisis-turn-to-east-2014', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('ukraine-crisis-turn-to-east-2014', 'russia');
INSERT INTO event_place (event_slug, place_slug) VALUES ('ukraine-crisis-turn-to-east-2014', 'russian-far-east');
INSERT INTO event_project (event_slug, project_slug) VALUES ('ukraine-crisis-turn-to-east-2014', 'turn-to-the-east');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('ukraine-crisis-turn-to-east-2014', 'russian-government');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('ukraine-crisis-turn-to-east-2014', 'zhang-2025-turn-to-the-east', '§I, citing refs. [1, pp. 8-21], [6, pp. 6-8]');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('ukraine-crisis-turn-to-east-2014', 'zhang-2025-turn-to-the-east', 'Abstract');
-- Event: Heilongjiang starts the Eastern Land-Sea Silk Road Economic Belt
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('eastern-silk-road-belt-launch-2014', 'Heilongjiang starts the Eastern Land-Sea Silk Road Economic Belt', 'POLICY', 2014, NULL, NULL, 'YEAR', 'Song reports that the Eastern Silk Road Belt project was implemented in 2014, with the province pursuing an "opening-up" strategy towards Russia. Song''s ref. [12] is the province''s 2014 work plan for the belt.', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('eastern-silk-road-belt-launch-2014', 'corridors');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('eastern-silk-road-belt-launch-2014', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('eastern-silk-road-belt-launch-2014', 'heilongjiang');
INSERT INTO event_project (event_slug, project_slug) VALUES ('eastern-silk-road-belt-launch-2014', 'eastern-silk-road-belt');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('eastern-silk-road-belt-launch-2014', 'heilongjiang-provincial-government');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('eastern-silk-road-belt-launch-2014', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('eastern-silk-road-belt-launch-2014', 'song-2019-heilongjiang-russia', 'References [12]');
-- Event: Provincial Party economic conference calls for the Longjiang Silk Road Belt
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('longjiang-belt-conference-2014', 'Provincial Party economic conference calls for the Longjiang Silk Road Belt', 'MEETING', 2014, 12, NULL, 'MONTH', 'In December 2014 the economic conference of the Heilongjiang Provincial Party Committee stated for the first time its aim to speed up construction of the Longjiang Silk Road Belt, linked to the China-Mongolia-Russia Economic Corridor (Song 2019).', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('longjiang-belt-conference-2014', 'corridors');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('longjiang-belt-conference-2014', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('longjiang-belt-conference-2014', 'heilongjiang');
INSERT INTO event_project (event_slug, project_slug) VALUES ('longjiang-belt-conference-2014', 'longjiang-silk-road-belt');
INSERT INTO event_project (event_slug, project_slug) VALUES ('longjiang-belt-conference-2014', 'china-mongolia-russia-economic-corridor');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('longjiang-belt-conference-2014', 'heilongjiang-party-committee');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('longjiang-belt-conference-2014', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
-- Event: Heilongjiang plans to be the core area of the Longjiang Silk Road Belt
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('longjiang-core-area-planning-2015', 'Heilongjiang plans to be the core area of the Longjiang Silk Road Belt', 'POLICY', 2015, NULL, NULL, 'YEAR', 'Since 2015, according to Song, the province has planned to become a core area of the Longjiang Silk Road Belt of the China-Mongolia-Russia Economic Corridor, under the motto "West to Europe, East to the Sea", with the Harbin–Suifenhe–Russia land-sea channels playing the key role.', 'Editorial note: the paragraph says "Longjiang Province", a slip for Heilongjiang.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('longjiang-core-area-planning-2015', 'corridors');
INSERT INTO event_place (event_slug, place_slug) VALUES ('longjiang-core-area-planning-2015', 'heilongjiang');
INSERT INTO event_place (event_slug, place_slug) VALUES ('longjiang-core-area-planning-2015', 'harbin');
INSERT INTO event_place (event_slug, place_slug) VALUES ('longjiang-core-area-planning-2015', 'suifenhe');
INSERT INTO event_project (event_slug, project_slug) VALUES ('longjiang-core-area-planning-2015', 'longjiang-silk-road-belt');
INSERT INTO event_project (event_slug, project_slug) VALUES ('longjiang-core-area-planning-2015', 'china-mongolia-russia-economic-corridor');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('longjiang-core-area-planning-2015', 'heilongjiang-provincial-government');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('longjiang-core-area-planning-2015', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 3');
-- Event: Heilongjiangs trade with Russia hits bottom
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('heilongjiang-russia-trade-decline-2016', 'Heilongjiang''s trade with Russia declines in 2016', 'MILESTONE', 2016, NULL, NULL, 'YEAR', 'Song''s conclusion speaks of a dramatic decline in the province''s trade with Russia in 2016, followed by improvement as both sides worked on channel building and cargo transport.', 'Editorial note: Table 1 shows the steepest fall in 2015 (-53.4%) and a further fall in 2016 (-15.3%) to 91.9, the lowest total since 2010. It was not the lowest of the decade: the totals of 2009 (55.8) and 2010 (74.7) were lower. The conclusion''s "dramatic decline in trade with Russia in 2016" is kept as printed.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('heilongjiang-russia-trade-decline-2016', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('heilongjiang-russia-trade-decline-2016', 'heilongjiang');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('heilongjiang-russia-trade-decline-2016', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('heilongjiang-russia-trade-decline-2016', 'song-2019-heilongjiang-russia', 'Table 1 (2009, 2010, 2015 and 2016 rows)');
-- Event: Heilongjiang proposes "One Window and Four Districts"
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('one-window-four-districts-2017', 'Heilongjiang proposes "One Window and Four Districts"', 'POLICY', 2017, 4, NULL, 'MONTH', 'In April 2017 Heilongjiang proposed "One Window and Four Districts", a project to open another window between China and the North that includes building a Sino-Russian Free Trade Area (Song 2019).', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('one-window-four-districts-2017', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('one-window-four-districts-2017', 'heilongjiang');
INSERT INTO event_project (event_slug, project_slug) VALUES ('one-window-four-districts-2017', 'one-window-four-districts');
INSERT INTO event_project (event_slug, project_slug) VALUES ('one-window-four-districts-2017', 'sino-russian-free-trade-area');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('one-window-four-districts-2017', 'heilongjiang-provincial-government');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('one-window-four-districts-2017', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 5, citing ref. [17]');
-- Event: Sino-Russian Local Cooperation and Exchange Years 2018–2019
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('local-cooperation-years-2018-2019', 'Sino-Russian Local Cooperation and Exchange Years 2018–2019', 'EXCHANGE', 2018, NULL, NULL, 'YEAR', 'Song notes that the 2018–2019 Sino-Russian Local Cooperation and Exchange Years brought new opportunities, and that Zhang Qingwei, Chinese chairman of the China-Russia Friendship, Peace and Development Committee, said Heilongjiang would work with Russia to strengthen local cooperation.', 'Editorial note: the exchange years ran over 2018 and 2019. The timeline places them at their first year.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('local-cooperation-years-2018-2019', 'people-culture');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('local-cooperation-years-2018-2019', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('local-cooperation-years-2018-2019', 'heilongjiang');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('local-cooperation-years-2018-2019', 'zhang-qingwei');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('local-cooperation-years-2018-2019', 'china-russia-friendship-committee');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('local-cooperation-years-2018-2019', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 2');
-- Event: China–Russia trade passes 100 billion US dollars
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('china-russia-trade-100bn-2018', 'China–Russia trade passes 100 billion US dollars', 'MILESTONE', 2018, 12, NULL, 'MONTH', 'By mid-December 2018, Song reports, trade between China and Russia had passed 100 billion US dollars, a record, and Heilongjiang''s own trade with Russia was flourishing that year.', 'Editorial note: Song says "by mid-December 2018", the timeline shows December 2018. Footnote 1 gives a Sohu web page as the source.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('china-russia-trade-100bn-2018', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('china-russia-trade-100bn-2018', 'china');
INSERT INTO event_place (event_slug, place_slug) VALUES ('china-russia-trade-100bn-2018', 'russia');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('china-russia-trade-100bn-2018', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 1');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('china-russia-trade-100bn-2018', 'song-2019-heilongjiang-russia', 'footnote 1');
-- Event: 70th anniversary of China–Russia diplomatic relations
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('diplomatic-relations-70th-anniversary', '70th anniversary of China–Russia diplomatic relations', 'MILESTONE', 2019, NULL, NULL, 'YEAR', 'Song (2019) notes that the 70th anniversary of diplomatic relations between China and Russia was to be celebrated in 2019 and urges the two sides to use it to lift economic and trade relations to a higher level.', 'Editorial note: Song, writing before 2019, says the anniversary "is to be celebrated". The sources do not report the celebrations themselves.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('diplomatic-relations-70th-anniversary', 'history');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('diplomatic-relations-70th-anniversary', 'people-culture');
INSERT INTO event_place (event_slug, place_slug) VALUES ('diplomatic-relations-70th-anniversary', 'china');
INSERT INTO event_place (event_slug, place_slug) VALUES ('diplomatic-relations-70th-anniversary', 'russia');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('diplomatic-relations-70th-anniversary', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 2');
-- Event: Eastern gas pipeline (Power of Siberia) commissioned
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('power-of-siberia-commissioned-2019', 'Eastern gas pipeline (Power of Siberia) commissioned', 'COMMISSIONING', 2019, NULL, NULL, 'YEAR', 'The Sino-Russian eastern gas pipeline, Power of Siberia, was commissioned in 2019 (Zhang 2025). It enters China at Heihe (Heihe feature, 2023). AsiaNews (2022) also speaks of "the Russian-Chinese pipeline inaugurated in 2019".', 'Editorial note: AsiaNews names neither the pipeline nor what it carries. The atlas takes it to be this gas pipeline, the one Zhang dates to 2019 and the Heihe feature places at Heihe.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('power-of-siberia-commissioned-2019', 'energy');
INSERT INTO event_place (event_slug, place_slug) VALUES ('power-of-siberia-commissioned-2019', 'heihe');
INSERT INTO event_project (event_slug, project_slug) VALUES ('power-of-siberia-commissioned-2019', 'power-of-siberia');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('power-of-siberia-commissioned-2019', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('power-of-siberia-commissioned-2019', 'asianews-2022-heilongjiang-siberia', 'para. 5');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('power-of-siberia-commissioned-2019', 'heihe-border-feature-2023', 'para. 19');
-- Event: Russia invades Ukraine
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('russian-invasion-of-ukraine-2022', 'Russia invades Ukraine', 'CONFLICT', 2022, NULL, NULL, 'YEAR', 'Russia''s war against Ukraine, which AsiaNews (March 2022) calls an invasion and a military campaign, and Zhang (2025) "the Russian-Ukrainian conflict", isolated Russia from the West and made its "turn to the East" a search for new growth. The news item "China and Russia Forge Deeper Economic Ties" (2023) speaks of the invasion as "last year", and the Heihe feature records Chinese border residents'' views of it.', 'Editorial note: none of the sources gives the day the invasion began, so the timeline shows the year.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('russian-invasion-of-ukraine-2022', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('russian-invasion-of-ukraine-2022', 'russia');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('russian-invasion-of-ukraine-2022', 'russian-government');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('russian-invasion-of-ukraine-2022', 'asianews-2022-heilongjiang-siberia', 'lead paragraph');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('russian-invasion-of-ukraine-2022', 'asianews-2022-heilongjiang-siberia', 'para. 2');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('russian-invasion-of-ukraine-2022', 'deeper-economic-ties-2023', 'para. 1');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('russian-invasion-of-ukraine-2022', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('russian-invasion-of-ukraine-2022', 'heihe-border-feature-2023', 'para. 11');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('russian-invasion-of-ukraine-2022', 'heihe-border-feature-2023', 'para. 15');
-- Event: Western sanctions on Russia
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('western-sanctions-on-russia-2022', 'Western sanctions on Russia', 'SANCTION', 2022, NULL, NULL, 'YEAR', 'After the invasion of Ukraine, Western countries imposed sanctions on Russia. Zhang (2025) lists disconnection from SWIFT ("possibly partially restored"), embargoes and price caps, which in Zhang''s account cut gas exports and damaged the Nord Stream 2 pipeline. AsiaNews (2022) sees developing the Far East as a way for the Kremlin to ease the burden, and the news item "China and Russia Forge Deeper Economic Ties" (2023) reports China supporting Russia economically amid the sanctions.', 'Editorial note: the sources give no single date. The sanctions followed the 2022 invasion (AsiaNews, lead paragraph).');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('western-sanctions-on-russia-2022', 'geopolitics');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('western-sanctions-on-russia-2022', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('western-sanctions-on-russia-2022', 'russia');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('western-sanctions-on-russia-2022', 'western-governments');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('western-sanctions-on-russia-2022', 'asianews-2022-heilongjiang-siberia', 'lead paragraph');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('western-sanctions-on-russia-2022', 'deeper-economic-ties-2023', 'para. 3');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('western-sanctions-on-russia-2022', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('western-sanctions-on-russia-2022', 'zhang-2025-turn-to-the-east', '§2.1, citing ref. [8, pp. 38-39]');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('western-sanctions-on-russia-2022', 'heihe-border-feature-2023', 'para. 4');
-- Event: Tongjiang–Nizhneleninskoye railway bridge commissioned
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('tongjiang-bridge-commissioned-2022', 'Tongjiang–Nizhneleninskoye railway bridge commissioned', 'COMMISSIONING', 2022, NULL, NULL, 'YEAR', 'The first Sino-Russian cross-border railway bridge, between Tongjiang and Nizhneleninskoye, was commissioned in 2022 (Zhang 2025). By 2023 a transshipment oil complex was being built near it (news item "China and Russia Forge Deeper Economic Ties").', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('tongjiang-bridge-commissioned-2022', 'corridors');
INSERT INTO event_place (event_slug, place_slug) VALUES ('tongjiang-bridge-commissioned-2022', 'tongjiang');
INSERT INTO event_place (event_slug, place_slug) VALUES ('tongjiang-bridge-commissioned-2022', 'nizhneleninskoye');
INSERT INTO event_project (event_slug, project_slug) VALUES ('tongjiang-bridge-commissioned-2022', 'tongjiang-nizhneleninskoye-bridge');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('tongjiang-bridge-commissioned-2022', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('tongjiang-bridge-commissioned-2022', 'deeper-economic-ties-2023', 'para. 5');
-- Event: Xu Qin calls for integration with Siberia
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('xu-qin-siberia-statement-2022', 'Xu Qin calls for integration with Siberia', 'STATEMENT', 2022, 3, NULL, 'MONTH', 'Heilongjiang''s party chief Xu Qin, reported by the Heilongjiang Daily, called for closer integration with Siberia to boost strategic cooperation between China and Russia against the West, and for rapid expansion of "the Russian-Chinese pipeline inaugurated in 2019" to make Heihe the gateway for trade with eastern Siberia (AsiaNews).', 'Editorial note: AsiaNews says Xu spoke after the 18 March call and reported it on 23 March 2022, so the statement falls between those dates. The exact day is not given. AsiaNews does not name the pipeline, the atlas links it to Power of Siberia, the gas pipeline commissioned in 2019 that enters China at Heihe.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('xu-qin-siberia-statement-2022', 'geopolitics');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('xu-qin-siberia-statement-2022', 'energy');
INSERT INTO event_place (event_slug, place_slug) VALUES ('xu-qin-siberia-statement-2022', 'heilongjiang');
INSERT INTO event_place (event_slug, place_slug) VALUES ('xu-qin-siberia-statement-2022', 'heihe');
INSERT INTO event_place (event_slug, place_slug) VALUES ('xu-qin-siberia-statement-2022', 'siberia');
INSERT INTO event_project (event_slug, project_slug) VALUES ('xu-qin-siberia-statement-2022', 'power-of-siberia');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('xu-qin-siberia-statement-2022', 'xu-qin');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('xu-qin-siberia-statement-2022', 'heilongjiang-daily');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('xu-qin-siberia-statement-2022', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('xu-qin-siberia-statement-2022', 'asianews-2022-heilongjiang-siberia', 'para. 2');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('xu-qin-siberia-statement-2022', 'asianews-2022-heilongjiang-siberia', 'para. 5');
-- Event: Xi Jinping and Joe Biden hold a video call
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('xi-biden-call-2022', 'Xi Jinping and Joe Biden hold a video call', 'MEETING', 2022, 3, 18, 'DAY', 'On 18 March 2022 Xi Jinping and Joe Biden spoke by video link. According to AsiaNews, Biden warned that China would face serious consequences if it helped Russia economically or militarily in its campaign against Ukraine.', 'Editorial note: AsiaNews says "teleconference". The year comes from the article''s dateline (23 March 2022).');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('xi-biden-call-2022', 'geopolitics');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('xi-biden-call-2022', 'xi-jinping');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('xi-biden-call-2022', 'joe-biden');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('xi-biden-call-2022', 'asianews-2022-heilongjiang-siberia', 'para. 2');
-- Event: Russian economic development minister and Wang Wentao meet in Beijing
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('economy-ministers-meeting-beijing-2023', 'Russian economic development minister and Wang Wentao meet in Beijing', 'MEETING', 2023, NULL, NULL, 'YEAR', 'The Russian Minister of Economic Development and China''s commerce minister Wang Wentao discussed economic cooperation in Beijing. The same report quotes Wang as saying that the two countries'' economic and trade cooperation was becoming more "solid" under the "strategic guidance" of the two heads of state ("China and Russia Forge Deeper Economic Ties", 2023).', 'Editorial note: the source is undated, the year is inferred (see the source note). The report adds that Putin would visit Beijing "next month".');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('economy-ministers-meeting-beijing-2023', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('economy-ministers-meeting-beijing-2023', 'beijing');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('economy-ministers-meeting-beijing-2023', 'wang-wentao');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('economy-ministers-meeting-beijing-2023', 'russian-minister-economic-development');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('economy-ministers-meeting-beijing-2023', 'deeper-economic-ties-2023', 'para. 2');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('economy-ministers-meeting-beijing-2023', 'deeper-economic-ties-2023', 'para. 3');
-- Event: Wang Yi visits Moscow for strategic talks
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('wang-yi-moscow-visit-2023', 'Wang Yi visits Moscow for strategic talks', 'VISIT', 2023, NULL, NULL, 'YEAR', 'China''s top diplomat Wang Yi visited Moscow for strategic talks at the same time as the ministers'' meeting in Beijing. The talks confirmed that Vladimir Putin would visit Beijing the following month ("China and Russia Forge Deeper Economic Ties", 2023).', 'Editorial note: the source is undated, the year is inferred (see the source note).');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('wang-yi-moscow-visit-2023', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('wang-yi-moscow-visit-2023', 'moscow');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('wang-yi-moscow-visit-2023', 'wang-yi');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('wang-yi-moscow-visit-2023', 'vladimir-putin');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('wang-yi-moscow-visit-2023', 'deeper-economic-ties-2023', 'para. 2');
-- Event: China bans seafood from Japan
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('china-bans-japanese-seafood-2023', 'China bans seafood from Japan', 'POLICY', 2023, NULL, NULL, 'YEAR', 'Beijing banned seafood from Japan over concerns about radioactive water from the Fukushima plant, which, according to the news item "China and Russia Forge Deeper Economic Ties" (2023), opens the Chinese market to marine products from the Russian Far East.', 'Editorial note: the source is undated, the year is inferred (see the source note).');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('china-bans-japanese-seafood-2023', 'agriculture');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('china-bans-japanese-seafood-2023', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('china-bans-japanese-seafood-2023', 'japan');
INSERT INTO event_place (event_slug, place_slug) VALUES ('china-bans-japanese-seafood-2023', 'russian-far-east');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('china-bans-japanese-seafood-2023', 'chinese-government');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('china-bans-japanese-seafood-2023', 'deeper-economic-ties-2023', 'para. 6');
-- Event: Xi Jinping calls Heilongjiang a "pivotal" gateway
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('xi-heilongjiang-pivotal-gateway-2023', 'Xi Jinping calls Heilongjiang a "pivotal" gateway', 'STATEMENT', 2023, NULL, NULL, 'YEAR', 'Xi Jinping declared Heilongjiang a "pivotal" gateway for China''s opening up to the north and stressed its role in national defence, food security and energy security ("China and Russia Forge Deeper Economic Ties", 2023).', 'Editorial note: the news item says only "recently", the year follows the inferred date of the source. Zhang''s ref. [16] is a Xinhua item of September 2023 on a meeting Xi chaired on the revitalisation of Northeast China, which may be the same occasion, but neither source links the two.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('xi-heilongjiang-pivotal-gateway-2023', 'geopolitics');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('xi-heilongjiang-pivotal-gateway-2023', 'agriculture');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('xi-heilongjiang-pivotal-gateway-2023', 'energy');
INSERT INTO event_place (event_slug, place_slug) VALUES ('xi-heilongjiang-pivotal-gateway-2023', 'heilongjiang');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('xi-heilongjiang-pivotal-gateway-2023', 'xi-jinping');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('xi-heilongjiang-pivotal-gateway-2023', 'deeper-economic-ties-2023', 'para. 8');
-- Event: Xi Jinping arrives in Moscow
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('xi-state-visit-moscow-2023', 'Xi Jinping arrives in Moscow', 'VISIT', 2023, 3, 20, 'DAY', 'Xi Jinping arrived in Moscow on 20 March 2023, welcomed at the airport by Deputy Prime Minister Dmitry Chernyshenko. The Heihe feature, written during the visit, reads it as a big gesture that "speaks volumes".', 'Editorial note: the date comes from the photo caption of the Heihe feature.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('xi-state-visit-moscow-2023', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('xi-state-visit-moscow-2023', 'moscow');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('xi-state-visit-moscow-2023', 'xi-jinping');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('xi-state-visit-moscow-2023', 'dmitry-chernyshenko');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('xi-state-visit-moscow-2023', 'heihe-border-feature-2023', 'photo caption');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('xi-state-visit-moscow-2023', 'heihe-border-feature-2023', 'para. 31');
-- Event: Joint statement on key areas of economic cooperation until 2030
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('joint-statement-economic-cooperation-2030', 'Joint statement on key areas of economic cooperation until 2030', 'AGREEMENT', 2023, 3, 21, 'DAY', 'The presidents of China and Russia issued a joint statement on a development plan for key areas of economic cooperation until 2030. Zhang (2025) quotes its aim "to deeply unlock the potential of cooperation between our local and border territories" and to develop cooperation between Northeast China and the Russian Far East.', 'Editorial note: Zhang''s text says "in March 2023", the day comes from ref. [7] (Renmin Ribao, 21 March 2023). The quotation is the English machine translation of Zhang''s Russian wording.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('joint-statement-economic-cooperation-2030', 'trade-investment');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('joint-statement-economic-cooperation-2030', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('joint-statement-economic-cooperation-2030', 'northeast-china');
INSERT INTO event_place (event_slug, place_slug) VALUES ('joint-statement-economic-cooperation-2030', 'russian-far-east');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('joint-statement-economic-cooperation-2030', 'xi-jinping');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('joint-statement-economic-cooperation-2030', 'vladimir-putin');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('joint-statement-economic-cooperation-2030', 'zhang-2025-turn-to-the-east', '§I, citing refs. [6], [7]');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('joint-statement-economic-cooperation-2030', 'zhang-2025-turn-to-the-east', 'References [7] (Renmin Ribao, 21 March 2023)');
-- Event: Putin visits China, including Harbin
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('putin-visit-china-harbin-2024', 'Putin visits China, including Harbin', 'VISIT', 2024, NULL, NULL, 'YEAR', 'During his 2024 visit to China, Vladimir Putin went to Harbin, which Zhang (2025) reads as an important signal to speed up joint development of the Russian Far East.', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('putin-visit-china-harbin-2024', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('putin-visit-china-harbin-2024', 'harbin');
INSERT INTO event_place (event_slug, place_slug) VALUES ('putin-visit-china-harbin-2024', 'china');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('putin-visit-china-harbin-2024', 'vladimir-putin');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('putin-visit-china-harbin-2024', 'zhang-2025-turn-to-the-east', '§2.3');
-- Event: China–Russia joint statement during Putins 2024 visit
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('joint-statement-2024', 'China–Russia joint statement during Putin''s 2024 visit', 'AGREEMENT', 2024, NULL, NULL, 'YEAR', 'During Putin''s 2024 visit, according to Zhang, China and Russia issued an important joint statement on deepening their comprehensive partnership and strategic interaction, which among other things addresses the development of the Russian Far East.', 'Editorial note: Zhang''s ref. [15] ("Joint statement ... on deepening the comprehensive partnership and strategic interaction entering a new era", Xinhua) has a URL dated 22 March 2023, so the reference may point to the March 2023 statement rather than a 2024 one. The atlas follows the text.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('joint-statement-2024', 'geopolitics');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('joint-statement-2024', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('joint-statement-2024', 'russian-far-east');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('joint-statement-2024', 'chinese-government');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('joint-statement-2024', 'russian-government');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('joint-statement-2024', 'vladimir-putin');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('joint-statement-2024', 'zhang-2025-turn-to-the-east', '§2.3, citing ref. [15]');
-- Event: Tongjiang railway bridge passes 6 million tonnes of cargo
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('tongjiang-bridge-6mt-2024', 'Tongjiang railway bridge passes 6 million tonnes of cargo', 'MILESTONE', 2024, 6, NULL, 'MONTH', 'By June 2024 two-way cargo over the Tongjiang–Nizhneleninskoye railway bridge had passed 6 million tonnes (Zhang 2025).', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('tongjiang-bridge-6mt-2024', 'corridors');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('tongjiang-bridge-6mt-2024', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('tongjiang-bridge-6mt-2024', 'tongjiang');
INSERT INTO event_place (event_slug, place_slug) VALUES ('tongjiang-bridge-6mt-2024', 'nizhneleninskoye');
INSERT INTO event_project (event_slug, project_slug) VALUES ('tongjiang-bridge-6mt-2024', 'tongjiang-nizhneleninskoye-bridge');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('tongjiang-bridge-6mt-2024', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
-- Event: Eastern gas pipeline passes 80 billion cubic metres delivered
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('power-of-siberia-80-bcm-2024', 'Eastern gas pipeline passes 80 billion cubic metres delivered', 'MILESTONE', 2024, 12, NULL, 'MONTH', 'As of December 2024, gas delivered through the Sino-Russian eastern pipeline since it opened in 2019 exceeded 80 billion cubic metres (Zhang 2025, citing the National Energy Administration).', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('power-of-siberia-80-bcm-2024', 'energy');
INSERT INTO event_place (event_slug, place_slug) VALUES ('power-of-siberia-80-bcm-2024', 'heihe');
INSERT INTO event_project (event_slug, project_slug) VALUES ('power-of-siberia-80-bcm-2024', 'power-of-siberia');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('power-of-siberia-80-bcm-2024', 'national-energy-administration');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('power-of-siberia-80-bcm-2024', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');
-- Event: Gazprom raises Power of Siberia supplies to the contractual maximum
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('gazprom-contract-maximum-2024', 'Gazprom raises Power of Siberia supplies to the contractual maximum', 'MILESTONE', 2024, 12, 1, 'DAY', 'From 1 December 2024 Gazprom raised gas supplies to China through Power of Siberia, ahead of schedule, to the maximum contractual level of 38 billion cubic metres (Zhang 2025, citing the National Energy Administration).', 'Editorial note: the machine translation says "daily gas supplies ... at 38 billion cubic meters". 38 billion cubic metres is the annual contractual volume, a daily flow of that size is not possible, so the atlas records it as annual while keeping the printed words here. "Prematurely" in the copy means ahead of the contract schedule.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('gazprom-contract-maximum-2024', 'energy');
INSERT INTO event_place (event_slug, place_slug) VALUES ('gazprom-contract-maximum-2024', 'heihe');
INSERT INTO event_project (event_slug, project_slug) VALUES ('gazprom-contract-maximum-2024', 'power-of-siberia');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('gazprom-contract-maximum-2024', 'gazprom');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('gazprom-contract-maximum-2024', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');
-- ---- Depth additions (issue 13, item 7): events ----
-- Event: China buys more Russian oil, gas and grain
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('china-buys-more-russian-commodities-2023', 'China buys more Russian oil, gas and grain', 'MILESTONE', 2023, NULL, NULL, 'YEAR', 'In 2023 Chinese imports of Russian goods, above all oil, gas and grain, were rising. The unsigned report on deeper economic ties presents them as economic support for Russia amid Western sanctions and as evidence for Wang Wentao''s description of the relationship as "solid". At the border, the Heihe feature (March 2023) found China buying more Power of Siberia gas than ever before, making up for much of the trade Russia had lost with Europe.', 'Editorial note: neither source gives volumes or dates for the increase. The report on deeper economic ties is undated and is placed in 2023 (see its source note), the Heihe feature dates from March 2023.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('china-buys-more-russian-commodities-2023', 'trade-investment');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('china-buys-more-russian-commodities-2023', 'energy');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('china-buys-more-russian-commodities-2023', 'agriculture');
INSERT INTO event_place (event_slug, place_slug) VALUES ('china-buys-more-russian-commodities-2023', 'china');
INSERT INTO event_place (event_slug, place_slug) VALUES ('china-buys-more-russian-commodities-2023', 'russia');
INSERT INTO event_place (event_slug, place_slug) VALUES ('china-buys-more-russian-commodities-2023', 'heihe');
INSERT INTO event_project (event_slug, project_slug) VALUES ('china-buys-more-russian-commodities-2023', 'power-of-siberia');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('china-buys-more-russian-commodities-2023', 'wang-wentao');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('china-buys-more-russian-commodities-2023', 'deeper-economic-ties-2023', 'para. 3');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('china-buys-more-russian-commodities-2023', 'heihe-border-feature-2023', 'para. 19');

-- ======================================================================
-- == Perspectives (attributed positions: the atlas reports them, it takes none) ==
-- ======================================================================
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('xu-qin-integration-with-siberia', 'xu-qin', 'According to the Heilongjiang Daily as reported by AsiaNews, Xu Qin wants Heilongjiang to integrate more closely with neighbouring Siberia, presenting regional synergy as a way to strengthen strategic cooperation between Beijing and Moscow against the West. Above all he wants "the Russian-Chinese pipeline inaugurated in 2019" (in the atlas''s reading, the Power of Siberia gas pipeline) expanded quickly so that Heihe becomes the gateway for trade with eastern Siberia.', NULL, 'March 2022 (reported 23 March 2022)');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('xu-qin-integration-with-siberia', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('xu-qin-integration-with-siberia', 'energy');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('xu-qin-integration-with-siberia', 'corridors');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('xu-qin-integration-with-siberia', 'asianews-2022-heilongjiang-siberia', 'lead paragraph');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('xu-qin-integration-with-siberia', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('xu-qin-integration-with-siberia', 'asianews-2022-heilongjiang-siberia', 'para. 5');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('biden-warns-china', 'joe-biden', 'During the video call of 18 March 2022, Joe Biden told Xi Jinping that China would face serious consequences if it helped Russia economically or militarily in its campaign against Ukraine (as reported by AsiaNews).', NULL, '18 March 2022');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('biden-warns-china', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('biden-warns-china', 'asianews-2022-heilongjiang-siberia', 'para. 2');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('western-governments-press-beijing', 'western-governments', 'Washington and its European allies press Beijing to distance itself from Moscow''s war, with little success according to AsiaNews (March 2022). The news item "China and Russia Forge Deeper Economic Ties" describes Western disapproval of the deepening China–Russia economic ties in 2023, and the Heihe feature reports Western fears that China could go further in supporting Russia.', NULL, 'March 2022 to 2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('western-governments-press-beijing', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('western-governments-press-beijing', 'asianews-2022-heilongjiang-siberia', 'para. 3');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('western-governments-press-beijing', 'deeper-economic-ties-2023', 'para. 1');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('western-governments-press-beijing', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('western-governments-press-beijing', 'heihe-border-feature-2023', 'para. 16');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('chinese-experts-no-sanctions', 'chinese-experts', 'According to Chinese experts cited by AsiaNews, China will not impose sanctions on Russia and will buy more Russian energy in future. AsiaNews adds that it remains an open question whether Beijing would risk its trade with the United States and Europe to save Moscow.', NULL, 'March 2022');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('chinese-experts-no-sanctions', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('chinese-experts-no-sanctions', 'energy');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('chinese-experts-no-sanctions', 'asianews-2022-heilongjiang-siberia', 'para. 6');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('wang-wentao-solid-cooperation', 'wang-wentao', 'Wang Wentao says China–Russia economic and trade cooperation keeps deepening and has become more "solid" under the "strategic guidance" of the two heads of state. The news item "China and Russia Forge Deeper Economic Ties" (2023) links the remark to growing Chinese imports of Russian oil, gas and grain.', '“solid” … “strategic guidance”', '2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('wang-wentao-solid-cooperation', 'trade-investment');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('wang-wentao-solid-cooperation', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('wang-wentao-solid-cooperation', 'deeper-economic-ties-2023', 'para. 3');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('china-partnership-within-norms', 'chinese-government', 'China holds that its partnership with Russia does not violate international norms and that it has the right to work with any country it chooses, whatever the West says ("China and Russia Forge Deeper Economic Ties", 2023). The same report says both countries see the partnership as within international norms.', NULL, '2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('china-partnership-within-norms', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('china-partnership-within-norms', 'deeper-economic-ties-2023', 'para. 4');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('china-partnership-within-norms', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('xi-heilongjiang-pivotal-gateway', 'xi-jinping', 'Xi Jinping calls Heilongjiang a "pivotal" gateway for China''s opening up to the north and stresses its role in national defence, food security and energy security ("China and Russia Forge Deeper Economic Ties", 2023).', 'pivotal', '2023 (reported as recent)');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('xi-heilongjiang-pivotal-gateway', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('xi-heilongjiang-pivotal-gateway', 'agriculture');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('xi-heilongjiang-pivotal-gateway', 'energy');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('xi-heilongjiang-pivotal-gateway', 'deeper-economic-ties-2023', 'para. 8');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('siberian-russians-migrant-concern', 'siberian-russians', 'Siberian Russians have often been worried by the growing presence of Chinese migrants in their region, AsiaNews reports, which raises the question of how local communities will view the China–Russia "quasi-alliance".', NULL, 'March 2022 (reported)');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('siberian-russians-migrant-concern', 'people-culture');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('siberian-russians-migrant-concern', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('siberian-russians-migrant-concern', 'asianews-2022-heilongjiang-siberia', 'para. 11');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('siberian-russians-migrant-concern', 'asianews-2022-heilongjiang-siberia', 'para. 12');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('nationalists-claim-far-east', 'chinese-nationalist-groups', 'Some Chinese nationalist groups claim that parts of the Russian Far East, Vladivostok among them, belong to China and were unjustly taken by Moscow in the mid-1800s (as reported by AsiaNews).', NULL, 'March 2022 (reported)');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('nationalists-claim-far-east', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('nationalists-claim-far-east', 'history');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('nationalists-claim-far-east', 'asianews-2022-heilongjiang-siberia', 'lead paragraph');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('nationalists-claim-far-east', 'asianews-2022-heilongjiang-siberia', 'para. 13');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('jia-on-russians', 'mr-jia', 'Mr Jia, a Heihe shopkeeper who used to live in Russia, says the friendship is a good one: Russians are his customers and his friends. The feature says his view is common in Heihe.', 'They are nice and straightforward', 'March 2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('jia-on-russians', 'people-culture');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('jia-on-russians', 'heihe-border-feature-2023', 'para. 9');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('jia-on-russians', 'heihe-border-feature-2023', 'para. 10');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('jia-on-russians', 'heihe-border-feature-2023', 'para. 11');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('jia-on-the-war', 'mr-jia', 'Mr Jia holds that Russia is not entirely to blame for the war in Ukraine, arguing that nobody goes to war unless they must. The feature notes that this view is common in Heihe and encouraged in China, where the reality of the war is largely censored.', 'Wars have to be fought for a reason', 'March 2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('jia-on-the-war', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('jia-on-the-war', 'people-culture');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('jia-on-the-war', 'heihe-border-feature-2023', 'para. 11');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('jia-on-the-war', 'heihe-border-feature-2023', 'para. 12');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('jia-on-the-war', 'heihe-border-feature-2023', 'para. 13');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('jia-on-the-war', 'heihe-border-feature-2023', 'para. 14');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('slava-no-one-else', 'slava', 'Slava, a Russian truck driver, says Russia has no one else: Europe no longer wants to work with Russians or be their friend, so they work with their Chinese neighbours, who give them work in return.', 'No one else wants to be friends with us.', 'March 2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('slava-no-one-else', 'people-culture');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('slava-no-one-else', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('slava-no-one-else', 'heihe-border-feature-2023', 'para. 24');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('slava-no-one-else', 'heihe-border-feature-2023', 'para. 25');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('slava-on-the-war', 'slava', 'Slava hopes he will not be sent to fight in Ukraine, which he names as the problem.', 'I hope they don’t send us to war', 'March 2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('slava-on-the-war', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('slava-on-the-war', 'heihe-border-feature-2023', 'para. 26');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('heihe-feature-tacit-support', 'heihe-feature-outlet', 'The feature''s own assessment: China has avoided openly condemning or condoning the invasion while presenting itself as a peacemaker, yet it has quietly given Russia finance, technology and diplomatic cover. It calls the relationship a lifeline for Russia and valuable to China as a like-minded partner in its rivalry with America, and concludes that China''s "number one interest is China".', 'quietly been providing Russia with finance, technology and diplomatic cover', 'March 2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heihe-feature-tacit-support', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-tacit-support', 'heihe-border-feature-2023', 'para. 15');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-tacit-support', 'heihe-border-feature-2023', 'para. 16');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-tacit-support', 'heihe-border-feature-2023', 'para. 17');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-tacit-support', 'heihe-border-feature-2023', 'para. 27');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-tacit-support', 'heihe-border-feature-2023', 'para. 28');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-tacit-support', 'heihe-border-feature-2023', 'para. 32');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('chinese-mfa-non-alignment', 'chinese-mfa', 'China''s Ministry of Foreign Affairs, as quoted by Zhang, says China always keeps to non-alignment, non-confrontation and not targeting third parties in its relations with Russia. Zhang presents this as support for an open and inclusive model of regional cooperation.', 'China always adheres to the principles of non-alignment, non-confrontation and non-targeting of third parties', 'Cited in 2025 (Zhang, ref. [14], an undated CGTN report)');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('chinese-mfa-non-alignment', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('chinese-mfa-non-alignment', 'zhang-2025-turn-to-the-east', '§2.3, citing ref. [14] (CGTN)');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('zhang-qingwei-local-cooperation', 'zhang-qingwei', 'Zhang Qingwei said that Heilongjiang Province would work with Russia to strengthen local cooperation, in the setting of the 2018–2019 Local Cooperation and Exchange Years (as reported by Song).', NULL, '2018–2019 (reported by Song 2019)');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-qingwei-local-cooperation', 'trade-investment');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-qingwei-local-cooperation', 'people-culture');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-qingwei-local-cooperation', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 2');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('zhang-x-public-mood-obstacle', 'zhang-x', 'Zhang argues that a hard-to-overcome public mood stands in the way: shaped by their cultural traditions and history, Russians lean towards Western culture, and building a sense of shared Eastern identity will not be easy. Zhang adds that periodic disputes over the historical affiliation of the Far East keep its development a sensitive but unavoidable topic.', 'a difficult-to-overcome public mood', 'March 2025');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-public-mood-obstacle', 'people-culture');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-public-mood-obstacle', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-public-mood-obstacle', 'zhang-2025-turn-to-the-east', '§3.1');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('zhang-x-history-as-foundation', 'zhang-x', 'Zhang holds that, although China and Russia have historical disputes over the ownership of the Russian Far East, that history also created ties between them and a basis for joint historical research and cultural exchange.', NULL, 'March 2025');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-history-as-foundation', 'history');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-history-as-foundation', 'people-culture');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-history-as-foundation', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('zhang-x-turn-to-east-opportunity', 'zhang-x', 'Zhang sees Russia''s "turn to the East" as serving the common strategic interests of China and Russia and as an opportunity for regional cooperation and a multipolar world, and argues that cooperation between Northeast China and the Far East strengthens both countries'' strategic autonomy in the face of Western sanctions.', NULL, 'March 2025');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-turn-to-east-opportunity', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-turn-to-east-opportunity', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-turn-to-east-opportunity', 'zhang-2025-turn-to-the-east', 'Conclusion');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('song-l-new-paths', 'song-l', 'Song argues that because the province''s trade with Russia has swung with world energy prices, Heilongjiang and Russia should agree on new paths of cooperation that fit both sides'' strategic goals, using the 70th anniversary of diplomatic relations and the Local Cooperation and Exchange Years to raise relations to a higher level.', NULL, '2019');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('song-l-new-paths', 'trade-investment');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('song-l-new-paths', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 2');
-- ---- Depth additions (issue 13, item 7): perspectives ----
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('heilongjiang-authorities-look-to-far-east', 'heilongjiang-provincial-government', 'AsiaNews reports that Heilongjiang''s local authorities are looking to the Russian Far East to give the provincial economy new impetus. The report sets this against the province''s situation: together with Jilin and Liaoning, Heilongjiang is one of the depressed industrial areas of northeastern China.', NULL, 'March 2022 (reported 23 March 2022)');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heilongjiang-authorities-look-to-far-east', 'trade-investment');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heilongjiang-authorities-look-to-far-east', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-authorities-look-to-far-east', 'asianews-2022-heilongjiang-siberia', 'para. 4');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('asianews-china-gains-from-siberia', 'asianews', 'AsiaNews sets out what China would gain from developing Siberia, which Chinese and Russians alike see as a driver of regional growth. It would give a further boost to the Belt and Road Initiative, which the report calls Xi Jinping''s plan to make Beijing the main hub of world trade, via the Arctic route. Geopolitically, a synergy with Moscow would secure China''s northeastern borders.', 'the synergy with Moscow would secure China’s northeastern borders', 'March 2022');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('asianews-china-gains-from-siberia', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('asianews-china-gains-from-siberia', 'corridors');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('asianews-china-gains-from-siberia', 'asianews-2022-heilongjiang-siberia', 'para. 7');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('asianews-china-gains-from-siberia', 'asianews-2022-heilongjiang-siberia', 'para. 8');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('asianews-china-gains-from-siberia', 'asianews-2022-heilongjiang-siberia', 'para. 9');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('asianews-russia-eases-sanctions', 'asianews', 'In AsiaNews''s reading, developing the Russian Far East would also help the Kremlin ease the burden of the Western sanctions imposed over the invasion of Ukraine. Chinese and Russians alike, the report adds, see the development of Siberia as a driver of regional growth.', 'Developing Russia’s Far East would also help the Kremlin ease the burden of Western sanctions over the invasion of Ukraine.', 'March 2022');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('asianews-russia-eases-sanctions', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('asianews-russia-eases-sanctions', 'trade-investment');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('asianews-russia-eases-sanctions', 'asianews-2022-heilongjiang-siberia', 'lead paragraph (before para. 1)');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('asianews-russia-eases-sanctions', 'asianews-2022-heilongjiang-siberia', 'para. 7');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('russian-far-east-seafood-hopes', 'russian-far-east-region', 'The Russian Far East hopes to export more marine products to China, the 2023 report says. Beijing''s ban on seafood from Japan, imposed over concerns about radioactive water from the Fukushima plant, opens new opportunities for Russian exports on the Chinese market.', NULL, '2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('russian-far-east-seafood-hopes', 'agriculture');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('russian-far-east-seafood-hopes', 'trade-investment');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('russian-far-east-seafood-hopes', 'deeper-economic-ties-2023', 'para. 6');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('deeper-ties-report-russia-redirects-trade', 'deeper-ties-report', 'The report''s own reading of the partnership: after the invasion of Ukraine strained Russia''s relations with the West, Russia is finding alternative trade partners and markets with Chinese support to offset Western sanctions, and joint projects such as the transshipment oil complex near the railway bridge to Tongjiang aim to move its commodity exports away from Europe. The Russian Far East, bordering China and North Korea, has gained strategic importance as a zone of cross-border trade and is becoming a vital hub linking them. Both countries are pressing ahead despite Western criticism, and, the report concludes, it remains to be seen how the West will respond to what it calls a growing alliance.', 'it remains to be seen how the West will respond to this growing alliance', '2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('deeper-ties-report-russia-redirects-trade', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('deeper-ties-report-russia-redirects-trade', 'trade-investment');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('deeper-ties-report-russia-redirects-trade', 'deeper-economic-ties-2023', 'para. 1');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('deeper-ties-report-russia-redirects-trade', 'deeper-economic-ties-2023', 'para. 4');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('deeper-ties-report-russia-redirects-trade', 'deeper-economic-ties-2023', 'para. 5');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('deeper-ties-report-russia-redirects-trade', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('zhang-x-shifting-world-order', 'zhang-x', 'Zhang places the cooperation within a deep transformation of the global political and economic structure, marked by a stronger East and a weaker Western influence, and sees Russia accelerating its "turn to the East" in response. For Zhang the turn is not only a geo-economic adjustment but an important part of the changes in global governance, although the international and regional situation and Russia''s own development still put many obstacles in the way of regional cooperation.', 'the strengthening of the East''s position and the weakening of the West''s influence', 'March 2025');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-shifting-world-order', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-shifting-world-order', 'zhang-2025-turn-to-the-east', 'Abstract');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-shifting-world-order', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [17]');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('zhang-x-why-russia-turns-east', 'zhang-x', 'Zhang explains why Russia is turning east. Geopolitically, NATO''s eastward expansion threatens Russia''s western borders, and international sanctions, among them disconnection from SWIFT (which Zhang says may have been partly restored), embargoes and price caps, have in Zhang''s account cut its gas exports and led to damage to the Nord Stream 2 pipeline. The Far East, Russia''s gateway to the Asia-Pacific, has therefore become a national priority. Economically, closer ties with the rising Asia-Pacific raise Russia''s international weight, and the Far East can draw on outside partners, above all Northeast China, to develop its resources, diversify its economy and narrow the gap between regions. Cooperation with Asia-Pacific countries, especially China, lets Russia reduce its dependence on European markets.', NULL, 'March 2025');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-why-russia-turns-east', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-why-russia-turns-east', 'trade-investment');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-why-russia-turns-east', 'energy');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-why-russia-turns-east', 'zhang-2025-turn-to-the-east', '§2.1, citing refs. [8, pp. 38-39], [9]');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-why-russia-turns-east', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('zhang-x-economic-complementarity', 'zhang-x', 'Zhang argues that the two regions complement each other. The Russian Far East holds large oil and gas reserves and about 20 billion cubic metres of wood on 6.21 million square kilometres, with a population of just over 6 million, while Northeast China has a developed machine-building base and technological strengths in oil, gas and engineering. Trade follows that pattern: Northeast China imports resource products from the Far East, such as timber, oil and natural gas, and exports machine-building products, textiles, agricultural products and other goods.', NULL, 'March 2025');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-economic-complementarity', 'trade-investment');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-economic-complementarity', 'industry-technology');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-economic-complementarity', 'energy');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-economic-complementarity', 'agriculture');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-economic-complementarity', 'zhang-2025-turn-to-the-east', '§2.1');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-economic-complementarity', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [12, p. 25]');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('china-bri-greater-eurasian-link', 'chinese-government', 'According to Zhang, China connects the Belt and Road Initiative with the idea of a "Greater Eurasian Partnership" and with the development strategy of the Far East, and treats the "turn to the East" as an opportunity to deepen cooperation between the two countries.', NULL, 'Cited in 2025 (Zhang, ref. [13], a Xinhua report whose web address is dated 2015)');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('china-bri-greater-eurasian-link', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('china-bri-greater-eurasian-link', 'trade-investment');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('china-bri-greater-eurasian-link', 'zhang-2025-turn-to-the-east', '§2.3, citing ref. [13] (Xinhua)');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('zhang-x-northeast-revival', 'zhang-x', 'The second of China''s strategic considerations in Zhang''s account is the "revival" of Northeast China. Bordering the Russian Far East, the Northeast can develop in step with it through cross-border economic cooperation, coordinated industrial development, integration and complementary resources, and China''s own experience with special economic zones and attracting investment can serve as a guide for developing the Far East, to the benefit of both sides.', NULL, 'March 2025');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-northeast-revival', 'trade-investment');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-northeast-revival', 'industry-technology');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-northeast-revival', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('zhang-x-northeast-asia-hub', 'zhang-x', 'Zhang''s third consideration is regional and multilateral. Northeast China, closely linked with Russia, Mongolia and North Korea, is an important bridge between China and Northeast Asia, and from it China and Russia can help deepen cooperation mechanisms such as the SCO, BRICS and APEC. Stronger trade, investment and cultural exchange would, in Zhang''s view, create a more dynamic regional economic integration and bring development and prosperity to Northeast Asia as a whole.', NULL, 'March 2025');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-northeast-asia-hub', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-northeast-asia-hub', 'trade-investment');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-northeast-asia-hub', 'zhang-2025-turn-to-the-east', '§2.3, citing ref. [16]');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('zhang-x-high-level-signals', 'zhang-x', 'Zhang reads the top-level contacts as signals of intent: Putin''s stop in Harbin during his 2024 visit to China was an important signal to speed up the joint development of the Russian Far East, and the regular meetings of the two prime ministers show the strategic nature of relations between the two countries.', NULL, 'March 2025');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-high-level-signals', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-high-level-signals', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('zhang-x-from-trade-to-integration', 'zhang-x', 'Zhang expects Northeast–Far East cooperation to widen from bilateral to multilateral and from trade in energy resources to the modernisation of the whole industrial chain. New forms of sectoral cooperation would create a new centre of economic growth in the east of Eurasia, and the triple "resources – production capacity – market" model is meant to move cooperation from simple trade exchanges to deep industrial integration.', NULL, 'March 2025');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-from-trade-to-integration', 'industry-technology');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-from-trade-to-integration', 'trade-investment');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-from-trade-to-integration', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-from-trade-to-integration', 'zhang-2025-turn-to-the-east', 'Abstract');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('zhang-x-back-to-back', 'zhang-x', 'Zhang concludes that China and Russia are engaged in close "back-to-back" cooperation. The Northeast and the Far East are joined by mountains and rivers, and the "turn to the East" has brought both sides new opportunities and new challenges. Building on geography and economic complementarity, and once current difficulties are overcome, their cooperation could reshape the economic structure of Northeast Asia, drive the coordinated development of the whole region and open a new era of regional cooperation.', 'China and Russia are engaged in close "back-to-back" cooperation.', 'March 2025');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('zhang-x-back-to-back', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-x-back-to-back', 'zhang-2025-turn-to-the-east', 'Conclusion');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('heihe-feature-border-city-scene', 'heihe-feature-outlet', 'The feature opens in Heihe as the place to start if one wants to understand the China–Russia relationship: a bleak, bitterly cold city even at the time of writing, hugged by the sweeping frozen Amur, with Russia on the far bank. It is much quieter than before the pandemic, when Chinese groups went north to see Siberia, Russians came south, and people from the border towns crossed regularly to shop, do business and socialise. Yet signs of affinity are everywhere: imposing Russian architecture, Russian stores stacked with vodka, Russian dolls and Lenin-themed merchandise, and shops like Mr Jia''s, full of faux and real fur hats and gloves.', 'If you want to understand the China-Russia relationship, the frozen border city of Heihe is a good place to start.', 'March 2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heihe-feature-border-city-scene', 'people-culture');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-border-city-scene', 'heihe-border-feature-2023', 'paras. 1-3');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-border-city-scene', 'heihe-border-feature-2023', 'paras. 4-6');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-border-city-scene', 'heihe-border-feature-2023', 'paras. 7-8');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('heihe-feature-pipeline-and-bridge', 'heihe-feature-outlet', 'The feature finds signs of China''s tacit support for Russia everywhere in Heihe, and reminders of why China might want to keep it up. The best example runs under the reporters'' feet: the huge pipes that bring Russian gas into China, for Heihe is the entry point of Power of Siberia 1, and China is buying more of this gas than ever. Further up the river an enormous bridge carries the commodity trade that still flows between the two countries.', 'The best example perhaps runs under our feet – the huge pipes that carry Russian gas into China.', 'March 2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heihe-feature-pipeline-and-bridge', 'energy');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heihe-feature-pipeline-and-bridge', 'corridors');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heihe-feature-pipeline-and-bridge', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-pipeline-and-bridge', 'heihe-border-feature-2023', 'para. 17');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-pipeline-and-bridge', 'heihe-border-feature-2023', 'para. 18');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-pipeline-and-bridge', 'heihe-border-feature-2023', 'para. 19');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-pipeline-and-bridge', 'heihe-border-feature-2023', 'para. 20');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('heihe-feature-peaceful-border', 'heihe-feature-outlet', 'The bridge is also, the feature notes, a reminder that this vast border is at peace. It has not always been so: battles in the past destroyed communities in the area. Keeping today''s peace allows both sides to focus their resources elsewhere.', 'Maintaining today’s peace allows both sides to focus resources elsewhere.', 'March 2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heihe-feature-peaceful-border', 'history');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heihe-feature-peaceful-border', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-peaceful-border', 'heihe-border-feature-2023', 'para. 21');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('heihe-feature-what-china-gains', 'heihe-feature-outlet', 'For the feature, the relationship is a lifeline for Russia but also of great value to China, well beyond trade. Above all, Russia offers China a like-minded ally in what Beijing sees as a reshaping of the world order and in its ever-growing power struggle with America. A defeated Russia and a united, victorious West would damage Xi Jinping''s vision of an ascendant China, and this wider standoff is what is pushing the two neighbours closer.', 'a defeated Russia and a united, victorious West would be damaging to President Xi’s vision for an ascendant China', 'March 2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heihe-feature-what-china-gains', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-what-china-gains', 'heihe-border-feature-2023', 'para. 27');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-what-china-gains', 'heihe-border-feature-2023', 'para. 28');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-what-china-gains', 'heihe-border-feature-2023', 'para. 29');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heihe-feature-what-china-gains', 'heihe-border-feature-2023', 'para. 30');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('jia-ticking-time-bomb', 'mr-jia', 'Explaining why he does not think Russia is entirely to blame for the war in Ukraine, Mr Jia says that no one goes to war unless they have to, and likens some situations to having a ticking time bomb next to one''s pillow, which makes it hard to sleep.', 'Some things are like having a ticking time bomb next to your pillow, and it’s not going to be easy to sleep.', 'March 2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('jia-ticking-time-bomb', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('jia-ticking-time-bomb', 'people-culture');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('jia-ticking-time-bomb', 'heihe-border-feature-2023', 'para. 11');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('jia-ticking-time-bomb', 'heihe-border-feature-2023', 'para. 13');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('heilongjiang-strategy-in-national-plans', 'heilongjiang-provincial-government', 'As Song (2019) describes it, Heilongjiang strives to fit its cooperation with Russia into national strategic plans: the Belt and Road Initiative, the provincial Five Major Plans and the 13th Five-Year Plan. Its priorities with Russia centre on the China-Mongolia-Russia Economic Corridor and on infrastructure, energy and resources, trade and cultural exchange, under a comprehensive strategy of cooperation with Russia and the Russian Far East and in a new pattern of cooperation in line with goals set by General Secretary Xi Jinping. In Song''s conclusion, the provincial government''s main priorities are the connectivity of infrastructure, finance, trade and people, and cross-border industrial cooperation.', NULL, '2019 (Song 2019)');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heilongjiang-strategy-in-national-plans', 'trade-investment');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heilongjiang-strategy-in-national-plans', 'corridors');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heilongjiang-strategy-in-national-plans', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-strategy-in-national-plans', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-strategy-in-national-plans', 'song-2019-heilongjiang-russia', 'Introduction, para. 4, citing refs. [3], [4], [5–8]');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-strategy-in-national-plans', 'song-2019-heilongjiang-russia', 'Conclusion, para. 1');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('heilongjiang-silk-road-belts-aims', 'heilongjiang-provincial-government', 'Song sets out what the province wants from its two Silk Road belts. Both are meant to increase the interconnectedness of regions and countries, promote international trade and foster understanding and tolerance. The Eastern belt was expected to improve the province''s economic and geopolitical situation and to attract domestic and foreign industries, and it positioned Harbin as a centre for cooperation with Russia, gave the province a new platform for taking on domestic and foreign industrial transfer and built an export-oriented industrial system. The Longjiang belt aims at the most convenient and smooth international channel between Asia and Europe: its eastern and southern lines connect to the Maritime Silk Road, its western and northern lines echo the Silk Road on land, and it should attract new production enterprises and create a new growth pole for the regional economy.', NULL, '2019 (Song 2019)');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heilongjiang-silk-road-belts-aims', 'corridors');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heilongjiang-silk-road-belts-aims', 'trade-investment');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heilongjiang-silk-road-belts-aims', 'industry-technology');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-silk-road-belts-aims', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-silk-road-belts-aims', 'song-2019-heilongjiang-russia', 'Introduction, para. 3');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-silk-road-belts-aims', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 1');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-silk-road-belts-aims', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-silk-road-belts-aims', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 4');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-silk-road-belts-aims', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-silk-road-belts-aims', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 2');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('heilongjiang-industrial-layout-plan', 'heilongjiang-provincial-government', 'The industrial layout planned for the Longjiang belt (Song, Table 3) has four parts. One core: Harbin as the hub, hosting a platform for Sino-Russian economic and trade cooperation, headquarters of cooperating enterprises, a logistics hub, manufacturing bases, information and financial services, and centres of cultural, scientific and technological exchange. Four industrial belts with advanced technology, distinctive features and strong competitive advantages: Harbin–Daqing–Qiqihar–Manzhouli, Harbin–Mudanjiang–Suifenhe–Dongning, Harbin–Jiamusi–Suifenhe–Dongning and Harbin–Suifenhe–Bei''an–Heihe. One ring of border towns as nodes of an export-oriented economy: Mohe, Sunwu, Xunke, Jiayin, Luobei, Tongjiang, Fuyuan, Raohe, Hulin and Mishan. And domestic and cross-border cooperation through overseas industrial parks, ties between provincial and foreign-funded enterprises, and six cross-border industrial clusters.', NULL, '2019 (Song 2019)');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heilongjiang-industrial-layout-plan', 'industry-technology');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('heilongjiang-industrial-layout-plan', 'trade-investment');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-industrial-layout-plan', 'song-2019-heilongjiang-russia', 'Table 3');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('heilongjiang-industrial-layout-plan', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 2');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('song-l-heilongjiang-hub', 'song-l', 'Song sees Heilongjiang becoming ever more prominent as a core hub for trade and exchange among the countries of Northeast Asia. The province has a long history of cooperation with Russia, above all in border trade, which now also covers agriculture, forestry, mineral resources, energy, tourism, science and technology, and culture. In recent years China has been one of Russia''s key trading partners, and trade liberalisation has greatly helped cooperation. Song wants the province to meet the strategic goals of Sino-Russian economic and trade cooperation at "the northernmost point".', 'the northernmost point', '2019');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('song-l-heilongjiang-hub', 'trade-investment');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('song-l-heilongjiang-hub', 'agriculture');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('song-l-heilongjiang-hub', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('song-l-heilongjiang-hub', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 1');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('song-l-heilongjiang-hub', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 2');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('song-l-heilongjiang-hub', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('song-l-bri-strategic-decision', 'song-l', 'Song presents the Belt and Road Initiative as a major strategic decision of the Party''s Central Committee and the State Council to meet global challenges, create a new pattern of China''s opening-up to the West and promote world peace and development. In the five years before the article, Song writes, Heilongjiang joined it and took part in building the China-Mongolia-Russia Economic Corridor.', NULL, '2019');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('song-l-bri-strategic-decision', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('song-l-bri-strategic-decision', 'song-2019-heilongjiang-russia', 'Conclusion, para. 1');

-- ======================================================================
-- == Challenges ==
-- ======================================================================
INSERT INTO challenge (slug, title, category, summary) VALUES ('foreign-investment-limits', 'Caps and slow reviews for foreign investment in Russia', 'INSTITUTIONAL', 'Zhang (2025), citing the Russian Far East development ministry''s report on 2022 (ref. [9]), notes that Russia''s law on foreign investment caps foreign capital in strategic industries at 50% and that the average project review takes 18 months.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('foreign-investment-limits', 'trade-investment');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('foreign-investment-limits', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [9]');
INSERT INTO challenge (slug, title, category, summary) VALUES ('weak-far-east-economy', 'Low development, small market and weak finance in the Russian Far East', 'ECONOMIC', 'Zhang describes the Russian Far East as economically underdeveloped, with a limited market and an underdeveloped financial system. Its wealth in oil, gas and some 20 billion cubic metres of wood contrasts with a population of just over 6 million on 6.21 million square kilometres.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('weak-far-east-economy', 'trade-investment');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('weak-far-east-economy', 'zhang-2025-turn-to-the-east', '§3.1');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('weak-far-east-economy', 'zhang-2025-turn-to-the-east', '§2.1');
INSERT INTO challenge (slug, title, category, summary) VALUES ('settlement-ip-environment', 'Trade settlement, intellectual property and environmental problems', 'INSTITUTIONAL', 'Zhang notes unresolved problems in trade settlements, intellectual property protection and environmental protection, which raise the economic risks of cooperation between enterprises.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('settlement-ip-environment', 'trade-investment');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('settlement-ip-environment', 'zhang-2025-turn-to-the-east', '§3.1');
INSERT INTO challenge (slug, title, category, summary) VALUES ('western-sanctions-stigmatisation', 'Western stigmatisation and sanctions', 'GEOPOLITICAL', 'Zhang warns that Western stigmatisation of Sino-Russian cooperation and sanctions against it may hold back some projects. The news reports show the pressure: Washington and its European allies press Beijing to keep its distance from Moscow''s war (AsiaNews 2022), and the West disapproves of the growing economic ties ("China and Russia Forge Deeper Economic Ties", 2023).');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('western-sanctions-stigmatisation', 'geopolitics');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('western-sanctions-stigmatisation', 'trade-investment');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('western-sanctions-stigmatisation', 'zhang-2025-turn-to-the-east', '§3.1');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('western-sanctions-stigmatisation', 'zhang-2025-turn-to-the-east', '§2.1, citing ref. [8, pp. 38-39]');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('western-sanctions-stigmatisation', 'asianews-2022-heilongjiang-siberia', 'para. 2');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('western-sanctions-stigmatisation', 'asianews-2022-heilongjiang-siberia', 'para. 3');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('western-sanctions-stigmatisation', 'deeper-economic-ties-2023', 'para. 1');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('western-sanctions-stigmatisation', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO challenge (slug, title, category, summary) VALUES ('exposure-to-western-trade', 'China''s exposure through its trade with the West', 'GEOPOLITICAL', 'AsiaNews notes an open debate on whether Beijing is ready to put its trillions of dollars of trade with the United States and Europe at risk to save Moscow, after Joe Biden warned of serious consequences.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('exposure-to-western-trade', 'geopolitics');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('exposure-to-western-trade', 'trade-investment');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('exposure-to-western-trade', 'asianews-2022-heilongjiang-siberia', 'para. 6');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('exposure-to-western-trade', 'asianews-2022-heilongjiang-siberia', 'para. 2');
INSERT INTO challenge (slug, title, category, summary) VALUES ('energy-investment-capital-markets', 'Huge energy investment needs while Russia is cut off from capital markets', 'ECONOMIC', 'AsiaNews points out that the Russian Far East needs very large infrastructure investment, above all in energy, which would be a risk for Beijing if Moscow is shut out of international capital markets.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('energy-investment-capital-markets', 'energy');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('energy-investment-capital-markets', 'trade-investment');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('energy-investment-capital-markets', 'asianews-2022-heilongjiang-siberia', 'para. 10');
INSERT INTO challenge (slug, title, category, summary) VALUES ('lagging-infrastructure', 'Lagging infrastructure despite priority development territories', 'INFRASTRUCTURE', 'Despite the priority development territories created in the Far East, Zhang finds infrastructure development lagging, which makes it hard to expand trade and investment with neighbouring countries.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('lagging-infrastructure', 'corridors');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('lagging-infrastructure', 'zhang-2025-turn-to-the-east', '§3.1');
INSERT INTO challenge (slug, title, category, summary) VALUES ('trans-siberian-congestion', 'Congestion and delays on the Trans-Siberian Railway', 'INFRASTRUCTURE', 'Zhang reports congestion on the Trans-Siberian Railway reaching 95% and cargo delays of more than 20 days.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('trans-siberian-congestion', 'corridors');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('trans-siberian-congestion', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO challenge (slug, title, category, summary) VALUES ('frozen-ports', 'Ice-bound Far Eastern ports', 'INFRASTRUCTURE', 'According to Zhang, the freezing period of Far Eastern ports reaches 4 months.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('frozen-ports', 'corridors');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('frozen-ports', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO challenge (slug, title, category, summary) VALUES ('nakhodka-port-equipment', 'Outdated equipment at the port of Nakhodka', 'INFRASTRUCTURE', 'Outdated equipment at the port of Nakhodka cuts the efficiency of loading and unloading to 60% of the level of the port of Qingdao (Zhang).');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('nakhodka-port-equipment', 'corridors');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('nakhodka-port-equipment', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO challenge (slug, title, category, summary) VALUES ('low-grid-coverage', 'Low electricity grid coverage', 'INFRASTRUCTURE', 'Electricity grid coverage in the Far East is less than 40%, which limits mining projects (Zhang).');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('low-grid-coverage', 'energy');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('low-grid-coverage', 'industry-technology');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('low-grid-coverage', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO challenge (slug, title, category, summary) VALUES ('public-mood-western-orientation', 'Public mood and Russia''s cultural attachment to the West', 'SOCIAL', 'Zhang names a "difficult-to-overcome public mood": Russians'' cultural traditions and history incline them to Western culture, and forming a sense of identity with Eastern culture is not easy.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('public-mood-western-orientation', 'people-culture');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('public-mood-western-orientation', 'zhang-2025-turn-to-the-east', '§3.1');
INSERT INTO challenge (slug, title, category, summary) VALUES ('historical-affiliation-disputes', 'Disputes over the historical affiliation of the Far East', 'GEOPOLITICAL', 'Zhang notes periodic disputes between the two countries over the historical affiliation of the Russian Far East, which make its development a sensitive topic. AsiaNews reports Chinese nationalist groups claiming parts of the Far East, including Vladivostok.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('historical-affiliation-disputes', 'history');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('historical-affiliation-disputes', 'geopolitics');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('historical-affiliation-disputes', 'zhang-2025-turn-to-the-east', '§3.1');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('historical-affiliation-disputes', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('historical-affiliation-disputes', 'asianews-2022-heilongjiang-siberia', 'lead paragraph');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('historical-affiliation-disputes', 'asianews-2022-heilongjiang-siberia', 'para. 13');
INSERT INTO challenge (slug, title, category, summary) VALUES ('local-community-attitudes', 'Local attitudes to the China–Russia "quasi-alliance"', 'SOCIAL', 'AsiaNews asks how local communities will view the growing China–Russia "quasi-alliance", noting that Siberian Russians have often been concerned about the growing presence of Chinese migrants.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('local-community-attitudes', 'people-culture');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('local-community-attitudes', 'geopolitics');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('local-community-attitudes', 'asianews-2022-heilongjiang-siberia', 'para. 11');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('local-community-attitudes', 'asianews-2022-heilongjiang-siberia', 'para. 12');
INSERT INTO challenge (slug, title, category, summary) VALUES ('trade-fluctuation-energy-prices', 'Trade swings with world energy prices', 'ECONOMIC', 'Song finds that Heilongjiang''s trade with Russia fluctuated over the decade to 2018, mainly because of lower world energy prices (see Table 1 in the data section).');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('trade-fluctuation-energy-prices', 'trade-investment');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('trade-fluctuation-energy-prices', 'energy');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('trade-fluctuation-energy-prices', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 2');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('trade-fluctuation-energy-prices', 'song-2019-heilongjiang-russia', 'Table 1');
INSERT INTO challenge (slug, title, category, summary) VALUES ('unresolved-cooperation-problems', 'Unresolved problems in cooperation with Russia', 'ECONOMIC', 'Song notes that after the sharp fall in trade in 2016 things improved thanks to channel building and cargo transport, but that the problems inherent in cooperation with Russia have not been fully resolved. The paper does not list them.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('unresolved-cooperation-problems', 'trade-investment');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('unresolved-cooperation-problems', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO challenge (slug, title, category, summary) VALUES ('covid-border-closure', 'Pandemic and closed border', 'SOCIAL', 'The Heihe feature (March 2023) reports that COVID and the closing of the border stopped much of the cross-border traffic of tourists, shoppers and traders that Heihe had known before the pandemic.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('covid-border-closure', 'people-culture');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('covid-border-closure', 'heihe-border-feature-2023', 'para. 4');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('covid-border-closure', 'heihe-border-feature-2023', 'para. 5');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('covid-border-closure', 'heihe-border-feature-2023', 'para. 6');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('covid-border-closure', 'heihe-border-feature-2023', 'para. 7');
INSERT INTO challenge (slug, title, category, summary) VALUES ('sanctions-squeeze-tourism', 'Sanctions squeeze on Russia''s economy and border tourism', 'ECONOMIC', 'After the pandemic, the Heihe feature adds, a sanction-induced squeeze on Russia''s economy has kept the once booming tourist trade subdued.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('sanctions-squeeze-tourism', 'people-culture');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('sanctions-squeeze-tourism', 'geopolitics');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('sanctions-squeeze-tourism', 'heihe-border-feature-2023', 'para. 4');

-- ======================================================================
-- == Recommendations ==
-- ======================================================================
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('high-level-dialogue', 'Strengthen high-level dialogue and plan key areas', 'zhang-x', 'Zhang proposes that the two governments further strengthen high-level dialogue and communication, plan the key areas of cooperation, and give enterprises on both sides regulatory support and clear targets.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('high-level-dialogue', 'geopolitics');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('high-level-dialogue', 'trade-investment');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('high-level-dialogue', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('specialised-communications-committee', 'Set up a specialised communications committee', 'zhang-x', 'Zhang suggests a specialised communications committee to settle political issues arising in cooperation in good time.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('specialised-communications-committee', 'geopolitics');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('specialised-communications-committee', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('joint-project-database', 'Create a joint project database', 'zhang-x', 'Zhang proposes a joint database to evaluate and select projects systematically and so avoid potential risks.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('joint-project-database', 'trade-investment');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('joint-project-database', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('risk-compensation-fund', 'Create a risk compensation fund', 'zhang-x', 'Zhang calls for a risk compensation fund to give the projects of enterprises in both countries a financial cushion and guarantees.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('risk-compensation-fund', 'trade-investment');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('risk-compensation-fund', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('simplify-cross-border-investment', 'Simplify cross-border investment, recognise certification, innovate in currency', 'zhang-x', 'Zhang recommends simpler procedures for cross-border investment projects, mutual recognition of national and regional certification systems, and innovations in the currency system.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('simplify-cross-border-investment', 'trade-investment');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('simplify-cross-border-investment', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('blockchain-trade-platform', 'Build a blockchain platform for cross-border trade', 'zhang-x', 'Drawing on the Harbin Free Trade Zone and the Digital Economy Demonstration Zone, and on green energy and the digital economy, Zhang proposes jointly developing a blockchain platform for cross-border trade.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('blockchain-trade-platform', 'industry-technology');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('blockchain-trade-platform', 'trade-investment');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('blockchain-trade-platform', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('cloud-5g-ai-iot', 'Cloud computing on Siberian energy, 5G at border points, AI and IoT', 'zhang-x', 'Zhang suggests using cheap Siberian energy for a cloud computing industry, providing 5G coverage at the main border points, and jointly promoting artificial intelligence and the Internet of Things in the Far East.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('cloud-5g-ai-iot', 'industry-technology');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('cloud-5g-ai-iot', 'energy');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('cloud-5g-ai-iot', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('ice-and-snow-economy', 'Cross-border ice-and-snow tourism and industry chain', 'zhang-x', 'Zhang proposes developing ice and snow resources together with Heilongjiang Province: relying on the visa-free regime at border crossings, creating cross-border ice-and-snow tourism routes, and building a full cross-border chain of the "ice economy" from tourism and winter sports equipment to ice-and-snow culture.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('ice-and-snow-economy', 'people-culture');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('ice-and-snow-economy', 'industry-technology');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('ice-and-snow-economy', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('daqing-sakhalin-refining-venture', 'Daqing–Sakhalin joint oil refining venture', 'zhang-x', 'In energy, Zhang proposes a complete development–processing–transportation chain, for example a joint oil refining venture between the Daqing oil field and the Sakhalin Oil and Gas Company.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('daqing-sakhalin-refining-venture', 'energy');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('daqing-sakhalin-refining-venture', 'industry-technology');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('daqing-sakhalin-refining-venture', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('triple-agricultural-model', 'Triple "resources – production facilities – market" model in agriculture', 'zhang-x', 'Zhang''s model of triple cooperation combines the land resources of the Russian Far East with China''s farming technology and production capacity to build a chain of processing, transport and sale of farm products, moving cooperation from simple trade to industrial integration.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('triple-agricultural-model', 'agriculture');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('triple-agricultural-model', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('triple-agricultural-model', 'zhang-2025-turn-to-the-east', 'Abstract');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('local-currency-food-trade', 'Local-currency settlement in food trade', 'zhang-x', 'Zhang recommends seeking new ways to settle food trade in local currencies, so that high-quality farm products reach deeper into the Chinese market.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('local-currency-food-trade', 'agriculture');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('local-currency-food-trade', 'trade-investment');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('local-currency-food-trade', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('joint-education-programmes', 'Joint international education programmes', 'zhang-x', 'Zhang proposes stronger joint international education programmes to train highly qualified specialists for the Northeast China–Far East region.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('joint-education-programmes', 'people-culture');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('joint-education-programmes', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('northeast-asian-cultural-circle', 'A Northeast Asian "cultural circle"', 'zhang-x', 'Zhang proposes regular cultural events such as Chinese-Russian cultural festivals and weeks of academic seminars, using the China–Russia Year of Culture to involve SCO, BRICS and APEC member states, and an international cultural forum, to build a regional "cultural circle" in Northeast Asia.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('northeast-asian-cultural-circle', 'people-culture');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('northeast-asian-cultural-circle', 'geopolitics');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('northeast-asian-cultural-circle', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('cross-border-e-commerce-base', 'Build a cross-border e-commerce base', 'song-l', 'Song recommends modernising trade by building a cross-border e-commerce base in the province.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('cross-border-e-commerce-base', 'trade-investment');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('cross-border-e-commerce-base', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('cross-border-e-commerce-base', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('cross-border-industrial-base', 'Build a cross-border industrial base', 'song-l', 'Song recommends fostering industrial cooperation with Russia by building a cross-border industrial base.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('cross-border-industrial-base', 'industry-technology');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('cross-border-industrial-base', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('cross-border-industrial-base', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('link-bri-with-eaeu', 'Link the Belt and Road Initiative with the Eurasian Economic Union', 'song-l', 'Song recommends using the Belt and Road Initiative to connect with the Eurasian Economic Union for large-scale cooperation.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('link-bri-with-eaeu', 'geopolitics');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('link-bri-with-eaeu', 'trade-investment');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('link-bri-with-eaeu', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('green-food-processing-base', 'Create a green food processing base', 'song-l', 'Song recommends using the agricultural resources of the Russian Far East to create a green food processing base.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('green-food-processing-base', 'agriculture');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('green-food-processing-base', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('green-food-processing-base', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('negotiate-free-trade-zone', 'Negotiate a Sino-Russian free trade zone', 'song-l', 'Song recommends using Russia''s Far East development strategy as an opportunity to start negotiations on a Sino-Russian free trade zone.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('negotiate-free-trade-zone', 'trade-investment');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('negotiate-free-trade-zone', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('negotiate-free-trade-zone', 'song-2019-heilongjiang-russia', 'Abstract');
-- ---- Depth additions (issue 13, item 7): recommendations ----
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('wellbeing-projects', 'Overcome bottlenecks through innovation and projects for people''s well-being', 'zhang-x', 'In the conclusion Zhang calls on both sides to overcome the bottlenecks of their cooperation through institutional and sectoral innovation, and to strengthen its foundation with projects that improve the well-being of the population.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('wellbeing-projects', 'trade-investment');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('wellbeing-projects', 'people-culture');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('wellbeing-projects', 'zhang-2025-turn-to-the-east', 'Conclusion');
INSERT INTO recommendation (slug, title, proposed_by_slug, summary) VALUES ('guidance-for-policy-and-smes', 'Use the findings to guide policy and small and medium-sized enterprises', 'zhang-x', 'Zhang offers the paper''s recommendations to the two governments as policy guidance on energy transmission, cross-border transport and cultural exchanges, and to small and medium-sized enterprises of both countries as a guide towards complementary cooperation.');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('guidance-for-policy-and-smes', 'trade-investment');
INSERT INTO recommendation_theme (recommendation_slug, theme_slug) VALUES ('guidance-for-policy-and-smes', 'corridors');
INSERT INTO recommendation_citation (recommendation_slug, source_slug, locator) VALUES ('guidance-for-policy-and-smes', 'zhang-2025-turn-to-the-east', 'Abstract');

-- ======================================================================
-- == Key figures (as printed: value, qualifier, unit) ==
-- ======================================================================
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-russia-border-length', 'Length of Heilongjiang''s border with Russia', 2981, 'EXACT', 'km', '2019 (Song 2019)', TRUE, 'geopolitics', NULL, 'heilongjiang', 'Song gives this as the length of Heilongjiang''s own border with Russia, not of the whole China–Russia border.', 1);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-russia-border-length', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('power-of-siberia-cumulative-gas', 'Gas delivered through the eastern pipeline since 2019', 80, 'MORE_THAN', 'billion cubic metres', 'December 2024', TRUE, 'energy', 'power-of-siberia', NULL, 'Cumulative deliveries since commissioning in 2019.', 2);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('power-of-siberia-cumulative-gas', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('power-of-siberia-contract-level', 'Maximum contractual gas supply via Power of Siberia', 38, 'EXACT', 'billion cubic metres', 'from 1 December 2024', TRUE, 'energy', 'power-of-siberia', NULL, 'Editorial note: printed as "daily gas supplies ... at 38 billion cubic meters", with no "per year". Read as a daily flow the figure is not plausible, so the atlas reads it as the annual contractual volume. Value and unit as printed.', 3);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('power-of-siberia-contract-level', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('tongjiang-bridge-cumulative-cargo', 'Cargo over the Tongjiang–Nizhneleninskoye railway bridge since 2022', 6, 'MORE_THAN', 'million tonnes', 'June 2024', TRUE, 'corridors', 'tongjiang-nizhneleninskoye-bridge', NULL, 'Total two-way cargo turnover since the bridge opened in 2022.', 4);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('tongjiang-bridge-cumulative-cargo', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heihe-bridge-annual-cargo', 'Annual cargo over the Heihe–Blagoveshchensk highway bridge', 370, 'MORE_THAN', 'thousand tonnes', 'one year (year not stated, reported in 2025)', TRUE, 'corridors', 'heihe-blagoveshchensk-highway-bridge', NULL, 'Editorial note: Zhang says "for the year" without naming it. The figure before it in the same sentence is dated June 2024.', 5);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heihe-bridge-annual-cargo', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-first-class-ports', 'First-class national ports in Heilongjiang', 25, 'EXACT', 'first-class national ports', '2019 (Song 2019)', TRUE, 'corridors', NULL, 'heilongjiang', NULL, 6);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-first-class-ports', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-investment-in-russia', 'Heilongjiang''s total investment in the Russian economy', 1, 'EXACT', 'billion US dollars', 'Eastern Silk Road Belt period from 2014 (Song 2019)', TRUE, 'trade-investment', 'eastern-silk-road-belt', 'heilongjiang', 'Up 20% on the previous period (see the companion figure). Song''s sources here date from 2014–2015.', 7);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-investment-in-russia', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('china-russia-trade-2018', 'China–Russia trade in 2018', 100, 'MORE_THAN', 'billion US dollars', 'mid-December 2018', TRUE, 'trade-investment', NULL, NULL, 'National total for China–Russia trade, a record at the time. Song''s footnote 1 cites a Sohu web page.', 8);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('china-russia-trade-2018', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 1');
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('china-russia-trade-2018', 'song-2019-heilongjiang-russia', 'footnote 1');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('chinese-border-provinces', 'Chinese border provinces, of which Heilongjiang is one', 9, 'EXACT', 'border provinces', '2019 (Song 2019)', FALSE, 'geopolitics', NULL, 'heilongjiang', NULL, 9);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('chinese-border-provinces', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('chinese-border-provinces', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('far-east-area', 'Area of the Russian Far East', 6.21, 'EXACT', 'million square kilometres', '2025 (Zhang 2025)', FALSE, 'geopolitics', NULL, 'russian-far-east', NULL, 10);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('far-east-area', 'zhang-2025-turn-to-the-east', '§2.1');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('far-east-wood', 'Wood resources of the Russian Far East', 20, 'ABOUT', 'billion cubic metres of wood', '2025 (Zhang 2025)', FALSE, 'agriculture', NULL, 'russian-far-east', 'Printed "about 20 billion cubic meters of wood", presumably the standing timber stock.', 11);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('far-east-wood', 'zhang-2025-turn-to-the-east', '§2.1');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('far-east-population', 'Population of the Russian Far East', 6, 'MORE_THAN', 'million people', '2025 (Zhang 2025)', FALSE, 'people-culture', NULL, 'russian-far-east', 'Printed "just over 6 million people".', 12);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('far-east-population', 'zhang-2025-turn-to-the-east', '§2.1');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('far-east-gdp-growth-target', 'Target for Far East GDP growth above the Russian average by 2030', 2, 'EXACT', 'percentage points above the national average', 'target for 2030', FALSE, 'trade-investment', 'turn-to-the-east', 'russian-far-east', NULL, 13);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('far-east-gdp-growth-target', 'zhang-2025-turn-to-the-east', '§2.1, citing ref. [9]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heihe-domestic-section-progress', 'Share of the Heihe domestic section of the East-line gas pipeline carried out', 50, 'MORE_THAN', '% (printed as "more than a half")', '2019 (Song 2019)', FALSE, 'energy', 'heihe-gas-pipeline-domestic-section', 'heihe', 'Editorial note: Song writes "implemented by more than a half". It is shown as more than 50%, with the printed words in the unit.', 14);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heihe-domestic-section-progress', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('far-east-grid-coverage', 'Electricity grid coverage in the Russian Far East', 40, 'LESS_THAN', '%', '2025 (Zhang 2025)', FALSE, 'energy', NULL, 'russian-far-east', 'Limits the implementation of mining projects.', 15);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('far-east-grid-coverage', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('trans-siberian-congestion', 'Congestion on the Trans-Siberian Railway', 95, 'EXACT', '%', '2025 (Zhang 2025)', FALSE, 'corridors', 'trans-siberian-railway', NULL, 'Printed "reaches 95%".', 16);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('trans-siberian-congestion', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('trans-siberian-cargo-delays', 'Cargo delays on the Trans-Siberian Railway', 20, 'MORE_THAN', 'days', '2025 (Zhang 2025)', FALSE, 'corridors', 'trans-siberian-railway', NULL, NULL, 17);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('trans-siberian-cargo-delays', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('far-east-port-freezing', 'Freezing period of Far Eastern ports', 4, 'EXACT', 'months', '2025 (Zhang 2025)', FALSE, 'corridors', NULL, 'russian-far-east', 'Printed "reaches 4 months".', 18);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('far-east-port-freezing', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('nakhodka-port-efficiency', 'Loading and unloading efficiency at Nakhodka compared with Qingdao', 60, 'EXACT', '% of the port of Qingdao', '2025 (Zhang 2025)', FALSE, 'corridors', NULL, 'nakhodka', 'Because of outdated equipment at Nakhodka.', 19);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('nakhodka-port-efficiency', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('harbin-new-air-routes', 'New air routes from Harbin to Russia', 3, 'EXACT', 'new routes', '2019 (Song 2019)', FALSE, 'corridors', 'harbin-russia-air-routes', 'harbin-taiping-airport', NULL, 20);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('harbin-new-air-routes', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('warsaw-train-frequency', 'China-Europe trains to Warsaw per day', 1.3, 'EXACT', 'trains per day', '2019 (Song 2019)', FALSE, 'corridors', 'harbin-russia-europe-railway', 'warsaw', 'Average frequency. Editorial note: Song does not say where the trains start, so the link to the Harbin–Russia–Europe railway is editorial.', 21);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('warsaw-train-frequency', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('warsaw-train-journey', 'Journey time of China-Europe trains to Warsaw', 13, 'EXACT', 'days', '2019 (Song 2019)', FALSE, 'corridors', 'harbin-russia-europe-railway', 'warsaw', 'Editorial note: Song does not say where the trains start, so the link to the Harbin–Russia–Europe railway is editorial.', 22);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('warsaw-train-journey', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('vladivostok-route-time-saved', 'Time saved by sending cargo by rail via Vladivostok instead of via Dalian', 1, 'NEARLY', 'week', '2019 (Song 2019)', FALSE, 'corridors', 'vladivostok-rail-rerouting', 'vladivostok', 'Printed "saving nearly one week".', 23);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('vladivostok-route-time-saved', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('vladivostok-route-cost-cut', 'Cost reduction from the rail route via Vladivostok', 20, 'ABOUT', '%', '2019 (Song 2019)', FALSE, 'corridors', 'vladivostok-rail-rerouting', 'vladivostok', NULL, 24);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('vladivostok-route-cost-cut', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('main-railway-lines', 'Main railway lines in the Longjiang belt channel plan', 4, 'EXACT', 'main railway lines', '2019 (Song 2019)', FALSE, 'corridors', 'longjiang-silk-road-belt', NULL, NULL, 25);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('main-railway-lines', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('eastern-silk-road-belt-start', 'Year the Eastern Silk Road Belt was implemented', 2014, 'EXACT', 'year (start of implementation)', '2019 (Song 2019)', FALSE, 'corridors', 'eastern-silk-road-belt', NULL, NULL, 26);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('eastern-silk-road-belt-start', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-investment-growth', 'Growth of Heilongjiang''s investment in Russia', 20, 'EXACT', '%', 'Eastern Silk Road Belt period from 2014 (Song 2019)', FALSE, 'trade-investment', 'eastern-silk-road-belt', NULL, 'Printed "increasing by 20% in comparison with the previous period".', 27);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-investment-growth', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-banks', 'Heilongjiang commercial banks with ties to Russian banks', 10, 'EXACT', 'provincial commercial banks', 'Eastern Silk Road Belt period from 2014 (Song 2019)', FALSE, 'trade-investment', 'eastern-silk-road-belt', 'heilongjiang', NULL, 28);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-banks', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('russian-partner-banks', 'Russian commercial banks linked with Heilongjiang banks', 24, 'EXACT', 'Russian commercial banks', 'Eastern Silk Road Belt period from 2014 (Song 2019)', FALSE, 'trade-investment', 'eastern-silk-road-belt', 'russia', NULL, 29);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('russian-partner-banks', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('expo-trade-contracts', 'Trade contracts signed at the first China-Russia Expo', 3.15, 'EXACT', 'billion US dollars', 'first China-Russia Expo (year not stated)', FALSE, 'trade-investment', 'china-russia-expo', NULL, NULL, 30);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('expo-trade-contracts', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('expo-cooperation-agreements', 'Economic cooperation agreements signed at the first Expo', 260, 'EXACT', 'economic cooperation agreements', 'first China-Russia Expo (year not stated)', FALSE, 'trade-investment', 'china-russia-expo', NULL, NULL, 31);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('expo-cooperation-agreements', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('expo-agreements-value', 'Value involved in the first Expo''s cooperation agreements', 68.3, 'EXACT', 'billion yuan', 'first China-Russia Expo (year not stated)', FALSE, 'trade-investment', 'china-russia-expo', NULL, 'Printed "involving 68.3 billion yuans".', 32);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('expo-agreements-value', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('expo-guest-countries', 'Countries and regions sending guests to the China-Russia Expo', 100, 'NEARLY', 'countries and regions', '2019 (Song 2019)', FALSE, 'trade-investment', 'china-russia-expo', NULL, 'Printed "nearly 100 countries and regions".', 33);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('expo-guest-countries', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('russian-ecommerce-parcels-share', 'Share of Russian e-commerce parcel exports on mixed passenger-cargo routes', 40, 'EXACT', '% of the total export volume of Russian e-commerce parcels', '2019 (Song 2019)', FALSE, 'trade-investment', 'harbin-russia-air-routes', NULL, 'Editorial note: Song does not say the mixed routes are air routes, the link to the Harbin air routes is editorial.', 34);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('russian-ecommerce-parcels-share', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-foreign-capital-used', 'Foreign capital actually used in Heilongjiang', 5, 'MORE_THAN', 'billion US dollars', 'Eastern Silk Road Belt period from 2014 (Song 2019)', FALSE, 'trade-investment', 'eastern-silk-road-belt', 'heilongjiang', 'Song cites the province''s 2014 statistical communiqué (ref. [13]).', 35);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-foreign-capital-used', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-foreign-capital-growth', 'Growth of foreign capital used in Heilongjiang', 11.1, 'EXACT', '%', 'Eastern Silk Road Belt period from 2014 (Song 2019)', FALSE, 'trade-investment', 'eastern-silk-road-belt', 'heilongjiang', NULL, 36);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-foreign-capital-growth', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-russia-trade-level-2007', 'Trade level with Russia first reached by Heilongjiang', 100, 'EXACT', 'million US dollars (as printed)', 'since 2007', FALSE, 'trade-investment', NULL, 'heilongjiang', 'Editorial note: printed "US$100 million". This is probably a unit slip: Table 1 (headed "million US dollars") shows 110.6 for 2008, a value that only makes sense in hundreds of millions, and the phrase likely renders the Chinese 100亿 (10 billion US dollars). The printed value and unit are kept.', 37);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-russia-trade-level-2007', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 1');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('foreign-capital-cap-strategic-industries', 'Cap on foreign capital in Russia''s strategic industries', 50, 'UP_TO', '%', '2025 (Zhang 2025)', FALSE, 'trade-investment', NULL, NULL, 'Printed "should not exceed 50%", under the Russian law on foreign investment.', 38);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('foreign-capital-cap-strategic-industries', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [9]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('foreign-investment-review-time', 'Average review time of foreign investment projects in Russia', 18, 'EXACT', 'months', '2025 (Zhang 2025)', FALSE, 'trade-investment', NULL, NULL, 'Average.', 39);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('foreign-investment-review-time', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [9]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('longxing-longmay-projects', 'Projects started in Russia by the Longxing and LongMay groups', 6, 'EXACT', 'projects', 'Eastern Silk Road Belt period from 2014 (Song 2019)', FALSE, 'industry-technology', 'longxing-longmay-russia-projects', 'russia', NULL, 40);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('longxing-longmay-projects', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('cross-border-industrial-clusters', 'Cross-border industrial clusters in the Longjiang belt''s industrial plan', 6, 'EXACT', 'cross-border industrial clusters', '2019 (Song 2019)', FALSE, 'industry-technology', 'longjiang-silk-road-belt', NULL, NULL, 41);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('cross-border-industrial-clusters', 'song-2019-heilongjiang-russia', 'Table 3, Domestic and cross-border cooperation');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('industrial-belts', 'Industrial belts in the Longjiang belt''s industrial plan', 4, 'EXACT', 'industrial belts', '2019 (Song 2019)', FALSE, 'industry-technology', 'longjiang-silk-road-belt', NULL, NULL, 42);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('industrial-belts', 'song-2019-heilongjiang-russia', 'Table 3, Four belts');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('cross-border-tourism-port-areas', 'Port areas opened for cross-border tourism', 13, 'EXACT', 'port areas', 'Eastern Silk Road Belt period from 2014 (Song 2019)', FALSE, 'people-culture', 'cross-border-tourism-port-areas', 'heilongjiang', NULL, 43);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('cross-border-tourism-port-areas', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('visa-issuing-crossing-points', 'Border crossing points issuing visas', 8, 'EXACT', 'crossing points', 'Eastern Silk Road Belt period from 2014 (Song 2019)', FALSE, 'people-culture', 'cross-border-tourism-port-areas', 'heilongjiang', 'Printed "increased to eight".', 44);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('visa-issuing-crossing-points', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('diplomatic-relations-anniversary', 'Anniversary of China–Russia diplomatic relations celebrated in 2019', 70, 'EXACT', 'years', '2019', FALSE, 'history', NULL, NULL, NULL, 45);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('diplomatic-relations-anniversary', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('belt-and-road-years', 'Years of Belt and Road implementation covered by Song''s review', 5, 'EXACT', 'years', '2019 (Song 2019)', FALSE, 'geopolitics', 'belt-and-road-initiative', NULL, 'Printed "the five-year period of implementation" and "the past five years".', 46);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('belt-and-road-years', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('belt-and-road-years', 'song-2019-heilongjiang-russia', 'Conclusion, para. 1');
-- ---- Depth additions (issue 13, item 7): key figures ----
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-imports-from-russia-2018', 'Heilongjiang''s imports from Russia in 2018', 170.7, 'EXACT', '100 million US dollars (printed: million US dollars)', '2018', FALSE, 'trade-investment', NULL, 'heilongjiang', 'Editorial note: Table 1 is headed "in million US dollars", but its values read as hundreds of millions of US dollars (see the unit note of the trade series). Against exports of 11.2 in the same year, imports make up the bulk of the trade.', 101);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-imports-from-russia-2018', 'song-2019-heilongjiang-russia', 'Table 1 (2018 row)');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-exports-to-russia-2018', 'Heilongjiang''s exports to Russia in 2018', 11.2, 'EXACT', '100 million US dollars (printed: million US dollars)', '2018', FALSE, 'trade-investment', NULL, 'heilongjiang', 'Editorial note: unit as printed, read as hundreds of millions of US dollars (see the unit note of the trade series). Table 1 shows exports shrinking from 89.3 in 2014 to 11.2 in 2018, with a printed fall of 29.5% in 2018 alone.', 102);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-exports-to-russia-2018', 'song-2019-heilongjiang-russia', 'Table 1 (2014 and 2018 rows)');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('russia-share-of-heilongjiang-trade-2018', 'Share of trade with Russia in Heilongjiang''s foreign trade, 2018', 69.8, 'EXACT', '%', '2018', FALSE, 'trade-investment', NULL, 'heilongjiang', 'Printed as the share in the province''s import and export. It is the highest share in Table 1, which starts at 48.3% in 2008.', 103);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('russia-share-of-heilongjiang-trade-2018', 'song-2019-heilongjiang-russia', 'Table 1 (2008 and 2018 rows)');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-share-of-china-russia-trade-2018', 'Heilongjiang''s share in China''s trade with Russia, 2018', 17.3, 'EXACT', '%', '2018', FALSE, 'trade-investment', NULL, 'heilongjiang', 'Printed as the "Share in China''s import and export", read, as in the trade series, as the share in China''s trade with Russia. The highest share in Table 1 is 24.2% in 2012.', 104);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-share-of-china-russia-trade-2018', 'song-2019-heilongjiang-russia', 'Table 1 (2012 and 2018 rows)');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-russia-trade-peak-2014', 'Heilongjiang–Russia trade at its 2014 peak', 232.6, 'EXACT', '100 million US dollars (printed: million US dollars)', '2014', FALSE, 'trade-investment', NULL, 'heilongjiang', 'Editorial note: the highest total in Table 1, read as hundreds of millions of US dollars (see the unit note of the trade series). Exports (89.3) plus imports (143.5) make 232.8, not the printed 232.6. The next year the total fell by 53.4%.', 105);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-russia-trade-peak-2014', 'song-2019-heilongjiang-russia', 'Table 1 (2014 and 2015 rows)');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-imports-growth-2011', 'Growth of Heilongjiang''s imports from Russia in 2011', 360.0, 'EXACT', '%', '2011', FALSE, 'trade-investment', 'sino-russian-crude-oil-pipeline', 'heilongjiang', 'The year in which, according to Song, the operation of the Sino-Russian crude oil pipeline made the trade grow again. Editorial note: 31.9 (2010) to 146.4 (2011) is +358.9%, not the printed 360.0%.', 106);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-imports-growth-2011', 'song-2019-heilongjiang-russia', 'Table 1 (2010 and 2011 rows)');
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-imports-growth-2011', 'song-2019-heilongjiang-russia', 'Cooperation between Russia and Heilongjiang Province: current state, para. 1');

-- === Statistical series (appended below) ===
-- == Statistical series ==
-- Table 1 of Song (2019): Heilongjiang province trade with Russia, 2008-2018, every column as printed.
INSERT INTO series (slug, title, description, unit_as_printed, unit_note, display_order, theme_slug) VALUES ('heilongjiang-russia-trade', 'Heilongjiang merchandise trade with Russia, 2008-2018', 'Yearly merchandise trade between Heilongjiang province and Russia: total, exports from the province, imports into it, their year-over-year growth, and the share of this trade in the province''s foreign trade and in China''s trade with Russia. All eight columns of Table 1 of Song (2019), as printed; the table names its own sources: the paper''s refs. [10] and [11] and China Customs. The first two paragraphs of Song''s section on the current state of cooperation give context for the 2009, 2011 and 2018 values.', 'million US dollars', 'Editorial note: the table heading says million US dollars, but the values read as hundreds of millions of US dollars (units of 100 million, 亿美元). The 2018 total of 181.9 is given as 17.3% of China''s trade with Russia, which puts that trade at about 1,050 units, and the same paper says China-Russia trade passed 100 billion US dollars in 2018: 1,050 units of 100 million dollars is 105 billion. Read 181.9 as about 18.2 billion US dollars. Values are kept as printed.', 1, 'trade-investment');
INSERT INTO series_measure (series_slug, seq, code, label, unit, percent, chart_group) VALUES
 ('heilongjiang-russia-trade', 0, 'total', 'Total volume', '100 million US dollars (printed: million US dollars)', FALSE, 'Trade volume'),
 ('heilongjiang-russia-trade', 1, 'total_growth', 'Total, year-over-year growth', '%', TRUE, 'Year-over-year growth'),
 ('heilongjiang-russia-trade', 2, 'exports', 'Export volume', '100 million US dollars (printed: million US dollars)', FALSE, 'Trade volume'),
 ('heilongjiang-russia-trade', 3, 'exports_growth', 'Exports, year-over-year growth', '%', TRUE, 'Year-over-year growth'),
 ('heilongjiang-russia-trade', 4, 'imports', 'Import volume', '100 million US dollars (printed: million US dollars)', FALSE, 'Trade volume'),
 ('heilongjiang-russia-trade', 5, 'imports_growth', 'Imports, year-over-year growth', '%', TRUE, 'Year-over-year growth'),
 ('heilongjiang-russia-trade', 6, 'share_province', 'Share in the province''s import and export', '%', TRUE, 'Share of this trade'),
 ('heilongjiang-russia-trade', 7, 'share_china', 'Share in China''s import and export with Russia', '%', TRUE, 'Share of this trade');
INSERT INTO series_observation (series_slug, measure_code, period_year, period_label, observed_value, qualifier, note) VALUES
 ('heilongjiang-russia-trade', 'total', 2008, NULL, 110.6, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total_growth', 2008, NULL, 3.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports', 2008, NULL, 79.7, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2008, NULL, -2.5, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports', 2008, NULL, 30.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2008, NULL, 20.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_province', 2008, NULL, 48.3, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2008, NULL, 19.5, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total', 2009, NULL, 55.8, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total_growth', 2009, NULL, -49.6, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports', 2009, NULL, 32.7, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2009, NULL, -59.0, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports', 2009, NULL, 23.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2009, NULL, -25.4, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_province', 2009, NULL, 34.4, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2009, NULL, 14.4, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total', 2010, NULL, 74.7, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total_growth', 2010, NULL, 34.0, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports', 2010, NULL, 42.8, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2010, NULL, 31.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports', 2010, NULL, 31.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2010, NULL, 38.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_province', 2010, NULL, 29.3, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2010, NULL, 13.5, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total', 2011, NULL, 189.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total_growth', 2011, NULL, 154.0, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports', 2011, NULL, 43.5, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2011, NULL, 1.5, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports', 2011, NULL, 146.4, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2011, NULL, 360.0, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 31.9 (2010) to 146.4 (2011) is +358.9%, not +360.0%. Kept as printed. The table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'share_province', 2011, NULL, 49.3, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2011, NULL, 24.0, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total', 2012, NULL, 213.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total_growth', 2012, NULL, 12.2, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports', 2012, NULL, 51.6, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2012, NULL, 18.6, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports', 2012, NULL, 161.5, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2012, NULL, 10.4, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_province', 2012, NULL, 56.3, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2012, NULL, 24.2, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total', 2013, NULL, 223.6, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total_growth', 2013, NULL, 5.8, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 213.1 (2012) to 223.6 (2013) is +4.9%, not +5.8%. Kept as printed. The table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'exports', 2013, NULL, 69.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2013, NULL, 34.0, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports', 2013, NULL, 154.5, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2013, NULL, -3.3, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 161.5 (2012) to 154.5 (2013) is -4.3%, not -3.3%. Kept as printed. The table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'share_province', 2013, NULL, 57.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2013, NULL, 21.8, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total', 2014, NULL, 232.6, 'EXACT', 'Editorial note: exports (89.3) plus imports (143.5) make 232.8, not the printed total of 232.6. Kept as printed.'),
 ('heilongjiang-russia-trade', 'total_growth', 2014, NULL, 4.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports', 2014, NULL, 89.3, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2014, NULL, 29.2, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports', 2014, NULL, 143.5, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2014, NULL, -7.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_province', 2014, NULL, 56.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2014, NULL, 18.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total', 2015, NULL, 108.5, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total_growth', 2015, NULL, -53.4, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports', 2015, NULL, 20.8, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2015, NULL, -76.7, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports', 2015, NULL, 87.7, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2015, NULL, -38.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_province', 2015, NULL, 51.7, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2015, NULL, 15.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total', 2016, NULL, 91.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total_growth', 2016, NULL, -15.3, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports', 2016, NULL, 17.0, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2016, NULL, -27.7, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 20.8 (2015) to 17.0 (2016) is -18.3%, not -27.7%. Kept as printed. The table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'imports', 2016, NULL, 74.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2016, NULL, -11.9, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 87.7 (2015) to 74.9 (2016) is -14.6%, not -11.9%. Kept as printed. The table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'share_province', 2016, NULL, 55.6, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2016, NULL, 13.2, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total', 2017, NULL, 110.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total_growth', 2017, NULL, 22.5, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 91.9 (2016) to 110.9 (2017) is +20.7%, not +22.5%. Kept as printed. The table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'exports', 2017, NULL, 16.3, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2017, NULL, -2.6, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 17.0 (2016) to 16.3 (2017) is -4.1%, not -2.6%. Kept as printed. The table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'imports', 2017, NULL, 94.6, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2017, NULL, 28.2, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 74.9 (2016) to 94.6 (2017) is +26.3%, not +28.2%. Kept as printed. The table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'share_province', 2017, NULL, 58.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2017, NULL, 13.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total', 2018, NULL, 181.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total_growth', 2018, NULL, 64.7, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 110.9 (2017) to 181.9 (2018) is +64.0%, not +64.7%. Kept as printed. The table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'exports', 2018, NULL, 11.2, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2018, NULL, -29.5, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 16.3 (2017) to 11.2 (2018) is -31.3%, not -29.5%. Kept as printed. The table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'imports', 2018, NULL, 170.7, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2018, NULL, 80.4, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_province', 2018, NULL, 69.8, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2018, NULL, 17.3, 'EXACT', NULL);
INSERT INTO series_citation (series_slug, source_slug, locator) VALUES
 ('heilongjiang-russia-trade', 'song-2019-heilongjiang-russia', 'Table 1, all rows and columns'),
 ('heilongjiang-russia-trade', 'song-2019-heilongjiang-russia', 'Section ''Cooperation between Russia and Heilongjiang Province: current state'', paras. 1-2');

-- Power of Siberia (eastern route) gas deliveries, as reported by Zhang (2025).
INSERT INTO series (slug, title, description, unit_as_printed, unit_note, display_order, theme_slug) VALUES ('power-of-siberia-gas', 'Gas through Power of Siberia: delivered and contracted', 'Two volumes reported for the eastern route of the China-Russia gas pipeline: the gas delivered in total since it opened in 2019, and the contractual level Gazprom reached on 1 December 2024. The sources give no yearly delivery figures.', 'billion cubic meters', 'Editorial note: the source says Gazprom raised daily supplies to the maximum contractual level at 38 billion cubic meters and prints no "per year". The atlas reads 38 billion cubic meters as the yearly contractual volume (the pipeline''s contracted annual amount), reached by supplying at the corresponding daily rate. Value and unit are kept as printed.', 2, 'energy');
INSERT INTO series_measure (series_slug, seq, code, label, unit, percent, chart_group) VALUES
 ('power-of-siberia-gas', 0, 'delivered_cumulative', 'Gas delivered since commissioning (cumulative)', 'billion cubic meters', FALSE, 'Gas volumes'),
 ('power-of-siberia-gas', 1, 'contract_level', 'Maximum contractual supply level reached', 'billion cubic meters', FALSE, 'Gas volumes');
INSERT INTO series_observation (series_slug, measure_code, period_year, period_label, observed_value, qualifier, note) VALUES
 ('power-of-siberia-gas', 'delivered_cumulative', 2024, '2019 to December 2024', 80, 'MORE_THAN', NULL),
 ('power-of-siberia-gas', 'contract_level', 2024, 'from 1 December 2024', 38, 'EXACT', 'Printed "daily gas supplies ... at 38 billion cubic meters". Editorial note: the atlas reads this as the yearly contractual volume, see the unit note.');
INSERT INTO series_citation (series_slug, source_slug, locator) VALUES
 ('power-of-siberia-gas', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');

-- Cargo over the two Amur bridges, as reported by Zhang (2025).
INSERT INTO series (slug, title, description, unit_as_printed, unit_note, display_order, theme_slug) VALUES ('border-bridge-cargo', 'Cargo over the Amur bridges', 'Freight carried over the two bridges across the Amur (Heilongjiang): the Tongjiang-Nizhneleninskoye railway bridge since it opened in 2022, and the Heihe-Blagoveshchensk highway bridge in one year. The two periods differ, so the figures are not directly comparable.', 'million tons and thousand tons', 'Editorial note: the source does not say which year the Heihe-Blagoveshchensk figure covers. It follows, in the same sentence, the Tongjiang figure dated June 2024, and the paper was published in 2025.', 3, 'corridors');
-- The two bridge figures are printed in different units: the chart draws them to one scale (thousand tons).
INSERT INTO series_measure (series_slug, seq, code, label, unit, percent, chart_group, common_unit, to_common_unit) VALUES
 ('border-bridge-cargo', 0, 'tongjiang_cumulative', 'Tongjiang-Nizhneleninskoye railway bridge, cumulative bilateral cargo', 'million tons', FALSE, 'Cargo over the bridges', 'thousand tons', 1000),
 ('border-bridge-cargo', 1, 'heihe_annual', 'Heihe-Blagoveshchensk highway bridge, cargo in one year', 'thousand tons', FALSE, 'Cargo over the bridges', 'thousand tons', 1);
INSERT INTO series_observation (series_slug, measure_code, period_year, period_label, observed_value, qualifier, note) VALUES
 ('border-bridge-cargo', 'tongjiang_cumulative', 2024, '2022 to June 2024', 6, 'MORE_THAN', NULL),
 ('border-bridge-cargo', 'heihe_annual', 2024, 'one year (year not stated, reported in 2025)', 370, 'MORE_THAN', 'The source gives no year for this figure.');
INSERT INTO series_citation (series_slug, source_slug, locator) VALUES
 ('border-bridge-cargo', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32] (Ren 2024)');
-- ======================================================================
-- == Translations ==
-- ======================================================================
-- Russian and Chinese texts of every record, written by the atlas from its English text (the original), one row per
-- record, column and language. Every figure of the English text is kept (DatasetChecks compares them), places are
-- named as in the place table, projects and treaties by the names each country's press uses.

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('source', 'asianews-2022-heilongjiang-siberia', 'date_label', 'ru', '23 марта 2022 г.'),
 ('source', 'asianews-2022-heilongjiang-siberia', 'date_label', 'zh', '2022年3月23日'),
 ('source', 'asianews-2022-heilongjiang-siberia', 'summary', 'ru', 'Краткое сообщение AsiaNews из Пекина о стремлении Хэйлунцзяна к интеграции с соседней Сибирью, о котором заявил секретарь провинциального комитета Коммунистической партии Сюй Цинь в газете «Хэйлунцзян жибао» через несколько дней после видеоразговора Си Цзиньпина и Байдена 18 марта 2022 г. Заметка связывает это стремление с войной на Украине и западными санкциями, упоминает «российско-китайский трубопровод, открытый в 2019 году» и пограничный город Хэйхэ и перечисляет риски: огромную потребность в инвестициях в энергетику, отношение местных жителей к «квазисоюзу» Китая и России, обеспокоенность россиян притоком китайских мигрантов и притязания китайских националистов на Дальний Восток.'),
 ('source', 'asianews-2022-heilongjiang-siberia', 'summary', 'zh', 'AsiaNews发自北京的一篇短讯，报道黑龙江省希望与毗邻的西伯利亚实现一体化，这一意愿由中共黑龙江省委书记许勤在习近平与拜登2022年3月18日视频通话数日后通过《黑龙江日报》表达。报道将这一动向与乌克兰战争和西方制裁联系起来，提到“2019年启用的俄中管道”和边境城市黑河，并列举了各种风险：能源领域投资需求巨大，当地民众对中国与俄罗斯“准同盟”的态度，俄罗斯人对中国移民的不安，以及中国民族主义者对远东的领土主张。'),
 ('source', 'asianews-2022-heilongjiang-siberia', 'note', 'ru', 'Примечание редакции: в тексте стоят дата и время «03/23/2022, 14.55», автор не указан. Абзацы нумеруются по основному тексту после лида (краткого изложения, напечатанного под заголовком): абз. 1 начинается словами «Beijing (AsiaNews)» («Пекин (AsiaNews)»), абз. 13 посвящён китайским националистическим группам. Ссылки «See also» («См. также»), предложения оформить подписку и заключительная цитата Иоанна Павла II относятся к оформлению сайта и не используются. Статья передаёт слова Сюй Циня в пересказе, со ссылкой на «Хэйлунцзян жибао», и не приводит ни одной его прямой цитаты.'),
 ('source', 'asianews-2022-heilongjiang-siberia', 'note', 'zh', '编者注：该文本标注的日期时间为“03/23/2022, 14.55”，未署作者。段落编号按导语（标题下方印出的内容提要）之后的正文段落计算：第1段以“Beijing (AsiaNews)”（北京（AsiaNews））开头，第13段讲述中国民族主义团体。“See also”（另见）链接、订阅提示以及文末所引约翰·保罗二世的话均属网站版面元素，未予采用。文章通过中共黑龙江省委机关报《黑龙江日报》间接转述许勤的讲话，未直接引用他的任何原话。'),
 ('source', 'deeper-economic-ties-2023', 'date_label', 'ru', '2023 г. (дата не указана, установлена по содержанию)'),
 ('source', 'deeper-economic-ties-2023', 'date_label', 'zh', '2023年（原文未注明，据内容推定）'),
 ('source', 'deeper-economic-ties-2023', 'summary', 'ru', 'Неподписанная новостная заметка о том, как Китай и Россия, несмотря на критику Запада, расширяют трансграничные связи, торговлю и инвестиции после вторжения России на Украину. В ней говорится о встрече в Пекине министра экономического развития России и министра коммерции Китая, о стратегических переговорах Ван И в Москве, об импорте Китаем российской нефти, газа и зерна, о нефтеперевалочном комплексе там, где проходит железнодорожный мост Нижнеленинское — Тунцзян, об экспорте российских морепродуктов после запрета Китая на ввоз японских морепродуктов, о зерновом коридоре, а также о словах Си Цзиньпина, назвавшего Хэйлунцзян «ключевыми» воротами.'),
 ('source', 'deeper-economic-ties-2023', 'summary', 'zh', '一篇未署名的新闻报道，讲述俄罗斯入侵乌克兰后，中国和俄罗斯如何不顾西方批评，扩大跨境联系、贸易与投资。报道提到俄罗斯经济发展部长与中国商务部长在北京的会晤、王毅在莫斯科举行的战略磋商、中国进口俄罗斯石油、天然气和粮食、同江中俄铁路大桥（同江—下列宁斯阔耶）附近的石油转运综合设施、中国禁止进口日本水产品后俄罗斯水产品的出口、一条粮食走廊，以及习近平称黑龙江省为“关键”门户的说法。'),
 ('source', 'deeper-economic-ties-2023', 'note', 'ru', 'Примечание редакции: ни издание, ни дата не указаны. Атлас датирует заметку 2023 годом по внутренним признакам: вторжение на Украину названо в ней событием «прошлого года», визит Ван И в Москву описан вместе с визитом Путина в Пекин, ожидаемым «в следующем месяце», упомянут запрет Китая на ввоз японских морепродуктов из-за сброса воды с АЭС «Фукусима» — всё это указывает на вторую половину 2023 г. Заключительная строка («Prone to fits of apathy. Devoted music geek. ...») — шаблонная, по-видимому автоматически сгенерированная подпись, которая не указывает на автора текста, поэтому она не учитывается. В самой заметке в абз. 7 допущена оговорка («Russia''s Heilongjiang» — «Хэйлунцзян России»). Абзацы нумеруются по основному тексту после заголовка: абз. 1 начинается словами «China and Russia are strengthening», абз. 9 — заключительный абзац перед подписью.'),
 ('source', 'deeper-economic-ties-2023', 'note', 'zh', '编者注：原文未注明媒体和日期。本图集根据内证将其定为2023年：文中称入侵乌克兰为“去年”之事，报道王毅访问莫斯科时提到普京将于“下个月”访问北京，并提及中国因福岛核电站排水而禁止进口日本水产品，这些都指向2023年下半年。文末一行（“Prone to fits of apathy. Devoted music geek. ...”）是通用的、似为自动生成的作者简介，并不能说明作者身份，故不予采用。报道本身在第7段有笔误（“Russia''s Heilongjiang”，即“俄罗斯的黑龙江省”）。段落编号按标题之后的正文段落计算：第1段以“China and Russia are strengthening”开头，第9段为作者简介之前的最后一段。'),
 ('source', 'zhang-2025-turn-to-the-east', 'date_label', 'ru', '4 марта 2025 г.'),
 ('source', 'zhang-2025-turn-to-the-east', 'date_label', 'zh', '2025年3月4日'),
 ('source', 'zhang-2025-turn-to-the-east', 'summary', 'ru', 'Журнальная статья о сотрудничестве Северо-Восточного Китая и Дальнего Востока России в свете политики «поворот на Восток», которую проводит Россия. Автор прослеживает предысторию — от древних контактов через договоры 19 века и советскую помощь к нормализации конца 1980-х годов, — рассматривает результаты в энергетике, трансграничной инфраструктуре, торговле и образовании по состоянию на декабрь 2024 г., излагает соображения, которыми руководствуется политика Китая, перечисляет с цифрами институциональные, инфраструктурные и социальные препятствия и предлагает новые механизмы сотрудничества, отраслевые проекты и северо-восточноазиатский «культурный круг».'),
 ('source', 'zhang-2025-turn-to-the-east', 'summary', 'zh', '一篇期刊论文，探讨在俄罗斯“转向东方”政策背景下中国东北与俄罗斯远东的合作。文章追溯了从古代交往、19世纪的条约、苏联援助到1980年代末关系正常化的历史背景，回顾了截至2024年12月在能源、跨境基础设施、贸易和教育领域取得的成果，阐述了中国的政策考量，列举了制度、基础设施和社会层面的障碍及相关数据，并提出了新的合作机制、行业项目以及东北亚“文化圈”构想。'),
 ('source', 'zhang-2025-turn-to-the-east', 'note', 'ru', 'Примечание редакции: имеющийся текст — автоматический машинный перевод на английский язык (на странице указано: «This article is automatically translated») статьи, написанной по-русски, поэтому формулировки местами странные: «Sushan» вместо народа сушэнь, «Aigong» вместо Айгунского договора, «Tongjiang-Leninskoye Bridge» вместо моста Нижнеленинское — Тунцзян и «daily gas supplies ... at 38 billion cubic meters» («суточные поставки газа… на уровне 38 млрд кубометров») без слов «в год» — эту цифру атлас понимает как годовой контрактный объём. В аннотации сельскохозяйственная модель названа «ресурсы — производственные мощности — рынок», в §3.2 — «ресурсы — производственные объекты — рынок». Полное имя автора и место работы не указаны. Статья поступила в редакцию 25 февраля 2025 г., опубликована 4 марта 2025 г., EDN BKTHZU. Текст представляет собой один сплошной блок, поэтому ссылки на место в тексте указывают раздел (аннотация, §I, с §2.1 по §3.2, заключение) и источник, на который статья ссылается в этом месте. Литература, на которую ссылаются сами статьи, в атлас отдельными источниками не включена. URL ссылки [9] в тексте искажён, а URL ссылки [15], которую текст связывает с визитом Путина 2024 г., датирован 22 марта 2023 г.'),
 ('source', 'zhang-2025-turn-to-the-east', 'note', 'zh', '编者注：所据文本是一篇俄文论文的英文自动机器翻译（页面注明“This article is automatically translated”），因此措辞有时不通顺：把肃慎人写作“Sushan”，把《瑷珲条约》写作“Aigong”，把同江中俄铁路大桥（同江—下列宁斯阔耶）写作“Tongjiang-Leninskoye Bridge”，并写有“daily gas supplies ... at 38 billion cubic meters”（日供气量……达380亿立方米）而没有“每年”字样，本图集将这一数字理解为年度合同供气量。摘要称这一农业模式为“资源—产能—市场”，§3.2则称“资源—生产设施—市场”。原文未注明作者全名和工作单位。2025年2月25日收稿，2025年3月4日发表，EDN BKTHZU。全文为一整段，因此出处定位注明章节（摘要、§I、§2.1至§3.2、结论）以及论文在该处引用的参考文献。两篇论文各自引用的文献在本图集中不单列为来源。参考文献[9]的网址在文本中有误，而文中与普京2024年访问相联系的参考文献[15]，其网址日期为2023年3月22日。'),
 ('source', 'heihe-border-feature-2023', 'date_label', 'ru', 'март 2023 г. (дата не указана, установлена по визиту Си Цзиньпина в Москву)'),
 ('source', 'heihe-border-feature-2023', 'date_label', 'zh', '2023年3月（原文未注明，据习近平访问莫斯科推定）'),
 ('source', 'heihe-border-feature-2023', 'summary', 'ru', 'Репортаж из скованного морозом пограничного города Хэйхэ, написанный во время визита Си Цзиньпина в Москву в марте 2023 г. В нём рассказывается, как COVID, закрытая граница и санкции опустошили некогда оживлённую приграничную торговлю, приводятся беседы с владельцем магазина в Хэйхэ и российским водителем грузовика, упоминаются газопровод «Сила Сибири», входящий в Китай у Хэйхэ, и большой мост, по которому идёт торговля сырьевыми товарами, и взвешивается, чего стоят эти отношения для каждой из сторон.'),
 ('source', 'heihe-border-feature-2023', 'summary', 'zh', '一篇来自冰封边城黑河的实地特稿，写于习近平2023年3月访问莫斯科期间。文章描述新冠疫情、边境关闭和制裁如何使曾经繁忙的跨境贸易冷清下来，采访了黑河一位店主和一名俄罗斯卡车司机，提到在黑河进入中国的中俄东线天然气管道（俄方段称“西伯利亚力量”）以及一座承载大宗商品贸易的大桥，并权衡这一关系对双方各有何价值。'),
 ('source', 'heihe-border-feature-2023', 'note', 'ru', 'Примечание редакции: издание, автор и дата не указаны (в тексте есть только название рубрики «World»). Подпись к фотографии датирует прибытие Си Цзиньпина в Москву 20 марта 2023 г., а текст описывает визит как происходящий в момент написания, поэтому атлас датирует материал мартом 2023 г. Автором фотографии в подписи указаны Kommersant/Reuters. Абзацы нумеруются по основному тексту от слов «If you want to understand» (абз. 1) до слов «China is still treading» («Китай всё ещё…», абз. 32), без подписи к фотографии, надписи на изображении, ссылок «Read more», строк видеоплеера, подзаголовка и заключительного блока «Products You May Like». Такие фразы, как «under our feet» («у нас под ногами») и «we meet Slava» («мы встречаемся со Славой»), показывают, что на месте работала группа журналистов. Мост «further up the river» («выше по реке») не назван.'),
 ('source', 'heihe-border-feature-2023', 'note', 'zh', '编者注：原文未注明媒体、作者和日期（文本仅有栏目标签“World”）。一则图片说明将习近平抵达莫斯科的日期注为2023年3月20日，正文又把这次访问写作正在进行，因此本图集将该文定为2023年3月。图片说明注明照片来源为Kommersant/Reuters（《生意人报》/路透社）。段落编号按正文计算，从“If you want to understand”（第1段）到“China is still treading”（“中国仍在……”，第32段），不计图片说明、图片标签、“Read more”链接、视频播放器文字、小标题和文末的“Products You May Like”。“under our feet”（在我们脚下）、“we meet Slava”（我们见到斯拉瓦）等措辞表明有一个报道团队在现场。“further up the river”（沿河再往上游）的那座桥未写明名称。'),
 ('source', 'song-2019-heilongjiang-russia', 'date_label', 'ru', '2019 г.'),
 ('source', 'song-2019-heilongjiang-russia', 'date_label', 'zh', '2019年'),
 ('source', 'song-2019-heilongjiang-russia', 'summary', 'ru', 'Статья Song Linlin (Сун Линьлинь) из Института исследований Северо-Восточной Азии Академии общественных наук провинции Хэйлунцзян о сотрудничестве Хэйлунцзяна с Россией в рамках инициативы «Один пояс, один путь». В ней приводится таблица торговли провинции с Россией за 2008—2018 гг., описываются Восточный сухопутно-морской экономический пояс Шёлкового пути и Лунцзянский (Хэйлунцзянский) сухопутно-морской экономический пояс Шёлкового пути, их результаты, схема транспортных каналов (таблица 2) и размещение промышленности (таблица 3). Статья завершается пятью рекомендациями, в том числе о создании базы трансграничной электронной торговли и китайско-российской зоны свободной торговли.'),
 ('source', 'song-2019-heilongjiang-russia', 'summary', 'zh', '黑龙江省社会科学院东北亚研究所Song Linlin撰写的论文，探讨“一带一路”倡议下黑龙江省与俄罗斯的合作。文章以表格列出该省2008—2018年对俄贸易，介绍东部陆海丝绸之路经济带和龙江（黑龙江）陆海丝绸之路经济带及其成效、通道布局（表2）和产业布局（表3），最后提出五项建议，其中包括建设跨境电子商务基地和中俄自由贸易区。'),
 ('source', 'song-2019-heilongjiang-russia', 'note', 'ru', 'Примечание редакции: статья написана на английском языке, аннотация — на русском. Поступила в редакцию 5 октября 2018 г., принята 13 февраля 2019 г., точная дата публикации не указана. Таблица 1 озаглавлена «in million US dollars» («в млн долларов США»), однако её значения (например, 181,9 за 2018 г.) имеют смысл только в сотнях миллионов долларов, а упомянутый в тексте уровень торговли 2007 г. «US$100 million», вероятно, передаёт китайское 100亿 (10 млрд), см. статистический ряд и ключевые показатели. Ряд названий искажён: «Blabovichsk» — Благовещенск, «Beia Railway» — вероятно, Байкало-Амурская магистраль, «Dongfang» — Порт Восточный (по его китайскому названию), «Manchuria» — Маньчжурия (Маньчжоули), «Qiqihaer» — Цицикар, «Gongqingcheng» — Комсомольск-на-Амуре (по его китайскому названию), «Longjiang Province» — Хэйлунцзян. Многие результаты в разделе «Eastern Silk Road Belt» основаны на источниках 2014—2015 гг. (ссылки [12], [13] и сноска 2), поэтому указанные там статусы могут отражать положение середины 2010-х годов, а не 2019 г. Ссылки на место в тексте называют раздел и номер абзаца в нём, например «Eastern Silk Road Belt, para. 3» (четвёртый абзац введения переходит на следующую страницу).'),
 ('source', 'song-2019-heilongjiang-russia', 'note', 'zh', '编者注：该文以英文写成，附俄文摘要。2018年10月5日收稿，2019年2月13日录用，未注明具体发表日期。表1标题为“in million US dollars”（单位：百万美元），但其数值（如2018年的181.9）只有以亿美元为单位才讲得通，文中所说2007年的贸易额“US$100 million”很可能对应中文的“100亿”（即100亿美元），参见统计数据系列和关键数据。若干名称有误：“Blabovichsk”（布拉戈维申斯克）、“Beia Railway”（可能指贝加尔—阿穆尔铁路，即贝阿铁路）、“Dongfang”（东方港的中文名称）、“Manchuria”（满洲里）、“Qiqihaer”（齐齐哈尔）、“Gongqingcheng”（阿穆尔河畔共青城的中文名称“共青城”）、“Longjiang Province”（黑龙江省）。“Eastern Silk Road Belt”一节的许多成果依据的是2014—2015年的资料（参考文献[12]、[13]和脚注2），因此其中所述状态可能反映的是2010年代中期而非2019年的情况。出处定位注明章节并按该节段落计数，例如“Eastern Silk Road Belt, para. 3”（引言第四段跨页）。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('theme', 'energy', 'title', 'ru', 'Энергетика'),
 ('theme', 'energy', 'title', 'zh', '能源'),
 ('theme', 'energy', 'intro', 'ru', 'Газ, нефть и электроэнергия через Амур: газопровод «Сила Сибири», входящий в Китай у Хэйхэ, нефтепроводы Мохэ — Дацин, планы нефтепереработки и линии электропередачи, одна из которых пересекает границу у Хэйхэ.'),
 ('theme', 'energy', 'intro', 'zh', '跨越黑龙江的天然气、石油与电力：在黑河进入中国的中俄东线天然气管道（俄方称“西伯利亚力量”）、漠河—大庆原油管道、炼油规划以及输电线路，其中一条在黑河跨越边境。'),
 ('theme', 'energy', 'overview', 'ru', 'Энергетика присутствует во всех пяти источниках. Восточный маршрут поставок газа, известный в России как «Сила Сибири», входит в Китай у Хэйхэ. По данным Zhang (2025), газопровод введён в эксплуатацию в 2019 г. и к декабрю 2024 г. поставил более 80 млрд кубометров газа. Zhang сообщает также, что с 1 декабря 2024 г. Газпром увеличил поставки до максимального контрактного уровня, который в статье обозначен как «суточные поставки газа… на уровне 38 млрд кубометров» и который атлас понимает как годовой объём. AsiaNews (2022) сообщает, что секретарь парткома провинции Хэйлунцзян Сюй Цинь выступал за скорейшее расширение «российско-китайского трубопровода, открытого в 2019 году» (AsiaNews его не называет, атлас считает, что речь идёт именно об этом газовом маршруте), а репортаж из Хэйхэ (2023) описывает, как Китай закупает больше российского газа, чем когда-либо, отчасти компенсируя России утраченные продажи в Европе.

Первой была нефть. Song (2019) связывает оживление торговли Хэйлунцзяна с Россией с китайско-российским нефтепроводом Мохэ — Дацин, работавшим в 2011 г., и сообщает, что была одобрена вторая нитка, а также пограничный комплекс хранения, переработки нефти и нефтехимии в Хэйхэ. В 2023 г. рядом с железнодорожным мостом Нижнеленинское — Тунцзян строился нефтеперевалочный комплекс (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023), а Zhang (2025) предлагает создать совместное нефтеперерабатывающее предприятие Дацинского нефтяного месторождения и Сахалинской нефтегазовой компании.

Слабые места также зафиксированы в источниках. Электросети охватывают менее 40 % территории Дальнего Востока, что сдерживает горнодобывающие проекты (Zhang), а AsiaNews отмечает, что огромные инвестиции в энергетику, в которых нуждается Дальний Восток России, становятся риском для Пекина, пока Москва отрезана от международных рынков капитала. Схема каналов Song (таблица 2) дополняет это трансграничной линией электропередачи в Хэйхэ и линией Харбин — Таншань.'),
 ('theme', 'energy', 'overview', 'zh', '五项来源都涉及能源。东线天然气管道在俄罗斯称为“西伯利亚力量”，即中俄东线天然气管道，从黑河进入中国。据Zhang（2025），该管道于2019年投运，截至2024年12月累计输气超过800亿立方米。Zhang还报道，自2024年12月1日起，俄罗斯天然气工业股份公司将供气量提高到合同规定的最高水平，原文写作“日供气量……达380亿立方米”，本图集将其理解为年供气量。AsiaNews（2022）报道，黑龙江省委书记许勤希望尽快扩建“2019年启用的俄中管道”（AsiaNews未提及管道名称，本图集认为即指这条天然气管道），黑河专题报道（2023）则描述中国从俄罗斯购买的天然气比以往任何时候都多，在一定程度上弥补了俄罗斯在欧洲失去的销售。

石油合作起步更早。Song（2019）认为，2011年已在运行的漠河—大庆中俄原油管道带动了黑龙江省对俄罗斯贸易的复苏，并报道二线已获批，黑河边境石油储运、炼化综合体也已获批。2023年，同江中俄铁路大桥（同江—下列宁斯阔耶）附近正在建设一座石油转运综合设施（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年）。Zhang（2025）则提议由大庆油田与萨哈林岛的萨哈林油气公司合资建设炼油企业。

薄弱环节同样有据可查。远东电网覆盖率不足40%，制约了矿业项目（Zhang）。AsiaNews指出，在莫斯科被排斥在国际资本市场之外的情况下，俄罗斯远东所需的巨额能源投资将成为北京面临的风险。Song的通道规划（表2）还包括黑河的一条跨境输电线路和哈尔滨—唐山线路。'),
 ('theme', 'corridors', 'title', 'ru', 'Коридоры и транспорт'),
 ('theme', 'corridors', 'title', 'zh', '走廊与交通'),
 ('theme', 'corridors', 'intro', 'ru', 'Мосты, железные дороги, порты, авиалинии и мультимодальные коридоры, по которым грузы идут через границу и в приграничье, а также узкие места, которые их задерживают.'),
 ('theme', 'corridors', 'intro', 'zh', '跨境及沿边运送货物的桥梁、铁路、港口、航线和多式联运走廊，以及拖慢运输的瓶颈。'),
 ('theme', 'corridors', 'overview', 'ru', 'Протяжённость границы Хэйлунцзяна с Россией — 2 981 км, в провинции 25 национальных пунктов пропуска первой категории (Song 2019). Сегодня Амур пересекают два моста: железнодорожный мост Нижнеленинское — Тунцзян, введённый в эксплуатацию в 2022 г. и к июню 2024 г. пропустивший более 6 млн т грузов, и автомобильный мост Благовещенск — Хэйхэ, по которому за год прошло более 370 тыс. т (Zhang 2025). Автор репортажа из Хэйхэ (2023) встречает российского водителя грузовика у моста под Хэйхэ.

Song описывает планы провинции в рамках Восточного и Лунцзянского сухопутно-морских экономических поясов Шёлкового пути: грузовые поезда Китай — Европа, идущие напрямую до Варшавы (откуда они отправляются, Song не указывает), отправку грузов по железной дороге во Владивосток вместо Даляня, новые авиамаршруты и чартерные рейсы из Харбина, а также схему каналов из морских путей, четырёх основных железнодорожных линий, автодорог, речных портов, аэропортов, трубопроводов, линий электропередачи и кабелей (таблица 2). Zhang добавляет коридоры «Приморье-1» и «Приморье-2» (Binhai No. 1 и No. 2), а заметка «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи», 2023) — зерновой коридор.

Zhang перечисляет и узкие места на российской стороне: загруженность Транссиба, достигающую 95 %, задержки грузов более чем на 20 дней, период замерзания дальневосточных портов, доходящий до 4 месяцев, и устаревшее оборудование порта Находка.'),
 ('theme', 'corridors', 'overview', 'zh', '黑龙江省与俄罗斯的边境线长2981公里，拥有25个国家一类口岸（Song 2019）。目前有两座大桥横跨黑龙江：一座是2022年投运的同江中俄铁路大桥（同江—下列宁斯阔耶），截至2024年6月累计运货超过600万吨，另一座是黑河—布拉戈维申斯克界河公路大桥，一年货运量超过37万吨（Zhang 2025）。黑河专题报道（2023）记述了记者在黑河附近一座桥边遇到的一名俄罗斯卡车司机。

Song介绍了该省在东部陆海丝绸之路经济带和龙江陆海丝绸之路经济带框架下的规划：开行直达华沙的中欧班列（中国—欧洲货运班列，Song未说明其始发地），货物经铁路运往符拉迪沃斯托克而不再经由大连，开辟新航线和哈尔滨始发的包机航班，并形成由海上航线、四条铁路干线、公路、内河港口、机场、管道、电力线路和光缆组成的通道布局（表2）。Zhang补充了滨海1号和滨海2号（Primorye-1、Primorye-2）国际交通走廊，新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》，2023年）则提到一条粮食走廊。

Zhang还列举了俄罗斯一侧的瓶颈：西伯利亚大铁路拥堵率达95%，货物延误超过20天，远东港口封冻期达4个月，纳霍德卡港设备陈旧。'),
 ('theme', 'agriculture', 'title', 'ru', 'Сельское хозяйство и продовольствие'),
 ('theme', 'agriculture', 'title', 'zh', '农业与食品'),
 ('theme', 'agriculture', 'intro', 'ru', 'Зерно, продовольствие и сельхозугодья: зерновой коридор, морепродукты, база переработки экологически чистой пищевой продукции и модель «ресурсы — производственные мощности — рынок».'),
 ('theme', 'agriculture', 'intro', 'zh', '粮食、食品与农田：粮食走廊、水产品、绿色食品加工基地以及“资源—产能—市场”模式。'),
 ('theme', 'agriculture', 'overview', 'ru', 'Сельское хозяйство упоминается в трёх из пяти источников, главным образом в виде планов. Song (2019) относит сельское и лесное хозяйство к сложившимся направлениям сотрудничества Хэйлунцзяна с Россией и рекомендует использовать сельскохозяйственные земли Дальнего Востока России для создания базы переработки экологически чистой пищевой продукции. Zhang (2025) отмечает, что Северо-Восточный Китай продаёт сельскохозяйственную продукцию на Дальний Восток, и предлагает тройственную модель «ресурсы — производственные объекты — рынок» (в аннотации — «производственные мощности»), которая соединила бы российскую землю с китайскими агротехнологиями и переработкой, а в торговле продовольствием предусматривала бы расчёты в национальных валютах.

Новостная заметка «China and Russia Forge Deeper Economic Ties Despite Western Disapproval» («Китай и Россия углубляют экономические связи вопреки неодобрению Запада», 2023) сообщает о росте импорта российского зерна в Китай, о строящемся зерновом коридоре между российской стороной и северо-восточной житницей Китая и о новых возможностях для российских морепродуктов после того, как Китай запретил ввоз морепродуктов из Японии из-за сброса воды с АЭС «Фукусима». В той же заметке Си Цзиньпин относит продовольственную безопасность к задачам Хэйлунцзяна как «ключевых» ворот страны.'),
 ('theme', 'agriculture', 'overview', 'zh', '五项来源中有三项涉及农业，且多停留在规划层面。Song（2019）把农业和林业列为黑龙江省对俄罗斯合作的既有领域，并建议利用俄罗斯远东的农田建设绿色食品加工基地。Zhang（2025）指出，中国东北向远东销售农产品，并提出“资源—生产设施—市场”三位一体模式（摘要中作“产能”），将俄罗斯的土地与中国的农业技术和加工能力结合起来，并在粮食贸易中采用本币结算。

新闻报道《China and Russia Forge Deeper Economic Ties Despite Western Disapproval》（《中国与俄罗斯不顾西方反对深化经济联系》，2023年）称，中国自俄罗斯进口的粮食不断增加，俄方与中国东北粮仓之间的一条粮食走廊正在建设，中国因福岛核电站排水而禁止进口日本水产品后，俄罗斯水产品获得了新的市场空间。同一篇报道中，习近平把粮食安全列为黑龙江省作为“关键”门户所承担的职能之一。'),
 ('theme', 'history', 'title', 'ru', 'История'),
 ('theme', 'history', 'title', 'zh', '历史'),
 ('theme', 'history', 'intro', 'ru', 'От древних контактов в бассейне Амура через договоры 19 века, советскую помощь и раскол 1960-х годов к нормализации и политике «поворот на Восток».'),
 ('theme', 'history', 'intro', 'zh', '从黑龙江流域的古代交往，经19世纪的条约、苏联援助和1960年代的分裂，到关系正常化和“转向东方”政策。'),
 ('theme', 'history', 'overview', 'ru', 'Zhang (2025) начинает с широкой исторической перспективы: народы бассейна Амура (Хэйлунцзяна), такие как сушэни и илоу, торговали и мигрировали по всей Северо-Восточной Азии задолго до появления современной границы. С середины 19 века Айгунский договор и Пекинский договор между царской Россией и цинским правительством перекроили суверенитет в регионе. Эта история по-прежнему имеет значение: AsiaNews (2022) сообщает о китайских националистических группах, претендующих на Владивосток и другие части Дальнего Востока, а Zhang говорит о периодических спорах об исторической принадлежности региона.

После образования КНР Советский Союз помог создать промышленную базу Северо-Восточного Китая, в том числе Аньшаньский металлургический комбинат и Первый автомобильный завод в Чанчуне. С 1960-х годов отношения ухудшились, и торговля резко сократилась, хотя в приграничных районах неформальные контакты сохранились. Нормализация конца 1980-х — начала 1990-х годов, предвестием которой стала речь Горбачёва во Владивостоке в 1986 г., позволила восстановить приграничную торговлю.

Новейший этап начинается с российских программных документов по Дальнему Востоку 2007 г., инициатив Шёлкового пути, провозглашённых Си Цзиньпином в 2013 г., и политики «поворот на Восток», которую Россия проводит после украинского кризиса 2014 г., и ускоряется после 2022 г. Репортаж из Хэйхэ (2023) напоминает, что некогда сражения уничтожали поселения вдоль нынешней мирной границы.'),
 ('theme', 'history', 'overview', 'zh', 'Zhang（2025）从长时段视角切入：早在现代边界形成之前，肃慎、挹娄等黑龙江（阿穆尔河）流域的民族就在东北亚各地贸易和迁徙。19世纪中叶起，沙皇俄国与清政府签订的《瑷珲条约》和《北京条约》重新划定了该地区的主权归属。这段历史至今仍有影响：AsiaNews（2022）报道，中国民族主义团体声称对符拉迪沃斯托克及远东其他地区拥有主权，Zhang也提到两国之间不时出现关于该地区历史归属的争议。

中华人民共和国成立后，苏联援助中国东北建设工业基地，包括鞍山钢铁公司和长春第一汽车制造厂。1960年代起两国关系恶化，贸易大幅下滑，但边境地区的非正式往来得以延续。1980年代末至1990年代初两国关系实现正常化（1986年戈尔巴乔夫的符拉迪沃斯托克讲话已露端倪），跨境贸易得以恢复。

新阶段始于俄罗斯2007年出台的远东政策文件、习近平2013年提出的丝绸之路倡议，以及2014年乌克兰危机后俄罗斯实施的“转向东方”政策，并在2022年后加速推进。黑河专题报道（2023）提醒读者，在这条如今和平的边境线上，战火曾摧毁沿线的村落与社区。'),
 ('theme', 'trade-investment', 'title', 'ru', 'Торговля и инвестиции'),
 ('theme', 'trade-investment', 'title', 'zh', '贸易与投资'),
 ('theme', 'trade-investment', 'intro', 'ru', 'Торговые потоки, инвестиции, банковское дело, торговые зоны и Российско-Китайское ЭКСПО, а также правила, которые их сдерживают.'),
 ('theme', 'trade-investment', 'intro', 'zh', '贸易往来、投资、银行合作、贸易区和中国—俄罗斯博览会，以及制约它们的规则。'),
 ('theme', 'trade-investment', 'overview', 'ru', 'Song (2019) приводит в таблице данные о торговле Хэйлунцзяна с Россией с 2008 по 2018 г. (см. страницы с данными): резкое падение в 2009 г. на фоне финансового кризиса, рост с 2011 г. благодаря нефтепроводу, колебания вслед за мировыми ценами на энергоносители, глубокий спад в середине 2010-х годов и восстановление к 2018 г., когда товарооборот Китая и России в целом превысил 100 млрд долларов США. В рамках Восточного пояса Шёлкового пути инвестиции провинции в Россию достигли 1 млрд долларов США, 10 банков провинции установили отношения с 24 российскими банками, а Харбинская ярмарка превратилась в Российско-Китайское ЭКСПО.

Затем появились новые инструменты: Харбинская комплексная бондовая зона, программа «Одно окно и четыре района» апреля 2017 г. с предложением создать китайско-российскую зону свободной торговли, а позднее Харбинская зона свободной торговли, опыт которой Zhang (2025) предлагает использовать для блокчейн-платформы торговли. В 2023 г. министр коммерции Китая Ван Вэньтао назвал экономические отношения «прочными» (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023).

Препятствия носят не только экономический, но и институциональный характер. Zhang указывает на ограничение доли иностранного капитала в стратегических отраслях России уровнем 50 % и средний срок рассмотрения проектов в 18 месяцев, на нерешённые вопросы торговых расчётов, защиты интеллектуальной собственности и охраны окружающей среды, а также на сдерживающее действие западных санкций.'),
 ('theme', 'trade-investment', 'overview', 'zh', 'Song（2019）以表格列出了2008年至2018年黑龙江省对俄罗斯贸易数据（见数据页面）：2009年受金融危机影响大幅下滑，2011年起依托原油管道实现增长，随后随国际能源价格波动，2010年代中期深度下滑，至2018年恢复，这一年中俄贸易总额突破1000亿美元。在东部丝绸之路经济带框架下，该省对俄罗斯投资达到10亿美元，省内10家银行与24家俄罗斯银行建立了业务关系，哈尔滨国际经济贸易洽谈会（哈洽会）发展为中国—俄罗斯博览会。

此后又出现了新的政策工具：哈尔滨综合保税区、2017年4月推出的“一窗四区”方案（其中提出建立中俄自由贸易区），以及后来的哈尔滨自由贸易区。Zhang（2025）希望借鉴哈尔滨自由贸易区的经验建设区块链贸易平台。2023年，中国商务部部长王文涛称两国经济关系“稳固”（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年）。

障碍既是经济性的，也是制度性的。Zhang指出，俄罗斯对战略性行业的外资比例上限为50%，项目平均审查期长达18个月，贸易结算、知识产权保护和环境保护问题悬而未决，西方制裁也产生了寒蝉效应。'),
 ('theme', 'industry-technology', 'title', 'ru', 'Промышленность и технологии'),
 ('theme', 'industry-technology', 'title', 'zh', '产业与技术'),
 ('theme', 'industry-technology', 'intro', 'ru', 'Промышленные предприятия, парки и пояса, телекоммуникационные связи, а также предложения по облачным вычислениям, 5G, искусственному интеллекту и «ледовой экономике».'),
 ('theme', 'industry-technology', 'intro', 'zh', '工业企业、园区和产业带，电信联通，以及关于云计算、5G、人工智能和“冰雪经济”的建议。'),
 ('theme', 'industry-technology', 'overview', 'ru', 'Промышленное сотрудничество прослеживается от предприятий, построенных при советской помощи после образования Китайской Народной Республики, до размещения промышленности в Лунцзянском поясе Шёлкового пути, которое Song (2019) описывает как одно ядро (Харбин), четыре промышленных пояса, кольцо приграничных городов и шесть трансграничных промышленных кластеров. Song сообщает также, что группы компаний Longxing и LongMay начали шесть проектов в России, и рекомендует создать трансграничную промышленную базу. Схема каналов включает Международное бюро коммуникационного шлюза в Харбине и арктический оптический кабель из Мурманска в Харбин через Владивосток и Суйфэньхэ.

Zhang (2025) видит в машиностроительной базе Северо-Восточного Китая и нефтегазовом инжиниринге дополнение к российским ресурсам и предлагает новые направления: блокчейн-платформу для трансграничной торговли, облачные вычисления на дешёвой энергии Сибири, 5G в основных пунктах пропуска на границе, искусственный интеллект и интернет вещей, а также полную трансграничную производственную цепочку «ледовой экономики».'),
 ('theme', 'industry-technology', 'overview', 'zh', '产业合作从中华人民共和国成立后苏联援建的工厂，一直延续到龙江丝绸之路经济带的产业布局。Song（2019）将这一布局概括为一核（哈尔滨）、四带、一环（沿边城镇）和六个跨境产业集群。Song还报道，龙兴集团和龙煤集团已在俄罗斯启动六个项目，并建议建设跨境产业基地。通道规划包括设在哈尔滨的国际通信出入口局，以及从摩尔曼斯克经符拉迪沃斯托克和绥芬河通往哈尔滨的北极光缆。

Zhang（2025）认为，中国东北的装备制造基础和油气工程能力可与俄罗斯资源形成互补，并提出了新的合作领域：跨境贸易区块链平台、依托西伯利亚廉价能源的云计算、主要边境口岸的5G覆盖、人工智能和物联网，以及完整的跨境“冰雪经济”产业链。'),
 ('theme', 'people-culture', 'title', 'ru', 'Люди, культура и туризм'),
 ('theme', 'people-culture', 'title', 'zh', '民众、文化与旅游'),
 ('theme', 'people-culture', 'intro', 'ru', 'Жизнь на границе, туризм, образование и культура, а также то, как люди по обе стороны границы видят друг друга.'),
 ('theme', 'people-culture', 'intro', 'zh', '边境生活、旅游、教育与文化，以及边境两侧民众如何看待对方。'),
 ('theme', 'people-culture', 'overview', 'ru', 'Как вспоминает репортаж из Хэйхэ (2023), до пандемии китайские группы отправлялись на север посмотреть Сибирь, россияне ехали в обратном направлении, а жители приграничных городов регулярно пересекали границу, чтобы делать покупки, вести дела и общаться. С тех пор пандемия COVID, закрытая граница и санкционное давление на экономику России приглушили этот поток. Song (2019) сообщает о 13 пунктах пропуска, открытых для трансграничного туризма, и 8 пунктах пропуска, выдающих визы, а Zhang (2025) предлагает развивать снежно-ледовый туризм на основе безвизового режима в пунктах пропуска.

Оценки расходятся. Владелец магазина в Хэйхэ называет россиян «славными и прямыми», а российский водитель грузовика говорит, что Китай — единственный оставшийся сосед, который хочет дружить. AsiaNews (2022) отмечает обеспокоенность русских жителей Сибири китайской миграцией, а Zhang называет культурную привязанность россиян к Западу труднопреодолимым препятствием. Zhang описывает университетские обмены и годы культуры России и Китая и предлагает совместные образовательные программы и северо-восточноазиатский «культурный круг».'),
 ('theme', 'people-culture', 'overview', 'zh', '黑河专题报道（2023）回忆，疫情之前，中国团体北上游览西伯利亚，俄罗斯人则反向而来，边境城镇的居民也经常往来于两岸，购物、经商和交友。此后，新冠疫情、边境关闭以及制裁对俄罗斯经济的挤压使这类往来冷清下来。Song（2019）报道，已有13个口岸开通跨境旅游，8个口岸可办理口岸签证，Zhang（2025）则提出依托边境口岸的免签制度发展冰雪旅游。

各方看法不一。黑河一位店主称俄罗斯人“友善、直率”，一名俄罗斯卡车司机则说，中国是唯一还愿意同他们做朋友的邻国。AsiaNews（2022）指出西伯利亚的俄罗斯人对中国移民的担忧，Zhang则认为俄罗斯人在文化上对西方的依恋是难以克服的障碍。Zhang介绍了高校交流和中俄文化年，并提出开展联合教育项目、构建东北亚“文化圈”。'),
 ('theme', 'geopolitics', 'title', 'ru', 'Геополитика и риски'),
 ('theme', 'geopolitics', 'title', 'zh', '地缘政治与风险'),
 ('theme', 'geopolitics', 'intro', 'ru', 'Санкции, война на Украине, соперничество великих держав и позиции правительств, экспертов и местных жителей.'),
 ('theme', 'geopolitics', 'intro', 'zh', '制裁、乌克兰战争、大国竞争，以及各国政府、专家和当地居民的立场。'),
 ('theme', 'geopolitics', 'overview', 'ru', 'Источники рассматривают приграничное сотрудничество в контексте более широкой перестройки международных отношений. Zhang (2025) описывает политику «поворот на Восток», которую Россия проводит со времени украинского кризиса 2014 г. и которая ускорилась под давлением санкций после 2022 г., тогда как Китай увязывает инициативу «Один пояс, один путь» с российским Большим Евразийским партнёрством и заявляет о приверженности принципам «неприсоединения, неконфронтации и ненаправленности против третьих сторон». AsiaNews (2022) сообщает, что секретарь парткома провинции Хэйлунцзян представил интеграцию с Сибирью как стратегическое сотрудничество в противовес Западу — через несколько дней после того, как Джо Байден предупредил Си Цзиньпина о серьёзных последствиях, если Китай будет помогать России.

В 2023 г. китайские официальные лица называли партнёрство прочным и соответствующим международным нормам (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023), а автор репортажа из Хэйхэ пришёл к выводу, что Китай негласно предоставляет России финансирование, технологии и дипломатическое прикрытие, а Россия предлагает Китаю партнёра-единомышленника в противостоянии с Америкой. Визит Си Цзиньпина в Москву в марте 2023 г. и визит Путина в Китай в 2024 г., в ходе которого он побывал в Харбине, — наиболее значимые события из описанных в источниках.

Риски приводятся со ссылкой на тех, кто о них говорит: западная стигматизация и санкции (Zhang), уязвимость Китая из-за его торговли с США и Европой и отрезанность России от рынков капитала (AsiaNews), обеспокоенность в России китайской миграцией и притязания китайских националистов на Дальний Восток (AsiaNews), а также периодические споры об истории региона (Zhang).'),
 ('theme', 'geopolitics', 'overview', 'zh', '各项来源把边境合作置于更广泛的格局调整之中。Zhang（2025）描述了俄罗斯自2014年乌克兰危机以来实施的“转向东方”政策及其在2022年后受制裁推动而加速的过程，同时指出中国将“一带一路”倡议与俄罗斯的大欧亚伙伴关系对接，并表示坚持“不结盟、不对抗、不针对第三方”。AsiaNews（2022）报道，黑龙江省委书记将与西伯利亚的一体化说成是对抗西方的战略合作，而就在几天前，乔·拜登曾警告习近平，若中国帮助俄罗斯将面临严重后果。

2023年，中国官员称两国伙伴关系稳固且符合国际准则（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年），黑河专题报道则认为，中国正悄然向俄罗斯提供资金、技术和外交掩护，而俄罗斯为中国提供了一个在对抗美国方面志同道合的伙伴。习近平2023年3月访问莫斯科和普京2024年访问中国（其间到访哈尔滨），是各项来源所记述的高潮。

各项风险均注明出处：西方的污名化和制裁（Zhang），中国因与美国和欧洲的贸易而面临的风险以及俄罗斯被排斥在资本市场之外（AsiaNews），俄罗斯对中国移民的不安和中国民族主义者对远东的领土主张（AsiaNews），以及关于该地区历史的周期性争议（Zhang）。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('challenge', 'foreign-investment-limits', 'title', 'ru', 'Ограничения и долгое рассмотрение иностранных инвестиций в России'),
 ('challenge', 'foreign-investment-limits', 'title', 'zh', '俄罗斯对外国投资的上限限制与审查迟缓'),
 ('challenge', 'foreign-investment-limits', 'summary', 'ru', 'Zhang (2025), ссылаясь на доклад министерства по развитию Дальнего Востока России об итогах 2022 г. (ссылка [9]), отмечает, что российский закон об иностранных инвестициях ограничивает долю иностранного капитала в стратегических отраслях 50 %, а рассмотрение проекта занимает в среднем 18 месяцев.'),
 ('challenge', 'foreign-investment-limits', 'summary', 'zh', 'Zhang（2025）援引俄罗斯远东发展部关于2022年情况的报告（参考文献[9]）指出，俄罗斯外国投资法将战略性行业的外资比例上限定为50%，项目平均审查期为18个月。'),
 ('challenge', 'weak-far-east-economy', 'title', 'ru', 'Низкий уровень развития, узкий рынок и слабая финансовая система Дальнего Востока России'),
 ('challenge', 'weak-far-east-economy', 'title', 'zh', '俄罗斯远东发展水平低、市场小、金融薄弱'),
 ('challenge', 'weak-far-east-economy', 'summary', 'ru', 'Zhang характеризует Дальний Восток России как экономически слаборазвитый регион с ограниченным рынком и неразвитой финансовой системой. Его богатства — нефть, газ и около 20 млрд кубометров древесины — контрастируют с населением чуть более 6 млн человек на площади 6,21 млн кв. км.'),
 ('challenge', 'weak-far-east-economy', 'summary', 'zh', 'Zhang指出，俄罗斯远东经济欠发达，市场有限，金融体系不健全。该地区拥有石油、天然气和约200亿立方米木材等丰富资源，但在621万平方千米的土地上，人口仅略多于600万。'),
 ('challenge', 'settlement-ip-environment', 'title', 'ru', 'Проблемы торговых расчётов, интеллектуальной собственности и охраны окружающей среды'),
 ('challenge', 'settlement-ip-environment', 'title', 'zh', '贸易结算、知识产权和环境问题'),
 ('challenge', 'settlement-ip-environment', 'summary', 'ru', 'Zhang отмечает нерешённые проблемы в сфере торговых расчётов, защиты интеллектуальной собственности и охраны окружающей среды, которые повышают экономические риски сотрудничества между предприятиями.'),
 ('challenge', 'settlement-ip-environment', 'summary', 'zh', 'Zhang指出，贸易结算、知识产权保护和环境保护方面的问题尚未解决，加大了企业间合作的经济风险。'),
 ('challenge', 'western-sanctions-stigmatisation', 'title', 'ru', 'Стигматизация со стороны Запада и санкции'),
 ('challenge', 'western-sanctions-stigmatisation', 'title', 'zh', '西方的污名化与制裁'),
 ('challenge', 'western-sanctions-stigmatisation', 'summary', 'ru', 'Zhang предупреждает, что стигматизация китайско-российского сотрудничества на Западе и направленные против него санкции могут затормозить ряд проектов. Новостные публикации показывают это давление: Вашингтон и его европейские союзники добиваются от Пекина, чтобы тот держался в стороне от войны, которую ведёт Москва (AsiaNews 2022), а Запад не одобряет укрепления экономических связей (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023).'),
 ('challenge', 'western-sanctions-stigmatisation', 'summary', 'zh', 'Zhang警告，西方对中俄合作的污名化及针对这一合作的制裁可能会阻碍部分项目。新闻报道反映了这种压力：华盛顿及其欧洲盟友敦促北京与莫斯科的战争保持距离（AsiaNews 2022），西方也不认同双方日益密切的经济联系（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年）。'),
 ('challenge', 'exposure-to-western-trade', 'title', 'ru', 'Уязвимость Китая, связанная с его торговлей с Западом'),
 ('challenge', 'exposure-to-western-trade', 'title', 'zh', '中国因对西方贸易而面临的风险'),
 ('challenge', 'exposure-to-western-trade', 'summary', 'ru', 'AsiaNews отмечает, что после предупреждения Джо Байдена о серьёзных последствиях идёт открытая дискуссия о том, готов ли Пекин ради спасения Москвы поставить под угрозу свою торговлю с США и Европой, исчисляемую триллионами долларов.'),
 ('challenge', 'exposure-to-western-trade', 'summary', 'zh', 'AsiaNews指出，在乔·拜登警告将产生严重后果之后，外界公开争论北京是否愿意为拯救莫斯科而让其与美国和欧洲数万亿美元的贸易承受风险。'),
 ('challenge', 'energy-investment-capital-markets', 'title', 'ru', 'Огромная потребность в инвестициях в энергетику при отрезанности России от рынков капитала'),
 ('challenge', 'energy-investment-capital-markets', 'title', 'zh', '能源投资需求巨大，而俄罗斯被隔绝于资本市场之外'),
 ('challenge', 'energy-investment-capital-markets', 'summary', 'ru', 'AsiaNews указывает, что Дальний Восток России нуждается в очень крупных инвестициях в инфраструктуру, прежде всего в энергетику, и это станет риском для Пекина, если Москва окажется отрезанной от международных рынков капитала.'),
 ('challenge', 'energy-investment-capital-markets', 'summary', 'zh', 'AsiaNews指出，俄罗斯远东需要规模巨大的基础设施投资，尤其是能源领域的投资，如果莫斯科被排斥在国际资本市场之外，这将成为北京面临的风险。'),
 ('challenge', 'lagging-infrastructure', 'title', 'ru', 'Отставание инфраструктуры, несмотря на территории опережающего развития'),
 ('challenge', 'lagging-infrastructure', 'title', 'zh', '尽管设立了超前发展区，基础设施仍然滞后'),
 ('challenge', 'lagging-infrastructure', 'summary', 'ru', 'Несмотря на созданные на Дальнем Востоке территории опережающего развития, Zhang констатирует отставание в развитии инфраструктуры, из-за которого трудно расширять торговлю и инвестиции с соседними странами.'),
 ('challenge', 'lagging-infrastructure', 'summary', 'zh', 'Zhang认为，尽管远东已设立超前发展区，基础设施建设仍然滞后，难以扩大与邻国的贸易和投资。'),
 ('challenge', 'trans-siberian-congestion', 'title', 'ru', 'Перегруженность Транссиба и задержки грузов'),
 ('challenge', 'trans-siberian-congestion', 'title', 'zh', '西伯利亚大铁路拥堵与延误'),
 ('challenge', 'trans-siberian-congestion', 'summary', 'ru', 'По данным Zhang, загруженность Транссиба достигает 95 %, а задержки грузов превышают 20 дней.'),
 ('challenge', 'trans-siberian-congestion', 'summary', 'zh', 'Zhang报告称，西伯利亚大铁路的拥堵率高达95%，货物延误超过20天。'),
 ('challenge', 'frozen-ports', 'title', 'ru', 'Замерзающие дальневосточные порты'),
 ('challenge', 'frozen-ports', 'title', 'zh', '冬季封冻的远东港口'),
 ('challenge', 'frozen-ports', 'summary', 'ru', 'По данным Zhang, период замерзания дальневосточных портов достигает 4 месяцев.'),
 ('challenge', 'frozen-ports', 'summary', 'zh', '据Zhang，远东港口的封冻期长达4个月。'),
 ('challenge', 'nakhodka-port-equipment', 'title', 'ru', 'Устаревшее оборудование порта Находка'),
 ('challenge', 'nakhodka-port-equipment', 'title', 'zh', '纳霍德卡港设备陈旧'),
 ('challenge', 'nakhodka-port-equipment', 'summary', 'ru', 'Из-за устаревшего оборудования производительность погрузочно-разгрузочных работ в порту Находка составляет лишь 60 % от уровня порта Циндао (Zhang).'),
 ('challenge', 'nakhodka-port-equipment', 'summary', 'zh', '纳霍德卡港设备陈旧，装卸效率仅为青岛港的60%（Zhang）。'),
 ('challenge', 'low-grid-coverage', 'title', 'ru', 'Низкий охват электросетями'),
 ('challenge', 'low-grid-coverage', 'title', 'zh', '电网覆盖率低'),
 ('challenge', 'low-grid-coverage', 'summary', 'ru', 'Охват Дальнего Востока электросетями составляет менее 40 %, что ограничивает горнодобывающие проекты (Zhang).'),
 ('challenge', 'low-grid-coverage', 'summary', 'zh', '远东地区电网覆盖率不足40%，制约了矿业项目（Zhang）。'),
 ('challenge', 'public-mood-western-orientation', 'title', 'ru', 'Общественные настроения и культурная привязанность России к Западу'),
 ('challenge', 'public-mood-western-orientation', 'title', 'zh', '社会心态与俄罗斯在文化上对西方的依恋'),
 ('challenge', 'public-mood-western-orientation', 'summary', 'ru', 'Zhang указывает на «труднопреодолимые общественные настроения»: культурные традиции и история склоняют россиян к западной культуре, и сформировать у них чувство общности с восточной культурой непросто.'),
 ('challenge', 'public-mood-western-orientation', 'summary', 'zh', 'Zhang指出存在“难以克服的社会心态”：俄罗斯人的文化传统和历史使其倾向于西方文化，形成对东方文化的认同感并非易事。'),
 ('challenge', 'historical-affiliation-disputes', 'title', 'ru', 'Споры об исторической принадлежности Дальнего Востока'),
 ('challenge', 'historical-affiliation-disputes', 'title', 'zh', '关于远东历史归属的争议');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('challenge', 'historical-affiliation-disputes', 'summary', 'ru', 'Zhang отмечает периодически возникающие между двумя странами споры об исторической принадлежности Дальнего Востока России, из-за которых его развитие становится чувствительной темой. AsiaNews сообщает о китайских националистических группах, претендующих на часть Дальнего Востока, включая Владивосток.'),
 ('challenge', 'historical-affiliation-disputes', 'summary', 'zh', 'Zhang指出，两国之间不时出现关于俄罗斯远东历史归属的争议，使该地区的开发成为敏感话题。AsiaNews报道，中国民族主义团体声称对远东部分地区（包括符拉迪沃斯托克）拥有主权。'),
 ('challenge', 'local-community-attitudes', 'title', 'ru', 'Отношение местных жителей к «квазисоюзу» Китая и России'),
 ('challenge', 'local-community-attitudes', 'title', 'zh', '当地民众对中国与俄罗斯“准同盟”的态度'),
 ('challenge', 'local-community-attitudes', 'summary', 'ru', 'AsiaNews задаётся вопросом, как местные сообщества отнесутся к крепнущему «квазисоюзу» Китая и России, и отмечает, что русских жителей Сибири часто беспокоит растущее присутствие китайских мигрантов.'),
 ('challenge', 'local-community-attitudes', 'summary', 'zh', 'AsiaNews提出疑问：当地社会将如何看待日益加深的中国与俄罗斯“准同盟”关系，并指出西伯利亚的俄罗斯人常常对中国移民日益增多感到担忧。'),
 ('challenge', 'trade-fluctuation-energy-prices', 'title', 'ru', 'Колебания торговли вслед за мировыми ценами на энергоносители'),
 ('challenge', 'trade-fluctuation-energy-prices', 'title', 'zh', '贸易随国际能源价格波动'),
 ('challenge', 'trade-fluctuation-energy-prices', 'summary', 'ru', 'Song констатирует, что торговля Хэйлунцзяна с Россией в течение десятилетия до 2018 г. колебалась главным образом из-за снижения мировых цен на энергоносители (см. таблицу 1 в разделе данных).'),
 ('challenge', 'trade-fluctuation-energy-prices', 'summary', 'zh', 'Song认为，截至2018年的十年间，黑龙江省对俄罗斯贸易出现波动，主要原因是国际能源价格下跌（见数据部分的表1）。'),
 ('challenge', 'unresolved-cooperation-problems', 'title', 'ru', 'Нерешённые проблемы сотрудничества с Россией'),
 ('challenge', 'unresolved-cooperation-problems', 'title', 'zh', '对俄罗斯合作中尚未解决的问题'),
 ('challenge', 'unresolved-cooperation-problems', 'summary', 'ru', 'Song отмечает, что после резкого падения торговли в 2016 г. положение улучшилось благодаря развитию транспортных каналов и грузоперевозок, однако проблемы, присущие сотрудничеству с Россией, полностью не решены. Какие именно, в статье не уточняется.'),
 ('challenge', 'unresolved-cooperation-problems', 'summary', 'zh', 'Song指出，2016年贸易大幅下滑后，得益于通道建设和货物运输，形势有所好转，但对俄罗斯合作中固有的问题尚未完全解决。文章没有列出具体问题。'),
 ('challenge', 'covid-border-closure', 'title', 'ru', 'Пандемия и закрытие границы'),
 ('challenge', 'covid-border-closure', 'title', 'zh', '疫情与边境关闭'),
 ('challenge', 'covid-border-closure', 'summary', 'ru', 'Репортаж из Хэйхэ (март 2023 г.) сообщает, что пандемия COVID и закрытие границы остановили значительную часть трансграничного потока туристов, покупателей и торговцев, к которому Хэйхэ привык до пандемии.'),
 ('challenge', 'covid-border-closure', 'summary', 'zh', '黑河专题报道（2023年3月）报道，新冠疫情和边境关闭使黑河在疫情前习以为常的游客、购物者和商贩跨境往来大部分陷于停顿。'),
 ('challenge', 'sanctions-squeeze-tourism', 'title', 'ru', 'Санкционное давление на экономику России и приграничный туризм'),
 ('challenge', 'sanctions-squeeze-tourism', 'title', 'zh', '制裁对俄罗斯经济的挤压与边境旅游'),
 ('challenge', 'sanctions-squeeze-tourism', 'summary', 'ru', 'Как добавляет репортаж из Хэйхэ, после пандемии вызванное санкциями давление на экономику России не даёт оживиться некогда процветавшему туристическому бизнесу.'),
 ('challenge', 'sanctions-squeeze-tourism', 'summary', 'zh', '黑河专题报道还指出，疫情过后，制裁对俄罗斯经济造成的挤压使曾经兴旺的旅游业依然低迷。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('recommendation', 'high-level-dialogue', 'title', 'ru', 'Укреплять диалог на высшем уровне и планировать ключевые направления'),
 ('recommendation', 'high-level-dialogue', 'title', 'zh', '加强高层对话，规划重点领域'),
 ('recommendation', 'high-level-dialogue', 'summary', 'ru', 'Zhang предлагает правительствам двух стран и далее укреплять диалог и коммуникацию на высшем уровне, определить ключевые направления сотрудничества и обеспечить предприятиям обеих сторон регуляторную поддержку и чёткие целевые ориентиры.'),
 ('recommendation', 'high-level-dialogue', 'summary', 'zh', 'Zhang建议两国政府进一步加强高层对话与沟通，规划合作重点领域，并为双方企业提供监管支持和明确目标。'),
 ('recommendation', 'specialised-communications-committee', 'title', 'ru', 'Создать специализированный комитет по связям'),
 ('recommendation', 'specialised-communications-committee', 'title', 'zh', '设立专门的沟通委员会'),
 ('recommendation', 'specialised-communications-committee', 'summary', 'ru', 'Zhang предлагает создать специализированный комитет по связям для своевременного урегулирования политических вопросов, возникающих в ходе сотрудничества.'),
 ('recommendation', 'specialised-communications-committee', 'summary', 'zh', 'Zhang建议设立专门的沟通委员会，及时解决合作中出现的政治问题。'),
 ('recommendation', 'joint-project-database', 'title', 'ru', 'Создать совместную базу данных проектов'),
 ('recommendation', 'joint-project-database', 'title', 'zh', '建立联合项目数据库'),
 ('recommendation', 'joint-project-database', 'summary', 'ru', 'Zhang предлагает создать совместную базу данных для систематической оценки и отбора проектов, чтобы избежать потенциальных рисков.'),
 ('recommendation', 'joint-project-database', 'summary', 'zh', 'Zhang建议建立联合数据库，系统地评估和筛选项目，以规避潜在风险。'),
 ('recommendation', 'risk-compensation-fund', 'title', 'ru', 'Создать фонд компенсации рисков'),
 ('recommendation', 'risk-compensation-fund', 'title', 'zh', '设立风险补偿基金'),
 ('recommendation', 'risk-compensation-fund', 'summary', 'ru', 'Zhang призывает создать фонд компенсации рисков, который обеспечит проектам предприятий обеих стран финансовую подушку безопасности и гарантии.'),
 ('recommendation', 'risk-compensation-fund', 'summary', 'zh', 'Zhang呼吁设立风险补偿基金，为两国企业的项目提供资金缓冲和保障。'),
 ('recommendation', 'simplify-cross-border-investment', 'title', 'ru', 'Упростить трансграничные инвестиции, признавать сертификацию, внедрять валютные инновации'),
 ('recommendation', 'simplify-cross-border-investment', 'title', 'zh', '简化跨境投资、互认认证、推进货币创新'),
 ('recommendation', 'simplify-cross-border-investment', 'summary', 'ru', 'Zhang рекомендует упростить процедуры для трансграничных инвестиционных проектов, ввести взаимное признание национальных и региональных систем сертификации и внедрять инновации в валютной системе.'),
 ('recommendation', 'simplify-cross-border-investment', 'summary', 'zh', 'Zhang建议简化跨境投资项目的办理程序，实现国家和地区认证体系的互认，并推进货币体系创新。'),
 ('recommendation', 'blockchain-trade-platform', 'title', 'ru', 'Создать блокчейн-платформу для трансграничной торговли'),
 ('recommendation', 'blockchain-trade-platform', 'title', 'zh', '建设跨境贸易区块链平台'),
 ('recommendation', 'blockchain-trade-platform', 'summary', 'ru', 'Опираясь на Харбинскую зону свободной торговли и Демонстрационную зону цифровой экономики, а также на зелёную энергетику и цифровую экономику, Zhang предлагает совместно разработать блокчейн-платформу для трансграничной торговли.'),
 ('recommendation', 'blockchain-trade-platform', 'summary', 'zh', 'Zhang建议依托哈尔滨自由贸易区和数字经济示范区，借助绿色能源和数字经济，共同开发跨境贸易区块链平台。'),
 ('recommendation', 'cloud-5g-ai-iot', 'title', 'ru', 'Облачные вычисления на энергии Сибири, 5G в пунктах пропуска, ИИ и интернет вещей'),
 ('recommendation', 'cloud-5g-ai-iot', 'title', 'zh', '依托西伯利亚能源发展云计算，口岸5G覆盖、人工智能和物联网'),
 ('recommendation', 'cloud-5g-ai-iot', 'summary', 'ru', 'Zhang предлагает использовать дешёвую энергию Сибири для развития индустрии облачных вычислений, обеспечить покрытие 5G в основных пунктах пропуска на границе и совместно продвигать искусственный интеллект и интернет вещей на Дальнем Востоке.'),
 ('recommendation', 'cloud-5g-ai-iot', 'summary', 'zh', 'Zhang建议利用西伯利亚的廉价能源发展云计算产业，在主要边境口岸实现5G覆盖，并在远东共同推动人工智能和物联网发展。'),
 ('recommendation', 'ice-and-snow-economy', 'title', 'ru', 'Трансграничный снежно-ледовый туризм и производственная цепочка'),
 ('recommendation', 'ice-and-snow-economy', 'title', 'zh', '跨境冰雪旅游与产业链'),
 ('recommendation', 'ice-and-snow-economy', 'summary', 'ru', 'Zhang предлагает осваивать снежно-ледовые ресурсы совместно с провинцией Хэйлунцзян: опираясь на безвизовый режим в пунктах пропуска, создавать трансграничные снежно-ледовые туристические маршруты и выстроить полную трансграничную цепочку «ледовой экономики» — от туризма и снаряжения для зимних видов спорта до культуры льда и снега.'),
 ('recommendation', 'ice-and-snow-economy', 'summary', 'zh', 'Zhang建议与黑龙江省共同开发冰雪资源：依托边境口岸的免签制度，打造跨境冰雪旅游线路，构建从旅游、冬季运动装备到冰雪文化的完整跨境“冰雪经济”产业链。'),
 ('recommendation', 'daqing-sakhalin-refining-venture', 'title', 'ru', 'Совместное нефтеперерабатывающее предприятие Дацин — Сахалин'),
 ('recommendation', 'daqing-sakhalin-refining-venture', 'title', 'zh', '大庆—萨哈林岛合资炼油项目'),
 ('recommendation', 'daqing-sakhalin-refining-venture', 'summary', 'ru', 'В энергетике Zhang предлагает выстроить полную цепочку «освоение — переработка — транспортировка», например создать совместное нефтеперерабатывающее предприятие Дацинского нефтяного месторождения и Сахалинской нефтегазовой компании.'),
 ('recommendation', 'daqing-sakhalin-refining-venture', 'summary', 'zh', '在能源领域，Zhang建议构建“开发—加工—运输”的完整链条，例如由大庆油田与萨哈林岛的萨哈林油气公司合资建设炼油企业。'),
 ('recommendation', 'triple-agricultural-model', 'title', 'ru', 'Тройственная модель «ресурсы — производственные объекты — рынок» в сельском хозяйстве'),
 ('recommendation', 'triple-agricultural-model', 'title', 'zh', '农业“资源—生产设施—市场”三位一体模式'),
 ('recommendation', 'triple-agricultural-model', 'summary', 'ru', 'Модель тройственного сотрудничества, предложенная Zhang, сочетает земельные ресурсы Дальнего Востока России с агротехнологиями и производственными мощностями Китая, чтобы выстроить цепочку переработки, транспортировки и сбыта сельскохозяйственной продукции и перевести сотрудничество от простой торговли к промышленной интеграции.'),
 ('recommendation', 'triple-agricultural-model', 'summary', 'zh', 'Zhang提出的三位一体合作模式，将俄罗斯远东的土地资源与中国的农业技术和产能相结合，构建农产品加工、运输和销售链条，推动合作从简单贸易走向产业融合。'),
 ('recommendation', 'local-currency-food-trade', 'title', 'ru', 'Расчёты в национальных валютах в торговле продовольствием'),
 ('recommendation', 'local-currency-food-trade', 'title', 'zh', '粮食贸易本币结算'),
 ('recommendation', 'local-currency-food-trade', 'summary', 'ru', 'Zhang рекомендует искать новые способы расчётов в национальных валютах в торговле продовольствием, чтобы высококачественная сельскохозяйственная продукция глубже проникала на китайский рынок.'),
 ('recommendation', 'local-currency-food-trade', 'summary', 'zh', 'Zhang建议探索粮食贸易本币结算的新途径，使优质农产品更深入地进入中国市场。'),
 ('recommendation', 'joint-education-programmes', 'title', 'ru', 'Совместные международные образовательные программы'),
 ('recommendation', 'joint-education-programmes', 'title', 'zh', '国际联合教育项目'),
 ('recommendation', 'joint-education-programmes', 'summary', 'ru', 'Zhang предлагает развивать совместные международные образовательные программы для подготовки высококвалифицированных специалистов для региона «Северо-Восточный Китай — Дальний Восток».'),
 ('recommendation', 'joint-education-programmes', 'summary', 'zh', 'Zhang建议加强国际联合教育项目，为中国东北—远东地区培养高素质专业人才。'),
 ('recommendation', 'northeast-asian-cultural-circle', 'title', 'ru', 'Северо-восточноазиатский «культурный круг»'),
 ('recommendation', 'northeast-asian-cultural-circle', 'title', 'zh', '东北亚“文化圈”');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('recommendation', 'northeast-asian-cultural-circle', 'summary', 'ru', 'Zhang предлагает регулярно проводить культурные мероприятия, такие как китайско-российские фестивали культуры и недели научных семинаров, использовать Год культуры России и Китая для привлечения государств — членов ШОС, БРИКС и АТЭС, а также учредить международный культурный форум, чтобы сформировать в Северо-Восточной Азии региональный «культурный круг».'),
 ('recommendation', 'northeast-asian-cultural-circle', 'summary', 'zh', 'Zhang建议定期举办中国与俄罗斯的文化节、学术研讨周等文化活动，借助中俄文化年吸引上海合作组织、金砖国家和亚太经合组织成员国参与，并设立国际文化论坛，以构建东北亚区域“文化圈”。'),
 ('recommendation', 'cross-border-e-commerce-base', 'title', 'ru', 'Создать базу трансграничной электронной торговли'),
 ('recommendation', 'cross-border-e-commerce-base', 'title', 'zh', '建设跨境电子商务基地'),
 ('recommendation', 'cross-border-e-commerce-base', 'summary', 'ru', 'Song рекомендует модернизировать торговлю, создав в провинции базу трансграничной электронной торговли.'),
 ('recommendation', 'cross-border-e-commerce-base', 'summary', 'zh', 'Song建议在该省建设跨境电子商务基地，推动贸易现代化。'),
 ('recommendation', 'cross-border-industrial-base', 'title', 'ru', 'Создать трансграничную промышленную базу'),
 ('recommendation', 'cross-border-industrial-base', 'title', 'zh', '建设跨境产业基地'),
 ('recommendation', 'cross-border-industrial-base', 'summary', 'ru', 'Song рекомендует развивать промышленное сотрудничество с Россией путём создания трансграничной промышленной базы.'),
 ('recommendation', 'cross-border-industrial-base', 'summary', 'zh', 'Song建议通过建设跨境产业基地，推动与俄罗斯的产业合作。'),
 ('recommendation', 'link-bri-with-eaeu', 'title', 'ru', 'Сопрячь инициативу «Один пояс, один путь» с Евразийским экономическим союзом (ЕАЭС)'),
 ('recommendation', 'link-bri-with-eaeu', 'title', 'zh', '推动“一带一路”倡议与欧亚经济联盟对接'),
 ('recommendation', 'link-bri-with-eaeu', 'summary', 'ru', 'Song рекомендует использовать инициативу «Один пояс, один путь» для сопряжения с Евразийским экономическим союзом (ЕАЭС) в интересах масштабного сотрудничества.'),
 ('recommendation', 'link-bri-with-eaeu', 'summary', 'zh', 'Song建议借助“一带一路”倡议与欧亚经济联盟对接，开展大规模合作。'),
 ('recommendation', 'green-food-processing-base', 'title', 'ru', 'Создать базу переработки экологически чистой пищевой продукции'),
 ('recommendation', 'green-food-processing-base', 'title', 'zh', '建设绿色食品加工基地'),
 ('recommendation', 'green-food-processing-base', 'summary', 'ru', 'Song рекомендует использовать сельскохозяйственные ресурсы Дальнего Востока России для создания базы переработки экологически чистой пищевой продукции.'),
 ('recommendation', 'green-food-processing-base', 'summary', 'zh', 'Song建议利用俄罗斯远东的农业资源建设绿色食品加工基地。'),
 ('recommendation', 'negotiate-free-trade-zone', 'title', 'ru', 'Начать переговоры о китайско-российской зоне свободной торговли'),
 ('recommendation', 'negotiate-free-trade-zone', 'title', 'zh', '商谈建立中俄自由贸易区'),
 ('recommendation', 'negotiate-free-trade-zone', 'summary', 'ru', 'Song рекомендует воспользоваться стратегией развития Дальнего Востока, принятой в России, как возможностью начать переговоры о китайско-российской зоне свободной торговли.'),
 ('recommendation', 'negotiate-free-trade-zone', 'summary', 'zh', 'Song建议以俄罗斯的远东开发战略为契机，启动中俄自由贸易区谈判。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('series', 'heilongjiang-russia-trade', 'title', 'ru', 'Товарная торговля Хэйлунцзяна с Россией, 2008—2018'),
 ('series', 'heilongjiang-russia-trade', 'title', 'zh', '黑龙江省对俄罗斯货物贸易（2008—2018年）'),
 ('series', 'heilongjiang-russia-trade', 'description', 'ru', 'Ежегодная товарная торговля провинции Хэйлунцзян с Россией: общий объём, экспорт из провинции, импорт в провинцию, их прирост к предыдущему году, а также доля этой торговли во внешней торговле провинции и в торговле Китая с Россией. Все восемь столбцов таблицы 1 из статьи Song (2019) приводятся так, как они опубликованы; источники самой таблицы — работы [10] и [11] из списка литературы статьи и таможня КНР. Первые два абзаца раздела статьи Song о нынешнем состоянии сотрудничества поясняют значения за 2009, 2011 и 2018 гг.'),
 ('series', 'heilongjiang-russia-trade', 'description', 'zh', '黑龙江省与俄罗斯的年度货物贸易：总额、该省出口额、进口额及其同比增长率，以及这一贸易在全省对外贸易和中国对俄罗斯贸易中所占比重。数据为Song（2019）表1全部八栏，照原文录入；该表自身注明的来源为论文参考文献[10]、[11]和中国海关。Song论文关于合作现状一节的前两段为2009年、2011年和2018年的数值提供了背景。'),
 ('series', 'heilongjiang-russia-trade', 'unit_as_printed', 'ru', 'млн долларов США'),
 ('series', 'heilongjiang-russia-trade', 'unit_as_printed', 'zh', '百万美元'),
 ('series', 'heilongjiang-russia-trade', 'unit_note', 'ru', 'Примечание редакции: в заголовке таблицы указаны миллионы долларов США, однако значения следует читать как сотни миллионов долларов США (в единицах по 100 млн, 亿美元). Общий объём 2018 г. — 181,9 — составляет, согласно таблице, 17,3 % торговли Китая с Россией, откуда объём этой торговли получается около 1 050 единиц, а в той же статье сказано, что товарооборот Китая и России в 2018 г. превысил 100 млрд долларов США: 1 050 единиц по 100 млн долларов — это 105 млрд. Таким образом, 181,9 соответствует примерно 18,2 млрд долларов США. Значения приводятся без изменений.'),
 ('series', 'heilongjiang-russia-trade', 'unit_note', 'zh', '编者注：表头标注的单位为百万美元，但数值应理解为亿美元（以1亿美元为单位）。2018年总额181.9被列为占中国对俄罗斯贸易的17.3%，据此推算中俄贸易额约为1050个单位，而同一篇论文称2018年中俄贸易额突破1000亿美元：1050个1亿美元单位即1050亿美元。因此，181.9应理解为约182亿美元。数值照原文保留。'),
 ('series', 'power-of-siberia-gas', 'title', 'ru', 'Газ по газопроводу «Сила Сибири»: поставленный и контрактный объём'),
 ('series', 'power-of-siberia-gas', 'title', 'zh', '中俄东线天然气管道（俄方段“西伯利亚力量”）输气量：已输送量与合同量'),
 ('series', 'power-of-siberia-gas', 'description', 'ru', 'Два объёма, приводимые для восточного маршрута газопровода между Китаем и Россией: суммарный объём газа, поставленного с момента открытия в 2019 г., и контрактный уровень, на который Газпром вышел 1 декабря 2024 г. Годовых объёмов поставок источники не приводят.'),
 ('series', 'power-of-siberia-gas', 'description', 'zh', '中国与俄罗斯之间天然气管道东线（中俄东线天然气管道）所报道的两个数量：自2019年投运以来的累计输气量，以及俄罗斯天然气工业股份公司于2024年12月1日达到的合同供气水平。各项来源均未给出逐年的输气量。'),
 ('series', 'power-of-siberia-gas', 'unit_as_printed', 'ru', 'млрд куб. м'),
 ('series', 'power-of-siberia-gas', 'unit_as_printed', 'zh', '十亿立方米'),
 ('series', 'power-of-siberia-gas', 'unit_note', 'ru', 'Примечание редакции: в источнике сказано, что Газпром увеличил суточные поставки до максимального контрактного уровня в 38 млрд кубометров, при этом слов «в год» нет. Атлас понимает 38 млрд кубометров как годовой контрактный объём (договорной годовой объём газопровода), которого достигают, поставляя газ с соответствующей суточной интенсивностью. Значение и единица измерения сохранены как в оригинале.'),
 ('series', 'power-of-siberia-gas', 'unit_note', 'zh', '编者注：原文称俄罗斯天然气工业股份公司将日供气量提高到380亿立方米的最高合同水平，未写“每年”。本图集将380亿立方米理解为年度合同供气量（该管道合同规定的年输气量），按相应的日供气速率供气即可达到。数值和单位均按原文保留。'),
 ('series', 'border-bridge-cargo', 'title', 'ru', 'Грузы через мосты на Амуре'),
 ('series', 'border-bridge-cargo', 'title', 'zh', '黑龙江（阿穆尔河）跨境大桥货运量'),
 ('series', 'border-bridge-cargo', 'description', 'ru', 'Грузы, перевезённые по двум мостам через Амур (Хэйлунцзян): железнодорожный мост Нижнеленинское — Тунцзян — с момента открытия в 2022 г., автомобильный мост Благовещенск — Хэйхэ — за один год. Периоды различаются, поэтому показатели напрямую несопоставимы.'),
 ('series', 'border-bridge-cargo', 'description', 'zh', '经两座跨黑龙江（阿穆尔河）大桥运输的货物：同江中俄铁路大桥（同江—下列宁斯阔耶）自2022年开通以来的货运量，以及黑河—布拉戈维申斯克界河公路大桥一年的货运量。两者统计期不同，因此数据不能直接比较。'),
 ('series', 'border-bridge-cargo', 'unit_as_printed', 'ru', 'млн т и тыс. т'),
 ('series', 'border-bridge-cargo', 'unit_as_printed', 'zh', '百万吨和千吨'),
 ('series', 'border-bridge-cargo', 'unit_note', 'ru', 'Примечание редакции: в источнике не указано, за какой год приведён объём грузов по мосту Благовещенск — Хэйхэ. В том же предложении эта цифра следует за показателем по Тунцзяну, датированным июнем 2024 г., а статья опубликована в 2025 г.'),
 ('series', 'border-bridge-cargo', 'unit_note', 'zh', '编者注：原文未说明黑河—布拉戈维申斯克界河公路大桥的数据所属年份。在同一句中，该数据紧随注明为2024年6月的同江数据之后，而论文发表于2025年。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('series_measure', 'heilongjiang-russia-trade:total', 'label', 'ru', 'Общий объём'),
 ('series_measure', 'heilongjiang-russia-trade:total', 'label', 'zh', '贸易总额'),
 ('series_measure', 'heilongjiang-russia-trade:total', 'unit', 'ru', '100 млн долларов США (в оригинале: млн долларов США)'),
 ('series_measure', 'heilongjiang-russia-trade:total', 'unit', 'zh', '1亿美元（原文印作“百万美元”）'),
 ('series_measure', 'heilongjiang-russia-trade:total', 'chart_group', 'ru', 'Объём торговли'),
 ('series_measure', 'heilongjiang-russia-trade:total', 'chart_group', 'zh', '贸易额'),
 ('series_measure', 'heilongjiang-russia-trade:total_growth', 'label', 'ru', 'Общий объём, прирост к предыдущему году'),
 ('series_measure', 'heilongjiang-russia-trade:total_growth', 'label', 'zh', '总额同比增长'),
 ('series_measure', 'heilongjiang-russia-trade:total_growth', 'unit', 'ru', '%'),
 ('series_measure', 'heilongjiang-russia-trade:total_growth', 'unit', 'zh', '%'),
 ('series_measure', 'heilongjiang-russia-trade:total_growth', 'chart_group', 'ru', 'Прирост к предыдущему году'),
 ('series_measure', 'heilongjiang-russia-trade:total_growth', 'chart_group', 'zh', '同比增长'),
 ('series_measure', 'heilongjiang-russia-trade:exports', 'label', 'ru', 'Объём экспорта'),
 ('series_measure', 'heilongjiang-russia-trade:exports', 'label', 'zh', '出口额'),
 ('series_measure', 'heilongjiang-russia-trade:exports', 'unit', 'ru', '100 млн долларов США (в оригинале: млн долларов США)'),
 ('series_measure', 'heilongjiang-russia-trade:exports', 'unit', 'zh', '1亿美元（原文印作“百万美元”）'),
 ('series_measure', 'heilongjiang-russia-trade:exports', 'chart_group', 'ru', 'Объём торговли'),
 ('series_measure', 'heilongjiang-russia-trade:exports', 'chart_group', 'zh', '贸易额'),
 ('series_measure', 'heilongjiang-russia-trade:exports_growth', 'label', 'ru', 'Экспорт, прирост к предыдущему году'),
 ('series_measure', 'heilongjiang-russia-trade:exports_growth', 'label', 'zh', '出口同比增长'),
 ('series_measure', 'heilongjiang-russia-trade:exports_growth', 'unit', 'ru', '%'),
 ('series_measure', 'heilongjiang-russia-trade:exports_growth', 'unit', 'zh', '%'),
 ('series_measure', 'heilongjiang-russia-trade:exports_growth', 'chart_group', 'ru', 'Прирост к предыдущему году'),
 ('series_measure', 'heilongjiang-russia-trade:exports_growth', 'chart_group', 'zh', '同比增长'),
 ('series_measure', 'heilongjiang-russia-trade:imports', 'label', 'ru', 'Объём импорта'),
 ('series_measure', 'heilongjiang-russia-trade:imports', 'label', 'zh', '进口额'),
 ('series_measure', 'heilongjiang-russia-trade:imports', 'unit', 'ru', '100 млн долларов США (в оригинале: млн долларов США)'),
 ('series_measure', 'heilongjiang-russia-trade:imports', 'unit', 'zh', '1亿美元（原文印作“百万美元”）'),
 ('series_measure', 'heilongjiang-russia-trade:imports', 'chart_group', 'ru', 'Объём торговли'),
 ('series_measure', 'heilongjiang-russia-trade:imports', 'chart_group', 'zh', '贸易额'),
 ('series_measure', 'heilongjiang-russia-trade:imports_growth', 'label', 'ru', 'Импорт, прирост к предыдущему году'),
 ('series_measure', 'heilongjiang-russia-trade:imports_growth', 'label', 'zh', '进口同比增长'),
 ('series_measure', 'heilongjiang-russia-trade:imports_growth', 'unit', 'ru', '%'),
 ('series_measure', 'heilongjiang-russia-trade:imports_growth', 'unit', 'zh', '%'),
 ('series_measure', 'heilongjiang-russia-trade:imports_growth', 'chart_group', 'ru', 'Прирост к предыдущему году'),
 ('series_measure', 'heilongjiang-russia-trade:imports_growth', 'chart_group', 'zh', '同比增长'),
 ('series_measure', 'heilongjiang-russia-trade:share_province', 'label', 'ru', 'Доля во внешнеторговом обороте провинции'),
 ('series_measure', 'heilongjiang-russia-trade:share_province', 'label', 'zh', '占全省进出口比重'),
 ('series_measure', 'heilongjiang-russia-trade:share_province', 'unit', 'ru', '%'),
 ('series_measure', 'heilongjiang-russia-trade:share_province', 'unit', 'zh', '%'),
 ('series_measure', 'heilongjiang-russia-trade:share_province', 'chart_group', 'ru', 'Доля этой торговли'),
 ('series_measure', 'heilongjiang-russia-trade:share_province', 'chart_group', 'zh', '对俄贸易所占比重'),
 ('series_measure', 'heilongjiang-russia-trade:share_china', 'label', 'ru', 'Доля в товарообороте Китая с Россией'),
 ('series_measure', 'heilongjiang-russia-trade:share_china', 'label', 'zh', '占中国对俄罗斯进出口比重'),
 ('series_measure', 'heilongjiang-russia-trade:share_china', 'unit', 'ru', '%'),
 ('series_measure', 'heilongjiang-russia-trade:share_china', 'unit', 'zh', '%'),
 ('series_measure', 'heilongjiang-russia-trade:share_china', 'chart_group', 'ru', 'Доля этой торговли'),
 ('series_measure', 'heilongjiang-russia-trade:share_china', 'chart_group', 'zh', '对俄贸易所占比重'),
 ('series_measure', 'power-of-siberia-gas:delivered_cumulative', 'label', 'ru', 'Газ, поставленный с ввода в эксплуатацию (нарастающим итогом)'),
 ('series_measure', 'power-of-siberia-gas:delivered_cumulative', 'label', 'zh', '投运以来累计输气量');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('series_measure', 'power-of-siberia-gas:delivered_cumulative', 'unit', 'ru', 'млрд куб. м'),
 ('series_measure', 'power-of-siberia-gas:delivered_cumulative', 'unit', 'zh', '十亿立方米'),
 ('series_measure', 'power-of-siberia-gas:delivered_cumulative', 'chart_group', 'ru', 'Объёмы газа'),
 ('series_measure', 'power-of-siberia-gas:delivered_cumulative', 'chart_group', 'zh', '天然气量'),
 ('series_measure', 'power-of-siberia-gas:contract_level', 'label', 'ru', 'Достигнутый максимальный контрактный уровень поставок'),
 ('series_measure', 'power-of-siberia-gas:contract_level', 'label', 'zh', '已达到的最高合同供气水平'),
 ('series_measure', 'power-of-siberia-gas:contract_level', 'unit', 'ru', 'млрд куб. м'),
 ('series_measure', 'power-of-siberia-gas:contract_level', 'unit', 'zh', '十亿立方米'),
 ('series_measure', 'power-of-siberia-gas:contract_level', 'chart_group', 'ru', 'Объёмы газа'),
 ('series_measure', 'power-of-siberia-gas:contract_level', 'chart_group', 'zh', '天然气量'),
 ('series_measure', 'border-bridge-cargo:tongjiang_cumulative', 'label', 'ru', 'Железнодорожный мост Нижнеленинское — Тунцзян, двусторонние грузоперевозки нарастающим итогом'),
 ('series_measure', 'border-bridge-cargo:tongjiang_cumulative', 'label', 'zh', '同江中俄铁路大桥（同江—下列宁斯阔耶），双向累计货运量'),
 ('series_measure', 'border-bridge-cargo:tongjiang_cumulative', 'unit', 'ru', 'млн т'),
 ('series_measure', 'border-bridge-cargo:tongjiang_cumulative', 'unit', 'zh', '百万吨'),
 ('series_measure', 'border-bridge-cargo:tongjiang_cumulative', 'chart_group', 'ru', 'Грузы через мосты'),
 ('series_measure', 'border-bridge-cargo:tongjiang_cumulative', 'chart_group', 'zh', '大桥货运量'),
 ('series_measure', 'border-bridge-cargo:tongjiang_cumulative', 'common_unit', 'ru', 'тыс. т'),
 ('series_measure', 'border-bridge-cargo:tongjiang_cumulative', 'common_unit', 'zh', '千吨'),
 ('series_measure', 'border-bridge-cargo:heihe_annual', 'label', 'ru', 'Автомобильный мост Благовещенск — Хэйхэ, грузы за один год'),
 ('series_measure', 'border-bridge-cargo:heihe_annual', 'label', 'zh', '黑河—布拉戈维申斯克界河公路大桥，一年货运量'),
 ('series_measure', 'border-bridge-cargo:heihe_annual', 'unit', 'ru', 'тыс. т'),
 ('series_measure', 'border-bridge-cargo:heihe_annual', 'unit', 'zh', '千吨'),
 ('series_measure', 'border-bridge-cargo:heihe_annual', 'chart_group', 'ru', 'Грузы через мосты'),
 ('series_measure', 'border-bridge-cargo:heihe_annual', 'chart_group', 'zh', '大桥货运量'),
 ('series_measure', 'border-bridge-cargo:heihe_annual', 'common_unit', 'ru', 'тыс. т'),
 ('series_measure', 'border-bridge-cargo:heihe_annual', 'common_unit', 'zh', '千吨');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('series_observation', 'heilongjiang-russia-trade:imports_growth:2011', 'note', 'ru', 'Примечание редакции: указанный в таблице темп прироста не согласуется с указанными в ней значениями: рост с 31,9 (2010) до 146,4 (2011) означает +358,9 %, а не +360,0 %. Значение оставлено как напечатано. Возможно, в таблице использованы уточнённые или неокруглённые данные базового года.'),
 ('series_observation', 'heilongjiang-russia-trade:imports_growth:2011', 'note', 'zh', '编者注：所列增长率与所列数值不符：从31.9（2010年）到146.4（2011年）应为+358.9%，而非+360.0%。照原文保留。该表可能采用了修订后或未经四舍五入的基期数据。'),
 ('series_observation', 'heilongjiang-russia-trade:total_growth:2013', 'note', 'ru', 'Примечание редакции: указанный в таблице темп прироста не согласуется с указанными в ней значениями: рост с 213,1 (2012) до 223,6 (2013) означает +4,9 %, а не +5,8 %. Значение оставлено как напечатано. Возможно, в таблице использованы уточнённые или неокруглённые данные базового года.'),
 ('series_observation', 'heilongjiang-russia-trade:total_growth:2013', 'note', 'zh', '编者注：所列增长率与所列数值不符：从213.1（2012年）到223.6（2013年）应为+4.9%，而非+5.8%。照原文保留。该表可能采用了修订后或未经四舍五入的基期数据。'),
 ('series_observation', 'heilongjiang-russia-trade:imports_growth:2013', 'note', 'ru', 'Примечание редакции: указанный в таблице темп прироста не согласуется с указанными в ней значениями: снижение с 161,5 (2012) до 154,5 (2013) означает −4,3 %, а не −3,3 %. Значение оставлено как напечатано. Возможно, в таблице использованы уточнённые или неокруглённые данные базового года.'),
 ('series_observation', 'heilongjiang-russia-trade:imports_growth:2013', 'note', 'zh', '编者注：所列增长率与所列数值不符：从161.5（2012年）到154.5（2013年）应为-4.3%，而非-3.3%。照原文保留。该表可能采用了修订后或未经四舍五入的基期数据。'),
 ('series_observation', 'heilongjiang-russia-trade:exports_growth:2016', 'note', 'ru', 'Примечание редакции: указанный в таблице темп прироста не согласуется с указанными в ней значениями: снижение с 20,8 (2015) до 17,0 (2016) означает −18,3 %, а не −27,7 %. Значение оставлено как напечатано. Возможно, в таблице использованы уточнённые или неокруглённые данные базового года.'),
 ('series_observation', 'heilongjiang-russia-trade:exports_growth:2016', 'note', 'zh', '编者注：所列增长率与所列数值不符：从20.8（2015年）到17.0（2016年）应为-18.3%，而非-27.7%。照原文保留。该表可能采用了修订后或未经四舍五入的基期数据。'),
 ('series_observation', 'heilongjiang-russia-trade:imports_growth:2016', 'note', 'ru', 'Примечание редакции: указанный в таблице темп прироста не согласуется с указанными в ней значениями: снижение с 87,7 (2015) до 74,9 (2016) означает −14,6 %, а не −11,9 %. Значение оставлено как напечатано. Возможно, в таблице использованы уточнённые или неокруглённые данные базового года.'),
 ('series_observation', 'heilongjiang-russia-trade:imports_growth:2016', 'note', 'zh', '编者注：所列增长率与所列数值不符：从87.7（2015年）到74.9（2016年）应为-14.6%，而非-11.9%。照原文保留。该表可能采用了修订后或未经四舍五入的基期数据。'),
 ('series_observation', 'heilongjiang-russia-trade:total_growth:2017', 'note', 'ru', 'Примечание редакции: указанный в таблице темп прироста не согласуется с указанными в ней значениями: рост с 91,9 (2016) до 110,9 (2017) означает +20,7 %, а не +22,5 %. Значение оставлено как напечатано. Возможно, в таблице использованы уточнённые или неокруглённые данные базового года.'),
 ('series_observation', 'heilongjiang-russia-trade:total_growth:2017', 'note', 'zh', '编者注：所列增长率与所列数值不符：从91.9（2016年）到110.9（2017年）应为+20.7%，而非+22.5%。照原文保留。该表可能采用了修订后或未经四舍五入的基期数据。'),
 ('series_observation', 'heilongjiang-russia-trade:exports_growth:2017', 'note', 'ru', 'Примечание редакции: указанный в таблице темп прироста не согласуется с указанными в ней значениями: снижение с 17,0 (2016) до 16,3 (2017) означает −4,1 %, а не −2,6 %. Значение оставлено как напечатано. Возможно, в таблице использованы уточнённые или неокруглённые данные базового года.'),
 ('series_observation', 'heilongjiang-russia-trade:exports_growth:2017', 'note', 'zh', '编者注：所列增长率与所列数值不符：从17.0（2016年）到16.3（2017年）应为-4.1%，而非-2.6%。照原文保留。该表可能采用了修订后或未经四舍五入的基期数据。'),
 ('series_observation', 'heilongjiang-russia-trade:imports_growth:2017', 'note', 'ru', 'Примечание редакции: указанный в таблице темп прироста не согласуется с указанными в ней значениями: рост с 74,9 (2016) до 94,6 (2017) означает +26,3 %, а не +28,2 %. Значение оставлено как напечатано. Возможно, в таблице использованы уточнённые или неокруглённые данные базового года.'),
 ('series_observation', 'heilongjiang-russia-trade:imports_growth:2017', 'note', 'zh', '编者注：所列增长率与所列数值不符：从74.9（2016年）到94.6（2017年）应为+26.3%，而非+28.2%。照原文保留。该表可能采用了修订后或未经四舍五入的基期数据。'),
 ('series_observation', 'heilongjiang-russia-trade:total_growth:2018', 'note', 'ru', 'Примечание редакции: указанный в таблице темп прироста не согласуется с указанными в ней значениями: рост с 110,9 (2017) до 181,9 (2018) означает +64,0 %, а не +64,7 %. Значение оставлено как напечатано. Возможно, в таблице использованы уточнённые или неокруглённые данные базового года.'),
 ('series_observation', 'heilongjiang-russia-trade:total_growth:2018', 'note', 'zh', '编者注：所列增长率与所列数值不符：从110.9（2017年）到181.9（2018年）应为+64.0%，而非+64.7%。照原文保留。该表可能采用了修订后或未经四舍五入的基期数据。'),
 ('series_observation', 'heilongjiang-russia-trade:exports_growth:2018', 'note', 'ru', 'Примечание редакции: указанный в таблице темп прироста не согласуется с указанными в ней значениями: снижение с 16,3 (2017) до 11,2 (2018) означает −31,3 %, а не −29,5 %. Значение оставлено как напечатано. Возможно, в таблице использованы уточнённые или неокруглённые данные базового года.'),
 ('series_observation', 'heilongjiang-russia-trade:exports_growth:2018', 'note', 'zh', '编者注：所列增长率与所列数值不符：从16.3（2017年）到11.2（2018年）应为-31.3%，而非-29.5%。照原文保留。该表可能采用了修订后或未经四舍五入的基期数据。'),
 ('series_observation', 'heilongjiang-russia-trade:total:2014', 'note', 'ru', 'Примечание редакции: экспорт (89,3) и импорт (143,5) в сумме дают 232,8, а не опубликованный общий объём 232,6. Значение оставлено без изменений.'),
 ('series_observation', 'heilongjiang-russia-trade:total:2014', 'note', 'zh', '编者注：出口（89.3）与进口（143.5）之和为232.8，而非所列总额232.6。照原文保留。'),
 ('series_observation', 'power-of-siberia-gas:delivered_cumulative:2024', 'period_label', 'ru', 'с 2019 г. по декабрь 2024 г.'),
 ('series_observation', 'power-of-siberia-gas:delivered_cumulative:2024', 'period_label', 'zh', '2019年至2024年12月'),
 ('series_observation', 'power-of-siberia-gas:contract_level:2024', 'period_label', 'ru', 'с 1 декабря 2024 г.'),
 ('series_observation', 'power-of-siberia-gas:contract_level:2024', 'period_label', 'zh', '自2024年12月1日起'),
 ('series_observation', 'power-of-siberia-gas:contract_level:2024', 'note', 'ru', 'В источнике: «daily gas supplies ... at 38 billion cubic meters» («суточные поставки газа… на уровне 38 млрд кубометров»). Примечание редакции: атлас понимает это как годовой контрактный объём, см. примечание к единице измерения.'),
 ('series_observation', 'power-of-siberia-gas:contract_level:2024', 'note', 'zh', '原文作“daily gas supplies ... at 38 billion cubic meters”（日供气量……达380亿立方米）。编者注：本图集将其理解为年度合同供气量，见单位说明。'),
 ('series_observation', 'border-bridge-cargo:tongjiang_cumulative:2024', 'period_label', 'ru', 'с 2022 г. по июнь 2024 г.'),
 ('series_observation', 'border-bridge-cargo:tongjiang_cumulative:2024', 'period_label', 'zh', '2022年至2024年6月'),
 ('series_observation', 'border-bridge-cargo:heihe_annual:2024', 'period_label', 'ru', 'один год (год не указан, данные опубликованы в 2025 г.)'),
 ('series_observation', 'border-bridge-cargo:heihe_annual:2024', 'period_label', 'zh', '某一年（年份未注明，2025年报道）'),
 ('series_observation', 'border-bridge-cargo:heihe_annual:2024', 'note', 'ru', 'В источнике год для этого показателя не указан.'),
 ('series_observation', 'border-bridge-cargo:heihe_annual:2024', 'note', 'zh', '原文未注明该数据所属年份。');


INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('place', 'china', 'region', 'ru', 'Китай'),
 ('place', 'china', 'region', 'zh', '中国'),
 ('place', 'china', 'summary', 'ru', 'Одна из двух сторон сотрудничества. Источники рассматривают Китай главным образом через его северо-восточные провинции, прежде всего через Хэйлунцзян.'),
 ('place', 'china', 'summary', 'zh', '合作双方之一。各来源主要通过中国东北各省、尤其是黑龙江省来观察中国。'),
 ('place', 'russia', 'region', 'ru', 'Россия'),
 ('place', 'russia', 'region', 'zh', '俄罗斯'),
 ('place', 'russia', 'summary', 'ru', 'Другая сторона сотрудничества. Источники показывают Россию главным образом через её Дальний Восток и Сибирь.'),
 ('place', 'russia', 'summary', 'zh', '合作的另一方。各来源主要通过其远东地区和西伯利亚来呈现俄罗斯。'),
 ('place', 'mongolia', 'region', 'ru', 'Монголия'),
 ('place', 'mongolia', 'region', 'zh', '蒙古国'),
 ('place', 'mongolia', 'summary', 'ru', 'Третья страна экономического коридора Китай — Монголия — Россия и, по словам Zhang, одна из соседних стран, с которыми тесно связан Северо-Восточный Китай.'),
 ('place', 'mongolia', 'summary', 'zh', '中蒙俄经济走廊中除中国和俄罗斯之外的第三国。据Zhang所述，蒙古国也是与中国东北联系紧密的邻国之一。'),
 ('place', 'north-korea', 'region', 'ru', 'КНДР'),
 ('place', 'north-korea', 'region', 'zh', '朝鲜'),
 ('place', 'north-korea', 'summary', 'ru', 'Сосед Северо-Восточного Китая и Дальнего Востока России. Новостная заметка «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи», 2023) описывает Дальний Восток как торговый узел, связывающий Китай и КНДР, а Song называет КНДР среди стран, до которых можно добраться из Владивостока.'),
 ('place', 'north-korea', 'summary', 'zh', '与中国东北和俄罗斯远东相邻。新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》，2023年）称远东是连接中国与朝鲜的贸易枢纽，Song则将朝鲜列为从符拉迪沃斯托克可以通达的国家之一。'),
 ('place', 'south-korea', 'region', 'ru', 'Южная Корея'),
 ('place', 'south-korea', 'region', 'zh', '韩国'),
 ('place', 'south-korea', 'summary', 'ru', 'По плану Лунцзянского пояса сюда ведёт морской путь из Владивостока, на маршруте которого лежит Пусан.'),
 ('place', 'south-korea', 'summary', 'zh', '在龙江丝路带规划中，由符拉迪沃斯托克经海路可达，其海上航线途经釜山。'),
 ('place', 'japan', 'region', 'ru', 'Япония'),
 ('place', 'japan', 'region', 'zh', '日本'),
 ('place', 'japan', 'summary', 'ru', 'Запрет Китая на ввоз японских морепродуктов из-за сброса воды с АЭС «Фукусима» открыл китайский рынок для морепродуктов с Дальнего Востока России (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023). Морской маршрут в плане Song проходит через Ниигату.'),
 ('place', 'japan', 'summary', 'zh', '中国因福岛核电站排海问题禁止进口日本水产品，为俄罗斯远东水产品打开了中国市场（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年）。Song所述的海上航线停靠新潟。'),
 ('place', 'poland', 'region', 'ru', 'Польша'),
 ('place', 'poland', 'region', 'zh', '波兰'),
 ('place', 'poland', 'summary', 'ru', 'Страна назначения поездов Китай — Европа до Варшавы, о которых сообщает Song.'),
 ('place', 'poland', 'summary', 'zh', 'Song所述从中国开往华沙的中欧班列的目的地国家。'),
 ('place', 'heilongjiang', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'heilongjiang', 'region', 'zh', '黑龙江省'),
 ('place', 'heilongjiang', 'summary', 'ru', 'Самая северная провинция Китая, находящаяся в центре внимания атласа. Входит в число девяти пограничных провинций Китая, протяжённость её границы с Россией — 2 981 км, в ней 25 национальных пунктов пропуска первой категории (Song 2019). Газопровод из России входит на её территорию у Хэйхэ, а мосты у Тунцзяна и Хэйхэ связывают провинцию с Россией через Амур.'),
 ('place', 'heilongjiang', 'summary', 'zh', '中国最北端的省份，也是本地图集关注的重点。黑龙江省是中国九个边境省份之一，与俄罗斯的边境线长2981公里，拥有25个国家一类口岸（Song 2019）。来自俄罗斯的天然气管道在黑河进入该省，同江和黑河的两座大桥跨越黑龙江（阿穆尔河），把该省与俄罗斯连接起来。'),
 ('place', 'heilongjiang', 'note', 'ru', 'Примечание редакции: Song (2019) однажды пишет «Longjiang Province» (раздел «Longjiang Silk Road Belt», абз. 3), а новостная заметка «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи», 2023, абз. 7) помещает Хэйлунцзян в Россию («Russia''s Heilongjiang»). В обоих случаях это описка: имеется в виду китайская провинция.'),
 ('place', 'heilongjiang', 'note', 'zh', '编者注：Song（2019）有一处写作“Longjiang Province”（“Longjiang Silk Road Belt”一节第3段），新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》，2023年，第7段）则把黑龙江省置于俄罗斯境内（“Russia''s Heilongjiang”）。两处均为笔误，所指均为中国的黑龙江省。'),
 ('place', 'jilin', 'region', 'ru', 'Цзилинь'),
 ('place', 'jilin', 'region', 'zh', '吉林省'),
 ('place', 'jilin', 'summary', 'ru', 'Северо-восточная провинция, которую AsiaNews наряду с Хэйлунцзяном и Ляонином относит к депрессивным промышленным районам Китая, ориентирующимся на Дальний Восток России.'),
 ('place', 'jilin', 'summary', 'zh', '东北省份之一。AsiaNews将其与黑龙江省、辽宁省一并列为中国着眼于俄罗斯远东的萧条老工业区。'),
 ('place', 'liaoning', 'region', 'ru', 'Ляонин'),
 ('place', 'liaoning', 'region', 'zh', '辽宁省'),
 ('place', 'liaoning', 'summary', 'ru', 'Северо-восточная провинция, которую AsiaNews наряду с Хэйлунцзяном и Цзилинем относит к депрессивным промышленным районам Китая. Здесь находятся Далянь и построенный при советской помощи металлургический комбинат в Аньшане.'),
 ('place', 'liaoning', 'summary', 'zh', '东北省份之一。AsiaNews将其与黑龙江省、吉林省一并列为中国的萧条老工业区。大连以及苏联援建的鞍山钢铁企业均位于该省。'),
 ('place', 'northeast-china', 'region', 'ru', 'Хэйлунцзян, Цзилинь и Ляонин'),
 ('place', 'northeast-china', 'region', 'zh', '黑龙江省、吉林省和辽宁省'),
 ('place', 'northeast-china', 'summary', 'ru', 'Три северо-восточные провинции: бывшая промышленная база, созданная при помощи СССР, которая теперь ищет источники роста на Дальнем Востоке России, а в 2023 году была названа житницей Китая.'),
 ('place', 'northeast-china', 'summary', 'zh', '东北三省：昔日在苏联援助下建成的工业基地，如今向俄罗斯远东寻求增长动力，2023年被称为中国的“大粮仓”。'),
 ('place', 'russian-far-east', 'region', 'ru', 'Дальневосточный федеральный округ'),
 ('place', 'russian-far-east', 'region', 'zh', '远东联邦区'),
 ('place', 'russian-far-east', 'summary', 'ru', 'Тихоокеанский регион России на противоположном от Хэйлунцзяна берегу Амура: богат нефтью, газом и лесом, малонаселён и находится в центре российского «поворота на Восток».'),
 ('place', 'russian-far-east', 'summary', 'zh', '俄罗斯的太平洋地区，与黑龙江省隔黑龙江（阿穆尔河）相望：石油、天然气和木材资源丰富，人口稀少，是俄罗斯“转向东方”政策的重点。'),
 ('place', 'russian-far-east', 'note', 'ru', 'Примечание редакции: источники не уточняют, в каких границах они понимают Дальний Восток. На карте заштрихован Дальневосточный федеральный округ в нынешних границах, включающих Бурятию и Забайкальский край.'),
 ('place', 'russian-far-east', 'note', 'zh', '编者注：各来源未说明所指远东的范围。地图按远东联邦区的现行范围绘制，其中包括布里亚特共和国和外贝加尔边疆区。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('place', 'siberia', 'region', 'ru', 'Сибирь'),
 ('place', 'siberia', 'region', 'zh', '西伯利亚'),
 ('place', 'siberia', 'summary', 'ru', 'Партийный руководитель Хэйлунцзяна стремится к интеграции с соседней Сибирью (AsiaNews), до пандемии сюда ездили китайские туристы (очерк из Хэйхэ), а Zhang предлагает использовать её дешёвую энергию для облачных вычислений.'),
 ('place', 'siberia', 'summary', 'zh', '黑龙江省委书记希望与毗邻的西伯利亚实现一体化（AsiaNews），疫情前中国游客曾前往当地（黑河边境特写），Zhang则主张利用当地的廉价能源发展云计算。'),
 ('place', 'siberia', 'note', 'ru', 'Примечание редакции: AsiaNews в широком смысле называет «Сибирью» российские регионы по ту сторону границы с Хэйлунцзяном, которые в российском словоупотреблении относятся к Дальнему Востоку. На карте Сибирь заштрихована как Сибирский федеральный округ, из которого в рамку карты попадает только Иркутская область.'),
 ('place', 'siberia', 'note', 'zh', '编者注：AsiaNews所说的“西伯利亚”是宽泛用法，指与黑龙江省隔界相邻的俄罗斯地区，而按俄罗斯的通常划分，这些地区属于远东。地图按西伯利亚联邦区绘制西伯利亚，其中只有伊尔库茨克州在图幅范围内。'),
 ('place', 'amur-oblast', 'region', 'ru', 'Амурская область'),
 ('place', 'amur-oblast', 'region', 'zh', '阿穆尔州'),
 ('place', 'amur-oblast', 'summary', 'ru', 'Российский регион на противоположном от Хэйхэ берегу Амура с административным центром в Благовещенске. Вероятно, к нему относится упомянутый у Song комплекс «Амур — Хэйхэ» по хранению нефти, нефтепереработке и нефтехимии.'),
 ('place', 'amur-oblast', 'summary', 'zh', '俄罗斯地区，与黑河隔黑龙江（阿穆尔河）相望，首府为布拉戈维申斯克。Song所说的“阿穆尔—黑河”石油储运及炼化综合体可能即指该州。'),
 ('place', 'amur-oblast', 'note', 'ru', 'Примечание редакции: Song пишет лишь «the Amur-Heihe border oil storage and transportation and refining and chemical complex» (приграничный комплекс «Амур — Хэйхэ» по хранению и транспортировке нефти, нефтепереработке и нефтехимии). «Амур» может означать как Амурскую область, так и реку. Атлас в порядке редакционного прочтения связывает комплекс с Амурской областью, расположенной напротив Хэйхэ.'),
 ('place', 'amur-oblast', 'note', 'zh', '编者注：Song仅写作“the Amur-Heihe border oil storage and transportation and refining and chemical complex”（阿穆尔—黑河边境石油储运及炼化综合体）。其中“阿穆尔”既可指阿穆尔州，也可指该河（黑龙江）。本地图集将该综合体与黑河对岸的阿穆尔州相关联，此为编者的解读。'),
 ('place', 'pearl-river-delta', 'region', 'ru', 'Гуандун'),
 ('place', 'pearl-river-delta', 'region', 'zh', '广东省'),
 ('place', 'pearl-river-delta', 'summary', 'ru', 'Пункт назначения на юге Китая для грузов, которые Хэйлунцзян прежде отправлял через Далянь, а теперь, по данным Song, везёт по железной дороге во Владивосток и далее морем.'),
 ('place', 'pearl-river-delta', 'summary', 'zh', '中国南方的货物目的地：黑龙江省的货物过去经大连南运，据Song所述，现在则经铁路运往符拉迪沃斯托克，再转海路运输。'),
 ('place', 'yangtze-river-delta', 'region', 'ru', 'Шанхай, Цзянсу и Чжэцзян'),
 ('place', 'yangtze-river-delta', 'region', 'zh', '上海市、江苏省和浙江省'),
 ('place', 'yangtze-river-delta', 'summary', 'ru', 'В южном направлении Лунцзянского пояса сюда из Хэйлунцзяна ведёт путь через порт Далянь.'),
 ('place', 'yangtze-river-delta', 'summary', 'zh', '在龙江丝路带的南向通道中，从黑龙江省经大连港可达。'),
 ('place', 'bohai-sea', 'region', 'ru', 'Ляонин, Хэбэй, Тяньцзинь и Шаньдун'),
 ('place', 'bohai-sea', 'region', 'zh', '辽宁省、河北省、天津市和山东省'),
 ('place', 'bohai-sea', 'summary', 'ru', 'В южном направлении Лунцзянского пояса сюда из Хэйлунцзяна выходят через Далянь.'),
 ('place', 'bohai-sea', 'summary', 'zh', '在龙江丝路带的南向通道中，从黑龙江省经大连可达。'),
 ('place', 'bohai-sea', 'note', 'ru', 'Примечание редакции: это море, оно учтено как регион, поскольку в классификации мест нет категории для морей.'),
 ('place', 'bohai-sea', 'note', 'zh', '编者注：渤海是海域，因地点类型中没有海域类别，故按地区收录。'),
 ('place', 'amur-river', 'region', 'ru', 'Пограничная река между Китаем и Россией'),
 ('place', 'amur-river', 'region', 'zh', '中国与俄罗斯的界河'),
 ('place', 'amur-river', 'summary', 'ru', 'Пограничная река между Хэйлунцзяном и Дальним Востоком России, зимой у Хэйхэ замерзает. Её пересекают мосты у Хэйхэ и Тунцзяна и газопровод у Хэйхэ, а речно-морской маршрут у Song идёт по ней мимо Хабаровска.'),
 ('place', 'amur-river', 'summary', 'zh', '黑龙江省与俄罗斯远东之间的界河，冬季在黑河一带封冻。黑河和同江的大桥以及黑河的天然气管道跨越该河，Song所述的江海联运航线沿江而下，途经哈巴罗夫斯克。'),
 ('place', 'amur-river', 'note', 'ru', 'Примечание редакции: источники используют китайское название реки — Хэйлунцзян: «Heilongjiang River (Amur)» (Zhang), «Heilongjiang river» (очерк из Хэйхэ). Выражение Song «the Heihe River» в строке о трубопроводе понимается как Амур у Хэйхэ. Точка на карте обозначает реку между Хэйхэ и Благовещенском. В поле страны указан только Китай (CN), поскольку поле допускает лишь одно значение, тогда как река образует границу.'),
 ('place', 'amur-river', 'note', 'zh', '编者注：各来源使用该河的中文名称“黑龙江”：Zhang写作“Heilongjiang River (Amur)”，黑河边境特写写作“Heilongjiang river”。Song在管道一栏中所写的“the Heihe River”被理解为黑河附近的黑龙江。地图上的点标示黑河与布拉戈维申斯克之间的江段。国家一栏仅记为中国（CN），只是因为该栏只能填一个值，实际上该河构成两国边界。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('place', 'harbin', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'harbin', 'region', 'zh', '黑龙江省'),
 ('place', 'harbin', 'summary', 'ru', 'Административный центр провинции Хэйлунцзян и главный узел Лунцзянского экономического пояса Шёлкового пути. Здешняя международная торговая ярмарка преобразована в Российско-Китайское ЭКСПО, в Харбине есть комплексная бондовая зона, зона свободной торговли и новые авиамаршруты в Россию, а Восточный пояс Шёлкового пути был нацелен на создание железнодорожного маршрута Харбин — Россия — Европа. В 2024 году город посетил Путин.'),
 ('place', 'harbin', 'summary', 'zh', '黑龙江省省会，龙江丝路带的核心枢纽。哈尔滨的国际经贸洽谈会已升格为中国—俄罗斯博览会，市内设有综合保税区和自由贸易区，并开通了飞往俄罗斯的新航线，东部丝路带则以建设哈尔滨—俄罗斯—欧洲铁路为目标。普京于2024年到访哈尔滨。'),
 ('place', 'heihe', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'heihe', 'region', 'zh', '黑龙江省'),
 ('place', 'heihe', 'summary', 'ru', 'Пограничный город на Амуре напротив Благовещенска: место входа газопровода «Сила Сибири» в Китай, китайская оконечность моста Благовещенск — Хэйхэ и город, который Сюй Цинь хочет сделать воротами торговли с Восточной Сибирью.'),
 ('place', 'heihe', 'summary', 'zh', '黑龙江畔的边境城市，与布拉戈维申斯克隔江相望：中俄东线天然气管道（俄罗斯境内段称“西伯利亚力量”）由此进入中国，黑河—布拉戈维申斯克界河公路大桥的中方桥头位于此地，许勤希望将其打造为对东西伯利亚贸易的门户。'),
 ('place', 'tongjiang', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'tongjiang', 'region', 'zh', '黑龙江省'),
 ('place', 'tongjiang', 'summary', 'ru', 'Речной порт на Амуре и китайская оконечность моста Нижнеленинское — Тунцзян, у которого в 2023 году строился перевалочный нефтяной комплекс.'),
 ('place', 'tongjiang', 'summary', 'zh', '黑龙江沿岸的内河港口，同江中俄铁路大桥（同江—下列宁斯阔耶）的中方桥头所在地，2023年大桥附近正在建设一座石油换装综合设施。'),
 ('place', 'suifenhe', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'suifenhe', 'region', 'zh', '黑龙江省'),
 ('place', 'suifenhe', 'summary', 'ru', 'Пограничный город на главном сухопутном пути из Харбина на восток, во Владивосток, узел железнодорожных линий и арктического оптического кабеля в схеме коридоров у Song.'),
 ('place', 'suifenhe', 'summary', 'zh', '从哈尔滨向东通往符拉迪沃斯托克的主要陆路通道上的边境城市，也是Song通道布局中铁路线和北极光缆的节点。'),
 ('place', 'suifenhe', 'note', 'ru', 'Примечание редакции: четвёртый пояс в таблице 3, «Harbin-Suifenhe-Beian-Heihe», идёт от Харбина на север, и Суйфэньхэ (расположенный далеко на юго-востоке) в него не вписывается. Вероятно, «Suifenhe» здесь — описка вместо Суйхуа, который лежит на линии Харбин — Бэйань — Хэйхэ. Напечатанное название сохранено.'),
 ('place', 'suifenhe', 'note', 'zh', '编者注：表3中的第四条产业带“Harbin-Suifenhe-Beian-Heihe”（哈尔滨—绥芬河—北安—黑河）由哈尔滨向北延伸，而绥芬河远在东南，与此不符。此处的“Suifenhe”可能是绥化之误，绥化位于哈尔滨—北安—黑河一线。本地图集保留原文所印名称。'),
 ('place', 'manzhouli', 'region', 'ru', 'Внутренняя Монголия'),
 ('place', 'manzhouli', 'region', 'zh', '内蒙古自治区'),
 ('place', 'manzhouli', 'summary', 'ru', 'Пункт пропуска на границе с Россией на западной оконечности Лунцзянского пояса, связывающий его с Читой и Евразийским сухопутным мостом.'),
 ('place', 'manzhouli', 'summary', 'zh', '龙江丝路带西端通往俄罗斯的边境口岸，将该带与赤塔及欧亚大陆桥相连。'),
 ('place', 'manzhouli', 'note', 'ru', 'Примечание редакции: Song пишет «Manchuria» — так же город называется и по-русски (Маньчжурия). Здесь имеется в виду пограничный город Маньчжурия (Маньчжоули), а не историческая область.'),
 ('place', 'manzhouli', 'note', 'zh', '编者注：Song写作“Manchuria”，这也是该市的俄文名称（Маньчжурия）。此处指边境城市满洲里，而非历史地区“满洲”。'),
 ('place', 'mohe', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'mohe', 'region', 'zh', '黑龙江省'),
 ('place', 'mohe', 'summary', 'ru', 'Самый северный город уездного уровня в Китае: здесь российско-китайский нефтепровод входит в Китай на пути в Дацин. Здесь же находится северная оконечность приграничной автодороги и железнодорожной линии вдоль пограничных портов.'),
 ('place', 'mohe', 'summary', 'zh', '中国最北端的县级市，中俄原油管道在此进入中国并通往大庆，也是沿边公路和沿边口岸铁路的北端。'),
 ('place', 'daqing', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'daqing', 'region', 'zh', '黑龙江省'),
 ('place', 'daqing', 'summary', 'ru', 'Нефтяной город на западе Хэйлунцзяна, конечный пункт нефтепровода Мохэ — Дацин и один из пунктов промышленного пояса Харбин — Дацин — Цицикар — Маньчжурия (Маньчжоули).'),
 ('place', 'daqing', 'summary', 'zh', '黑龙江省西部的石油城市，漠河—大庆原油管道的终点，也是哈尔滨—大庆—齐齐哈尔—满洲里产业带上的一站。'),
 ('place', 'daqing-oil-field', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'daqing-oil-field', 'region', 'zh', '黑龙江省'),
 ('place', 'daqing-oil-field', 'summary', 'ru', 'Крупное нефтяное месторождение на северо-востоке Китая. Zhang предлагает его в качестве китайского партнёра совместного нефтеперерабатывающего предприятия с Сахалинской нефтегазовой компанией.'),
 ('place', 'daqing-oil-field', 'summary', 'zh', '中国东北的大型油田，Zhang提议由其作为中方伙伴，与萨哈林岛的萨哈林油气公司合资开展炼油。'),
 ('place', 'dalian', 'region', 'ru', 'Ляонин'),
 ('place', 'dalian', 'region', 'zh', '辽宁省'),
 ('place', 'dalian', 'summary', 'ru', 'Морской порт, через который Хэйлунцзян прежде отправлял грузы на юг, и начальный пункт железнодорожной линии Далянь — Тунцзян в схеме коридоров у Song.'),
 ('place', 'dalian', 'summary', 'zh', '黑龙江省过去向南方运货所经的海港，也是Song通道布局中大连—同江铁路的起点。'),
 ('place', 'qingdao', 'region', 'ru', 'Шаньдун'),
 ('place', 'qingdao', 'region', 'zh', '山东省'),
 ('place', 'qingdao', 'summary', 'ru', 'Китайский морской порт, который Zhang использует как эталон: эффективность погрузочно-разгрузочных работ в Находке составляет 60% от показателя Циндао.'),
 ('place', 'qingdao', 'summary', 'zh', 'Zhang用作对比基准的中国海港：纳霍德卡港的装卸效率为青岛港的60%。'),
 ('place', 'dongning', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'dongning', 'region', 'zh', '黑龙江省'),
 ('place', 'dongning', 'summary', 'ru', 'Пограничный порт (пункт пропуска) на юго-востоке Хэйлунцзяна: лежит на железнодорожной линии вдоль пограничных портов, служит южной оконечностью приграничной автодороги Мохэ — Дуннин и конечным пунктом двух промышленных поясов.'),
 ('place', 'dongning', 'summary', 'zh', '黑龙江省东南部的边境口岸，位于沿边口岸铁路上，是漠河—东宁沿边公路的南端，也是两条产业带的终点。'),
 ('place', 'laoheishan', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'laoheishan', 'region', 'zh', '黑龙江省');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('place', 'laoheishan', 'summary', 'ru', 'Посёлок в уезде Дуннин, южный начальный пункт железнодорожной линии вдоль пограничных портов в схеме коридоров у Song.'),
 ('place', 'laoheishan', 'summary', 'zh', '东宁县境内的镇，Song通道布局中沿边口岸铁路的南端起点。'),
 ('place', 'laoheishan', 'note', 'ru', 'Примечание редакции: координаты приблизительные (посёлок находится примерно в 50 км к юго-западу от Дуннина).'),
 ('place', 'laoheishan', 'note', 'zh', '编者注：坐标为近似值（该镇位于东宁西南约50公里处）。'),
 ('place', 'hulin', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'hulin', 'region', 'zh', '黑龙江省'),
 ('place', 'hulin', 'summary', 'ru', 'Пограничный город на востоке Хэйлунцзяна, порт на железнодорожной линии вдоль пограничных портов и узел кольца приграничных городов.'),
 ('place', 'hulin', 'summary', 'zh', '黑龙江省东部的边境城市，沿边口岸铁路上的口岸，也是沿边城镇环的节点。'),
 ('place', 'mishan', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'mishan', 'region', 'zh', '黑龙江省'),
 ('place', 'mishan', 'summary', 'ru', 'Пограничный город на юго-востоке Хэйлунцзяна, который Song в схеме размещения промышленности называет узлом кольца приграничных городов.'),
 ('place', 'mishan', 'summary', 'zh', '黑龙江省东南部的边境城市，在Song的产业布局中被列为沿边城镇环的节点。'),
 ('place', 'raohe', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'raohe', 'region', 'zh', '黑龙江省'),
 ('place', 'raohe', 'summary', 'ru', 'Пограничный уездный город на востоке Хэйлунцзяна, порт на железнодорожной линии вдоль пограничных портов и узел кольца приграничных городов.'),
 ('place', 'raohe', 'summary', 'zh', '黑龙江省东部的边境县城，沿边口岸铁路上的口岸，也是沿边城镇环的节点。'),
 ('place', 'fuyuan', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'fuyuan', 'region', 'zh', '黑龙江省'),
 ('place', 'fuyuan', 'summary', 'ru', 'Пограничный город на восточной оконечности Хэйлунцзяна рядом с Большим Уссурийским островом: речной порт, региональный аэропорт и узел кольца приграничных городов.'),
 ('place', 'fuyuan', 'summary', 'zh', '位于黑龙江省最东端的边境城市，毗邻黑瞎子岛：内河港口、支线机场所在地，也是沿边城镇环的节点。'),
 ('place', 'mingshan', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'mingshan', 'region', 'zh', '黑龙江省'),
 ('place', 'mingshan', 'summary', 'ru', 'Пограничный порт, указанный между Тунцзяном и Сюнькэ на железнодорожной линии вдоль пограничных портов в схеме коридоров у Song.'),
 ('place', 'mingshan', 'summary', 'zh', 'Song通道布局中沿边口岸铁路上列于同江与逊克之间的边境口岸。'),
 ('place', 'mingshan', 'note', 'ru', 'Примечание редакции: в источнике напечатано «Mingshan». Это соответствует речному порту Миншань в уезде Лобэй напротив Амурзета в Еврейской автономной области. Речь идёт не о Мишане, который в таблице 3 указан отдельно. Идентификация и координаты — редакционные.'),
 ('place', 'mingshan', 'note', 'zh', '编者注：原文印作“Mingshan”。这与萝北县的名山口岸（河港）相符，该口岸与犹太自治州的阿穆尔捷特隔江相对。它并非密山，后者在表3中另行列出。地点的认定和坐标均出自编者。'),
 ('place', 'xunke', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'xunke', 'region', 'zh', '黑龙江省'),
 ('place', 'xunke', 'summary', 'ru', 'Пограничный уезд на Амуре, порт на железнодорожной линии вдоль пограничных портов и узел кольца приграничных городов.'),
 ('place', 'xunke', 'summary', 'zh', '黑龙江沿岸的边境县，沿边口岸铁路上的口岸，也是沿边城镇环的节点。'),
 ('place', 'jiayin', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'jiayin', 'region', 'zh', '黑龙江省'),
 ('place', 'jiayin', 'summary', 'ru', 'Пограничный уезд на Амуре, узел кольца приграничных городов в схеме размещения промышленности у Song.'),
 ('place', 'jiayin', 'summary', 'zh', '黑龙江沿岸的边境县，Song产业布局中沿边城镇环的节点。'),
 ('place', 'luobei', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'luobei', 'region', 'zh', '黑龙江省'),
 ('place', 'luobei', 'summary', 'ru', 'Пограничный уезд на Амуре, узел кольца приграничных городов в схеме размещения промышленности у Song.'),
 ('place', 'luobei', 'summary', 'zh', '黑龙江沿岸的边境县，Song产业布局中沿边城镇环的节点。'),
 ('place', 'sunwu', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'sunwu', 'region', 'zh', '黑龙江省'),
 ('place', 'sunwu', 'summary', 'ru', 'Пограничный уезд к югу от Хэйхэ, узел кольца приграничных городов в схеме размещения промышленности у Song.'),
 ('place', 'sunwu', 'summary', 'zh', '黑河以南的边境县，Song产业布局中沿边城镇环的节点。'),
 ('place', 'jiamusi', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'jiamusi', 'region', 'zh', '黑龙江省'),
 ('place', 'jiamusi', 'summary', 'ru', 'Город на реке Сунгари: в схеме коридоров у Song — узловой речной порт и региональный аэропорт, а также конечный пункт скоростной железной дороги Харбин — Цзямусы.'),
 ('place', 'jiamusi', 'summary', 'zh', '松花江畔的城市：在Song的通道布局中是枢纽内河港口和支线机场，也是哈尔滨—佳木斯快速铁路的终点。'),
 ('place', 'mudanjiang', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'mudanjiang', 'region', 'zh', '黑龙江省'),
 ('place', 'mudanjiang', 'summary', 'ru', 'Город на юго-востоке Хэйлунцзяна на оси Харбин — Суйфэньхэ: региональный аэропорт и конечный пункт скоростной железной дороги Харбин — Муданьцзян.'),
 ('place', 'mudanjiang', 'summary', 'zh', '黑龙江省东南部哈尔滨—绥芬河轴线上的城市：支线机场所在地，哈尔滨—牡丹江快速铁路的终点。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('place', 'qiqihar', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'qiqihar', 'region', 'zh', '黑龙江省'),
 ('place', 'qiqihar', 'summary', 'ru', 'Город на западе Хэйлунцзяна: региональный аэропорт и один из пунктов промышленного пояса Харбин — Дацин — Цицикар — Маньчжурия (Маньчжоули).'),
 ('place', 'qiqihar', 'summary', 'zh', '黑龙江省西部城市：支线机场所在地，哈尔滨—大庆—齐齐哈尔—满洲里产业带上的一站。'),
 ('place', 'qiqihar', 'note', 'ru', 'Примечание редакции: название Цицикара в таблице 3 написано как «Qiqihaer», в таблице 2 — «Qiqihar».'),
 ('place', 'qiqihar', 'note', 'zh', '编者注：齐齐哈尔在表3中拼作“Qiqihaer”，在表2中拼作“Qiqihar”。'),
 ('place', 'beian', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'beian', 'region', 'zh', '黑龙江省'),
 ('place', 'beian', 'summary', 'ru', 'Город на автомобильной и железной дороге из Харбина на север, в Хэйхэ, пункт на одном из четырёх промышленных поясов.'),
 ('place', 'beian', 'summary', 'zh', '位于哈尔滨向北通往黑河的公路和铁路沿线的城市，是四条产业带之一上的一站。'),
 ('place', 'beian', 'note', 'ru', 'Примечание редакции: в источнике напечатано «Beian».'),
 ('place', 'beian', 'note', 'zh', '编者注：原文印作“Beian”。'),
 ('place', 'suihua', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'suihua', 'region', 'zh', '黑龙江省'),
 ('place', 'suihua', 'summary', 'ru', 'Город к северу от Харбина, начальный пункт автомагистрали Суйхуа — Дацин в схеме коридоров у Song.'),
 ('place', 'suihua', 'summary', 'zh', '哈尔滨以北的城市，Song通道布局中绥化—大庆高速公路的起点。'),
 ('place', 'shuangyashan', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'shuangyashan', 'region', 'zh', '黑龙江省'),
 ('place', 'shuangyashan', 'summary', 'ru', 'Город на востоке Хэйлунцзяна, начальный пункт автомагистрали Шуанъяшань — Баоцин в схеме коридоров у Song.'),
 ('place', 'shuangyashan', 'summary', 'zh', '黑龙江省东部城市，Song通道布局中双鸭山—宝清高速公路的起点。'),
 ('place', 'baoqing', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'baoqing', 'region', 'zh', '黑龙江省'),
 ('place', 'baoqing', 'summary', 'ru', 'Уездный город на востоке Хэйлунцзяна, конечный пункт автомагистрали Шуанъяшань — Баоцин в схеме коридоров у Song.'),
 ('place', 'baoqing', 'summary', 'zh', '黑龙江省东部的县城，Song通道布局中双鸭山—宝清高速公路的终点。'),
 ('place', 'wudalianchi-airport', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'wudalianchi-airport', 'region', 'zh', '黑龙江省'),
 ('place', 'wudalianchi-airport', 'summary', 'ru', 'Региональный аэропорт, который, по данным Song, был недавно открыт, — часть растущей сети аэропортов провинции.'),
 ('place', 'wudalianchi-airport', 'summary', 'zh', 'Song称新近开通的支线机场，是该省不断扩展的机场网络的一部分。'),
 ('place', 'wudalianchi-airport', 'note', 'ru', 'Примечание редакции: координаты приблизительные.'),
 ('place', 'wudalianchi-airport', 'note', 'zh', '编者注：坐标为近似值。'),
 ('place', 'jiansanjiang-airport', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'jiansanjiang-airport', 'region', 'zh', '黑龙江省'),
 ('place', 'jiansanjiang-airport', 'summary', 'ru', 'Региональный аэропорт в сельскохозяйственном районе на востоке Хэйлунцзяна, который, по данным Song, был недавно открыт.'),
 ('place', 'jiansanjiang-airport', 'summary', 'zh', '位于黑龙江省东部农垦区的支线机场，Song称其新近开通。'),
 ('place', 'jiansanjiang-airport', 'note', 'ru', 'Примечание редакции: координаты приблизительные.'),
 ('place', 'jiansanjiang-airport', 'note', 'zh', '编者注：坐标为近似值。'),
 ('place', 'harbin-taiping-airport', 'region', 'ru', 'Хэйлунцзян'),
 ('place', 'harbin-taiping-airport', 'region', 'zh', '黑龙江省'),
 ('place', 'harbin-taiping-airport', 'summary', 'ru', 'Узловой аэропорт в схеме авиасообщения у Song (Китай — Россия — Центральная Европа — Северная Америка): новые маршруты в Россию, грузовые чартеры в Екатеринбург и преобладающая доля грузов российской электронной торговли.'),
 ('place', 'harbin-taiping-airport', 'summary', 'zh', 'Song航空布局（中国—俄罗斯—中欧—北美）的枢纽：新开通了飞往俄罗斯的航线和飞往叶卡捷琳堡的货运包机，在俄罗斯跨境电商货运中占据主导份额。'),
 ('place', 'harbin-taiping-airport', 'note', 'ru', 'Примечание редакции: в тексте сказано «Harbin Airport» (аэропорт Харбина), в таблице 2 — «Harbin Taiping International Airport» (Международный аэропорт Харбин Тайпин).'),
 ('place', 'harbin-taiping-airport', 'note', 'zh', '编者注：正文写作“Harbin Airport”（哈尔滨机场），表2写作“Harbin Taiping International Airport”（哈尔滨太平国际机场）。'),
 ('place', 'bear-island', 'region', 'ru', 'Хэйлунцзян (Фуюань) и Хабаровский край'),
 ('place', 'bear-island', 'region', 'zh', '黑龙江省（抚远）和哈巴罗夫斯克边疆区'),
 ('place', 'bear-island', 'summary', 'ru', 'Речной остров напротив Хабаровска, разделённый между Китаем и Россией. Song сообщает о строительстве «Bear Island Highway Passenger Port» — автомобильного пассажирского порта «Медвежий остров» (Большой Уссурийский остров).'),
 ('place', 'bear-island', 'summary', 'zh', '与哈巴罗夫斯克隔江相对的江心岛，分属中国和俄罗斯。Song报道了“Bear Island Highway Passenger Port”（黑瞎子岛公路客运口岸）的建设。'),
 ('place', 'bear-island', 'note', 'ru', 'Примечание редакции: Song пишет лишь «Bear Island Highway Passenger Port» и не указывает местоположения. Атлас отождествляет «Медвежий остров» с островом Хэйсяцзы (黑瞎子岛, буквально «остров чёрного медведя»), который в России называется Большим Уссурийским островом. Западная часть острова относится к Фуюаню, восточная — к Хабаровску. Отождествление редакционное. Страной указан Китай (CN), поскольку порт должен находиться на китайской части острова.'),
 ('place', 'bear-island', 'note', 'zh', '编者注：Song仅写作“Bear Island Highway Passenger Port”，未说明位置。本地图集将“Bear Island”认定为黑瞎子岛（字面意为“黑熊岛”），俄罗斯称之为大乌苏里岛，其西部属抚远，东部属哈巴罗夫斯克。此认定出自编者。国家一栏记为中国（CN），因为该口岸应位于中方一侧。'),
 ('place', 'changchun', 'region', 'ru', 'Цзилинь'),
 ('place', 'changchun', 'region', 'zh', '吉林省');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('place', 'changchun', 'summary', 'ru', 'Административный центр провинции Цзилинь, где после образования КНР при помощи СССР был построен Первый автомобильный завод.'),
 ('place', 'changchun', 'summary', 'zh', '吉林省省会，中华人民共和国成立后在苏联援助下建成的第一汽车制造厂所在地。'),
 ('place', 'anshan', 'region', 'ru', 'Ляонин'),
 ('place', 'anshan', 'region', 'zh', '辽宁省'),
 ('place', 'anshan', 'summary', 'ru', 'Центр чёрной металлургии в провинции Ляонин, где после образования КНР при помощи СССР была построена Аньшаньская металлургическая компания.'),
 ('place', 'anshan', 'summary', 'zh', '辽宁省的钢铁城市，中华人民共和国成立后在苏联援助下建成的鞍山钢铁公司所在地。'),
 ('place', 'beijing', 'region', 'ru', 'Пекин'),
 ('place', 'beijing', 'region', 'zh', '北京市'),
 ('place', 'beijing', 'summary', 'ru', 'Столица Китая: место выпуска сообщения AsiaNews, место встречи министров экономики Китая и России в 2023 году и город, давший имя Пекинскому договору 1860 года.'),
 ('place', 'beijing', 'summary', 'zh', '中国首都：AsiaNews报道的电头地点，2023年中国与俄罗斯经济部门部长的会晤地，1860年《北京条约》即以其命名。'),
 ('place', 'guangzhou', 'region', 'ru', 'Гуандун'),
 ('place', 'guangzhou', 'region', 'zh', '广东省'),
 ('place', 'guangzhou', 'summary', 'ru', 'Южный начальный порт морского маршрута в схеме коридоров у Song.'),
 ('place', 'guangzhou', 'summary', 'zh', 'Song通道布局中海上航线南端的始发港。'),
 ('place', 'ningbo', 'region', 'ru', 'Чжэцзян'),
 ('place', 'ningbo', 'region', 'zh', '浙江省'),
 ('place', 'ningbo', 'summary', 'ru', 'Порт захода на морском маршруте в схеме коридоров у Song.'),
 ('place', 'ningbo', 'summary', 'zh', 'Song通道布局中海上航线的停靠港。'),
 ('place', 'shanghai', 'region', 'ru', 'Шанхай'),
 ('place', 'shanghai', 'region', 'zh', '上海市'),
 ('place', 'shanghai', 'summary', 'ru', 'Порт захода на морском маршруте в схеме коридоров у Song.'),
 ('place', 'shanghai', 'summary', 'zh', 'Song通道布局中海上航线的停靠港。'),
 ('place', 'tangshan', 'region', 'ru', 'Хэбэй'),
 ('place', 'tangshan', 'region', 'zh', '河北省'),
 ('place', 'tangshan', 'summary', 'ru', 'Промышленный город в провинции Хэбэй, конечный пункт линии электропередачи Харбин — Таншань в схеме энергосетей у Song.'),
 ('place', 'tangshan', 'summary', 'zh', '河北省的工业城市，Song电网布局中哈尔滨—唐山输电线路的终点。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('place', 'blagoveshchensk', 'region', 'ru', 'Амурская область'),
 ('place', 'blagoveshchensk', 'region', 'zh', '阿穆尔州'),
 ('place', 'blagoveshchensk', 'summary', 'ru', 'Административный центр Амурской области на противоположном от Хэйхэ берегу Амура, российская оконечность моста Благовещенск — Хэйхэ и начальный пункт железнодорожной линии в плане Song.'),
 ('place', 'blagoveshchensk', 'summary', 'zh', '阿穆尔州首府，与黑河隔黑龙江（阿穆尔河）相望，黑河—布拉戈维申斯克界河公路大桥的俄方桥头所在地，也是Song规划中一条铁路线的起点。'),
 ('place', 'blagoveshchensk', 'note', 'ru', 'Примечание редакции: у Song напечатано «Blabovichsk» (таблица 2, раздел «Railway Transport»), что прочитано как Благовещенск. В репортаже из Хэйхэ Благовещенск не назван: водитель грузовика живёт «прямо на другом берегу реки» от Хэйхэ (абз. 22).'),
 ('place', 'blagoveshchensk', 'note', 'zh', '编者注：Song原文印作“Blabovichsk”（表2“Railway Transport”栏），此处读作布拉戈维申斯克。黑河专题报道未提及布拉戈维申斯克之名，只说那名卡车司机住在黑河“河的正对岸”（第22段）。'),
 ('place', 'nizhneleninskoye', 'region', 'ru', 'Еврейская автономная область'),
 ('place', 'nizhneleninskoye', 'region', 'zh', '犹太自治州'),
 ('place', 'nizhneleninskoye', 'summary', 'ru', 'Село на Амуре, российская оконечность железнодорожного моста в Тунцзян, у которого в 2023 году строился перевалочный нефтяной комплекс.'),
 ('place', 'nizhneleninskoye', 'summary', 'zh', '黑龙江（阿穆尔河）沿岸的村庄，通往同江的铁路大桥的俄方桥头所在地，2023年大桥附近正在建设一座石油换装综合设施。'),
 ('place', 'nizhneleninskoye', 'note', 'ru', 'Примечание редакции: Zhang называет мост «Tongjiang-Leninskoye Bridge» (мост Тунцзян — Ленинское). Ленинское — соседнее село, а мост заканчивается в Нижнеленинском, как и указано в новостной заметке «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи», 2023).'),
 ('place', 'nizhneleninskoye', 'note', 'zh', '编者注：Zhang将该桥称为“Tongjiang-Leninskoye Bridge”（同江—列宁斯阔耶大桥）。列宁斯阔耶是邻近的另一个村庄，大桥的俄方终点在下列宁斯阔耶，新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》，2023年）的说法正是如此。'),
 ('place', 'vladivostok', 'region', 'ru', 'Приморский край'),
 ('place', 'vladivostok', 'region', 'zh', '滨海边疆区'),
 ('place', 'vladivostok', 'summary', 'ru', 'Порт Дальнего Востока России: восточный выход Лунцзянского пояса через Суйфэньхэ, город, где Горбачёв в 1986 году выступил с речью об Азиатско-Тихоокеанском регионе, и город, который некоторые китайские националистические группы считают принадлежащим Китаю.'),
 ('place', 'vladivostok', 'summary', 'zh', '俄罗斯远东的港口：龙江丝路带经绥芬河向东的出海口，1986年戈尔巴乔夫在此发表亚太政策讲话，也是一些中国民族主义团体主张归属中国的城市。'),
 ('place', 'nakhodka', 'region', 'ru', 'Приморский край'),
 ('place', 'nakhodka', 'region', 'zh', '滨海边疆区'),
 ('place', 'nakhodka', 'summary', 'ru', 'Дальневосточный морской порт на морском маршруте у Song. По данным Zhang, из-за устаревшего оборудования он обрабатывает грузы с эффективностью 60% от уровня Циндао.'),
 ('place', 'nakhodka', 'summary', 'zh', 'Song所述海上航线上的远东海港。据Zhang所述，该港设备陈旧，货物装卸效率为青岛港的60%。'),
 ('place', 'vostochny', 'region', 'ru', 'Приморский край'),
 ('place', 'vostochny', 'region', 'zh', '滨海边疆区'),
 ('place', 'vostochny', 'summary', 'ru', 'Глубоководный порт близ Находки, последний порт захода на морском маршруте в схеме коридоров у Song.'),
 ('place', 'vostochny', 'summary', 'zh', '纳霍德卡附近的深水港，Song通道布局中海上航线的最后一个停靠港。'),
 ('place', 'vostochny', 'note', 'ru', 'Примечание редакции: у Song после Владивостока и Находки напечатано «Dongfang». 东方港 (Дунфан ган, «Восточный порт») — китайское название порта Восточный, поэтому атлас читает это название как Восточный. Такое прочтение — редакционное.'),
 ('place', 'vostochny', 'note', 'zh', '编者注：Song在符拉迪沃斯托克和纳霍德卡之后印有“Dongfang”。“东方港”（Dongfang Gang，意为“东方的港口”）是Vostochny港的中文名称，因此本地图集将其读作东方港。此解读出自编者。'),
 ('place', 'khabarovsk', 'region', 'ru', 'Хабаровский край'),
 ('place', 'khabarovsk', 'region', 'zh', '哈巴罗夫斯克边疆区'),
 ('place', 'khabarovsk', 'summary', 'ru', 'Краевой центр на Амуре, порт захода на речно-морском маршруте из Тунцзяна в схеме коридоров у Song.'),
 ('place', 'khabarovsk', 'summary', 'zh', '黑龙江（阿穆尔河）畔的边疆区首府，Song通道布局中自同江出发的江海联运航线的停靠港。'),
 ('place', 'komsomolsk-on-amur', 'region', 'ru', 'Хабаровский край'),
 ('place', 'komsomolsk-on-amur', 'region', 'zh', '哈巴罗夫斯克边疆区'),
 ('place', 'komsomolsk-on-amur', 'summary', 'ru', 'Промышленный город на нижнем Амуре, на речно-морском маршруте из Тунцзяна к морю в схеме коридоров у Song.'),
 ('place', 'komsomolsk-on-amur', 'summary', 'zh', '黑龙江（阿穆尔河）下游的工业城市，位于Song通道布局中自同江出海的江海联运航线上。'),
 ('place', 'komsomolsk-on-amur', 'note', 'ru', 'Примечание редакции: у Song напечатано «Gongqingcheng» — транслитерация 共青城, краткого китайского названия города Комсомольск-на-Амуре (полностью 阿穆尔河畔共青城).'),
 ('place', 'komsomolsk-on-amur', 'note', 'zh', '编者注：Song原文印作“Gongqingcheng”，这是阿穆尔河畔共青城的中文简称“共青城”的拼音转写。'),
 ('place', 'chita', 'region', 'ru', 'Забайкальский край'),
 ('place', 'chita', 'region', 'zh', '外贝加尔边疆区'),
 ('place', 'chita', 'summary', 'ru', 'Город по ту сторону пункта пропуска Маньчжурия (Маньчжоули), с которым Лунцзянский пояс связан на западе.'),
 ('place', 'chita', 'summary', 'zh', '越过满洲里后所至的城市，龙江丝路带在西面与之相连。'),
 ('place', 'moscow', 'region', 'ru', 'Москва'),
 ('place', 'moscow', 'region', 'zh', '莫斯科市'),
 ('place', 'moscow', 'summary', 'ru', 'Столица России: 20 марта 2023 года сюда прибыл Си Цзиньпин, а в 2023 году здесь провёл стратегические переговоры Ван И.'),
 ('place', 'moscow', 'summary', 'zh', '俄罗斯首都：习近平于2023年3月20日抵达莫斯科，王毅于2023年在此举行战略磋商。'),
 ('place', 'yekaterinburg', 'region', 'ru', 'Свердловская область'),
 ('place', 'yekaterinburg', 'region', 'zh', '斯维尔德洛夫斯克州'),
 ('place', 'yekaterinburg', 'summary', 'ru', 'Уральский город, аэропорт которого в схеме авиасообщения у Song принимает российско-китайские грузовые чартерные рейсы из Харбина.'),
 ('place', 'yekaterinburg', 'summary', 'zh', '乌拉尔地区城市，在Song的航空布局中，其机场接收来自哈尔滨的中俄货运包机。'),
 ('place', 'murmansk', 'region', 'ru', 'Мурманская область'),
 ('place', 'murmansk', 'region', 'zh', '摩尔曼斯克州');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('place', 'murmansk', 'summary', 'ru', 'Арктический порт, начальный пункт арктического оптического кабеля Европа — Азия в схеме коридоров у Song.'),
 ('place', 'murmansk', 'summary', 'zh', '北极港口，Song通道布局中北极欧亚光缆的起点。'),
 ('place', 'sakhalin', 'region', 'ru', 'Сахалинская область'),
 ('place', 'sakhalin', 'region', 'zh', '萨哈林州'),
 ('place', 'sakhalin', 'summary', 'ru', 'Нефтегазоносный остров на Дальнем Востоке России. В источниках упоминается лишь через Сахалинскую нефтегазовую компанию, которую Zhang предлагает в партнёры Дацину по нефтепереработке.'),
 ('place', 'sakhalin', 'summary', 'zh', '俄罗斯远东的油气岛屿萨哈林岛。各来源仅通过萨哈林油气公司提及该岛，Zhang提议由该公司与大庆合作炼油。'),
 ('place', 'warsaw', 'region', 'ru', 'Мазовецкое воеводство'),
 ('place', 'warsaw', 'region', 'zh', '马佐夫舍省'),
 ('place', 'warsaw', 'summary', 'ru', 'Пункт назначения поездов Китай — Европа, о которых сообщает Song: в среднем 1,3 поезда в сутки, 13 дней в пути.'),
 ('place', 'warsaw', 'summary', 'zh', 'Song所述从中国开出的中欧班列的终点：平均每天开行1.3列，全程运行13天。'),
 ('place', 'hamburg', 'region', 'ru', 'Гамбург'),
 ('place', 'hamburg', 'region', 'zh', '汉堡'),
 ('place', 'hamburg', 'summary', 'ru', 'Европейский порт — конечный пункт сухопутных и железнодорожных коридоров через Суйфэньхэ и пункт пропуска Маньчжурия (Маньчжоули) в плане Song.'),
 ('place', 'hamburg', 'summary', 'zh', '欧洲港口，Song规划中经绥芬河和满洲里的陆路及铁路通道的终点。'),
 ('place', 'rotterdam', 'region', 'ru', 'Южная Голландия'),
 ('place', 'rotterdam', 'region', 'zh', '南荷兰省'),
 ('place', 'rotterdam', 'summary', 'ru', 'Европейский порт — конечный пункт сухопутных и железнодорожных коридоров через Суйфэньхэ и пункт пропуска Маньчжурия (Маньчжоули) в плане Song.'),
 ('place', 'rotterdam', 'summary', 'zh', '欧洲港口，Song规划中经绥芬河和满洲里的陆路及铁路通道的终点。'),
 ('place', 'busan', 'region', 'ru', 'Пусан'),
 ('place', 'busan', 'region', 'zh', '釜山广域市'),
 ('place', 'busan', 'summary', 'ru', 'Южнокорейский порт захода на морском маршруте в схеме коридоров у Song.'),
 ('place', 'busan', 'summary', 'zh', '韩国港口，Song通道布局中海上航线的停靠港。'),
 ('place', 'niigata', 'region', 'ru', 'Префектура Ниигата'),
 ('place', 'niigata', 'region', 'zh', '新潟县'),
 ('place', 'niigata', 'summary', 'ru', 'Японский порт захода на морском маршруте в схеме коридоров у Song.'),
 ('place', 'niigata', 'summary', 'zh', '日本港口，Song通道布局中海上航线的停靠港。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('actor', 'xu-qin', 'name', 'ru', 'Сюй Цинь'),
 ('actor', 'xu-qin', 'name', 'zh', '许勤'),
 ('actor', 'xu-qin', 'role', 'ru', 'Секретарь комитета КПК провинции Хэйлунцзян в марте 2022 года. AsiaNews сообщает о нём со ссылкой на газету «Хэйлунцзян жибао».'),
 ('actor', 'xu-qin', 'role', 'zh', '2022年3月任中共黑龙江省委书记，AsiaNews援引《黑龙江日报》对其进行了报道。'),
 ('actor', 'xi-jinping', 'name', 'ru', 'Си Цзиньпин'),
 ('actor', 'xi-jinping', 'name', 'zh', '习近平'),
 ('actor', 'xi-jinping', 'role', 'ru', 'Председатель Китайской Народной Республики и Генеральный секретарь ЦК КПК. Источники сообщают о его инициативе Шёлкового пути осенью 2013 года (Song), видеоразговоре с Джо Байденом 18 марта 2022 года (AsiaNews), прибытии в Москву 20 марта 2023 года (очерк из Хэйхэ) и о том, что он назвал Хэйлунцзян «ключевыми» воротами (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023).'),
 ('actor', 'xi-jinping', 'role', 'zh', '中国国家主席、中共中央总书记。各来源报道了他于2013年秋提出的丝绸之路倡议（Song）、2022年3月18日与乔·拜登的视频通话（AsiaNews）、2023年3月20日抵达莫斯科（黑河边境特写），以及他称黑龙江省为“关键”门户的说法（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年）。'),
 ('actor', 'vladimir-putin', 'name', 'ru', 'Владимир Путин'),
 ('actor', 'vladimir-putin', 'name', 'zh', '弗拉基米尔·普京'),
 ('actor', 'vladimir-putin', 'role', 'ru', 'Президент России. Новостная заметка «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи», 2023) сообщает, что он посетит Пекин «в следующем месяце», а Zhang (2025) — что в ходе визита в Китай в 2024 году он побывал и в Харбине.'),
 ('actor', 'vladimir-putin', 'role', 'zh', '俄罗斯总统。新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》，2023年）称他将于“下个月”访问北京，Zhang（2025）则称其2024年访问中国期间到访了哈尔滨。'),
 ('actor', 'joe-biden', 'name', 'ru', 'Джо Байден'),
 ('actor', 'joe-biden', 'name', 'zh', '乔·拜登'),
 ('actor', 'joe-biden', 'role', 'ru', 'Президент США на момент видеоразговора с Си Цзиньпином 18 марта 2022 года (AsiaNews). Страна не указана: в перечне стран атласа нет Соединённых Штатов.'),
 ('actor', 'joe-biden', 'role', 'zh', '2022年3月18日与习近平视频通话时任美国总统（AsiaNews）。国家一栏空缺：本地图集的国家列表中没有美国。'),
 ('actor', 'wang-yi', 'name', 'ru', 'Ван И'),
 ('actor', 'wang-yi', 'name', 'zh', '王毅'),
 ('actor', 'wang-yi', 'role', 'ru', 'Новостная заметка «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи», 2023) называет его «главным дипломатом Китая» и сообщает о его визите в Москву для стратегических переговоров.'),
 ('actor', 'wang-yi', 'role', 'zh', '新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》，2023年）称其为“中国最高外交官”，并报道了他为举行战略磋商而访问莫斯科。'),
 ('actor', 'wang-wentao', 'name', 'ru', 'Ван Вэньтао'),
 ('actor', 'wang-wentao', 'name', 'zh', '王文涛'),
 ('actor', 'wang-wentao', 'role', 'ru', 'Министр коммерции КНР. В 2023 году встретился в Пекине с министром экономического развития России и назвал экономические отношения двух стран «прочными» (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023).'),
 ('actor', 'wang-wentao', 'role', 'zh', '中国商务部部长，2023年在北京会见俄罗斯经济发展部部长，称两国经济关系“稳固”（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年）。'),
 ('actor', 'russian-minister-economic-development', 'name', 'ru', 'Министр экономического развития России (в источнике не назван)'),
 ('actor', 'russian-minister-economic-development', 'name', 'zh', '俄罗斯经济发展部部长（来源未提及姓名）'),
 ('actor', 'russian-minister-economic-development', 'role', 'ru', 'Должностное лицо, встречавшееся с Ван Вэньтао в Пекине в 2023 году. Новостная заметка «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи», 2023) указывает только должность, но не имя.'),
 ('actor', 'russian-minister-economic-development', 'role', 'zh', '2023年在北京会见王文涛的俄方部长。新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》，2023年）仅提及其职务，未提及姓名。'),
 ('actor', 'dmitry-chernyshenko', 'name', 'ru', 'Дмитрий Чернышенко'),
 ('actor', 'dmitry-chernyshenko', 'name', 'zh', '德米特里·切尔内申科'),
 ('actor', 'dmitry-chernyshenko', 'role', 'ru', 'Заместитель председателя правительства России, сопровождавший Си Цзиньпина на церемонии встречи по его прибытии в Москву 20 марта 2023 года (подпись к фотографии в очерке из Хэйхэ).'),
 ('actor', 'dmitry-chernyshenko', 'role', 'zh', '俄罗斯副总理，2023年3月20日习近平抵达莫斯科时在欢迎仪式上陪同（黑河边境特写中的图片说明）。'),
 ('actor', 'zhang-qingwei', 'name', 'ru', 'Чжан Цинвэй'),
 ('actor', 'zhang-qingwei', 'name', 'zh', '张庆伟'),
 ('actor', 'zhang-qingwei', 'role', 'ru', 'Председатель китайской части Российско-Китайского комитета дружбы, мира и развития. Song (2019) приводит его слова о сотрудничестве с Россией на местном уровне, а также ссылается на его статью 2017 года в газете «Хэйлунцзян жибао» об «одном окне и четырёх зонах».'),
 ('actor', 'zhang-qingwei', 'role', 'zh', '中俄友好、和平与发展委员会中国方面主席。Song（2019）引用了他关于与俄罗斯开展地方合作的论述，还引用了他2017年在《黑龙江日报》上发表的关于黑龙江省“一窗四区”建设的文章。'),
 ('actor', 'mikhail-gorbachev', 'name', 'ru', 'Михаил Горбачёв'),
 ('actor', 'mikhail-gorbachev', 'name', 'zh', '米哈伊尔·戈尔巴乔夫'),
 ('actor', 'mikhail-gorbachev', 'role', 'ru', 'Генеральный секретарь ЦК КПСС, изложивший политику СССР в Азиатско-Тихоокеанском регионе в речи во Владивостоке в 1986 году (Zhang 2025). Для Советского Союза страна указана как RU.'),
 ('actor', 'mikhail-gorbachev', 'role', 'zh', '苏共中央总书记，1986年在符拉迪沃斯托克发表讲话，阐述苏联的亚太政策（Zhang 2025）。苏联的国家代码记为RU。'),
 ('actor', 'mr-jia', 'name', 'ru', 'Господин Цзя'),
 ('actor', 'mr-jia', 'name', 'zh', '贾先生'),
 ('actor', 'mr-jia', 'role', 'ru', 'Владелец лавки в Хэйхэ, торгующий меховыми шапками и перчатками. Когда-то жил в России, его покупатели — россияне (очерк из Хэйхэ, март 2023 года). Указана только фамилия.'),
 ('actor', 'mr-jia', 'role', 'zh', '黑河一家店铺的店主，出售皮帽和手套，曾在俄罗斯生活，顾客都是俄罗斯人（黑河边境特写，2023年3月）。报道只给出了他的姓氏。'),
 ('actor', 'slava', 'name', 'ru', 'Слава'),
 ('actor', 'slava', 'name', 'zh', '斯拉瓦'),
 ('actor', 'slava', 'role', 'ru', 'Российский водитель грузовика, который живёт на другом берегу реки напротив Хэйхэ и много лет возит грузы в Китай и обратно. Репортёры встретили его у моста (очерк из Хэйхэ, март 2023 года). Указано только имя.'),
 ('actor', 'slava', 'role', 'zh', '俄罗斯卡车司机，住在黑河对岸，多年来往返于中国运货，记者在大桥边与他相遇（黑河边境特写，2023年3月）。报道只给出了他的名字。'),
 ('actor', 'song-l', 'name', 'ru', 'Сун Линьлинь (L. Song)'),
 ('actor', 'song-l', 'name', 'zh', 'Song Linlin（L. Song）');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('actor', 'song-l', 'role', 'ru', 'Старший научный сотрудник Института исследований Северо-Восточной Азии Академии общественных наук провинции Хэйлунцзян (Харбин), автор статьи 2019 года в журнале «R-economy», в заключении которой предложены пять мер по развитию сотрудничества провинции с Россией.'),
 ('actor', 'song-l', 'role', 'zh', '黑龙江省社会科学院东北亚研究所（哈尔滨）副研究员，2019年发表于《R-economy》的文章的作者，该文结论部分就该省与俄罗斯的合作提出了五项措施。'),
 ('actor', 'zhang-x', 'name', 'ru', 'Чжан С. (Zhang X.)'),
 ('actor', 'zhang-x', 'name', 'zh', 'Zhang X.'),
 ('actor', 'zhang-x', 'role', 'ru', 'Автор статьи 2025 года в журнале «International relations» о сотрудничестве Северо-Восточного Китая и Дальнего Востока России, в §3.2 которой изложены приведённые здесь рекомендации. Полное имя и место работы автора в имеющемся тексте не указаны, поэтому страна не заполнена.'),
 ('actor', 'zhang-x', 'role', 'zh', '2025年发表于《International relations》的关于中国东北与俄罗斯远东合作的文章的作者，该文§3.2提出了本地图集收录的各项建议。所见文本未印出作者全名和单位，因此国家一栏空缺。'),
 ('actor', 'chinese-government', 'name', 'ru', 'Правительство Китая'),
 ('actor', 'chinese-government', 'name', 'zh', '中国政府'),
 ('actor', 'chinese-government', 'role', 'ru', 'Китайское государство в том виде, в каком источники излагают его позиции: в 2023 году оно заявляло, что его партнёрство с Россией не нарушает международных норм (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023), и увязывает инициативу «Один пояс, один путь» с дальневосточной стратегией России (Zhang 2025).'),
 ('actor', 'chinese-government', 'role', 'zh', '各来源所呈现的中国国家立场：2023年，中国政府表示其与俄罗斯的伙伴关系不违反国际准则（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年），并将“一带一路”倡议与俄罗斯的远东战略相对接（Zhang 2025）。'),
 ('actor', 'russian-government', 'name', 'ru', 'Правительство России'),
 ('actor', 'russian-government', 'name', 'zh', '俄罗斯政府'),
 ('actor', 'russian-government', 'role', 'ru', 'Российское государство, которое с 2007 года разрабатывало программные документы по Дальнему Востоку, после украинского кризиса 2014 года совершило «поворот на Восток» и создало территории опережающего развития (Zhang 2025). AsiaNews называет его «Кремлём».'),
 ('actor', 'russian-government', 'role', 'zh', '俄罗斯国家，自2007年起制定远东政策文件，2014年乌克兰危机后“转向东方”，并设立了超前发展区（Zhang 2025）。AsiaNews称之为“克里姆林宫”。'),
 ('actor', 'chinese-mfa', 'name', 'ru', 'Министерство иностранных дел Китайской Народной Республики'),
 ('actor', 'chinese-mfa', 'name', 'zh', '中国外交部'),
 ('actor', 'chinese-mfa', 'role', 'ru', 'Zhang (2025, ссылка [14] — материал CGTN) цитирует его высказывания о принципах отношений Китая с Россией.'),
 ('actor', 'chinese-mfa', 'role', 'zh', 'Zhang（2025，参考文献[14]，一篇CGTN报道）引用了该部关于中国与俄罗斯关系原则的表述。'),
 ('actor', 'national-energy-administration', 'name', 'ru', 'Государственное энергетическое управление Китая'),
 ('actor', 'national-energy-administration', 'name', 'zh', '中国国家能源局'),
 ('actor', 'national-energy-administration', 'role', 'ru', 'Энергетическое ведомство Китая. Его сообщение от декабря 2024 года о восточном маршруте газопровода из России в Китай служит для Zhang источником данных по газу.'),
 ('actor', 'national-energy-administration', 'role', 'zh', '中国能源主管部门，其2024年12月发布的关于中俄东线天然气管道（俄罗斯境内段称“西伯利亚力量”）的通报是Zhang所引天然气数据的来源。'),
 ('actor', 'ndrc', 'name', 'ru', 'Государственный комитет по делам развития и реформ КНР'),
 ('actor', 'ndrc', 'name', 'zh', '国家发展和改革委员会'),
 ('actor', 'ndrc', 'role', 'ru', 'Центральный плановый орган Китая, одобривший вторую нитку российско-китайского нефтепровода (Song 2019).'),
 ('actor', 'ndrc', 'role', 'zh', '中国的中央规划机构，批准了中俄原油管道二线（Song 2019）。'),
 ('actor', 'heilongjiang-provincial-government', 'name', 'ru', 'Правительство провинции Хэйлунцзян'),
 ('actor', 'heilongjiang-provincial-government', 'name', 'zh', '黑龙江省人民政府'),
 ('actor', 'heilongjiang-provincial-government', 'role', 'ru', 'Провинциальное правительство, проводящее в отношении России стратегию «открытости». В 2014 году оно выпустило рабочий план по Восточному сухопутно-морскому экономическому поясу Шёлкового пути, а в апреле 2017 года выдвинуло концепцию «одного окна и четырёх зон» (Song 2019). AsiaNews (2022) сообщает, что местные власти обращаются к Дальнему Востоку России.'),
 ('actor', 'heilongjiang-provincial-government', 'role', 'zh', '对俄罗斯实施“开放”战略的省级政府，2014年发布东部陆海丝绸之路经济带建设工作方案，2017年4月提出“一窗四区”（Song 2019）。AsiaNews（2022）报道称，地方当局将目光投向俄罗斯远东。'),
 ('actor', 'heilongjiang-party-committee', 'name', 'ru', 'Комитет КПК провинции Хэйлунцзян'),
 ('actor', 'heilongjiang-party-committee', 'name', 'zh', '中共黑龙江省委员会'),
 ('actor', 'heilongjiang-party-committee', 'role', 'ru', 'Провинциальный комитет Коммунистической партии Китая. На его экономическом совещании в декабре 2014 года впервые была поставлена цель создания Лунцзянского экономического пояса Шёлкового пути (Song 2019). В 2022 году комитет возглавлял Сюй Цинь (AsiaNews).'),
 ('actor', 'heilongjiang-party-committee', 'role', 'zh', '中国共产党的省级委员会。其2014年12月召开的经济工作会议首次提出建设龙江丝路带的目标（Song 2019）。2022年由许勤任书记（AsiaNews）。'),
 ('actor', 'qing-government', 'name', 'ru', 'Цинское правительство Китая'),
 ('actor', 'qing-government', 'name', 'zh', '中国清朝政府'),
 ('actor', 'qing-government', 'role', 'ru', 'С середины 19 века подписало с царской Россией Айгунский и Пекинский договоры (Zhang 2025).'),
 ('actor', 'qing-government', 'role', 'zh', '自19世纪中叶起与沙皇俄国（俄罗斯帝国）签订《瑷珲条约》和《北京条约》（Zhang 2025）。'),
 ('actor', 'tsarist-russia', 'name', 'ru', 'Царская Россия (Российская империя)'),
 ('actor', 'tsarist-russia', 'name', 'zh', '沙皇俄国（俄罗斯帝国）'),
 ('actor', 'tsarist-russia', 'role', 'ru', 'С середины 19 века подписала с Цинским правительством Айгунский и Пекинский договоры (Zhang 2025).'),
 ('actor', 'tsarist-russia', 'role', 'zh', '自19世纪中叶起与清政府签订《瑷珲条约》和《北京条约》（Zhang 2025）。'),
 ('actor', 'soviet-union', 'name', 'ru', 'Советский Союз'),
 ('actor', 'soviet-union', 'name', 'zh', '苏联'),
 ('actor', 'soviet-union', 'role', 'ru', 'После образования КНР оказывал Северо-Восточному Китаю масштабную экономическую помощь, с 1960-х годов находился в конфликте с Китаем, а в конце 1980-х годов нормализовал с ним отношения (Zhang 2025). Страна указана как RU.'),
 ('actor', 'soviet-union', 'role', 'zh', '中华人民共和国成立后向中国东北提供了大规模经济援助，1960年代起与中国关系破裂，1980年代末实现关系正常化（Zhang 2025）。国家代码记为RU。'),
 ('actor', 'heilongjiang-daily', 'name', 'ru', '«Хэйлунцзян жибао»'),
 ('actor', 'heilongjiang-daily', 'name', 'zh', '《黑龙江日报》'),
 ('actor', 'heilongjiang-daily', 'role', 'ru', 'Официальная газета провинции Хэйлунцзян, в марте 2022 года опубликовавшая призыв Сюй Циня к интеграции с Сибирью (AsiaNews). Song (2019) несколько раз ссылается на неё.'),
 ('actor', 'heilongjiang-daily', 'role', 'zh', '黑龙江省官方报纸，2022年3月刊登了许勤关于与西伯利亚一体化的呼吁（AsiaNews）。Song（2019）多次引用该报。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('actor', 'china-russia-friendship-committee', 'name', 'ru', 'Российско-Китайский комитет дружбы, мира и развития'),
 ('actor', 'china-russia-friendship-committee', 'name', 'zh', '中俄友好、和平与发展委员会'),
 ('actor', 'china-russia-friendship-committee', 'role', 'ru', 'Двусторонний комитет, председатель китайской части которого, Чжан Цинвэй, высказывался о сотрудничестве на местном уровне (Song 2019).'),
 ('actor', 'china-russia-friendship-committee', 'role', 'zh', '双边委员会，其中方主席张庆伟曾就地方合作发表看法（Song 2019）。'),
 ('actor', 'gazprom', 'name', 'ru', 'Газпром'),
 ('actor', 'gazprom', 'name', 'zh', '俄罗斯天然气工业股份公司'),
 ('actor', 'gazprom', 'role', 'ru', 'Российская газовая компания, поставляющая газ в Китай по газопроводу «Сила Сибири». С 1 декабря 2024 года вывела поставки на максимальный контрактный уровень (Zhang 2025).'),
 ('actor', 'gazprom', 'role', 'zh', '俄罗斯天然气公司，通过中俄东线天然气管道（俄罗斯境内段称“西伯利亚力量”）向中国供气，自2024年12月1日起将供气量提升至合同规定的最高水平（Zhang 2025）。'),
 ('actor', 'longxing-group', 'name', 'ru', 'Группа «Лунсин»'),
 ('actor', 'longxing-group', 'name', 'zh', '龙兴集团'),
 ('actor', 'longxing-group', 'role', 'ru', 'Китайская компания, которая вместе с группой «Лунмэй» начала строительство шести проектов в России (Song 2019).'),
 ('actor', 'longxing-group', 'role', 'zh', '中国企业，与龙煤集团一道在俄罗斯启动了六个项目的建设（Song 2019）。'),
 ('actor', 'longmay-group', 'name', 'ru', 'Группа «Лунмэй»'),
 ('actor', 'longmay-group', 'name', 'zh', '龙煤集团'),
 ('actor', 'longmay-group', 'role', 'ru', 'Китайская компания, которая вместе с группой «Лунсин» начала строительство шести проектов в России (Song 2019).'),
 ('actor', 'longmay-group', 'role', 'zh', '中国企业，与龙兴集团一道在俄罗斯启动了六个项目的建设（Song 2019）。'),
 ('actor', 'sakhalin-oil-and-gas-company', 'name', 'ru', 'Сахалинская нефтегазовая компания'),
 ('actor', 'sakhalin-oil-and-gas-company', 'name', 'zh', '萨哈林油气公司'),
 ('actor', 'sakhalin-oil-and-gas-company', 'role', 'ru', 'Российская компания, которую Zhang (2025) предлагает в качестве партнёра Дацинского нефтяного месторождения по совместному нефтеперерабатывающему предприятию.'),
 ('actor', 'sakhalin-oil-and-gas-company', 'role', 'zh', 'Zhang（2025）提议与大庆油田合资开展炼油的俄罗斯公司。'),
 ('actor', 'daqing-oil-field-enterprise', 'name', 'ru', 'Дацинское нефтяное месторождение (как предприятие)'),
 ('actor', 'daqing-oil-field-enterprise', 'name', 'zh', '大庆油田（作为企业）'),
 ('actor', 'daqing-oil-field-enterprise', 'role', 'ru', 'Дацинское нефтяное месторождение как производитель. Zhang (2025) предлагает его в качестве китайского партнёра совместного нефтеперерабатывающего предприятия с Сахалинской нефтегазовой компанией. Компания-оператор в тексте не названа.'),
 ('actor', 'daqing-oil-field-enterprise', 'role', 'zh', '作为生产主体的大庆油田。Zhang（2025）提议由其作为中方伙伴，与萨哈林岛的萨哈林油气公司合资开展炼油。所见文本未提及运营公司的名称。'),
 ('actor', 'apec', 'name', 'ru', 'Азиатско-Тихоокеанское экономическое сотрудничество (АТЭС)'),
 ('actor', 'apec', 'name', 'zh', '亚太经济合作组织（APEC）'),
 ('actor', 'apec', 'role', 'ru', 'Региональный форум. Заявка России на проведение неформальной встречи лидеров АТЭС побудила её в 2007 году подготовить программные документы по Дальнему Востоку, а Zhang выступает за то, чтобы сотрудничество в Северо-Восточной Азии способствовало его углублению (Zhang 2025).'),
 ('actor', 'apec', 'role', 'zh', '地区性论坛。俄罗斯申办亚太经合组织领导人非正式会议，促使其于2007年制定远东政策文件，Zhang则希望东北亚合作能推动该机制深化（Zhang 2025）。'),
 ('actor', 'sco', 'name', 'ru', 'Шанхайская организация сотрудничества (ШОС)'),
 ('actor', 'sco', 'name', 'zh', '上海合作组织（上合组织）'),
 ('actor', 'sco', 'role', 'ru', 'Многосторонняя организация, которую Zhang (2025) предлагает задействовать в региональном сотрудничестве и в годах культуры Китая и России.'),
 ('actor', 'sco', 'role', 'zh', '多边组织，Zhang（2025）希望地区合作以及中国与俄罗斯的文化年能够吸纳该组织参与。'),
 ('actor', 'brics', 'name', 'ru', 'БРИКС'),
 ('actor', 'brics', 'name', 'zh', '金砖国家'),
 ('actor', 'brics', 'role', 'ru', 'Объединение, которое Zhang (2025) предлагает задействовать в региональном сотрудничестве и в годах культуры Китая и России.'),
 ('actor', 'brics', 'role', 'zh', '合作机制，Zhang（2025）希望地区合作以及中国与俄罗斯的文化年能够吸纳该机制参与。'),
 ('actor', 'eurasian-economic-union', 'name', 'ru', 'Евразийский экономический союз (ЕАЭС)'),
 ('actor', 'eurasian-economic-union', 'name', 'zh', '欧亚经济联盟'),
 ('actor', 'eurasian-economic-union', 'role', 'ru', 'Экономический союз во главе с Россией, с которым Song (2019) рекомендует сопрягать инициативу «Один пояс, один путь».'),
 ('actor', 'eurasian-economic-union', 'role', 'zh', '由俄罗斯主导的经济联盟，Song（2019）建议推动“一带一路”倡议与其对接。'),
 ('actor', 'nato', 'name', 'ru', 'НАТО'),
 ('actor', 'nato', 'name', 'zh', '北大西洋公约组织（北约）'),
 ('actor', 'nato', 'role', 'ru', 'Zhang (2025) называет расширение НАТО на восток угрозой западным границам России, подталкивающей её к повороту на Восток.'),
 ('actor', 'nato', 'role', 'zh', 'Zhang（2025）认为北约东扩威胁俄罗斯西部边界，促使俄罗斯转向东方。'),
 ('actor', 'chinese-experts', 'name', 'ru', 'Китайские эксперты (не названы)'),
 ('actor', 'chinese-experts', 'name', 'zh', '中国专家（未具名）'),
 ('actor', 'chinese-experts', 'role', 'ru', 'Неназванные китайские эксперты, на которых в марте 2022 года ссылается AsiaNews в связи с тем, как Китай ответит на санкции против России.'),
 ('actor', 'chinese-experts', 'role', 'zh', 'AsiaNews于2022年3月援引的未具名中国专家，谈及中国将如何应对针对俄罗斯的制裁。'),
 ('actor', 'western-governments', 'name', 'ru', 'Правительства западных стран (Вашингтон и его европейские союзники)'),
 ('actor', 'western-governments', 'name', 'zh', '西方国家政府（华盛顿及其欧洲盟友）');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('actor', 'western-governments', 'role', 'ru', 'США и их европейские союзники, которые в 2022 году добивались от Пекина, чтобы он дистанцировался от войны, которую ведёт Москва (AsiaNews), и чьё неодобрение и санкции служат фоном публикаций 2023 года (новостной заметки «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи» — и очерка из Хэйхэ).'),
 ('actor', 'western-governments', 'role', 'zh', '美国及其欧洲盟友，2022年曾向北京施压，要求其与莫斯科发动的战争保持距离（AsiaNews），其反对态度和制裁构成2023年相关报道的背景（新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，以及黑河边境特写）。'),
 ('actor', 'siberian-russians', 'name', 'ru', 'Россияне Сибири (жители российских приграничных регионов)'),
 ('actor', 'siberian-russians', 'name', 'zh', '西伯利亚的俄罗斯人（俄罗斯边境地区居民）'),
 ('actor', 'siberian-russians', 'role', 'ru', 'Российские жители Сибири и Дальнего Востока, которых, по данным AsiaNews (2022), нередко тревожит растущее присутствие китайских мигрантов.'),
 ('actor', 'siberian-russians', 'role', 'zh', '西伯利亚和远东的俄罗斯居民。据AsiaNews（2022）报道，他们常对中国移民日益增多感到担忧。'),
 ('actor', 'chinese-nationalist-groups', 'name', 'ru', 'Китайские националистические группы'),
 ('actor', 'chinese-nationalist-groups', 'name', 'zh', '中国民族主义团体'),
 ('actor', 'chinese-nationalist-groups', 'role', 'ru', 'Группы, которые, по данным AsiaNews (2022), от имени Китая притязают на часть Дальнего Востока России, включая Владивосток.'),
 ('actor', 'chinese-nationalist-groups', 'role', 'zh', '据AsiaNews（2022）报道，这些团体主张俄罗斯远东的部分地区（包括符拉迪沃斯托克）归属中国。'),
 ('actor', 'heihe-feature-outlet', 'name', 'ru', 'Очерк с границы в Хэйхэ (издание и репортёр не указаны)'),
 ('actor', 'heihe-feature-outlet', 'name', 'zh', '黑河边境特写（媒体及记者未署名）'),
 ('actor', 'heihe-feature-outlet', 'role', 'ru', 'Неназванное издание и группа репортёров, подготовившие очерк из Хэйхэ в марте 2023 года. Собственный анализ авторов очерка атлас приводит как оценку издания.'),
 ('actor', 'heihe-feature-outlet', 'role', 'zh', '2023年3月黑河特写背后未具名的媒体及采访团队，本地图集将该文自身的分析记录为该媒体的评估。');


INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('project', 'power-of-siberia', 'name', 'ru', 'Газопровод «Сила Сибири» (восточный маршрут Россия — Китай)'),
 ('project', 'power-of-siberia', 'name', 'zh', '中俄东线天然气管道（俄罗斯段称“西伯利亚力量”）'),
 ('project', 'power-of-siberia', 'status_as_of', 'ru', 'декабрь 2024 г. (Zhang 2025)'),
 ('project', 'power-of-siberia', 'status_as_of', 'zh', '2024年12月（Zhang 2025）'),
 ('project', 'power-of-siberia', 'capacity_unit', 'ru', 'млрд куб. м'),
 ('project', 'power-of-siberia', 'capacity_unit', 'zh', '十亿立方米'),
 ('project', 'power-of-siberia', 'capacity_note', 'ru', 'Максимальный контрактный уровень поставок, достигнутый с 1 декабря 2024 г., в тексте: «daily gas supplies ... at 38 billion cubic meters» («суточные поставки газа… на уровне 38 млрд кубометров») (Zhang 2025, §2.2). Примечание редакции: слов «в год» в статье нет. Атлас понимает эту цифру как годовой контрактный объём, поскольку суточный поток такой величины неправдоподобен. Накопленный объём поставок к декабрю 2024 г. — более 80 млрд куб. м.'),
 ('project', 'power-of-siberia', 'capacity_note', 'zh', '自2024年12月1日起达到的合同最高供气水平（Zhang 2025，§2.2），原文作“daily gas supplies ... at 38 billion cubic meters”（日供气量……达380亿立方米）。编者注：论文未写“每年”。由于如此规模的日流量并不可信，本图集将这一数字理解为年度合同供气量。截至2024年12月，累计供气超过800亿立方米。'),
 ('project', 'power-of-siberia', 'summary', 'ru', 'Восточный маршрут поставок газа из России в Китай: в России его называют «Сила Сибири», в Китае — китайско-российским восточным газопроводом. Газопровод входит на территорию Китая у Хэйхэ. По данным Song (2019), подготовительные работы по нему продвигались, а в схеме трубопроводов провинции он упомянут дважды. В марте 2022 г. AsiaNews сообщило, что секретарь парткома провинции Хэйлунцзян Сюй Цинь хотел бы быстро расширить «российско-китайский трубопровод, открытый в 2019 году», чтобы Хэйхэ стал воротами для торговли с Восточной Сибирью. AsiaNews не называет этот трубопровод и не говорит, что по нему идёт газ. Атлас считает, что речь идёт именно об этом маршруте, который Zhang датирует 2019 г., а репортаж из Хэйхэ помещает в Хэйхэ. Репортаж из Хэйхэ (2023) отмечает, что Китай закупал этого газа больше, чем когда-либо, во многом возмещая торговлю, которую Россия утратила в Европе. По данным Zhang (2025), ссылающегося на Национальное энергетическое управление КНР, газопровод введён в эксплуатацию в 2019 г., к декабрю 2024 г. по нему было поставлено более 80 млрд куб. м газа, а с 1 декабря 2024 г. Газпром досрочно увеличил поставки до максимального контрактного уровня — 38 млрд куб. м.'),
 ('project', 'power-of-siberia', 'summary', 'zh', '俄罗斯向中国输送天然气的东线管道，在俄罗斯称“西伯利亚力量”，在中国称中俄东线天然气管道，在黑河进入中国境内。据Song（2019），该管道前期工作正在推进，在黑龙江省的管道布局中两次列出。2022年3月，AsiaNews报道，黑龙江省委书记许勤希望迅速扩建“2019年启用的俄中管道”，使黑河成为与东西伯利亚开展贸易的门户。AsiaNews既未说出该管道的名称，也未说明其输送的是天然气。本图集认为所指即这条线路：Zhang将其投运时间定为2019年，黑河专题报道则指出它位于黑河。黑河专题报道（2023）指出，中国对这条管道天然气的采购量达到前所未有的水平，在很大程度上弥补了俄罗斯在欧洲失去的贸易。据Zhang（2025）援引国家能源局的数据，该管道于2019年投运，截至2024年12月累计输气超过800亿立方米，自2024年12月1日起，俄罗斯天然气工业股份公司提前将供气量提升至380亿立方米的合同最高水平。'),
 ('project', 'power-of-siberia', 'note', 'ru', 'Примечание редакции: источники называют этот проект по-разному: «the Russian-Chinese pipeline inaugurated in 2019» («российско-китайский трубопровод, открытый в 2019 году», AsiaNews), «Power of Siberia 1» («Сила Сибири — 1», репортаж из Хэйхэ), «Sino-Russian Eastern gas pipeline» и «Power of Siberia» (Zhang), а в табл. 2 у Song — одновременно «the Sino-Russian eastern natural gas transport pipeline from the Heihe River» и «the Sino-Russian East Line natural gas pipeline project». В атласе им соответствует одна запись. В машинном переводе статьи Zhang сказано «daily gas supplies ... at 38 billion cubic meters» («суточные поставки газа… на уровне 38 млрд кубометров»), слов «в год» нет. Атлас понимает 38 млрд куб. м как годовой контрактный уровень и сохраняет напечатанные значение и единицу измерения. Российские месторождения и трасса газопровода в источниках не названы, поэтому с записью связаны только Сибирь, Хэйхэ и река Амур. Китайский участок у Хэйхэ выделен в отдельную запись — «Восточный газопровод: ключевой объект китайского участка в Хэйхэ».'),
 ('project', 'power-of-siberia', 'note', 'zh', '编者注：各来源对同一项目的称呼不一：“the Russian-Chinese pipeline inaugurated in 2019”（“2019年启用的俄中管道”，AsiaNews）、“Power of Siberia 1”（“西伯利亚力量1号”，黑河专题报道）、“Sino-Russian Eastern gas pipeline”和“Power of Siberia”（Zhang），Song的表2中则同时出现“the Sino-Russian eastern natural gas transport pipeline from the Heihe River”和“the Sino-Russian East Line natural gas pipeline project”。本图集只保留一条记录。Zhang一文的机器翻译作“daily gas supplies ... at 38 billion cubic meters”（“日供气量……达380亿立方米”），未写“每年”。本图集将380亿立方米理解为年度合同供气水平，并保留原文的数值和单位。各来源均未提及俄罗斯境内的气田或线路，因此本记录仅关联西伯利亚、黑河和黑龙江（阿穆尔河）。该管道在黑河的中国境内段另有单独记录，即“中俄东线天然气管道黑河境内段控制性工程”。'),
 ('project', 'heihe-gas-pipeline-domestic-section', 'name', 'ru', 'Восточный газопровод: ключевой объект китайского участка в Хэйхэ'),
 ('project', 'heihe-gas-pipeline-domestic-section', 'name', 'zh', '中俄东线天然气管道黑河境内段控制性工程'),
 ('project', 'heihe-gas-pipeline-domestic-section', 'status_as_of', 'ru', '2019 г., когда был введён в эксплуатацию весь газопровод (Zhang 2025)'),
 ('project', 'heihe-gas-pipeline-domestic-section', 'status_as_of', 'zh', '2019年，即整条管道投运之年（Zhang 2025）'),
 ('project', 'heihe-gas-pipeline-domestic-section', 'summary', 'ru', 'Работы на китайской стороне китайско-российского восточного газопровода в Хэйхэ, которые Song называет «ключевым объектом на внутреннем участке в Хэйхэ». По данным Song (2019), выполнено более половины работ. Срок завершения этого участка в источниках не указан. Газопровод в целом введён в эксплуатацию в 2019 г. (Zhang 2025), а в марте 2023 г. репортаж из Хэйхэ описывал трубы, по которым российский газ поступает в Китай у Хэйхэ.'),
 ('project', 'heihe-gas-pipeline-domestic-section', 'summary', 'zh', '中俄东线天然气管道在黑河的中方境内工程，Song称之为“黑河境内段控制性工程”。据Song（2019），该工程已完成过半。各来源未给出该段的竣工日期。整条管道于2019年投运（Zhang 2025），2023年3月，黑河专题报道描述了在黑河把俄罗斯天然气输入中国的管道。'),
 ('project', 'heihe-gas-pipeline-domestic-section', 'note', 'ru', 'Примечание редакции: часть газопровода «Сила Сибири» (Восточного маршрута), выделенная в отдельную запись, поскольку Song сообщает о ходе её строительства отдельно. Сведения Song о ходе работ описывают положение до написания статьи (она поступила в редакцию в октябре 2018 г.) и устарели. Атлас считает участок действующим с 2019 г., поскольку проходящий через него газопровод был введён в эксплуатацию в том году (Zhang, §2.2) и в 2023 г. транспортировал газ у Хэйхэ (репортаж из Хэйхэ, абз. 18–19). Собственный год завершения участка не указан, поэтому он и не приводится. «Более половины» у Song — показатель хода работ, а не мощность, поэтому он учтён только как ключевой показатель.'),
 ('project', 'heihe-gas-pipeline-domestic-section', 'note', 'zh', '编者注：系中俄东线天然气管道（俄罗斯段称“西伯利亚力量”）的组成部分，因Song单独报道其进展，故单列一条记录。Song的进展报道描述的是论文写作之前的工程情况（论文于2018年10月收稿），现已过时。本图集将该段记为自2019年起投运，因为经过该段的管道于当年投运（Zhang，§2.2），并于2023年在黑河输送天然气（黑河专题报道，第18—19段）。该段本身的竣工年份未见记载，因此不予填写。Song所说的“过半”是工程进度，而非输气能力，因此仅作为关键数据记载。'),
 ('project', 'sino-russian-crude-oil-pipeline', 'name', 'ru', 'Китайско-российский нефтепровод Мохэ — Дацин'),
 ('project', 'sino-russian-crude-oil-pipeline', 'name', 'zh', '漠河—大庆原油管道（中俄原油管道）'),
 ('project', 'sino-russian-crude-oil-pipeline', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'sino-russian-crude-oil-pipeline', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'sino-russian-crude-oil-pipeline', 'summary', 'ru', 'Нефтепровод из России, который входит на территорию Китая у Мохэ и идёт до Дацина. Song (2019) связывает с началом его работы возобновление роста торговли провинции Хэйлунцзян с Россией в 2011 г., когда импорт провинции из России резко вырос (табл. 1), и ставит «китайско-российский нефтепровод Мохэ — Дацин» первым в схеме трубопроводов провинции.'),
 ('project', 'sino-russian-crude-oil-pipeline', 'summary', 'zh', '自俄罗斯在漠河进入中国、通往大庆的原油管道。Song（2019）认为，该管道投入运营使黑龙江省对俄贸易在2011年恢复增长，当年全省自俄罗斯进口大幅增加（表1），并将“中俄漠河—大庆输油管道”列为全省管道布局的第一项。'),
 ('project', 'sino-russian-crude-oil-pipeline', 'note', 'ru', 'Примечание редакции: Song не называет дату открытия, сообщая лишь, что в 2011 г. нефтепровод уже работал, — этот год и указан как год завершения. Российский участок в источниках не описан.'),
 ('project', 'sino-russian-crude-oil-pipeline', 'note', 'zh', '编者注：Song未给出开通日期，只说明该管道在2011年已在运行，本图集将该年记为建成年份。各来源均未介绍俄罗斯境内段。'),
 ('project', 'crude-oil-pipeline-second-line', 'name', 'ru', 'Китайско-российский нефтепровод, вторая нитка (вторая линия Мохэ — Дацин)'),
 ('project', 'crude-oil-pipeline-second-line', 'name', 'zh', '中俄原油管道二线（漠河—大庆复线）'),
 ('project', 'crude-oil-pipeline-second-line', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'crude-oil-pipeline-second-line', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'crude-oil-pipeline-second-line', 'summary', 'ru', 'Вторая нитка китайско-российского нефтепровода. Song (2019) сообщает, что подготовительные работы по ней шли успешно, а затем — что её одобрил Государственный комитет по делам развития и реформ КНР. В табл. 2 указаны и «проект второй нитки китайско-российского нефтепровода», и «вторая линия Мохэ — Дацин».'),
 ('project', 'crude-oil-pipeline-second-line', 'summary', 'zh', '中俄原油管道的第二条线路。Song（2019）称其前期工作进展顺利，随后又称国家发展和改革委员会已予核准。表2中同时列有“中俄原油管道二线工程”和“漠河—大庆复线”。'),
 ('project', 'crude-oil-pipeline-second-line', 'note', 'ru', 'Примечание редакции: атлас считает «проект второй нитки» и «вторую линию Мохэ — Дацин» из табл. 2 одним проектом, поскольку оба названия описывают вторую нитку, дублирующую нефтепровод Мохэ — Дацин, а статья не даёт оснований их различать. Сведения Song отчасти опираются на источники 2014–2015 гг., а более поздние источники об этой линии не сообщают, поэтому статус «одобрено» — последний из зафиксированных, но не обязательно нынешний.'),
 ('project', 'crude-oil-pipeline-second-line', 'note', 'zh', '编者注：本图集将表2中的“二线工程”和“漠河—大庆复线”视为同一项目，因为两个名称所指都是与漠河—大庆管道并行的第二条线路，论文也未提供区分二者的依据。Song的叙述部分依据2014至2015年的资料，之后的各来源均未报道这条线路，因此“已获批”是有记录的最后状态，未必是当前状态。'),
 ('project', 'amur-heihe-oil-refining-complex', 'name', 'ru', 'Пограничный комплекс хранения, транспортировки и переработки нефти и нефтехимии «Амур — Хэйхэ»'),
 ('project', 'amur-heihe-oil-refining-complex', 'name', 'zh', '阿穆尔—黑河边境油品储运与炼化综合体'),
 ('project', 'amur-heihe-oil-refining-complex', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'amur-heihe-oil-refining-complex', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'amur-heihe-oil-refining-complex', 'summary', 'ru', 'Пограничный нефтяной комплекс в Хэйхэ, объединяющий хранение, транспортировку и переработку нефти, а также нефтехимию. По данным Song (2019), проект одобрен в рамках Восточного пояса Шёлкового пути. Мощность, оператор и сроки в статье не указаны.'),
 ('project', 'amur-heihe-oil-refining-complex', 'summary', 'zh', '位于黑河的边境石油综合体，集储存、运输、炼油和化工于一体，Song（2019）称其已在东部丝路带框架下获批。论文未给出产能、运营方或时间表。'),
 ('project', 'amur-heihe-oil-refining-complex', 'note', 'ru', 'Примечание редакции: «Амур» в напечатанном названии может означать как Амурскую область на другом берегу, так и саму реку. Атлас связывает запись с Амурской областью — это редакционное толкование.'),
 ('project', 'amur-heihe-oil-refining-complex', 'note', 'zh', '编者注：原文名称中的“阿穆尔”既可能指对岸的阿穆尔州，也可能指黑龙江（阿穆尔河）本身。本图集按编辑判断将其关联至阿穆尔州。'),
 ('project', 'tongjiang-transshipment-oil-complex', 'name', 'ru', 'Нефтеперевалочный комплекс у моста Нижнеленинское — Тунцзян'),
 ('project', 'tongjiang-transshipment-oil-complex', 'name', 'zh', '同江中俄铁路大桥（同江—下列宁斯阔耶）石油换装综合体'),
 ('project', 'tongjiang-transshipment-oil-complex', 'status_as_of', 'ru', '2023 г. (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи»)'),
 ('project', 'tongjiang-transshipment-oil-complex', 'status_as_of', 'zh', '2023年（新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》）'),
 ('project', 'tongjiang-transshipment-oil-complex', 'summary', 'ru', 'По данным заметки «China and Russia Forge Deeper Economic Ties Despite Western Disapproval» («Китай и Россия углубляют экономические связи вопреки неодобрению Запада», 2023), Китай и Россия совместно строили нефтеперевалочный комплекс у железнодорожного моста Нижнеленинское — Тунцзян, чтобы переориентировать российский сырьевой экспорт с Европы.'),
 ('project', 'tongjiang-transshipment-oil-complex', 'summary', 'zh', '据新闻报道《China and Russia Forge Deeper Economic Ties Despite Western Disapproval》（《中国与俄罗斯不顾西方反对深化经济联系》，2023年），中国和俄罗斯正在下列宁斯阔耶与同江之间的铁路大桥（同江中俄铁路大桥）附近合建一座石油转运综合设施，旨在使俄罗斯的大宗商品出口转离欧洲。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('project', 'tongjiang-transshipment-oil-complex', 'note', 'ru', 'Примечание редакции: в заметке не сказано, на каком берегу расположен комплекс, какие грузы он переваливает и каковы его размеры.'),
 ('project', 'tongjiang-transshipment-oil-complex', 'note', 'zh', '编者注：该报道未说明综合体位于哪一岸、处理何种货物以及规模多大。'),
 ('project', 'heihe-cross-border-transmission-line', 'name', 'ru', 'Трансграничная международная линия электропередачи в Хэйхэ'),
 ('project', 'heihe-cross-border-transmission-line', 'name', 'zh', '黑河跨境国际输电线路'),
 ('project', 'heihe-cross-border-transmission-line', 'status_as_of', 'ru', '2019 г. (Song 2019, табл. 2)'),
 ('project', 'heihe-cross-border-transmission-line', 'status_as_of', 'zh', '2019年（Song 2019，表2）'),
 ('project', 'heihe-cross-border-transmission-line', 'summary', 'ru', 'Линия электропередачи через границу в Хэйхэ, включённая в строку «электросети» схемы каналов у Song вместе с линией Харбин — Таншань. Ни мощность, ни конечный пункт на российской стороне не указаны.'),
 ('project', 'heihe-cross-border-transmission-line', 'summary', 'zh', '黑河的跨境输电线路，与哈尔滨—唐山输电线路一同列于Song通道布局的电网一栏。未给出输电能力或俄方终点。'),
 ('project', 'heihe-cross-border-transmission-line', 'note', 'ru', 'Примечание редакции: табл. 2 в статье Song (2019) — схема размещения каналов, статус её позиций в ней не указан. Статус «запланировано» фиксирует лишь то, что объект входит в план, и не означает вывода, что в 2019 г. он ещё не был построен.'),
 ('project', 'heihe-cross-border-transmission-line', 'note', 'zh', '编者注：Song（2019）的表2是通道布局规划，未注明各项的状态。“规划中”这一状态仅表示该项列入规划，并不意味着认定其在2019年尚未建成。'),
 ('project', 'harbin-tangshan-transmission-line', 'name', 'ru', 'Линия электропередачи Харбин — Таншань'),
 ('project', 'harbin-tangshan-transmission-line', 'name', 'zh', '哈尔滨—唐山输电线路'),
 ('project', 'harbin-tangshan-transmission-line', 'status_as_of', 'ru', '2019 г. (Song 2019, табл. 2)'),
 ('project', 'harbin-tangshan-transmission-line', 'status_as_of', 'zh', '2019年（Song 2019，表2）'),
 ('project', 'harbin-tangshan-transmission-line', 'summary', 'ru', 'Линия электропередачи из Харбина в Таншань (провинция Хэбэй), включённая в строку «электросети» схемы каналов у Song после трансграничной линии в Хэйхэ. Других подробностей Song не приводит.'),
 ('project', 'harbin-tangshan-transmission-line', 'summary', 'zh', '从哈尔滨至河北省唐山的输电线路，在Song通道布局的电网一栏中列于黑河跨境线路之后。Song未提供更多细节。'),
 ('project', 'harbin-tangshan-transmission-line', 'note', 'ru', 'Примечание редакции: табл. 2 в статье Song (2019) — схема размещения каналов, статус её позиций в ней не указан. Статус «запланировано» фиксирует лишь то, что объект входит в план, и не означает вывода, что в 2019 г. он ещё не был построен. В строке сказано: «трансграничная международная линия электропередачи в Хэйхэ, китайско-российская граница и линия электропередачи Харбин — Таншань», хотя линия Харбин — Таншань — внутренняя.'),
 ('project', 'harbin-tangshan-transmission-line', 'note', 'zh', '编者注：Song（2019）的表2是通道布局规划，未注明各项的状态。“规划中”这一状态仅表示该项列入规划，并不意味着认定其在2019年尚未建成。该栏原文为“黑河跨境国际输电线路、中俄边境以及哈尔滨—唐山输电线路”，而哈尔滨—唐山线路为国内线路。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('project', 'tongjiang-nizhneleninskoye-bridge', 'name', 'ru', 'Железнодорожный мост Нижнеленинское — Тунцзян'),
 ('project', 'tongjiang-nizhneleninskoye-bridge', 'name', 'zh', '同江中俄铁路大桥（同江—下列宁斯阔耶）'),
 ('project', 'tongjiang-nizhneleninskoye-bridge', 'status_as_of', 'ru', 'июнь 2024 г. (Zhang 2025)'),
 ('project', 'tongjiang-nizhneleninskoye-bridge', 'status_as_of', 'zh', '2024年6月（Zhang 2025）'),
 ('project', 'tongjiang-nizhneleninskoye-bridge', 'capacity_unit', 'ru', 'млн т'),
 ('project', 'tongjiang-nizhneleninskoye-bridge', 'capacity_unit', 'zh', '百万吨'),
 ('project', 'tongjiang-nizhneleninskoye-bridge', 'capacity_note', 'ru', 'Совокупный объём грузов в обоих направлениях с момента открытия — более 6 млн т по состоянию на июнь 2024 г. (Zhang 2025, §2.2). Это грузопоток, а не проектная мощность.'),
 ('project', 'tongjiang-nizhneleninskoye-bridge', 'capacity_note', 'zh', '自开通以来的双向累计货运量，截至2024年6月超过600万吨（Zhang 2025，§2.2）。此为实际货运量，而非设计能力。'),
 ('project', 'tongjiang-nizhneleninskoye-bridge', 'summary', 'ru', 'Первый трансграничный железнодорожный мост между Китаем и Россией — через Амур, между городом Тунцзян в провинции Хэйлунцзян и селом Нижнеленинское в Еврейской автономной области. Song (2019) сообщает, что его строительство в рамках Восточного пояса Шёлкового пути шло успешно. Zhang (2025) относит ввод моста в эксплуатацию к 2022 г. и сообщает, что к июню 2024 г. по нему перевезено более 6 млн т грузов в обоих направлениях. В 2023 г., по данным заметки «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи»), рядом с мостом строился нефтеперевалочный комплекс.'),
 ('project', 'tongjiang-nizhneleninskoye-bridge', 'summary', 'zh', '中国与俄罗斯之间的第一座跨境铁路大桥，横跨黑龙江，连接黑龙江省同江市与犹太自治州下列宁斯阔耶村。Song（2019）称，该桥建设在东部丝路带框架下顺利推进。Zhang（2025）称该桥于2022年投入使用，截至2024年6月双向累计货运量超过600万吨。据新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》），2023年大桥附近正在兴建一座石油转运综合设施。'),
 ('project', 'tongjiang-nizhneleninskoye-bridge', 'note', 'ru', 'Примечание редакции: в машинном переводе статьи Zhang мост назван «Tongjiang-Leninskoye Bridge» (мост Тунцзян — Ленинское), у Song — «the first cross-border Tongjiang Railway Bridge» (первый трансграничный Тунцзянский железнодорожный мост) и «the Sino-Russian Tongjiang Railway Bridge project» (проект китайско-российского Тунцзянского железнодорожного моста). Российский конец моста — Нижнеленинское, как и сказано в новостной заметке «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи», 2023).'),
 ('project', 'tongjiang-nizhneleninskoye-bridge', 'note', 'zh', '编者注：Zhang一文的机器翻译称之为“Tongjiang-Leninskoye Bridge”（同江—列宁斯阔耶大桥），Song称之为“the first cross-border Tongjiang Railway Bridge”（首座跨境同江铁路大桥）和“the Sino-Russian Tongjiang Railway Bridge project”（中俄同江铁路大桥项目）。据新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》，2023年），大桥俄方一端为下列宁斯阔耶。'),
 ('project', 'heihe-blagoveshchensk-highway-bridge', 'name', 'ru', 'Автомобильный мост Благовещенск — Хэйхэ'),
 ('project', 'heihe-blagoveshchensk-highway-bridge', 'name', 'zh', '黑河—布拉戈维申斯克界河公路大桥'),
 ('project', 'heihe-blagoveshchensk-highway-bridge', 'status_as_of', 'ru', 'данные опубликованы в 2025 г. (Zhang 2025)'),
 ('project', 'heihe-blagoveshchensk-highway-bridge', 'status_as_of', 'zh', '2025年报道（Zhang 2025）'),
 ('project', 'heihe-blagoveshchensk-highway-bridge', 'capacity_unit', 'ru', 'тыс. т за один год'),
 ('project', 'heihe-blagoveshchensk-highway-bridge', 'capacity_unit', 'zh', '千吨（一年内）'),
 ('project', 'heihe-blagoveshchensk-highway-bridge', 'capacity_note', 'ru', 'Грузооборот «за год» — более 370 тыс. т (Zhang 2025, §2.2). О каком годе идёт речь, не сказано. Это фактический грузопоток, а не проектная мощность.'),
 ('project', 'heihe-blagoveshchensk-highway-bridge', 'capacity_note', 'zh', '“全年”货运量超过37万吨（Zhang 2025，§2.2）。未说明是哪一年。此为实际货运量，而非设计能力。'),
 ('project', 'heihe-blagoveshchensk-highway-bridge', 'summary', 'ru', 'Автомобильный мост через Амур между Хэйхэ и Благовещенском. Song (2019) сообщает сначала о подготовительных работах, затем о начале строительства. По данным Zhang (2025), грузооборот по мосту «за год» составил более 370 тыс. т. Репортаж из Хэйхэ (2023) описывает «огромный мост» у Хэйхэ, по которому идёт торговля сырьём, и рассказывает о встрече там с российским водителем грузовика.'),
 ('project', 'heihe-blagoveshchensk-highway-bridge', 'summary', 'zh', '横跨黑龙江、连接黑河与布拉戈维申斯克的公路大桥。Song（2019）先报道了其前期工作，后又称大桥已在建设中。据Zhang（2025），该桥“全年”货运量超过37万吨。黑河专题报道（2023）描述了黑河附近一座承载大宗商品贸易的“巨大桥梁”，记者在那里遇到了一名俄罗斯卡车司机。'),
 ('project', 'heihe-blagoveshchensk-highway-bridge', 'note', 'ru', 'Примечание редакции: Zhang не уточняет, к какому году относятся 370 тыс. т. Предыдущая цифра в том же предложении датирована июнем 2024 г., а источник, на который Zhang ссылается в этом фрагменте (ссылка [11]), относится к 2024 г. В репортаже из Хэйхэ мост «выше по реке» не назван. Атлас отождествляет его с этим автомобильным мостом, поскольку действие репортажа происходит в Хэйхэ, а водитель грузовика живёт на другом берегу реки, то есть в Благовещенске. В строке автодорог табл. 2 у Song упомянуты также «пограничные мосты через реки (Хэйхэ — Дуннин — река Логу)», но этот мост не назван, и здесь эта строка не цитируется. Дата открытия в источниках не указана.'),
 ('project', 'heihe-blagoveshchensk-highway-bridge', 'note', 'zh', '编者注：Zhang未说明37万吨对应哪一年。同一句中在其之前的数据注明为2024年6月，Zhang在这段文字中引用的资料（参考文献[11]）也是2024年的。黑河专题报道未说出那座“上游方向”大桥的名称。本图集将其认定为这座公路大桥，因为报道发生在黑河，而那名卡车司机住在河对岸，即布拉戈维申斯克。Song表2的公路一栏还列有“界河大桥（黑河—东宁—洛古河）”，但未点明这座大桥，此处未引用该栏。各来源均未提供开通日期。'),
 ('project', 'grain-corridor', 'name', 'ru', 'Зерновой коридор Россия — Северо-Восточный Китай'),
 ('project', 'grain-corridor', 'name', 'zh', '俄罗斯—中国东北粮食走廊'),
 ('project', 'grain-corridor', 'status_as_of', 'ru', '2023 г. (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи»)'),
 ('project', 'grain-corridor', 'status_as_of', 'zh', '2023年（新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》）'),
 ('project', 'grain-corridor', 'summary', 'ru', 'Заметка «China and Russia Forge Deeper Economic Ties Despite Western Disapproval» («Китай и Россия углубляют экономические связи вопреки неодобрению Запада», 2023) сообщает, что строился зерновой коридор, который должен связать российскую сторону с северо-восточной житницей Китая, укрепить продовольственную безопасность Китая и экономические связи двух стран. В заметке также отмечается рост импорта российского зерна в Китай.'),
 ('project', 'grain-corridor', 'summary', 'zh', '新闻报道《China and Russia Forge Deeper Economic Ties Despite Western Disapproval》（《中国与俄罗斯不顾西方反对深化经济联系》，2023年）称，一条粮食走廊正在建设中，旨在将俄方与中国东北粮仓连接起来，以保障中国粮食安全并加强两国经济联系。报道还指出，中国自俄罗斯进口的粮食不断增加。'),
 ('project', 'grain-corridor', 'note', 'ru', 'Примечание редакции: в заметке сказано, что коридор связывает «Хэйлунцзян России» и северо-восточную житницу Китая. Хэйлунцзян — китайская провинция, поэтому российский конец коридора неясен. Атлас связывает запись с Дальним Востоком России как с наиболее вероятным толкованием. Маршрут, пропускная способность и оператор не указаны.'),
 ('project', 'grain-corridor', 'note', 'zh', '编者注：报道称该走廊连接“俄罗斯的黑龙江”与中国东北粮仓。黑龙江省是中国的一个省，因此走廊的俄方一端并不明确。本图集将其关联至俄罗斯远东，作为最可能的解读。报道未给出线路、运力或运营方。'),
 ('project', 'binhai-1-corridor', 'name', 'ru', 'Международный транспортный коридор «Приморье-1» (Биньхай № 1)'),
 ('project', 'binhai-1-corridor', 'name', 'zh', '滨海1号国际交通走廊（俄称“滨海-1”）'),
 ('project', 'binhai-1-corridor', 'status_as_of', 'ru', '2025 г. (Zhang 2025)'),
 ('project', 'binhai-1-corridor', 'status_as_of', 'zh', '2025年（Zhang 2025）'),
 ('project', 'binhai-1-corridor', 'summary', 'ru', 'Один из двух международных транспортных коридоров, строительство которых, по данным Zhang (2025), активно продвигают обе стороны. Маршрут и какие-либо показатели Zhang не приводит.'),
 ('project', 'binhai-1-corridor', 'summary', 'zh', '据Zhang（2025），双方正在积极推进建设的两条国际交通走廊之一。Zhang未给出线路或任何数据。'),
 ('project', 'binhai-1-corridor', 'note', 'ru', 'Примечание редакции: Биньхай (滨海) — китайское название Приморья, так что речь идёт о коридорах, известных в России как «Приморье-1» и «Приморье-2». Zhang не указывает маршрут, поэтому запись не привязана ни к одному месту. Формулировка «активно продвигают строительство» отражена статусом «строится».'),
 ('project', 'binhai-1-corridor', 'note', 'zh', '编者注：“滨海”是滨海边疆区（Primorye）的中文名称，因此这两条走廊即在俄罗斯称为“滨海-1”和“滨海-2”（Primorye-1、Primorye-2）的走廊。Zhang未给出线路，因此未关联任何地点。“积极推进建设”记为“在建”。'),
 ('project', 'binhai-2-corridor', 'name', 'ru', 'Международный транспортный коридор «Приморье-2» (Биньхай № 2)'),
 ('project', 'binhai-2-corridor', 'name', 'zh', '滨海2号国际交通走廊（俄称“滨海-2”）'),
 ('project', 'binhai-2-corridor', 'status_as_of', 'ru', '2025 г. (Zhang 2025)'),
 ('project', 'binhai-2-corridor', 'status_as_of', 'zh', '2025年（Zhang 2025）'),
 ('project', 'binhai-2-corridor', 'summary', 'ru', 'Второй из двух международных транспортных коридоров, строительство которых, по данным Zhang (2025), активно продвигают обе стороны. Маршрут и какие-либо показатели Zhang не приводит.'),
 ('project', 'binhai-2-corridor', 'summary', 'zh', '据Zhang（2025），双方正在积极推进建设的两条国际交通走廊中的第二条。Zhang未给出线路或任何数据。'),
 ('project', 'binhai-2-corridor', 'note', 'ru', 'Примечание редакции: см. «Приморье-1» (Биньхай № 1): Биньхай (滨海) — китайское название Приморья. Маршрут не указан, поэтому запись не привязана ни к одному месту.'),
 ('project', 'binhai-2-corridor', 'note', 'zh', '编者注：参见滨海1号国际交通走廊：“滨海”是滨海边疆区（Primorye）的中文名称。未给出线路，因此未关联任何地点。'),
 ('project', 'harbin-russia-europe-railway', 'name', 'ru', 'Железнодорожный маршрут Харбин — Россия — Европа и поезда Китай — Европа до Варшавы'),
 ('project', 'harbin-russia-europe-railway', 'name', 'zh', '哈尔滨—俄罗斯—欧洲铁路与开往华沙的中欧班列');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('project', 'harbin-russia-europe-railway', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'harbin-russia-europe-railway', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'harbin-russia-europe-railway', 'capacity_unit', 'ru', 'поезда в сутки'),
 ('project', 'harbin-russia-europe-railway', 'capacity_unit', 'zh', '列/日'),
 ('project', 'harbin-russia-europe-railway', 'capacity_note', 'ru', 'Средняя частота движения поездов Китай — Европа до Варшавы, время в пути — 13 суток (Song 2019).'),
 ('project', 'harbin-russia-europe-railway', 'capacity_note', 'zh', '开往华沙的中欧班列平均开行频次，全程13天（Song 2019）。'),
 ('project', 'harbin-russia-europe-railway', 'summary', 'ru', 'Создание трансграничной транспортной системы для железнодорожного маршрута Харбин — Россия — Европа было первой целью Восточного пояса Шёлкового пути. По данным Song, поезда Китай — Европа ходят напрямую до Варшавы, в среднем 1,3 поезда в сутки, а весь путь занимает 13 суток, однако откуда отправляются эти поезда, Song не указывает. Девиз Лунцзянского пояса «На запад — к Европе, на восток — к морю» предполагает прямые грузовые и пассажирские поезда вглубь Европы.'),
 ('project', 'harbin-russia-europe-railway', 'summary', 'zh', '为哈尔滨—俄罗斯—欧洲铁路构建跨境运输体系，是东部丝路带的首要目标。据Song称，中欧班列直达华沙，平均每天1.3列，全程13天，但Song未说明这些班列从何处始发。龙江丝路带“西联欧洲、东出大海”的口号要求货运和客运列车直达欧洲腹地。'),
 ('project', 'harbin-russia-europe-railway', 'note', 'ru', 'Примечание редакции: Song не говорит, что поезда до Варшавы отправляются из Харбина. Атлас объединяет эти два фрагмента, поскольку оба описывают железнодорожную связь провинции с Европой. Маршрут по территории России не указан.'),
 ('project', 'harbin-russia-europe-railway', 'note', 'zh', '编者注：Song并未说明开往华沙的班列从哈尔滨始发。本图集将这两段内容合并，因为二者都描述了该省通往欧洲的铁路联系。途经俄罗斯境内的线路未见说明。'),
 ('project', 'vladivostok-rail-rerouting', 'name', 'ru', 'Железнодорожный маршрут через Владивосток для грузов в Дельту Жемчужной реки'),
 ('project', 'vladivostok-rail-rerouting', 'name', 'zh', '经符拉迪沃斯托克发往珠江三角洲的铁路货运线路'),
 ('project', 'vladivostok-rail-rerouting', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'vladivostok-rail-rerouting', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'vladivostok-rail-rerouting', 'summary', 'ru', 'По данным Song, грузы, которые раньше отправлялись в Дельту Жемчужной реки через порт Далянь, стали перевозить по железной дороге во Владивосток, что экономит почти неделю и снижает затраты примерно на 20%. Это и есть восточный сухопутно-морской выход к морю, который Лунцзянский пояс планирует через Суйфэньхэ.'),
 ('project', 'vladivostok-rail-rerouting', 'summary', 'zh', '据Song称，过去经大连港运往珠江三角洲的货物，改为经铁路运至符拉迪沃斯托克，节省近一周时间，成本降低约20%。这正是龙江丝路带规划经绥芬河打通的东向陆海出海通道。'),
 ('project', 'vladivostok-rail-rerouting', 'note', 'ru', 'Примечание редакции: Song не называет ни пункт отправления грузов, ни морской участок после Владивостока. С записью связаны Хэйлунцзян как подразумеваемый пункт отправления и Далянь как прежний маршрут.'),
 ('project', 'vladivostok-rail-rerouting', 'note', 'zh', '编者注：Song未说明货物的始发地，也未说明符拉迪沃斯托克之后的海运路段。本图集将黑龙江省关联为隐含的始发地，将大连关联为原有线路。'),
 ('project', 'northeast-asia-sea-route', 'name', 'ru', 'Морской маршрут Гуанчжоу — Шанхай — Пусан — Ниигата — Владивосток — Находка — Порт Восточный'),
 ('project', 'northeast-asia-sea-route', 'name', 'zh', '广州—上海—釜山—新潟—符拉迪沃斯托克—纳霍德卡—东方港海上航线'),
 ('project', 'northeast-asia-sea-route', 'status_as_of', 'ru', '2019 г. (Song 2019, табл. 2)'),
 ('project', 'northeast-asia-sea-route', 'status_as_of', 'zh', '2019年（Song 2019，表2）'),
 ('project', 'northeast-asia-sea-route', 'summary', 'ru', 'Морской участок канала «Сухопутно-морские перевозки» в схеме Song: китайские порты Гуанчжоу, Нинбо и Шанхай, Пусан (Южная Корея) и Ниигата (Япония), а также порты Дальнего Востока России — Владивосток, Находка и «Дунфан» (Порт Восточный).'),
 ('project', 'northeast-asia-sea-route', 'summary', 'zh', 'Song通道布局中“陆海联运”通道的海运段：中国的广州、宁波和上海港，韩国釜山港和日本新潟港，以及俄罗斯远东的符拉迪沃斯托克港、纳霍德卡港和“Dongfang”（东方港）。'),
 ('project', 'northeast-asia-sea-route', 'note', 'ru', 'Примечание редакции: табл. 2 в статье Song (2019) — схема размещения каналов, статус её позиций в ней не указан. Статус «запланировано» фиксирует лишь то, что объект входит в план, и не означает вывода, что в 2019 г. он ещё не был построен. «Dongfang» прочитано как Порт Восточный (东方港), см. запись об этом месте.'),
 ('project', 'northeast-asia-sea-route', 'note', 'zh', '编者注：Song（2019）的表2是通道布局规划，未注明各项的状态。“规划中”这一状态仅表示该项列入规划，并不意味着认定其在2019年尚未建成。“Dongfang”解读为东方港，参见该地点条目。'),
 ('project', 'vladivostok-suifenhe-manzhouli-railway-line', 'name', 'ru', 'Железнодорожная линия порты Владивостока — Суйфэньхэ — Маньчжурия (Маньчжоули) — Транссиб — Гамбург и Роттердам'),
 ('project', 'vladivostok-suifenhe-manzhouli-railway-line', 'name', 'zh', '符拉迪沃斯托克港口—绥芬河—满洲里—西伯利亚大铁路—汉堡和鹿特丹铁路线'),
 ('project', 'vladivostok-suifenhe-manzhouli-railway-line', 'status_as_of', 'ru', '2019 г. (Song 2019, табл. 2)'),
 ('project', 'vladivostok-suifenhe-manzhouli-railway-line', 'status_as_of', 'zh', '2019年（Song 2019，表2）'),
 ('project', 'vladivostok-suifenhe-manzhouli-railway-line', 'summary', 'ru', 'Сухопутный мост в схеме каналов Song: от портов Владивостока через Суйфэньхэ и Маньчжурию (Маньчжоули) к Транссибу и далее к Балтике и портам Гамбург и Роттердам. Это вторая из «четырёх основных железнодорожных линий», она же — сухопутный участок строки «Сухопутно-морские перевозки».'),
 ('project', 'vladivostok-suifenhe-manzhouli-railway-line', 'summary', 'zh', 'Song通道布局中的一条大陆桥：从符拉迪沃斯托克各港口经绥芬河和满洲里接入西伯利亚大铁路，再通往波罗的海沿岸以及汉堡港和鹿特丹港。它是“四大铁路干线”中的第二条，也作为“陆海联运”一栏的陆路段出现。'),
 ('project', 'vladivostok-suifenhe-manzhouli-railway-line', 'note', 'ru', 'Примечание редакции: табл. 2 в статье Song (2019) — схема размещения каналов, статус её позиций в ней не указан. Статус «запланировано» фиксирует лишь то, что объект входит в план, и не означает вывода, что в 2019 г. он ещё не был построен. В табл. 2 этот канал указан дважды: как сухопутная часть «Сухопутно-морских перевозок» («Суйфэньхэ — Маньчжурия — Байкал — Российская Сибирская железная дорога и далее на запад к побережью Балтики и портам Гамбург и Роттердам») и как железнодорожная линия 2, поэтому в атласе ему соответствует одна запись. «Байкал» здесь не пояснён: возможно, имеется в виду Забайкальск — российская станция напротив Маньчжурии (Маньчжоули), — или регион Байкала.'),
 ('project', 'vladivostok-suifenhe-manzhouli-railway-line', 'note', 'zh', '编者注：Song（2019）的表2是通道布局规划，未注明各项的状态。“规划中”这一状态仅表示该项列入规划，并不意味着认定其在2019年尚未建成。表2两次列出这一通道：一次作为“陆海联运”的陆路部分（“绥芬河—满洲里—贝加尔—俄罗斯西伯利亚铁路，向西至波罗的海沿岸及汉堡港和鹿特丹港”），一次作为第2条铁路干线，因此本图集只保留一条记录。其中的“贝加尔”未作解释，可能指满洲里对面的俄罗斯车站后贝加尔斯克，也可能指贝加尔地区。'),
 ('project', 'dalian-tongjiang-railway-line', 'name', 'ru', 'Железнодорожная линия порт Далянь — Тунцзян — Транссиб и Байкало-Амурская магистраль'),
 ('project', 'dalian-tongjiang-railway-line', 'name', 'zh', '大连港—同江—西伯利亚大铁路及贝阿铁路铁路线'),
 ('project', 'dalian-tongjiang-railway-line', 'status_as_of', 'ru', '2019 г. (Song 2019, табл. 2)'),
 ('project', 'dalian-tongjiang-railway-line', 'status_as_of', 'zh', '2019年（Song 2019，表2）'),
 ('project', 'dalian-tongjiang-railway-line', 'summary', 'ru', 'Первая из «четырёх основных железнодорожных линий» в схеме каналов Song: от порта Далянь через Тунцзян, где железнодорожный мост ведёт в Россию, к Транссибу и «Beia Railway».'),
 ('project', 'dalian-tongjiang-railway-line', 'summary', 'zh', 'Song通道布局中“四大铁路干线”的第一条：从大连港经同江（铁路大桥由此通往俄罗斯），接入西伯利亚大铁路和“Beia Railway”。'),
 ('project', 'dalian-tongjiang-railway-line', 'note', 'ru', 'Примечание редакции: табл. 2 в статье Song (2019) — схема размещения каналов, статус её позиций в ней не указан. Статус «запланировано» фиксирует лишь то, что объект входит в план, и не означает вывода, что в 2019 г. он ещё не был построен. «Beia Railway» прочитано как Байкало-Амурская магистраль, см. соответствующую запись.'),
 ('project', 'dalian-tongjiang-railway-line', 'note', 'zh', '编者注：Song（2019）的表2是通道布局规划，未注明各项的状态。“规划中”这一状态仅表示该项列入规划，并不意味着认定其在2019年尚未建成。“Beia Railway”解读为贝加尔—阿穆尔铁路（贝阿铁路），参见该条目。'),
 ('project', 'blagoveshchensk-railway-line', 'name', 'ru', 'Железнодорожная линия Благовещенск — Транссиб и Байкало-Амурская магистраль'),
 ('project', 'blagoveshchensk-railway-line', 'name', 'zh', '布拉戈维申斯克—西伯利亚大铁路及贝阿铁路铁路线'),
 ('project', 'blagoveshchensk-railway-line', 'status_as_of', 'ru', '2019 г. (Song 2019, табл. 2)'),
 ('project', 'blagoveshchensk-railway-line', 'status_as_of', 'zh', '2019年（Song 2019，表2）'),
 ('project', 'blagoveshchensk-railway-line', 'summary', 'ru', 'Третья из «четырёх основных железнодорожных линий» в схеме каналов Song, связывающая Благовещенск с Транссибом и «Beia Railway».'),
 ('project', 'blagoveshchensk-railway-line', 'summary', 'zh', 'Song通道布局中“四大铁路干线”的第三条，连接布拉戈维申斯克与西伯利亚大铁路和“Beia Railway”。'),
 ('project', 'blagoveshchensk-railway-line', 'note', 'ru', 'Примечание редакции: табл. 2 в статье Song (2019) — схема размещения каналов, статус её позиций в ней не указан. Статус «запланировано» фиксирует лишь то, что объект входит в план, и не означает вывода, что в 2019 г. он ещё не был построен. В таблице напечатано «Blabovichsk», что прочитано как Благовещенск.'),
 ('project', 'blagoveshchensk-railway-line', 'note', 'zh', '编者注：Song（2019）的表2是通道布局规划，未注明各项的状态。“规划中”这一状态仅表示该项列入规划，并不意味着认定其在2019年尚未建成。表中印作“Blabovichsk”，解读为布拉戈维申斯克。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('project', 'border-ports-railway-line', 'name', 'ru', 'Железнодорожная линия пограничных пунктов пропуска Лаохэйшань — Мохэ'),
 ('project', 'border-ports-railway-line', 'name', 'zh', '老黑山—漠河沿边口岸铁路线'),
 ('project', 'border-ports-railway-line', 'status_as_of', 'ru', '2019 г. (Song 2019, табл. 2)'),
 ('project', 'border-ports-railway-line', 'status_as_of', 'zh', '2019年（Song 2019，表2）'),
 ('project', 'border-ports-railway-line', 'summary', 'ru', 'Четвёртая из «четырёх основных железнодорожных линий» в схеме каналов Song: цепочка пограничных пунктов пропуска от пункта Лаохэйшань через Дуннин, Суйфэньхэ, Хулинь, Жаохэ, Фуюань, Тунцзян, Миншань, Сюнькэ и Хэйхэ до Мохэ с выходом на Транссиб и «Beia Railway».'),
 ('project', 'border-ports-railway-line', 'summary', 'zh', 'Song通道布局中“四大铁路干线”的第四条：由老黑山经东宁、绥芬河、虎林、饶河、抚远、同江、名山、逊克、黑河至漠河的一串沿边口岸，与西伯利亚大铁路和“Beia Railway”相连。'),
 ('project', 'border-ports-railway-line', 'note', 'ru', 'Примечание редакции: табл. 2 в статье Song (2019) — схема размещения каналов, статус её позиций в ней не указан. Статус «запланировано» фиксирует лишь то, что объект входит в план, и не означает вывода, что в 2019 г. он ещё не был построен. «Mingshan» прочитано как пункт пропуска Миншань в уезде Лобэй, см. запись об этом месте.'),
 ('project', 'border-ports-railway-line', 'note', 'zh', '编者注：Song（2019）的表2是通道布局规划，未注明各项的状态。“规划中”这一状态仅表示该项列入规划，并不意味着认定其在2019年尚未建成。“Mingshan”解读为萝北县名山口岸，参见该地点条目。'),
 ('project', 'tongjiang-khabarovsk-river-sea-route', 'name', 'ru', 'Смешанный речно-морской маршрут Тунцзян — Хабаровск — Комсомольск-на-Амуре — пролив'),
 ('project', 'tongjiang-khabarovsk-river-sea-route', 'name', 'zh', '同江—哈巴罗夫斯克—阿穆尔河畔共青城—海峡江海联运航线'),
 ('project', 'tongjiang-khabarovsk-river-sea-route', 'status_as_of', 'ru', '2019 г. (Song 2019, табл. 2)'),
 ('project', 'tongjiang-khabarovsk-river-sea-route', 'status_as_of', 'zh', '2019年（Song 2019，表2）'),
 ('project', 'tongjiang-khabarovsk-river-sea-route', 'summary', 'ru', 'Водный путь в схеме каналов Song: от порта Тунцзян вниз по Амуру (Хэйлунцзяну) мимо Хабаровска и «Гунцинчэна» (Комсомольск-на-Амуре) до «пролива». В той же строке Харбин и Цзямусы названы узловыми речными портами, а Хэйхэ и Фуюань — опорными пунктами.'),
 ('project', 'tongjiang-khabarovsk-river-sea-route', 'summary', 'zh', 'Song通道布局中的一条水路：从同江港沿黑龙江（阿穆尔河）而下，经哈巴罗夫斯克和“Gongqingcheng”（阿穆尔河畔共青城）直至“海峡”。同一栏将哈尔滨和佳木斯列为枢纽河港，将黑河和抚远列为节点。'),
 ('project', 'tongjiang-khabarovsk-river-sea-route', 'note', 'ru', 'Примечание редакции: табл. 2 в статье Song (2019) — схема размещения каналов, статус её позиций в ней не указан. Статус «запланировано» фиксирует лишь то, что объект входит в план, и не означает вывода, что в 2019 г. он ещё не был построен. Какой «пролив» имеется в виду, не сказано, вероятно, Татарский пролив у устья Амура. В той же строке указано «Fuyuan Port-Qianfu Railway-the Yujita Gangyuan Economic Zon-Yujita Deepwater Port Area» (порт Фуюань — железная дорога «Qianfu» — экономическая зона «Yujita Gangyuan» — глубоководный портовый район «Yujita»), которое атлас не моделирует: «Qianfu», возможно, означает железную дорогу Цяньцзинь — Фуюань, а «Yujita» — искажённое название одного из портовых районов Фуюаня, однако ни то ни другое нельзя установить с уверенностью.'),
 ('project', 'tongjiang-khabarovsk-river-sea-route', 'note', 'zh', '编者注：Song（2019）的表2是通道布局规划，未注明各项的状态。“规划中”这一状态仅表示该项列入规划，并不意味着认定其在2019年尚未建成。“海峡”未具名，可能指黑龙江（阿穆尔河）入海口处的鞑靼海峡。该栏还列有“Fuyuan Port-Qianfu Railway-the Yujita Gangyuan Economic Zon-Yujita Deepwater Port Area”（抚远港—“Qianfu”铁路—“Yujita”港园经济区—“Yujita”深水港区），本图集未将其列为项目：“Qianfu”可能指前进—抚远铁路，“Yujita”可能是抚远某港区名称的讹误，二者均无法确认。'),
 ('project', 'mohe-dongning-border-highway', 'name', 'ru', 'Пограничная автодорога Мохэ — Дуннин'),
 ('project', 'mohe-dongning-border-highway', 'name', 'zh', '漠河—东宁沿边公路'),
 ('project', 'mohe-dongning-border-highway', 'status_as_of', 'ru', '2019 г. (Song 2019, табл. 2)'),
 ('project', 'mohe-dongning-border-highway', 'status_as_of', 'zh', '2019年（Song 2019，表2）'),
 ('project', 'mohe-dongning-border-highway', 'summary', 'ru', 'Автодороги первой и второй категорий вдоль границы — от Мохэ на севере до Дуннина на юго-востоке, указанные в строке автодорог схемы каналов Song.'),
 ('project', 'mohe-dongning-border-highway', 'summary', 'zh', 'Song通道布局公路一栏所列的沿边境一级和二级公路，北起漠河，东南至东宁。'),
 ('project', 'mohe-dongning-border-highway', 'note', 'ru', 'Примечание редакции: табл. 2 в статье Song (2019) — схема размещения каналов, статус её позиций в ней не указан. Статус «запланировано» фиксирует лишь то, что объект входит в план, и не означает вывода, что в 2019 г. он ещё не был построен. В той же строке указаны местные скоростные дороги вокруг Харбина, а также дороги Суйхуа — Дацин, «Харбин — Уюань» и Шуанъяшань — Баоцин, которые атлас не выделяет в отдельные проекты («Уюань» установить не удалось). Суйхуа, Шуанъяшань и Баоцин внесены в атлас как места.'),
 ('project', 'mohe-dongning-border-highway', 'note', 'zh', '编者注：Song（2019）的表2是通道布局规划，未注明各项的状态。“规划中”这一状态仅表示该项列入规划，并不意味着认定其在2019年尚未建成。该栏还列有哈尔滨周边的地方高速公路以及绥化—大庆、“哈尔滨—Wuyuan”和双鸭山—宝清公路，本图集未将其列为项目（“Wuyuan”无法确认）。绥化、双鸭山和宝清已作为地点收录。'),
 ('project', 'harbin-russia-air-routes', 'name', 'ru', 'Авиамаршруты и грузовые чартеры из Харбина в Россию'),
 ('project', 'harbin-russia-air-routes', 'name', 'zh', '哈尔滨对俄罗斯航线及货运包机'),
 ('project', 'harbin-russia-air-routes', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'harbin-russia-air-routes', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'harbin-russia-air-routes', 'capacity_unit', 'ru', 'новых авиамаршрута в Россию'),
 ('project', 'harbin-russia-air-routes', 'capacity_unit', 'zh', '条新开通的对俄罗斯航线'),
 ('project', 'harbin-russia-air-routes', 'capacity_note', 'ru', 'Число новых маршрутов, открытых аэропортом Харбина (Song 2019), а не пропускная способность.'),
 ('project', 'harbin-russia-air-routes', 'capacity_note', 'zh', '哈尔滨机场新开通的航线数（Song 2019），并非运力。'),
 ('project', 'harbin-russia-air-routes', 'summary', 'ru', 'Международный аэропорт Харбин Тайпин — узел авиационной схемы провинции (Китай — Россия — Центральная Европа — Северная Америка). Song сообщает о трёх новых маршрутах в Россию, о китайско-российских грузовых чартерных рейсах в Екатеринбург и о ведущей роли Харбина в грузоперевозках российской электронной торговли. На смешанные пассажирско-грузовые маршруты приходилось 40% экспорта посылок российской электронной торговли.'),
 ('project', 'harbin-russia-air-routes', 'summary', 'zh', '哈尔滨太平国际机场是该省航空布局（中国—俄罗斯—中欧—北美）的枢纽。Song称，新开通了3条对俄罗斯航线和飞往叶卡捷琳堡的中俄货运包机，哈尔滨在对俄电商货运中占据主导地位。客货混载航线承运了40%的对俄电商包裹出口。'),
 ('project', 'harbin-russia-air-routes', 'note', 'ru', 'Примечание редакции: Song не говорит, что «смешанные пассажирско-грузовые маршруты», на которые приходится 40% посылок российской электронной торговли, — это авиамаршруты, атлас относит этот показатель сюда как наиболее вероятное толкование. Региональные аэропорты из табл. 2 (Цицикар, Муданьцзян, Цзямусы, Хэйхэ, Мохэ, Фуюань) отмечены в записях соответствующих мест.'),
 ('project', 'harbin-russia-air-routes', 'note', 'zh', '编者注：Song并未说明承运40%对俄电商包裹的“客货混载航线”是航空航线，本图集将该数据列于此处，作为最可能的解读。表2中的支线机场（齐齐哈尔、牡丹江、佳木斯、黑河、漠河、抚远）已在各自的地点条目中注明。'),
 ('project', 'bear-island-highway-passenger-port', 'name', 'ru', 'Пассажирский автомобильный пункт пропуска «Медвежий остров» (Большой Уссурийский остров)'),
 ('project', 'bear-island-highway-passenger-port', 'name', 'zh', '黑瞎子岛公路客运口岸'),
 ('project', 'bear-island-highway-passenger-port', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'bear-island-highway-passenger-port', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'bear-island-highway-passenger-port', 'summary', 'ru', 'Автомобильный пассажирский пункт пропуска на «Медвежьем острове» (Большой Уссурийский остров), строительство которого, по данным Song, активно продвигалось вместе с мостами в Тунцзяне и Хэйхэ.'),
 ('project', 'bear-island-highway-passenger-port', 'summary', 'zh', '位于“熊岛”（黑瞎子岛）的公路客运口岸，据Song称，其建设与同江、黑河两座大桥一同积极推进。'),
 ('project', 'bear-island-highway-passenger-port', 'note', 'ru', 'Примечание редакции: местоположение Song не указывает. «Медвежий остров» прочитан как остров Хэйсяцзы (Большой Уссурийский остров) у Фуюаня и Хабаровска — это редакционное отождествление, см. запись об этом месте.'),
 ('project', 'bear-island-highway-passenger-port', 'note', 'zh', '编者注：Song未给出位置。“Bear Island”（熊岛）解读为抚远和哈巴罗夫斯克附近的黑瞎子岛（俄称大乌苏里岛），系编辑认定，参见该地点条目。'),
 ('project', 'harbin-mudanjiang-express-railway', 'name', 'ru', 'Скоростная железная дорога Харбин — Муданьцзян'),
 ('project', 'harbin-mudanjiang-express-railway', 'name', 'zh', '哈尔滨—牡丹江快速铁路'),
 ('project', 'harbin-mudanjiang-express-railway', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'harbin-mudanjiang-express-railway', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'harbin-mudanjiang-express-railway', 'summary', 'ru', 'Скоростная внутренняя железная дорога из Харбина в направлении пограничного пункта пропуска Суйфэньхэ, которая, по данным Song, «близка к завершению».'),
 ('project', 'harbin-mudanjiang-express-railway', 'summary', 'zh', '从哈尔滨通往绥芬河边境口岸方向的国内快速铁路，Song称其“即将建成”。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('project', 'harbin-mudanjiang-express-railway', 'note', 'ru', 'Примечание редакции: Song не называет срок завершения, а в более поздних источниках эта линия не упоминается.'),
 ('project', 'harbin-mudanjiang-express-railway', 'note', 'zh', '编者注：Song未给出竣工日期，后来的各来源也未提及这条线路。'),
 ('project', 'harbin-jiamusi-express-railway', 'name', 'ru', 'Скоростная железная дорога Харбин — Цзямусы'),
 ('project', 'harbin-jiamusi-express-railway', 'name', 'zh', '哈尔滨—佳木斯快速铁路'),
 ('project', 'harbin-jiamusi-express-railway', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'harbin-jiamusi-express-railway', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'harbin-jiamusi-express-railway', 'summary', 'ru', 'Скоростная внутренняя железная дорога из Харбина на северо-восток, в Цзямусы, которая, по данным Song, «близка к завершению».'),
 ('project', 'harbin-jiamusi-express-railway', 'summary', 'zh', '从哈尔滨向东北通往佳木斯的国内快速铁路，Song称其“即将建成”。'),
 ('project', 'harbin-jiamusi-express-railway', 'note', 'ru', 'Примечание редакции: Song не называет срок завершения, а в более поздних источниках эта линия не упоминается.'),
 ('project', 'harbin-jiamusi-express-railway', 'note', 'zh', '编者注：Song未给出竣工日期，后来的各来源也未提及这条线路。'),
 ('project', 'trans-siberian-railway', 'name', 'ru', 'Транссибирская магистраль (Транссиб)'),
 ('project', 'trans-siberian-railway', 'name', 'zh', '西伯利亚大铁路'),
 ('project', 'trans-siberian-railway', 'status_as_of', 'ru', '2025 г. (Zhang 2025)'),
 ('project', 'trans-siberian-railway', 'status_as_of', 'zh', '2025年（Zhang 2025）'),
 ('project', 'trans-siberian-railway', 'summary', 'ru', 'Главная магистраль России, идущая с запада на восток. В схеме каналов Song на неё выходят все четыре основные железнодорожные линии из Хэйлунцзяна («Российская Сибирская железная дорога»). Zhang (2025) сообщает о загруженности магистрали, достигающей 95%, и о задержках грузов более чем на 20 дней.'),
 ('project', 'trans-siberian-railway', 'summary', 'zh', '俄罗斯东西向的主干铁路。Song的通道布局将黑龙江省的四大铁路干线全部接入该线（“俄罗斯西伯利亚铁路”）。Zhang（2025）称，该线拥堵率达到95%，货物延误超过20天。'),
 ('project', 'trans-siberian-railway', 'note', 'ru', 'Примечание редакции: это общероссийская магистраль, а не трансграничный проект. Она включена в атлас, поскольку источники выводят на неё трансграничные каналы и оценивают её узкие места. Song называет её «Российской Сибирской железной дорогой» (the Russian Siberian Railway) или «Сибирской железной дорогой» (the Siberian Railway).'),
 ('project', 'trans-siberian-railway', 'note', 'zh', '编者注：这是俄罗斯的全国性铁路干线，而非跨境项目。之所以收录，是因为各来源将跨境通道接入该线，并评估了它的瓶颈。Song称之为“俄罗斯西伯利亚铁路”（the Russian Siberian Railway）或“西伯利亚铁路”（the Siberian Railway）。'),
 ('project', 'baikal-amur-mainline', 'name', 'ru', 'Байкало-Амурская магистраль (БАМ, «Beia Railway»)'),
 ('project', 'baikal-amur-mainline', 'name', 'zh', '贝加尔—阿穆尔铁路（贝阿铁路，“Beia Railway”）'),
 ('project', 'baikal-amur-mainline', 'status_as_of', 'ru', '2019 г. (Song 2019, табл. 2)'),
 ('project', 'baikal-amur-mainline', 'status_as_of', 'zh', '2019年（Song 2019，表2）'),
 ('project', 'baikal-amur-mainline', 'summary', 'ru', 'Российская железная дорога, которую схема каналов Song под названием «Beia Railway» указывает наряду с Транссибом как конечный пункт трёх из четырёх основных железнодорожных линий из Хэйлунцзяна.'),
 ('project', 'baikal-amur-mainline', 'summary', 'zh', '俄罗斯铁路，Song的通道布局以“Beia Railway”之名将其与西伯利亚大铁路并列，作为黑龙江省四大铁路干线中三条的终点。'),
 ('project', 'baikal-amur-mainline', 'note', 'ru', 'Примечание редакции: «Beia Railway» прочитано как Байкало-Амурская магистраль (БАМ, по-китайски 贝阿铁路, «Бэй-А») — это редакционное отождествление. Статус «действует» отражает состояние самой магистрали, которую Song рассматривает как уже существующую.'),
 ('project', 'baikal-amur-mainline', 'note', 'zh', '编者注：“Beia Railway”解读为贝加尔—阿穆尔铁路（BAM，中文称贝阿铁路，即Bei-A），系编者认定。“已投运”这一状态反映的是该线路本身的情况，Song将其视为既有线路。'),
 ('project', 'arctic-eurasian-optical-cable', 'name', 'ru', 'Арктическая магистральная оптоволоконная линия Европа — Азия (Мурманск — Владивосток — Суйфэньхэ — Харбин)'),
 ('project', 'arctic-eurasian-optical-cable', 'name', 'zh', '北极圈欧亚光缆通信骨干网（摩尔曼斯克—符拉迪沃斯托克—绥芬河—哈尔滨）'),
 ('project', 'arctic-eurasian-optical-cable', 'status_as_of', 'ru', '2019 г. (Song 2019, табл. 2)'),
 ('project', 'arctic-eurasian-optical-cable', 'status_as_of', 'zh', '2019年（Song 2019，表2）'),
 ('project', 'arctic-eurasian-optical-cable', 'summary', 'ru', 'Магистральная оптоволоконная линия в схеме каналов Song: от Мурманска вдоль Северного Ледовитого океана и через Берингов пролив, далее от Владивостока через Суйфэньхэ до Харбина.'),
 ('project', 'arctic-eurasian-optical-cable', 'summary', 'zh', 'Song通道布局中的光缆骨干网：从摩尔曼斯克沿北冰洋穿过白令海峡，再从符拉迪沃斯托克经绥芬河至哈尔滨。'),
 ('project', 'arctic-eurasian-optical-cable', 'note', 'ru', 'Примечание редакции: табл. 2 в статье Song (2019) — схема размещения каналов, статус её позиций в ней не указан. Статус «запланировано» фиксирует лишь то, что объект входит в план, и не означает вывода, что в 2019 г. он ещё не был построен. У Song напечатано: «the Arctic Circle Europe-Asian optical cable communication backbone network» («магистральная сеть оптоволоконной связи Европа — Азия за Полярным кругом»).'),
 ('project', 'arctic-eurasian-optical-cable', 'note', 'zh', '编者注：Song（2019）的表2是通道布局规划，未注明各项的状态。“规划中”这一状态仅表示该项列入规划，并不意味着认定其在2019年尚未建成。Song原文作“the Arctic Circle Europe-Asian optical cable communication backbone network”（北极圈欧亚光缆通信骨干网）。'),
 ('project', 'harbin-international-communication-gateway', 'name', 'ru', 'Бюро международного шлюза связи, Харбин'),
 ('project', 'harbin-international-communication-gateway', 'name', 'zh', '哈尔滨国际通信出入口局'),
 ('project', 'harbin-international-communication-gateway', 'status_as_of', 'ru', '2019 г. (Song 2019, табл. 2)'),
 ('project', 'harbin-international-communication-gateway', 'status_as_of', 'zh', '2019年（Song 2019，表2）'),
 ('project', 'harbin-international-communication-gateway', 'summary', 'ru', 'Международный телекоммуникационный шлюз в Харбине, указанный первым в строке кабельных линий схемы каналов Song.'),
 ('project', 'harbin-international-communication-gateway', 'summary', 'zh', '位于哈尔滨的国际通信出入口，在Song通道布局的光缆一栏中列于首位。'),
 ('project', 'harbin-international-communication-gateway', 'note', 'ru', 'Примечание редакции: табл. 2 в статье Song (2019) — схема размещения каналов, статус её позиций в ней не указан. Статус «запланировано» фиксирует лишь то, что объект входит в план, и не означает вывода, что в 2019 г. он ещё не был построен.'),
 ('project', 'harbin-international-communication-gateway', 'note', 'zh', '编者注：Song（2019）的表2是通道布局规划，未注明各项的状态。“规划中”这一状态仅表示该项列入规划，并不意味着认定其在2019年尚未建成。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('project', 'belt-and-road-initiative', 'name', 'ru', 'Инициатива «Один пояс, один путь» (Экономический пояс Шёлкового пути и Морской Шёлковый путь 21-го века)'),
 ('project', 'belt-and-road-initiative', 'name', 'zh', '“一带一路”倡议（丝绸之路经济带和21世纪海上丝绸之路）'),
 ('project', 'belt-and-road-initiative', 'status_as_of', 'ru', '2025 г. (Zhang 2025)'),
 ('project', 'belt-and-road-initiative', 'status_as_of', 'zh', '2025年（Zhang 2025）'),
 ('project', 'belt-and-road-initiative', 'summary', 'ru', 'Инициатива Китая, выдвинутая Си Цзиньпином осенью 2013 г. (Song). В течение пяти лет до 2019 г. провинция Хэйлунцзян включалась в неё через Восточный и Лунцзянский пояса и Экономический коридор Китай — Монголия — Россия. AsiaNews (2022) отмечает, что освоение Сибири придало бы ей импульс за счёт арктического маршрута, а Zhang (2025) пишет, что Китай увязывает её с российской концепцией «Большого Евразийского партнёрства» и стратегией развития Дальнего Востока. Song рекомендует сопрягать её с Евразийским экономическим союзом (ЕАЭС).'),
 ('project', 'belt-and-road-initiative', 'summary', 'zh', '由习近平于2013年秋提出的中国倡议（Song）。2019年之前的五年间，黑龙江省通过东部丝路带、龙江丝路带以及中蒙俄经济走廊参与其中。AsiaNews（2022）指出，开发西伯利亚将借助北极航线为其助力，Zhang（2025）称中国将其与俄罗斯的“大欧亚伙伴关系”和远东战略相对接。Song建议将其与欧亚经济联盟对接。'),
 ('project', 'belt-and-road-initiative', 'note', 'ru', 'Примечание редакции: это общенациональная инициатива, а не отдельный проект. Она включена в атлас как рамка для проектов провинции.'),
 ('project', 'belt-and-road-initiative', 'note', 'zh', '编者注：这是国家层面的倡议，而非单一项目，作为该省各项目的总体框架收录。'),
 ('project', 'turn-to-the-east', 'name', 'ru', 'Политика России «поворот на Восток»'),
 ('project', 'turn-to-the-east', 'name', 'zh', '俄罗斯“转向东方”政策'),
 ('project', 'turn-to-the-east', 'status_as_of', 'ru', '2025 г. (Zhang 2025)'),
 ('project', 'turn-to-the-east', 'status_as_of', 'zh', '2025年（Zhang 2025）'),
 ('project', 'turn-to-the-east', 'summary', 'ru', 'Описанная Zhang (2025) стратегия России, направленная на укрепление политических, экономических и культурных связей с Азиатско-Тихоокеанским регионом, чтобы преодолеть экономические трудности и дипломатическую изоляцию после украинского кризиса 2014 г. С 2022 г., как пишет Zhang, она стала прорывом в поиске Россией новых источников роста: развитие Дальнего Востока объявлено национальным приоритетом, иностранные инвестиции привлекаются через территории опережающего развития, а к 2030 г. поставлена цель обеспечить рост ВВП Дальнего Востока на 2 процентных пункта выше среднероссийского.'),
 ('project', 'turn-to-the-east', 'summary', 'zh', '据Zhang（2025）所述，这是俄罗斯在2014年乌克兰危机后为克服经济困难和外交孤立、加强与亚太地区政治、经济和文化联系的战略。Zhang写道，自2022年以来，这一战略成为俄罗斯寻找新增长源的突破口：远东开发被列为国家优先事项，通过超前发展区吸引外国投资，并提出到2030年远东地区生产总值增速比全国平均水平高出2个百分点的目标。'),
 ('project', 'turn-to-the-east', 'note', 'ru', 'Примечание редакции: это общенациональная политика, а не отдельный проект. Она включена в атлас, поскольку Zhang рассматривает всё сотрудничество сквозь её призму.'),
 ('project', 'turn-to-the-east', 'note', 'zh', '编者注：这是国家层面的政策，而非单一项目，之所以收录，是因为Zhang以其为框架阐述全部合作。'),
 ('project', 'priority-development-territories', 'name', 'ru', 'Территории опережающего развития (Дальний Восток России)'),
 ('project', 'priority-development-territories', 'name', 'zh', '超前发展区（俄罗斯远东）'),
 ('project', 'priority-development-territories', 'status_as_of', 'ru', '2025 г. (Zhang 2025)'),
 ('project', 'priority-development-territories', 'status_as_of', 'zh', '2025年（Zhang 2025）'),
 ('project', 'priority-development-territories', 'summary', 'ru', 'Российские особые зоны, созданные на основании закона для привлечения иностранных инвестиций на Дальний Восток (Zhang 2025). Zhang отмечает, что, несмотря на них, инфраструктура региона по-прежнему отстаёт.'),
 ('project', 'priority-development-territories', 'summary', 'zh', '俄罗斯依法设立、旨在吸引外国投资进入远东的特殊区域（Zhang 2025）。Zhang指出，尽管设立了这些区域，该地区的基础设施仍然落后。'),
 ('project', 'priority-development-territories', 'note', 'ru', 'Примечание редакции: источники не называют ни одной конкретной территории.'),
 ('project', 'priority-development-territories', 'note', 'zh', '编者注：各来源均未点名任何一个具体的超前发展区。'),
 ('project', 'eastern-silk-road-belt', 'name', 'ru', 'Восточный сухопутно-морской экономический пояс Шёлкового пути'),
 ('project', 'eastern-silk-road-belt', 'name', 'zh', '东部陆海丝绸之路经济带'),
 ('project', 'eastern-silk-road-belt', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'eastern-silk-road-belt', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'eastern-silk-road-belt', 'summary', 'ru', 'Провинциальная стратегия Хэйлунцзяна, реализуемая с 2014 г. и связанная с инициативой «Один пояс, один путь». Её цели — трансграничная транспортная система для железнодорожного маршрута Харбин — Россия — Европа, улучшение инфраструктурных связей, объекты сферы услуг, энергетическое сотрудничество, а также трансграничные индустриальные парки и производственные цепочки. Song перечисляет её итоги: инвестиции провинции в Россию — 1 млрд долларов США (рост на 20%), связи между 10 коммерческими банками провинции и 24 российскими, Китайско-Российское ЭКСПО, 13 туристических портовых зон и 8 пунктов пропуска с выдачей виз, продвижение проектов трубопроводов и мостов, шесть проектов в России у групп «Лунсин» и «Лунмэй», а также использованный иностранный капитал — более 5 млрд долларов США.'),
 ('project', 'eastern-silk-road-belt', 'summary', 'zh', '黑龙江省的省级战略，自2014年起实施，与“一带一路”倡议相衔接。其目标是为哈尔滨—俄罗斯—欧洲铁路构建跨境运输体系，完善基础设施互联互通和服务设施，开展能源合作，建设跨境产业园区和产业链。Song列举了其成果：全省对俄罗斯投资10亿美元（增长20%），10家省内商业银行与24家俄罗斯商业银行建立合作关系，举办中国—俄罗斯博览会，开放13个旅游口岸区和8个可办理签证的口岸，管道和大桥项目取得进展，龙兴集团和龙煤集团在俄罗斯开工建设6个项目，实际利用外资超过50亿美元。'),
 ('project', 'eastern-silk-road-belt', 'note', 'ru', 'Примечание редакции: итоги опираются на источники 2014–2015 гг. (ссылка [13] — статистическое коммюнике за 2014 г., сноска 2 — веб-страница 2015 г.), поэтому, вероятно, описывают первый год или два существования пояса. Song пишет, что проект «был введён в действие в 2014 г.», этот год указан как год начала.'),
 ('project', 'eastern-silk-road-belt', 'note', 'zh', '编者注：这些成果依据的是2014至2015年的资料（参考文献[13]为2014年统计公报，脚注2为2015年的网页），因此很可能反映的是该经济带最初一两年的情况。Song称该项目“于2014年实施”，本图集将其记为启动年份。'),
 ('project', 'longjiang-silk-road-belt', 'name', 'ru', 'Лунцзянский (Хэйлунцзянский) сухопутно-морской экономический пояс Шёлкового пути'),
 ('project', 'longjiang-silk-road-belt', 'name', 'zh', '龙江（黑龙江省）陆海丝绸之路经济带'),
 ('project', 'longjiang-silk-road-belt', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'longjiang-silk-road-belt', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'longjiang-silk-road-belt', 'summary', 'ru', 'Второй пояс провинции, о котором впервые объявило экономическое совещание провинциального комитета КПК в декабре 2014 г., связан с Экономическим коридором Китай — Монголия — Россия. Его центр — Харбин. На восток пояс идёт через Суйфэньхэ к Владивостоку, на юг — через Далянь к Бохайскому заливу, Дельте реки Янцзы и Дельте Жемчужной реки, на запад — через Маньчжурию (Маньчжоули) к Чите и Евразийскому сухопутному мосту, на север — через Хэйхэ и Мохэ к Транссибу, под девизом «На запад — к Европе, на восток — к морю». Его схема каналов (табл. 2) и промышленный план (табл. 3: одно ядро, четыре пояса, одно кольцо приграничных городов, шесть трансграничных промышленных кластеров) отражены в записях о связанных проектах и местах.'),
 ('project', 'longjiang-silk-road-belt', 'summary', 'zh', '该省的第二条经济带，由黑龙江省委经济工作会议于2014年12月首次提出，与中蒙俄经济走廊相衔接，以哈尔滨为中心。向东经绥芬河至符拉迪沃斯托克，向南经大连通往渤海以及长江三角洲和珠江三角洲，向西经满洲里至赤塔并连接欧亚大陆桥，向北经黑河和漠河接入西伯利亚大铁路，口号为“西联欧洲、东出大海”。其通道规划（表2）和产业规划（表3：一核、四带、一个沿边城镇环带、六个跨境产业集群）已记入相关项目和地点条目。'),
 ('project', 'longjiang-silk-road-belt', 'note', 'ru', 'Примечание редакции: Song пишет и об ускорении его строительства, и об «успешной реализации» обоих поясов (абз. 5), атлас отмечает статус «строится». С 2015 г. провинция планирует стать его ключевой зоной (абз. 3, где «провинция Лунцзян» — описка вместо «Хэйлунцзян»).'),
 ('project', 'longjiang-silk-road-belt', 'note', 'zh', '编者注：Song既写到要加快其建设，又提到两条经济带的“成功实现”（第5段），本图集记为“在建”。自2015年起，该省规划成为其核心区（第3段，其中“Longjiang Province”系黑龙江省的笔误）。'),
 ('project', 'china-mongolia-russia-economic-corridor', 'name', 'ru', 'Экономический коридор Китай — Монголия — Россия'),
 ('project', 'china-mongolia-russia-economic-corridor', 'name', 'zh', '中蒙俄经济走廊'),
 ('project', 'china-mongolia-russia-economic-corridor', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'china-mongolia-russia-economic-corridor', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'china-mongolia-russia-economic-corridor', 'summary', 'ru', 'Один из экономических коридоров инициативы «Один пояс, один путь», в строительстве которого Хэйлунцзян участвовал в течение пяти лет до 2019 г. Song увязывает с его строительством стратегические приоритеты сотрудничества провинции с Россией, и к нему же примыкает Лунцзянский пояс.'),
 ('project', 'china-mongolia-russia-economic-corridor', 'summary', 'zh', '“一带一路”倡议的经济走廊之一，2019年之前的五年间黑龙江省参与了其建设。Song将该省对俄罗斯合作的战略重点与这一走廊的建设联系在一起，龙江丝路带亦与之衔接。'),
 ('project', 'china-mongolia-russia-economic-corridor', 'note', 'ru', 'Примечание редакции: маршрут и показатели самого коридора Song не приводит.'),
 ('project', 'china-mongolia-russia-economic-corridor', 'note', 'zh', '编者注：Song未给出该走廊本身的线路或数据。'),
 ('project', 'china-russia-expo', 'name', 'ru', 'Китайско-Российское ЭКСПО'),
 ('project', 'china-russia-expo', 'name', 'zh', '中国—俄罗斯博览会');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('project', 'china-russia-expo', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'china-russia-expo', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'china-russia-expo', 'summary', 'ru', 'Харбинская международная торгово-экономическая ярмарка была преобразована в Китайско-Российское ЭКСПО. По данным Song, на первом ЭКСПО были подписаны торговые контракты на 3,15 млрд долларов США, а также 260 соглашений об экономическом сотрудничестве на сумму 68,3 млрд юаней. ЭКСПО привлекает гостей почти из 100 стран и регионов.'),
 ('project', 'china-russia-expo', 'summary', 'zh', '哈尔滨国际经济贸易洽谈会升格为中国—俄罗斯博览会。据Song称，首届博览会签订贸易合同31.5亿美元，另签署经济合作协议260项，涉及金额683亿元人民币。博览会吸引了近100个国家和地区的来宾。'),
 ('project', 'china-russia-expo', 'note', 'ru', 'Примечание редакции: год проведения первого ЭКСПО не указан. Song не говорит, где проходит ЭКСПО, с записью связан Харбин, поскольку ЭКСПО выросло из харбинской ярмарки.'),
 ('project', 'china-russia-expo', 'note', 'zh', '编者注：未给出首届博览会的年份。Song未说明博览会的举办地，本图集关联哈尔滨，是因为博览会由哈尔滨的洽谈会发展而来。'),
 ('project', 'harbin-comprehensive-bonded-zone', 'name', 'ru', 'Харбинская комплексная бондовая зона'),
 ('project', 'harbin-comprehensive-bonded-zone', 'name', 'zh', '哈尔滨综合保税区'),
 ('project', 'harbin-comprehensive-bonded-zone', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'harbin-comprehensive-bonded-zone', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'harbin-comprehensive-bonded-zone', 'summary', 'ru', 'Зона таможенного бондового режима в Харбине, которая, по данным Song, официально начала работу, — часть превращения провинции в торговый узел Северо-Восточной Азии.'),
 ('project', 'harbin-comprehensive-bonded-zone', 'summary', 'zh', '位于哈尔滨的海关保税区，Song称其已正式启用，是该省崛起为东北亚贸易枢纽的一部分。'),
 ('project', 'harbin-comprehensive-bonded-zone', 'note', 'ru', 'Примечание редакции: дата открытия не указана.'),
 ('project', 'harbin-comprehensive-bonded-zone', 'note', 'zh', '编者注：未给出启用日期。'),
 ('project', 'harbin-railway-container-centre-station', 'name', 'ru', 'Харбинская железнодорожная центральная контейнерная станция'),
 ('project', 'harbin-railway-container-centre-station', 'name', 'zh', '哈尔滨铁路集装箱中心站'),
 ('project', 'harbin-railway-container-centre-station', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'harbin-railway-container-centre-station', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'harbin-railway-container-centre-station', 'summary', 'ru', 'Железнодорожная центральная контейнерная станция, о вводе которой в эксплуатацию Song сообщает в одном предложении с Харбинской комплексной бондовой зоной.'),
 ('project', 'harbin-railway-container-centre-station', 'summary', 'zh', '铁路集装箱中心站，Song在提及哈尔滨综合保税区的同一句中报道其已投入使用。'),
 ('project', 'harbin-railway-container-centre-station', 'note', 'ru', 'Примечание редакции: Song не называет город, где находится станция. Харбин выведен из того, что она упомянута в одном предложении с харбинской бондовой зоной.'),
 ('project', 'harbin-railway-container-centre-station', 'note', 'zh', '编者注：Song未说明其所在城市。本图集根据其与哈尔滨保税区同处一句，推断其位于哈尔滨。'),
 ('project', 'one-window-four-districts', 'name', 'ru', '«Одно окно и четыре района»'),
 ('project', 'one-window-four-districts', 'name', 'zh', '“一窗四区”'),
 ('project', 'one-window-four-districts', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'one-window-four-districts', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'one-window-four-districts', 'summary', 'ru', 'Программа, выдвинутая провинцией Хэйлунцзян в апреле 2017 г. вслед за двумя поясами Шёлкового пути и призванная открыть «ещё одно окно» между Китаем и Севером. Она включает создание китайско-российской зоны свободной торговли.'),
 ('project', 'one-window-four-districts', 'summary', 'zh', '黑龙江省继两条丝路带之后于2017年4月提出的规划，旨在打开中国与北方之间的“又一扇窗口”，其中包括建设中俄自由贸易区。'),
 ('project', 'one-window-four-districts', 'note', 'ru', 'Примечание редакции: кроме зоны свободной торговли, Song не называет ни «окно», ни «четыре района». Ссылки ведут на статьи Чжан Цинвэя в газете «Хэйлунцзян жибао» (2017).'),
 ('project', 'one-window-four-districts', 'note', 'zh', '编者注：除自由贸易区外，Song既未说明“窗口”所指，也未列出“四区”。所引文献为张庆伟发表于《黑龙江日报》的文章（2017）。'),
 ('project', 'sino-russian-free-trade-area', 'name', 'ru', 'Китайско-российская зона свободной торговли'),
 ('project', 'sino-russian-free-trade-area', 'name', 'zh', '中俄自由贸易区'),
 ('project', 'sino-russian-free-trade-area', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'sino-russian-free-trade-area', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'sino-russian-free-trade-area', 'summary', 'ru', 'Зона свободной торговли с Россией, входящая в программу «Одно окно и четыре района» (апрель 2017 г.). В заключении своей статьи Song рекомендует использовать стратегию России по развитию Дальнего Востока, чтобы начать переговоры о китайско-российской зоне свободной торговли.'),
 ('project', 'sino-russian-free-trade-area', 'summary', 'zh', '与俄罗斯建立的自由贸易区，是“一窗四区”（2017年4月）的组成部分。Song在结论中建议借助俄罗斯远东开发战略，启动中俄自由贸易区谈判。'),
 ('project', 'sino-russian-free-trade-area', 'note', 'ru', 'Примечание редакции: Song называет её «Sino-Russian Free Trade Area» (абз. 5), «free cross-border trade zone» (аннотация) и «Sino-Russian free trade zone» (заключение), здесь эти названия рассматриваются как одно предложение.'),
 ('project', 'sino-russian-free-trade-area', 'note', 'zh', '编者注：Song分别称之为“Sino-Russian Free Trade Area”（第5段）、“free cross-border trade zone”（摘要）和“Sino-Russian free trade zone”（结论），此处视为同一提议。'),
 ('project', 'harbin-free-trade-zone', 'name', 'ru', 'Харбинская зона свободной торговли'),
 ('project', 'harbin-free-trade-zone', 'name', 'zh', '哈尔滨自由贸易区'),
 ('project', 'harbin-free-trade-zone', 'status_as_of', 'ru', '2025 г. (Zhang 2025)'),
 ('project', 'harbin-free-trade-zone', 'status_as_of', 'zh', '2025年（Zhang 2025）'),
 ('project', 'harbin-free-trade-zone', 'summary', 'ru', 'Зона свободной торговли в Харбине, опыт которой вместе с опытом Демонстрационной зоны цифровой экономики Zhang (2025) предлагает использовать для совместного создания блокчейн-платформы трансграничной торговли.'),
 ('project', 'harbin-free-trade-zone', 'summary', 'zh', '位于哈尔滨的自由贸易区，Zhang（2025）希望借鉴其与数字经济示范区的经验，共建跨境贸易区块链平台。'),
 ('project', 'harbin-free-trade-zone', 'note', 'ru', 'Примечание редакции: дата открытия и рамки зоны у Zhang не указаны.'),
 ('project', 'harbin-free-trade-zone', 'note', 'zh', '编者注：Zhang未给出其设立日期或范围。'),
 ('project', 'digital-economy-demonstration-zone', 'name', 'ru', 'Демонстрационная зона цифровой экономики'),
 ('project', 'digital-economy-demonstration-zone', 'name', 'zh', '数字经济示范区'),
 ('project', 'digital-economy-demonstration-zone', 'status_as_of', 'ru', '2025 г. (Zhang 2025)'),
 ('project', 'digital-economy-demonstration-zone', 'status_as_of', 'zh', '2025年（Zhang 2025）');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('project', 'digital-economy-demonstration-zone', 'summary', 'ru', 'Зона, опыт которой в цифровой экономике Zhang (2025) вместе с опытом Харбинской зоны свободной торговли называет основой для трансграничной торговой блокчейн-платформы.'),
 ('project', 'digital-economy-demonstration-zone', 'summary', 'zh', 'Zhang（2025）将该区在数字经济方面的经验与哈尔滨自由贸易区的经验一并视为建设跨境贸易区块链平台的基础。'),
 ('project', 'digital-economy-demonstration-zone', 'note', 'ru', 'Примечание редакции: Zhang не указывает, где находится зона, а лишь упоминает её рядом с Харбинской зоной свободной торговли. С записью связан Хэйлунцзян как вероятная провинция.'),
 ('project', 'digital-economy-demonstration-zone', 'note', 'zh', '编者注：Zhang未说明该区位于何处，只是将其与哈尔滨自由贸易区并列提及。本图集将黑龙江省关联为其可能所在的省份。'),
 ('project', 'longxing-longmay-russia-projects', 'name', 'ru', 'Проекты групп «Лунсин» и «Лунмэй» в России'),
 ('project', 'longxing-longmay-russia-projects', 'name', 'zh', '龙兴集团和龙煤集团在俄罗斯的项目'),
 ('project', 'longxing-longmay-russia-projects', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'longxing-longmay-russia-projects', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'longxing-longmay-russia-projects', 'capacity_unit', 'ru', 'проектов'),
 ('project', 'longxing-longmay-russia-projects', 'capacity_unit', 'zh', '个项目'),
 ('project', 'longxing-longmay-russia-projects', 'capacity_note', 'ru', 'Число проектов, строительство которых начато в России (Song 2019).'),
 ('project', 'longxing-longmay-russia-projects', 'capacity_note', 'zh', '在俄罗斯开工建设的项目数（Song 2019）。'),
 ('project', 'longxing-longmay-russia-projects', 'summary', 'ru', 'По данным Song, группы «Лунсин» (Longxing) и «Лунмэй» (LongMay) в рамках Восточного пояса Шёлкового пути начали строительство шести проектов в России. Сами проекты не описаны.'),
 ('project', 'longxing-longmay-russia-projects', 'summary', 'zh', '据Song称，龙兴集团（Longxing）和龙煤集团（LongMay）在东部丝路带框架下已在俄罗斯开工建设6个项目。项目内容未作介绍。'),
 ('project', 'longxing-longmay-russia-projects', 'note', 'ru', 'Примечание редакции: Song не уточняет, что это за шесть проектов и где в России они находятся.'),
 ('project', 'longxing-longmay-russia-projects', 'note', 'zh', '编者注：Song未说明这6个项目是什么，也未说明它们位于俄罗斯何处。'),
 ('project', 'cross-border-tourism-port-areas', 'name', 'ru', 'Портовые зоны трансграничного туризма и пункты пропуска с выдачей виз'),
 ('project', 'cross-border-tourism-port-areas', 'name', 'zh', '跨境旅游口岸区和可办理签证的口岸'),
 ('project', 'cross-border-tourism-port-areas', 'status_as_of', 'ru', '2019 г. (Song 2019)'),
 ('project', 'cross-border-tourism-port-areas', 'status_as_of', 'zh', '2019年（Song 2019）'),
 ('project', 'cross-border-tourism-port-areas', 'capacity_unit', 'ru', 'портовых зон, открытых для трансграничного туризма'),
 ('project', 'cross-border-tourism-port-areas', 'capacity_unit', 'zh', '个开放跨境旅游的口岸区'),
 ('project', 'cross-border-tourism-port-areas', 'capacity_note', 'ru', 'Количество, а не мощность, кроме того, 8 пунктов пропуска с выдачей виз (Song 2019).'),
 ('project', 'cross-border-tourism-port-areas', 'capacity_note', 'zh', '为数量而非能力，另有8个可办理签证的口岸（Song 2019）。'),
 ('project', 'cross-border-tourism-port-areas', 'summary', 'ru', 'По данным Song, в рамках Восточного пояса Шёлкового пути для трансграничного туризма были открыты 13 портовых зон, а число пограничных пунктов пропуска, выдающих визы, выросло до восьми.'),
 ('project', 'cross-border-tourism-port-areas', 'summary', 'zh', '据Song称，在东部丝路带框架下，13个口岸区开放了跨境旅游，可办理签证的边境口岸增至8个。'),
 ('project', 'cross-border-tourism-port-areas', 'note', 'ru', 'Примечание редакции: портовые зоны не названы.'),
 ('project', 'cross-border-tourism-port-areas', 'note', 'zh', '编者注：未列出这些口岸的名称。'),
 ('project', 'northeast-far-east-university-exchanges', 'name', 'ru', 'Университетские обмены между Северо-Восточным Китаем и Дальним Востоком России'),
 ('project', 'northeast-far-east-university-exchanges', 'name', 'zh', '中国东北与俄罗斯远东的高校交流'),
 ('project', 'northeast-far-east-university-exchanges', 'status_as_of', 'ru', '2025 г. (Zhang 2025)'),
 ('project', 'northeast-far-east-university-exchanges', 'status_as_of', 'zh', '2025年（Zhang 2025）'),
 ('project', 'northeast-far-east-university-exchanges', 'summary', 'ru', 'Zhang (2025) описывает широкий круг программ обмена между университетами Северо-Восточного Китая и Дальнего Востока России, включая Год культуры Китая и России, культурные выступления, студенческие обмены, визиты преподавателей и совместные исследования.'),
 ('project', 'northeast-far-east-university-exchanges', 'summary', 'zh', 'Zhang（2025）介绍了中国东北与俄罗斯远东高校之间的多种交流项目，包括中俄文化年、文艺演出、学生交流、教师互访和联合研究。'),
 ('project', 'northeast-far-east-university-exchanges', 'note', 'ru', 'Примечание редакции: Zhang не называет ни университетов, ни программ, ни годов.'),
 ('project', 'northeast-far-east-university-exchanges', 'note', 'zh', '编者注：Zhang未列出任何高校、项目或年份。'),
 ('project', 'anshan-metallurgical-company', 'name', 'ru', 'Аньшаньский металлургический комбинат (построен при помощи СССР)'),
 ('project', 'anshan-metallurgical-company', 'name', 'zh', '鞍山钢铁公司（苏联援建）'),
 ('project', 'anshan-metallurgical-company', 'status_as_of', 'ru', 'после образования КНР (Zhang 2025, исторические сведения)'),
 ('project', 'anshan-metallurgical-company', 'status_as_of', 'zh', '中华人民共和国成立后（Zhang 2025，历史情况）'),
 ('project', 'anshan-metallurgical-company', 'summary', 'ru', 'Одно из промышленных предприятий, построенных при помощи Советского Союза в Северо-Восточном Китае после образования КНР, когда Северо-Восток был промышленной базой нового Китая (Zhang 2025).'),
 ('project', 'anshan-metallurgical-company', 'summary', 'zh', '中华人民共和国成立后苏联援助中国东北建设的工业项目之一，当时东北是新中国的工业基地（Zhang 2025）。'),
 ('project', 'anshan-metallurgical-company', 'note', 'ru', 'Примечание редакции: среди типов проектов нет категории для отдельного предприятия, ближайшая к нему — «индустриальный парк». Статус отражает строительство комбината, о его нынешнем состоянии источники ничего не сообщают.'),
 ('project', 'anshan-metallurgical-company', 'note', 'zh', '编者注：项目类型中没有单个工厂这一类别，最接近的是“工业园区”。状态反映的是该厂的建设情况，各来源均未提及其现状。'),
 ('project', 'first-automobile-plant-changchun', 'name', 'ru', 'Первый автомобильный завод, Чанчунь (построен при помощи СССР)'),
 ('project', 'first-automobile-plant-changchun', 'name', 'zh', '长春第一汽车制造厂（苏联援建）'),
 ('project', 'first-automobile-plant-changchun', 'status_as_of', 'ru', 'после образования КНР (Zhang 2025, исторические сведения)'),
 ('project', 'first-automobile-plant-changchun', 'status_as_of', 'zh', '中华人民共和国成立后（Zhang 2025，历史情况）'),
 ('project', 'first-automobile-plant-changchun', 'summary', 'ru', 'Первый автомобильный завод в Чанчуне — ещё одно из предприятий, построенных при помощи Советского Союза в Северо-Восточном Китае после образования КНР (Zhang 2025).'),
 ('project', 'first-automobile-plant-changchun', 'summary', 'zh', '位于长春的第一汽车制造厂，是中华人民共和国成立后苏联援助中国东北建设的另一项工程（Zhang 2025）。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('project', 'first-automobile-plant-changchun', 'note', 'ru', 'Примечание редакции: среди типов проектов нет категории для отдельного предприятия, ближайшая к нему — «индустриальный парк». Статус отражает строительство завода, о его нынешнем состоянии источники ничего не сообщают.'),
 ('project', 'first-automobile-plant-changchun', 'note', 'zh', '编者注：项目类型中没有单个工厂这一类别，最接近的是“工业园区”。状态反映的是该厂的建设情况，各来源均未提及其现状。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('perspective', 'xu-qin-integration-with-siberia', 'summary', 'ru', 'По данным газеты «Хэйлунцзян жибао» в изложении AsiaNews, Сюй Цинь хочет, чтобы Хэйлунцзян теснее интегрировался с соседней Сибирью, и представляет региональное взаимодействие как способ укрепить стратегическое сотрудничество Пекина и Москвы в противостоянии Западу. Прежде всего он хочет быстро расширить «российско-китайский трубопровод, открытый в 2019 году» (в прочтении атласа — газопровод «Сила Сибири»), чтобы Хэйхэ стал воротами для торговли с Восточной Сибирью.'),
 ('perspective', 'xu-qin-integration-with-siberia', 'summary', 'zh', '据AsiaNews援引《黑龙江日报》的报道，许勤希望黑龙江省与毗邻的西伯利亚更紧密地融合，并将区域协同视为加强北京与莫斯科对抗西方的战略合作的途径。他尤其希望迅速扩建“2019年启用的俄中管道”（本图集理解为中俄东线天然气管道，即“西伯利亚力量”），使黑河成为与东西伯利亚开展贸易的门户。'),
 ('perspective', 'xu-qin-integration-with-siberia', 'stated_when', 'ru', 'март 2022 г. (сообщено 23 марта 2022 г.)'),
 ('perspective', 'xu-qin-integration-with-siberia', 'stated_when', 'zh', '2022年3月（2022年3月23日报道）'),
 ('perspective', 'biden-warns-china', 'summary', 'ru', 'В ходе видеозвонка 18 марта 2022 г. Джо Байден заявил Си Цзиньпину, что Китай столкнётся с серьёзными последствиями, если окажет России экономическую или военную помощь в её кампании против Украины (по сообщению AsiaNews).'),
 ('perspective', 'biden-warns-china', 'summary', 'zh', '据AsiaNews报道，在2022年3月18日的视频通话中，乔·拜登对习近平表示，如果中国在经济或军事上帮助俄罗斯针对乌克兰的行动，中国将面临严重后果。'),
 ('perspective', 'biden-warns-china', 'stated_when', 'ru', '18 марта 2022 г.'),
 ('perspective', 'biden-warns-china', 'stated_when', 'zh', '2022年3月18日'),
 ('perspective', 'western-governments-press-beijing', 'summary', 'ru', 'Вашингтон и его европейские союзники добиваются от Пекина, чтобы тот дистанцировался от войны, которую ведёт Москва, но, по данным AsiaNews (март 2022 г.), без особого успеха. Новостная заметка «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи») описывает неодобрение Западом углубления экономических связей между Китаем и Россией в 2023 г., а репортаж из Хэйхэ сообщает об опасениях Запада, что Китай может пойти дальше в поддержке России.'),
 ('perspective', 'western-governments-press-beijing', 'summary', 'zh', '据AsiaNews（2022年3月）报道，华盛顿及其欧洲盟友向北京施压，要求其与莫斯科发动的战争保持距离，但收效甚微。新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》）描述了2023年西方对中国与俄罗斯经济关系日益加深的不满，黑河专题报道则提到西方担心中国可能进一步支持俄罗斯。'),
 ('perspective', 'western-governments-press-beijing', 'stated_when', 'ru', 'с марта 2022 по 2023 г.'),
 ('perspective', 'western-governments-press-beijing', 'stated_when', 'zh', '2022年3月至2023年'),
 ('perspective', 'chinese-experts-no-sanctions', 'summary', 'ru', 'По мнению китайских экспертов, на которых ссылается AsiaNews, Китай не будет вводить санкции против России и в будущем станет закупать больше российских энергоносителей. AsiaNews добавляет, что остаётся открытым вопрос, станет ли Пекин рисковать своей торговлей с США и Европой ради спасения Москвы.'),
 ('perspective', 'chinese-experts-no-sanctions', 'summary', 'zh', '据AsiaNews援引的中国专家观点，中国不会对俄罗斯实施制裁，今后还将购买更多俄罗斯能源。AsiaNews还指出，北京是否会为挽救莫斯科而拿与美国和欧洲的贸易冒险，仍是悬而未决的问题。'),
 ('perspective', 'chinese-experts-no-sanctions', 'stated_when', 'ru', 'март 2022 г.'),
 ('perspective', 'chinese-experts-no-sanctions', 'stated_when', 'zh', '2022年3月'),
 ('perspective', 'wang-wentao-solid-cooperation', 'summary', 'ru', 'Ван Вэньтао заявляет, что торгово-экономическое сотрудничество Китая и России продолжает углубляться и под «стратегическим руководством» глав двух государств стало более «прочным». Новостная заметка «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи», 2023) связывает это высказывание с ростом импорта российских нефти, газа и зерна в Китай.'),
 ('perspective', 'wang-wentao-solid-cooperation', 'summary', 'zh', '王文涛表示，在两国元首的“战略引领”下，中国与俄罗斯的经贸合作不断深化，变得更加“稳固”。新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》，2023年）将这一表态与中国自俄罗斯进口石油、天然气和粮食的增长联系起来。'),
 ('perspective', 'wang-wentao-solid-cooperation', 'quote', 'ru', '«прочным» … «стратегическим руководством»'),
 ('perspective', 'wang-wentao-solid-cooperation', 'quote', 'zh', '“稳固”……“战略引领”'),
 ('perspective', 'wang-wentao-solid-cooperation', 'stated_when', 'ru', '2023 г.'),
 ('perspective', 'wang-wentao-solid-cooperation', 'stated_when', 'zh', '2023年'),
 ('perspective', 'china-partnership-within-norms', 'summary', 'ru', 'Китай считает, что его партнёрство с Россией не нарушает международных норм и что он вправе сотрудничать с любой страной по своему выбору, что бы ни говорил Запад (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023). В той же заметке говорится, что обе страны считают своё партнёрство соответствующим международным нормам.'),
 ('perspective', 'china-partnership-within-norms', 'summary', 'zh', '中国认为，其与俄罗斯的伙伴关系并不违反国际准则，无论西方如何表态，中国都有权与其选择的任何国家开展合作（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年）。同一报道称，两国都认为这一伙伴关系符合国际准则。'),
 ('perspective', 'china-partnership-within-norms', 'stated_when', 'ru', '2023 г.'),
 ('perspective', 'china-partnership-within-norms', 'stated_when', 'zh', '2023年'),
 ('perspective', 'xi-heilongjiang-pivotal-gateway', 'summary', 'ru', 'Си Цзиньпин называет Хэйлунцзян «ключевыми» воротами открытости Китая на север и подчёркивает роль провинции в обеспечении национальной обороны, продовольственной и энергетической безопасности (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023).'),
 ('perspective', 'xi-heilongjiang-pivotal-gateway', 'summary', 'zh', '习近平称黑龙江省是中国向北开放的“关键”门户，并强调其在国防安全、粮食安全和能源安全方面的作用（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年）。'),
 ('perspective', 'xi-heilongjiang-pivotal-gateway', 'quote', 'ru', 'ключевой'),
 ('perspective', 'xi-heilongjiang-pivotal-gateway', 'quote', 'zh', '关键'),
 ('perspective', 'xi-heilongjiang-pivotal-gateway', 'stated_when', 'ru', '2023 г. (сообщено как о недавнем заявлении)'),
 ('perspective', 'xi-heilongjiang-pivotal-gateway', 'stated_when', 'zh', '2023年（报道称系近期表态）'),
 ('perspective', 'siberian-russians-migrant-concern', 'summary', 'ru', 'Как сообщает AsiaNews, русских жителей Сибири нередко тревожит растущее присутствие китайских мигрантов в их регионе, и это ставит вопрос о том, как местные сообщества отнесутся к «квазисоюзу» Китая и России.'),
 ('perspective', 'siberian-russians-migrant-concern', 'summary', 'zh', '据AsiaNews报道，西伯利亚的俄罗斯人常常对其所在地区中国移民日益增多感到担忧，这就引出了当地社会将如何看待中国与俄罗斯“准同盟”的问题。'),
 ('perspective', 'siberian-russians-migrant-concern', 'stated_when', 'ru', 'март 2022 г. (по сообщениям)'),
 ('perspective', 'siberian-russians-migrant-concern', 'stated_when', 'zh', '2022年3月（报道）'),
 ('perspective', 'nationalists-claim-far-east', 'summary', 'ru', 'Некоторые китайские националистические группы утверждают, что часть Дальнего Востока России, в том числе Владивосток, принадлежит Китаю и была несправедливо отторгнута Москвой в середине 1800-х годов (по сообщению AsiaNews).'),
 ('perspective', 'nationalists-claim-far-east', 'summary', 'zh', '据AsiaNews报道，中国一些民族主义团体声称，俄罗斯远东部分地区（包括符拉迪沃斯托克）属于中国，是莫斯科在1800年代中期不公正地夺走的。'),
 ('perspective', 'nationalists-claim-far-east', 'stated_when', 'ru', 'март 2022 г. (по сообщениям)'),
 ('perspective', 'nationalists-claim-far-east', 'stated_when', 'zh', '2022年3月（报道）'),
 ('perspective', 'jia-on-russians', 'summary', 'ru', 'Господин Цзя, владелец лавки в Хэйхэ, раньше живший в России, говорит, что дружба хорошая: русские — его покупатели и друзья. По словам авторов репортажа, такой взгляд в Хэйхэ распространён.'),
 ('perspective', 'jia-on-russians', 'summary', 'zh', '贾先生是黑河的一名店主，曾在俄罗斯生活，他说这份友谊是好的：俄罗斯人既是他的顾客，也是他的朋友。专题报道称，他的看法在黑河很普遍。'),
 ('perspective', 'jia-on-russians', 'quote', 'ru', 'Они славные и прямодушные'),
 ('perspective', 'jia-on-russians', 'quote', 'zh', '他们人很好，也很直爽'),
 ('perspective', 'jia-on-russians', 'stated_when', 'ru', 'март 2023 г.'),
 ('perspective', 'jia-on-russians', 'stated_when', 'zh', '2023年3月'),
 ('perspective', 'jia-on-the-war', 'summary', 'ru', 'Господин Цзя считает, что Россия не во всём виновата в войне на Украине, поскольку никто не воюет без необходимости. В репортаже отмечается, что такой взгляд распространён в Хэйхэ и поощряется в Китае, где реальность войны в значительной мере скрыта цензурой.'),
 ('perspective', 'jia-on-the-war', 'summary', 'zh', '贾先生认为，俄罗斯不应为乌克兰战争承担全部责任，理由是没有人会无缘无故地打仗。专题报道指出，这种看法在黑河很普遍，在中国也受到鼓励，而在中国，这场战争的真实情况在很大程度上受到审查。'),
 ('perspective', 'jia-on-the-war', 'quote', 'ru', 'Войны не ведутся без причины'),
 ('perspective', 'jia-on-the-war', 'quote', 'zh', '打仗总是有原因的');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('perspective', 'jia-on-the-war', 'stated_when', 'ru', 'март 2023 г.'),
 ('perspective', 'jia-on-the-war', 'stated_when', 'zh', '2023年3月'),
 ('perspective', 'slava-no-one-else', 'summary', 'ru', 'Слава, российский водитель грузовика, говорит, что у России больше никого нет: Европа уже не хочет ни работать с русскими, ни дружить с ними, поэтому они работают с соседями-китайцами, которые в ответ дают им работу.'),
 ('perspective', 'slava-no-one-else', 'summary', 'zh', '俄罗斯卡车司机斯拉瓦说，俄罗斯已别无他人：欧洲不再愿意与俄罗斯人合作，也不愿与他们做朋友，所以他们与中国邻居合作，中国邻居则为他们提供工作。'),
 ('perspective', 'slava-no-one-else', 'quote', 'ru', 'Больше никто не хочет с нами дружить.'),
 ('perspective', 'slava-no-one-else', 'quote', 'zh', '没有别人愿意和我们做朋友了。'),
 ('perspective', 'slava-no-one-else', 'stated_when', 'ru', 'март 2023 г.'),
 ('perspective', 'slava-no-one-else', 'stated_when', 'zh', '2023年3月'),
 ('perspective', 'slava-on-the-war', 'summary', 'ru', 'Слава надеется, что его не отправят воевать на Украину, которую он называет проблемой.'),
 ('perspective', 'slava-on-the-war', 'summary', 'zh', '斯拉瓦希望自己不会被派往乌克兰作战，他称乌克兰是问题所在。'),
 ('perspective', 'slava-on-the-war', 'quote', 'ru', 'Надеюсь, нас не отправят на войну'),
 ('perspective', 'slava-on-the-war', 'quote', 'zh', '我希望他们不会把我们送上战场'),
 ('perspective', 'slava-on-the-war', 'stated_when', 'ru', 'март 2023 г.'),
 ('perspective', 'slava-on-the-war', 'stated_when', 'zh', '2023年3月'),
 ('perspective', 'heihe-feature-tacit-support', 'summary', 'ru', 'Собственная оценка авторов репортажа: Китай избегает как открытого осуждения, так и открытого одобрения вторжения, представляя себя миротворцем, но при этом негласно обеспечивает России финансирование, технологии и дипломатическое прикрытие. Репортаж называет эти отношения спасательным кругом для России и ценными для Китая, поскольку Россия — единомышленник в его соперничестве с Америкой, и заключает, что «главный интерес Китая — это сам Китай».'),
 ('perspective', 'heihe-feature-tacit-support', 'summary', 'zh', '该专题报道自身的评估：中国一方面避免公开谴责或纵容这场入侵，以和平缔造者自居，另一方面却悄然向俄罗斯提供资金、技术和外交掩护。报道称，这一关系是俄罗斯的生命线，对中国而言也很有价值，因为俄罗斯是中国在与美国竞争中志同道合的伙伴。报道的结论是，中国的“头号利益是中国”。'),
 ('perspective', 'heihe-feature-tacit-support', 'quote', 'ru', 'негласно обеспечивает России финансирование, технологии и дипломатическое прикрытие'),
 ('perspective', 'heihe-feature-tacit-support', 'quote', 'zh', '一直在悄然向俄罗斯提供资金、技术和外交掩护'),
 ('perspective', 'heihe-feature-tacit-support', 'stated_when', 'ru', 'март 2023 г.'),
 ('perspective', 'heihe-feature-tacit-support', 'stated_when', 'zh', '2023年3月'),
 ('perspective', 'chinese-mfa-non-alignment', 'summary', 'ru', 'Министерство иностранных дел Китая, которое цитирует Zhang, заявляет, что в отношениях с Россией Китай неизменно придерживается принципов неприсоединения, неконфронтации и ненаправленности против третьих сторон. Zhang представляет это как поддержку открытой и инклюзивной модели регионального сотрудничества.'),
 ('perspective', 'chinese-mfa-non-alignment', 'summary', 'zh', '据Zhang引述，中国外交部表示，中国在与俄罗斯的关系中始终坚持不结盟、不对抗、不针对第三方的原则。Zhang将此视为对开放包容的区域合作模式的支持。'),
 ('perspective', 'chinese-mfa-non-alignment', 'quote', 'ru', 'Китай неизменно придерживается принципов неприсоединения, неконфронтации и ненаправленности против третьих сторон'),
 ('perspective', 'chinese-mfa-non-alignment', 'quote', 'zh', '中国始终坚持不结盟、不对抗、不针对第三方的原则'),
 ('perspective', 'chinese-mfa-non-alignment', 'stated_when', 'ru', 'процитировано в 2025 г. (Zhang, ссылка [14] — материал CGTN без даты)'),
 ('perspective', 'chinese-mfa-non-alignment', 'stated_when', 'zh', '2025年引述（Zhang，参考文献[14]，一篇未注明日期的CGTN报道）'),
 ('perspective', 'zhang-qingwei-local-cooperation', 'summary', 'ru', 'Чжан Цинвэй заявил, что провинция Хэйлунцзян будет вместе с Россией укреплять межрегиональное сотрудничество в рамках Годов российско-китайского межрегионального сотрудничества и обменов 2018–2019 гг. (по данным Song).'),
 ('perspective', 'zhang-qingwei-local-cooperation', 'summary', 'zh', '据Song报道，张庆伟表示，在2018至2019年中俄地方合作交流年的背景下，黑龙江省将与俄罗斯携手加强地方合作。'),
 ('perspective', 'zhang-qingwei-local-cooperation', 'stated_when', 'ru', '2018–2019 гг. (по данным Song 2019)'),
 ('perspective', 'zhang-qingwei-local-cooperation', 'stated_when', 'zh', '2018至2019年（据Song 2019）'),
 ('perspective', 'zhang-x-public-mood-obstacle', 'summary', 'ru', 'По мнению Zhang, на пути сотрудничества стоят трудно преодолимые общественные настроения: в силу своих культурных традиций и истории россияне тяготеют к западной культуре, и сформировать чувство общей восточной идентичности будет нелегко. Zhang добавляет, что периодически возникающие споры об исторической принадлежности Дальнего Востока делают его развитие деликатной, но неизбежной темой.'),
 ('perspective', 'zhang-x-public-mood-obstacle', 'summary', 'zh', 'Zhang认为，合作面临一种难以克服的社会情绪：受文化传统和历史的影响，俄罗斯人倾向于西方文化，要形成共同的东方认同感并非易事。Zhang还指出，关于远东历史归属的争议时有出现，使远东开发成为一个敏感却无法回避的话题。'),
 ('perspective', 'zhang-x-public-mood-obstacle', 'quote', 'ru', 'трудно преодолимые общественные настроения'),
 ('perspective', 'zhang-x-public-mood-obstacle', 'quote', 'zh', '难以克服的社会情绪'),
 ('perspective', 'zhang-x-public-mood-obstacle', 'stated_when', 'ru', 'март 2025 г.'),
 ('perspective', 'zhang-x-public-mood-obstacle', 'stated_when', 'zh', '2025年3月'),
 ('perspective', 'zhang-x-history-as-foundation', 'summary', 'ru', 'Zhang считает, что, хотя у Китая и России есть исторические споры о принадлежности Дальнего Востока России, эта история также создала связи между ними и основу для совместных исторических исследований и культурного обмена.'),
 ('perspective', 'zhang-x-history-as-foundation', 'summary', 'zh', 'Zhang认为，尽管中国和俄罗斯在俄罗斯远东的归属问题上存在历史争议，但这段历史也在两国之间建立了联系，为共同开展历史研究和文化交流奠定了基础。'),
 ('perspective', 'zhang-x-history-as-foundation', 'stated_when', 'ru', 'март 2025 г.'),
 ('perspective', 'zhang-x-history-as-foundation', 'stated_when', 'zh', '2025年3月'),
 ('perspective', 'zhang-x-turn-to-east-opportunity', 'summary', 'ru', 'Zhang считает, что «поворот на Восток» России отвечает общим стратегическим интересам Китая и России и открывает возможности для регионального сотрудничества и многополярного мира, и утверждает, что сотрудничество Северо-Восточного Китая и Дальнего Востока укрепляет стратегическую самостоятельность обеих стран перед лицом западных санкций.'),
 ('perspective', 'zhang-x-turn-to-east-opportunity', 'summary', 'zh', 'Zhang认为，俄罗斯的“转向东方”政策符合中国和俄罗斯的共同战略利益，为区域合作和多极世界提供了机遇，并指出中国东北与远东的合作增强了两国在西方制裁下的战略自主。'),
 ('perspective', 'zhang-x-turn-to-east-opportunity', 'stated_when', 'ru', 'март 2025 г.'),
 ('perspective', 'zhang-x-turn-to-east-opportunity', 'stated_when', 'zh', '2025年3月'),
 ('perspective', 'song-l-new-paths', 'summary', 'ru', 'Song считает, что, поскольку торговля провинции с Россией колебалась вслед за мировыми ценами на энергоносители, Хэйлунцзяну и России следует согласовать новые пути сотрудничества, отвечающие стратегическим целям обеих сторон, и использовать 70-летие дипломатических отношений и Годы межрегионального сотрудничества и обменов, чтобы вывести отношения на более высокий уровень.'),
 ('perspective', 'song-l-new-paths', 'summary', 'zh', 'Song认为，由于该省对俄罗斯贸易随国际能源价格波动，黑龙江省与俄罗斯应商定符合双方战略目标的合作新路径，借助建交70周年和地方合作交流年，推动双边关系迈上新台阶。'),
 ('perspective', 'song-l-new-paths', 'stated_when', 'ru', '2019 г.'),
 ('perspective', 'song-l-new-paths', 'stated_when', 'zh', '2019年');


INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('event', 'sushen-yilou-contacts', 'title', 'ru', 'Древние контакты народов сушэнь и илоу в бассейне Амура'),
 ('event', 'sushen-yilou-contacts', 'title', 'zh', '肃慎、挹娄等古代民族在黑龙江流域的早期交往'),
 ('event', 'sushen-yilou-contacts', 'summary', 'ru', 'Zhang (2025) начинает историю региона с народов бассейна Хэйлунцзяна (Амура), которые имели контакты с древним Китаем. Сушэнь и илоу, которых Zhang называет древними китайскими народами, на протяжении долгой истории поддерживали определённые связи с другими народами Северо-Восточной Азии благодаря сезонным миграциям и торговле. По мнению Zhang, эти обмены заложили основу для более поздних и более широких связей.'),
 ('event', 'sushen-yilou-contacts', 'summary', 'zh', 'Zhang（2025）从与古代中国有过交往的黑龙江（阿穆尔河）流域各民族讲起这一地区的历史。Zhang称肃慎、挹娄为中国古代民族，认为它们在漫长的历史中通过季节性迁徙和贸易，与东北亚其他民族保持着一定程度的联系。在Zhang看来，这些交流为后来更广泛的交往奠定了基础。'),
 ('event', 'sushen-yilou-contacts', 'note', 'ru', 'Примечание редакции: источник не приводит даты, а говорит лишь «на протяжении их долгой истории». Условный год -1000 нужен только для того, чтобы поставить запись в начало хронологической шкалы, и датой не является. В машинном переводе статьи напечатано «Sushan» — здесь прочитано как «сушэнь» (Sushen).'),
 ('event', 'sushen-yilou-contacts', 'note', 'zh', '编者注：原文未给出日期，只说“在其漫长的历史中”。排序年份-1000仅用于将本条目置于时间轴开头，并非日期。机器翻译作“Sushan”，此处按“Sushen”（肃慎）理解。'),
 ('event', 'aigun-and-beijing-treaties', 'title', 'ru', 'Айгунский договор и Пекинский договор между царской Россией и империей Цин'),
 ('event', 'aigun-and-beijing-treaties', 'title', 'zh', '沙皇时期的俄罗斯与清朝签订的瑷珲条约和中俄北京条约'),
 ('event', 'aigun-and-beijing-treaties', 'summary', 'ru', 'Как пишет Zhang, начиная с середины 19 века царская Россия заключила с цинским правительством Китая Айгунский договор и Пекинский договор. Эти договоры изменили территориальный суверенитет и придали региону «Северо-Восток — Дальний Восток» новую политическую географию. По сообщению AsiaNews (2022), некоторые китайские националистические группы до сих пор считают часть Дальнего Востока, в том числе Владивосток, несправедливо отторгнутой Москвой в середине 1800-х годов.'),
 ('event', 'aigun-and-beijing-treaties', 'summary', 'zh', 'Zhang写道，自19世纪中叶起，沙皇俄国先后与中国清政府签订瑷珲条约和中俄北京条约。这些条约改变了领土主权归属，使东北—远东地区形成了新的政治地理格局。AsiaNews（2022）报道称，一些中国民族主义团体至今仍认为，包括符拉迪沃斯托克在内的俄罗斯远东部分地区是莫斯科在1800年代中期不公正地夺取的。'),
 ('event', 'aigun-and-beijing-treaties', 'note', 'ru', 'Примечание редакции: в машинном переводе вместо Aigun (Айгунь) напечатано «Aigong». Статья датирует договоры лишь словами «с середины 19 века», поэтому на хронологической шкале указана середина 19 века. Пекинский договор вынесен в отдельную запись, датированную 1860 годом по названию работы, приведённой у Zhang в ссылке [3]. AsiaNews (абз. 13) говорит лишь о территории, «отнятой Москвой в середине 1800-х годов», и не называет договоры.'),
 ('event', 'aigun-and-beijing-treaties', 'note', 'zh', '编者注：机器翻译将Aigun（瑷珲）误作“Aigong”。论文对两项条约的时间仅称“自19世纪中叶以来”，因此时间轴标为19世纪中叶。中俄北京条约另设条目，依据Zhang所列参考文献[3]的标题定为1860年。AsiaNews（第13段）只说相关领土“在1800年代中期被莫斯科夺走”，未提及条约名称。'),
 ('event', 'beijing-treaty-1860', 'title', 'ru', 'Пекинский договор'),
 ('event', 'beijing-treaty-1860', 'title', 'zh', '中俄北京条约'),
 ('event', 'beijing-treaty-1860', 'summary', 'ru', 'Второй из двух договоров, которые называет Zhang: он и Айгунский договор изменили расклад суверенитета в регионе. В списке литературы у Zhang он датирован 1860 годом.'),
 ('event', 'beijing-treaty-1860', 'summary', 'zh', 'Zhang提到的两项条约中的第二项，它与瑷珲条约一起重塑了该地区的主权格局。Zhang的参考文献将其年份定为1860年。'),
 ('event', 'beijing-treaty-1860', 'note', 'ru', 'Примечание редакции: год известен только из названия работы в ссылке [3] у Zhang, в самом тексте дата не указана.'),
 ('event', 'beijing-treaty-1860', 'note', 'zh', '编者注：年份仅来自Zhang所列参考文献[3]的标题，正文本身未给出日期。'),
 ('event', 'soviet-aid-northeast-china', 'title', 'ru', 'Советская помощь в создании промышленности Северо-Восточного Китая'),
 ('event', 'soviet-aid-northeast-china', 'title', 'zh', '苏联援助中国东北工业建设'),
 ('event', 'soviet-aid-northeast-china', 'summary', 'ru', 'После образования Китайской Народной Республики Советский Союз оказал значительную помощь в экономическом строительстве, и Северо-Восток как промышленная база нового Китая получил множество объектов, в том числе Аньшаньский металлургический комбинат и Первый автомобильный завод в Чанчуне (Zhang 2025).'),
 ('event', 'soviet-aid-northeast-china', 'summary', 'zh', '中华人民共和国成立后，苏联在经济建设方面给予了大量援助。东北作为新中国的工业基地，承接了众多项目，其中包括鞍山钢铁公司和长春第一汽车制造厂（Zhang 2025）。'),
 ('event', 'soviet-aid-northeast-china', 'note', 'ru', 'Примечание редакции: Zhang пишет лишь «после образования Китайской Народной Республики» и года не называет. Отнесение помощи к 1950-м годам — решение редакции, позволяющее поместить её на хронологическую шкалу.'),
 ('event', 'soviet-aid-northeast-china', 'note', 'zh', '编者注：Zhang只说“中华人民共和国成立后”，未给出年份。将苏联对中国的这一援助归于1950年代，是编者为将其列入时间轴而作的处理。'),
 ('event', 'sino-soviet-deterioration', 'title', 'ru', 'Ухудшение советско-китайских отношений'),
 ('event', 'sino-soviet-deterioration', 'title', 'zh', '中苏关系恶化'),
 ('event', 'sino-soviet-deterioration', 'summary', 'ru', 'Как пишет Zhang, с 1960-х годов советско-китайские отношения постепенно ухудшались: сотрудничество Северо-Восточного Китая с советским Дальним Востоком сильно пострадало, торговля резко сократилась, хотя в приграничных районах сохранялись отдельные неформальные контакты.'),
 ('event', 'sino-soviet-deterioration', 'summary', 'zh', 'Zhang写道，自1960年代起，中苏关系逐渐恶化，中国东北与苏联远东地区的合作遭受严重冲击，贸易急剧萎缩，但边境地区仍保持着一些非正式往来。'),
 ('event', 'sino-soviet-normalisation', 'title', 'ru', 'Нормализация советско-китайских отношений и восстановление приграничной торговли'),
 ('event', 'sino-soviet-normalisation', 'title', 'zh', '中苏关系正常化，边境贸易恢复'),
 ('event', 'sino-soviet-normalisation', 'summary', 'ru', 'По мере постепенной нормализации отношений между Китаем и СССР в конце 1980-х — начале 1990-х годов восстановилась приграничная торговля между Северо-Восточным Китаем и Дальним Востоком (Zhang 2025).'),
 ('event', 'sino-soviet-normalisation', 'summary', 'zh', '随着中国与苏联的关系在1980年代末至1990年代初逐步实现正常化，中国东北与远东地区之间的跨境贸易得以恢复（Zhang 2025）。'),
 ('event', 'sino-soviet-normalisation', 'note', 'ru', 'Примечание редакции: Zhang пишет «в конце 1980-х и начале 1990-х годов», а работа в ссылке [5] озаглавлена «1989–1991: нормализация советско-китайских отношений». На хронологической шкале событие отнесено к 1980-м годам — это ближайшая точность, которую она допускает.'),
 ('event', 'sino-soviet-normalisation', 'note', 'zh', '编者注：Zhang写作“在1980年代末和1990年代初”，参考文献[5]的标题为“1989—1991年：中苏关系正常化”。时间轴将其归入1980年代，这是时间轴所能提供的最接近的精度。'),
 ('event', 'gorbachev-vladivostok-speech', 'title', 'ru', 'Владивостокская речь Горбачёва о политике в Азиатско-Тихоокеанском регионе'),
 ('event', 'gorbachev-vladivostok-speech', 'title', 'zh', '戈尔巴乔夫发表关于亚太政策的符拉迪沃斯托克讲话'),
 ('event', 'gorbachev-vladivostok-speech', 'summary', 'ru', 'В 1986 году Генеральный секретарь ЦК КПСС Михаил Горбачёв выступил во Владивостоке с речью, в которой изложил политику СССР в Азиатско-Тихоокеанском регионе и предложил «создать систему азиатской безопасности» (Zhang 2025).'),
 ('event', 'gorbachev-vladivostok-speech', 'summary', 'zh', '1986年，苏共中央总书记米哈伊尔·戈尔巴乔夫在符拉迪沃斯托克发表讲话，阐述了苏联的亚太地区政策，并提出“建立亚洲安全体系”（Zhang 2025）。'),
 ('event', 'far-east-policy-documents-2007', 'title', 'ru', 'Россия разрабатывает программные документы по развитию Дальнего Востока'),
 ('event', 'far-east-policy-documents-2007', 'title', 'zh', '俄罗斯制定远东发展政策文件'),
 ('event', 'far-east-policy-documents-2007', 'summary', 'ru', 'В 2007 году Россия, воспользовавшись своей заявкой на проведение неформальной встречи лидеров АТЭС, приступила к разработке пакета программных документов по развитию Дальнего Востока (Zhang 2025).'),
 ('event', 'far-east-policy-documents-2007', 'summary', 'zh', '2007年，俄罗斯借申办亚太经合组织领导人非正式会议之机，开始制定一系列远东发展政策文件（Zhang 2025）。'),
 ('event', 'heilongjiang-trade-level-2007', 'title', 'ru', 'Хэйлунцзян первым из провинций выходит на уровень торговли с Россией в «100 млн долларов США»'),
 ('event', 'heilongjiang-trade-level-2007', 'title', 'zh', '黑龙江省成为首个对俄罗斯贸易额达到“1亿美元”水平的省份'),
 ('event', 'heilongjiang-trade-level-2007', 'summary', 'ru', 'По данным Song (2019), с 2007 года Хэйлунцзян первым среди провинций Китая вышел на уровень торговли с Россией в «100 млн долларов США».'),
 ('event', 'heilongjiang-trade-level-2007', 'summary', 'zh', '据Song（2019）介绍，自2007年起，黑龙江省成为中国首个对俄罗斯贸易额达到“1亿美元”水平的省份。'),
 ('event', 'heilongjiang-trade-level-2007', 'note', 'ru', 'Примечание редакции: напечатанное «US$100 million» (100 млн долларов США), вероятно, ошибка в единицах. Таблица 1 даёт торговлю провинции с Россией за 2008 год как 110,6 под заголовком «million US dollars» (млн долларов США), однако эти значения имеют смысл только в сотнях миллионов, и «US$100 million», скорее всего, передаёт китайское 100亿 (10 млрд долларов США). Напечатанная формулировка сохранена.'),
 ('event', 'heilongjiang-trade-level-2007', 'note', 'zh', '编者注：原文所印“US$100 million”（1亿美元）可能是单位错误。表1在“million US dollars”（百万美元）的表头下列出该省2008年对俄罗斯贸易额为110.6，但这些数值只有以亿美元为单位才说得通，“US$100 million”很可能是对中文“100亿”（即100亿美元）的误译。此处保留原文表述。'),
 ('event', 'trade-fall-2009', 'title', 'ru', 'Резкое падение торговли Хэйлунцзяна с Россией в период финансового кризиса'),
 ('event', 'trade-fall-2009', 'title', 'zh', '金融危机中黑龙江省对俄罗斯贸易大幅下滑');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('event', 'trade-fall-2009', 'summary', 'ru', 'Как пишет Song, в 2009 году из-за финансового кризиса торговля провинции с Россией резко сократилась. Согласно таблице 1, общий объём с 2008 по 2009 год уменьшился примерно вдвое.'),
 ('event', 'trade-fall-2009', 'summary', 'zh', 'Song写道，2009年受金融危机影响，该省对俄罗斯贸易大幅下滑。表1显示，贸易总额从2008年到2009年大约减少了一半。'),
 ('event', 'crude-oil-pipeline-operation-2011', 'title', 'ru', 'Начало работы российско-китайского нефтепровода и возобновление роста торговли'),
 ('event', 'crude-oil-pipeline-operation-2011', 'title', 'zh', '中俄原油管道投入运营，贸易恢复增长'),
 ('event', 'crude-oil-pipeline-operation-2011', 'summary', 'ru', 'В 2011 году торговля Хэйлунцзяна с Россией вновь начала расти благодаря работе российско-китайского нефтепровода (Song 2019). Таблица 1 показывает резкий рост импорта провинции из России в том году.'),
 ('event', 'crude-oil-pipeline-operation-2011', 'summary', 'zh', '2011年，得益于中俄原油管道的运营，黑龙江省对俄罗斯贸易重新开始增长（Song 2019）。表1显示，该省当年自俄罗斯进口急剧上升。'),
 ('event', 'crude-oil-pipeline-operation-2011', 'note', 'ru', 'Примечание редакции: Song не указывает дату ввода нефтепровода в эксплуатацию, сообщая лишь, что его работа обеспечила восстановление торговли в 2011 году.'),
 ('event', 'crude-oil-pipeline-operation-2011', 'note', 'zh', '编者注：Song未给出管道投运日期，只说管道的运营带动了2011年的贸易回升。'),
 ('event', 'silk-road-initiative-2013', 'title', 'ru', 'Си Цзиньпин выдвигает идею Экономического пояса Шёлкового пути и Морского Шёлкового пути 21 века'),
 ('event', 'silk-road-initiative-2013', 'title', 'zh', '习近平提出建设丝绸之路经济带和21世纪海上丝绸之路'),
 ('event', 'silk-road-initiative-2013', 'summary', 'ru', 'Си Цзиньпин представил концепцию Экономического пояса Шёлкового пути и Морского Шёлкового пути 21 века — инициативу «Один пояс, один путь», которая, по словам Song, была призвана открыть Китай на запад, укрепить его морскую мощь и обеспечить мирное и взаимовыгодное сотрудничество.'),
 ('event', 'silk-road-initiative-2013', 'summary', 'zh', '习近平提出共建丝绸之路经济带和21世纪海上丝绸之路的构想，即“一带一路”倡议。Song认为，这一倡议旨在推动中国向西开放、建设海洋强国，并寻求和平、互利的合作。'),
 ('event', 'silk-road-initiative-2013', 'note', 'ru', 'Примечание редакции: Song пишет «осенью 2013 года». Месяц не указан, поэтому на хронологической шкале показан год.'),
 ('event', 'silk-road-initiative-2013', 'note', 'zh', '编者注：Song称“2013年秋”。因未给出月份，时间轴仅显示年份。'),
 ('event', 'ukraine-crisis-turn-to-east-2014', 'title', 'ru', 'Украинский кризис и «поворот на Восток» России'),
 ('event', 'ukraine-crisis-turn-to-east-2014', 'title', 'zh', '乌克兰危机与俄罗斯的“转向东方”政策'),
 ('event', 'ukraine-crisis-turn-to-east-2014', 'summary', 'ru', 'Как пишет Zhang, после политического кризиса на Украине в 2014 году правительство России пыталось преодолеть экономические трудности и дипломатическую изоляцию, осуществляя «поворот на Восток» — к Азиатско-Тихоокеанскому региону — в политике, экономике и культуре.'),
 ('event', 'ukraine-crisis-turn-to-east-2014', 'summary', 'zh', 'Zhang写道，2014年乌克兰政治危机后，俄罗斯政府试图借助在政治、经济和文化领域面向亚太地区的“转向东方”政策，克服经济困难和外交孤立。'),
 ('event', 'eastern-silk-road-belt-launch-2014', 'title', 'ru', 'Хэйлунцзян приступает к созданию Восточного сухопутно-морского экономического пояса Шёлкового пути'),
 ('event', 'eastern-silk-road-belt-launch-2014', 'title', 'zh', '黑龙江省启动东部陆海丝绸之路经济带建设'),
 ('event', 'eastern-silk-road-belt-launch-2014', 'summary', 'ru', 'По данным Song, проект Восточного пояса Шёлкового пути начал реализовываться в 2014 году, и провинция проводила в отношении России стратегию «открытости». Ссылка [12] у Song — рабочий план провинции по созданию пояса на 2014 год.'),
 ('event', 'eastern-silk-road-belt-launch-2014', 'summary', 'zh', '据Song介绍，东部丝绸之路经济带项目于2014年开始实施，该省对俄罗斯推行“对外开放”战略。Song所列参考文献[12]是该省2014年建设这一经济带的工作方案。'),
 ('event', 'longjiang-belt-conference-2014', 'title', 'ru', 'Экономическое совещание парткома провинции призывает к созданию Лунцзянского пояса Шёлкового пути'),
 ('event', 'longjiang-belt-conference-2014', 'title', 'zh', '省委经济工作会议提出建设龙江丝路带'),
 ('event', 'longjiang-belt-conference-2014', 'summary', 'ru', 'В декабре 2014 года экономическое совещание комитета КПК провинции Хэйлунцзян впервые заявило о цели ускорить создание Лунцзянского пояса Шёлкового пути, связанного с экономическим коридором Китай — Монголия — Россия (Song 2019).'),
 ('event', 'longjiang-belt-conference-2014', 'summary', 'zh', '2014年12月，中共黑龙江省委经济工作会议首次提出，加快建设与中国—蒙古国—俄罗斯经济走廊相衔接的龙江丝路带（Song 2019）。'),
 ('event', 'longjiang-core-area-planning-2015', 'title', 'ru', 'Хэйлунцзян намерен стать ключевой зоной Лунцзянского пояса Шёлкового пути'),
 ('event', 'longjiang-core-area-planning-2015', 'title', 'zh', '黑龙江省谋划成为龙江丝路带核心区'),
 ('event', 'longjiang-core-area-planning-2015', 'summary', 'ru', 'По данным Song, с 2015 года провинция планирует стать ключевой зоной Лунцзянского пояса Шёлкового пути в составе экономического коридора Китай — Монголия — Россия. Пояс строится по принципу «На запад — к Европе, на восток — к морю», а главную роль в нём играют сухопутно-морские коридоры Харбин — Суйфэньхэ — Россия.'),
 ('event', 'longjiang-core-area-planning-2015', 'summary', 'zh', '据Song介绍，自2015年起，该省谋划成为中国—蒙古国—俄罗斯经济走廊龙江丝路带的核心区，秉持“西向欧洲、东向出海”的理念，以哈尔滨—绥芬河—俄罗斯陆海通道为关键。'),
 ('event', 'longjiang-core-area-planning-2015', 'note', 'ru', 'Примечание редакции: в этом абзаце написано «Longjiang Province» (провинция Лунцзян) — описка вместо Хэйлунцзян.'),
 ('event', 'longjiang-core-area-planning-2015', 'note', 'zh', '编者注：该段原文作“Longjiang Province”（龙江省），系黑龙江省之误。'),
 ('event', 'heilongjiang-russia-trade-decline-2016', 'title', 'ru', 'Спад торговли Хэйлунцзяна с Россией в 2016 году'),
 ('event', 'heilongjiang-russia-trade-decline-2016', 'title', 'zh', '2016年黑龙江省对俄罗斯贸易下降'),
 ('event', 'heilongjiang-russia-trade-decline-2016', 'summary', 'ru', 'В заключении статьи Song говорится о резком спаде торговли провинции с Россией в 2016 году, за которым последовало улучшение, поскольку обе стороны занялись созданием транспортных коридоров и грузовыми перевозками.'),
 ('event', 'heilongjiang-russia-trade-decline-2016', 'summary', 'zh', 'Song在结论中提到，2016年该省对俄罗斯贸易急剧下滑，此后随着双方推进通道建设和货物运输，形势有所好转。'),
 ('event', 'heilongjiang-russia-trade-decline-2016', 'note', 'ru', 'Примечание редакции: по таблице 1 самое резкое падение пришлось на 2015 год (-53,4%), а в 2016 году последовало дальнейшее снижение (-15,3%) — до 91,9, самого низкого общего объёма с 2010 года. Самым низким за десятилетие он не был: общие объёмы 2009 года (55,8) и 2010 года (74,7) были ниже. Формулировка заключения о «резком спаде торговли с Россией в 2016 году» оставлена как в оригинале.'),
 ('event', 'heilongjiang-russia-trade-decline-2016', 'note', 'zh', '编者注：表1显示，降幅最大的是2015年（-53.4%），2016年继续下降（-15.3%）至91.9，为2010年以来的最低总额。但这并非十年来的最低值：2009年（55.8）和2010年（74.7）的总额更低。结论中“2016年对俄罗斯贸易急剧下降”的说法按原文保留。'),
 ('event', 'one-window-four-districts-2017', 'title', 'ru', 'Хэйлунцзян выдвигает концепцию «Одно окно и четыре района»'),
 ('event', 'one-window-four-districts-2017', 'title', 'zh', '黑龙江省提出“一窗四区”'),
 ('event', 'one-window-four-districts-2017', 'summary', 'ru', 'В апреле 2017 года Хэйлунцзян выдвинул концепцию «Одно окно и четыре района» — проект, призванный открыть ещё одно окно между Китаем и Севером и включающий создание российско-китайской зоны свободной торговли (Song 2019).'),
 ('event', 'one-window-four-districts-2017', 'summary', 'zh', '2017年4月，黑龙江省提出“一窗四区”，这一项目旨在打开中国与北方之间的又一扇窗口，其中包括建设中俄自由贸易区（Song 2019）。'),
 ('event', 'local-cooperation-years-2018-2019', 'title', 'ru', 'Годы российско-китайского межрегионального сотрудничества 2018–2019'),
 ('event', 'local-cooperation-years-2018-2019', 'title', 'zh', '2018—2019年中俄地方合作交流年'),
 ('event', 'local-cooperation-years-2018-2019', 'summary', 'ru', 'Song отмечает, что Годы российско-китайского межрегионального сотрудничества 2018–2019 открыли новые возможности и что Чжан Цинвэй, председатель китайской части Российско-Китайского комитета дружбы, мира и развития, заявил о готовности Хэйлунцзяна вместе с Россией укреплять межрегиональное сотрудничество.'),
 ('event', 'local-cooperation-years-2018-2019', 'summary', 'zh', 'Song指出，2018—2019年中俄地方合作交流年带来了新的机遇。中俄友好、和平与发展委员会中国方面主席张庆伟表示，黑龙江省将与俄罗斯携手加强地方合作。'),
 ('event', 'local-cooperation-years-2018-2019', 'note', 'ru', 'Примечание редакции: годы обменов пришлись на 2018 и 2019 годы. На хронологической шкале они отнесены к первому году.'),
 ('event', 'local-cooperation-years-2018-2019', 'note', 'zh', '编者注：交流年横跨2018年和2019年，时间轴将其列于第一年。'),
 ('event', 'china-russia-trade-100bn-2018', 'title', 'ru', 'Товарооборот Китая и России превышает 100 млрд долларов США'),
 ('event', 'china-russia-trade-100bn-2018', 'title', 'zh', '中国与俄罗斯贸易额突破1000亿美元');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('event', 'china-russia-trade-100bn-2018', 'summary', 'ru', 'По данным Song, к середине декабря 2018 года товарооборот между Китаем и Россией превысил 100 млрд долларов США, что стало рекордом, а торговля самого Хэйлунцзяна с Россией в том году переживала подъём.'),
 ('event', 'china-russia-trade-100bn-2018', 'summary', 'zh', '据Song介绍，截至2018年12月中旬，中国与俄罗斯贸易额突破1000亿美元，创历史新高，黑龙江省自身的对俄贸易当年也十分兴旺。'),
 ('event', 'china-russia-trade-100bn-2018', 'note', 'ru', 'Примечание редакции: Song пишет «к середине декабря 2018 года», на хронологической шкале показан декабрь 2018 года. В сноске 1 источником указана веб-страница Sohu.'),
 ('event', 'china-russia-trade-100bn-2018', 'note', 'zh', '编者注：Song称“截至2018年12月中旬”，时间轴显示为2018年12月。脚注1注明的来源为搜狐网页。'),
 ('event', 'diplomatic-relations-70th-anniversary', 'title', 'ru', '70-летие дипломатических отношений Китая и России'),
 ('event', 'diplomatic-relations-70th-anniversary', 'title', 'zh', '中国与俄罗斯建交70周年'),
 ('event', 'diplomatic-relations-70th-anniversary', 'summary', 'ru', 'Song (2019) отмечает, что в 2019 году предстояло отметить 70-летие дипломатических отношений между Китаем и Россией, и призывает стороны воспользоваться этим, чтобы поднять торгово-экономические отношения на более высокий уровень.'),
 ('event', 'diplomatic-relations-70th-anniversary', 'summary', 'zh', 'Song（2019）指出，2019年将迎来中国与俄罗斯建交70周年，并呼吁双方借此契机将经贸关系提升到更高水平。'),
 ('event', 'diplomatic-relations-70th-anniversary', 'note', 'ru', 'Примечание редакции: Song, писавший до 2019 года, сообщает, что годовщину «предстоит отметить». О самих торжествах в источниках ничего не говорится.'),
 ('event', 'diplomatic-relations-70th-anniversary', 'note', 'zh', '编者注：Song写作于2019年之前，称该周年“将要庆祝”。各来源均未报道庆祝活动本身。'),
 ('event', 'power-of-siberia-commissioned-2019', 'title', 'ru', 'Ввод в эксплуатацию восточного газопровода («Сила Сибири»)'),
 ('event', 'power-of-siberia-commissioned-2019', 'title', 'zh', '中俄东线天然气管道（俄境内段“西伯利亚力量”）投产'),
 ('event', 'power-of-siberia-commissioned-2019', 'summary', 'ru', 'Российско-китайский восточный газопровод «Сила Сибири» введён в эксплуатацию в 2019 году (Zhang 2025). Он входит на территорию Китая в Хэйхэ (репортаж из Хэйхэ, 2023). AsiaNews (2022) также говорит о «российско-китайском трубопроводе, открытом в 2019 году».'),
 ('event', 'power-of-siberia-commissioned-2019', 'summary', 'zh', '中俄东线天然气管道（俄罗斯境内段称“西伯利亚力量”）于2019年投运（Zhang 2025）。该管道经黑河进入中国（黑河边境特写，2023年）。AsiaNews（2022）也提到“2019年启用的俄中管道”。'),
 ('event', 'power-of-siberia-commissioned-2019', 'note', 'ru', 'Примечание редакции: AsiaNews не называет ни сам трубопровод, ни то, что по нему транспортируется. Атлас считает, что речь идёт именно об этом газопроводе — том, который Zhang датирует 2019 годом, а репортаж из Хэйхэ помещает в Хэйхэ.'),
 ('event', 'power-of-siberia-commissioned-2019', 'note', 'zh', '编者注：AsiaNews既未说出该管道的名称，也未说明其输送何物。本图集认为所指即这条天然气管道，也就是Zhang定为2019年投运、黑河边境特写指出位于黑河的那条管道。'),
 ('event', 'russian-invasion-of-ukraine-2022', 'title', 'ru', 'Вторжение России на Украину'),
 ('event', 'russian-invasion-of-ukraine-2022', 'title', 'zh', '俄罗斯入侵乌克兰'),
 ('event', 'russian-invasion-of-ukraine-2022', 'summary', 'ru', 'Война России против Украины, которую AsiaNews (март 2022 г.) называет вторжением и военной кампанией, а Zhang (2025) — «российско-украинским конфликтом», изолировала Россию от Запада и превратила её «поворот на Восток» в поиск новых источников роста. Новостная заметка «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи», 2023) говорит о вторжении как о событии «прошлого года», а репортаж из Хэйхэ передаёт мнения китайских жителей приграничья о нём.'),
 ('event', 'russian-invasion-of-ukraine-2022', 'summary', 'zh', '俄罗斯对乌克兰的战争，AsiaNews（2022年3月）称之为入侵和军事行动，Zhang（2025）称之为“俄乌冲突”。这场战争使俄罗斯与西方隔绝，也使其“转向东方”政策成为寻求新增长点的努力。新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》，2023年）称入侵发生在“去年”，黑河边境特写则记录了中国边民对此的看法。'),
 ('event', 'russian-invasion-of-ukraine-2022', 'note', 'ru', 'Примечание редакции: ни один из источников не называет день начала вторжения, поэтому на хронологической шкале показан только год.'),
 ('event', 'russian-invasion-of-ukraine-2022', 'note', 'zh', '编者注：各来源均未给出入侵开始的具体日期，因此时间轴只显示年份。'),
 ('event', 'western-sanctions-on-russia-2022', 'title', 'ru', 'Западные санкции против России'),
 ('event', 'western-sanctions-on-russia-2022', 'title', 'zh', '西方对俄罗斯的制裁'),
 ('event', 'western-sanctions-on-russia-2022', 'summary', 'ru', 'После вторжения на Украину западные страны ввели санкции против России. Zhang (2025) перечисляет отключение от SWIFT («возможно, частично восстановленное»), эмбарго и ценовые потолки, которые, по словам Zhang, сократили экспорт газа и нанесли ущерб газопроводу «Северный поток — 2». AsiaNews (2022) видит в развитии Дальнего Востока способ для Кремля облегчить это бремя, а новостная заметка «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи», 2023) сообщает об экономической поддержке России со стороны Китая в условиях санкций.'),
 ('event', 'western-sanctions-on-russia-2022', 'summary', 'zh', '入侵乌克兰后，西方国家对俄罗斯实施制裁。Zhang（2025）列举了将其排除出SWIFT（“可能已部分恢复”）、禁运和价格上限等措施，按Zhang的说法，这些措施削减了天然气出口，并使“北溪-2”管道受损。AsiaNews（2022）认为，开发远东是克里姆林宫减轻负担的一条途径，新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》，2023年）则报道了中国在制裁背景下对俄罗斯的经济支持。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('event', 'western-sanctions-on-russia-2022', 'note', 'ru', 'Примечание редакции: источники не называют единой даты. Санкции последовали за вторжением 2022 года (AsiaNews, вводный абзац).'),
 ('event', 'western-sanctions-on-russia-2022', 'note', 'zh', '编者注：各来源未给出单一日期。制裁是在2022年入侵之后实施的（AsiaNews，导语）。'),
 ('event', 'tongjiang-bridge-commissioned-2022', 'title', 'ru', 'Ввод в эксплуатацию железнодорожного моста Нижнеленинское — Тунцзян'),
 ('event', 'tongjiang-bridge-commissioned-2022', 'title', 'zh', '同江中俄铁路大桥（同江—下列宁斯阔耶）投入使用'),
 ('event', 'tongjiang-bridge-commissioned-2022', 'summary', 'ru', 'Первый российско-китайский трансграничный железнодорожный мост — мост Нижнеленинское — Тунцзян — введён в эксплуатацию в 2022 году (Zhang 2025). К 2023 году рядом с ним строился нефтеперевалочный комплекс (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи»).'),
 ('event', 'tongjiang-bridge-commissioned-2022', 'summary', 'zh', '首座中俄跨境铁路桥——连接同江与下列宁斯阔耶的同江中俄铁路大桥于2022年投入使用（Zhang 2025）。到2023年，大桥附近正在建设一座石油转运综合设施（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》）。'),
 ('event', 'xu-qin-siberia-statement-2022', 'title', 'ru', 'Сюй Цинь призывает к интеграции с Сибирью'),
 ('event', 'xu-qin-siberia-statement-2022', 'title', 'zh', '许勤呼吁与西伯利亚融合发展'),
 ('event', 'xu-qin-siberia-statement-2022', 'summary', 'ru', 'Секретарь парткома провинции Хэйлунцзян Сюй Цинь, как сообщила газета «Хэйлунцзян жибао», призвал к более тесной интеграции с Сибирью, чтобы укрепить стратегическое сотрудничество Китая и России в противовес Западу, а также к быстрому расширению «российско-китайского трубопровода, открытого в 2019 году», чтобы сделать Хэйхэ воротами для торговли с Восточной Сибирью (AsiaNews).'),
 ('event', 'xu-qin-siberia-statement-2022', 'summary', 'zh', '据《黑龙江日报》报道，黑龙江省委书记许勤呼吁加强与西伯利亚的融合，以推动中国与俄罗斯针对西方的战略合作，并呼吁尽快扩建“2019年启用的俄中管道”，使黑河成为与东西伯利亚开展贸易的门户（AsiaNews）。'),
 ('event', 'xu-qin-siberia-statement-2022', 'note', 'ru', 'Примечание редакции: по данным AsiaNews, Сюй выступил после разговора 18 марта, а AsiaNews сообщило об этом 23 марта 2022 года, так что заявление относится к промежутку между этими датами. Точный день не указан. AsiaNews не называет трубопровод, атлас связывает его с «Силой Сибири» — газопроводом, введённым в эксплуатацию в 2019 году и входящим на территорию Китая у Хэйхэ.'),
 ('event', 'xu-qin-siberia-statement-2022', 'note', 'zh', '编者注：AsiaNews称许勤的讲话发表于3月18日通话之后，并于2022年3月23日作了报道，因此讲话时间介于这两个日期之间。具体日期未给出。AsiaNews未说出管道名称，本图集将其与2019年投运、在黑河进入中国的天然气管道——中俄东线天然气管道（“西伯利亚力量”）相关联。'),
 ('event', 'xi-biden-call-2022', 'title', 'ru', 'Видеопереговоры Си Цзиньпина и Джо Байдена'),
 ('event', 'xi-biden-call-2022', 'title', 'zh', '习近平与乔·拜登举行视频通话'),
 ('event', 'xi-biden-call-2022', 'summary', 'ru', '18 марта 2022 года Си Цзиньпин и Джо Байден провели переговоры по видеосвязи. По данным AsiaNews, Байден предупредил, что Китай столкнётся с серьёзными последствиями, если окажет России экономическую или военную помощь в её кампании против Украины.'),
 ('event', 'xi-biden-call-2022', 'summary', 'zh', '2022年3月18日，习近平与乔·拜登通过视频连线通话。据AsiaNews报道，拜登警告称，如果中国在俄罗斯针对乌克兰的行动中向其提供经济或军事帮助，中国将面临严重后果。'),
 ('event', 'xi-biden-call-2022', 'note', 'ru', 'Примечание редакции: AsiaNews пишет «teleconference» (телеконференция). Год установлен по строке с датой статьи (23 марта 2022 года).'),
 ('event', 'xi-biden-call-2022', 'note', 'zh', '编者注：AsiaNews用的是“teleconference”（电话会议）一词。年份依据该文电头所署日期（2022年3月23日）。'),
 ('event', 'economy-ministers-meeting-beijing-2023', 'title', 'ru', 'Встреча министра экономического развития России и Ван Вэньтао в Пекине'),
 ('event', 'economy-ministers-meeting-beijing-2023', 'title', 'zh', '俄罗斯经济发展部长与王文涛在北京会谈'),
 ('event', 'economy-ministers-meeting-beijing-2023', 'summary', 'ru', 'Министр экономического развития России и министр коммерции Китая Ван Вэньтао обсудили в Пекине экономическое сотрудничество. В той же заметке приводятся слова Вана о том, что под «стратегическим руководством» глав двух государств торгово-экономическое сотрудничество двух стран становится всё более «прочным» (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023).'),
 ('event', 'economy-ministers-meeting-beijing-2023', 'summary', 'zh', '俄罗斯经济发展部部长与中国商务部部长王文涛在北京讨论经济合作。同一篇报道援引王文涛的话说，在两国元首的“战略引领”下，两国经贸合作日益“稳固”（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年）。'),
 ('event', 'economy-ministers-meeting-beijing-2023', 'note', 'ru', 'Примечание редакции: источник не датирован, год установлен косвенно (см. примечание к источнику). В заметке также сказано, что Путин посетит Пекин «в следующем месяце».'),
 ('event', 'economy-ministers-meeting-beijing-2023', 'note', 'zh', '编者注：该来源未注明日期，年份系推断得出（见来源说明）。报道还称普京将于“下个月”访问北京。'),
 ('event', 'wang-yi-moscow-visit-2023', 'title', 'ru', 'Визит Ван И в Москву для стратегических консультаций'),
 ('event', 'wang-yi-moscow-visit-2023', 'title', 'zh', '王毅访问莫斯科举行战略磋商');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('event', 'wang-yi-moscow-visit-2023', 'summary', 'ru', 'Одновременно со встречей министров в Пекине главный дипломат Китая Ван И посетил Москву для стратегических консультаций. В ходе консультаций было подтверждено, что Владимир Путин посетит Пекин в следующем месяце (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023).'),
 ('event', 'wang-yi-moscow-visit-2023', 'summary', 'zh', '在两国部长于北京会晤的同时，中国最高外交官王毅访问莫斯科举行战略磋商。磋商确认弗拉基米尔·普京将于次月访问北京（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年）。'),
 ('event', 'wang-yi-moscow-visit-2023', 'note', 'ru', 'Примечание редакции: источник не датирован, год установлен косвенно (см. примечание к источнику).'),
 ('event', 'wang-yi-moscow-visit-2023', 'note', 'zh', '编者注：该来源未注明日期，年份系推断得出（见来源说明）。'),
 ('event', 'china-bans-japanese-seafood-2023', 'title', 'ru', 'Китай запрещает ввоз морепродуктов из Японии'),
 ('event', 'china-bans-japanese-seafood-2023', 'title', 'zh', '中国禁止进口日本水产品'),
 ('event', 'china-bans-japanese-seafood-2023', 'summary', 'ru', 'Пекин запретил ввоз морепродуктов из Японии из-за опасений, связанных с радиоактивной водой с АЭС «Фукусима». По данным новостной заметки «China and Russia Forge Deeper Economic Ties» («Китай и Россия углубляют экономические связи», 2023), это открывает китайский рынок для морской продукции Дальнего Востока России.'),
 ('event', 'china-bans-japanese-seafood-2023', 'summary', 'zh', '北京以担忧福岛核电站放射性污水为由，禁止进口日本水产品。据新闻报道《China and Russia Forge Deeper Economic Ties》（《中国与俄罗斯深化经济联系》，2023年），此举为俄罗斯远东的海产品打开了中国市场。'),
 ('event', 'china-bans-japanese-seafood-2023', 'note', 'ru', 'Примечание редакции: источник не датирован, год установлен косвенно (см. примечание к источнику).'),
 ('event', 'china-bans-japanese-seafood-2023', 'note', 'zh', '编者注：该来源未注明日期，年份系推断得出（见来源说明）。'),
 ('event', 'xi-heilongjiang-pivotal-gateway-2023', 'title', 'ru', 'Си Цзиньпин называет Хэйлунцзян «ключевыми» воротами'),
 ('event', 'xi-heilongjiang-pivotal-gateway-2023', 'title', 'zh', '习近平称黑龙江省是“关键”门户'),
 ('event', 'xi-heilongjiang-pivotal-gateway-2023', 'summary', 'ru', 'Си Цзиньпин назвал Хэйлунцзян «ключевыми» воротами открытости Китая на север и подчеркнул роль провинции в обеспечении национальной обороны, продовольственной и энергетической безопасности (заметка «China and Russia Forge Deeper Economic Ties» — «Китай и Россия углубляют экономические связи», 2023).'),
 ('event', 'xi-heilongjiang-pivotal-gateway-2023', 'summary', 'zh', '习近平称黑龙江省是中国向北开放的“关键”门户，并强调其在国防安全、粮食安全和能源安全方面的作用（据新闻报道《China and Russia Forge Deeper Economic Ties》，即《中国与俄罗斯深化经济联系》，2023年）。'),
 ('event', 'xi-heilongjiang-pivotal-gateway-2023', 'note', 'ru', 'Примечание редакции: в новостной заметке сказано лишь «недавно», год определён по установленной косвенно дате источника. Ссылка [16] у Zhang — сообщение Синьхуа от сентября 2023 года о совещании по возрождению Северо-Восточного Китая под председательством Си. Возможно, речь идёт о том же событии, но ни один из двух источников их не связывает.'),
 ('event', 'xi-heilongjiang-pivotal-gateway-2023', 'note', 'zh', '编者注：该新闻报道只说“最近”，年份依据推断的该来源日期确定。Zhang所列参考文献[16]是新华社2023年9月关于习近平主持召开推动中国东北振兴座谈会的报道，可能是同一场合，但两个来源均未将二者联系起来。'),
 ('event', 'xi-state-visit-moscow-2023', 'title', 'ru', 'Прибытие Си Цзиньпина в Москву'),
 ('event', 'xi-state-visit-moscow-2023', 'title', 'zh', '习近平抵达莫斯科'),
 ('event', 'xi-state-visit-moscow-2023', 'summary', 'ru', 'Си Цзиньпин прибыл в Москву 20 марта 2023 года, в аэропорту его встречал вице-премьер Дмитрий Чернышенко. Репортаж из Хэйхэ, написанный во время визита, расценивает его как весомый жест, который «говорит о многом».'),
 ('event', 'xi-state-visit-moscow-2023', 'summary', 'zh', '2023年3月20日，习近平抵达莫斯科，俄罗斯副总理德米特里·切尔内申科到机场迎接。访问期间撰写的黑河边境特写将此访解读为“意味深长”的重大姿态。'),
 ('event', 'xi-state-visit-moscow-2023', 'note', 'ru', 'Примечание редакции: дата взята из подписи к фотографии в репортаже из Хэйхэ.'),
 ('event', 'xi-state-visit-moscow-2023', 'note', 'zh', '编者注：日期来自黑河边境特写中的图片说明。'),
 ('event', 'joint-statement-economic-cooperation-2030', 'title', 'ru', 'Совместное заявление о ключевых направлениях экономического сотрудничества до 2030 года'),
 ('event', 'joint-statement-economic-cooperation-2030', 'title', 'zh', '关于2030年前经济合作重点方向的联合声明'),
 ('event', 'joint-statement-economic-cooperation-2030', 'summary', 'ru', 'Лидеры Китая и России выступили с совместным заявлением о плане развития ключевых направлений экономического сотрудничества до 2030 года. Zhang (2025) цитирует поставленную в нём цель «глубоко раскрыть потенциал сотрудничества между нашими местными и приграничными территориями» и развивать сотрудничество между Северо-Восточным Китаем и Дальним Востоком России.'),
 ('event', 'joint-statement-economic-cooperation-2030', 'summary', 'zh', '中国和俄罗斯两国元首发表关于2030年前经济合作重点方向发展规划的联合声明。Zhang（2025）引述了声明提出的目标：“深入释放两国地方和边境地区的合作潜力”，并发展中国东北与俄罗斯远东之间的合作。'),
 ('event', 'joint-statement-economic-cooperation-2030', 'note', 'ru', 'Примечание редакции: в тексте Zhang сказано «в марте 2023 года», день взят из ссылки [7] («Жэньминь жибао», 21 марта 2023 года). Цитата — это английский машинный перевод русской формулировки Zhang (здесь она дана в обратном переводе).'),
 ('event', 'joint-statement-economic-cooperation-2030', 'note', 'zh', '编者注：Zhang的正文称“2023年3月”，具体日期来自参考文献[7]（《人民日报》，2023年3月21日）。引文为Zhang俄文原文的英文机器翻译（此处据英文转译）。'),
 ('event', 'putin-visit-china-harbin-2024', 'title', 'ru', 'Визит Путина в Китай с посещением Харбина'),
 ('event', 'putin-visit-china-harbin-2024', 'title', 'zh', '普京访问中国并到访哈尔滨'),
 ('event', 'putin-visit-china-harbin-2024', 'summary', 'ru', 'Во время визита в Китай в 2024 году Владимир Путин посетил Харбин, что Zhang (2025) расценивает как важный сигнал к ускорению совместного освоения Дальнего Востока России.'),
 ('event', 'putin-visit-china-harbin-2024', 'summary', 'zh', '弗拉基米尔·普京在2024年访问中国期间到访哈尔滨，Zhang（2025）认为这是加快共同开发俄罗斯远东的重要信号。'),
 ('event', 'joint-statement-2024', 'title', 'ru', 'Совместное заявление Китая и России во время визита Путина в 2024 году'),
 ('event', 'joint-statement-2024', 'title', 'zh', '普京2024年访华期间中国与俄罗斯发表联合声明'),
 ('event', 'joint-statement-2024', 'summary', 'ru', 'По словам Zhang, во время визита Путина в 2024 году Китай и Россия приняли важное совместное заявление об углублении отношений всеобъемлющего партнёрства и стратегического взаимодействия, в котором, в частности, затрагивается развитие Дальнего Востока России.'),
 ('event', 'joint-statement-2024', 'summary', 'zh', '据Zhang介绍，普京2024年访问期间，中国与俄罗斯发表了关于深化全面伙伴关系和战略协作的重要联合声明，其中涉及俄罗斯远东的开发等内容。'),
 ('event', 'joint-statement-2024', 'note', 'ru', 'Примечание редакции: ссылка [15] у Zhang («Совместное заявление... об углублении отношений всеобъемлющего партнёрства и стратегического взаимодействия, вступающих в новую эпоху», Синьхуа) имеет URL с датой 22 марта 2023 года, поэтому она может указывать на заявление марта 2023 года, а не 2024 года. Атлас следует тексту статьи.'),
 ('event', 'joint-statement-2024', 'note', 'zh', '编者注：Zhang所列参考文献[15]（《……关于深化新时代全面伙伴关系和战略协作的联合声明》，新华社）的网址日期为2023年3月22日，因此该文献可能指2023年3月的声明，而非2024年的声明。本图集以正文为准。'),
 ('event', 'tongjiang-bridge-6mt-2024', 'title', 'ru', 'Грузооборот железнодорожного моста в Тунцзяне превышает 6 млн т'),
 ('event', 'tongjiang-bridge-6mt-2024', 'title', 'zh', '同江中俄铁路大桥货运量突破600万吨'),
 ('event', 'tongjiang-bridge-6mt-2024', 'summary', 'ru', 'К июню 2024 года двусторонний грузооборот по железнодорожному мосту Нижнеленинское — Тунцзян превысил 6 млн т (Zhang 2025).'),
 ('event', 'tongjiang-bridge-6mt-2024', 'summary', 'zh', '截至2024年6月，经同江中俄铁路大桥（同江—下列宁斯阔耶）的双向货运量已突破600万吨（Zhang 2025）。'),
 ('event', 'power-of-siberia-80-bcm-2024', 'title', 'ru', 'Поставки по восточному газопроводу превышают 80 млрд куб. м'),
 ('event', 'power-of-siberia-80-bcm-2024', 'title', 'zh', '中俄东线天然气管道累计输气量突破800亿立方米'),
 ('event', 'power-of-siberia-80-bcm-2024', 'summary', 'ru', 'По состоянию на декабрь 2024 года объём газа, поставленного по российско-китайскому восточному газопроводу с момента его открытия в 2019 году, превысил 80 млрд куб. м (Zhang 2025 со ссылкой на Национальное энергетическое управление КНР).'),
 ('event', 'power-of-siberia-80-bcm-2024', 'summary', 'zh', '截至2024年12月，中俄东线天然气管道自2019年投产以来累计输气量超过800亿立方米（Zhang 2025，援引国家能源局数据）。'),
 ('event', 'gazprom-contract-maximum-2024', 'title', 'ru', '«Газпром» выводит поставки по газопроводу «Сила Сибири» на максимальный контрактный уровень'),
 ('event', 'gazprom-contract-maximum-2024', 'title', 'zh', '俄罗斯天然气工业股份公司将中俄东线天然气管道（俄境内段“西伯利亚力量”）供气量提升至合同最高水平'),
 ('event', 'gazprom-contract-maximum-2024', 'summary', 'ru', 'С 1 декабря 2024 года «Газпром» досрочно увеличил поставки газа в Китай по газопроводу «Сила Сибири» до максимального контрактного уровня в 38 млрд куб. м (Zhang 2025 со ссылкой на Национальное энергетическое управление КНР).'),
 ('event', 'gazprom-contract-maximum-2024', 'summary', 'zh', '自2024年12月1日起，俄罗斯天然气工业股份公司（Gazprom）提前将经中俄东线天然气管道（俄境内段“西伯利亚力量”）对中国的供气量提升至合同规定的最高水平，即380亿立方米（Zhang 2025，援引国家能源局数据）。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('event', 'gazprom-contract-maximum-2024', 'note', 'ru', 'Примечание редакции: в машинном переводе сказано «daily gas supplies ... at 38 billion cubic meters» (суточные поставки газа... в 38 млрд куб. м). 38 млрд куб. м — это годовой контрактный объём, суточный поток такого размера невозможен, поэтому атлас учитывает его как годовой, сохраняя здесь формулировку оригинала. Слово «prematurely» (преждевременно) в тексте означает «досрочно», то есть раньше контрактного графика.'),
 ('event', 'gazprom-contract-maximum-2024', 'note', 'zh', '编者注：机器翻译作“daily gas supplies ... at 38 billion cubic meters”（每日供气……达380亿立方米）。380亿立方米是合同规定的年供气量，如此规模的日输气量不可能实现，因此本图集将其记为年供气量，同时在此保留原文措辞。原文中的“prematurely”（过早）意为早于合同进度，即提前。'),
 ('key_figure', 'heilongjiang-russia-border-length', 'label', 'ru', 'Протяжённость границы Хэйлунцзяна с Россией'),
 ('key_figure', 'heilongjiang-russia-border-length', 'label', 'zh', '黑龙江省与俄罗斯的边境线长度'),
 ('key_figure', 'heilongjiang-russia-border-length', 'unit', 'ru', 'км'),
 ('key_figure', 'heilongjiang-russia-border-length', 'unit', 'zh', '公里'),
 ('key_figure', 'heilongjiang-russia-border-length', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'heilongjiang-russia-border-length', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'heilongjiang-russia-border-length', 'note', 'ru', 'Song приводит эту цифру как протяжённость границы самого Хэйлунцзяна с Россией, а не всей границы между Китаем и Россией.'),
 ('key_figure', 'heilongjiang-russia-border-length', 'note', 'zh', 'Song给出的是黑龙江省自身与俄罗斯的边境线长度，而非中国与俄罗斯边境线的全长。'),
 ('key_figure', 'power-of-siberia-cumulative-gas', 'label', 'ru', 'Объём газа, поставленного по восточному газопроводу с 2019 года'),
 ('key_figure', 'power-of-siberia-cumulative-gas', 'label', 'zh', '2019年以来经中俄东线天然气管道输送的天然气量'),
 ('key_figure', 'power-of-siberia-cumulative-gas', 'unit', 'ru', 'млрд куб. м'),
 ('key_figure', 'power-of-siberia-cumulative-gas', 'unit', 'zh', '十亿立方米'),
 ('key_figure', 'power-of-siberia-cumulative-gas', 'as_of', 'ru', 'декабрь 2024 г.'),
 ('key_figure', 'power-of-siberia-cumulative-gas', 'as_of', 'zh', '2024年12月'),
 ('key_figure', 'power-of-siberia-cumulative-gas', 'note', 'ru', 'Суммарные поставки с момента ввода в эксплуатацию в 2019 году.'),
 ('key_figure', 'power-of-siberia-cumulative-gas', 'note', 'zh', '自2019年投产以来的累计输气量。'),
 ('key_figure', 'power-of-siberia-contract-level', 'label', 'ru', 'Максимальный контрактный объём поставок газа по газопроводу «Сила Сибири»'),
 ('key_figure', 'power-of-siberia-contract-level', 'label', 'zh', '经中俄东线天然气管道（俄境内段“西伯利亚力量”）供气的合同最高水平'),
 ('key_figure', 'power-of-siberia-contract-level', 'unit', 'ru', 'млрд куб. м'),
 ('key_figure', 'power-of-siberia-contract-level', 'unit', 'zh', '十亿立方米'),
 ('key_figure', 'power-of-siberia-contract-level', 'as_of', 'ru', 'с 1 декабря 2024 г.'),
 ('key_figure', 'power-of-siberia-contract-level', 'as_of', 'zh', '自2024年12月1日起'),
 ('key_figure', 'power-of-siberia-contract-level', 'note', 'ru', 'Примечание редакции: напечатано «daily gas supplies ... at 38 billion cubic meters» («суточные поставки газа… на уровне 38 млрд кубометров»), без слов «в год». Как суточный поток эта цифра неправдоподобна, поэтому атлас понимает её как годовой контрактный объём. Значение и единица измерения приведены как в оригинале.'),
 ('key_figure', 'power-of-siberia-contract-level', 'note', 'zh', '编者注：原文作“daily gas supplies ... at 38 billion cubic meters”（日供气量……达380亿立方米），未写“每年”。若理解为日流量，这一数字并不可信，因此本图集将其理解为年度合同供气量。数值和单位按原文。'),
 ('key_figure', 'tongjiang-bridge-cumulative-cargo', 'label', 'ru', 'Грузооборот железнодорожного моста Нижнеленинское — Тунцзян с 2022 года'),
 ('key_figure', 'tongjiang-bridge-cumulative-cargo', 'label', 'zh', '2022年以来同江中俄铁路大桥（同江—下列宁斯阔耶）货运量'),
 ('key_figure', 'tongjiang-bridge-cumulative-cargo', 'unit', 'ru', 'млн т'),
 ('key_figure', 'tongjiang-bridge-cumulative-cargo', 'unit', 'zh', '百万吨'),
 ('key_figure', 'tongjiang-bridge-cumulative-cargo', 'as_of', 'ru', 'июнь 2024 г.'),
 ('key_figure', 'tongjiang-bridge-cumulative-cargo', 'as_of', 'zh', '2024年6月'),
 ('key_figure', 'tongjiang-bridge-cumulative-cargo', 'note', 'ru', 'Общий двусторонний грузооборот с открытия моста в 2022 году.'),
 ('key_figure', 'tongjiang-bridge-cumulative-cargo', 'note', 'zh', '自大桥2022年开通以来的双向货运总量。'),
 ('key_figure', 'heihe-bridge-annual-cargo', 'label', 'ru', 'Годовой грузооборот автомобильного моста Благовещенск — Хэйхэ'),
 ('key_figure', 'heihe-bridge-annual-cargo', 'label', 'zh', '黑河—布拉戈维申斯克界河公路大桥年货运量'),
 ('key_figure', 'heihe-bridge-annual-cargo', 'unit', 'ru', 'тыс. т'),
 ('key_figure', 'heihe-bridge-annual-cargo', 'unit', 'zh', '千吨'),
 ('key_figure', 'heihe-bridge-annual-cargo', 'as_of', 'ru', 'за один год (год не указан, данные опубликованы в 2025 г.)'),
 ('key_figure', 'heihe-bridge-annual-cargo', 'as_of', 'zh', '某一年度（未注明年份，2025年发表）'),
 ('key_figure', 'heihe-bridge-annual-cargo', 'note', 'ru', 'Примечание редакции: Zhang пишет «за год», не называя его. Предыдущая цифра в том же предложении датирована июнем 2024 года.'),
 ('key_figure', 'heihe-bridge-annual-cargo', 'note', 'zh', '编者注：Zhang只说“全年”，未指明年份。同一句中在其之前的数据注明为2024年6月。'),
 ('key_figure', 'heilongjiang-first-class-ports', 'label', 'ru', 'Пункты пропуска первой категории государственного значения в Хэйлунцзяне'),
 ('key_figure', 'heilongjiang-first-class-ports', 'label', 'zh', '黑龙江省国家一类口岸'),
 ('key_figure', 'heilongjiang-first-class-ports', 'unit', 'ru', 'пунктов пропуска первой категории'),
 ('key_figure', 'heilongjiang-first-class-ports', 'unit', 'zh', '个国家一类口岸'),
 ('key_figure', 'heilongjiang-first-class-ports', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'heilongjiang-first-class-ports', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'heilongjiang-investment-in-russia', 'label', 'ru', 'Общий объём инвестиций Хэйлунцзяна в экономику России'),
 ('key_figure', 'heilongjiang-investment-in-russia', 'label', 'zh', '黑龙江省对俄罗斯经济的投资总额');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('key_figure', 'heilongjiang-investment-in-russia', 'unit', 'ru', 'млрд долл. США'),
 ('key_figure', 'heilongjiang-investment-in-russia', 'unit', 'zh', '十亿美元'),
 ('key_figure', 'heilongjiang-investment-in-russia', 'as_of', 'ru', 'период Восточного пояса Шёлкового пути, с 2014 года (Song 2019)'),
 ('key_figure', 'heilongjiang-investment-in-russia', 'as_of', 'zh', '东部丝绸之路经济带实施期，2014年起（Song 2019）'),
 ('key_figure', 'heilongjiang-investment-in-russia', 'note', 'ru', 'Рост на 20% по сравнению с предыдущим периодом (см. парный показатель). Источники, на которые здесь опирается Song, относятся к 2014–2015 годам.'),
 ('key_figure', 'heilongjiang-investment-in-russia', 'note', 'zh', '比上一时期增长20%（见相关指标）。Song此处所依据的资料来自2014—2015年。'),
 ('key_figure', 'china-russia-trade-2018', 'label', 'ru', 'Товарооборот Китая и России в 2018 году'),
 ('key_figure', 'china-russia-trade-2018', 'label', 'zh', '2018年中国与俄罗斯贸易额'),
 ('key_figure', 'china-russia-trade-2018', 'unit', 'ru', 'млрд долл. США'),
 ('key_figure', 'china-russia-trade-2018', 'unit', 'zh', '十亿美元'),
 ('key_figure', 'china-russia-trade-2018', 'as_of', 'ru', 'середина декабря 2018 г.'),
 ('key_figure', 'china-russia-trade-2018', 'as_of', 'zh', '2018年12月中旬'),
 ('key_figure', 'china-russia-trade-2018', 'note', 'ru', 'Общий объём торговли между Китаем и Россией в масштабах всей страны, рекордный на тот момент. В сноске 1 Song ссылается на веб-страницу Sohu.'),
 ('key_figure', 'china-russia-trade-2018', 'note', 'zh', '中国与俄罗斯全国贸易总额，为当时的最高纪录。Song在脚注1中引用了搜狐网页。'),
 ('key_figure', 'chinese-border-provinces', 'label', 'ru', 'Приграничные провинции Китая, одна из которых — Хэйлунцзян'),
 ('key_figure', 'chinese-border-provinces', 'label', 'zh', '中国边境省份（黑龙江省为其中之一）'),
 ('key_figure', 'chinese-border-provinces', 'unit', 'ru', 'приграничных провинций'),
 ('key_figure', 'chinese-border-provinces', 'unit', 'zh', '个边境省份'),
 ('key_figure', 'chinese-border-provinces', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'chinese-border-provinces', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'far-east-area', 'label', 'ru', 'Площадь Дальнего Востока России'),
 ('key_figure', 'far-east-area', 'label', 'zh', '俄罗斯远东面积'),
 ('key_figure', 'far-east-area', 'unit', 'ru', 'млн кв. км'),
 ('key_figure', 'far-east-area', 'unit', 'zh', '百万平方公里'),
 ('key_figure', 'far-east-area', 'as_of', 'ru', '2025 (Zhang 2025)'),
 ('key_figure', 'far-east-area', 'as_of', 'zh', '2025年（Zhang 2025）'),
 ('key_figure', 'far-east-wood', 'label', 'ru', 'Запасы древесины Дальнего Востока России'),
 ('key_figure', 'far-east-wood', 'label', 'zh', '俄罗斯远东木材资源'),
 ('key_figure', 'far-east-wood', 'unit', 'ru', 'млрд куб. м древесины'),
 ('key_figure', 'far-east-wood', 'unit', 'zh', '十亿立方米木材'),
 ('key_figure', 'far-east-wood', 'as_of', 'ru', '2025 (Zhang 2025)'),
 ('key_figure', 'far-east-wood', 'as_of', 'zh', '2025年（Zhang 2025）'),
 ('key_figure', 'far-east-wood', 'note', 'ru', 'В оригинале: «около 20 млрд кубометров древесины» — по-видимому, запас древесины на корню.'),
 ('key_figure', 'far-east-wood', 'note', 'zh', '原文作“约200亿立方米木材”，推测指活立木蓄积量。'),
 ('key_figure', 'far-east-population', 'label', 'ru', 'Население Дальнего Востока России'),
 ('key_figure', 'far-east-population', 'label', 'zh', '俄罗斯远东人口'),
 ('key_figure', 'far-east-population', 'unit', 'ru', 'млн человек'),
 ('key_figure', 'far-east-population', 'unit', 'zh', '百万人'),
 ('key_figure', 'far-east-population', 'as_of', 'ru', '2025 (Zhang 2025)'),
 ('key_figure', 'far-east-population', 'as_of', 'zh', '2025年（Zhang 2025）'),
 ('key_figure', 'far-east-population', 'note', 'ru', 'В оригинале: «чуть более 6 млн человек».'),
 ('key_figure', 'far-east-population', 'note', 'zh', '原文作“略多于600万人”。'),
 ('key_figure', 'far-east-gdp-growth-target', 'label', 'ru', 'Целевое превышение темпов роста ВРП Дальнего Востока над средним по России к 2030 году'),
 ('key_figure', 'far-east-gdp-growth-target', 'label', 'zh', '到2030年远东地区生产总值增速高于俄罗斯平均水平的目标'),
 ('key_figure', 'far-east-gdp-growth-target', 'unit', 'ru', 'п. п. выше среднего по стране'),
 ('key_figure', 'far-east-gdp-growth-target', 'unit', 'zh', '个百分点（高于全国平均水平）'),
 ('key_figure', 'far-east-gdp-growth-target', 'as_of', 'ru', 'цель на 2030 год'),
 ('key_figure', 'far-east-gdp-growth-target', 'as_of', 'zh', '2030年目标'),
 ('key_figure', 'heihe-domestic-section-progress', 'label', 'ru', 'Доля выполненных работ на участке восточного газопровода в Хэйхэ на территории Китая'),
 ('key_figure', 'heihe-domestic-section-progress', 'label', 'zh', '中俄东线天然气管道黑河境内段工程完成比例');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('key_figure', 'heihe-domestic-section-progress', 'unit', 'ru', '% (в оригинале «более половины»)'),
 ('key_figure', 'heihe-domestic-section-progress', 'unit', 'zh', '%（原文作“过半”）'),
 ('key_figure', 'heihe-domestic-section-progress', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'heihe-domestic-section-progress', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'heihe-domestic-section-progress', 'note', 'ru', 'Примечание редакции: Song пишет «выполнено более чем наполовину». Показатель приведён как «более 50%», а формулировка оригинала указана в единице измерения.'),
 ('key_figure', 'heihe-domestic-section-progress', 'note', 'zh', '编者注：Song写作“已完成过半”。此处显示为50%以上，原文措辞列于单位一栏。'),
 ('key_figure', 'far-east-grid-coverage', 'label', 'ru', 'Охват электросетями Дальнего Востока России'),
 ('key_figure', 'far-east-grid-coverage', 'label', 'zh', '俄罗斯远东电网覆盖率'),
 ('key_figure', 'far-east-grid-coverage', 'unit', 'ru', '%'),
 ('key_figure', 'far-east-grid-coverage', 'unit', 'zh', '%'),
 ('key_figure', 'far-east-grid-coverage', 'as_of', 'ru', '2025 (Zhang 2025)'),
 ('key_figure', 'far-east-grid-coverage', 'as_of', 'zh', '2025年（Zhang 2025）'),
 ('key_figure', 'far-east-grid-coverage', 'note', 'ru', 'Ограничивает реализацию горнодобывающих проектов.'),
 ('key_figure', 'far-east-grid-coverage', 'note', 'zh', '制约了矿产开发项目的实施。'),
 ('key_figure', 'trans-siberian-congestion', 'label', 'ru', 'Загруженность Транссибирской магистрали'),
 ('key_figure', 'trans-siberian-congestion', 'label', 'zh', '西伯利亚大铁路的拥堵程度'),
 ('key_figure', 'trans-siberian-congestion', 'unit', 'ru', '%'),
 ('key_figure', 'trans-siberian-congestion', 'unit', 'zh', '%'),
 ('key_figure', 'trans-siberian-congestion', 'as_of', 'ru', '2025 (Zhang 2025)'),
 ('key_figure', 'trans-siberian-congestion', 'as_of', 'zh', '2025年（Zhang 2025）'),
 ('key_figure', 'trans-siberian-congestion', 'note', 'ru', 'В оригинале: «достигает 95%».'),
 ('key_figure', 'trans-siberian-congestion', 'note', 'zh', '原文作“达到95%”。'),
 ('key_figure', 'trans-siberian-cargo-delays', 'label', 'ru', 'Задержки грузов на Транссибирской магистрали'),
 ('key_figure', 'trans-siberian-cargo-delays', 'label', 'zh', '西伯利亚大铁路货物滞留时间'),
 ('key_figure', 'trans-siberian-cargo-delays', 'unit', 'ru', 'дней'),
 ('key_figure', 'trans-siberian-cargo-delays', 'unit', 'zh', '天'),
 ('key_figure', 'trans-siberian-cargo-delays', 'as_of', 'ru', '2025 (Zhang 2025)'),
 ('key_figure', 'trans-siberian-cargo-delays', 'as_of', 'zh', '2025年（Zhang 2025）'),
 ('key_figure', 'far-east-port-freezing', 'label', 'ru', 'Период ледостава в дальневосточных портах'),
 ('key_figure', 'far-east-port-freezing', 'label', 'zh', '远东港口封冻期'),
 ('key_figure', 'far-east-port-freezing', 'unit', 'ru', 'мес.'),
 ('key_figure', 'far-east-port-freezing', 'unit', 'zh', '个月'),
 ('key_figure', 'far-east-port-freezing', 'as_of', 'ru', '2025 (Zhang 2025)'),
 ('key_figure', 'far-east-port-freezing', 'as_of', 'zh', '2025年（Zhang 2025）'),
 ('key_figure', 'far-east-port-freezing', 'note', 'ru', 'В оригинале: «достигает 4 месяцев».'),
 ('key_figure', 'far-east-port-freezing', 'note', 'zh', '原文作“长达4个月”。'),
 ('key_figure', 'nakhodka-port-efficiency', 'label', 'ru', 'Эффективность погрузочно-разгрузочных работ в Находке по сравнению с Циндао'),
 ('key_figure', 'nakhodka-port-efficiency', 'label', 'zh', '纳霍德卡港装卸效率与青岛港相比'),
 ('key_figure', 'nakhodka-port-efficiency', 'unit', 'ru', '% от показателя порта Циндао'),
 ('key_figure', 'nakhodka-port-efficiency', 'unit', 'zh', '%（相当于青岛港的水平）'),
 ('key_figure', 'nakhodka-port-efficiency', 'as_of', 'ru', '2025 (Zhang 2025)'),
 ('key_figure', 'nakhodka-port-efficiency', 'as_of', 'zh', '2025年（Zhang 2025）'),
 ('key_figure', 'nakhodka-port-efficiency', 'note', 'ru', 'Из-за устаревшего оборудования в Находке.'),
 ('key_figure', 'nakhodka-port-efficiency', 'note', 'zh', '原因是纳霍德卡港设备老化。'),
 ('key_figure', 'harbin-new-air-routes', 'label', 'ru', 'Новые авиамаршруты из Харбина в Россию'),
 ('key_figure', 'harbin-new-air-routes', 'label', 'zh', '哈尔滨新开通的对俄罗斯航线'),
 ('key_figure', 'harbin-new-air-routes', 'unit', 'ru', 'новых маршрута'),
 ('key_figure', 'harbin-new-air-routes', 'unit', 'zh', '条新航线'),
 ('key_figure', 'harbin-new-air-routes', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'harbin-new-air-routes', 'as_of', 'zh', '2019年（Song 2019）');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('key_figure', 'warsaw-train-frequency', 'label', 'ru', 'Число поездов Китай — Европа до Варшавы в сутки'),
 ('key_figure', 'warsaw-train-frequency', 'label', 'zh', '中国开往华沙的中欧班列日均开行量'),
 ('key_figure', 'warsaw-train-frequency', 'unit', 'ru', 'поезда в сутки'),
 ('key_figure', 'warsaw-train-frequency', 'unit', 'zh', '列/天'),
 ('key_figure', 'warsaw-train-frequency', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'warsaw-train-frequency', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'warsaw-train-frequency', 'note', 'ru', 'Средняя частота. Примечание редакции: Song не указывает, откуда отправляются поезда, поэтому их привязка к железнодорожному маршруту Харбин — Россия — Европа сделана редакцией.'),
 ('key_figure', 'warsaw-train-frequency', 'note', 'zh', '平均开行频次。编者注：Song未说明这些班列从何处始发，因此将其与哈尔滨—俄罗斯—欧洲铁路相关联属于编者的判断。'),
 ('key_figure', 'warsaw-train-journey', 'label', 'ru', 'Время в пути поездов Китай — Европа до Варшавы'),
 ('key_figure', 'warsaw-train-journey', 'label', 'zh', '中国开往华沙的中欧班列全程运行时间'),
 ('key_figure', 'warsaw-train-journey', 'unit', 'ru', 'дней'),
 ('key_figure', 'warsaw-train-journey', 'unit', 'zh', '天'),
 ('key_figure', 'warsaw-train-journey', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'warsaw-train-journey', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'warsaw-train-journey', 'note', 'ru', 'Примечание редакции: Song не указывает, откуда отправляются поезда, поэтому их привязка к железнодорожному маршруту Харбин — Россия — Европа сделана редакцией.'),
 ('key_figure', 'warsaw-train-journey', 'note', 'zh', '编者注：Song未说明这些班列从何处始发，因此将其与哈尔滨—俄罗斯—欧洲铁路相关联属于编者的判断。'),
 ('key_figure', 'vladivostok-route-time-saved', 'label', 'ru', 'Экономия времени при отправке грузов по железной дороге через Владивосток вместо Даляня'),
 ('key_figure', 'vladivostok-route-time-saved', 'label', 'zh', '货物改经符拉迪沃斯托克铁路运输（而非经大连）所节省的时间'),
 ('key_figure', 'vladivostok-route-time-saved', 'unit', 'ru', 'нед.'),
 ('key_figure', 'vladivostok-route-time-saved', 'unit', 'zh', '周'),
 ('key_figure', 'vladivostok-route-time-saved', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'vladivostok-route-time-saved', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'vladivostok-route-time-saved', 'note', 'ru', 'В оригинале: «экономия почти одной недели».'),
 ('key_figure', 'vladivostok-route-time-saved', 'note', 'zh', '原文作“节省近一周时间”。'),
 ('key_figure', 'vladivostok-route-cost-cut', 'label', 'ru', 'Снижение затрат при железнодорожном маршруте через Владивосток'),
 ('key_figure', 'vladivostok-route-cost-cut', 'label', 'zh', '经符拉迪沃斯托克铁路运输所降低的成本');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('key_figure', 'vladivostok-route-cost-cut', 'unit', 'ru', '%'),
 ('key_figure', 'vladivostok-route-cost-cut', 'unit', 'zh', '%'),
 ('key_figure', 'vladivostok-route-cost-cut', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'vladivostok-route-cost-cut', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'main-railway-lines', 'label', 'ru', 'Основные железнодорожные линии в плане транспортных коридоров Лунцзянского пояса'),
 ('key_figure', 'main-railway-lines', 'label', 'zh', '龙江丝路带通道布局中的铁路干线'),
 ('key_figure', 'main-railway-lines', 'unit', 'ru', 'основные железнодорожные линии'),
 ('key_figure', 'main-railway-lines', 'unit', 'zh', '条铁路干线'),
 ('key_figure', 'main-railway-lines', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'main-railway-lines', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'eastern-silk-road-belt-start', 'label', 'ru', 'Год начала реализации Восточного пояса Шёлкового пути'),
 ('key_figure', 'eastern-silk-road-belt-start', 'label', 'zh', '东部丝绸之路经济带开始实施的年份'),
 ('key_figure', 'eastern-silk-road-belt-start', 'unit', 'ru', 'год (начало реализации)'),
 ('key_figure', 'eastern-silk-road-belt-start', 'unit', 'zh', '年（开始实施）'),
 ('key_figure', 'eastern-silk-road-belt-start', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'eastern-silk-road-belt-start', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'heilongjiang-investment-growth', 'label', 'ru', 'Рост инвестиций Хэйлунцзяна в Россию'),
 ('key_figure', 'heilongjiang-investment-growth', 'label', 'zh', '黑龙江省对俄罗斯投资的增幅'),
 ('key_figure', 'heilongjiang-investment-growth', 'unit', 'ru', '%'),
 ('key_figure', 'heilongjiang-investment-growth', 'unit', 'zh', '%'),
 ('key_figure', 'heilongjiang-investment-growth', 'as_of', 'ru', 'период Восточного пояса Шёлкового пути, с 2014 года (Song 2019)'),
 ('key_figure', 'heilongjiang-investment-growth', 'as_of', 'zh', '东部丝绸之路经济带实施期，2014年起（Song 2019）'),
 ('key_figure', 'heilongjiang-investment-growth', 'note', 'ru', 'В оригинале: «рост на 20% по сравнению с предыдущим периодом».'),
 ('key_figure', 'heilongjiang-investment-growth', 'note', 'zh', '原文作“比上一时期增长20%”。'),
 ('key_figure', 'heilongjiang-banks', 'label', 'ru', 'Коммерческие банки Хэйлунцзяна, установившие связи с российскими банками'),
 ('key_figure', 'heilongjiang-banks', 'label', 'zh', '与俄罗斯银行建立业务关系的黑龙江省商业银行');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('key_figure', 'heilongjiang-banks', 'unit', 'ru', 'коммерческих банков провинции'),
 ('key_figure', 'heilongjiang-banks', 'unit', 'zh', '家本省商业银行'),
 ('key_figure', 'heilongjiang-banks', 'as_of', 'ru', 'период Восточного пояса Шёлкового пути, с 2014 года (Song 2019)'),
 ('key_figure', 'heilongjiang-banks', 'as_of', 'zh', '东部丝绸之路经济带实施期，2014年起（Song 2019）'),
 ('key_figure', 'russian-partner-banks', 'label', 'ru', 'Российские коммерческие банки, связанные с банками Хэйлунцзяна'),
 ('key_figure', 'russian-partner-banks', 'label', 'zh', '与黑龙江省银行建立业务关系的俄罗斯商业银行'),
 ('key_figure', 'russian-partner-banks', 'unit', 'ru', 'российских коммерческих банка'),
 ('key_figure', 'russian-partner-banks', 'unit', 'zh', '家俄罗斯商业银行'),
 ('key_figure', 'russian-partner-banks', 'as_of', 'ru', 'период Восточного пояса Шёлкового пути, с 2014 года (Song 2019)'),
 ('key_figure', 'russian-partner-banks', 'as_of', 'zh', '东部丝绸之路经济带实施期，2014年起（Song 2019）'),
 ('key_figure', 'expo-trade-contracts', 'label', 'ru', 'Торговые контракты, подписанные на первом Российско-Китайском ЭКСПО'),
 ('key_figure', 'expo-trade-contracts', 'label', 'zh', '首届中国—俄罗斯博览会签订的贸易合同'),
 ('key_figure', 'expo-trade-contracts', 'unit', 'ru', 'млрд долл. США'),
 ('key_figure', 'expo-trade-contracts', 'unit', 'zh', '十亿美元'),
 ('key_figure', 'expo-trade-contracts', 'as_of', 'ru', 'первое Российско-Китайское ЭКСПО (год не указан)'),
 ('key_figure', 'expo-trade-contracts', 'as_of', 'zh', '首届中国—俄罗斯博览会（未注明年份）'),
 ('key_figure', 'expo-cooperation-agreements', 'label', 'ru', 'Соглашения об экономическом сотрудничестве, подписанные на первом ЭКСПО'),
 ('key_figure', 'expo-cooperation-agreements', 'label', 'zh', '首届博览会签订的经济合作协议'),
 ('key_figure', 'expo-cooperation-agreements', 'unit', 'ru', 'соглашений об экономическом сотрудничестве'),
 ('key_figure', 'expo-cooperation-agreements', 'unit', 'zh', '项经济合作协议'),
 ('key_figure', 'expo-cooperation-agreements', 'as_of', 'ru', 'первое Российско-Китайское ЭКСПО (год не указан)'),
 ('key_figure', 'expo-cooperation-agreements', 'as_of', 'zh', '首届中国—俄罗斯博览会（未注明年份）'),
 ('key_figure', 'expo-agreements-value', 'label', 'ru', 'Сумма соглашений о сотрудничестве, подписанных на первом ЭКСПО'),
 ('key_figure', 'expo-agreements-value', 'label', 'zh', '首届博览会合作协议涉及金额'),
 ('key_figure', 'expo-agreements-value', 'unit', 'ru', 'млрд юаней'),
 ('key_figure', 'expo-agreements-value', 'unit', 'zh', '十亿元'),
 ('key_figure', 'expo-agreements-value', 'as_of', 'ru', 'первое Российско-Китайское ЭКСПО (год не указан)'),
 ('key_figure', 'expo-agreements-value', 'as_of', 'zh', '首届中国—俄罗斯博览会（未注明年份）'),
 ('key_figure', 'expo-agreements-value', 'note', 'ru', 'В оригинале: «на сумму 68,3 млрд юаней».'),
 ('key_figure', 'expo-agreements-value', 'note', 'zh', '原文作“涉及金额683亿元”。'),
 ('key_figure', 'expo-guest-countries', 'label', 'ru', 'Страны и регионы, направившие гостей на Российско-Китайское ЭКСПО'),
 ('key_figure', 'expo-guest-countries', 'label', 'zh', '派员参加中国—俄罗斯博览会的国家和地区'),
 ('key_figure', 'expo-guest-countries', 'unit', 'ru', 'стран и регионов'),
 ('key_figure', 'expo-guest-countries', 'unit', 'zh', '个国家和地区'),
 ('key_figure', 'expo-guest-countries', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'expo-guest-countries', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'expo-guest-countries', 'note', 'ru', 'В оригинале: «почти 100 стран и регионов».'),
 ('key_figure', 'expo-guest-countries', 'note', 'zh', '原文作“近100个国家和地区”。'),
 ('key_figure', 'russian-ecommerce-parcels-share', 'label', 'ru', 'Доля смешанных пассажирско-грузовых маршрутов в экспорте российских посылок электронной торговли'),
 ('key_figure', 'russian-ecommerce-parcels-share', 'label', 'zh', '客货混合线路在俄罗斯电商包裹出口中所占份额'),
 ('key_figure', 'russian-ecommerce-parcels-share', 'unit', 'ru', '% от общего объёма экспорта российских посылок электронной торговли'),
 ('key_figure', 'russian-ecommerce-parcels-share', 'unit', 'zh', '%（占俄罗斯电商包裹出口总量）'),
 ('key_figure', 'russian-ecommerce-parcels-share', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'russian-ecommerce-parcels-share', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'russian-ecommerce-parcels-share', 'note', 'ru', 'Примечание редакции: Song не говорит, что смешанные маршруты — это авиамаршруты, связь с авиамаршрутами из Харбина установлена редакцией.'),
 ('key_figure', 'russian-ecommerce-parcels-share', 'note', 'zh', '编者注：Song并未说明客货混合线路是航空线路，将其与哈尔滨航线相关联是编者的处理。'),
 ('key_figure', 'heilongjiang-foreign-capital-used', 'label', 'ru', 'Фактически использованный иностранный капитал в Хэйлунцзяне'),
 ('key_figure', 'heilongjiang-foreign-capital-used', 'label', 'zh', '黑龙江省实际利用外资'),
 ('key_figure', 'heilongjiang-foreign-capital-used', 'unit', 'ru', 'млрд долл. США'),
 ('key_figure', 'heilongjiang-foreign-capital-used', 'unit', 'zh', '十亿美元');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('key_figure', 'heilongjiang-foreign-capital-used', 'as_of', 'ru', 'период Восточного пояса Шёлкового пути, с 2014 года (Song 2019)'),
 ('key_figure', 'heilongjiang-foreign-capital-used', 'as_of', 'zh', '东部丝绸之路经济带实施期，2014年起（Song 2019）'),
 ('key_figure', 'heilongjiang-foreign-capital-used', 'note', 'ru', 'Song ссылается на статистический бюллетень провинции за 2014 год (ссылка [13]).'),
 ('key_figure', 'heilongjiang-foreign-capital-used', 'note', 'zh', 'Song引用了该省2014年统计公报（参考文献[13]）。'),
 ('key_figure', 'heilongjiang-foreign-capital-growth', 'label', 'ru', 'Рост использованного иностранного капитала в Хэйлунцзяне'),
 ('key_figure', 'heilongjiang-foreign-capital-growth', 'label', 'zh', '黑龙江省实际利用外资增幅'),
 ('key_figure', 'heilongjiang-foreign-capital-growth', 'unit', 'ru', '%'),
 ('key_figure', 'heilongjiang-foreign-capital-growth', 'unit', 'zh', '%'),
 ('key_figure', 'heilongjiang-foreign-capital-growth', 'as_of', 'ru', 'период Восточного пояса Шёлкового пути, с 2014 года (Song 2019)'),
 ('key_figure', 'heilongjiang-foreign-capital-growth', 'as_of', 'zh', '东部丝绸之路经济带实施期，2014年起（Song 2019）'),
 ('key_figure', 'heilongjiang-russia-trade-level-2007', 'label', 'ru', 'Уровень торговли с Россией, которого Хэйлунцзян достиг первым'),
 ('key_figure', 'heilongjiang-russia-trade-level-2007', 'label', 'zh', '黑龙江省率先达到的对俄罗斯贸易水平'),
 ('key_figure', 'heilongjiang-russia-trade-level-2007', 'unit', 'ru', 'млн долл. США (как в оригинале)'),
 ('key_figure', 'heilongjiang-russia-trade-level-2007', 'unit', 'zh', '百万美元（按原文）'),
 ('key_figure', 'heilongjiang-russia-trade-level-2007', 'as_of', 'ru', 'с 2007 года'),
 ('key_figure', 'heilongjiang-russia-trade-level-2007', 'as_of', 'zh', '自2007年起'),
 ('key_figure', 'heilongjiang-russia-trade-level-2007', 'note', 'ru', 'Примечание редакции: напечатано «US$100 million» (100 млн долларов США). Вероятно, это ошибка в единицах: таблица 1 (с заголовком «million US dollars», млн долларов США) даёт за 2008 год 110,6 — значение, которое имеет смысл только в сотнях миллионов, а сама фраза, скорее всего, передаёт китайское 100亿 (10 млрд долларов США). Напечатанные значение и единица сохранены.'),
 ('key_figure', 'heilongjiang-russia-trade-level-2007', 'note', 'zh', '编者注：原文作“US$100 million”（1亿美元）。这可能是单位错误：表1（表头为“million US dollars”，即百万美元）列出2008年的数值为110.6，这一数值只有以亿美元为单位才说得通，而该说法很可能是对中文“100亿”（即100亿美元）的误译。此处保留原文的数值和单位。'),
 ('key_figure', 'foreign-capital-cap-strategic-industries', 'label', 'ru', 'Предельная доля иностранного капитала в стратегических отраслях России'),
 ('key_figure', 'foreign-capital-cap-strategic-industries', 'label', 'zh', '俄罗斯战略性行业外资持股上限'),
 ('key_figure', 'foreign-capital-cap-strategic-industries', 'unit', 'ru', '%'),
 ('key_figure', 'foreign-capital-cap-strategic-industries', 'unit', 'zh', '%'),
 ('key_figure', 'foreign-capital-cap-strategic-industries', 'as_of', 'ru', '2025 (Zhang 2025)'),
 ('key_figure', 'foreign-capital-cap-strategic-industries', 'as_of', 'zh', '2025年（Zhang 2025）'),
 ('key_figure', 'foreign-capital-cap-strategic-industries', 'note', 'ru', 'В оригинале: «не должна превышать 50%» — согласно российскому закону об иностранных инвестициях.'),
 ('key_figure', 'foreign-capital-cap-strategic-industries', 'note', 'zh', '原文作“不得超过50%”，依据俄罗斯外国投资相关法律。'),
 ('key_figure', 'foreign-investment-review-time', 'label', 'ru', 'Средний срок рассмотрения проектов с иностранными инвестициями в России'),
 ('key_figure', 'foreign-investment-review-time', 'label', 'zh', '俄罗斯外国投资项目的平均审查时间'),
 ('key_figure', 'foreign-investment-review-time', 'unit', 'ru', 'мес.'),
 ('key_figure', 'foreign-investment-review-time', 'unit', 'zh', '个月'),
 ('key_figure', 'foreign-investment-review-time', 'as_of', 'ru', '2025 (Zhang 2025)'),
 ('key_figure', 'foreign-investment-review-time', 'as_of', 'zh', '2025年（Zhang 2025）'),
 ('key_figure', 'foreign-investment-review-time', 'note', 'ru', 'Среднее значение.'),
 ('key_figure', 'foreign-investment-review-time', 'note', 'zh', '平均值。'),
 ('key_figure', 'longxing-longmay-projects', 'label', 'ru', 'Проекты, начатые в России группами Longxing и LongMay'),
 ('key_figure', 'longxing-longmay-projects', 'label', 'zh', '龙兴集团和龙煤集团在俄罗斯启动的项目'),
 ('key_figure', 'longxing-longmay-projects', 'unit', 'ru', 'проектов'),
 ('key_figure', 'longxing-longmay-projects', 'unit', 'zh', '个项目'),
 ('key_figure', 'longxing-longmay-projects', 'as_of', 'ru', 'период Восточного пояса Шёлкового пути, с 2014 года (Song 2019)'),
 ('key_figure', 'longxing-longmay-projects', 'as_of', 'zh', '东部丝绸之路经济带实施期，2014年起（Song 2019）'),
 ('key_figure', 'cross-border-industrial-clusters', 'label', 'ru', 'Трансграничные промышленные кластеры в промышленном плане Лунцзянского пояса'),
 ('key_figure', 'cross-border-industrial-clusters', 'label', 'zh', '龙江丝路带产业布局中的跨境产业集群'),
 ('key_figure', 'cross-border-industrial-clusters', 'unit', 'ru', 'трансграничных промышленных кластеров'),
 ('key_figure', 'cross-border-industrial-clusters', 'unit', 'zh', '个跨境产业集群'),
 ('key_figure', 'cross-border-industrial-clusters', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'cross-border-industrial-clusters', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'industrial-belts', 'label', 'ru', 'Промышленные пояса в промышленном плане Лунцзянского пояса'),
 ('key_figure', 'industrial-belts', 'label', 'zh', '龙江丝路带产业布局中的产业带'),
 ('key_figure', 'industrial-belts', 'unit', 'ru', 'промышленных пояса'),
 ('key_figure', 'industrial-belts', 'unit', 'zh', '条产业带');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('key_figure', 'industrial-belts', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'industrial-belts', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'cross-border-tourism-port-areas', 'label', 'ru', 'Пункты пропуска, открытые для трансграничного туризма'),
 ('key_figure', 'cross-border-tourism-port-areas', 'label', 'zh', '开放跨境旅游的口岸'),
 ('key_figure', 'cross-border-tourism-port-areas', 'unit', 'ru', 'пунктов пропуска'),
 ('key_figure', 'cross-border-tourism-port-areas', 'unit', 'zh', '个口岸'),
 ('key_figure', 'cross-border-tourism-port-areas', 'as_of', 'ru', 'период Восточного пояса Шёлкового пути, с 2014 года (Song 2019)'),
 ('key_figure', 'cross-border-tourism-port-areas', 'as_of', 'zh', '东部丝绸之路经济带实施期，2014年起（Song 2019）'),
 ('key_figure', 'visa-issuing-crossing-points', 'label', 'ru', 'Пункты пропуска на границе, где выдаются визы'),
 ('key_figure', 'visa-issuing-crossing-points', 'label', 'zh', '可办理签证的边境口岸'),
 ('key_figure', 'visa-issuing-crossing-points', 'unit', 'ru', 'пунктов пропуска'),
 ('key_figure', 'visa-issuing-crossing-points', 'unit', 'zh', '个口岸'),
 ('key_figure', 'visa-issuing-crossing-points', 'as_of', 'ru', 'период Восточного пояса Шёлкового пути, с 2014 года (Song 2019)'),
 ('key_figure', 'visa-issuing-crossing-points', 'as_of', 'zh', '东部丝绸之路经济带实施期，2014年起（Song 2019）'),
 ('key_figure', 'visa-issuing-crossing-points', 'note', 'ru', 'В оригинале: «число увеличилось до восьми».'),
 ('key_figure', 'visa-issuing-crossing-points', 'note', 'zh', '原文作“增加到八个”。'),
 ('key_figure', 'diplomatic-relations-anniversary', 'label', 'ru', 'Годовщина дипломатических отношений Китая и России, отмечавшаяся в 2019 году'),
 ('key_figure', 'diplomatic-relations-anniversary', 'label', 'zh', '2019年庆祝的中国与俄罗斯建交周年'),
 ('key_figure', 'diplomatic-relations-anniversary', 'unit', 'ru', 'лет'),
 ('key_figure', 'diplomatic-relations-anniversary', 'unit', 'zh', '周年'),
 ('key_figure', 'diplomatic-relations-anniversary', 'as_of', 'ru', '2019'),
 ('key_figure', 'diplomatic-relations-anniversary', 'as_of', 'zh', '2019年'),
 ('key_figure', 'belt-and-road-years', 'label', 'ru', 'Годы реализации инициативы «Один пояс, один путь», охваченные обзором Song'),
 ('key_figure', 'belt-and-road-years', 'label', 'zh', 'Song的评述所涵盖的“一带一路”倡议实施年数'),
 ('key_figure', 'belt-and-road-years', 'unit', 'ru', 'лет'),
 ('key_figure', 'belt-and-road-years', 'unit', 'zh', '年'),
 ('key_figure', 'belt-and-road-years', 'as_of', 'ru', '2019 (Song 2019)'),
 ('key_figure', 'belt-and-road-years', 'as_of', 'zh', '2019年（Song 2019）'),
 ('key_figure', 'belt-and-road-years', 'note', 'ru', 'В оригинале: «пятилетний период реализации» и «последние пять лет».'),
 ('key_figure', 'belt-and-road-years', 'note', 'zh', '原文作“五年实施期”和“过去五年”。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('actor', 'asianews', 'name', 'ru', 'AsiaNews'),
 ('actor', 'asianews', 'name', 'zh', 'AsiaNews（亚洲新闻）'),
 ('actor', 'asianews', 'role', 'ru', 'Информационное агентство, чьё сообщение из Пекина от 23 марта 2022 г. входит в число источников атласа. Там, где сообщение рассуждает от собственного имени — о том, что каждая из сторон может выиграть или чем рискует, — атлас приводит это как оценку AsiaNews.'),
 ('actor', 'asianews', 'role', 'zh', '一家新闻通讯社，其2022年3月23日发自北京的报道是本图集的来源之一。凡该报道以自身口吻论述双方各自可能的得失之处，本图集均记录为AsiaNews的评估。'),
 ('actor', 'deeper-ties-report', 'name', 'ru', 'Неподписанная заметка 2023 г. об углублении экономических связей Китая и России (издание и автор не указаны)'),
 ('actor', 'deeper-ties-report', 'name', 'zh', '2023年一篇关于中国与俄罗斯经济联系深化的未署名报道（媒体及作者未注明）'),
 ('actor', 'deeper-ties-report', 'role', 'ru', 'Неназванное издание, опубликовавшее в 2023 г. заметку «China and Russia Forge Deeper Economic Ties Despite Western Disapproval» («Китай и Россия углубляют экономические связи вопреки неодобрению Запада»). Там, где заметка рассуждает от собственного имени, атлас приводит это как оценку издания.'),
 ('actor', 'deeper-ties-report', 'role', 'zh', '2023年刊发报道“China and Russia Forge Deeper Economic Ties Despite Western Disapproval”（《中国和俄罗斯不顾西方反对深化经济联系》）的未具名媒体。凡该报道以自身口吻作出论述，本图集均记录为该报道的评估。'),
 ('actor', 'russian-far-east-region', 'name', 'ru', 'Дальний Восток России (регион как участник торговли)'),
 ('actor', 'russian-far-east-region', 'name', 'zh', '俄罗斯远东（作为贸易一方的地区）'),
 ('actor', 'russian-far-east-region', 'role', 'ru', 'Дальний Восток России в том виде, в каком его представляет заметка 2023 г. об углублении экономических связей: регион, который надеется продавать Китаю больше морепродуктов. Ни органы власти, ни компании, стоящие за этой надеждой, в заметке не названы.'),
 ('actor', 'russian-far-east-region', 'role', 'zh', '2023年关于经济联系深化的报道所呈现的俄罗斯远东：一个希望向中国出售更多水产品的地区。报道未指明怀有这一期望的具体机构或企业。'),
 ('event', 'china-buys-more-russian-commodities-2023', 'title', 'ru', 'Китай закупает больше российских нефти, газа и зерна'),
 ('event', 'china-buys-more-russian-commodities-2023', 'title', 'zh', '中国增加进口俄罗斯石油、天然气和粮食'),
 ('event', 'china-buys-more-russian-commodities-2023', 'summary', 'ru', 'В 2023 г. импорт российских товаров в Китай — прежде всего нефти, газа и зерна — рос. Неподписанная заметка об углублении экономических связей представляет это как экономическую поддержку России в условиях западных санкций и как подтверждение слов Ван Вэньтао о «прочности» отношений. На границе репортаж из Хэйхэ (март 2023 г.) застал Китай закупающим газа по «Силе Сибири» больше, чем когда-либо, что во многом возмещало России торговлю, утраченную в Европе.'),
 ('event', 'china-buys-more-russian-commodities-2023', 'summary', 'zh', '2023年，中国自俄罗斯的进口，尤其是石油、天然气和粮食，持续增长。那篇关于经济联系深化的未署名报道把这视为西方制裁背景下中国对俄罗斯的经济支持，也是王文涛称两国关系“稳固”的佐证。在边境地区，黑河专题报道（2023年3月）看到，中国通过中俄东线天然气管道（俄方段称“西伯利亚力量”）购买的天然气比以往任何时候都多，在很大程度上弥补了俄罗斯在欧洲失去的贸易。'),
 ('event', 'china-buys-more-russian-commodities-2023', 'note', 'ru', 'Примечание редакции: ни один из источников не приводит объёмов или сроков этого роста. Заметка об углублении экономических связей не датирована и отнесена к 2023 г. (см. примечание к источнику), репортаж из Хэйхэ относится к марту 2023 г.'),
 ('event', 'china-buys-more-russian-commodities-2023', 'note', 'zh', '编者注：两个来源均未给出增长的数量或时间。关于经济联系深化的报道未注明日期，本图集将其定为2023年（见该来源的说明），黑河专题报道则写于2023年3月。'),
 ('perspective', 'heilongjiang-authorities-look-to-far-east', 'summary', 'ru', 'AsiaNews сообщает, что местные власти Хэйлунцзяна рассчитывают на Дальний Восток России как на источник нового импульса для экономики провинции. Сообщение объясняет это положением самой провинции: вместе с Цзилинем и Ляонином Хэйлунцзян относится к депрессивным промышленным районам Северо-Восточного Китая.'),
 ('perspective', 'heilongjiang-authorities-look-to-far-east', 'summary', 'zh', '据AsiaNews报道，黑龙江省地方当局期望借助俄罗斯远东为本省经济注入新动力。报道将此与该省的处境联系起来：黑龙江省与吉林省、辽宁省同属中国东北的经济萧条老工业区。'),
 ('perspective', 'heilongjiang-authorities-look-to-far-east', 'stated_when', 'ru', 'март 2022 г. (сообщено 23 марта 2022 г.)'),
 ('perspective', 'heilongjiang-authorities-look-to-far-east', 'stated_when', 'zh', '2022年3月（2022年3月23日报道）'),
 ('perspective', 'asianews-china-gains-from-siberia', 'summary', 'ru', 'AsiaNews перечисляет, что Китай выиграет от освоения Сибири, которую и китайцы, и русские считают двигателем регионального роста. Оно даст новый толчок инициативе «Один пояс, один путь», которую сообщение называет планом Си Цзиньпина сделать Пекин главным узлом мировой торговли — через Арктический маршрут. С геополитической точки зрения взаимодействие с Москвой обезопасит северо-восточные границы Китая.'),
 ('perspective', 'asianews-china-gains-from-siberia', 'summary', 'zh', 'AsiaNews列举了开发西伯利亚将给中国带来的好处，中俄双方都视西伯利亚的开发为地区增长的引擎。这将进一步推动“一带一路”倡议——报道称之为习近平经由北极航线使北京成为世界贸易主要枢纽的计划。从地缘政治角度看，与莫斯科的协同将保障中国东北边境的安全。'),
 ('perspective', 'asianews-china-gains-from-siberia', 'quote', 'ru', 'взаимодействие с Москвой обезопасит северо-восточные границы Китая'),
 ('perspective', 'asianews-china-gains-from-siberia', 'quote', 'zh', '与莫斯科的协同将保障中国东北边境的安全'),
 ('perspective', 'asianews-china-gains-from-siberia', 'stated_when', 'ru', 'март 2022 г.'),
 ('perspective', 'asianews-china-gains-from-siberia', 'stated_when', 'zh', '2022年3月'),
 ('perspective', 'asianews-russia-eases-sanctions', 'summary', 'ru', 'По оценке AsiaNews, освоение Дальнего Востока России помогло бы Кремлю облегчить бремя западных санкций, введённых из-за вторжения на Украину. Развитие Сибири, добавляет агентство, и китайцы, и русские считают двигателем регионального роста.'),
 ('perspective', 'asianews-russia-eases-sanctions', 'summary', 'zh', '按照AsiaNews的解读，开发俄罗斯远东还将帮助克里姆林宫减轻西方因入侵乌克兰而实施的制裁所带来的负担。报道还称，中俄双方都视西伯利亚的开发为地区增长的引擎。'),
 ('perspective', 'asianews-russia-eases-sanctions', 'quote', 'ru', 'Освоение Дальнего Востока России помогло бы Кремлю облегчить бремя западных санкций из-за вторжения на Украину.'),
 ('perspective', 'asianews-russia-eases-sanctions', 'quote', 'zh', '开发俄罗斯远东还将帮助克里姆林宫减轻西方因入侵乌克兰而实施的制裁的负担。'),
 ('perspective', 'asianews-russia-eases-sanctions', 'stated_when', 'ru', 'март 2022 г.'),
 ('perspective', 'asianews-russia-eases-sanctions', 'stated_when', 'zh', '2022年3月'),
 ('perspective', 'russian-far-east-seafood-hopes', 'summary', 'ru', 'Как сообщает заметка 2023 г., Дальний Восток России надеется увеличить экспорт морепродуктов в Китай. Запрет Пекина на ввоз морепродуктов из Японии, введённый из-за опасений по поводу радиоактивной воды с АЭС «Фукусима», открывает российскому экспорту новые возможности на китайском рынке.'),
 ('perspective', 'russian-far-east-seafood-hopes', 'summary', 'zh', '据2023年的这篇报道，俄罗斯远东希望扩大对中国的水产品出口。北京因担忧福岛核电站放射性污水而禁止进口日本水产品，这为俄罗斯产品进入中国市场带来了新的机遇。'),
 ('perspective', 'russian-far-east-seafood-hopes', 'stated_when', 'ru', '2023 г.'),
 ('perspective', 'russian-far-east-seafood-hopes', 'stated_when', 'zh', '2023年'),
 ('perspective', 'deeper-ties-report-russia-redirects-trade', 'summary', 'ru', 'Собственная оценка партнёрства в заметке: после того как вторжение на Украину осложнило отношения России с Западом, Россия при поддержке Китая находит альтернативных торговых партнёров и рынки, чтобы смягчить действие западных санкций, а совместные проекты, такие как нефтеперевалочный комплекс у железнодорожного моста в Тунцзян, призваны увести её сырьевой экспорт от Европы. Дальний Восток России, граничащий с Китаем и КНДР, приобрёл стратегическое значение как зона приграничной торговли и становится важнейшим узлом, связывающим эти страны. Обе страны, несмотря на критику Запада, движутся вперёд, и, как заключает заметка, ещё предстоит увидеть, как Запад ответит на этот, по её словам, крепнущий союз.'),
 ('perspective', 'deeper-ties-report-russia-redirects-trade', 'summary', 'zh', '该报道自身对这一伙伴关系的解读：入侵乌克兰使俄罗斯与西方关系紧张之后，俄罗斯在中国的支持下寻找替代的贸易伙伴和市场，以抵消西方制裁的影响，而通往同江的铁路桥附近的石油转运综合设施等合作项目旨在使俄罗斯的大宗商品出口摆脱对欧洲的依赖。与中国和朝鲜接壤的俄罗斯远东，作为跨境贸易区的战略地位日益凸显，正成为连接各方的重要枢纽。报道认为，两国不顾西方批评继续推进合作，而西方将如何回应这一其所称日益壮大的同盟，尚待观察。'),
 ('perspective', 'deeper-ties-report-russia-redirects-trade', 'quote', 'ru', 'ещё предстоит увидеть, как Запад ответит на этот крепнущий союз'),
 ('perspective', 'deeper-ties-report-russia-redirects-trade', 'quote', 'zh', '西方将如何回应这一日益壮大的同盟，尚待观察'),
 ('perspective', 'deeper-ties-report-russia-redirects-trade', 'stated_when', 'ru', '2023 г.'),
 ('perspective', 'deeper-ties-report-russia-redirects-trade', 'stated_when', 'zh', '2023年'),
 ('perspective', 'zhang-x-shifting-world-order', 'summary', 'ru', 'Zhang рассматривает сотрудничество в контексте глубокой трансформации мировой политической и экономической структуры, для которой характерны усиление позиций Востока и ослабление влияния Запада, и считает, что в ответ на неё Россия ускоряет «поворот на Восток». Для Zhang этот поворот — не только геоэкономическая корректировка, но и важная часть изменений в глобальном управлении, хотя международная и региональная обстановка и внутреннее развитие самой России по-прежнему создают многочисленные препятствия для регионального сотрудничества.'),
 ('perspective', 'zhang-x-shifting-world-order', 'summary', 'zh', 'Zhang把这一合作置于全球政治经济格局深刻变革的背景之下，其特点是东方地位上升、西方影响力减弱，并认为俄罗斯正是为此加快推进“转向东方”政策。在Zhang看来，这一转向不仅是地缘经济调整，也是全球治理变革的重要组成部分，尽管国际和地区形势以及俄罗斯自身的发展状况仍给区域合作带来诸多障碍。'),
 ('perspective', 'zhang-x-shifting-world-order', 'quote', 'ru', 'усиление позиций Востока и ослабление влияния Запада'),
 ('perspective', 'zhang-x-shifting-world-order', 'quote', 'zh', '东方地位的加强和西方影响力的削弱'),
 ('perspective', 'zhang-x-shifting-world-order', 'stated_when', 'ru', 'март 2025 г.'),
 ('perspective', 'zhang-x-shifting-world-order', 'stated_when', 'zh', '2025年3月');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('perspective', 'zhang-x-why-russia-turns-east', 'summary', 'ru', 'Zhang объясняет, почему Россия поворачивает на Восток. С геополитической точки зрения расширение НАТО на восток угрожает западным границам России, а международные санкции — в том числе отключение от SWIFT (которое, по словам Zhang, возможно, частично отменено), эмбарго и ценовые ограничения — по его оценке, сократили экспорт российского газа и привели к повреждению газопровода «Северный поток — 2». Поэтому Дальний Восток, ворота России в Азиатско-Тихоокеанский регион, стал национальным приоритетом. С экономической точки зрения сближение с набирающим вес Азиатско-Тихоокеанским регионом повышает международное влияние России, а Дальний Восток может опереться на внешних партнёров, прежде всего Северо-Восточный Китай, чтобы осваивать ресурсы, диверсифицировать экономику и сокращать разрыв между регионами. Сотрудничество со странами АТР, особенно с Китаем, позволяет России уменьшить зависимость от европейских рынков.'),
 ('perspective', 'zhang-x-why-russia-turns-east', 'summary', 'zh', 'Zhang分析了俄罗斯转向东方的原因。从地缘政治看，北约东扩威胁俄罗斯西部边境的安全，而国际制裁——包括切断SWIFT（Zhang称可能已部分恢复）、禁运和价格限制——据其论述，减少了俄罗斯的天然气出口，并导致“北溪-2”天然气管道受损。因此，作为俄罗斯通往亚太地区门户的远东已成为国家优先发展方向。从经济看，加强与日益重要的亚太地区的联系可提升俄罗斯的国际影响力，而远东可借助外部力量，尤其是中国东北，开发资源、推动经济多元化并缩小地区发展差距。与亚太国家特别是中国的合作，使俄罗斯能够减少对欧洲市场的依赖。'),
 ('perspective', 'zhang-x-why-russia-turns-east', 'stated_when', 'ru', 'март 2025 г.'),
 ('perspective', 'zhang-x-why-russia-turns-east', 'stated_when', 'zh', '2025年3月'),
 ('perspective', 'zhang-x-economic-complementarity', 'summary', 'ru', 'Zhang утверждает, что два региона дополняют друг друга. Дальний Восток России располагает крупными запасами нефти и газа и около 20 млрд кубометров древесины на площади 6,21 млн квадратных километров при населении чуть более 6 млн человек, а у Северо-Восточного Китая есть развитая машиностроительная база и технологические преимущества в нефтегазовой отрасли и инженерных технологиях. Торговля следует той же схеме: Северо-Восточный Китай ввозит с Дальнего Востока сырьевые товары — лес, нефть и природный газ — и вывозит продукцию машиностроения, текстиль, сельскохозяйственную продукцию и другие товары.'),
 ('perspective', 'zhang-x-economic-complementarity', 'summary', 'zh', 'Zhang认为两个地区互补性很强。俄罗斯远东拥有丰富的石油和天然气储量，以及约200亿立方米的木材，面积达621万平方公里，而人口仅600万出头。中国东北则拥有发达的机械制造基础，并在石油、天然气开发和工程技术方面具有技术优势。贸易也呈现同样的格局：中国东北从俄罗斯远东进口木材、石油、天然气等资源类产品，向其出口机械制造产品、纺织品、农产品等商品。'),
 ('perspective', 'zhang-x-economic-complementarity', 'stated_when', 'ru', 'март 2025 г.'),
 ('perspective', 'zhang-x-economic-complementarity', 'stated_when', 'zh', '2025年3月'),
 ('perspective', 'china-bri-greater-eurasian-link', 'summary', 'ru', 'По данным Zhang, Китай увязывает инициативу «Один пояс, один путь» с идеей «Большого Евразийского партнёрства» и стратегией развития Дальнего Востока и рассматривает «поворот на Восток» как возможность углубить сотрудничество двух стран.'),
 ('perspective', 'china-bri-greater-eurasian-link', 'summary', 'zh', '据Zhang所述，中国将“一带一路”倡议与“大欧亚伙伴关系”构想及远东发展战略相对接，并把“转向东方”政策视为深化两国合作的契机。'),
 ('perspective', 'china-bri-greater-eurasian-link', 'stated_when', 'ru', 'процитировано в 2025 г. (Zhang, ссылка [13] — материал агентства Синьхуа, веб-адрес которого датирован 2015 г.)'),
 ('perspective', 'china-bri-greater-eurasian-link', 'stated_when', 'zh', '2025年引述（Zhang，参考文献[13]，一篇网址日期为2015年的新华社报道）'),
 ('perspective', 'zhang-x-northeast-revival', 'summary', 'ru', 'Второе из стратегических соображений Китая, по Zhang, — «возрождение» Северо-Восточного Китая. Граничащий с Дальним Востоком России Северо-Восток может развиваться согласованно с ним благодаря приграничному экономическому сотрудничеству, скоординированному развитию промышленности, интеграции и взаимодополняемости ресурсов, а китайский опыт создания особых экономических зон и привлечения инвестиций может служить ориентиром для развития Дальнего Востока — к выгоде обеих сторон.'),
 ('perspective', 'zhang-x-northeast-revival', 'summary', 'zh', '在Zhang的论述中，中国的第二项战略考量是中国东北的“振兴”。东北与俄罗斯远东接壤，双方可通过跨境经济合作、产业协调发展、一体化和资源互补实现协同发展，而中国建设经济特区和招商引资的经验也可为俄罗斯远东的开发提供借鉴，实现互利共赢。'),
 ('perspective', 'zhang-x-northeast-revival', 'stated_when', 'ru', 'март 2025 г.'),
 ('perspective', 'zhang-x-northeast-revival', 'stated_when', 'zh', '2025年3月'),
 ('perspective', 'zhang-x-northeast-asia-hub', 'summary', 'ru', 'Третье соображение Zhang — региональное и многостороннее. Северо-Восточный Китай, тесно связанный с Россией, Монголией и КНДР, служит важным связующим звеном между Китаем и Северо-Восточной Азией, и, опираясь на него, Китай и Россия могут способствовать углублению таких механизмов сотрудничества, как ШОС, БРИКС и АТЭС. Расширение торговли, инвестиций и культурных обменов, по мнению Zhang, создаст более динамичную региональную экономическую интеграцию и принесёт развитие и процветание всей Северо-Восточной Азии.'),
 ('perspective', 'zhang-x-northeast-asia-hub', 'summary', 'zh', 'Zhang的第三项考量着眼于地区和多边层面。中国东北与俄罗斯、蒙古国和朝鲜联系紧密，是中国与东北亚之间的重要纽带，中俄可借助这一优势推动上合组织、金砖国家和亚太经合组织等合作机制的深化。在Zhang看来，加强贸易、投资和人文交流，将形成更具活力的区域经济一体化，实现东北亚的整体发展与繁荣。'),
 ('perspective', 'zhang-x-northeast-asia-hub', 'stated_when', 'ru', 'март 2025 г.'),
 ('perspective', 'zhang-x-northeast-asia-hub', 'stated_when', 'zh', '2025年3月'),
 ('perspective', 'zhang-x-high-level-signals', 'summary', 'ru', 'Zhang видит в контактах на высшем уровне сигналы о намерениях сторон: остановка Путина в Харбине во время его визита в Китай в 2024 г. стала важным сигналом к ускорению совместного освоения Дальнего Востока России, а регулярные встречи глав правительств двух стран свидетельствуют о стратегическом характере их отношений.'),
 ('perspective', 'zhang-x-high-level-signals', 'summary', 'zh', 'Zhang将高层往来解读为意向信号：普京2024年访问中国期间到访哈尔滨，是加快中俄共同开发俄罗斯远东的重要信号，而两国总理的定期会晤则表明两国关系的战略性质。'),
 ('perspective', 'zhang-x-high-level-signals', 'stated_when', 'ru', 'март 2025 г.'),
 ('perspective', 'zhang-x-high-level-signals', 'stated_when', 'zh', '2025年3月'),
 ('perspective', 'zhang-x-from-trade-to-integration', 'summary', 'ru', 'Zhang ожидает, что сотрудничество Северо-Востока Китая и Дальнего Востока будет расширяться от двустороннего к многостороннему и от торговли энергоресурсами к модернизации всей производственной цепочки. Новые формы отраслевого сотрудничества должны создать новый центр экономического роста на востоке Евразии, а тройственная модель «ресурсы — производственные мощности — рынок» призвана перевести сотрудничество от простого товарообмена к глубокой производственной интеграции.'),
 ('perspective', 'zhang-x-from-trade-to-integration', 'summary', 'zh', 'Zhang预计，中国东北与俄罗斯远东的合作将从双边扩展到多边，从能源资源贸易扩展到整个产业链的现代化。新的产业合作形式将在欧亚大陆东部形成新的经济增长中心，而“资源—产能—市场”三位一体合作模式旨在推动合作从简单的贸易往来走向深度产业融合。'),
 ('perspective', 'zhang-x-from-trade-to-integration', 'stated_when', 'ru', 'март 2025 г.'),
 ('perspective', 'zhang-x-from-trade-to-integration', 'stated_when', 'zh', '2025年3月'),
 ('perspective', 'zhang-x-back-to-back', 'summary', 'ru', 'Zhang приходит к выводу, что Китай и Россия ведут тесное сотрудничество «спиной к спине». Северо-Восток Китая и Дальний Восток связаны горами и реками, а «поворот на Восток» принёс обеим сторонам и новые возможности, и новые вызовы. Опираясь на географическое положение и экономическую взаимодополняемость и преодолев нынешние трудности, их сотрудничество может изменить экономическую структуру Северо-Восточной Азии, дать толчок согласованному развитию всего региона и открыть новую эпоху регионального сотрудничества.'),
 ('perspective', 'zhang-x-back-to-back', 'summary', 'zh', 'Zhang的结论是，中国和俄罗斯正在开展紧密的“背靠背”合作。中国东北与俄罗斯远东山水相连，“转向东方”政策为双方带来了新的合作机遇和挑战。依托地理优势和经济互补性，在克服当前困难之后，双方合作有望重塑东北亚经济格局，带动整个地区经济协调发展，开创区域合作新时代。'),
 ('perspective', 'zhang-x-back-to-back', 'quote', 'ru', 'Китай и Россия ведут тесное сотрудничество «спиной к спине».'),
 ('perspective', 'zhang-x-back-to-back', 'quote', 'zh', '中国和俄罗斯正在开展紧密的“背靠背”合作。'),
 ('perspective', 'zhang-x-back-to-back', 'stated_when', 'ru', 'март 2025 г.'),
 ('perspective', 'zhang-x-back-to-back', 'stated_when', 'zh', '2025年3月'),
 ('perspective', 'heihe-feature-border-city-scene', 'summary', 'ru', 'Очерк начинается в Хэйхэ — с него, по словам авторов, стоит начинать, если хочешь понять отношения Китая и России: унылый, пронизанный холодом город даже в ту пору, когда писался текст, обнимает широкий скованный льдом Амур, а на том берегу — Россия. Здесь гораздо тише, чем до пандемии, когда китайские группы ездили на север посмотреть Сибирь, россияне приезжали на юг, а жители приграничных городов регулярно пересекали границу, чтобы сделать покупки, вести дела и общаться. И всё же приметы близости повсюду: внушительная русская архитектура, русские магазины, заставленные водкой, матрёшками и товарами с символикой Ленина, и лавки вроде той, что держит господин Цзя, полные шапок и перчаток из искусственного и натурального меха.'),
 ('perspective', 'heihe-feature-border-city-scene', 'summary', 'zh', '这篇特写从黑河写起——作者认为，想了解中国与俄罗斯的关系，从这里入手最合适：这座城市荒凉、严寒，即便在成文时节也是如此，宽阔的黑龙江冰封着环绕城市，对岸便是俄罗斯。如今这里比疫情前冷清得多：那时中国旅行团北上游览西伯利亚，俄罗斯人南下而来，边境城镇的居民经常过境购物、做生意和交友。然而两国亲近的痕迹随处可见：气派的俄式建筑，摆满伏特加、俄罗斯套娃和列宁主题商品的俄罗斯商店，还有像贾先生那样堆满人造毛皮和真皮草帽子、手套的店铺。'),
 ('perspective', 'heihe-feature-border-city-scene', 'quote', 'ru', 'Если вы хотите понять отношения Китая и России, стоит начать с замёрзшего пограничного города Хэйхэ.'),
 ('perspective', 'heihe-feature-border-city-scene', 'quote', 'zh', '如果你想了解中国与俄罗斯的关系，冰封的边境城市黑河是一个很好的起点。'),
 ('perspective', 'heihe-feature-border-city-scene', 'stated_when', 'ru', 'март 2023 г.'),
 ('perspective', 'heihe-feature-border-city-scene', 'stated_when', 'zh', '2023年3月'),
 ('perspective', 'heihe-feature-pipeline-and-bridge', 'summary', 'ru', 'Очерк находит в Хэйхэ повсюду признаки негласной поддержки России Китаем и напоминания о том, почему Китай может захотеть её сохранить. Лучший пример проходит прямо под ногами репортёров: огромные трубы, по которым российский газ идёт в Китай, ведь Хэйхэ — точка входа газопровода «Сила Сибири — 1», и Китай закупает этого газа больше, чем когда-либо. Выше по реке огромный мост обслуживает торговлю сырьевыми товарами, которая по-прежнему идёт между двумя странами.'),
 ('perspective', 'heihe-feature-pipeline-and-bridge', 'summary', 'zh', '这篇特写发现，在黑河，中国默默支持俄罗斯的迹象随处可见，也不断提醒人们中国为何可能希望维持这种支持。最好的例子就在记者脚下：将俄罗斯天然气输入中国的巨大管道——黑河正是中俄东线天然气管道（俄方称“西伯利亚力量1号”）的入境点，而中国购买的这种天然气比以往任何时候都多。沿河再往上游，一座巨大的桥梁承载着两国之间仍在进行的大宗商品贸易。'),
 ('perspective', 'heihe-feature-pipeline-and-bridge', 'quote', 'ru', 'Лучший пример, пожалуй, проходит прямо у нас под ногами — огромные трубы, по которым российский газ идёт в Китай.'),
 ('perspective', 'heihe-feature-pipeline-and-bridge', 'quote', 'zh', '最好的例子或许就在我们脚下——把俄罗斯天然气输往中国的巨大管道。'),
 ('perspective', 'heihe-feature-pipeline-and-bridge', 'stated_when', 'ru', 'март 2023 г.'),
 ('perspective', 'heihe-feature-pipeline-and-bridge', 'stated_when', 'zh', '2023年3月'),
 ('perspective', 'heihe-feature-peaceful-border', 'summary', 'ru', 'Мост, отмечают авторы очерка, напоминает и о том, что на этой огромной границе царит мир. Так было не всегда: в прошлом сражения уничтожали здешние поселения. Сохранение нынешнего мира позволяет обеим сторонам направлять ресурсы на другие цели.'),
 ('perspective', 'heihe-feature-peaceful-border', 'summary', 'zh', '特写指出，这座桥也提醒人们，这条漫长的边境如今是和平的。过去并非一直如此：昔日的战事曾摧毁这一带的村镇。维护今天的和平，使双方都能把资源投向别处。'),
 ('perspective', 'heihe-feature-peaceful-border', 'quote', 'ru', 'Сохранение нынешнего мира позволяет обеим сторонам направлять ресурсы на другие цели.'),
 ('perspective', 'heihe-feature-peaceful-border', 'quote', 'zh', '维护今天的和平，使双方都能把资源集中到别处。');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('perspective', 'heihe-feature-peaceful-border', 'stated_when', 'ru', 'март 2023 г.'),
 ('perspective', 'heihe-feature-peaceful-border', 'stated_when', 'zh', '2023年3月'),
 ('perspective', 'heihe-feature-what-china-gains', 'summary', 'ru', 'По мнению авторов очерка, эти отношения — спасательный круг для России, но и для Китая они очень ценны, причём далеко не только в торговле. Прежде всего Россия предлагает Китаю союзника-единомышленника в том, что Пекин считает перестройкой мирового порядка, и в его всё обостряющемся соперничестве с Америкой. Поражение России и единый, победивший Запад нанесли бы ущерб представлениям Си Цзиньпина о восходящем Китае, и именно это более широкое противостояние сближает двух соседей.'),
 ('perspective', 'heihe-feature-what-china-gains', 'summary', 'zh', '在这篇特写看来，这一关系对俄罗斯而言是生命线，对中国也有巨大价值，而且远不止于贸易。最重要的是，在北京所认为的世界秩序重塑中，以及在中国与美国日益加剧的力量角逐中，俄罗斯为中国提供了一个志同道合的盟友。一个战败的俄罗斯和一个团结、获胜的西方，将损害习近平关于中国崛起的愿景，而正是这一更大的对峙把这两个邻国推得更近。'),
 ('perspective', 'heihe-feature-what-china-gains', 'quote', 'ru', 'поражение России и единый, победивший Запад нанесли бы ущерб видению председателя Си о восходящем Китае'),
 ('perspective', 'heihe-feature-what-china-gains', 'quote', 'zh', '一个战败的俄罗斯和一个团结、获胜的西方，将损害习主席关于中国崛起的愿景'),
 ('perspective', 'heihe-feature-what-china-gains', 'stated_when', 'ru', 'март 2023 г.'),
 ('perspective', 'heihe-feature-what-china-gains', 'stated_when', 'zh', '2023年3月'),
 ('perspective', 'jia-ticking-time-bomb', 'summary', 'ru', 'Объясняя, почему он не считает Россию целиком виноватой в войне на Украине, господин Цзя говорит, что никто не начинает войну без необходимости, и сравнивает некоторые ситуации с тикающей бомбой у изголовья, рядом с которой трудно уснуть.'),
 ('perspective', 'jia-ticking-time-bomb', 'summary', 'zh', '贾先生在解释为何不认为俄罗斯应为乌克兰战争承担全部责任时说，不到万不得已没有人会去打仗，并把某些处境比作枕边放着一颗定时炸弹，让人难以入睡。'),
 ('perspective', 'jia-ticking-time-bomb', 'quote', 'ru', 'Некоторые вещи — это как тикающая бомба рядом с подушкой, и уснуть будет нелегко.'),
 ('perspective', 'jia-ticking-time-bomb', 'quote', 'zh', '有些事情就像枕边放着一颗定时炸弹，很难睡得安稳。'),
 ('perspective', 'jia-ticking-time-bomb', 'stated_when', 'ru', 'март 2023 г.'),
 ('perspective', 'jia-ticking-time-bomb', 'stated_when', 'zh', '2023年3月'),
 ('perspective', 'heilongjiang-strategy-in-national-plans', 'summary', 'ru', 'Как пишет Song (2019), Хэйлунцзян стремится встроить своё сотрудничество с Россией в общенациональные стратегические планы: инициативу «Один пояс, один путь», провинциальные «Пять крупных планов» и 13-й пятилетний план. Приоритеты провинции в отношениях с Россией связаны с экономическим коридором Китай — Монголия — Россия и с сотрудничеством в инфраструктуре, энергетике и ресурсах, торговле и культурных обменах — в рамках комплексной стратегии сотрудничества с Россией и Дальним Востоком России и новой модели сотрудничества, отвечающей целям, которые поставил Генеральный секретарь Си Цзиньпин. В заключении Song главными приоритетами правительства провинции названы связанность инфраструктуры, финансов, торговли и людей, а также приграничная промышленная кооперация.'),
 ('perspective', 'heilongjiang-strategy-in-national-plans', 'summary', 'zh', '据Song（2019）所述，黑龙江省力求把对俄罗斯合作纳入国家战略规划：“一带一路”倡议、省“五大规划”和“十三五”规划（第13个五年规划）。该省对俄罗斯合作的重点围绕中国—蒙古国—俄罗斯经济走廊建设，以及基础设施、能源资源、贸易和人文交流等领域，实施全面的对俄罗斯及俄罗斯远东合作战略，并按照习近平总书记提出的目标构建合作新格局。Song在结论中指出，省政府的主要战略重点是推进基础设施、资金、贸易和民心的互联互通，以及推动跨境产业合作。'),
 ('perspective', 'heilongjiang-strategy-in-national-plans', 'stated_when', 'ru', '2019 г. (Song 2019)'),
 ('perspective', 'heilongjiang-strategy-in-national-plans', 'stated_when', 'zh', '2019年（Song 2019）'),
 ('perspective', 'heilongjiang-silk-road-belts-aims', 'summary', 'ru', 'Song излагает, чего провинция ждёт от своих двух поясов Шёлкового пути. Оба призваны усилить связанность регионов и стран, развивать международную торговлю и укреплять взаимопонимание и терпимость. Восточный пояс должен был улучшить экономическое и геополитическое положение провинции и привлечь отечественные и иностранные производства. Благодаря ему Харбин стал центром сотрудничества с Россией, провинция получила новую площадку для приёма переносимых из Китая и из-за рубежа производств и создала экспортно ориентированную промышленную систему. Лунцзянский пояс нацелен на самый удобный и беспрепятственный международный коридор между Азией и Европой: его восточное и южное направления связаны с Морским шёлковым путём, западное и северное перекликаются с сухопутным Шёлковым путём, а сам пояс должен привлечь новые производственные предприятия и создать новый полюс роста региональной экономики.'),
 ('perspective', 'heilongjiang-silk-road-belts-aims', 'summary', 'zh', 'Song阐述了该省对两条丝绸之路经济带的期望。两者都旨在加强地区之间和国家之间的互联互通，促进国际贸易，增进理解与包容。东部陆海丝绸之路经济带被寄望于改善该省的经济和地缘政治处境，吸引国内外产业落户。它使哈尔滨成为对俄罗斯合作的中心，为该省搭建了承接国内外产业转移的新平台，并构建了外向型产业体系。龙江陆海丝绸之路经济带旨在打造连接亚洲和欧洲最便捷、最畅通的国际通道：其东线和南线连接海上丝绸之路，西线和北线呼应陆上丝绸之路，并将吸引新的生产企业，形成区域经济新的增长极。'),
 ('perspective', 'heilongjiang-silk-road-belts-aims', 'stated_when', 'ru', '2019 г. (Song 2019)'),
 ('perspective', 'heilongjiang-silk-road-belts-aims', 'stated_when', 'zh', '2019年（Song 2019）'),
 ('perspective', 'heilongjiang-industrial-layout-plan', 'summary', 'ru', 'Размещение промышленности, запланированное для Лунцзянского пояса (Song, таблица 3), состоит из четырёх частей. Одно ядро: Харбин как узловой центр, где размещаются площадка китайско-российского торгово-экономического сотрудничества, штаб-квартиры совместных предприятий, логистический узел, производственные базы, информационные и финансовые услуги, центры культурного и научно-технического обмена. Четыре промышленных пояса с передовыми технологиями, своими особенностями и сильными конкурентными преимуществами: Харбин — Дацин — Цицикар — Маньчжурия (Маньчжоули), Харбин — Муданьцзян — Суйфэньхэ — Дуннин, Харбин — Цзямусы — Суйфэньхэ — Дуннин и Харбин — Суйфэньхэ — Бэйань — Хэйхэ. Одно кольцо приграничных городов как узлов экспортно ориентированной экономики: Мохэ, Суньу, Сюнькэ, Цзяинь, Лобэй, Тунцзян, Фуюань, Жаохэ, Хулинь и Мишань. И внутреннее и трансграничное сотрудничество через зарубежные индустриальные парки, связи между предприятиями провинции и предприятиями с иностранным капиталом и шесть трансграничных промышленных кластеров.'),
 ('perspective', 'heilongjiang-industrial-layout-plan', 'summary', 'zh', '为龙江丝绸之路经济带规划的产业布局（Song，表3）由四部分组成。“一核”：以哈尔滨为核心枢纽，承载中俄经贸合作平台、合作企业总部、物流枢纽、制造业基地、信息金融服务以及文化科技交流中心等功能。“四带”：四条技术先进、特色鲜明、竞争优势突出的产业带，即哈尔滨—大庆—齐齐哈尔—满洲里、哈尔滨—牡丹江—绥芬河—东宁、哈尔滨—佳木斯—绥芬河—东宁和哈尔滨—绥芬河—北安—黑河。“一环”：以边境城镇为节点发展外向型经济，包括漠河、孙吴、逊克、嘉荫、萝北、同江、抚远、饶河、虎林和密山。此外还有国内与跨境合作：境外产业园区、省内企业与外资企业的合作，以及六个跨境产业集群。'),
 ('perspective', 'heilongjiang-industrial-layout-plan', 'stated_when', 'ru', '2019 г. (Song 2019)'),
 ('perspective', 'heilongjiang-industrial-layout-plan', 'stated_when', 'zh', '2019年（Song 2019）'),
 ('perspective', 'song-l-heilongjiang-hub', 'summary', 'ru', 'Song считает, что Хэйлунцзян всё заметнее становится ключевым узлом торговли и обменов между странами Северо-Восточной Азии. У провинции давняя история сотрудничества с Россией, прежде всего в приграничной торговле, которое теперь охватывает также сельское хозяйство, лесное хозяйство, минеральные ресурсы, энергетику, туризм, науку и технику и культуру. В последние годы Китай — один из ключевых торговых партнёров России, а либерализация торговли во многом способствовала сотрудничеству. Song призывает провинцию достигать стратегических целей китайско-российского торгово-экономического сотрудничества в «самой северной точке».'),
 ('perspective', 'song-l-heilongjiang-hub', 'summary', 'zh', 'Song认为，黑龙江省作为东北亚各国贸易和交流核心枢纽的地位日益凸显。该省与俄罗斯合作历史悠久，尤以边境贸易为主，如今合作已扩展到农业、林业、矿产资源、能源、旅游、科技和文化等领域。近年来中国一直是俄罗斯的重要贸易伙伴之一，贸易自由化政策极大地促进了双方合作。Song希望该省在“最北端”实现中俄经贸合作的战略目标。'),
 ('perspective', 'song-l-heilongjiang-hub', 'quote', 'ru', 'самой северной точке'),
 ('perspective', 'song-l-heilongjiang-hub', 'quote', 'zh', '最北端'),
 ('perspective', 'song-l-heilongjiang-hub', 'stated_when', 'ru', '2019 г.'),
 ('perspective', 'song-l-heilongjiang-hub', 'stated_when', 'zh', '2019年'),
 ('perspective', 'song-l-bri-strategic-decision', 'summary', 'ru', 'Song представляет инициативу «Один пояс, один путь» как крупное стратегическое решение ЦК партии и Государственного совета, призванное ответить на глобальные вызовы, сформировать новую модель открытости Китая на Запад и содействовать миру и развитию во всём мире. За пять лет, предшествовавших статье, пишет Song, Хэйлунцзян присоединился к ней и участвовал в строительстве экономического коридора Китай — Монголия — Россия.'),
 ('perspective', 'song-l-bri-strategic-decision', 'summary', 'zh', 'Song把“一带一路”倡议定位为党中央、国务院为应对全球性挑战、构建中国向西开放新格局、促进世界和平与发展而作出的重大战略决策。Song写道，在文章发表前的五年里，黑龙江省融入了这一倡议，并参与了中国—蒙古国—俄罗斯经济走廊建设。'),
 ('perspective', 'song-l-bri-strategic-decision', 'stated_when', 'ru', '2019 г.'),
 ('perspective', 'song-l-bri-strategic-decision', 'stated_when', 'zh', '2019年'),
 ('recommendation', 'wellbeing-projects', 'title', 'ru', 'Преодолевать узкие места за счёт инноваций и проектов для благосостояния людей'),
 ('recommendation', 'wellbeing-projects', 'title', 'zh', '以创新和惠及民生的项目突破合作瓶颈'),
 ('recommendation', 'wellbeing-projects', 'summary', 'ru', 'В заключении Zhang призывает обе стороны преодолевать узкие места сотрудничества с помощью институциональных и отраслевых инноваций и укреплять его основу проектами, направленными на повышение благосостояния населения.'),
 ('recommendation', 'wellbeing-projects', 'summary', 'zh', 'Zhang在结论中呼吁双方通过制度创新和产业创新突破合作瓶颈，并以提高民众福祉为目标的项目夯实合作基础。'),
 ('recommendation', 'guidance-for-policy-and-smes', 'title', 'ru', 'Использовать выводы исследования как ориентир для политики и для малого и среднего бизнеса'),
 ('recommendation', 'guidance-for-policy-and-smes', 'title', 'zh', '以研究结论指导政策制定和中小企业合作'),
 ('recommendation', 'guidance-for-policy-and-smes', 'summary', 'ru', 'Zhang предлагает рекомендации статьи правительствам двух стран как ориентир для политики в области передачи энергии, трансграничных перевозок и культурных обменов, а малым и средним предприятиям обеих стран — как руководство к взаимодополняющему сотрудничеству.'),
 ('recommendation', 'guidance-for-policy-and-smes', 'summary', 'zh', 'Zhang将论文的建议提供给两国政府，作为能源输送、跨境运输和人文交流等领域的政策指引，也提供给两国中小企业，作为开展互补合作的方向指南。'),
 ('key_figure', 'heilongjiang-imports-from-russia-2018', 'label', 'ru', 'Импорт Хэйлунцзяна из России в 2018 г.'),
 ('key_figure', 'heilongjiang-imports-from-russia-2018', 'label', 'zh', '2018年黑龙江省自俄罗斯进口额'),
 ('key_figure', 'heilongjiang-imports-from-russia-2018', 'unit', 'ru', '100 млн долларов США (в оригинале: млн долларов США)'),
 ('key_figure', 'heilongjiang-imports-from-russia-2018', 'unit', 'zh', '1亿美元（原文印作“百万美元”）'),
 ('key_figure', 'heilongjiang-imports-from-russia-2018', 'as_of', 'ru', '2018 г.'),
 ('key_figure', 'heilongjiang-imports-from-russia-2018', 'as_of', 'zh', '2018年');

INSERT INTO translation (record_type, record_slug, field, lang, text) VALUES
 ('key_figure', 'heilongjiang-imports-from-russia-2018', 'note', 'ru', 'Примечание редакции: таблица 1 озаглавлена «in million US dollars» (в млн долларов США), однако её значения следует читать как сотни миллионов долларов США (см. примечание о единицах к статистическому ряду торговли). При экспорте в 11,2 в том же году основную часть торговли составляет импорт.'),
 ('key_figure', 'heilongjiang-imports-from-russia-2018', 'note', 'zh', '编者注：表1标题为“in million US dollars”（单位：百万美元），但其数值应理解为亿美元（见贸易统计数据系列的单位说明）。同年出口额为11.2，进口占贸易的绝大部分。'),
 ('key_figure', 'heilongjiang-exports-to-russia-2018', 'label', 'ru', 'Экспорт Хэйлунцзяна в Россию в 2018 г.'),
 ('key_figure', 'heilongjiang-exports-to-russia-2018', 'label', 'zh', '2018年黑龙江省对俄罗斯出口额'),
 ('key_figure', 'heilongjiang-exports-to-russia-2018', 'unit', 'ru', '100 млн долларов США (в оригинале: млн долларов США)'),
 ('key_figure', 'heilongjiang-exports-to-russia-2018', 'unit', 'zh', '1亿美元（原文印作“百万美元”）'),
 ('key_figure', 'heilongjiang-exports-to-russia-2018', 'as_of', 'ru', '2018 г.'),
 ('key_figure', 'heilongjiang-exports-to-russia-2018', 'as_of', 'zh', '2018年'),
 ('key_figure', 'heilongjiang-exports-to-russia-2018', 'note', 'ru', 'Примечание редакции: единица приведена как в оригинале, значение следует читать в сотнях миллионов долларов США (см. примечание о единицах к статистическому ряду торговли). По таблице 1 экспорт сократился с 89,3 в 2014 г. до 11,2 в 2018 г., причём только за 2018 г. напечатано падение на 29,5%.'),
 ('key_figure', 'heilongjiang-exports-to-russia-2018', 'note', 'zh', '编者注：单位按原文，数值应理解为亿美元（见贸易统计数据系列的单位说明）。表1显示，出口额从2014年的89.3降至2018年的11.2，其中仅2018年一年原文所列降幅即为29.5%。'),
 ('key_figure', 'russia-share-of-heilongjiang-trade-2018', 'label', 'ru', 'Доля торговли с Россией во внешней торговле Хэйлунцзяна, 2018 г.'),
 ('key_figure', 'russia-share-of-heilongjiang-trade-2018', 'label', 'zh', '2018年对俄罗斯贸易在黑龙江省对外贸易中的占比'),
 ('key_figure', 'russia-share-of-heilongjiang-trade-2018', 'unit', 'ru', '%'),
 ('key_figure', 'russia-share-of-heilongjiang-trade-2018', 'unit', 'zh', '%'),
 ('key_figure', 'russia-share-of-heilongjiang-trade-2018', 'as_of', 'ru', '2018 г.'),
 ('key_figure', 'russia-share-of-heilongjiang-trade-2018', 'as_of', 'zh', '2018年'),
 ('key_figure', 'russia-share-of-heilongjiang-trade-2018', 'note', 'ru', 'В оригинале — доля в импорте и экспорте провинции. Это самая высокая доля в таблице 1, которая начинается с 48,3% в 2008 г.'),
 ('key_figure', 'russia-share-of-heilongjiang-trade-2018', 'note', 'zh', '原文为占该省进出口的比重。这是表1中的最高值，该表2008年的数值为48.3%。'),
 ('key_figure', 'heilongjiang-share-of-china-russia-trade-2018', 'label', 'ru', 'Доля Хэйлунцзяна в торговле Китая с Россией, 2018 г.'),
 ('key_figure', 'heilongjiang-share-of-china-russia-trade-2018', 'label', 'zh', '2018年黑龙江省在中国对俄罗斯贸易中的占比'),
 ('key_figure', 'heilongjiang-share-of-china-russia-trade-2018', 'unit', 'ru', '%'),
 ('key_figure', 'heilongjiang-share-of-china-russia-trade-2018', 'unit', 'zh', '%'),
 ('key_figure', 'heilongjiang-share-of-china-russia-trade-2018', 'as_of', 'ru', '2018 г.'),
 ('key_figure', 'heilongjiang-share-of-china-russia-trade-2018', 'as_of', 'zh', '2018年'),
 ('key_figure', 'heilongjiang-share-of-china-russia-trade-2018', 'note', 'ru', 'В оригинале — «Share in China''s import and export» (доля в импорте и экспорте Китая), что, как и в статистическом ряду, понимается как доля в торговле Китая с Россией. Наибольшая доля в таблице 1 — 24,2% в 2012 г.'),
 ('key_figure', 'heilongjiang-share-of-china-russia-trade-2018', 'note', 'zh', '原文为“Share in China''s import and export”（占中国进出口的比重），与统计数据系列一样，理解为占中国对俄罗斯贸易的比重。表1中的最高值为2012年的24.2%。'),
 ('key_figure', 'heilongjiang-russia-trade-peak-2014', 'label', 'ru', 'Торговля Хэйлунцзяна с Россией на пике 2014 г.'),
 ('key_figure', 'heilongjiang-russia-trade-peak-2014', 'label', 'zh', '2014年黑龙江省对俄罗斯贸易峰值'),
 ('key_figure', 'heilongjiang-russia-trade-peak-2014', 'unit', 'ru', '100 млн долларов США (в оригинале: млн долларов США)'),
 ('key_figure', 'heilongjiang-russia-trade-peak-2014', 'unit', 'zh', '1亿美元（原文印作“百万美元”）'),
 ('key_figure', 'heilongjiang-russia-trade-peak-2014', 'as_of', 'ru', '2014 г.'),
 ('key_figure', 'heilongjiang-russia-trade-peak-2014', 'as_of', 'zh', '2014年'),
 ('key_figure', 'heilongjiang-russia-trade-peak-2014', 'note', 'ru', 'Примечание редакции: самый большой общий объём в таблице 1, его следует читать в сотнях миллионов долларов США (см. примечание о единицах к статистическому ряду торговли). Экспорт (89,3) и импорт (143,5) в сумме дают 232,8, а не напечатанные 232,6. В следующем году общий объём сократился на 53,4%.'),
 ('key_figure', 'heilongjiang-russia-trade-peak-2014', 'note', 'zh', '编者注：这是表1中的最高总额，数值应理解为亿美元（见贸易统计数据系列的单位说明）。出口（89.3）与进口（143.5）之和为232.8，而非原文所列的232.6。次年贸易总额下降了53.4%。'),
 ('key_figure', 'heilongjiang-imports-growth-2011', 'label', 'ru', 'Прирост импорта Хэйлунцзяна из России в 2011 г.'),
 ('key_figure', 'heilongjiang-imports-growth-2011', 'label', 'zh', '2011年黑龙江省自俄罗斯进口增长率'),
 ('key_figure', 'heilongjiang-imports-growth-2011', 'unit', 'ru', '%'),
 ('key_figure', 'heilongjiang-imports-growth-2011', 'unit', 'zh', '%'),
 ('key_figure', 'heilongjiang-imports-growth-2011', 'as_of', 'ru', '2011 г.'),
 ('key_figure', 'heilongjiang-imports-growth-2011', 'as_of', 'zh', '2011年'),
 ('key_figure', 'heilongjiang-imports-growth-2011', 'note', 'ru', 'Год, когда, по словам Song, работа китайско-российского нефтепровода вновь дала рост торговле. Примечание редакции: рост с 31,9 (2010 г.) до 146,4 (2011 г.) составляет +358,9%, а не напечатанные 360,0%.'),
 ('key_figure', 'heilongjiang-imports-growth-2011', 'note', 'zh', '据Song所述，这一年中俄原油管道的运营使贸易重新增长。编者注：从31.9（2010年）增至146.4（2011年）的增幅为+358.9%，而非原文所列的360.0%。');
