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
INSERT INTO source (slug, title, authors, outlet, bibliographic, kind, published_on, published_year, date_label, doi, url, language, seed_file, summary, note) VALUES ('asianews-2022-heilongjiang-siberia', 'Heilongjiang seeking integration with Siberia', NULL, 'AsiaNews', NULL, 'NEWS', DATE '2022-03-23', 2022, '23 March 2022', NULL, NULL, 'en', '000_069a1d5201fadeeb.txt', 'A short AsiaNews report, datelined Beijing, on Heilongjiang''s wish to integrate with neighbouring Siberia, as voiced by the provincial Communist Party chief Xu Qin in the Heilongjiang Daily a few days after the Xi–Biden video call of 18 March 2022. It ties the push to the war in Ukraine and Western sanctions, names the gas pipeline opened in 2019 and the border town of Heihe, and lists the risks: heavy energy investment needs, local attitudes to a China–Russia "quasi-alliance", Russian unease about Chinese migrants and Chinese nationalist claims on the Far East.', 'Editorial note: the copy carries the dateline "03/23/2022, 14.55" and no author. Paragraph numbers count the body paragraphs after the standfirst: para. 1 begins "Beijing (AsiaNews)", para. 13 is the one on Chinese nationalist groups. The "See also" links, subscription prompts and the closing quotation of John Paul II are website furniture and are not used. The article reports Xu Qin''s remarks second-hand, through the Heilongjiang Daily, and quotes none of his words directly.');
INSERT INTO source (slug, title, authors, outlet, bibliographic, kind, published_on, published_year, date_label, doi, url, language, seed_file, summary, note) VALUES ('deeper-economic-ties-2023', 'China and Russia Forge Deeper Economic Ties Despite Western Disapproval', NULL, NULL, NULL, 'NEWS', NULL, 2023, '2023 (not printed, inferred from context)', NULL, NULL, 'en', '001_f9517f488530f4af.txt', 'An unsigned news item on how China and Russia are widening cross-border links, trade and investment after Russia''s invasion of Ukraine, against Western criticism. It reports a Beijing meeting of the Russian economic development minister and the Chinese commerce minister, Wang Yi''s strategic talks in Moscow, Chinese imports of Russian oil, gas and grain, a transshipment oil complex at the Tongjiang–Nizhneleninskoye railway bridge, Russian seafood exports after China''s ban on Japanese seafood, a grain corridor, and Xi Jinping''s description of Heilongjiang as a "pivotal" gateway.', 'Editorial note: neither outlet nor date is printed. The atlas dates the item to 2023 from internal evidence: it calls the invasion of Ukraine "last year", reports Wang Yi''s visit to Moscow with a Putin visit to Beijing due "next month", and mentions China''s ban on Japanese seafood over the Fukushima water, all of which point to the second half of 2023. The closing line ("Prone to fits of apathy. Devoted music geek. ...") is a generic, apparently auto-generated author blurb, not an identification of the writer, and is ignored. The item itself slips in para. 7 ("Russia''s Heilongjiang"). Paragraph numbers count the body paragraphs after the headline: para. 1 begins "China and Russia are strengthening", para. 9 is the closing paragraph before the blurb.');
INSERT INTO source (slug, title, authors, outlet, bibliographic, kind, published_on, published_year, date_label, doi, url, language, seed_file, summary, note) VALUES ('zhang-2025-turn-to-the-east', 'Analysis of the prospects for cooperation between China and Russia in the Northeast-Far East region in the context of the "Turn to the East" policy', 'Zhang, X.', 'International relations', '2025, no. 1, pp. 86–95', 'PAPER', DATE '2025-03-04', 2025, '4 March 2025', '10.7256/2454-0641.2025.1.73536', NULL, 'en', '002_a1945f036cbe3d17.txt', 'A journal article on cooperation between Northeast China and the Russian Far East in the light of Russia''s "turn to the East". It traces the background from ancient contacts through the 19th-century treaties and Soviet aid to the normalisation of the late 1980s, reviews results in energy, cross-border infrastructure, trade and education up to December 2024, sets out China''s policy considerations, lists institutional, infrastructural and social obstacles with figures, and proposes new cooperation mechanisms, sectoral projects and a Northeast Asian "cultural circle".', 'Editorial note: the copy is an automatic English machine translation (the page says "This article is automatically translated") of a Russian-language paper, so the wording is sometimes odd: "Sushan" for the Sushen people, "Aigong" for the Aigun Treaty, "Tongjiang-Leninskoye Bridge" for the Tongjiang–Nizhneleninskoye bridge, and "daily gas supplies ... at 38 billion cubic meters" for what is an annual contractual volume. The abstract calls the agricultural model "resources – production capacity – market", §3.2 "resources – production facilities – market". The author''s full name and affiliation are not printed. Received 25 February 2025, published 4 March 2025, EDN BKTHZU. The text is one unbroken block, so locators give the section (Abstract, §I, §2.1 to §3.2, Conclusion) and the reference the paper cites there. The papers'' own references are not separate sources in the atlas. The URL of ref. [9] is garbled in the copy, and ref. [15], which the text ties to Putin''s 2024 visit, has a URL dated 22 March 2023.');
INSERT INTO source (slug, title, authors, outlet, bibliographic, kind, published_on, published_year, date_label, doi, url, language, seed_file, summary, note) VALUES ('heihe-border-feature-2023', '‘No one else wants to be friends with us’: View from the China-Russia border city where harmony lies', NULL, NULL, NULL, 'FEATURE', NULL, 2023, 'March 2023 (not printed, inferred from Xi Jinping''s Moscow visit)', NULL, NULL, 'en', '003_b0046fc09b710f13.txt', 'A reported feature from the frozen border city of Heihe, written while Xi Jinping was on his March 2023 visit to Moscow. It describes how COVID, the closed border and sanctions emptied the once busy cross-border trade, interviews a Heihe shopkeeper and a Russian truck driver, points to the Power of Siberia pipeline entering China at Heihe and a large bridge carrying commodity trade, and weighs what the relationship is worth to each side.', 'Editorial note: outlet, author and date are not printed (the copy carries only the section label "World"). A photo caption dates Xi''s arrival in Moscow to 20 March 2023 and the text treats the visit as under way, so the atlas dates the piece to March 2023. The caption credits Kommersant/Reuters for the photo. Paragraph numbers count the body paragraphs from "If you want to understand" (para. 1) to "China is still treading" (para. 32), leaving out the photo caption, the image label, the "Read more" links, the video player lines, the subheading and the closing "Products You May Like". Phrases such as "under our feet" and "we meet Slava" show a reporting team on site. The bridge "further up the river" is not named.');
INSERT INTO source (slug, title, authors, outlet, bibliographic, kind, published_on, published_year, date_label, doi, url, language, seed_file, summary, note) VALUES ('song-2019-heilongjiang-russia', 'Strategic priorities of cooperation between Heilongjiang province and Russia', 'Song, L.', 'R-economy', 'Vol. 5, no. 1, pp. 13–18', 'PAPER', NULL, 2019, '2019', '10.15826/recon.2019.5.1.002', NULL, 'en', '004_b1722b658fb9ce4f.txt', 'An article by Song Linlin of the Institute of Northeast Asian Studies, Heilongjiang Provincial Academy of Social Sciences, on Heilongjiang''s cooperation with Russia under the Belt and Road Initiative. It tabulates the province''s trade with Russia for 2008–2018, describes the Eastern Land-Sea Silk Road Economic Belt and the Longjiang (Heilongjiang) Land-Sea Silk Road Economic Belt with their results, channel layout (Table 2) and industrial layout (Table 3), and ends with five recommendations, among them a cross-border e-commerce base and a Sino-Russian free trade zone.', 'Editorial note: the article is in English with a Russian abstract. Received 5 October 2018, accepted 13 February 2019, no day of publication printed. Table 1 is headed "in million US dollars", yet its values (e.g. 181.9 for 2018) only make sense in hundreds of millions of dollars, and the text''s "US$100 million" trade level of 2007 probably renders the Chinese 100亿 (10 billion), see the statistical series and key figures. Several names are garbled: "Blabovichsk" (Blagoveshchensk), "Beia Railway" (probably the Baikal–Amur Mainline), "Dongfang" (the Chinese name of the port of Vostochny), "Manchuria" (Manzhouli), "Qiqihaer" (Qiqihar), "Gongqingcheng" (the Chinese name of Komsomolsk-on-Amur), "Longjiang Province" (Heilongjiang). Many results in the "Eastern Silk Road Belt" section rest on 2014–2015 sources (refs. [12], [13] and footnote 2), so the statuses reported there may describe the mid-2010s rather than 2019. Locators name the section and count its paragraphs, e.g. "Eastern Silk Road Belt, para. 3" (the Introduction''s fourth paragraph runs across a page break).');

-- ======================================================================
-- == Themes ==
-- ======================================================================
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('energy', 'Energy', 1, 'Gas, oil and power across the Amur: the Power of Siberia pipeline entering China at Heihe, the Mohe–Daqing crude oil lines, refining plans and cross-border transmission lines.', 'Energy is the backbone of the cooperation in every seed. The eastern gas route, known in Russia as Power of Siberia, enters China at Heihe. It was commissioned in 2019 and by December 2024 had delivered more than 80 billion cubic metres, according to Zhang (2025), who also reports that Gazprom reached the maximum contractual level of 38 billion cubic metres a year from 1 December 2024. AsiaNews (2022) reports that Heilongjiang''s party chief Xu Qin wanted the pipeline expanded quickly, and the Heihe feature (2023) describes China buying more of its gas than ever, partly making up for Russia''s lost sales in Europe.

Oil came first. Song (2019) credits the Sino-Russian crude oil pipeline from Mohe to Daqing, in operation in 2011, with reviving Heilongjiang''s trade with Russia, and reports that a second line had been approved, along with a border oil storage, refining and chemical complex at Heihe. In 2023 a transshipment oil complex was being built near the Tongjiang–Nizhneleninskoye railway bridge (seed 001), and Zhang (2025) proposes a refining joint venture between the Daqing oil field and the Sakhalin Oil and Gas Company.

The weak points are on record too. An electricity grid that covers less than 40% of the Far East limits mining projects (Zhang), and AsiaNews notes that the huge energy investment the Russian Far East needs becomes a risk for Beijing while Moscow is cut off from international capital markets. Song''s channel plan (Table 2) adds cross-border transmission lines at Heihe and a Harbin–Tangshan line.');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('corridors', 'Corridors and transport', 2, 'Bridges, railways, ports, air routes and multimodal corridors that carry goods across and around the border, and the bottlenecks that slow them.', 'Heilongjiang shares 2,981 km of border with Russia and has 25 first-class national ports (Song 2019). Two bridges now cross the Amur: the Tongjiang–Nizhneleninskoye railway bridge, commissioned in 2022, which had carried more than 6 million tonnes of cargo by June 2024, and the Heihe–Blagoveshchensk highway bridge, with more than 370 thousand tonnes in a year (Zhang 2025). The Heihe feature (2023) meets a Russian truck driver at a bridge near Heihe.

Song describes the province''s plans under the Eastern and the Longjiang Land-Sea Silk Road Economic Belts: China-Europe trains from Harbin to Warsaw, cargo sent by rail to Vladivostok instead of through Dalian, new air routes and charter flights from Harbin, and a channel layout of sea routes, four main railway lines, highways, river ports, airports, pipelines, power lines and cables (Table 2). Zhang adds the Binhai No. 1 and No. 2 (Primorye-1 and -2) corridors, and seed 001 a grain corridor.

Zhang also lists the bottlenecks on the Russian side: congestion on the Trans-Siberian Railway of up to 95% with cargo delays of more than 20 days, Far Eastern ports frozen for up to 4 months, and outdated equipment at the port of Nakhodka.');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('agriculture', 'Agriculture and food', 3, 'Grain, food and farmland: the grain corridor, seafood, a green food processing base and the "resources – production capacity – market" model.', 'Agriculture runs through all the seeds, but mostly as plans. Song (2019) lists agriculture and forestry among the established fields of Heilongjiang–Russia cooperation and recommends using the farmland of the Russian Far East for a green food processing base. Zhang (2025) notes that Northeast China sells agricultural products to the Far East and proposes a triple "resources – production facilities – market" model (the abstract says "production capacity") that would join Russian land to Chinese farming technology and processing, with settlement in local currencies for food trade.

Seed 001 (2023) reports rising Chinese imports of Russian grain, a grain corridor under construction between the Russian side and China''s northeastern breadbasket, and new openings for Russian seafood after China banned seafood from Japan over the Fukushima water. In the same report Xi Jinping names food security among the roles of Heilongjiang as a "pivotal" gateway.');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('history', 'History', 4, 'From ancient contacts in the Amur basin through the 19th-century treaties, Soviet aid and the split of the 1960s to normalisation and the "turn to the East".', 'Zhang (2025) opens with a long view: peoples of the Amur (Heilongjiang) basin such as the Sushen and Yilou traded and migrated across Northeast Asia long before the modern border. From the mid-19th century the Aigun and Beijing treaties between tsarist Russia and the Qing government redrew sovereignty in the region. That history still matters: AsiaNews (2022) reports Chinese nationalist groups claiming Vladivostok and other parts of the Far East, and Zhang speaks of periodic disputes over the region''s historical affiliation.

After the founding of the People''s Republic the Soviet Union helped build Northeast China''s industrial base, including the Anshan Metallurgical Company and the First Automobile Plant in Changchun. Relations worsened from the 1960s and border trade collapsed, though informal contacts survived. Normalisation in the late 1980s and early 1990s, foreshadowed by Gorbachev''s 1986 Vladivostok speech, let cross-border trade recover.

The recent phase starts with Russia''s Far East policy documents of 2007, the Silk Road initiatives Xi Jinping announced in 2013 and Russia''s "turn to the East" after the 2014 Ukraine crisis, and speeds up after 2022. The Heihe feature (2023) reminds readers that battles once destroyed communities along what is now a peaceful border.');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('trade-investment', 'Trade and investment', 5, 'Trade flows, investment, banking, trade zones and the China-Russia Expo, with the rules that hold them back.', 'Song (2019) tabulates Heilongjiang''s trade with Russia from 2008 to 2018 (see the data pages): a sharp fall in 2009 with the financial crisis, growth from 2011 on the back of the crude oil pipeline, swings with world energy prices, a deep slump in the mid-2010s and recovery by 2018, the year China–Russia trade as a whole passed 100 billion US dollars. Under the Eastern Silk Road Belt the province''s investment in Russia reached 1 billion US dollars, 10 provincial banks set up relations with 24 Russian banks, and the Harbin trade fair became the China-Russia Expo.

New instruments followed: the Harbin Comprehensive Bonded Zone, the "One Window and Four Districts" programme of April 2017 with a proposed Sino-Russian free trade area, and later the Harbin Free Trade Zone, whose experience Zhang (2025) wants to use for a blockchain trade platform. In 2023 China''s commerce minister Wang Wentao called the economic relationship "solid" (seed 001).

The obstacles are institutional as much as economic. Zhang cites a cap of 50% on foreign capital in Russia''s strategic industries and an average project review of 18 months, unsettled questions of trade settlement, intellectual property and environmental protection, and the chilling effect of Western sanctions.');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('industry-technology', 'Industry and technology', 6, 'Industrial plants, parks and belts, telecom links, and proposals for cloud computing, 5G, artificial intelligence and the "ice economy".', 'Industrial cooperation runs from the Soviet-aided plants built after the founding of the People''s Republic to the industrial layout of the Longjiang Silk Road Belt, which Song (2019) arranges as one core (Harbin), four industrial belts, a ring of border towns and six cross-border industrial clusters. Song also reports that the Longxing Group and the LongMay Group had started six projects in Russia, and recommends a cross-border industrial base. The channel plan includes an International Communication Gateway Bureau in Harbin and an Arctic optical cable from Murmansk to Harbin via Vladivostok and Suifenhe.

Zhang (2025) sees Northeast China''s machine-building base and oil and gas engineering as the complement to Russian resources, and proposes new sectors: a blockchain platform for cross-border trade, cloud computing run on cheap Siberian energy, 5G at the main border points, artificial intelligence and the Internet of Things, and a full cross-border industrial chain for the "ice economy".');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('people-culture', 'People, culture and tourism', 7, 'Border life, tourism, education and culture, and how people on each side see the other.', 'Before the pandemic, the Heihe feature (2023) recalls, Chinese tour groups crossed north to see Siberia and Russians came south to shop, do business and socialise. COVID, a closed border and a sanctions squeeze on Russia''s economy have since quietened that trade. Song (2019) reports 13 port areas opened for cross-border tourism and 8 crossing points issuing visas, and Zhang (2025) proposes ice-and-snow tourism built on the visa-free regime at border crossings.

Attitudes differ. A Heihe shopkeeper calls Russians "nice and straightforward", and a Russian truck driver says that China is the only neighbour left that wants to be friends. AsiaNews (2022) notes Siberian Russians'' concern about Chinese migrants, and Zhang names Russians'' cultural attachment to the West as an obstacle that is hard to overcome. Zhang describes university exchanges and the China–Russia years of culture, and proposes joint education programmes and a Northeast Asian "cultural circle".');
INSERT INTO theme (slug, title, display_order, intro, overview) VALUES ('geopolitics', 'Geopolitics and risks', 8, 'Sanctions, the war in Ukraine, great-power rivalry, and the positions of governments, experts and residents.', 'The seeds set border cooperation inside a wider realignment. Zhang (2025) describes Russia''s "turn to the East" since the 2014 Ukraine crisis and its acceleration under sanctions after 2022, while China links the Belt and Road Initiative to Russia''s Greater Eurasian Partnership and says it keeps to "non-alignment, non-confrontation and non-targeting of third parties". AsiaNews (2022) reports Heilongjiang''s party chief presenting integration with Siberia as strategic cooperation against the West, days after Joe Biden warned Xi Jinping of serious consequences if China helped Russia.

In 2023 Chinese officials called the partnership solid and within international norms (seed 001), while the Heihe feature judged that China was quietly giving Russia finance, technology and diplomatic cover and that Russia offers China a like-minded partner against America. Xi''s March 2023 visit to Moscow and Putin''s 2024 visit to China, which took him to Harbin, are the high points in the seeds.

The risks are attributed as such: Western stigmatisation and sanctions (Zhang), China''s exposure through its trade with the United States and Europe and Russia''s exclusion from capital markets (AsiaNews), Russian unease about Chinese migrants and Chinese nationalist claims on the Far East (AsiaNews), and periodic disputes over the region''s history (Zhang).');

-- ======================================================================
-- == Places ==
-- ======================================================================
-- China
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('china', 'China', 'Китай', '中国', 'CN', 'China', 'COUNTRY', 35.0, 103.0, 'One of the two partners. The seeds look at China mainly through its northeastern provinces, above all Heilongjiang.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('china', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('china', 'deeper-economic-ties-2023', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('china', 'zhang-2025-turn-to-the-east', 'Abstract');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('china', 'heihe-border-feature-2023', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('china', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
-- Russia
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('russia', 'Russia', 'Россия', '俄罗斯', 'RU', 'Russia', 'COUNTRY', 61.5, 105.3, 'The other partner, seen in the seeds mainly through its Far East and Siberia.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russia', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russia', 'deeper-economic-ties-2023', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russia', 'zhang-2025-turn-to-the-east', 'Abstract');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russia', 'heihe-border-feature-2023', 'para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russia', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
-- Mongolia
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('mongolia', 'Mongolia', 'Монголия', '蒙古国', 'MN', 'Mongolia', 'COUNTRY', 46.9, 103.8, 'Third country of the China-Mongolia-Russia Economic Corridor, and one of the neighbours to which Zhang says Northeast China is closely connected.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mongolia', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mongolia', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('mongolia', 'zhang-2025-turn-to-the-east', '§2.3');
-- North Korea
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('north-korea', 'North Korea', 'КНДР (Северная Корея)', '朝鲜', 'KP', 'North Korea', 'COUNTRY', 40.3, 127.5, 'Neighbour of Northeast China and of the Russian Far East. Seed 001 describes the Far East as a trade hub connecting China and North Korea, and Song lists it among the countries reached from Vladivostok.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('north-korea', 'deeper-economic-ties-2023', 'para. 4');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('north-korea', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('north-korea', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('north-korea', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
-- South Korea
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('south-korea', 'South Korea', 'Южная Корея', '韩国', 'KR', 'South Korea', 'COUNTRY', 36.5, 127.9, 'Reached by sea from Vladivostok in the Longjiang belt plan, with Busan on its sea route.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('south-korea', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('south-korea', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Japan
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('japan', 'Japan', 'Япония', '日本', 'JP', 'Japan', 'COUNTRY', 36.2, 138.3, 'China''s ban on Japanese seafood over the Fukushima water opened the Chinese market to Russian Far East seafood (seed 001). Song''s sea route calls at Niigata.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('japan', 'deeper-economic-ties-2023', 'para. 6');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('japan', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('japan', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Poland
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('poland', 'Poland', 'Польша', '波兰', 'PL', 'Poland', 'COUNTRY', 52.1, 19.4, 'Destination country of the China-Europe trains to Warsaw reported by Song.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('poland', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
-- Heilongjiang
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('heilongjiang', 'Heilongjiang', 'Хэйлунцзян', '黑龙江省', 'CN', 'Heilongjiang', 'REGION', 47.9, 128.0, 'China''s northernmost province and the atlas''s focus. It borders Russia along the Amur, is one of China''s nine border provinces and carries most of the pipelines, bridges and ports that link the two countries.', 'Editorial note: Song (2019) once writes "Longjiang Province" (Longjiang Silk Road Belt, para. 3), and seed 001 (para. 7) places Heilongjiang in Russia ("Russia''s Heilongjiang"). Both are slips for the Chinese province.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'asianews-2022-heilongjiang-siberia', 'para. 4');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'deeper-economic-ties-2023', 'para. 8');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('heilongjiang', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
-- Jilin
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('jilin', 'Jilin', 'Цзилинь', '吉林省', 'CN', 'Jilin', 'REGION', 43.7, 126.2, 'Northeastern province that AsiaNews names, with Heilongjiang and Liaoning, among China''s depressed industrial areas looking to the Russian Far East.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('jilin', 'asianews-2022-heilongjiang-siberia', 'para. 4');
-- Liaoning
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('liaoning', 'Liaoning', 'Ляонин', '辽宁省', 'CN', 'Liaoning', 'REGION', 41.3, 122.6, 'Northeastern province that AsiaNews names, with Heilongjiang and Jilin, among China''s depressed industrial areas. Home of Dalian and of the Soviet-aided Anshan steel works.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('liaoning', 'asianews-2022-heilongjiang-siberia', 'para. 4');
-- Northeast China
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('northeast-china', 'Northeast China', 'Северо-Восточный Китай', '中国东北', 'CN', 'Heilongjiang, Jilin and Liaoning', 'REGION', 44.5, 126.5, 'The three northeastern provinces: a former industrial base built with Soviet help, now looking to the Russian Far East for growth, and in 2023 described as China''s breadbasket.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('northeast-china', 'asianews-2022-heilongjiang-siberia', 'para. 4');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('northeast-china', 'deeper-economic-ties-2023', 'para. 7');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('northeast-china', 'zhang-2025-turn-to-the-east', 'Abstract');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('northeast-china', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('northeast-china', 'zhang-2025-turn-to-the-east', '§2.3');
-- Russian Far East
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('russian-far-east', 'Russian Far East', 'Дальний Восток России', '俄罗斯远东', 'RU', 'Far Eastern Federal District', 'REGION', 60.0, 140.0, 'Russia''s Pacific region across the Amur from Heilongjiang: rich in oil, gas and timber, thinly populated, and the focus of Russia''s "turn to the East".', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russian-far-east', 'asianews-2022-heilongjiang-siberia', 'standfirst');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russian-far-east', 'asianews-2022-heilongjiang-siberia', 'para. 10');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russian-far-east', 'deeper-economic-ties-2023', 'para. 4');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russian-far-east', 'zhang-2025-turn-to-the-east', 'Abstract');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russian-far-east', 'zhang-2025-turn-to-the-east', '§2.1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('russian-far-east', 'song-2019-heilongjiang-russia', 'Abstract');
-- Siberia
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('siberia', 'Siberia', 'Сибирь', '西伯利亚', 'RU', 'Siberia', 'REGION', 60.0, 100.0, 'Heilongjiang''s party chief wants integration with neighbouring Siberia (AsiaNews), Chinese tourists travelled to it before the pandemic (Heihe feature), and Zhang would use its cheap energy for cloud computing.', 'Editorial note: AsiaNews uses "Siberia" loosely for the Russian regions across the border from Heilongjiang, which Russian usage assigns to the Far East.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('siberia', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('siberia', 'asianews-2022-heilongjiang-siberia', 'para. 5');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('siberia', 'asianews-2022-heilongjiang-siberia', 'para. 7');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('siberia', 'heihe-border-feature-2023', 'para. 5');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('siberia', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('siberia', 'zhang-2025-turn-to-the-east', '§3.2');
-- Amur Oblast
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('amur-oblast', 'Amur Oblast', 'Амурская область', '阿穆尔州', 'RU', 'Amur Oblast', 'REGION', 53.0, 128.0, 'Russian region across the Amur from Heihe, with its capital Blagoveshchensk. Song''s "Amur-Heihe" oil storage, refining and chemical complex probably refers to it.', 'Editorial note: Song writes only "the Amur-Heihe border oil storage and transportation and refining and chemical complex". "Amur" could mean Amur Oblast or the river. The atlas links the complex to Amur Oblast, which faces Heihe, as an editorial reading.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('amur-oblast', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
-- Pearl River Delta
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('pearl-river-delta', 'Pearl River Delta', 'Дельта Жемчужной реки', '珠江三角洲', 'CN', 'Guangdong', 'REGION', 22.8, 113.4, 'Southern Chinese destination of goods that Heilongjiang once shipped through Dalian and, per Song, now sends by rail to Vladivostok and on by sea.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('pearl-river-delta', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('pearl-river-delta', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
-- Yangtze River Delta
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('yangtze-river-delta', 'Yangtze River Delta', 'Дельта реки Янцзы', '长江三角洲', 'CN', 'Shanghai, Jiangsu and Zhejiang', 'REGION', 31.2, 120.5, 'Reached from Heilongjiang through the port of Dalian in the southern direction of the Longjiang belt.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('yangtze-river-delta', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
-- Bohai Sea
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('bohai-sea', 'Bohai Sea', 'Бохайское море', '渤海', 'CN', 'Liaoning, Hebei, Tianjin and Shandong', 'REGION', 38.7, 120.0, 'Reached from Heilongjiang through Dalian in the southern direction of the Longjiang belt.', 'Editorial note: a sea, recorded as a region because the place kinds have no category for seas.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('bohai-sea', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
-- Amur (Heilongjiang) River
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('amur-river', 'Amur (Heilongjiang) River', 'Амур', '黑龙江', 'CN', 'China–Russia boundary river', 'RIVER', 50.25, 127.55, 'The boundary river between Heilongjiang and the Russian Far East, frozen in winter at Heihe. Bridges at Heihe and Tongjiang and the gas pipeline at Heihe cross it, and Song''s river-sea route follows it past Khabarovsk.', 'Editorial note: the seeds use the Chinese name: "Heilongjiang River (Amur)" (Zhang), "Heilongjiang river" (Heihe feature). Song''s "the Heihe River" in the pipeline row is read as the Amur at Heihe. The point marks the river between Heihe and Blagoveshchensk. Country is recorded as CN only because the field takes one value, the river forms the border.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('amur-river', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('amur-river', 'heihe-border-feature-2023', 'para. 3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('amur-river', 'heihe-border-feature-2023', 'para. 20');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('amur-river', 'song-2019-heilongjiang-russia', 'Table 2, Water Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('amur-river', 'song-2019-heilongjiang-russia', 'Table 2, Pipeline Transport');
-- Harbin
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('harbin', 'Harbin', 'Харбин', '哈尔滨', 'CN', 'Heilongjiang', 'CITY', 45.8, 126.53, 'Capital of Heilongjiang and the core hub of the Longjiang Silk Road Belt: seat of the China-Russia Expo, the bonded zone and the free trade zone, origin of trains to Europe and of air routes to Russia. Putin visited it in 2024.', NULL);
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin', 'zhang-2025-turn-to-the-east', '§3.2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('harbin', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
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
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('wudalianchi-airport', 'Wudalianchi Airport', 'Аэропорт Удаляньчи', '五大连池机场', 'CN', 'Heilongjiang', 'AIRPORT', 48.45, 126.13, 'Regional airport that Song reports as recently opened, part of the province''s growing airport network.', 'Editorial note: coordinates are approximate.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('wudalianchi-airport', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Jiansanjiang Airport
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('jiansanjiang-airport', 'Jiansanjiang Airport', 'Аэропорт Цзяньсаньцзян', '建三江机场', 'CN', 'Heilongjiang', 'AIRPORT', 47.11, 132.66, 'Regional airport in the farming district of eastern Heilongjiang that Song reports as recently opened.', 'Editorial note: coordinates are approximate.');
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
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('blagoveshchensk', 'Blagoveshchensk', 'Благовещенск', '布拉戈维申斯克', 'RU', 'Amur Oblast', 'CITY', 50.27, 127.54, 'Capital of Amur Oblast across the Amur from Heihe, Russian end of the Heihe–Blagoveshchensk highway bridge and start of a railway line in Song''s plan.', 'Editorial note: Song prints "Blabovichsk" (Table 2, Railway Transport), read as Blagoveshchensk.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('blagoveshchensk', 'zhang-2025-turn-to-the-east', '§2.2');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('blagoveshchensk', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('blagoveshchensk', 'heihe-border-feature-2023', 'para. 22 (not named: the driver lives "just on the other side of the river" from Heihe)');
-- Nizhneleninskoye
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('nizhneleninskoye', 'Nizhneleninskoye', 'Нижнеленинское', '下列宁斯阔耶', 'RU', 'Jewish Autonomous Oblast', 'VILLAGE', 47.95, 132.67, 'Village on the Amur, the Russian end of the railway bridge to Tongjiang, near which a transshipment oil complex was being built in 2023.', 'Editorial note: Zhang calls the bridge the "Tongjiang-Leninskoye Bridge". Leninskoye is a neighbouring village, the bridge ends at Nizhneleninskoye, as seed 001 has it.');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('nizhneleninskoye', 'deeper-economic-ties-2023', 'para. 5');
INSERT INTO place_citation (place_slug, source_slug, locator) VALUES ('nizhneleninskoye', 'zhang-2025-turn-to-the-east', '§2.2');
-- Vladivostok
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('vladivostok', 'Vladivostok', 'Владивосток', '符拉迪沃斯托克', 'RU', 'Primorsky Krai', 'CITY', 43.12, 131.89, 'Russia''s main Pacific port: the eastern outlet of the Longjiang belt via Suifenhe, where Gorbachev gave his 1986 Asia-Pacific speech, and a city some Chinese nationalist groups claim for China.', NULL);
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
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('komsomolsk-on-amur', 'Komsomolsk-on-Amur', 'Комсомольск-на-Амуре', '共青城', 'RU', 'Khabarovsk Krai', 'CITY', 50.55, 137.01, 'Industrial city on the lower Amur, on the river-sea route from Tongjiang to the sea in Song''s channel plan.', 'Editorial note: Song prints "Gongqingcheng", a transliteration of 共青城, the Chinese name of Komsomolsk-on-Amur.');
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
INSERT INTO place (slug, name_en, name_ru, name_zh, country, region, kind, latitude, longitude, summary, note) VALUES ('sakhalin', 'Sakhalin', 'Сахалин', '萨哈林岛（库页岛）', 'RU', 'Sakhalin Oblast', 'ISLAND', 50.5, 142.8, 'Oil and gas island of the Russian Far East, named in the seeds only through the Sakhalin Oil and Gas Company that Zhang proposes as a refining partner for Daqing.', NULL);
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
INSERT INTO actor (slug, name, kind, country, role) VALUES ('xi-jinping', 'Xi Jinping', 'PERSON', 'CN', 'President of China and party General Secretary. The seeds report his Silk Road initiative of autumn 2013 (Song), his video call with Joe Biden on 18 March 2022 (AsiaNews), his arrival in Moscow on 20 March 2023 (Heihe feature) and his description of Heilongjiang as a "pivotal" gateway (seed 001, 2023).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'song-2019-heilongjiang-russia', 'Introduction, para. 1');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'song-2019-heilongjiang-russia', 'Introduction, para. 4');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'asianews-2022-heilongjiang-siberia', 'para. 2');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'asianews-2022-heilongjiang-siberia', 'para. 8');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'deeper-economic-ties-2023', 'para. 8');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'heihe-border-feature-2023', 'photo caption');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('xi-jinping', 'heihe-border-feature-2023', 'para. 31');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('vladimir-putin', 'Vladimir Putin', 'PERSON', 'RU', 'President of Russia. Seed 001 (2023) reports that he would visit Beijing "next month", and Zhang (2025) that his 2024 visit to China included Harbin.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('vladimir-putin', 'deeper-economic-ties-2023', 'para. 2');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('vladimir-putin', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('joe-biden', 'Joe Biden', 'PERSON', NULL, 'President of the United States at the time of his video call with Xi Jinping on 18 March 2022 (AsiaNews). Country left empty: the atlas''s country list does not include the United States.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('joe-biden', 'asianews-2022-heilongjiang-siberia', 'para. 2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('wang-yi', 'Wang Yi', 'PERSON', 'CN', 'Called "China''s top diplomat" in seed 001, which reports his 2023 visit to Moscow for strategic talks.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('wang-yi', 'deeper-economic-ties-2023', 'para. 2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('wang-wentao', 'Wang Wentao', 'PERSON', 'CN', 'Chinese Minister of Commerce, who met the Russian minister of economic development in Beijing in 2023 and described the economic relationship as "solid" (seed 001).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('wang-wentao', 'deeper-economic-ties-2023', 'para. 2');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('wang-wentao', 'deeper-economic-ties-2023', 'para. 3');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('russian-minister-economic-development', 'Russian Minister of Economic Development (not named in the source)', 'PERSON', 'RU', 'The office-holder who met Wang Wentao in Beijing in 2023. Seed 001 gives only the office, not the name.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('russian-minister-economic-development', 'deeper-economic-ties-2023', 'para. 2');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('dmitry-chernyshenko', 'Dmitry Chernyshenko', 'PERSON', 'RU', 'Russian Deputy Prime Minister who accompanied Xi Jinping at the welcoming ceremony on his arrival in Moscow on 20 March 2023 (photo caption in the Heihe feature).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('dmitry-chernyshenko', 'heihe-border-feature-2023', 'photo caption');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('zhang-qingwei', 'Zhang Qingwei', 'PERSON', 'CN', 'Chinese chairman of the China-Russia Friendship, Peace and Development Committee, quoted by Song (2019) on local cooperation with Russia. Song also cites his 2017 Heilongjiang Daily article on "One Window and Four Districts".');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('zhang-qingwei', 'song-2019-heilongjiang-russia', 'Current state, para. 2');
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
INSERT INTO actor (slug, name, kind, country, role) VALUES ('chinese-government', 'Government of China', 'GOVERNMENT', 'CN', 'The Chinese state as the seeds present its positions: in 2023 it held that its partnership with Russia does not violate international norms (seed 001), and it links the Belt and Road Initiative with Russia''s Far East strategy (Zhang 2025).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-government', 'deeper-economic-ties-2023', 'para. 4');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-government', 'deeper-economic-ties-2023', 'para. 6');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-government', 'heihe-border-feature-2023', 'para. 15');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-government', 'zhang-2025-turn-to-the-east', '§2.3');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('russian-government', 'Government of Russia', 'GOVERNMENT', 'RU', 'The Russian state, which drafted Far East policy documents from 2007, turned to the East after the 2014 Ukraine crisis and created priority development territories (Zhang 2025). AsiaNews refers to it as "the Kremlin".');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('russian-government', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('russian-government', 'zhang-2025-turn-to-the-east', '§2.1');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('russian-government', 'asianews-2022-heilongjiang-siberia', 'standfirst');
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
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('china-russia-friendship-committee', 'song-2019-heilongjiang-russia', 'Current state, para. 2');
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
INSERT INTO actor (slug, name, kind, country, role) VALUES ('western-governments', 'Western governments (Washington and its European allies)', 'GROUP', NULL, 'The United States and its European allies, which in 2022 pressed Beijing to distance itself from Moscow''s war (AsiaNews) and whose disapproval and sanctions frame the 2023 reports (seed 001, Heihe feature).');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('western-governments', 'asianews-2022-heilongjiang-siberia', 'para. 3');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('western-governments', 'deeper-economic-ties-2023', 'para. 1');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('western-governments', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('western-governments', 'heihe-border-feature-2023', 'para. 16');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('western-governments', 'zhang-2025-turn-to-the-east', '§3.1');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('siberian-russians', 'Siberian Russians (Russian residents of the border regions)', 'GROUP', 'RU', 'Russian residents of Siberia and the Far East, who according to AsiaNews (2022) have often been concerned about the growing presence of Chinese migrants.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('siberian-russians', 'asianews-2022-heilongjiang-siberia', 'para. 12');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('chinese-nationalist-groups', 'Chinese nationalist groups', 'GROUP', 'CN', 'Groups that, according to AsiaNews (2022), claim parts of the Russian Far East, including Vladivostok, for China.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-nationalist-groups', 'asianews-2022-heilongjiang-siberia', 'standfirst');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('chinese-nationalist-groups', 'asianews-2022-heilongjiang-siberia', 'para. 13');
INSERT INTO actor (slug, name, kind, country, role) VALUES ('heihe-feature-outlet', 'Heihe border feature (outlet and reporter not printed)', 'ORGANIZATION', NULL, 'The unnamed outlet and reporting team behind the March 2023 feature from Heihe, whose own analysis the atlas records as the outlet''s assessment.');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heihe-feature-outlet', 'heihe-border-feature-2023', 'para. 15');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heihe-feature-outlet', 'heihe-border-feature-2023', 'para. 16');
INSERT INTO actor_citation (actor_slug, source_slug, locator) VALUES ('heihe-feature-outlet', 'heihe-border-feature-2023', 'para. 27');

-- ======================================================================
-- == Projects ==
-- ======================================================================
-- Project: Power of Siberia gas pipeline (China-Russia eastern route)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('power-of-siberia', 'Power of Siberia gas pipeline (China-Russia eastern route)', 'PIPELINE', 'OPERATIONAL', 'December 2024 (Zhang 2025)', NULL, 2019, 38, 'billion cubic metres per year', 'Maximum contractual supply level reached from 1 December 2024 (Zhang 2025, §2.2, printed as "daily gas supplies ... at 38 billion cubic meters"). Cumulative deliveries: more than 80 billion cubic metres by December 2024.', 'The eastern gas route from Russia to China, called Power of Siberia in Russia and the Sino-Russian East-line or eastern natural gas pipeline in China, enters China at Heihe. Song (2019) reports its preliminary work progressing and lists it twice in the province''s pipeline layout. Opened in 2019, it is the pipeline Heilongjiang''s party chief Xu Qin wanted "rapidly expanded" in March 2022 to make Heihe the gateway for trade with eastern Siberia (AsiaNews). The Heihe feature (2023) notes that China was buying more of this gas than ever, making up for much of the trade Russia had lost with Europe. According to Zhang (2025), citing the National Energy Administration, more than 80 billion cubic metres had been delivered by December 2024, and from 1 December 2024 Gazprom raised supplies ahead of schedule to the maximum contractual level of 38 billion cubic metres.', 'Editorial note: the seeds use several names for one project: "the Russian-Chinese pipeline inaugurated in 2019" (AsiaNews), "Power of Siberia 1" (Heihe feature), "Sino-Russian Eastern gas pipeline" and "Power of Siberia" (Zhang), and in Song''s Table 2 both "the Sino-Russian eastern natural gas transport pipeline from the Heihe River" and "the Sino-Russian East Line natural gas pipeline project". The atlas keeps one record. Zhang''s machine translation says "daily gas supplies ... at 38 billion cubic meters", 38 billion cubic metres is an annual volume, so the capacity is recorded as the annual contractual level with the printed wording kept here. The seeds name no Russian gas field or route, so the only places linked are Siberia, Heihe and the river. Its Chinese section at Heihe has its own record (heihe-gas-pipeline-domestic-section).');
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
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('heihe-gas-pipeline-domestic-section', 'East-line gas pipeline: Heihe domestic section control project', 'PIPELINE', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, 'The Chinese-side works of the Sino-Russian East-line natural gas pipeline at Heihe, which Song calls the "Heihe domestic control project". Song reports that more than half of it had been carried out. The seeds give no completion date for this section, the pipeline as a whole was commissioned in 2019 (see Power of Siberia).', 'Editorial note: a component of the Power of Siberia / East-line pipeline, kept as its own record because Song reports its progress separately. The status is as Song reports it and is probably out of date, since the whole pipeline was in service from 2019 (AsiaNews, Zhang). Song''s "more than a half" is a progress figure, not a capacity, and is recorded as a key figure only.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('heihe-gas-pipeline-domestic-section', 'energy');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('heihe-gas-pipeline-domestic-section', 0, 'heihe');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-gas-pipeline-domestic-section', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Sino-Russian crude oil pipeline (Mohe–Daqing)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('sino-russian-crude-oil-pipeline', 'Sino-Russian crude oil pipeline (Mohe–Daqing)', 'PIPELINE', 'OPERATIONAL', '2019 (Song 2019)', NULL, 2011, NULL, NULL, NULL, 'The crude oil pipeline from Russia that enters China at Mohe and runs to Daqing. Song (2019) credits its operation with restarting the growth of Heilongjiang''s trade with Russia in 2011, when the province''s imports from Russia jumped (Table 1), and lists the "Sino-Russian Mohe-Daqing oil transport pipeline" first in the province''s pipeline layout.', 'Editorial note: Song does not give an opening date, only that the pipeline was operating in 2011, which is recorded as the completion year. The Russian section is not described in the seeds.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('sino-russian-crude-oil-pipeline', 'energy');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('sino-russian-crude-oil-pipeline', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('sino-russian-crude-oil-pipeline', 0, 'mohe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('sino-russian-crude-oil-pipeline', 1, 'daqing');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('sino-russian-crude-oil-pipeline', 'song-2019-heilongjiang-russia', 'Current state, para. 1');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('sino-russian-crude-oil-pipeline', 'song-2019-heilongjiang-russia', 'Table 2, Pipeline Transport (item 1)');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('sino-russian-crude-oil-pipeline', 'song-2019-heilongjiang-russia', 'Table 1 (2011 row)');
-- Project: Sino-Russian crude oil pipeline, second line (Mohe–Daqing double line)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('crude-oil-pipeline-second-line', 'Sino-Russian crude oil pipeline, second line (Mohe–Daqing double line)', 'PIPELINE', 'APPROVED', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, 'A second line of the Sino-Russian crude oil pipeline. Song (2019) reports that its preliminary work was progressing smoothly and later that the National Development and Reform Commission had approved it. Table 2 lists both "the second-line project of Sino-Russian crude oil pipeline" and "the Mohe-Daqing double line".', 'Editorial note: the atlas treats the "second-line project" and the "Mohe-Daqing double line" of Table 2 as one project, because a second line doubling the Mohe–Daqing pipeline is what both names describe and the paper gives nothing to tell them apart. Song''s account rests partly on 2014–2015 sources, and the later seeds do not report on this line, so APPROVED is the last status on record, not necessarily the current one.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('crude-oil-pipeline-second-line', 'energy');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('crude-oil-pipeline-second-line', 0, 'mohe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('crude-oil-pipeline-second-line', 1, 'daqing');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('crude-oil-pipeline-second-line', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('crude-oil-pipeline-second-line', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('crude-oil-pipeline-second-line', 'song-2019-heilongjiang-russia', 'Table 2, Pipeline Transport (items 3 and 4)');
-- Project: Amur–Heihe border oil storage, transportation, refining and chemical complex
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('amur-heihe-oil-refining-complex', 'Amur–Heihe border oil storage, transportation, refining and chemical complex', 'REFINERY', 'APPROVED', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, 'A cross-border oil complex at Heihe combining storage, transport, refining and chemicals, which Song (2019) reports as approved under the Eastern Silk Road Belt. The paper gives no capacity, operator or timetable.', 'Editorial note: "Amur" in the printed name may mean Amur Oblast across the river or the river itself. The atlas links Amur Oblast as an editorial reading.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('amur-heihe-oil-refining-complex', 'energy');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('amur-heihe-oil-refining-complex', 'industry-technology');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('amur-heihe-oil-refining-complex', 0, 'amur-oblast');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('amur-heihe-oil-refining-complex', 1, 'heihe');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('amur-heihe-oil-refining-complex', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
-- Project: Transshipment oil complex at the Tongjiang–Nizhneleninskoye bridge
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('tongjiang-transshipment-oil-complex', 'Transshipment oil complex at the Tongjiang–Nizhneleninskoye bridge', 'OIL_TERMINAL', 'UNDER_CONSTRUCTION', '2023 (seed 001)', NULL, NULL, NULL, NULL, NULL, 'According to seed 001, China and Russia were jointly building a transshipment oil complex near the railway bridge between Nizhneleninskoye and Tongjiang in 2023, with the aim of steering Russia''s commodity exports away from Europe.', 'Editorial note: the report does not say on which bank the complex stands, what it handles or how large it is.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('tongjiang-transshipment-oil-complex', 'energy');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('tongjiang-transshipment-oil-complex', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-transshipment-oil-complex', 0, 'nizhneleninskoye');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-transshipment-oil-complex', 1, 'tongjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('tongjiang-transshipment-oil-complex', 'deeper-economic-ties-2023', 'para. 5');
-- Project: Heihe cross-border international transmission line
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('heihe-cross-border-transmission-line', 'Heihe cross-border international transmission line', 'TRANSMISSION_LINE', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, 'A power line across the border at Heihe, listed in the grid row of Song''s channel layout together with the Harbin–Tangshan line. No capacity or Russian end point is given.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. PLANNED records only that the item is part of the plan, not a finding that it was unbuilt in 2019.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('heihe-cross-border-transmission-line', 'energy');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('heihe-cross-border-transmission-line', 0, 'heihe');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-cross-border-transmission-line', 'song-2019-heilongjiang-russia', 'Table 2, Grid Transmission');
-- Project: Harbin–Tangshan transmission line
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('harbin-tangshan-transmission-line', 'Harbin–Tangshan transmission line', 'TRANSMISSION_LINE', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, 'A transmission line from Harbin to Tangshan in Hebei, listed in the grid row of Song''s channel layout after the Heihe cross-border line. Song gives no further detail.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. PLANNED records only that the item is part of the plan, not a finding that it was unbuilt in 2019. The row reads "the cross-border international transmission line in Heihe, the Sino-Russian border and the transmission line of Harbin-Tangshan", the Harbin–Tangshan line is domestic.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-tangshan-transmission-line', 'energy');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-tangshan-transmission-line', 0, 'harbin');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-tangshan-transmission-line', 1, 'tangshan');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-tangshan-transmission-line', 'song-2019-heilongjiang-russia', 'Table 2, Grid Transmission');
-- Project: Tongjiang–Nizhneleninskoye railway bridge
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('tongjiang-nizhneleninskoye-bridge', 'Tongjiang–Nizhneleninskoye railway bridge', 'BRIDGE', 'OPERATIONAL', 'June 2024 (Zhang 2025)', NULL, 2022, 6, 'million tonnes', 'Cumulative two-way cargo since opening, more than 6 million tons as of June 2024 (Zhang 2025, §2.2). A throughput, not a design capacity.', 'The first cross-border railway bridge between China and Russia, across the Amur between Tongjiang in Heilongjiang and Nizhneleninskoye in the Jewish Autonomous Oblast. Song (2019) reports its construction advancing smoothly under the Eastern Silk Road Belt. Zhang (2025) dates its commissioning to 2022 and reports more than 6 million tonnes of two-way cargo by June 2024. In 2023 a transshipment oil complex was being built next to it (seed 001).', 'Editorial note: Zhang''s machine translation calls it the "Tongjiang-Leninskoye Bridge", Song "the first cross-border Tongjiang Railway Bridge" and "the Sino-Russian Tongjiang Railway Bridge project". The Russian end is Nizhneleninskoye, as seed 001 says.');
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
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('heihe-blagoveshchensk-highway-bridge', 'Heihe–Blagoveshchensk highway bridge', 'BRIDGE', 'OPERATIONAL', '2024 (Zhang 2025)', NULL, NULL, 370, 'thousand tonnes per year', 'Cargo turnover "for the year", more than 370 thousand tons (Zhang 2025, §2.2). A throughput, not a design capacity.', 'A road bridge across the Amur between Heihe and Blagoveshchensk. Song (2019) reports preliminary work and then construction under way. Zhang (2025) gives its cargo turnover "for the year" as more than 370 thousand tonnes. The Heihe feature (2023) describes an "enormous bridge" near Heihe carrying the commodity trade and meets a Russian truck driver there.', 'Editorial note: Zhang does not say which year the 370 thousand tonnes refer to, the surrounding figures are of 2024. The Heihe feature does not name its bridge "further up the river". The atlas identifies it as this road bridge because the piece is set in Heihe and the truck driver lives across the river, which is Blagoveshchensk. Song''s Table 2 highway row also lists "the boundary river bridges (Heihe-Dongning-Luogu River)" without naming this bridge, that row is not cited here. The opening date is not in the seeds.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('heihe-blagoveshchensk-highway-bridge', 'corridors');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('heihe-blagoveshchensk-highway-bridge', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('heihe-blagoveshchensk-highway-bridge', 0, 'blagoveshchensk');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('heihe-blagoveshchensk-highway-bridge', 1, 'heihe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('heihe-blagoveshchensk-highway-bridge', 2, 'amur-river');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-blagoveshchensk-highway-bridge', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-blagoveshchensk-highway-bridge', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-blagoveshchensk-highway-bridge', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('heihe-blagoveshchensk-highway-bridge', 'heihe-border-feature-2023', 'para. 20 and para. 22 (bridge not named)');
-- Project: Russia–Northeast China grain corridor
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('grain-corridor', 'Russia–Northeast China grain corridor', 'TRANSPORT_CORRIDOR', 'UNDER_CONSTRUCTION', '2023 (seed 001)', NULL, NULL, NULL, NULL, NULL, 'Seed 001 reports that a grain corridor was being built in 2023 to tie the Russian side to China''s northeastern breadbasket, to support China''s food security and the two countries'' economic ties. The report also notes rising Chinese imports of Russian grain.', 'Editorial note: the report says the corridor links "Russia''s Heilongjiang" and China''s northeastern breadbasket. Heilongjiang is a Chinese province, so the Russian end is unclear. The atlas links the Russian Far East as the most likely reading. No route, capacity or operator is given.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('grain-corridor', 'agriculture');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('grain-corridor', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('grain-corridor', 0, 'russian-far-east');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('grain-corridor', 1, 'northeast-china');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('grain-corridor', 'deeper-economic-ties-2023', 'para. 7');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('grain-corridor', 'deeper-economic-ties-2023', 'para. 3');
-- Project: Binhai No. 1 international transport corridor (Primorye-1)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('binhai-1-corridor', 'Binhai No. 1 international transport corridor (Primorye-1)', 'TRANSPORT_CORRIDOR', 'UNDER_CONSTRUCTION', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, 'One of two international transport corridors whose construction, according to Zhang (2025), both sides are actively promoting. Zhang gives no route or figures.', 'Editorial note: Binhai (滨海) is the Chinese name of Primorye, so these are the corridors known in Russia as Primorye-1 and Primorye-2. The seed gives no route, so no places are linked. "Actively promoting the construction" is recorded as under construction.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('binhai-1-corridor', 'corridors');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('binhai-1-corridor', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
-- Project: Binhai No. 2 international transport corridor (Primorye-2)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('binhai-2-corridor', 'Binhai No. 2 international transport corridor (Primorye-2)', 'TRANSPORT_CORRIDOR', 'UNDER_CONSTRUCTION', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, 'The second of the two international transport corridors whose construction, according to Zhang (2025), both sides are actively promoting. Zhang gives no route or figures.', 'Editorial note: see Binhai No. 1: Binhai (滨海) is the Chinese name of Primorye. No route is given, so no places are linked.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('binhai-2-corridor', 'corridors');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('binhai-2-corridor', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
-- Project: Harbin–Russia–Europe railway (China-Europe trains to Warsaw)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('harbin-russia-europe-railway', 'Harbin–Russia–Europe railway (China-Europe trains to Warsaw)', 'RAILWAY', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, 1.3, 'trains per day', 'Average frequency of the China-Europe trains to Warsaw, journey 13 days (Song 2019).', 'Building a cross-border transport system for the Harbin–Russia–Europe railway was the first aim of the Eastern Silk Road Belt. Song reports China-Europe trains running directly to Warsaw, on average 1.3 trains a day, with the whole journey taking 13 days. The Longjiang belt''s motto "West to Europe, East to the Sea" calls for cargo and passenger trains running straight to the European hinterland.', 'Editorial note: Song does not say that the Warsaw trains start in Harbin. The atlas joins the two passages because both describe the province''s rail link to Europe. Route through Russia not given.');
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
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('vladivostok-rail-rerouting', 'Rail route via Vladivostok for cargo to the Pearl River Delta', 'TRANSPORT_CORRIDOR', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, 'Goods that used to be shipped to the Pearl River Delta through the port of Dalian were, according to Song, being carried by rail to Vladivostok instead, saving nearly one week and cutting costs by about 20%. This is the eastern land-sea outlet that the Longjiang belt plans via Suifenhe.', 'Editorial note: Song does not name the origin of the goods or the sea leg after Vladivostok. Heilongjiang is linked as the implied origin, Dalian as the former route.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('vladivostok-rail-rerouting', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-rail-rerouting', 0, 'heilongjiang');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-rail-rerouting', 1, 'pearl-river-delta');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-rail-rerouting', 2, 'vladivostok');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-rail-rerouting', 3, 'dalian');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('vladivostok-rail-rerouting', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('vladivostok-rail-rerouting', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
-- Project: Sea route Guangzhou–Shanghai–Busan–Niigata–Vladivostok–Nakhodka–Vostochny
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('northeast-asia-sea-route', 'Sea route Guangzhou–Shanghai–Busan–Niigata–Vladivostok–Nakhodka–Vostochny', 'TRANSPORT_CORRIDOR', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, 'The sea leg of the "Land and Sea Transport" channel in Song''s layout: Chinese ports Guangzhou, Ningbo and Shanghai, South Korea''s Busan and Japan''s Niigata, and the Russian Far East ports of Vladivostok, Nakhodka and "Dongfang" (Vostochny).', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. PLANNED records only that the item is part of the plan, not a finding that it was unbuilt in 2019. "Dongfang" is read as Vostochny (东方港), see the place record.');
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
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 'Railway line Vladivostok ports–Suifenhe–Manzhouli–Trans-Siberian–Hamburg and Rotterdam', 'RAILWAY', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, 'A land bridge in Song''s channel layout: from Vladivostok''s ports through Suifenhe and Manzhouli to the Trans-Siberian Railway and on to the Baltic and the ports of Hamburg and Rotterdam. It is the second of the "four main railway lines" and also appears as the land leg of the "Land and Sea Transport" row.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. PLANNED records only that the item is part of the plan, not a finding that it was unbuilt in 2019. Table 2 lists this channel twice, as the land part of "Land and Sea Transport" ("Suifenhe-Manchuria- Baikal-the Russian Siberian Railway and west to the Baltic coast and the ports of Hamburg and Rotterdam") and as railway line 2, so the atlas keeps one record. "Baikal" there is unexplained, it may stand for Zabaikalsk, the Russian station opposite Manzhouli, or for the Baikal region.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 0, 'vladivostok');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 3, 'hamburg');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 4, 'rotterdam');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 1, 'suifenhe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 2, 'manzhouli');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport (line 2)');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('vladivostok-suifenhe-manzhouli-railway-line', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Project: Railway line Dalian Port–Tongjiang–Trans-Siberian and Baikal–Amur railways
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('dalian-tongjiang-railway-line', 'Railway line Dalian Port–Tongjiang–Trans-Siberian and Baikal–Amur railways', 'RAILWAY', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, 'The first of the "four main railway lines" in Song''s channel layout, running from the port of Dalian through Tongjiang, where the railway bridge crosses to Russia, to the Trans-Siberian Railway and the "Beia Railway".', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. PLANNED records only that the item is part of the plan, not a finding that it was unbuilt in 2019. "Beia Railway" is read as the Baikal–Amur Mainline, see that record.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('dalian-tongjiang-railway-line', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('dalian-tongjiang-railway-line', 0, 'dalian');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('dalian-tongjiang-railway-line', 1, 'tongjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('dalian-tongjiang-railway-line', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport (line 1)');
-- Project: Railway line Blagoveshchensk–Trans-Siberian and Baikal–Amur railways
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('blagoveshchensk-railway-line', 'Railway line Blagoveshchensk–Trans-Siberian and Baikal–Amur railways', 'RAILWAY', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, 'The third of the "four main railway lines" in Song''s channel layout, linking Blagoveshchensk with the Trans-Siberian Railway and the "Beia Railway".', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. PLANNED records only that the item is part of the plan, not a finding that it was unbuilt in 2019. The table prints "Blabovichsk", read as Blagoveshchensk.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('blagoveshchensk-railway-line', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('blagoveshchensk-railway-line', 0, 'blagoveshchensk');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('blagoveshchensk-railway-line', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport (line 3)');
-- Project: Border ports railway line Laoheishan–Mohe
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('border-ports-railway-line', 'Border ports railway line Laoheishan–Mohe', 'RAILWAY', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, 'The fourth of the "four main railway lines" in Song''s channel layout: a chain of border ports from Laoheishan through Dongning, Suifenhe, Hulin, Raohe, Fuyuan, Tongjiang, Mingshan, Xunke and Heihe to Mohe, connecting to the Trans-Siberian Railway and the "Beia Railway".', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. PLANNED records only that the item is part of the plan, not a finding that it was unbuilt in 2019. "Mingshan" is read as the Mingshan port in Luobei County, see the place record.');
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
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('tongjiang-khabarovsk-river-sea-route', 'River-sea route Tongjiang–Khabarovsk–Komsomolsk-on-Amur–the Strait', 'TRANSPORT_CORRIDOR', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, 'A waterway in Song''s channel layout from Tongjiang Port down the Heilongjiang (Amur) past Khabarovsk and "Gongqingcheng" (Komsomolsk-on-Amur) to "the Strait". The same row names Harbin and Jiamusi as hub river ports and Heihe and Fuyuan as nodes.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. PLANNED records only that the item is part of the plan, not a finding that it was unbuilt in 2019. "The Strait" is not named, probably the Tatar Strait at the mouth of the Amur. The row also lists "Fuyuan Port-Qianfu Railway-the Yujita Gangyuan Economic Zon-Yujita Deepwater Port Area", which the atlas does not model: "Qianfu" may be the Qianjin–Fuyuan railway and "Yujita" a garbled name of a Fuyuan port area, neither can be identified with confidence.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('tongjiang-khabarovsk-river-sea-route', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-khabarovsk-river-sea-route', 0, 'tongjiang');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-khabarovsk-river-sea-route', 2, 'komsomolsk-on-amur');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-khabarovsk-river-sea-route', 1, 'khabarovsk');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('tongjiang-khabarovsk-river-sea-route', 3, 'amur-river');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('tongjiang-khabarovsk-river-sea-route', 'song-2019-heilongjiang-russia', 'Table 2, Water Transport');
-- Project: Border highway Mohe–Dongning
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('mohe-dongning-border-highway', 'Border highway Mohe–Dongning', 'ROAD', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, 'First- and second-class highways along the border from Mohe in the north to Dongning in the south-east, listed in the highway row of Song''s channel layout.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. PLANNED records only that the item is part of the plan, not a finding that it was unbuilt in 2019. The same row lists local expressways around Harbin and the Suihua–Daqing, "Harbin-Wuyuan" and Shuangyashan–Baoqing roads, which the atlas does not model as projects ("Wuyuan" cannot be identified). Suihua, Shuangyashan and Baoqing are recorded as places.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('mohe-dongning-border-highway', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('mohe-dongning-border-highway', 0, 'mohe');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('mohe-dongning-border-highway', 1, 'dongning');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('mohe-dongning-border-highway', 'song-2019-heilongjiang-russia', 'Table 2, Highway Transport');
-- Project: Harbin air routes and cargo charters to Russia
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('harbin-russia-air-routes', 'Harbin air routes and cargo charters to Russia', 'AIR_ROUTE', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, 3, 'new air routes to Russia', 'New routes opened by Harbin Airport (Song 2019), not a capacity.', 'Harbin Taiping International Airport is the hub of the province''s aviation layout (China–Russia–Central Europe–North America). Song reports three new routes to Russia, Sino-Russian cargo charter flights to Yekaterinburg, and Harbin''s dominance of Russian e-commerce cargo. Mixed passenger-and-cargo routes carried 40% of Russian e-commerce parcel exports.', 'Editorial note: Song does not say that the "mixed passenger and cargo routes" carrying 40% of Russian e-commerce parcels are air routes, the atlas links the figure here as the most likely reading. The regional airports of Table 2 (Qiqihar, Mudanjiang, Jiamusi, Heihe, Mohe, Fuyuan) are noted on their places.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-russia-air-routes', 'corridors');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-russia-air-routes', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-russia-air-routes', 1, 'harbin-taiping-airport');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-russia-air-routes', 2, 'yekaterinburg');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-russia-air-routes', 0, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-russia-air-routes', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-russia-air-routes', 'song-2019-heilongjiang-russia', 'Table 2, Aviation Transport');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-russia-air-routes', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Bear Island highway passenger port
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('bear-island-highway-passenger-port', 'Bear Island highway passenger port', 'PORT', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, 'A road passenger crossing on "Bear Island" whose construction, Song reports, was being actively promoted along with the Tongjiang and Heihe bridges.', 'Editorial note: Song gives no location. Bear Island is read as Heixiazi (Bolshoy Ussuriysky) Island near Fuyuan and Khabarovsk, an editorial identification, see the place record.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('bear-island-highway-passenger-port', 'corridors');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('bear-island-highway-passenger-port', 'people-culture');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('bear-island-highway-passenger-port', 0, 'bear-island');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('bear-island-highway-passenger-port', 1, 'fuyuan');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('bear-island-highway-passenger-port', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Harbin–Mudanjiang express railway
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('harbin-mudanjiang-express-railway', 'Harbin–Mudanjiang express railway', 'RAILWAY', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, 'A fast domestic railway from Harbin towards the Suifenhe border crossing, which Song reports as "about to be completed".', 'Editorial note: Song gives no completion date, and the later seeds do not mention the line.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-mudanjiang-express-railway', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-mudanjiang-express-railway', 0, 'harbin');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-mudanjiang-express-railway', 1, 'mudanjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-mudanjiang-express-railway', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Harbin–Jiamusi express railway
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('harbin-jiamusi-express-railway', 'Harbin–Jiamusi express railway', 'RAILWAY', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, 'A fast domestic railway from Harbin north-east to Jiamusi, which Song reports as "about to be completed".', 'Editorial note: Song gives no completion date, and the later seeds do not mention the line.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-jiamusi-express-railway', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-jiamusi-express-railway', 0, 'harbin');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-jiamusi-express-railway', 1, 'jiamusi');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-jiamusi-express-railway', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Trans-Siberian Railway
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('trans-siberian-railway', 'Trans-Siberian Railway', 'RAILWAY', 'OPERATIONAL', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, 'Russia''s main east-west trunk line. Song''s channel layout connects all four main railway lines from Heilongjiang to it ("the Russian Siberian Railway"). Zhang (2025) reports congestion of up to 95% and cargo delays of more than 20 days.', 'Editorial note: a Russian national line rather than a cross-border project, included because the seeds route the cross-border channels onto it and measure its bottlenecks. Song calls it "the Russian Siberian Railway" or "the Siberian Railway".');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('trans-siberian-railway', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('trans-siberian-railway', 0, 'siberia');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('trans-siberian-railway', 1, 'russian-far-east');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('trans-siberian-railway', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('trans-siberian-railway', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 1');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('trans-siberian-railway', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('trans-siberian-railway', 'song-2019-heilongjiang-russia', 'Table 2, Land and Sea Transport');
-- Project: Baikal–Amur Mainline ("Beia Railway")
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('baikal-amur-mainline', 'Baikal–Amur Mainline ("Beia Railway")', 'RAILWAY', 'OPERATIONAL', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, 'Russian railway that Song''s channel layout names, as the "Beia Railway", as a destination of three of the four main railway lines from Heilongjiang, alongside the Trans-Siberian.', 'Editorial note: "Beia Railway" is read as the Baikal–Amur Mainline (BAM, in Chinese 贝阿铁路, Bei-A), an editorial identification. Status OPERATIONAL reflects the line itself, which Song treats as existing.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('baikal-amur-mainline', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('baikal-amur-mainline', 0, 'siberia');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('baikal-amur-mainline', 1, 'russian-far-east');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('baikal-amur-mainline', 'song-2019-heilongjiang-russia', 'Table 2, Railway Transport');
-- Project: Arctic Europe-Asia optical cable backbone (Murmansk–Vladivostok–Suifenhe–Harbin)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('arctic-eurasian-optical-cable', 'Arctic Europe-Asia optical cable backbone (Murmansk–Vladivostok–Suifenhe–Harbin)', 'CABLE', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, 'An optical cable backbone in Song''s channel layout running from Murmansk along the Arctic Ocean and through the Bering Strait, then from Vladivostok via Suifenhe to Harbin.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. PLANNED records only that the item is part of the plan, not a finding that it was unbuilt in 2019. Song prints "the Arctic Circle Europe-Asian optical cable communication backbone network".');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('arctic-eurasian-optical-cable', 'industry-technology');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('arctic-eurasian-optical-cable', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('arctic-eurasian-optical-cable', 0, 'murmansk');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('arctic-eurasian-optical-cable', 3, 'harbin');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('arctic-eurasian-optical-cable', 1, 'vladivostok');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('arctic-eurasian-optical-cable', 2, 'suifenhe');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('arctic-eurasian-optical-cable', 'song-2019-heilongjiang-russia', 'Table 2, Cable Communication');
-- Project: International Communication Gateway Bureau, Harbin
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('harbin-international-communication-gateway', 'International Communication Gateway Bureau, Harbin', 'CABLE', 'PLANNED', '2019 (Song 2019, Table 2)', NULL, NULL, NULL, NULL, NULL, 'An international telecommunications gateway in Harbin, listed first in the cable row of Song''s channel layout.', 'Editorial note: Table 2 of Song (2019) is a channel layout plan and gives no status for its entries. PLANNED records only that the item is part of the plan, not a finding that it was unbuilt in 2019.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-international-communication-gateway', 'industry-technology');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-international-communication-gateway', 0, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-international-communication-gateway', 'song-2019-heilongjiang-russia', 'Table 2, Cable Communication');
-- Project: Belt and Road Initiative (Silk Road Economic Belt and 21st Century Maritime Silk Road)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('belt-and-road-initiative', 'Belt and Road Initiative (Silk Road Economic Belt and 21st Century Maritime Silk Road)', 'STRATEGY', 'OPERATIONAL', '2025 (Zhang 2025)', 2013, NULL, NULL, NULL, NULL, 'China''s plan presented by Xi Jinping in autumn 2013 (Song). Heilongjiang joined it in the five years before 2019 through the Eastern and Longjiang belts and the China-Mongolia-Russia Economic Corridor. AsiaNews (2022) notes that developing Siberia would boost it via the Arctic route, and Zhang (2025) says China links it with Russia''s "Greater Eurasian Partnership" and Far East strategy. Song recommends linking it with the Eurasian Economic Union.', 'Editorial note: a national strategy rather than a single project, included as the frame of the provincial projects.');
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
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('turn-to-the-east', 'Russia''s "turn to the East" policy', 'STRATEGY', 'OPERATIONAL', '2025 (Zhang 2025)', 2014, NULL, NULL, NULL, NULL, 'Russia''s strategy, described by Zhang (2025), of strengthening political, economic and cultural ties with the Asia-Pacific to overcome economic difficulties and diplomatic isolation after the 2014 Ukraine crisis. After 2022 it became Russia''s main search for new growth, with the Far East development a national priority, foreign investment attracted through priority development territories and a goal of Far East GDP growth 2 percentage points above the national average by 2030.', 'Editorial note: a national policy rather than a single project, included because Zhang frames all cooperation through it.');
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
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('priority-development-territories', 'Priority development territories (Russian Far East)', 'PROGRAMME', 'OPERATIONAL', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, 'Russian special zones created by law to attract foreign investment into the Far East (Zhang 2025). Zhang notes that despite them the region''s infrastructure still lags behind.', 'Editorial note: the seeds name no individual territory.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('priority-development-territories', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('priority-development-territories', 0, 'russian-far-east');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('priority-development-territories', 'zhang-2025-turn-to-the-east', '§2.1, citing ref. [9]');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('priority-development-territories', 'zhang-2025-turn-to-the-east', '§3.1');
-- Project: Eastern Land-Sea Silk Road Economic Belt
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('eastern-silk-road-belt', 'Eastern Land-Sea Silk Road Economic Belt', 'STRATEGY', 'OPERATIONAL', '2019 (Song 2019)', 2014, NULL, NULL, NULL, NULL, 'A provincial strategy of Heilongjiang, implemented from 2014 and tied to the Belt and Road Initiative. Its aims were a cross-border transport system for the Harbin–Russia–Europe railway, better infrastructure links, service facilities, energy cooperation and cross-border industrial parks and chains. Song lists its results: provincial investment in Russia of 1 billion US dollars (up 20%), ties between 10 provincial and 24 Russian commercial banks, the China-Russia Expo, 13 tourism port areas and 8 visa-issuing crossings, progress on the pipelines and bridges, six projects in Russia by Longxing and LongMay, and foreign capital used of more than 5 billion US dollars.', 'Editorial note: the results rest on 2014–2015 sources (ref. [13] is the 2014 statistical communiqué, footnote 2 a 2015 web page), so they probably describe the first year or two of the belt. Song says the project "was implemented in 2014", recorded as the start year.');
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
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('longjiang-silk-road-belt', 'Longjiang (Heilongjiang) Land-Sea Silk Road Economic Belt', 'STRATEGY', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', 2014, NULL, NULL, NULL, NULL, 'The province''s second belt, first announced by the provincial Party economic conference in December 2014 and connected to the China-Mongolia-Russia Economic Corridor. Harbin is its centre. It runs east via Suifenhe to Vladivostok, south via Dalian to the Bohai Sea and the Yangtze and Pearl River deltas, west via Manzhouli to Chita and the Eurasian land bridge, and north via Heihe and Mohe to the Trans-Siberian, under the motto "West to Europe, East to the Sea". Its channel plan (Table 2) and industrial plan (Table 3: one core, four belts, one ring of border towns, six cross-border industrial clusters) are recorded in the related projects and places.', 'Editorial note: Song writes both of accelerating its construction and of the "successful realization" of the two belts (para. 5), the atlas records it as under construction. Since 2015 the province has planned to be its core area (para. 3, where "Longjiang Province" is a slip for Heilongjiang).');
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
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('china-mongolia-russia-economic-corridor', 'China-Mongolia-Russia Economic Corridor', 'TRANSPORT_CORRIDOR', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, 'One of the Belt and Road economic corridors, in whose construction Heilongjiang has taken part in the five years before 2019. Song names it as the anchor of the province''s strategic priorities, and the Longjiang belt connects to it.', 'Editorial note: Song gives no route or figures for the corridor itself.');
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
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('china-russia-expo', 'China-Russia Expo', 'EXPO', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, 'The Harbin International Economic and Trade Fair was upgraded to the China-Russia Expo. At the first Expo, Song reports, trade contracts worth 3.15 billion US dollars were signed, plus 260 economic cooperation agreements involving 68.3 billion yuan. The Expo draws guests from nearly 100 countries and regions.', 'Editorial note: the year of the first Expo is not given. Song does not say where it is held, Harbin is linked because the Expo grew out of the Harbin fair.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('china-russia-expo', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('china-russia-expo', 0, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('china-russia-expo', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('china-russia-expo', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Harbin Comprehensive Bonded Zone
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('harbin-comprehensive-bonded-zone', 'Harbin Comprehensive Bonded Zone', 'TRADE_ZONE', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, 'A customs-bonded zone in Harbin that Song reports as officially launched, part of the province''s rise as a Northeast Asian trade hub.', 'Editorial note: no launch date is given.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-comprehensive-bonded-zone', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-comprehensive-bonded-zone', 0, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-comprehensive-bonded-zone', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: Harbin railway container centre station
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('harbin-railway-container-centre-station', 'Harbin railway container centre station', 'RAILWAY', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, 'A railway container centre station that Song reports as put into use, in the same sentence as the Harbin Comprehensive Bonded Zone.', 'Editorial note: Song does not name its city. Harbin is inferred from the sentence it shares with the Harbin bonded zone.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-railway-container-centre-station', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-railway-container-centre-station', 0, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-railway-container-centre-station', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
-- Project: "One Window and Four Districts"
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('one-window-four-districts', '"One Window and Four Districts"', 'PROGRAMME', 'PROPOSED', '2019 (Song 2019)', 2017, NULL, NULL, NULL, NULL, 'A programme that Heilongjiang proposed in April 2017 after the two Silk Road belts, meant to open "yet another window" between China and the North. It includes building the Sino-Russian Free Trade Area.', 'Editorial note: Song names neither the window nor the four districts beyond the free trade area. The references are articles by Zhang Qingwei in the Heilongjiang Daily (2017).');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('one-window-four-districts', 'trade-investment');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('one-window-four-districts', 'corridors');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('one-window-four-districts', 0, 'heilongjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('one-window-four-districts', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 5, citing ref. [17]');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('one-window-four-districts', 'song-2019-heilongjiang-russia', 'References [8], [17]');
-- Project: Sino-Russian Free Trade Area
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('sino-russian-free-trade-area', 'Sino-Russian Free Trade Area', 'TRADE_ZONE', 'PROPOSED', '2019 (Song 2019)', NULL, NULL, NULL, NULL, NULL, 'A free trade area with Russia that forms part of "One Window and Four Districts" (April 2017). In its conclusion Song recommends using Russia''s Far East development strategy to open negotiations on a Sino-Russian free trade zone.', 'Editorial note: Song calls it "Sino-Russian Free Trade Area" (para. 5), "free cross-border trade zone" (Abstract) and "Sino-Russian free trade zone" (Conclusion), taken here as one proposal.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('sino-russian-free-trade-area', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('sino-russian-free-trade-area', 0, 'china');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('sino-russian-free-trade-area', 1, 'russia');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('sino-russian-free-trade-area', 2, 'heilongjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('sino-russian-free-trade-area', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 5');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('sino-russian-free-trade-area', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('sino-russian-free-trade-area', 'song-2019-heilongjiang-russia', 'Abstract');
-- Project: Harbin Free Trade Zone
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('harbin-free-trade-zone', 'Harbin Free Trade Zone', 'TRADE_ZONE', 'OPERATIONAL', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, 'A free trade zone in Harbin whose experience, together with the Digital Economy Demonstration Zone, Zhang (2025) wants to use for a jointly built blockchain platform for cross-border trade.', 'Editorial note: Zhang gives no opening date or scope.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-free-trade-zone', 'trade-investment');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('harbin-free-trade-zone', 'industry-technology');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('harbin-free-trade-zone', 0, 'harbin');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('harbin-free-trade-zone', 'zhang-2025-turn-to-the-east', '§3.2');
-- Project: Digital Economy Demonstration Zone
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('digital-economy-demonstration-zone', 'Digital Economy Demonstration Zone', 'TRADE_ZONE', 'OPERATIONAL', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, 'A zone whose experience in the digital economy Zhang (2025) cites, with the Harbin Free Trade Zone, as the basis for a cross-border blockchain trade platform.', 'Editorial note: Zhang does not say where the zone is, only that it sits alongside the Harbin Free Trade Zone. Heilongjiang is linked as the likely province.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('digital-economy-demonstration-zone', 'industry-technology');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('digital-economy-demonstration-zone', 0, 'heilongjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('digital-economy-demonstration-zone', 'zhang-2025-turn-to-the-east', '§3.2');
-- Project: Longxing Group and LongMay Group projects in Russia
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('longxing-longmay-russia-projects', 'Longxing Group and LongMay Group projects in Russia', 'PROGRAMME', 'UNDER_CONSTRUCTION', '2019 (Song 2019)', NULL, NULL, 6, 'projects', 'Number of projects started in Russia (Song 2019).', 'Song reports that the Longxing Group and the LongMay Group had started building six projects in Russia under the Eastern Silk Road Belt. The projects are not described.', 'Editorial note: the seed does not say what, or where in Russia, the six projects are.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('longxing-longmay-russia-projects', 'industry-technology');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('longxing-longmay-russia-projects', 'trade-investment');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('longxing-longmay-russia-projects', 0, 'russia');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('longxing-longmay-russia-projects', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
-- Project: Cross-border tourism port areas and visa-issuing crossings
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('cross-border-tourism-port-areas', 'Cross-border tourism port areas and visa-issuing crossings', 'PROGRAMME', 'OPERATIONAL', '2019 (Song 2019)', NULL, NULL, 13, 'port areas opened for cross-border tourism', 'Count, not capacity, plus 8 visa-issuing crossing points (Song 2019).', 'Under the Eastern Silk Road Belt, Song reports, 13 port areas were opened for cross-border tourism and the number of border crossing points issuing visas rose to eight.', 'Editorial note: the ports are not named.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('cross-border-tourism-port-areas', 'people-culture');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('cross-border-tourism-port-areas', 0, 'heilongjiang');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('cross-border-tourism-port-areas', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
-- Project: University exchanges between Northeast China and the Russian Far East
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('northeast-far-east-university-exchanges', 'University exchanges between Northeast China and the Russian Far East', 'PROGRAMME', 'OPERATIONAL', '2025 (Zhang 2025)', NULL, NULL, NULL, NULL, NULL, 'Zhang (2025) describes a wide range of exchange programmes between universities of Northeast China and the Russian Far East, including the Chinese-Russian Cultural Year, cultural performances, student exchanges, faculty visits and joint research.', 'Editorial note: Zhang names no university, programme or year.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('northeast-far-east-university-exchanges', 'people-culture');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('northeast-far-east-university-exchanges', 0, 'northeast-china');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('northeast-far-east-university-exchanges', 1, 'russian-far-east');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('northeast-far-east-university-exchanges', 'zhang-2025-turn-to-the-east', '§2.2');
-- Project: Anshan Metallurgical Company (Soviet-aided)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('anshan-metallurgical-company', 'Anshan Metallurgical Company (Soviet-aided)', 'INDUSTRIAL_PARK', 'OPERATIONAL', 'after the founding of the PRC (Zhang 2025, historical)', NULL, NULL, NULL, NULL, NULL, 'One of the industrial works the Soviet Union helped to build in Northeast China after the founding of the People''s Republic, when the Northeast was the industrial base of the new China (Zhang 2025).', 'Editorial note: the project kinds have no category for a single plant, INDUSTRIAL_PARK is the nearest. The status reflects the plant being built, the seeds say nothing about it today.');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('anshan-metallurgical-company', 'history');
INSERT INTO project_theme (project_slug, theme_slug) VALUES ('anshan-metallurgical-company', 'industry-technology');
INSERT INTO project_place (project_slug, seq, place_slug) VALUES ('anshan-metallurgical-company', 0, 'anshan');
INSERT INTO project_citation (project_slug, source_slug, locator) VALUES ('anshan-metallurgical-company', 'zhang-2025-turn-to-the-east', '§I');
-- Project: First Automobile Plant, Changchun (Soviet-aided)
INSERT INTO project (slug, name, kind, status, status_as_of, start_year, completion_year, capacity, capacity_unit, capacity_note, summary, note) VALUES ('first-automobile-plant-changchun', 'First Automobile Plant, Changchun (Soviet-aided)', 'INDUSTRIAL_PARK', 'OPERATIONAL', 'after the founding of the PRC (Zhang 2025, historical)', NULL, NULL, NULL, NULL, NULL, 'The First Automobile Plant in Changchun, another of the works the Soviet Union helped to build in Northeast China after the founding of the People''s Republic (Zhang 2025).', 'Editorial note: the project kinds have no category for a single plant, INDUSTRIAL_PARK is the nearest. The status reflects the plant being built, the seeds say nothing about it today.');
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
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('aigun-and-beijing-treaties', 'Aigun and Beijing treaties between tsarist Russia and the Qing', 'TREATY', 1850, NULL, NULL, 'CENTURY', 'From the middle of the 19th century, Zhang writes, tsarist Russia signed the Aigun and Beijing treaties with the Qing government of China. The treaties changed territorial sovereignty and gave the Northeast–Far East region a new political geography. AsiaNews (2022) reports that some Chinese nationalist groups still regard parts of the Far East, Vladivostok among them, as unjustly taken by Moscow in the mid-1800s.', 'Editorial note: the machine translation prints "Aigong" for Aigun. The paper dates the treaties only as "since the middle of the 19th century", so the timeline shows the mid-19th century. The Beijing treaty has its own entry, dated 1860 by the title of Zhang''s ref. [3].');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('aigun-and-beijing-treaties', 'history');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('aigun-and-beijing-treaties', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('aigun-and-beijing-treaties', 'amur-river');
INSERT INTO event_place (event_slug, place_slug) VALUES ('aigun-and-beijing-treaties', 'russian-far-east');
INSERT INTO event_place (event_slug, place_slug) VALUES ('aigun-and-beijing-treaties', 'northeast-china');
INSERT INTO event_place (event_slug, place_slug) VALUES ('aigun-and-beijing-treaties', 'vladivostok');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('aigun-and-beijing-treaties', 'qing-government');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('aigun-and-beijing-treaties', 'tsarist-russia');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('aigun-and-beijing-treaties', 'zhang-2025-turn-to-the-east', '§I, citing refs. [3], [4, p. 140]');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('aigun-and-beijing-treaties', 'asianews-2022-heilongjiang-siberia', 'para. 13 (territory "taken by Moscow in the mid-1800s", treaties not named)');
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
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('heilongjiang-trade-level-2007', 'song-2019-heilongjiang-russia', 'Current state, para. 1');
-- Event: Heilongjiang–Russia trade falls sharply in the financial crisis
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('trade-fall-2009', 'Heilongjiang–Russia trade falls sharply in the financial crisis', 'MILESTONE', 2009, NULL, NULL, 'YEAR', 'In 2009, Song writes, the financial crisis made the province''s trade with Russia fall sharply. Table 1 shows the total roughly halving from 2008 to 2009.', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('trade-fall-2009', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('trade-fall-2009', 'heilongjiang');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('trade-fall-2009', 'song-2019-heilongjiang-russia', 'Current state, para. 1');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('trade-fall-2009', 'song-2019-heilongjiang-russia', 'Table 1 (2009 row)');
-- Event: Sino-Russian crude oil pipeline in operation, trade grows again
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('crude-oil-pipeline-operation-2011', 'Sino-Russian crude oil pipeline in operation, trade grows again', 'COMMISSIONING', 2011, NULL, NULL, 'YEAR', 'In 2011 Heilongjiang''s trade with Russia started to grow again thanks to the operation of the Sino-Russian crude oil pipeline (Song 2019). Table 1 shows the province''s imports from Russia rising steeply that year.', 'Editorial note: Song gives no opening date, only that the pipeline''s operation drove the 2011 recovery.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('crude-oil-pipeline-operation-2011', 'energy');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('crude-oil-pipeline-operation-2011', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('crude-oil-pipeline-operation-2011', 'mohe');
INSERT INTO event_place (event_slug, place_slug) VALUES ('crude-oil-pipeline-operation-2011', 'daqing');
INSERT INTO event_project (event_slug, project_slug) VALUES ('crude-oil-pipeline-operation-2011', 'sino-russian-crude-oil-pipeline');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('crude-oil-pipeline-operation-2011', 'song-2019-heilongjiang-russia', 'Current state, para. 1');
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
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('heilongjiang-russia-trade-decline-2016', 'Heilongjiang''s trade with Russia hits bottom', 'MILESTONE', 2016, NULL, NULL, 'YEAR', 'Song''s conclusion speaks of a dramatic decline in the province''s trade with Russia in 2016, followed by improvement as both sides worked on channel building and cargo transport.', 'Editorial note: Table 1 shows the steepest fall in 2015 (-53.4%) and a further fall in 2016 (-15.3%), when the total was the lowest of the decade. The conclusion''s "dramatic decline in trade with Russia in 2016" is kept as printed.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('heilongjiang-russia-trade-decline-2016', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('heilongjiang-russia-trade-decline-2016', 'heilongjiang');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('heilongjiang-russia-trade-decline-2016', 'song-2019-heilongjiang-russia', 'Conclusion, para. 2');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('heilongjiang-russia-trade-decline-2016', 'song-2019-heilongjiang-russia', 'Table 1 (2015 and 2016 rows)');
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
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('local-cooperation-years-2018-2019', 'song-2019-heilongjiang-russia', 'Current state, para. 2');
-- Event: China–Russia trade passes 100 billion US dollars
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('china-russia-trade-100bn-2018', 'China–Russia trade passes 100 billion US dollars', 'MILESTONE', 2018, 12, NULL, 'MONTH', 'By mid-December 2018, Song reports, trade between China and Russia had passed 100 billion US dollars, a record, and Heilongjiang''s own trade with Russia was flourishing that year.', 'Editorial note: Song says "by mid-December 2018", the timeline shows December 2018. Footnote 1 gives a Sohu web page as the source.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('china-russia-trade-100bn-2018', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('china-russia-trade-100bn-2018', 'china');
INSERT INTO event_place (event_slug, place_slug) VALUES ('china-russia-trade-100bn-2018', 'russia');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('china-russia-trade-100bn-2018', 'song-2019-heilongjiang-russia', 'Current state, para. 1');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('china-russia-trade-100bn-2018', 'song-2019-heilongjiang-russia', 'footnote 1');
-- Event: 70th anniversary of China–Russia diplomatic relations
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('diplomatic-relations-70th-anniversary', '70th anniversary of China–Russia diplomatic relations', 'MILESTONE', 2019, NULL, NULL, 'YEAR', 'Song (2019) notes that the 70th anniversary of diplomatic relations between China and Russia was to be celebrated in 2019 and urges the two sides to use it to lift economic and trade relations to a higher level.', 'Editorial note: Song, writing before 2019, says the anniversary "is to be celebrated". The seeds do not report the celebrations themselves.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('diplomatic-relations-70th-anniversary', 'history');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('diplomatic-relations-70th-anniversary', 'people-culture');
INSERT INTO event_place (event_slug, place_slug) VALUES ('diplomatic-relations-70th-anniversary', 'china');
INSERT INTO event_place (event_slug, place_slug) VALUES ('diplomatic-relations-70th-anniversary', 'russia');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('diplomatic-relations-70th-anniversary', 'song-2019-heilongjiang-russia', 'Current state, para. 2');
-- Event: Eastern gas pipeline (Power of Siberia) commissioned
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('power-of-siberia-commissioned-2019', 'Eastern gas pipeline (Power of Siberia) commissioned', 'COMMISSIONING', 2019, NULL, NULL, 'YEAR', 'The Sino-Russian eastern gas pipeline, Power of Siberia, entering China at Heihe, was commissioned in 2019 (Zhang 2025, AsiaNews 2022).', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('power-of-siberia-commissioned-2019', 'energy');
INSERT INTO event_place (event_slug, place_slug) VALUES ('power-of-siberia-commissioned-2019', 'heihe');
INSERT INTO event_project (event_slug, project_slug) VALUES ('power-of-siberia-commissioned-2019', 'power-of-siberia');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('power-of-siberia-commissioned-2019', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('power-of-siberia-commissioned-2019', 'asianews-2022-heilongjiang-siberia', 'para. 5');
-- Event: Russia invades Ukraine
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('russian-invasion-of-ukraine-2022', 'Russia invades Ukraine', 'CONFLICT', 2022, NULL, NULL, 'YEAR', 'Russia''s war against Ukraine, which AsiaNews (March 2022) calls an invasion and a military campaign, and Zhang (2025) "the Russian-Ukrainian conflict", isolated Russia from the West and made its "turn to the East" a search for new growth. Seed 001 dates the invasion to "last year" from 2023, and the Heihe feature records Chinese border residents'' views of it.', 'Editorial note: none of the seeds gives the day the invasion began, so the timeline shows the year.');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('russian-invasion-of-ukraine-2022', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('russian-invasion-of-ukraine-2022', 'russia');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('russian-invasion-of-ukraine-2022', 'russian-government');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('russian-invasion-of-ukraine-2022', 'asianews-2022-heilongjiang-siberia', 'standfirst');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('russian-invasion-of-ukraine-2022', 'asianews-2022-heilongjiang-siberia', 'para. 2');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('russian-invasion-of-ukraine-2022', 'deeper-economic-ties-2023', 'para. 1');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('russian-invasion-of-ukraine-2022', 'zhang-2025-turn-to-the-east', '§I');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('russian-invasion-of-ukraine-2022', 'heihe-border-feature-2023', 'para. 11');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('russian-invasion-of-ukraine-2022', 'heihe-border-feature-2023', 'para. 15');
-- Event: Western sanctions on Russia
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('western-sanctions-on-russia-2022', 'Western sanctions on Russia', 'SANCTION', 2022, NULL, NULL, 'YEAR', 'After the invasion of Ukraine, Western countries imposed sanctions on Russia. Zhang (2025) lists disconnection from SWIFT ("possibly partially restored"), embargoes and price caps, which in Zhang''s account cut gas exports and damaged the Nord Stream 2 pipeline. AsiaNews (2022) sees developing the Far East as a way for the Kremlin to ease the burden, and seed 001 (2023) reports China supporting Russia economically amid the sanctions.', 'Editorial note: the seeds give no single date. The sanctions followed the 2022 invasion (AsiaNews standfirst).');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('western-sanctions-on-russia-2022', 'geopolitics');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('western-sanctions-on-russia-2022', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('western-sanctions-on-russia-2022', 'russia');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('western-sanctions-on-russia-2022', 'western-governments');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('western-sanctions-on-russia-2022', 'asianews-2022-heilongjiang-siberia', 'standfirst');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('western-sanctions-on-russia-2022', 'deeper-economic-ties-2023', 'para. 3');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('western-sanctions-on-russia-2022', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('western-sanctions-on-russia-2022', 'zhang-2025-turn-to-the-east', '§2.1, citing ref. [8, pp. 38-39]');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('western-sanctions-on-russia-2022', 'heihe-border-feature-2023', 'para. 4');
-- Event: Tongjiang–Nizhneleninskoye railway bridge commissioned
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('tongjiang-bridge-commissioned-2022', 'Tongjiang–Nizhneleninskoye railway bridge commissioned', 'COMMISSIONING', 2022, NULL, NULL, 'YEAR', 'The first Sino-Russian cross-border railway bridge, between Tongjiang and Nizhneleninskoye, was commissioned in 2022 (Zhang 2025). By 2023 a transshipment oil complex was being built beside it (seed 001).', NULL);
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('tongjiang-bridge-commissioned-2022', 'corridors');
INSERT INTO event_place (event_slug, place_slug) VALUES ('tongjiang-bridge-commissioned-2022', 'tongjiang');
INSERT INTO event_place (event_slug, place_slug) VALUES ('tongjiang-bridge-commissioned-2022', 'nizhneleninskoye');
INSERT INTO event_project (event_slug, project_slug) VALUES ('tongjiang-bridge-commissioned-2022', 'tongjiang-nizhneleninskoye-bridge');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('tongjiang-bridge-commissioned-2022', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('tongjiang-bridge-commissioned-2022', 'deeper-economic-ties-2023', 'para. 5');
-- Event: Xu Qin calls for integration with Siberia
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('xu-qin-siberia-statement-2022', 'Xu Qin calls for integration with Siberia', 'STATEMENT', 2022, 3, NULL, 'MONTH', 'Heilongjiang''s party chief Xu Qin, reported by the Heilongjiang Daily, called for closer integration with Siberia to boost strategic cooperation between China and Russia against the West, and for rapid expansion of the 2019 gas pipeline to make Heihe the gateway for trade with eastern Siberia (AsiaNews).', 'Editorial note: AsiaNews says Xu spoke after the 18 March call and reported it on 23 March 2022, so the statement falls between those dates. The exact day is not given.');
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
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('economy-ministers-meeting-beijing-2023', 'Russian economic development minister and Wang Wentao meet in Beijing', 'MEETING', 2023, NULL, NULL, 'YEAR', 'The Russian Minister of Economic Development and China''s commerce minister Wang Wentao discussed economic cooperation in Beijing, where Wang called the relationship more "solid" under the "strategic guidance" of the two heads of state (seed 001).', 'Editorial note: the source is undated, the year is inferred (see the source note). The report adds that Putin would visit Beijing "next month".');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('economy-ministers-meeting-beijing-2023', 'trade-investment');
INSERT INTO event_place (event_slug, place_slug) VALUES ('economy-ministers-meeting-beijing-2023', 'beijing');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('economy-ministers-meeting-beijing-2023', 'wang-wentao');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('economy-ministers-meeting-beijing-2023', 'russian-minister-economic-development');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('economy-ministers-meeting-beijing-2023', 'deeper-economic-ties-2023', 'para. 2');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('economy-ministers-meeting-beijing-2023', 'deeper-economic-ties-2023', 'para. 3');
-- Event: Wang Yi visits Moscow for strategic talks
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('wang-yi-moscow-visit-2023', 'Wang Yi visits Moscow for strategic talks', 'VISIT', 2023, NULL, NULL, 'YEAR', 'China''s top diplomat Wang Yi visited Moscow for strategic talks at the same time as the ministers'' meeting in Beijing. The talks confirmed that Vladimir Putin would visit Beijing the following month (seed 001).', 'Editorial note: the source is undated, the year is inferred (see the source note).');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('wang-yi-moscow-visit-2023', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('wang-yi-moscow-visit-2023', 'moscow');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('wang-yi-moscow-visit-2023', 'wang-yi');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('wang-yi-moscow-visit-2023', 'vladimir-putin');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('wang-yi-moscow-visit-2023', 'deeper-economic-ties-2023', 'para. 2');
-- Event: China bans seafood from Japan
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('china-bans-japanese-seafood-2023', 'China bans seafood from Japan', 'POLICY', 2023, NULL, NULL, 'YEAR', 'Beijing banned seafood from Japan over concerns about radioactive water from the Fukushima plant, which, according to seed 001, opens the Chinese market to marine products from the Russian Far East.', 'Editorial note: the source is undated, the year is inferred (see the source note).');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('china-bans-japanese-seafood-2023', 'agriculture');
INSERT INTO event_theme (event_slug, theme_slug) VALUES ('china-bans-japanese-seafood-2023', 'geopolitics');
INSERT INTO event_place (event_slug, place_slug) VALUES ('china-bans-japanese-seafood-2023', 'japan');
INSERT INTO event_place (event_slug, place_slug) VALUES ('china-bans-japanese-seafood-2023', 'russian-far-east');
INSERT INTO event_actor (event_slug, actor_slug) VALUES ('china-bans-japanese-seafood-2023', 'chinese-government');
INSERT INTO event_citation (event_slug, source_slug, locator) VALUES ('china-bans-japanese-seafood-2023', 'deeper-economic-ties-2023', 'para. 6');
-- Event: Xi Jinping calls Heilongjiang a "pivotal" gateway
INSERT INTO event (slug, title, kind, sort_year, event_month, event_day, precision, summary, note) VALUES ('xi-heilongjiang-pivotal-gateway-2023', 'Xi Jinping calls Heilongjiang a "pivotal" gateway', 'STATEMENT', 2023, NULL, NULL, 'YEAR', 'Xi Jinping declared Heilongjiang a "pivotal" gateway for China''s opening up to the north and stressed its role in national defence, food security and energy security (seed 001).', 'Editorial note: seed 001 says only "recently", the year follows the inferred date of the source. Zhang''s ref. [16] is a Xinhua item of September 2023 on a meeting Xi chaired on the revitalisation of Northeast China, which may be the same occasion, but neither seed links the two.');
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

-- ======================================================================
-- == Perspectives (attributed positions: the atlas reports them, it takes none) ==
-- ======================================================================
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('xu-qin-integration-with-siberia', 'xu-qin', 'According to the Heilongjiang Daily as reported by AsiaNews, Xu Qin wants Heilongjiang to integrate more closely with neighbouring Siberia, presenting regional synergy as a way to strengthen strategic cooperation between Beijing and Moscow against the West. Above all he wants the gas pipeline opened in 2019 expanded quickly so that Heihe becomes the gateway for trade with eastern Siberia.', NULL, 'March 2022 (reported 23 March 2022)');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('xu-qin-integration-with-siberia', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('xu-qin-integration-with-siberia', 'energy');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('xu-qin-integration-with-siberia', 'corridors');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('xu-qin-integration-with-siberia', 'asianews-2022-heilongjiang-siberia', 'standfirst');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('xu-qin-integration-with-siberia', 'asianews-2022-heilongjiang-siberia', 'para. 1');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('xu-qin-integration-with-siberia', 'asianews-2022-heilongjiang-siberia', 'para. 5');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('biden-warns-china', 'joe-biden', 'During the video call of 18 March 2022, Joe Biden told Xi Jinping that China would face serious consequences if it helped Russia economically or militarily in its campaign against Ukraine (as reported by AsiaNews).', NULL, '18 March 2022');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('biden-warns-china', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('biden-warns-china', 'asianews-2022-heilongjiang-siberia', 'para. 2');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('western-governments-press-beijing', 'western-governments', 'Washington and its European allies press Beijing to distance itself from Moscow''s war, with little success according to AsiaNews (March 2022). Seed 001 describes Western disapproval of the deepening China–Russia economic ties in 2023, and the Heihe feature reports Western fears that China could go further in supporting Russia.', NULL, 'March 2022 to 2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('western-governments-press-beijing', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('western-governments-press-beijing', 'asianews-2022-heilongjiang-siberia', 'para. 3');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('western-governments-press-beijing', 'deeper-economic-ties-2023', 'para. 1');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('western-governments-press-beijing', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('western-governments-press-beijing', 'heihe-border-feature-2023', 'para. 16');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('chinese-experts-no-sanctions', 'chinese-experts', 'According to Chinese experts cited by AsiaNews, China will not impose sanctions on Russia and will buy more Russian energy in future. AsiaNews adds that it remains an open question whether Beijing would risk its trade with the United States and Europe to save Moscow.', NULL, 'March 2022');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('chinese-experts-no-sanctions', 'geopolitics');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('chinese-experts-no-sanctions', 'energy');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('chinese-experts-no-sanctions', 'asianews-2022-heilongjiang-siberia', 'para. 6');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('wang-wentao-solid-cooperation', 'wang-wentao', 'Wang Wentao says China–Russia economic and trade cooperation keeps deepening and has become more "solid" under the "strategic guidance" of the two heads of state. Seed 001 links the remark to growing Chinese imports of Russian oil, gas and grain.', '“solid” … “strategic guidance”', '2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('wang-wentao-solid-cooperation', 'trade-investment');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('wang-wentao-solid-cooperation', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('wang-wentao-solid-cooperation', 'deeper-economic-ties-2023', 'para. 3');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('china-partnership-within-norms', 'chinese-government', 'China holds that its partnership with Russia does not violate international norms and that it has the right to work with any country it chooses, whatever the West says (seed 001). The same report says both countries see the partnership as within international norms.', NULL, '2023');
INSERT INTO perspective_theme (perspective_slug, theme_slug) VALUES ('china-partnership-within-norms', 'geopolitics');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('china-partnership-within-norms', 'deeper-economic-ties-2023', 'para. 4');
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('china-partnership-within-norms', 'deeper-economic-ties-2023', 'para. 9');
INSERT INTO perspective (slug, actor_slug, summary, quote, stated_when) VALUES ('xi-heilongjiang-pivotal-gateway', 'xi-jinping', 'Xi Jinping calls Heilongjiang a "pivotal" gateway for China''s opening up to the north and stresses its role in national defence, food security and energy security (seed 001).', 'pivotal', '2023 (reported as recent)');
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
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('nationalists-claim-far-east', 'asianews-2022-heilongjiang-siberia', 'standfirst');
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
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('zhang-qingwei-local-cooperation', 'song-2019-heilongjiang-russia', 'Current state, para. 2');
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
INSERT INTO perspective_citation (perspective_slug, source_slug, locator) VALUES ('song-l-new-paths', 'song-2019-heilongjiang-russia', 'Current state, para. 2');

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
INSERT INTO challenge (slug, title, category, summary) VALUES ('western-sanctions-stigmatisation', 'Western stigmatisation and sanctions', 'GEOPOLITICAL', 'Zhang warns that Western stigmatisation of Sino-Russian cooperation and sanctions against it may hold back some projects. The news seeds show the pressure: Washington and its European allies press Beijing to keep its distance from Moscow''s war (AsiaNews 2022), and the West disapproves of the growing economic ties (seed 001, 2023).');
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
INSERT INTO challenge (slug, title, category, summary) VALUES ('frozen-ports', 'Ice-bound Far Eastern ports', 'INFRASTRUCTURE', 'Far Eastern ports are frozen for up to 4 months a year, according to Zhang.');
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
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('historical-affiliation-disputes', 'asianews-2022-heilongjiang-siberia', 'standfirst');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('historical-affiliation-disputes', 'asianews-2022-heilongjiang-siberia', 'para. 13');
INSERT INTO challenge (slug, title, category, summary) VALUES ('local-community-attitudes', 'Local attitudes to the China–Russia "quasi-alliance"', 'SOCIAL', 'AsiaNews asks how local communities will view the growing China–Russia "quasi-alliance", noting that Siberian Russians have often been concerned about the growing presence of Chinese migrants.');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('local-community-attitudes', 'people-culture');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('local-community-attitudes', 'geopolitics');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('local-community-attitudes', 'asianews-2022-heilongjiang-siberia', 'para. 11');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('local-community-attitudes', 'asianews-2022-heilongjiang-siberia', 'para. 12');
INSERT INTO challenge (slug, title, category, summary) VALUES ('trade-fluctuation-energy-prices', 'Trade swings with world energy prices', 'ECONOMIC', 'Song finds that Heilongjiang''s trade with Russia fluctuated over the decade to 2018, mainly because of lower world energy prices (see Table 1 in the data section).');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('trade-fluctuation-energy-prices', 'trade-investment');
INSERT INTO challenge_theme (challenge_slug, theme_slug) VALUES ('trade-fluctuation-energy-prices', 'energy');
INSERT INTO challenge_citation (challenge_slug, source_slug, locator) VALUES ('trade-fluctuation-energy-prices', 'song-2019-heilongjiang-russia', 'Current state, para. 2');
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

-- ======================================================================
-- == Key figures (as printed: value, qualifier, unit) ==
-- ======================================================================
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-russia-border-length', 'Length of Heilongjiang''s border with Russia', 2981, 'EXACT', 'km', '2019 (Song 2019)', TRUE, 'geopolitics', NULL, 'heilongjiang', 'Song gives this as the length of Heilongjiang''s own border with Russia, not of the whole China–Russia border.', 1);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-russia-border-length', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('power-of-siberia-cumulative-gas', 'Gas delivered through the eastern pipeline since 2019', 80, 'MORE_THAN', 'billion cubic metres', 'December 2024', TRUE, 'energy', 'power-of-siberia', NULL, 'Cumulative deliveries since commissioning in 2019.', 2);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('power-of-siberia-cumulative-gas', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('power-of-siberia-contract-level', 'Maximum contractual gas supply via Power of Siberia', 38, 'EXACT', 'billion cubic metres', 'from 1 December 2024', TRUE, 'energy', 'power-of-siberia', NULL, 'Editorial note: printed as "daily gas supplies ... at 38 billion cubic meters". 38 billion cubic metres is an annual volume (the contractual level per year), the word "daily" is a slip of the paper or its machine translation. Value and unit as printed.', 3);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('power-of-siberia-contract-level', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [10] (National Energy Administration of China)');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('tongjiang-bridge-cumulative-cargo', 'Cargo over the Tongjiang–Nizhneleninskoye railway bridge since 2022', 6, 'MORE_THAN', 'million tonnes', 'June 2024', TRUE, 'corridors', 'tongjiang-nizhneleninskoye-bridge', NULL, 'Total two-way cargo turnover since the bridge opened in 2022.', 4);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('tongjiang-bridge-cumulative-cargo', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heihe-bridge-annual-cargo', 'Annual cargo over the Heihe–Blagoveshchensk highway bridge', 370, 'MORE_THAN', 'thousand tonnes', 'one year (year not stated, reported in 2025)', TRUE, 'corridors', 'heihe-blagoveshchensk-highway-bridge', NULL, 'Editorial note: Zhang says "for the year" without naming it, the neighbouring figures refer to 2024.', 5);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heihe-bridge-annual-cargo', 'zhang-2025-turn-to-the-east', '§2.2, citing ref. [11, pp. 30-32]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-first-class-ports', 'First-class national ports in Heilongjiang', 25, 'EXACT', 'first-class national ports', '2019 (Song 2019)', TRUE, 'corridors', NULL, 'heilongjiang', NULL, 6);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-first-class-ports', 'song-2019-heilongjiang-russia', 'Introduction, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-investment-in-russia', 'Heilongjiang''s total investment in the Russian economy', 1, 'EXACT', 'billion US dollars', 'Eastern Silk Road Belt period from 2014 (Song 2019)', TRUE, 'trade-investment', 'eastern-silk-road-belt', 'heilongjiang', 'Up 20% on the previous period (see the companion figure). Song''s sources here date from 2014–2015.', 7);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-investment-in-russia', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('china-russia-trade-2018', 'China–Russia trade in 2018', 100, 'MORE_THAN', 'billion US dollars', 'mid-December 2018', TRUE, 'trade-investment', NULL, NULL, 'National total for China–Russia trade, a record at the time. Song''s footnote 1 cites a Sohu web page.', 8);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('china-russia-trade-2018', 'song-2019-heilongjiang-russia', 'Current state, para. 1');
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
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('trans-siberian-congestion', 'Congestion on the Trans-Siberian Railway', 95, 'UP_TO', '%', '2025 (Zhang 2025)', FALSE, 'corridors', 'trans-siberian-railway', NULL, 'Printed "reaches 95%".', 16);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('trans-siberian-congestion', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('trans-siberian-cargo-delays', 'Cargo delays on the Trans-Siberian Railway', 20, 'MORE_THAN', 'days', '2025 (Zhang 2025)', FALSE, 'corridors', 'trans-siberian-railway', NULL, NULL, 17);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('trans-siberian-cargo-delays', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('far-east-port-freezing', 'Freezing period of Far Eastern ports', 4, 'UP_TO', 'months', '2025 (Zhang 2025)', FALSE, 'corridors', NULL, 'russian-far-east', 'Printed "reaches 4 months".', 18);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('far-east-port-freezing', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('nakhodka-port-efficiency', 'Loading and unloading efficiency at Nakhodka compared with Qingdao', 60, 'EXACT', '% of the port of Qingdao', '2025 (Zhang 2025)', FALSE, 'corridors', NULL, 'nakhodka', 'Because of outdated equipment at Nakhodka.', 19);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('nakhodka-port-efficiency', 'zhang-2025-turn-to-the-east', '§3.1, citing ref. [18, p. 116]');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('harbin-new-air-routes', 'New air routes from Harbin to Russia', 3, 'EXACT', 'new routes', '2019 (Song 2019)', FALSE, 'corridors', 'harbin-russia-air-routes', 'harbin-taiping-airport', NULL, 20);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('harbin-new-air-routes', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('warsaw-train-frequency', 'China-Europe trains to Warsaw per day', 1.3, 'EXACT', 'trains per day', '2019 (Song 2019)', FALSE, 'corridors', 'harbin-russia-europe-railway', 'warsaw', 'Average frequency.', 21);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('warsaw-train-frequency', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('warsaw-train-journey', 'Journey time of China-Europe trains to Warsaw', 13, 'EXACT', 'days', '2019 (Song 2019)', FALSE, 'corridors', 'harbin-russia-europe-railway', 'warsaw', NULL, 22);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('warsaw-train-journey', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('vladivostok-route-time-saved', 'Time saved by sending cargo by rail via Vladivostok instead of via Dalian', 1, 'ABOUT', 'week', '2019 (Song 2019)', FALSE, 'corridors', 'vladivostok-rail-rerouting', 'vladivostok', 'Printed "saving nearly one week".', 23);
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
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('expo-trade-contracts', 'Trade contracts signed at the first China-Russia Expo', 3.15, 'EXACT', 'billion US dollars', 'first China-Russia Expo (year not stated)', FALSE, 'trade-investment', 'china-russia-expo', 'harbin', NULL, 30);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('expo-trade-contracts', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('expo-cooperation-agreements', 'Economic cooperation agreements signed at the first Expo', 260, 'EXACT', 'economic cooperation agreements', 'first China-Russia Expo (year not stated)', FALSE, 'trade-investment', 'china-russia-expo', 'harbin', NULL, 31);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('expo-cooperation-agreements', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('expo-agreements-value', 'Value involved in the first Expo''s cooperation agreements', 68.3, 'EXACT', 'billion yuan', 'first China-Russia Expo (year not stated)', FALSE, 'trade-investment', 'china-russia-expo', 'harbin', 'Printed "involving 68.3 billion yuans".', 32);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('expo-agreements-value', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('expo-guest-countries', 'Countries and regions sending guests to the China-Russia Expo', 100, 'ABOUT', 'countries and regions', '2019 (Song 2019)', FALSE, 'trade-investment', 'china-russia-expo', NULL, 'Printed "nearly 100 countries and regions".', 33);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('expo-guest-countries', 'song-2019-heilongjiang-russia', 'Longjiang Silk Road Belt, para. 4');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('russian-ecommerce-parcels-share', 'Share of Russian e-commerce parcel exports on mixed passenger-cargo routes', 40, 'EXACT', '% of the total export volume of Russian e-commerce parcels', '2019 (Song 2019)', FALSE, 'trade-investment', 'harbin-russia-air-routes', NULL, 'Editorial note: Song does not say the mixed routes are air routes, the link to the Harbin air routes is editorial.', 34);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('russian-ecommerce-parcels-share', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-foreign-capital-used', 'Foreign capital actually used in Heilongjiang', 5, 'MORE_THAN', 'billion US dollars', 'Eastern Silk Road Belt period from 2014 (Song 2019)', FALSE, 'trade-investment', 'eastern-silk-road-belt', 'heilongjiang', 'Song cites the province''s 2014 statistical communiqué (ref. [13]).', 35);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-foreign-capital-used', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-foreign-capital-growth', 'Growth of foreign capital used in Heilongjiang', 11.1, 'EXACT', '%', 'Eastern Silk Road Belt period from 2014 (Song 2019)', FALSE, 'trade-investment', 'eastern-silk-road-belt', 'heilongjiang', NULL, 36);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-foreign-capital-growth', 'song-2019-heilongjiang-russia', 'Eastern Silk Road Belt, para. 3');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('heilongjiang-russia-trade-level-2007', 'Trade level with Russia first reached by Heilongjiang', 100, 'EXACT', 'million US dollars (as printed)', 'since 2007', FALSE, 'trade-investment', NULL, 'heilongjiang', 'Editorial note: printed "US$100 million". This is probably a unit slip: Table 1 (headed "million US dollars") shows 110.6 for 2008, a value that only makes sense in hundreds of millions, and the phrase likely renders the Chinese 100亿 (10 billion US dollars). The printed value and unit are kept.', 37);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('heilongjiang-russia-trade-level-2007', 'song-2019-heilongjiang-russia', 'Current state, para. 1');
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
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('diplomatic-relations-anniversary', 'song-2019-heilongjiang-russia', 'Current state, para. 2');
INSERT INTO key_figure (slug, label, figure_value, qualifier, unit, as_of, featured, theme_slug, project_slug, place_slug, note, display_order) VALUES ('belt-and-road-years', 'Years of Belt and Road implementation covered by Song''s review', 5, 'EXACT', 'years', '2019 (Song 2019)', FALSE, 'geopolitics', 'belt-and-road-initiative', NULL, 'Printed "the five-year period of implementation" and "the past five years".', 46);
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('belt-and-road-years', 'song-2019-heilongjiang-russia', 'Abstract');
INSERT INTO key_figure_citation (key_figure_slug, source_slug, locator) VALUES ('belt-and-road-years', 'song-2019-heilongjiang-russia', 'Conclusion, para. 1');

-- === Statistical series (appended below) ===
-- == Statistical series ==
-- Table 1 of Song (2019): Heilongjiang province trade with Russia, 2008-2018, every column as printed.
INSERT INTO series (slug, title, description, unit_as_printed, unit_note, display_order, theme_slug) VALUES ('heilongjiang-russia-trade', 'Heilongjiang merchandise trade with Russia, 2008-2018', 'Yearly merchandise trade between Heilongjiang province and Russia: total, exports from the province, imports into it, their year-over-year growth, and the share of this trade in the province''s foreign trade and in China''s trade with Russia. All eight columns of Table 1 of Song (2019), as printed.', 'million US dollars', 'Editorial note: the table heading says million US dollars, but the values read as hundreds of millions of US dollars (units of 100 million, 亿美元). The 2018 total of 181.9 is given as 17.3% of China''s trade with Russia, which puts that trade at about 1,050 units, and the same paper says China-Russia trade passed 100 billion US dollars in 2018: 1,050 units of 100 million dollars is 105 billion. Read 181.9 as about 18.2 billion US dollars. Values are kept as printed.', 1, 'trade-investment');
INSERT INTO series_measure (series_slug, seq, code, label, unit, percent, chart_group) VALUES
 ('heilongjiang-russia-trade', 0, 'total', 'Total volume', 'million US dollars (as printed)', FALSE, 'Trade volume'),
 ('heilongjiang-russia-trade', 1, 'total_growth', 'Total, year-over-year growth', '%', TRUE, 'Year-over-year growth'),
 ('heilongjiang-russia-trade', 2, 'exports', 'Export volume', 'million US dollars (as printed)', FALSE, 'Trade volume'),
 ('heilongjiang-russia-trade', 3, 'exports_growth', 'Exports, year-over-year growth', '%', TRUE, 'Year-over-year growth'),
 ('heilongjiang-russia-trade', 4, 'imports', 'Import volume', 'million US dollars (as printed)', FALSE, 'Trade volume'),
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
 ('heilongjiang-russia-trade', 'imports_growth', 2011, NULL, 360.0, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 31.9 (2010) to 146.4 (2011) is +358.9%, not +360.0%. Kept as printed; the table may have used revised or unrounded base-year figures.'),
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
 ('heilongjiang-russia-trade', 'total_growth', 2013, NULL, 5.8, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 213.1 (2012) to 223.6 (2013) is +4.9%, not +5.8%. Kept as printed; the table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'exports', 2013, NULL, 69.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2013, NULL, 34.0, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports', 2013, NULL, 154.5, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2013, NULL, -3.3, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 161.5 (2012) to 154.5 (2013) is -4.3%, not -3.3%. Kept as printed; the table may have used revised or unrounded base-year figures.'),
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
 ('heilongjiang-russia-trade', 'exports_growth', 2016, NULL, -27.7, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 20.8 (2015) to 17.0 (2016) is -18.3%, not -27.7%. Kept as printed; the table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'imports', 2016, NULL, 74.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2016, NULL, -11.9, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 87.7 (2015) to 74.9 (2016) is -14.6%, not -11.9%. Kept as printed; the table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'share_province', 2016, NULL, 55.6, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2016, NULL, 13.2, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total', 2017, NULL, 110.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total_growth', 2017, NULL, 22.5, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 91.9 (2016) to 110.9 (2017) is +20.7%, not +22.5%. Kept as printed; the table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'exports', 2017, NULL, 16.3, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2017, NULL, -2.6, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 17.0 (2016) to 16.3 (2017) is -4.1%, not -2.6%. Kept as printed; the table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'imports', 2017, NULL, 94.6, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2017, NULL, 28.2, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 74.9 (2016) to 94.6 (2017) is +26.3%, not +28.2%. Kept as printed; the table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'share_province', 2017, NULL, 58.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2017, NULL, 13.1, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total', 2018, NULL, 181.9, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'total_growth', 2018, NULL, 64.7, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 110.9 (2017) to 181.9 (2018) is +64.0%, not +64.7%. Kept as printed; the table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'exports', 2018, NULL, 11.2, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'exports_growth', 2018, NULL, -29.5, 'EXACT', 'Editorial note: the printed growth rate does not follow from the printed values: 16.3 (2017) to 11.2 (2018) is -31.3%, not -29.5%. Kept as printed; the table may have used revised or unrounded base-year figures.'),
 ('heilongjiang-russia-trade', 'imports', 2018, NULL, 170.7, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'imports_growth', 2018, NULL, 80.4, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_province', 2018, NULL, 69.8, 'EXACT', NULL),
 ('heilongjiang-russia-trade', 'share_china', 2018, NULL, 17.3, 'EXACT', NULL);
INSERT INTO series_citation (series_slug, source_slug, locator) VALUES
 ('heilongjiang-russia-trade', 'song-2019-heilongjiang-russia', 'Table 1, all rows and columns (the table cites its refs. [10], [11] and China Customs)'),
 ('heilongjiang-russia-trade', 'song-2019-heilongjiang-russia', 'Section ''Cooperation between Russia and Heilongjiang Province: current state'', paras. 1-2 (context for 2009, 2011 and 2018)');

-- Power of Siberia (eastern route) gas deliveries, as reported by Zhang (2025).
INSERT INTO series (slug, title, description, unit_as_printed, unit_note, display_order, theme_slug) VALUES ('power-of-siberia-gas', 'Gas through Power of Siberia: delivered and contracted', 'Two volumes reported for the eastern route of the China-Russia gas pipeline: the gas delivered in total since it opened in 2019, and the contractual level Gazprom reached on 1 December 2024. The seeds give no yearly delivery figures.', 'billion cubic meters', 'Editorial note: the source says Gazprom raised daily supplies to the maximum contractual level at 38 billion cubic meters. 38 billion cubic meters is a yearly volume (the pipeline''s contracted annual amount), reached by supplying at the corresponding daily rate. Kept as printed.', 2, 'energy');
INSERT INTO series_measure (series_slug, seq, code, label, unit, percent, chart_group) VALUES
 ('power-of-siberia-gas', 0, 'delivered_cumulative', 'Gas delivered since commissioning (cumulative)', 'billion cubic meters', FALSE, 'Gas volumes'),
 ('power-of-siberia-gas', 1, 'contract_level', 'Contractual supply level reached (a yearly volume)', 'billion cubic meters', FALSE, 'Gas volumes');
INSERT INTO series_observation (series_slug, measure_code, period_year, period_label, observed_value, qualifier, note) VALUES
 ('power-of-siberia-gas', 'delivered_cumulative', 2024, '2019 to December 2024', 80, 'MORE_THAN', NULL),
 ('power-of-siberia-gas', 'contract_level', 2024, 'from 1 December 2024', 38, 'EXACT', 'Printed as daily supplies at the contractual level of 38 billion cubic meters: see the unit note.');
INSERT INTO series_citation (series_slug, source_slug, locator) VALUES
 ('power-of-siberia-gas', 'zhang-2025-turn-to-the-east', '§2.2, para. 1, citing ref. [10] (National Energy Administration of China, 6 December 2024)');

-- Cargo over the two Amur bridges, as reported by Zhang (2025).
INSERT INTO series (slug, title, description, unit_as_printed, unit_note, display_order, theme_slug) VALUES ('border-bridge-cargo', 'Cargo over the Amur bridges', 'Freight carried over the two bridges across the Amur (Heilongjiang): the Tongjiang-Nizhneleninskoye railway bridge since it opened in 2022, and the Heihe-Blagoveshchensk highway bridge in one year. The two periods differ, so the figures are not directly comparable.', 'million tons; thousand tons', 'Editorial note: the source does not say which year the Heihe-Blagoveshchensk figure covers. It appears in a passage dated June 2024.', 3, 'corridors');
-- The two bridge figures are printed in different units: the chart draws them to one scale (thousand tons).
INSERT INTO series_measure (series_slug, seq, code, label, unit, percent, chart_group, common_unit, to_common_unit) VALUES
 ('border-bridge-cargo', 0, 'tongjiang_cumulative', 'Tongjiang-Nizhneleninskoye railway bridge, cumulative bilateral cargo', 'million tons', FALSE, 'Cargo over the bridges', 'thousand tons', 1000),
 ('border-bridge-cargo', 1, 'heihe_annual', 'Heihe-Blagoveshchensk highway bridge, cargo in one year', 'thousand tons', FALSE, 'Cargo over the bridges', 'thousand tons', 1);
INSERT INTO series_observation (series_slug, measure_code, period_year, period_label, observed_value, qualifier, note) VALUES
 ('border-bridge-cargo', 'tongjiang_cumulative', 2024, '2022 to June 2024', 6, 'MORE_THAN', NULL),
 ('border-bridge-cargo', 'heihe_annual', 2024, 'one year (not specified, reported mid-2024)', 370, 'MORE_THAN', 'The source gives no year for this figure.');
INSERT INTO series_citation (series_slug, source_slug, locator) VALUES
 ('border-bridge-cargo', 'zhang-2025-turn-to-the-east', '§2.2, para. 2, citing ref. [11] (Ren 2024, pp. 30-32)');
