using Planner.Data;
using Planner.Http;

namespace Planner.Events;

/// <summary><c>/api/events</c>: Council meetings, conferences, exercises and workshops.</summary>
public static class EventEndpoints
{
    public static void MapEvents(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events");

        events.MapGet("/", (Db db, string? from, string? to, string? kind, CancellationToken ct) =>
            db.ReadAsync(c => EventStore.ListAsync(c, Query.Date("from", from), Query.Date("to", to), Query.Enum<EventKind>("kind", kind)), ct));

        events.MapGet("/{id:long}", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => EventStore.GetAsync(c, id), ct));

        events.MapPost("/", async (EventInput input, bool? acceptConflicts, EventService service, CancellationToken ct) =>
        {
            var created = await service.CreateAsync(input, acceptConflicts ?? false, ct);
            return Results.Created($"/api/events/{created.Id}", created);
        });

        events.MapPut("/{id:long}", (long id, EventInput input, bool? acceptConflicts, EventService service, CancellationToken ct) =>
            service.UpdateAsync(id, input, acceptConflicts ?? false, ct));

        events.MapDelete("/{id:long}", async (long id, long? version, EventService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, version, ct);
            return Results.NoContent();
        });
    }
}
