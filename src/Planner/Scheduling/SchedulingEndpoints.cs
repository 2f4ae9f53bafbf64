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
        services.AddSingleton<SeriesService>();
        services.AddSingleton<BlackoutService>();
        return services;
    }

    public static void MapScheduling(this RouteGroupBuilder api)
    {
        var tags = new[] { "Scheduling" };

        api.MapGet("/conflicts", (HttpRequest request, Db db, SecretariatClock clock, string? from, string? to, CancellationToken ct) =>
        {
            var first = Query.Date("from", from, clock.Today);
            var last = Query.Date("to", to, first.PlusYears(1));
            if (last < first)
                throw PlannerException.Malformed("to", "to comes on or after from.", ErrorCode.QueryToBeforeFrom);
            var scope = Scope.Between(first.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() - Duration.FromDays(1),
                last.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + Duration.FromDays(1));
            return db.ReadAsync(async c => Said(await ConflictFinder.FindAsync(c, null, scope, sweepPeople: true), request), ct);
        }).WithTags(tags);

        api.MapGet("/events/{id:long}/conflicts", (long id, HttpRequest request, Db db, CancellationToken ct) => db.ReadAsync(async c =>
        {
            await c.EnsureExistsAsync(null, Table.Event, id);
            return Said(await ConflictFinder.FindAsync(c, null, Scope.ForEvent(id)), request);
        }, ct)).WithTags(tags);

        api.MapGet("/chairmanship", (Db db, Chairmanship chairmanship, SecretariatClock clock, string? from, string? to, CancellationToken ct) =>
        {
            var first = Query.Date("from", from, clock.Today);
            var last = Query.Date("to", to, first.PlusYears(5));
            if (last < first || Period.Between(first, last, PeriodUnits.Years).Years > 200)
                throw PlannerException.Malformed("to", "to comes on or after from, and within 200 years of it.", ErrorCode.QueryRange, ("years", 200));
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
        series.MapPost("/", async (SeriesInput input, SeriesService service, CancellationToken ct) =>
        {
            var created = await service.SaveAsync(null, input, ct);
            return Results.Created($"/api/series/{created.Id}", created);
        });
        series.MapPut("/{id:long}", (long id, SeriesInput input, SeriesService service, CancellationToken ct) => service.SaveAsync(id, input, ct));
        series.MapDelete("/{id:long}", async (long id, long? version, SeriesService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, version, ct);
            return Results.NoContent();
        });
    }

    private static void MapBlackouts(RouteGroupBuilder blackouts)
    {
        blackouts.MapGet("/", (Db db, CancellationToken ct) => db.ReadAsync(c => BlackoutStore.ListAsync(c), ct));
        blackouts.MapPost("/", async (BlackoutInput input, bool? acceptConflicts, BlackoutService service, CancellationToken ct) =>
        {
            var created = await service.SaveAsync(null, input, acceptConflicts ?? false, ct);
            return Results.Created($"/api/blackouts/{created.Id}", created);
        });
        blackouts.MapPut("/{id:long}", (long id, BlackoutInput input, bool? acceptConflicts, BlackoutService service, CancellationToken ct) =>
            service.SaveAsync(id, input, acceptConflicts ?? false, ct));
        blackouts.MapDelete("/{id:long}", async (long id, long? version, BlackoutService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, version, ct);
            return Results.NoContent();
        });
    }

    /// <summary>Conflicts with their <c>message</c> in the language <c>Accept-Language</c> asks for (English by default).</summary>
    private static List<Conflict> Said(IReadOnlyList<Conflict> conflicts, HttpRequest request)
    {
        var language = ReaderLanguage.Of(request);
        return conflicts.Select(c => c with { Message = c.In(language) }).ToList();
    }
}
