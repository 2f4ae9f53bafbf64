using Planner.Access;
using Planner.Data;

namespace Planner.Exercises;

/// <summary>
/// <c>/api/events/{id}/exercise</c>: the exercise plan (type, parties, stages, report status) and the planning
/// meetings with their action items. The evaluation, the MSEL and the report have their own endpoint classes;
/// every change goes through the services (<see cref="ExerciseService"/>, <see cref="EvaluationService"/>, <see cref="MselService"/>).
/// </summary>
public static class ExerciseEndpoints
{
    public static IServiceCollection AddExercises(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(o =>
            o.AddPolicy(Policies.Msel, p => p.RequireRole("planner", "admin", "controller")));
        services.AddSingleton<ExerciseService>();
        services.AddSingleton<EvaluationService>();
        services.AddSingleton<MselService>();
        services.AddSingleton<ReportService>();
        return services;
    }

    public static void MapExercises(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/capabilities", (Db db, CancellationToken ct) => db.ReadAsync(c => ExerciseStore.CapabilitiesAsync(c), ct)).WithTags("Exercises");

        var exercise = api.MapGroup("/events/{id:long}/exercise").WithTags("Exercises");
        exercise.MapGet("/", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => ExerciseStore.GetPlanAsync(c, id), ct));
        exercise.MapPut("/", (long id, ExerciseInput input, ExerciseService service, CancellationToken ct) => service.SavePlanAsync(id, input, ct));

        exercise.MapGet("/meetings", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => ExerciseStore.WithPlanAsync(c, id, ExerciseStore.MeetingsAsync), ct));
        exercise.MapPost("/meetings", async (long id, MeetingInput input, ExerciseService service, CancellationToken ct) =>
            Results.Created($"/api/events/{id}/exercise/meetings", await service.LinkMeetingAsync(id, input, ct)));
        exercise.MapDeletePart("/meetings/{partId:long}", Table.PlanningMeeting);

        exercise.MapPost("/meetings/{meetingId:long}/actions", async (long id, long meetingId, ActionItemInput input, ExerciseService service, CancellationToken ct) =>
            Results.Created($"/api/events/{id}/exercise/meetings", await service.SaveActionItemAsync(id, meetingId, null, input, ct)));
        exercise.MapPut("/actions/{actionId:long}", (long id, long actionId, ActionItemInput input, ExerciseService service, CancellationToken ct) =>
            service.SaveActionItemAsync(id, null, actionId, input, ct));
        exercise.MapDeletePart("/actions/{partId:long}", Table.ActionItem);

        exercise.MapEvaluation();
        exercise.MapMsel();
    }

    /// <summary>
    /// <c>DELETE {pattern}?version=N</c> of a record of the exercise table <paramref name="table"/> (the pattern names it
    /// <c>{partId}</c>): 204, or 404 unless it belongs to the exercise.
    /// </summary>
    internal static RouteHandlerBuilder MapDeletePart(this RouteGroupBuilder exercise, string pattern, Table table) =>
        exercise.MapDelete(pattern, async (long id, long partId, long? version, ExerciseService service, CancellationToken ct) =>
        {
            await service.DeleteAsync(id, table, partId, version, ct);
            return Results.NoContent();
        });
}
