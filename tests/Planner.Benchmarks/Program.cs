using BenchmarkDotNet.Running;

namespace Planner.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Planner.Benchmarks -- --filter '*'</c> (or a class, e.g.
/// <c>--filter '*ConflictBenchmarks*'</c>); figures are printed and written to BenchmarkDotNet.Artifacts/.
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
