using Planner.Access;
using Planner.Data;

namespace Planner.Invitations;

/// <summary>
/// Names a reply link's changes in the history as <c>rsvp:&lt;party code&gt;</c>: the delegation that
/// answered, not a user (a reply link has none).
/// </summary>
internal static class RsvpActor
{
    public static RouteGroupBuilder NamedInHistory(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (HttpMethods.IsGet(http.Request.Method) || http.Request.RouteValues["token"] is not string token)
                return await next(context);
            var db = http.RequestServices.GetRequiredService<Db>();
            var code = await db.ReadAsync(async c => await RsvpTokens.FindAsync(c, token) is { } invitation
                ? await InvitationStore.PartyCodeAsync(c, invitation)
                : null, http.RequestAborted);
            RequestChanges.Of(http).Actor = "rsvp:" + (code ?? "unknown");
            return await next(context);
        });
}
