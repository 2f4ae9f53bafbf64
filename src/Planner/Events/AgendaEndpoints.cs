using Planner.Data;

namespace Planner.Events;

/// <summary><c>/api/events/{id}/agenda</c>: the programme, edited a session at a time.</summary>
public static class AgendaEndpoints
{
    public static void MapAgenda(this RouteGroupBuilder api)
    {
        var agenda = api.MapGroup("/events/{id:long}/agenda").WithTags("Agenda");

        agenda.MapGet("/", (long id, Db db, CancellationToken ct) =>
            db.ReadAsync(async c => await AgendaStore.ReadAsync(c, await EventStore.GetAsync(c, id)), ct));

        agenda.MapPost("/sessions", async (long id, SessionInput input, bool? acceptConflicts, AgendaService service, CancellationToken ct) =>
        {
            var (session, agendaNow) = await service.SaveAsync(id, null, input, acceptConflicts ?? false, ct);
            return Results.Created($"/api/events/{id}/agenda/sessions/{session}", agendaNow);
        });

        agenda.MapPut("/sessions/{sessionId:long}", async (long id, long sessionId, SessionInput input, bool? acceptConflicts, AgendaService service, CancellationToken ct) =>
            (await service.SaveAsync(id, sessionId, input, acceptConflicts ?? false, ct)).Agenda);

        agenda.MapDelete("/sessions/{sessionId:long}", async (long id, long sessionId, long? version, AgendaService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, sessionId, version, ct);
            return Results.NoContent();
        });
    }
}
