using Planner.Data;
using Planner.Http;
using Planner.Time;

namespace Planner.Parties;

/// <summary><c>/api/parties</c>: states, organisations and missions, and their dated standings.</summary>
public static class PartyEndpoints
{
    public static void MapParties(this RouteGroupBuilder api)
    {
        var parties = api.MapGroup("/parties").WithTags("Parties");

        parties.MapGet("/", (Db db, Precedence precedence, SecretariatClock clock, string? status, string? kind, string? on, string? q, CancellationToken ct) =>
            db.ReadAsync(c => PartyStore.ListAsync(c, precedence, Query.Date("on", on, clock.Today),
                Query.Enum<Standing>("status", status), Query.Enum<PartyKind>("kind", kind), q), ct));

        parties.MapGet("/{id:long}", async (long id, Db db, SecretariatClock clock, string? on, CancellationToken ct) =>
            await db.ReadAsync(c => PartyStore.FindAsync(c, id, Query.Date("on", on, clock.Today)), ct) ?? throw PlannerException.NotFound("party", id));

        parties.MapPost("/", async (PartyInput input, PartyService service, CancellationToken ct) =>
        {
            var party = await service.CreateAsync(input, ct);
            return Results.Created($"/api/parties/{party.Id}", party);
        });

        parties.MapPut("/{id:long}", (long id, PartyInput input, PartyService service, CancellationToken ct) => service.UpdateAsync(id, input, ct));

        parties.MapDelete("/{id:long}", async (long id, long? version, PartyService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, version, ct);
            return Results.NoContent();
        });

        MapStatuses(parties);
    }

    private static void MapStatuses(RouteGroupBuilder parties)
    {
        parties.MapGet("/{id:long}/statuses", async (long id, Db db, CancellationToken ct) =>
            await db.ReadAsync(async c =>
            {
                await c.EnsureExistsAsync(null, Table.Party, id);
                return await PartyStore.StatusesAsync(c, id);
            }, ct));

        parties.MapPost("/{id:long}/statuses", async (long id, PartyStatusInput input, bool? acceptConflicts, StandingService service, CancellationToken ct) =>
        {
            var created = await service.AddAsync(id, input, acceptConflicts ?? false, ct);
            return Results.Created($"/api/parties/{id}/statuses/{created.Id}", created);
        });

        parties.MapPut("/{id:long}/statuses/{statusId:long}", (long id, long statusId, PartyStatusInput input, bool? acceptConflicts, StandingService service,
            CancellationToken ct) => service.UpdateAsync(id, statusId, input, acceptConflicts ?? false, ct));

        parties.MapDelete("/{id:long}/statuses/{statusId:long}", async (long id, long statusId, long? version, bool? acceptConflicts, StandingService service,
            CancellationToken ct) =>
        {
            await service.RemoveAsync(id, statusId, version, acceptConflicts ?? false, ct);
            return Results.NoContent();
        });
    }
}
