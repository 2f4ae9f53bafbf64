using Dapper;
using System.Data.Common;

namespace Planner.Documents.Protocol;

/// <summary>The demo parties' addressees for notes verbales: the ministries (and organisations) a note goes to, as a note writes them.</summary>
internal static class ProtocolDemo
{
    /// <summary>Party code → addressee en / ru (dative) / zh.</summary>
    private static readonly (string Code, string En, string Ru, string Zh)[] Addressees =
    [
        ("BLR", "the Ministry of Foreign Affairs of the Republic of Belarus", "Министерству иностранных дел Республики Беларусь", "白俄罗斯共和国外交部"),
        ("IND", "the Ministry of External Affairs of the Republic of India", "Министерству иностранных дел Республики Индия", "印度共和国外交部"),
        ("IRN", "the Ministry of Foreign Affairs of the Islamic Republic of Iran", "Министерству иностранных дел Исламской Республики Иран", "伊朗伊斯兰共和国外交部"),
        ("KAZ", "the Ministry of Foreign Affairs of the Republic of Kazakhstan", "Министерству иностранных дел Республики Казахстан", "哈萨克斯坦共和国外交部"),
        ("CHN", "the Ministry of Foreign Affairs of the People's Republic of China", "Министерству иностранных дел Китайской Народной Республики", "中华人民共和国外交部"),
        ("KGZ", "the Ministry of Foreign Affairs of the Kyrgyz Republic", "Министерству иностранных дел Кыргызской Республики", "吉尔吉斯共和国外交部"),
        ("PAK", "the Ministry of Foreign Affairs of the Islamic Republic of Pakistan", "Министерству иностранных дел Исламской Республики Пакистан", "巴基斯坦伊斯兰共和国外交部"),
        ("RUS", "the Ministry of Foreign Affairs of the Russian Federation", "Министерству иностранных дел Российской Федерации", "俄罗斯联邦外交部"),
        ("TJK", "the Ministry of Foreign Affairs of the Republic of Tajikistan", "Министерству иностранных дел Республики Таджикистан", "塔吉克斯坦共和国外交部"),
        ("UZB", "the Ministry of Foreign Affairs of the Republic of Uzbekistan", "Министерству иностранных дел Республики Узбекистан", "乌兹别克斯坦共和国外交部"),
        ("MNG", "the Ministry of Foreign Affairs of Mongolia", "Министерству иностранных дел Монголии", "蒙古国外交部"),
        ("TUR", "the Ministry of Foreign Affairs of the Republic of Türkiye", "Министерству иностранных дел Турецкой Республики", "土耳其共和国外交部"),
        ("AZE", "the Ministry of Foreign Affairs of the Republic of Azerbaijan", "Министерству иностранных дел Азербайджанской Республики", "阿塞拜疆共和国外交部"),
        ("ARM", "the Ministry of Foreign Affairs of the Republic of Armenia", "Министерству иностранных дел Республики Армения", "亚美尼亚共和国外交部"),
        ("KHM", "the Ministry of Foreign Affairs and International Cooperation of the Kingdom of Cambodia",
            "Министерству иностранных дел и международного сотрудничества Королевства Камбоджа", "柬埔寨王国外交与国际合作部"),
        ("NPL", "the Ministry of Foreign Affairs of Nepal", "Министерству иностранных дел Непала", "尼泊尔外交部"),
        ("LKA", "the Ministry of Foreign Affairs of the Democratic Socialist Republic of Sri Lanka",
            "Министерству иностранных дел Демократической Социалистической Республики Шри-Ланка", "斯里兰卡民主社会主义共和国外交部"),
        ("UNODC", "the United Nations Office on Drugs and Crime", "Управлению Организации Объединённых Наций по наркотикам и преступности", "联合国毒品和犯罪问题办公室"),
        ("CIS-ATC", "the Anti-Terrorism Centre of the CIS Member States", "Антитеррористическому центру государств — участников СНГ", "独联体成员国反恐怖中心"),
        ("CSTO", "the Secretariat of the Collective Security Treaty Organization", "Секретариату Организации Договора о коллективной безопасности", "集体安全条约组织秘书处"),
    ];

    private sealed record PartyRow(long Id, long Version);

    /// <summary>Sets, through <paramref name="parties"/>, the addressees of parties that have none yet; returns how many it set (none on a second run).</summary>
    public static async Task<int> LoadAsync(DbConnection c, DbTransaction tx, Parties.PartyService parties)
    {
        var written = 0;
        foreach (var (code, en, ru, zh) in Addressees)
        {
            var p = await c.QuerySingleOrDefaultAsync<PartyRow>(
                "SELECT id, version FROM party WHERE code = @code AND addressee_en = '' AND addressee_ru = '' AND addressee_zh = ''", new { code }, tx);
            if (p is null)
                continue;
            await parties.SetAddresseeAsync(c, tx, p.Id, new LocalizedTextInput(en, ru, zh), p.Version);
            written++;
        }

        return written;
    }
}
