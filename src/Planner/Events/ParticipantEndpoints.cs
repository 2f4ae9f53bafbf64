using Planner.Data;
using Planner.Parties;

namespace Planner.Events;

/// <summary><c>/api/events/{id}/participants</c> and <c>/api/events/{id}/delegations/{partyId}</c>.</summary>
public static class ParticipantEndpoints
{
    public static void MapParticipants(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events/{id:long}").WithTags("Participants");

        events.MapGet("/participants", (long id, Db db, Precedence precedence, CancellationToken ct) =>
            db.ReadAsync(async c => await EventStore.ParticipantsAsync(c, precedence, await EventStore.GetAsync(c, id)), ct));

        events.MapPost("/participants", async (long id, ParticipantInput input, bool? acceptConflicts, ParticipantService participants, CancellationToken ct) =>
            Results.Created($"/api/events/{id}/participants/{input.PartyId}", await participants.AddAsync(id, input, acceptConflicts ?? false, ct)));

        events.MapPut("/participants/{partyId:long}", (long id, long partyId, ParticipantInput input, bool? acceptConflicts, ParticipantService participants, CancellationToken ct) =>
            participants.ChangeRoleAsync(id, partyId, input, acceptConflicts ?? false, ct));

        events.MapDelete("/participants/{partyId:long}", async (long id, long partyId, long? version, ParticipantService participants, CancellationToken ct) =>
        {
            await participants.RemoveAsync(id, partyId, version, ct);
            return Results.NoContent();
        });

        events.MapGet("/delegations/{partyId:long}", (long id, long partyId, Db db, CancellationToken ct) =>
            db.ReadAsync(c => EventStore.DelegationAsync(c, id, partyId), ct));

        events.MapPut("/delegations/{partyId:long}", (long id, long partyId, DelegationInput input, bool? acceptConflicts, ParticipantService participants, CancellationToken ct) =>
            participants.ReplaceDelegationAsync(id, partyId, input, acceptConflicts ?? false, ct));
    }
}
