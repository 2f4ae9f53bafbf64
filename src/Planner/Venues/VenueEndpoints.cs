using Planner.Data;

namespace Planner.Venues;

/// <summary><c>/api/venues</c>.</summary>
public static class VenueEndpoints
{
    public static void MapVenues(this RouteGroupBuilder api)
    {
        var venues = api.MapGroup("/venues").WithTags("Venues");

        venues.MapGet("/", (Db db, string? q, CancellationToken ct) => db.ReadAsync(c => VenueStore.ListAsync(c, q), ct));

        venues.MapGet("/{id:long}", async (long id, Db db, CancellationToken ct) =>
            await db.ReadAsync(c => VenueStore.FindAsync(c, id), ct) ?? throw PlannerException.NotFound("venue", id));

        venues.MapPost("/", async (VenueInput input, VenueService service, CancellationToken ct) =>
        {
            var venue = await service.CreateAsync(input, ct);
            return Results.Created($"/api/venues/{venue.Id}", venue);
        });

        venues.MapPut("/{id:long}", (long id, VenueInput input, VenueService service, CancellationToken ct) => service.UpdateAsync(id, input, ct));

        venues.MapDelete("/{id:long}", async (long id, long? version, VenueService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, version, ct);
            return Results.NoContent();
        });
    }
}
