using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Planner.Documents;
using Planner.Documents.Composer;
using Planner.Events;
using Planner.Http;
using Planner.Venues;

namespace Planner.Benchmarks;

/// <summary>
/// The document composer, warm (fonts loaded): a list of participants of 60 parties and 600 people,
/// table-heavy pages per second, and a 1,000-page document streamed out (peak working set printed
/// at the end of its process). <c>--filter '*DocumentBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private EventFacts _facts = null!;
    private IReadOnlyList<PrintedGroup> _groups = null!;
    private Labels _labels = null!;
    private DocumentSpec _table200 = null!;
    private DocumentSpec _table1000 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _labels = Labels.LoadAll()["ru"];
        var start = new LocalDateTime(2030, 5, 6, 9, 0);
        var e = new Event(1, EventKind.Council, new LocalizedText("50th meeting of the RATS SCO Council", "50-е заседание Совета РАТС ШОС", "上合组织地区反恐怖机构理事会第五十次会议"),
            null, 50, 1, "Asia/Tashkent", start, start.PlusHours(9), Instant.FromUtc(2030, 5, 6, 4, 0), Instant.FromUtc(2030, 5, 6, 13, 0), null, null, EventStatus.Held, 1);
        _facts = new EventFacts(e, new Venue(1, "RATS SCO Executive Committee headquarters", "Tashkent", "Uzbekistan", "Asia/Tashkent", 1), null);
        _groups =
        [
            new PrintedGroup(ParticipationRole.Member, Enumerable.Range(0, 60).Select(p => new PrintedParty(
                new LocalizedText($"State {p:D2}", $"Государство {p:D2}", $"国家{p:D2}"),
                Enumerable.Range(0, 10).Select(k => new PrintedDelegate(new LocalizedText($"Person {p}-{k}", $"Александр Участников {p}-{k}", $"代表{p}之{k}"),
                    k % 3 == 0 ? "Deputy Head of the Department of International Cooperation, National Security Committee" : "Officer, Anti-Terrorism Centre", k == 0)).ToList())).ToList()),
        ];
        _table200 = TableDocument(200);
        _table1000 = TableDocument(1000);
        var pages = PdfComposer.Write(Layouts.Participants(_facts, _groups, _labels), Stream.Null);
        Console.WriteLine($"// Participant list: {pages} pages; 200-page table: {PdfComposer.Write(_table200, Stream.Null)} pages");
    }

    /// <summary>A table of <paramref name="pages"/> pages (36 three-column rows a page).</summary>
    private static DocumentSpec TableDocument(int pages)
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

    [Benchmark(Description = "Participant list, 60 parties / 600 people")]
    public int ParticipantList() => PdfComposer.Write(Layouts.Participants(_facts, _groups, _labels), Stream.Null);

    [Benchmark(Description = "Table, 200 pages")]
    public int Table200Pages() => PdfComposer.Write(_table200, Stream.Null);

    [Benchmark(Description = "Table, 1,000 pages streamed")]
    public int Table1000Pages() => PdfComposer.Write(_table1000, Stream.Null);

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// Peak working set of this benchmark process: {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }
}
