namespace Planner.Demo;

/// <summary>
/// The demo data set: public facts about RATS SCO (see DOMAIN.md). People are invented
/// stand-ins with plausible titles; e-mail addresses use the reserved <c>.example</c> domain.
/// </summary>
internal static class DemoFacts
{
    public sealed record PartyFact(string Code, string Kind, string En, string Ru, string Zh, string Language, params (string Status, string From, string? To)[] Statuses);

    public static readonly PartyFact[] Parties =
    [
        new("BLR", "state", "Belarus", "Беларусь", "白俄罗斯", "ru", ("dialoguePartner", "2010-04-28", "2015-07-10"), ("observer", "2015-07-10", "2024-07-04"), ("member", "2024-07-04", null)),
        new("IND", "state", "India", "Индия", "印度", "en", ("observer", "2005-07-05", "2017-06-09"), ("member", "2017-06-09", null)),
        new("IRN", "state", "Iran", "Иран", "伊朗", "en", ("observer", "2005-07-05", "2023-07-04"), ("member", "2023-07-04", null)),
        new("KAZ", "state", "Kazakhstan", "Казахстан", "哈萨克斯坦", "ru", ("member", "2001-06-15", null)),
        new("CHN", "state", "China", "Китай", "中国", "zh", ("member", "2001-06-15", null)),
        new("KGZ", "state", "Kyrgyzstan", "Кыргызстан", "吉尔吉斯斯坦", "ru", ("member", "2001-06-15", null)),
        new("PAK", "state", "Pakistan", "Пакистан", "巴基斯坦", "en", ("observer", "2005-07-05", "2017-06-09"), ("member", "2017-06-09", null)),
        new("RUS", "state", "Russia", "Россия", "俄罗斯", "ru", ("member", "2001-06-15", null)),
        new("TJK", "state", "Tajikistan", "Таджикистан", "塔吉克斯坦", "ru", ("member", "2001-06-15", null)),
        new("UZB", "state", "Uzbekistan", "Узбекистан", "乌兹别克斯坦", "ru", ("member", "2001-06-15", null)),
        new("MNG", "state", "Mongolia", "Монголия", "蒙古国", "en", ("observer", "2004-06-17", null)),
        new("TUR", "state", "Türkiye", "Турция", "土耳其", "en", ("dialoguePartner", "2012-06-07", null)),
        new("AZE", "state", "Azerbaijan", "Азербайджан", "阿塞拜疆", "ru", ("dialoguePartner", "2015-07-10", null)),
        new("ARM", "state", "Armenia", "Армения", "亚美尼亚", "ru", ("dialoguePartner", "2015-07-10", null)),
        new("KHM", "state", "Cambodia", "Камбоджа", "柬埔寨", "en", ("dialoguePartner", "2015-07-10", null)),
        new("NPL", "state", "Nepal", "Непал", "尼泊尔", "en", ("dialoguePartner", "2015-07-10", null)),
        new("LKA", "state", "Sri Lanka", "Шри-Ланка", "斯里兰卡", "en", ("dialoguePartner", "2009-06-16", null)),
        new("RATS", "organisation", "Executive Committee of the RATS SCO", "Исполнительный комитет РАТС ШОС", "上海合作组织地区反恐怖机构执行委员会", "ru"),
        new("UN-CTED", "organisation", "UN Counter-Terrorism Committee Executive Directorate", "Исполнительный директорат Контртеррористического комитета ООН", "联合国反恐怖主义委员会执行局", "en"),
        new("UNOCT", "organisation", "United Nations Office of Counter-Terrorism", "Контртеррористическое управление ООН", "联合国反恐怖主义办公室", "en"),
        new("UNODC", "organisation", "United Nations Office on Drugs and Crime", "Управление ООН по наркотикам и преступности", "联合国毒品和犯罪问题办公室", "en"),
        new("OSCE", "organisation", "Organization for Security and Co-operation in Europe", "Организация по безопасности и сотрудничеству в Европе", "欧洲安全与合作组织", "en"),
        new("INTERPOL", "organisation", "INTERPOL", "Интерпол", "国际刑警组织", "en"),
        new("CIS-ATC", "organisation", "CIS Anti-Terrorism Centre", "Антитеррористический центр СНГ", "独联体反恐怖中心", "ru"),
        new("CSTO", "organisation", "CSTO Secretariat", "Секретариат ОДКБ", "集体安全条约组织秘书处", "ru"),
        new("CICA", "organisation", "Conference on Interaction and Confidence-Building Measures in Asia", "Совещание по взаимодействию и мерам доверия в Азии", "亚洲相互协作与信任措施会议", "ru"),
        new("EAG", "organisation", "Eurasian Group on Combating Money Laundering and Financing of Terrorism", "Евразийская группа по противодействию легализации преступных доходов и финансированию терроризма", "欧亚反洗钱与反恐融资小组", "ru"),
        new("ICRC", "organisation", "International Committee of the Red Cross", "Международный комитет Красного Креста", "红十字国际委员会", "en"),
        new("IOM", "organisation", "International Organization for Migration", "Международная организация по миграции", "国际移民组织", "en"),
        new("USA-DYU", "mission", "Embassy of the United States in Dushanbe", "Посольство США в Душанбе", "美国驻杜尚别大使馆", "en"),
        new("FRA-DYU", "mission", "Embassy of France in Dushanbe", "Посольство Франции в Душанбе", "法国驻杜尚别大使馆", "en"),
    ];

    public sealed record VenueFact(string Key, string Name, string City, string Country, string TimeZone);

    public static readonly VenueFact[] Venues =
    [
        new("tashkent", "RATS SCO Executive Committee headquarters", "Tashkent", "Uzbekistan", "Asia/Tashkent"),
        new("astana", "Palace of Independence", "Astana", "Kazakhstan", "Asia/Almaty"),
        new("dushanbe", "Kohi Somon conference centre", "Dushanbe", "Tajikistan", "Asia/Dushanbe"),
        new("norak", "Fakhrabad training ground", "Norak", "Tajikistan", "Asia/Dushanbe"),
        new("cholpon-ata", "Karven Four Seasons conference hall", "Cholpon-Ata", "Kyrgyzstan", "Asia/Bishkek"),
        new("moscow", "Conference centre of the FSB of Russia", "Moscow", "Russia", "Europe/Moscow"),
    ];

    /// <summary>A head of delegation (invented) per party code: name en / ru / zh, title.</summary>
    public static readonly (string Party, string En, string Ru, string Zh, string Title)[] People =
    [
        ("BLR", "Aliaksandr Karpovich", "Александр Карпович", "亚历山大·卡尔波维奇", "Deputy Chairman, State Security Committee"),
        ("IND", "Rakesh Mehra", "Ракеш Мехра", "拉克什·梅赫拉", "Joint Secretary, Ministry of Home Affairs"),
        ("IRN", "Hossein Karimi", "Хоссейн Карими", "侯赛因·卡里米", "Deputy Minister of Intelligence"),
        ("KAZ", "Arman Dzhaksybekov", "Арман Джаксыбеков", "阿尔曼·贾克瑟别科夫", "First Deputy Chairman, National Security Committee"),
        ("KAZ", "Dana Nurlanova", "Дана Нурланова", "达娜·努尔兰诺娃", "Head of International Cooperation, National Security Committee"),
        ("CHN", "Wang Jianguo", "Ван Цзяньго", "王建国", "Deputy Minister of Public Security"),
        ("KGZ", "Nurlan Asanov", "Нурлан Асанов", "努尔兰·阿萨诺夫", "Deputy Chairman, State Committee for National Security"),
        ("PAK", "Imran Qureshi", "Имран Куреши", "伊姆兰·库雷希", "Director General, National Counter Terrorism Authority"),
        ("RUS", "Sergei Volkov", "Сергей Волков", "谢尔盖·沃尔科夫", "Deputy Director, Federal Security Service"),
        ("TJK", "Rustam Nazarov", "Рустам Назаров", "鲁斯塔姆·纳扎罗夫", "Deputy Chairman, State Committee for National Security"),
        ("UZB", "Bakhodir Tursunov", "Баходир Турсунов", "巴霍季尔·图尔苏诺夫", "Deputy Chairman, State Security Service"),
        ("MNG", "Batbayar Ganbold", "Батбаяр Ганболд", "巴特巴亚尔·甘宝勒德", "Deputy Head, General Intelligence Agency"),
        ("RATS", "Ruslan Mirzayev", "Руслан Мирзаев", "鲁斯兰·米尔扎耶夫", "Director of the RATS SCO Executive Committee"),
    ];
}
