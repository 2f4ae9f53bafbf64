using Dapper;
using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Http;
using Planner.Parties;
using Planner.Time;

namespace Planner.Scheduling;

/// <summary>Registration and endpoints of scheduling: conflicts, windows, series, chairmanship, blackouts, the programme.</summary>
public static class SchedulingEndpoints
{
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddOptions<ChairmanshipOptions>().BindConfiguration("Planner:Chairmanship");
        services.AddSingleton<Precedence>();
        services.AddSingleton<Chairmanship>();
        services.AddSingleton<ChangeGuard>();
        return services;
    }

    public static void MapScheduling(this RouteGroupBuilder api)
    {
        var tags = new[] { "Scheduling" };

        api.MapGet("/conflicts", (Db db, SecretariatClock clock, string? from, string? to, CancellationToken ct) =>
        {
            var first = Query.Date("from", from, clock.Today);
            var last = Query.Date("to", to, first.PlusYears(1));
            if (last < first)
                throw PlannerException.Malformed("to", "to comes on or after from.");
            var scope = Scope.Between(first.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() - Duration.FromDays(1),
                last.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromDays(1));
            return db.ReadAsync(c => ConflictFinder.FindAsync(c, null, scope, sweepPeople: true), ct);
        }).WithTags(tags);

        api.MapGet("/events/{id:long}/conflicts", (long id, Db db, CancellationToken ct) => db.ReadAsync(async c =>
        {
            await c.EnsureExistsAsync(null, Table.Event, id);
            return await ConflictFinder.FindAsync(c, null, Scope.ForEvent(id));
        }, ct)).WithTags(tags);

        api.MapGet("/chairmanship", (Db db, Chairmanship chairmanship, SecretariatClock clock, string? from, string? to, CancellationToken ct) =>
        {
            var first = Query.Date("from", from, clock.Today);
            var last = Query.Date("to", to, first.PlusYears(5));
            if (last < first || Period.Between(first, last, PeriodUnits.Years).Years > 200)
                throw PlannerException.Malformed("to", "to comes on or after from, and within 200 years of it.");
            return db.ReadAsync(c => chairmanship.TermsAsync(c, null, first, last), ct);
        }).WithTags(tags);

        MapSeries(api.MapGroup("/series").WithTags(tags));
        MapBlackouts(api.MapGroup("/blackouts").WithTags(tags));
        WindowEndpoints.Map(api, tags);
    }

    private static void MapSeries(RouteGroupBuilder series)
    {
        series.MapGet("/", (Db db, CancellationToken ct) => db.ReadAsync(c => SeriesStore.ListAsync(c), ct));
        series.MapGet("/{id:long}", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => SeriesStore.GetAsync(c, id), ct));
        series.MapPost("/", async (SeriesInput input, Db db, CancellationToken ct) =>
        {
            var created = await db.WriteAsync(async (c, tx) => await SeriesStore.GetAsync(c, await SeriesStore.SaveAsync(c, tx, null, input), tx), ct);
            return Results.Created($"/api/series/{created.Id}", created);
        });
        series.MapPut("/{id:long}", (long id, SeriesInput input, Db db, CancellationToken ct) =>
            db.WriteAsync(async (c, tx) => await SeriesStore.GetAsync(c, await SeriesStore.SaveAsync(c, tx, id, input), tx), ct));
        series.MapDelete("/{id:long}", async (long id, long? version, Db db, CancellationToken ct) =>
        {
            await db.DeleteAsync(Table.Series, id, version, ct, async (c, tx) =>
            {
                if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event WHERE series_id = @id", new { id }, tx) > 0)
                    throw PlannerException.Conflict("id", "The series still has events; remove them from it first.", "series.inUse");
            });
            return Results.NoContent();
        });
    }

    public sealed record Blackout(long Id, string Title, LocalDate FirstDay, LocalDate LastDay, long? PartyId, long Version);

    public sealed record BlackoutInput(string? Title, LocalDate? FirstDay, LocalDate? LastDay, long? PartyId, long? Version);

    private sealed record BlackoutRow(long Id, string Title, string FirstDay, string LastDay, long? PartyId, long Version);

    private static void MapBlackouts(RouteGroupBuilder blackouts)
    {
        const string Select = "SELECT id, title, first_day AS FirstDay, last_day AS LastDay, party_id AS PartyId, version FROM blackout";
        static Blackout ToBlackout(BlackoutRow r) => new(r.Id, r.Title, Sql.Date(r.FirstDay), Sql.Date(r.LastDay), r.PartyId, r.Version);

        blackouts.MapGet("/", (Db db, CancellationToken ct) => db.ReadAsync(async c =>
            (await c.QueryAsync<BlackoutRow>(Select + " ORDER BY first_day")).Select(ToBlackout).ToList(), ct));

        async Task<Blackout> SaveAsync(Db db, long? id, BlackoutInput input, bool acceptConflicts, CancellationToken ct)
        {
            var check = new Check();
            var title = check.Text("title", input.Title, true, 300);
            var first = check.Required("firstDay", input.FirstDay);
            var last = check.Required("lastDay", input.LastDay);
            if (input.FirstDay is not null && input.LastDay is not null && last < first)
                check.Fail("lastDay", "lastDay is the last day of the period (inclusive), on or after firstDay.");
            if (id is not null)
                check.Required("version", input.Version);
            check.ThrowIfFailed();
            return await db.WriteAsync(async (c, tx) =>
            {
                if (input.PartyId is { } p && !await c.ExistsAsync(tx, Table.Party, p))
                    throw PlannerException.Invalid("partyId", $"There is no party with id {p}.");
                var values = new { id, title, first = Sql.Text(first), last = Sql.Text(last), input.PartyId, input.Version };
                var saved = id ?? 0;
                // A period can only make clashes on its own days; those it leaves are cleared, not made.
                await ChangeGuard.RunInScopeAsync(c, tx, Scope.Days(first, last), "firstDay", async () =>
                {
                    if (id is null)
                    {
                        saved = await c.ExecuteScalarAsync<long>(
                            "INSERT INTO blackout (title, first_day, last_day, party_id) VALUES (@title, @first, @last, @PartyId) RETURNING id", values, tx);
                    }
                    else
                    {
                        await c.ChangeAsync(tx, Table.Blackout, id.Value, input.Version!.Value,
                            "UPDATE blackout SET title = @title, first_day = @first, last_day = @last, party_id = @PartyId, version = version + 1 WHERE id = @id AND version = @Version",
                            values);
                    }
                }, acceptConflicts);

                return ToBlackout(await c.QuerySingleAsync<BlackoutRow>(Select + " WHERE id = @saved", new { saved }, tx));
            }, ct);
        }

        blackouts.MapPost("/", async (BlackoutInput input, bool? acceptConflicts, Db db, CancellationToken ct) =>
        {
            var created = await SaveAsync(db, null, input, acceptConflicts ?? false, ct);
            return Results.Created($"/api/blackouts/{created.Id}", created);
        });
        blackouts.MapPut("/{id:long}", (long id, BlackoutInput input, bool? acceptConflicts, Db db, CancellationToken ct) =>
            SaveAsync(db, id, input, acceptConflicts ?? false, ct));
        blackouts.MapDelete("/{id:long}", async (long id, long? version, Db db, CancellationToken ct) =>
        {
            await db.DeleteAsync(Table.Blackout, id, version, ct);
            return Results.NoContent();
        });
    }
}
