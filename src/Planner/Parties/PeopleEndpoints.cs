using Planner.Data;

namespace Planner.Parties;

/// <summary><c>/api/people</c>: the people who sit in delegations, chair sessions and speak.</summary>
public static class PeopleEndpoints
{
    public static void MapPeople(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People");

        people.MapGet("/", (Db db, long? party, string? q, CancellationToken ct) =>
            db.ReadAsync(c => PartyStore.PeopleAsync(c, party, q), ct));

        people.MapGet("/{id:long}", async (long id, Db db, CancellationToken ct) =>
            await db.ReadAsync(c => PartyStore.PersonAsync(c, id), ct) ?? throw PlannerException.NotFound("person", id));

        people.MapPost("/", async (PersonInput input, PersonService service, CancellationToken ct) =>
        {
            var person = await service.CreateAsync(input, ct);
            return Results.Created($"/api/people/{person.Id}", person);
        });

        people.MapPut("/{id:long}", (long id, PersonInput input, PersonService service, CancellationToken ct) => service.UpdateAsync(id, input, ct));

        people.MapDelete("/{id:long}", async (long id, long? version, PersonService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, version, ct);
            return Results.NoContent();
        });
    }
}
