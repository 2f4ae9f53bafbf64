using Planner.Access;
using Planner.Data;

namespace Planner.Exercises;

/// <summary>
/// <c>/api/events/{id}/exercise/msel</c>: the Master Scenario Events List. Only planners, admins and controllers
/// may read it (<see cref="Policies.Msel"/>); players (viewer tokens) get 403, and no other endpoint shows injects.
/// Planners and admins edit it; controllers only release or skip injects (<c>POST …/msel/{injectId}/status</c>).
/// Changes go through <see cref="MselService"/>.
/// </summary>
public static class MselEndpoints
{
    public static void MapMsel(this RouteGroupBuilder exercise)
    {
        var msel = exercise.MapGroup("/msel").RequireAuthorization(Policies.Msel);

        msel.MapGet("/", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => ExerciseStore.WithPlanAsync(c, id, ExerciseStore.InjectsAsync), ct));
        msel.MapPost("/", async (long id, InjectInput input, MselService service, CancellationToken ct) =>
        {
            var created = await service.SaveAsync(id, null, input, ct);
            return Results.Created($"/api/events/{id}/exercise/msel/{created.Id}", created);
        });
        msel.MapPut("/{injectId:long}", (long id, long injectId, InjectInput input, MselService service, CancellationToken ct) =>
            service.SaveAsync(id, injectId, input, ct));
        msel.MapPost("/{injectId:long}/move", (long id, long injectId, MoveInput input, MselService service, CancellationToken ct) =>
            service.MoveAsync(id, injectId, input, ct));
        msel.MapPost("/{injectId:long}/status", (long id, long injectId, InjectStatusInput input, MselService service, CancellationToken ct) =>
            service.SetStatusAsync(id, injectId, input, ct)).WithMetadata(new WritableByAttribute("controller"));
        msel.MapDeletePart("/{partId:long}", Table.Inject);
        msel.MapPost("/import", async (long id, HttpRequest request, MselService service, CancellationToken ct) =>
        {
            var type = request.ContentType ?? "";
            if (!type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
                throw PlannerException.Unsupported(ErrorCode.MselNotCsv, $"The MSEL import takes a CSV file (Content-Type: text/csv), not '{type}'.");
            var injects = await service.ImportAsync(id, request.Body, request.ContentLength, "body", ct);
            return Results.Created($"/api/events/{id}/exercise/msel", injects);
        });
    }
}
