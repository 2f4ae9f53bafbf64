using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Planner.Documents.Composer;

namespace Planner.Benchmarks;

/// <summary>
/// The document composer, warm (fonts loaded): a list of participants of 60 parties and 600 people,
/// table-heavy pages per second, and a 1,000-page document streamed out (peak working set printed
/// at the end of its process). <c>--filter '*DocumentBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private DocumentSpec _participants = null!;
    private DocumentSpec _table200 = null!;
    private DocumentSpec _table1000 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _participants = BenchmarkDocuments.Participants(parties: 60, perParty: 10);
        _table200 = BenchmarkDocuments.Table(200);
        _table1000 = BenchmarkDocuments.Table(1000);
        var pages = BenchmarkDocuments.Composer.Write(_participants, Stream.Null);
        Console.WriteLine($"// Participant list: {pages} pages; 200-page table: {BenchmarkDocuments.Composer.Write(_table200, Stream.Null)} pages");
    }

    [Benchmark(Description = "Participant list, 60 parties / 600 people")]
    public int ParticipantList() => BenchmarkDocuments.Composer.Write(_participants, Stream.Null);

    [Benchmark(Description = "Table, 200 pages")]
    public int Table200Pages() => BenchmarkDocuments.Composer.Write(_table200, Stream.Null);

    [Benchmark(Description = "Table, 1,000 pages streamed")]
    public int Table1000Pages() => BenchmarkDocuments.Composer.Write(_table1000, Stream.Null);

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// Peak working set of this benchmark process: {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }
}
