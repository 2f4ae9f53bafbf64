using Dapper;
using System.Data.Common;
using Planner.Events;

namespace Planner.Documents;

/// <summary>
/// Demo outcome of the 40th meeting of the RATS SCO Council (Astana, 2023): three decisions, a protocol
/// signed by the head of each member state's delegation, and a statement adopted without signing.
/// Loaded once, through <see cref="OutcomeService"/> as a secretary would enter it: an event that already has decisions is left alone.
/// </summary>
internal static class OutcomeDemo
{
    private static readonly (string En, string Ru, string Zh, string TextEn, string TextRu, string TextZh)[] Decisions =
    [
        ("On the report of the RATS SCO Executive Committee on the work done in 2022–2023",
         "О докладе Исполнительного комитета РАТС ШОС о проделанной работе в 2022–2023 годах",
         "关于地区反恐怖机构执行委员会2022—2023年工作报告",
         "The report is approved. The Executive Committee is to continue the exchange of information on persons wanted for terrorist crimes.",
         "Доклад утвердить. Исполнительному комитету продолжить обмен информацией о лицах, разыскиваемых за совершение преступлений террористического характера.",
         "批准该报告。执行委员会继续交换因恐怖主义犯罪而被通缉人员的信息。"),
        ("On holding a joint anti-terrorist exercise of the competent authorities of the SCO member states in 2024",
         "О проведении совместного антитеррористического учения компетентных органов государств — членов ШОС в 2024 году",
         "关于2024年举行上合组织成员国主管机关联合反恐演习",
         "The exercise is to be held in the territory of the People's Republic of China; the Executive Committee coordinates its preparation.",
         "Учение провести на территории Китайской Народной Республики; подготовку координирует Исполнительный комитет.",
         "演习在中华人民共和国境内举行，由执行委员会协调筹备工作。"),
        ("On the date and venue of the next meeting of the RATS SCO Council",
         "О дате и месте проведения очередного заседания Совета РАТС ШОС",
         "关于下次地区反恐怖机构理事会会议的时间和地点",
         "", "", ""),
    ];

    /// <summary>Adds the demo outcome to <paramref name="eventId"/> through <paramref name="outcome"/> unless it has one; returns the records added.</summary>
    public static async Task<int> LoadAsync(DbConnection c, DbTransaction tx, OutcomeService outcome, long eventId)
    {
        if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outcome_decision WHERE event_id = @eventId", new { eventId }, tx) > 0)
            return 0;
        foreach (var d in Decisions)
            await outcome.SaveDecisionAsync(c, tx, eventId, null, new DecisionInput(new(d.En, d.Ru, d.Zh), new(d.TextEn, d.TextRu, d.TextZh), null));

        // Each member state's head of delegation signs.
        var heads = (await EventStore.ParticipantsAsync(c, outcome.Precedence, await EventStore.GetAsync(c, eventId, tx), tx))
            .Where(g => g.Role == ParticipationRole.Member).SelectMany(g => g.Parties).ToList();
        var signatories = new List<SignatoryInput>();
        foreach (var party in heads)
        {
            if ((await EventStore.DelegationAsync(c, eventId, party.PartyId, tx)).Members.FirstOrDefault(m => m.IsHead) is { } head)
                signatories.Add(new SignatoryInput(party.PartyId, head.PersonId));
        }

        await outcome.SaveDocumentAsync(c, tx, eventId, null, new OutcomeDocumentInput(new("Protocol of the 40th meeting of the RATS SCO Council",
            "Протокол 40-го заседания Совета РАТС ШОС", "上合组织地区反恐怖机构理事会第四十次会议纪要"), Adoption.Signed, signatories, null));
        await outcome.SaveDocumentAsync(c, tx, eventId, null, new OutcomeDocumentInput(new("Joint statement on countering the use of the Internet for terrorist purposes",
            "Совместное заявление о противодействии использованию Интернета в террористических целях", "关于打击利用互联网从事恐怖活动的联合声明"),
            Adoption.AdoptedWithoutSigning, [], null));
        return Decisions.Length + 2 + signatories.Count;
    }
}
