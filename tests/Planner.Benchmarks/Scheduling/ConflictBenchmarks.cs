using BenchmarkDotNet.Attributes;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Scheduling;

namespace Planner.Benchmarks.Scheduling;

/// <summary>
/// The conflict check of one changed event against a database of <see cref="Bookings"/> bookings, and
/// the full sweep over all of them (issue: one event ≤ 10 ms at 1,000,000; full scan of 100,000 ≤ 200 ms,
/// growing as n·log n).
/// </summary>
[MemoryDiagnoser]
public class ConflictBenchmarks
{
    private Db _db = null!;
    private DbConnection _connection = null!;
    private long _event;

    [Params(10_000, 100_000, 1_000_000)]
    public int Bookings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _db = SchedulingData.Open(Bookings);
        _connection = _db.OpenAsync().GetAwaiter().GetResult();
        _event = Bookings / SchedulingData.BookingsPerEvent / 2;
    }

    [GlobalCleanup]
    public void Cleanup() => _connection.Dispose();

    /// <summary>What every change to an event runs (twice: before and after).</summary>
    [Benchmark]
    public Task<IReadOnlyList<Conflict>> CheckOneEvent() => ConflictFinder.FindAsync(_connection, null, Scope.ForEvent(_event));

    /// <summary><c>GET /api/conflicts</c> over every event in the database.</summary>
    [Benchmark]
    public Task<IReadOnlyList<Conflict>> ScanEverything() =>
        ConflictFinder.FindAsync(_connection, null, Scope.Between(Instant.FromUtc(1999, 1, 1, 0, 0), Instant.FromUtc(2200, 1, 1, 0, 0)), sweepPeople: true);
}

/// <summary>The free-window search over a year with 20 parties (issue: ≤ 50 ms).</summary>
[MemoryDiagnoser]
public class WindowBenchmarks
{
    private DbConnection _connection = null!;

    [GlobalSetup]
    public void Setup() => _connection = SchedulingData.Open(100_000).OpenAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _connection.Dispose();

    [Benchmark]
    public Task<IReadOnlyList<Window>> YearWithTwentyParties() =>
        FreeWindows.FindAsync(_connection, new WindowQuery(2, new LocalDate(2001, 1, 1), new LocalDate(2001, 12, 31), 7, 1,
            Enumerable.Range(1, 20).Select(i => (long)i).ToArray(), [], 100));
}
