using NodaTime;
using Planner.Documents;
using Planner.Documents.Composer;
using Planner.Events;
using Planner.Http;
using Planner.Venues;

namespace Planner.Benchmarks;

/// <summary>The documents the benchmarks print: a Russian list of participants of any size, and a table of any number of pages.</summary>
internal static class BenchmarkDocuments
{
    /// <summary>The benchmarks' own font set (a host registers its own as a singleton).</summary>
    public static FontSet Fonts { get; } = new();

    /// <summary>The composer the benchmarks print with, drawing with <see cref="Fonts"/>.</summary>
    public static PdfComposer Composer { get; } = new(Fonts);

    /// <summary>The list of participants (Russian labels, as the API lays it out) of <paramref name="parties"/> delegations of <paramref name="perParty"/> people.</summary>
    public static DocumentSpec Participants(int parties, int perParty)
    {
        var start = new LocalDateTime(2030, 5, 6, 9, 0);
        var e = new Event(1, EventKind.Council, new LocalizedText("50th meeting of the RATS SCO Council", "50-е заседание Совета РАТС ШОС", "上合组织地区反恐怖机构理事会第五十次会议"),
            null, 50, 1, "Asia/Tashkent", start, start.PlusHours(9), Instant.FromUtc(2030, 5, 6, 4, 0), Instant.FromUtc(2030, 5, 6, 13, 0), null, null, EventStatus.Held, 1);
        var facts = new EventFacts(e, new Venue(1, new LocalizedText("RATS SCO Executive Committee headquarters", "Штаб-квартира Исполнительного комитета РАТС ШОС", "上合组织地区反恐怖机构执行委员会总部"), new LocalizedText("Tashkent", "Ташкент", "塔什干"), "Uzbekistan", "Asia/Tashkent", 1), null);
        PrintedGroup[] groups =
        [
            new PrintedGroup(ParticipationRole.Member, Enumerable.Range(0, parties).Select(p => new PrintedParty(
                new LocalizedText($"State {p:D2}", $"Государство {p:D2}", $"国家{p:D2}"),
                Enumerable.Range(0, perParty).Select(k => new PrintedDelegate(new LocalizedText($"Person {p}-{k}", $"Александр Участников {p}-{k}", $"代表{p}之{k}"),
                    new LocalizedText(k % 3 == 0 ? "Deputy Head of the Department of International Cooperation, National Security Committee" : "Officer, Anti-Terrorism Centre", "", ""), k == 0)).ToList())).ToList()),
        ];
        return Layouts.Participants(facts, groups, Labels.LoadAll()["ru"]);
    }

    /// <summary>A table of <paramref name="pages"/> pages (36 three-column rows a page).</summary>
    public static DocumentSpec Table(int pages)
    {
        var rows = Enumerable.Range(0, pages * 36).Select(i => (IReadOnlyList<Cell>)
        [
            new Cell(i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Cell($"Делегат {i} — Delegate {i}", bold: i % 10 == 0),
            new Cell($"Заместитель председателя комитета {i % 17}"),
        ]).ToList();
        return new DocumentSpec("Table", "Benchmarks", "ru", "RATS SCO", "", "", "Page {0} of {1}",
            [new Table([0.8f, 4, 5], [new Cell("№"), new Cell("Имя"), new Cell("Должность")], rows)]);
    }
}
