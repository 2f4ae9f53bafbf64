using System.Diagnostics;
using Planner.Documents.Composer;
using Planner.Documents.Pdf;

namespace Planner.Benchmarks;

/// <summary>
/// Where the composer's time goes, stage by stage, for the 200-page table and the 4,200-delegate list (warm, best
/// of several runs): <c>dotnet run -c Release --project tests/Planner.Benchmarks -- profile</c>. A guide for work
/// on the composer; the figures to quote come from the benchmarks.
/// </summary>
internal static class ComposerProfile
{
    /// <summary>The table of <paramref name="count"/> pages written once in this process, and the process's peak working set (<c>-- profile 1000</c>).</summary>
    public static void RunTable(int count)
    {
        var spec = BenchmarkDocuments.Table(count);
        var (allocated, collections, paused) = (GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.GetTotalPauseDuration());
        var watch = Stopwatch.StartNew();
        var pages = BenchmarkDocuments.Composer.Write(spec, Stream.Null);
        var elapsed = watch.Elapsed;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"Table: {pages} pages in {elapsed.TotalMilliseconds:F0} ms (cold); peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB; "
            + Collected(allocated, collections, paused) + $"; managed heap at most {MaxHeap() / (1024 * 1024)} MB, {GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024)} MB live after");
    }

    public static void Run()
    {
        foreach (var (name, spec) in new[] { ("Table, 200 pages", BenchmarkDocuments.Table(200)), ("4,200 delegates", BenchmarkDocuments.Participants(60, 70)) })
        {
            BenchmarkDocuments.Composer.Write(spec, Stream.Null);
            var (layout, draw, whole, cpu) = (double.MaxValue, double.MaxValue, double.MaxValue, double.MaxValue);
            using var self = Process.GetCurrentProcess();
            var pages = 0;
            for (var i = 0; i < 7; i++)
            {
                var watch = Stopwatch.StartNew();
                var laid = new PageLayout(BenchmarkDocuments.Fonts).Run(spec);
                pages = laid.Count;
                layout = Math.Min(layout, watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                var document = new PdfDocument(Stream.Null, new PdfInfo("", "", "en", DateTime.UtcNow));
                foreach (var page in laid)
                {
                    var canvas = document.Page(PageFrame.Width, PageFrame.Height);
                    canvas.Draw(page);
                    canvas.Finish();
                }

                draw = Math.Min(draw, watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                var used = self.TotalProcessorTime;
                BenchmarkDocuments.Composer.Write(spec, Stream.Null);
                whole = Math.Min(whole, watch.Elapsed.TotalMilliseconds);
                self.Refresh();
                cpu = Math.Min(cpu, (self.TotalProcessorTime - used).TotalMilliseconds);
            }

            var (allocated, collections, paused) = (GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.GetTotalPauseDuration());
            BenchmarkDocuments.Composer.Write(spec, Stream.Null);
            var managed = Collected(allocated, collections, paused);
            Console.WriteLine($"{name}: {pages} pages; whole {whole:F1} ms ({pages / whole * 1000:F0} pages/s), CPU {cpu:F0} ms: layout {layout:F1} ms, "
                + $"drawing and compressing the pages on one thread {draw:F1} ms; one document: {managed}");
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"Peak working set: {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }

    private static long MaxHeap() => Enumerable.Range(0, 3).Select(k => GC.GetGCMemoryInfo((GCKind)k)).Max(i => i.HeapSizeBytes + i.FragmentedBytes);

    /// <summary>Managed memory allocated and garbage collections since the figures given were read.</summary>
    private static string Collected(long allocated, int collections, TimeSpan paused) =>
        $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (1024 * 1024)} MB allocated, {GC.CollectionCount(0) - collections} collections, "
        + $"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms paused";
}
