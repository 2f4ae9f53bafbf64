using System.Net.Http.Json;
using Dapper;
using Npgsql;
using Planner.Data;
using Planner.Tests.Support;

namespace Planner.Tests.Data;

/// <summary>
/// Write units on PostgreSQL lock only what they read before they write: a unit holding the locks of one venue (or
/// one series) keeps waiting only the writers of that venue (or series). Writers that are made to meet at a held lock
/// (they have written and wait to check) end one made, the other refused with the right problem. The waits are seen
/// in <c>pg_locks</c>, not guessed from times.
/// </summary>
public sealed class WriteLockTests(PostgresDemoFixture fixture) : IClassFixture<PostgresDemoFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly PlannerApp _app = fixture.App;

    [Fact]
    public async Task Writes_to_other_venues_and_events_do_not_wait_for_a_unit_holding_a_venue_and_one_to_that_venue_does()
    {
        var client = await _app.ClientAsync();
        var tashkent = await VenueAsync(client, "Tashkent");
        var moscow = await VenueAsync(client, "Moscow");
        await using var holder = await HoldAsync(WriteLock.Venue(tashkent));

        // Made, with their conflict checks, while the holder still holds Tashkent: they never asked for its lock.
        var elsewhere = await client.PostJsonAsync("/api/events", Event(moscow, "2031-03-03T09:00", "2031-03-03T12:00", "Elsewhere"), 201)
            .WaitAsync(Patience);
        await client.PostJsonAsync($"/api/events/{elsewhere["id"]}/participants", new { partyId = await client.PartyIdAsync("KAZ"), role = "member" }, 201)
            .WaitAsync(Patience);

        var same = client.PostJsonAsync("/api/events", Event(tashkent, "2031-03-04T09:00", "2031-03-04T12:00", "Same venue"), 201);
        await WaitingAsync(LockKind.Venue, tashkent, 1);
        Assert.False(same.IsCompleted);
        holder.Release();
        await same.WaitAsync(Patience);
    }

    [Fact]
    public async Task Two_bookings_of_one_venue_at_once_end_with_one_made_and_the_other_refused_as_double_booked()
    {
        var client = await _app.ClientAsync();
        var tashkent = await VenueAsync(client, "Tashkent");
        List<HttpResponseMessage> responses;
        await using (var holder = await HoldAsync(WriteLock.Venue(tashkent)))
        {
            // Both write their event, then wait at the venue's lock to check: exactly the race of two planners at once.
            var both = new[] { "First booking", "Second booking" }.Select(title =>
                client.PostAsJsonAsync("/api/events", Event(tashkent, "2031-05-12T09:00", "2031-05-12T13:00", title), Support.Http.Options)).ToList();
            await WaitingAsync(LockKind.Venue, tashkent, 2);
            holder.Release();
            responses = [.. await Task.WhenAll(both).WaitAsync(Patience)];
        }

        Assert.Equal([201, 409], responses.Select(r => (int)r.StatusCode).Order());
        var refused = await responses.Single(r => (int)r.StatusCode == 409).JsonAsync(409);
        Assert.Equal("venueId", refused["field"]!.GetValue<string>());
        Assert.Contains("venue.doubleBooked", refused["conflicts"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()));
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM event WHERE venue_id = @tashkent AND start_local LIKE '2031-05-12%'", new { tashkent }));
    }

    [Fact]
    public async Task Two_creations_of_one_meeting_number_at_once_end_with_one_made_and_the_other_refused_naming_the_number()
    {
        var client = await _app.ClientAsync();
        var council = (await client.GetJsonAsync("/api/series")).AsArray().Single(s => s!["code"]!.GetValue<string>() == "RATS-COUNCIL")!["id"]!.GetValue<long>();
        var venues = new[] { await VenueAsync(client, "Tashkent"), await VenueAsync(client, "Moscow") };
        List<HttpResponseMessage> responses;
        await using (var holder = await HoldAsync(WriteLock.Series(council)))
        {
            var both = venues.Select((venue, i) => client.PostAsJsonAsync("/api/events?acceptConflicts=true",
                new { kind = "council", title = new { en = $"60th meeting {i}" }, seriesId = council, number = 60, venueId = venue,
                    start = $"2032-0{i + 3}-10T09:00", end = $"2032-0{i + 3}-10T18:00" }, Support.Http.Options)).ToList();
            await WaitingAsync(LockKind.Series, council, 2);
            holder.Release();
            responses = [.. await Task.WhenAll(both).WaitAsync(Patience)];
        }

        Assert.Equal([201, 409], responses.Select(r => (int)r.StatusCode).Order());
        Assert.Equal("number", (await responses.Single(r => (int)r.StatusCode == 409).JsonAsync(409))["field"]!.GetValue<string>());
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM event WHERE series_id = @council AND number = 60", new { council }));
    }

    private static object Event(long venue, string start, string end, string title) =>
        new { kind = "workshop", title = new { en = title }, venueId = venue, start, end };

    private static async Task<long> VenueAsync(HttpClient client, string city) =>
        (await client.GetJsonAsync("/api/venues?q=" + city)).AsArray()[0]!["id"]!.GetValue<long>();

    private async Task<long> CountAsync(string sql, object parameters)
    {
        await using var connection = new NpgsqlConnection(_app.PostgresConnectionString);
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    /// <summary>Waits until <paramref name="count"/> units of this database wait for the lock (<paramref name="kind"/>, <paramref name="id"/>).</summary>
    private async Task WaitingAsync(LockKind kind, long id, int count)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (await CountAsync(
            """
            SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objsubid = 2
              AND classid::bigint = @kind AND objid::bigint = @id AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, new { kind = (long)kind, id }) < count)
            await Task.Delay(50, deadline.Token);
    }

    /// <summary>A write unit of Planner's own that takes <paramref name="locks"/> and holds them until released.</summary>
    private async Task<Holder> HoldAsync(params WriteLock[] locks)
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var unit = _app.Db.WriteAsync(async (c, tx) =>
        {
            await Locks.TakeAsync(c, tx, locks);
            held.SetResult();
            await release.Task;
            return 0;
        });
        if (await Task.WhenAny(held.Task, unit).WaitAsync(Patience) == unit)
            await unit;
        return new Holder(unit, release);
    }

    private sealed class Holder(Task unit, TaskCompletionSource release) : IAsyncDisposable
    {
        public void Release() => release.TrySetResult();

        public async ValueTask DisposeAsync()
        {
            Release();
            await unit;
        }
    }
}
