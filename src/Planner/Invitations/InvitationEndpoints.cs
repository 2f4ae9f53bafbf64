using Planner.Data;

namespace Planner.Invitations;

/// <summary><c>/api/events/{id}/invitations</c>: invite the participants, follow the answers and the mail, set deadline, quota and reminders.</summary>
public static class InvitationEndpoints
{
    public static void MapInvitations(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events/{id:long}/invitations").WithTags("Invitations");

        events.MapGet("/", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => InvitationStore.ListAsync(c, id), ct));

        events.MapPost("/", async (long id, InviteInput? input, InvitationService invitations, CancellationToken ct) =>
            Results.Ok(await invitations.InviteAsync(id, input?.PartyIds, ct)));

        events.MapPost("/messages/{messageId:long}/resend", (long id, long messageId, InvitationService invitations, CancellationToken ct) =>
            invitations.ResendAsync(id, messageId, ct));

        events.MapGet("/settings", (long id, Db db, CancellationToken ct) => db.ReadAsync(async c =>
        {
            await c.EnsureExistsAsync(null, Table.Event, id);
            return await InvitationStore.SettingsAsync(c, id);
        }, ct));

        events.MapPut("/settings", (long id, InvitationSettingsInput input, InvitationService invitations, CancellationToken ct) =>
            invitations.SaveSettingsAsync(id, input, ct));
    }
}
