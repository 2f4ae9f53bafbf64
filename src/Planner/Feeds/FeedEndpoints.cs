using System.Text;
using Planner.Access;
using Planner.Data;
using Planner.Http;

namespace Planner.Feeds;

/// <summary>
/// Calendar feeds: <c>/api/feeds</c> for admins (list, create — the URL is returned once —, revoke), and
/// <c>GET /calendar/{feedToken}.ics</c>, open to whoever holds a feed token (a calendar client cannot send an API
/// token): the programme, <c>?party=KAZ</c> for one party's events, <c>?event=12</c> for one event.
/// </summary>
public static class FeedEndpoints
{
    public sealed record FeedInput(string? Name);

    public static void MapFeeds(this RouteGroupBuilder api)
    {
        var feeds = api.MapGroup("/feeds").RequireAuthorization(Policies.Admin).WithTags("Feeds");
        feeds.MapGet("/", (Db db, CancellationToken ct) => db.ReadAsync(FeedStore.ListAsync, ct));
        feeds.MapPost("/", async (FeedInput input, FeedService service, CancellationToken ct) =>
        {
            var created = await service.CreateAsync(input.Name, ct);
            return Results.Created($"/api/feeds/{created.Id}", created);
        });
        feeds.MapDelete("/{id:long}", async (long id, FeedService service, CancellationToken ct) =>
            await service.RevokeAsync(id, ct) ? Results.NoContent() : throw PlannerException.NotFound("feed", id));
    }

    public static void MapCalendarFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar/{token}.ics", async (string token, string? party, long? @event, FeedService service, CancellationToken ct) =>
        {
            var text = await service.CalendarAsync(token, new FeedQuery(party, @event), ct);
            return text is null
                ? throw PlannerException.NotFound(ErrorCode.FeedUnknown, "This calendar feed is not known, or was revoked.")
                : Results.Text(text, "text/calendar; charset=utf-8", Encoding.UTF8);
        }).AllowAnonymous().WithTags("Feeds");
    }
}
