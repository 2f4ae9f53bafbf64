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

    /// <summary>A venue: name and city in en / ru / zh.</summary>
    public sealed record VenueFact(string Key, string NameEn, string NameRu, string NameZh, string CityEn, string CityRu, string CityZh,
        string Country, string TimeZone);

    public static readonly VenueFact[] Venues =
    [
        new("tashkent", "RATS SCO Executive Committee headquarters", "Штаб-квартира Исполнительного комитета РАТС ШОС", "上合组织地区反恐怖机构执行委员会总部",
            "Tashkent", "Ташкент", "塔什干", "Uzbekistan", "Asia/Tashkent"),
        new("astana", "Palace of Independence", "Дворец Независимости", "独立宫", "Astana", "Астана", "阿斯塔纳", "Kazakhstan", "Asia/Almaty"),
        new("dushanbe", "Kohi Somon conference centre", "Конференц-центр «Кохи Сомон»", "“科希索蒙”会议中心", "Dushanbe", "Душанбе", "杜尚别", "Tajikistan", "Asia/Dushanbe"),
        new("norak", "Fakhrabad training ground", "Полигон «Фахрабад»", "法赫拉巴德训练场", "Norak", "Норак", "努列克", "Tajikistan", "Asia/Dushanbe"),
        new("cholpon-ata", "Karven Four Seasons conference hall", "Конференц-зал «Карвен Четыре сезона»", "“卡尔文四季”会议厅",
            "Cholpon-Ata", "Чолпон-Ата", "乔尔蓬阿塔", "Kyrgyzstan", "Asia/Bishkek"),
        new("moscow", "Conference centre of the FSB of Russia", "Конференц-центр ФСБ России", "俄罗斯联邦安全局会议中心", "Moscow", "Москва", "莫斯科", "Russia", "Europe/Moscow"),
        new("matybulak", "Matybulak training range", "Полигон «Матыбулак»", "马特布拉克训练场", "Matybulak", "Матыбулак", "马特布拉克", "Kazakhstan", "Asia/Almaty"),
    ];

    /// <summary>A name or position in en / ru / zh.</summary>
    public sealed record Texts(string En, string Ru, string Zh);

    /// <summary>
    /// The function of a delegation's other members. The head's function is the catalogue's own wording
    /// (<c>headOfDelegation</c>), so the phrase lives in one place.
    /// </summary>
    public static readonly Texts MemberFunction = new("Member of delegation", "Член делегации", "代表团成员");

    /// <summary>A head of delegation (invented) per party code: family name and given names, and position, each in en / ru / zh.</summary>
    public sealed record PersonFact(string Party, Texts Family, Texts Given, Texts Title);

    public static readonly PersonFact[] People =
    [
        new("BLR", new("Karpovich", "Карпович", "卡尔波维奇"), new("Aliaksandr", "Александр", "亚历山大"),
            new("Deputy Chairman, State Security Committee", "Заместитель Председателя Комитета государственной безопасности", "国家安全委员会副主席")),
        new("IND", new("Mehra", "Мехра", "梅赫拉"), new("Rakesh", "Ракеш", "拉克什"),
            new("Joint Secretary, Ministry of Home Affairs", "Объединённый секретарь Министерства внутренних дел", "内政部联合秘书")),
        new("IRN", new("Karimi", "Карими", "卡里米"), new("Hossein", "Хоссейн", "侯赛因"),
            new("Deputy Minister of Intelligence", "Заместитель министра разведки", "情报部副部长")),
        new("KAZ", new("Dzhaksybekov", "Джаксыбеков", "贾克瑟别科夫"), new("Arman", "Арман", "阿尔曼"),
            new("First Deputy Chairman, National Security Committee", "Первый заместитель Председателя Комитета национальной безопасности", "国家安全委员会第一副主席")),
        new("KAZ", new("Nurlanova", "Нурланова", "努尔兰诺娃"), new("Dana", "Дана", "达娜"),
            new("Head of International Cooperation, National Security Committee", "Начальник управления международного сотрудничества Комитета национальной безопасности", "国家安全委员会国际合作局局长")),
        new("CHN", new("Wang", "Ван", "王"), new("Jianguo", "Цзяньго", "建国"),
            new("Deputy Minister of Public Security", "Заместитель министра общественной безопасности", "公安部副部长")),
        new("KGZ", new("Asanov", "Асанов", "阿萨诺夫"), new("Nurlan", "Нурлан", "努尔兰"),
            new("Deputy Chairman, State Committee for National Security", "Заместитель Председателя Государственного комитета национальной безопасности", "国家安全委员会副主席")),
        new("PAK", new("Qureshi", "Куреши", "库雷希"), new("Imran", "Имран", "伊姆兰"),
            new("Director General, National Counter Terrorism Authority", "Генеральный директор Национального управления по борьбе с терроризмом", "国家反恐怖主义局局长")),
        new("RUS", new("Volkov", "Волков", "沃尔科夫"), new("Sergei", "Сергей", "谢尔盖"),
            new("Deputy Director, Federal Security Service", "Заместитель Директора Федеральной службы безопасности", "联邦安全局副局长")),
        new("TJK", new("Nazarov", "Назаров", "纳扎罗夫"), new("Rustam", "Рустам", "鲁斯塔姆"),
            new("Deputy Chairman, State Committee for National Security", "Заместитель Председателя Государственного комитета национальной безопасности", "国家安全委员会副主席")),
        new("UZB", new("Tursunov", "Турсунов", "图尔苏诺夫"), new("Bakhodir", "Баходир", "巴霍季尔"),
            new("Deputy Chairman, State Security Service", "Заместитель Председателя Службы государственной безопасности", "国家安全局副局长")),
        new("MNG", new("Ganbold", "Ганболд", "甘宝勒德"), new("Batbayar", "Батбаяр", "巴特巴亚尔"),
            new("Deputy Head, General Intelligence Agency", "Заместитель начальника Главного разведывательного управления", "情报总局副局长")),
        new("RATS", new("Mirzayev", "Мирзаев", "米尔扎耶夫"), new("Ruslan", "Руслан", "鲁斯兰"),
            new("Director of the RATS SCO Executive Committee", "Директор Исполнительного комитета РАТС ШОС", "上合组织地区反恐怖机构执行委员会主任")),
    ];
}
