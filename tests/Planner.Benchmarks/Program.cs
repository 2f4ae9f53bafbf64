using BenchmarkDotNet.Running;

namespace Planner.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Planner.Benchmarks -- --filter '*'</c> (or a class, e.g.
/// <c>--filter '*ConflictBenchmarks*'</c>); figures are printed and written to BenchmarkDotNet.Artifacts/.
/// <c>-- html FILE</c> writes the Chromium peer's HTML of the 4,200-delegate list of participants, for timing
/// <c>chromium --headless --print-to-pdf</c> against <c>planner print participants</c> as whole processes; <c>-- pdf FILE</c> writes the
/// 200-page table as PDF; <c>-- profile</c>
/// prints where the composer's time goes (<see cref="ComposerProfile"/>); <c>-- multihost</c> prints the
/// multi-host figures (<see cref="MultiHostFigures"/>), <c>-- multihost POST</c> (or <c>GET</c>, <c>dispatch</c>) only those.
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is ["html", var file])
            File.WriteAllText(file, SpecHtml.Of(BenchmarkDocuments.Participants(parties: 60, perParty: 70)));
        else if (args is ["pdf", var pdf])
        {
            using var output = File.Create(pdf);
            BenchmarkDocuments.Composer.Write(BenchmarkDocuments.Table(200), output);
        }
        else if (args is ["profile"])
            ComposerProfile.Run();
        else if (args is ["multihost", ..])
            MultiHostFigures.Run(args.Length > 1 ? args[1] : null);
        else if (args is ["profile", var count] && int.TryParse(count, System.Globalization.CultureInfo.InvariantCulture, out var pages))
            ComposerProfile.RunTable(pages);
        else
            BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
    }
}
