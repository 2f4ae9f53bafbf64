using System.Diagnostics;
using Planner.Documents.Composer;

namespace Planner.Benchmarks;

/// <summary>
/// Where the composer's time goes, stage by stage, for the 200-page table and the 4,200-delegate list (warm, best
/// of several runs): <c>dotnet run -c Release --project tests/Planner.Benchmarks -- profile</c>. A guide for work
/// on the composer; the figures to quote come from the benchmarks.
/// </summary>
internal static class ComposerProfile
{
    /// <summary>The 1,000-page table written once in this process, and the process's peak working set (<c>-- profile 1000</c>).</summary>
    public static void Run1000()
    {
        var watch = Stopwatch.StartNew();
        var pages = PdfComposer.Write(BenchmarkDocuments.Table(1000), Stream.Null);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"Table: {pages} pages in {watch.Elapsed.TotalMilliseconds:F0} ms (cold); peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }

    public static void Run()
    {
        foreach (var (name, spec) in new[] { ("Table, 200 pages", BenchmarkDocuments.Table(200)), ("4,200 delegates", BenchmarkDocuments.Participants(60, 70)) })
        {
            PdfComposer.Write(spec, Stream.Null);
            var (layout, subset, prepare, whole) = (double.MaxValue, double.MaxValue, double.MaxValue, double.MaxValue);
            var pages = 0;
            for (var i = 0; i < 7; i++)
            {
                var watch = Stopwatch.StartNew();
                var laid = new PageLayout(FontSet.Instance).Run(spec);
                pages = laid.Count;
                layout = Math.Min(layout, watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                var glyphs = new GlyphUse();
                foreach (var page in laid)
                    glyphs.Add(page);
                using var files = glyphs.Subset();
                subset = Math.Min(subset, watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                foreach (var page in laid)
                    PreparedPage.Of(page, files).Dispose();
                prepare = Math.Min(prepare, watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                PdfComposer.Write(spec, Stream.Null);
                whole = Math.Min(whole, watch.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"{name}: {pages} pages; whole {whole:F1} ms ({pages / whole * 1000:F0} pages/s): layout {layout:F1} ms, glyph use and subset {subset:F1} ms, "
                + $"prepare {prepare:F1} ms, the rest (PDF writing) about {whole - layout - subset - prepare:F1} ms");
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"Peak working set: {process.PeakWorkingSet64 / (1024 * 1024)} MB");
    }
}
