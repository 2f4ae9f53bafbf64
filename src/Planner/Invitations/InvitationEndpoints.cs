using Planner.Data;

namespace Planner.Invitations;

/// <summary><c>/api/events/{id}/invitations</c>: invite the participants, follow the answers and the mail, set deadline, quota and reminders.</summary>
public static class InvitationEndpoints
{
    public static void MapInvitations(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events/{id:long}/invitations").WithTags("Invitations");

        events.MapGet("/", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => InvitationStore.ListAsync(c, id), ct));

        // Each party left out comes with the reason's code and its sentence in the reader's language (Accept-Language).
        events.MapPost("/", async (long id, InviteInput? input, InvitationService invitations, Catalogue catalogue, HttpRequest request,
            CancellationToken ct) =>
        {
            var result = await invitations.InviteAsync(id, input?.PartyIds, ct);
            var language = Http.ReaderLanguage.Of(request);
            return Results.Ok(new
            {
                result.Invited,
                Skipped = result.Skipped.Select(s => new { s.PartyId, s.Code, s.Reason, Said = catalogue.Get(InvitationRules.Key(s.Reason), language) }),
            });
        });

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
