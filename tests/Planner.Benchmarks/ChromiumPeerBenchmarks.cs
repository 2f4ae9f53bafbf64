using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.Playwright;
using Planner.Documents.Composer;

namespace Planner.Benchmarks;

/// <summary>
/// Planner's composer side by side with what .NET teams use instead of a PDF library: the same content as HTML,
/// printed by Debian's Chromium through Playwright's <c>page.pdf()</c> in a running browser (warm, as a server
/// would keep it). Both print the list of participants of 60 delegations of 70 people (4,200 delegates) and the
/// 200-page table; the table printed at the end gives each one's pages per second and how many times faster
/// Planner is. A short run in this process (the browser is started once). <c>--filter '*ChromiumPeer*'</c>;
/// <c>PLANNER_CHROMIUM</c> names another Chromium than <c>/usr/bin/chromium</c>.
/// </summary>
[Config(typeof(PeerConfig))]
[MemoryDiagnoser]
public partial class ChromiumPeerBenchmarks
{
    public const string Participants = "4,200 delegates";
    public const string Table = "Table, 200 pages";

    /// <summary>Pages each engine printed, by method and content (read by the columns).</summary>
    internal static ConcurrentDictionary<(string Method, string Content), int> Pages { get; } = new();

    private DocumentSpec _spec = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;
    private PagePdfOptions _options = null!;

    [Params(Participants, Table)]
    public string Content { get; set; } = Participants;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _spec = Content == Participants ? BenchmarkDocuments.Participants(parties: 60, perParty: 70) : BenchmarkDocuments.Table(200);
        var chromium = Environment.GetEnvironmentVariable("PLANNER_CHROMIUM") ?? "/usr/bin/chromium";
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true });
        _page = await _browser.NewPageAsync();
        await _page.SetContentAsync(SpecHtml.Of(_spec));
        var (top, bottom, side) = SpecHtml.Margins;
        var chrome = "font-family:'DejaVu Sans';font-size:8pt;color:#555b66;width:100%;margin:0 " + side;
        var footer = WebUtility.HtmlEncode(string.Format(CultureInfo.InvariantCulture, _spec.PageLabel, "\u0001", "\u0002"))
            .Replace("\u0001", "<span class=\"pageNumber\"></span>", StringComparison.Ordinal)
            .Replace("\u0002", "<span class=\"totalPages\"></span>", StringComparison.Ordinal);
        _options = new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = $"<div style=\"{chrome};display:flex;justify-content:space-between\"><span>{WebUtility.HtmlEncode(_spec.Organisation)}</span><span>{WebUtility.HtmlEncode(_spec.Title)}</span></div>",
            FooterTemplate = $"<div style=\"{chrome};text-align:center\">{footer}</div>",
            Margin = new() { Top = top, Bottom = bottom, Left = side, Right = side },
        };
        Pages[(nameof(Chromium), Content)] = PageCount().Matches(System.Text.Encoding.Latin1.GetString(await _page.PdfAsync(_options))).Count;
        Pages[(nameof(Planner), Content)] = BenchmarkDocuments.Composer.Write(_spec, Stream.Null);
        Console.WriteLine($"// {Content}: Planner {Pages[(nameof(Planner), Content)]} pages, Chromium {Pages[(nameof(Chromium), Content)]} pages");
    }

    [Benchmark(Baseline = true, Description = "Chromium page.pdf()")]
    public async Task<int> Chromium() => (await _page.PdfAsync(_options)).Length;

    [Benchmark(Description = "Planner PdfComposer")]
    public int Planner() => BenchmarkDocuments.Composer.Write(_spec, Stream.Null);

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PageCount();

    /// <summary>
    /// A short run in this process (where the page counts are), and two columns: pages per second of each row, and how
    /// many times Chromium's pages per second on the same content it is.
    /// </summary>
    private sealed class PeerConfig : ManualConfig
    {
        public PeerConfig()
        {
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(new PeerColumn("Pages/s", false), new PeerColumn("× Chromium", true));
        }
    }

    private sealed class PeerColumn(string name, bool speedUp) : IColumn
    {
        public string Id => nameof(PeerColumn) + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => speedUp ? 1 : 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => speedUp ? "This row's pages per second divided by Chromium's on the same content" : "Pages printed divided by the mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var content = (string)benchmarkCase.Parameters["Content"];
            var rate = PagesPerSecond(summary, benchmarkCase);
            if (!speedUp)
                return rate is { } r ? r.ToString("N0", CultureInfo.InvariantCulture) : "-";
            var chromium = summary.BenchmarksCases.FirstOrDefault(c => c.Descriptor.WorkloadMethod.Name == nameof(Chromium) && (string)c.Parameters["Content"] == content);
            var baseline = chromium is null ? null : PagesPerSecond(summary, chromium);
            return rate is { } mine && baseline is > 0 ? (mine / baseline.Value).ToString("0.0", CultureInfo.InvariantCulture) + "×" : "-";
        }

        private static double? PagesPerSecond(Summary summary, BenchmarkCase benchmarkCase)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 && Pages.TryGetValue((benchmarkCase.Descriptor.WorkloadMethod.Name, (string)benchmarkCase.Parameters["Content"]), out var pages)
                ? pages / (mean.Value / 1e9)
                : null;
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
