using Planner.Data;
using Planner.Http;
using Planner.Time;

namespace Planner.Exercises;

/// <summary>
/// Objectives, the evaluation (observations, ratings, strengths and areas for improvement) and the improvement
/// plan (corrective actions) of an exercise, under <c>/api/events/{id}/exercise</c>; and
/// <c>/api/exercises/overdue-actions</c> across all exercises. Changes go through <see cref="EvaluationService"/>.
/// </summary>
public static class EvaluationEndpoints
{
    public static void MapEvaluation(this RouteGroupBuilder exercise)
    {
        exercise.MapGet("/objectives", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => ExerciseStore.WithPlanAsync(c, id, ExerciseStore.ObjectivesAsync), ct));
        exercise.MapPost("/objectives", async (long id, ObjectiveInput input, EvaluationService service, CancellationToken ct) =>
        {
            var created = await service.SaveObjectiveAsync(id, null, input, ct);
            return Results.Created($"/api/events/{id}/exercise/objectives/{created.Id}", created);
        });
        exercise.MapPut("/objectives/{objectiveId:long}", (long id, long objectiveId, ObjectiveInput input, EvaluationService service, CancellationToken ct) =>
            service.SaveObjectiveAsync(id, objectiveId, input, ct));
        exercise.MapDeletePart("/objectives/{partId:long}", Table.Objective);

        exercise.MapGet("/evaluation", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => ExerciseStore.WithPlanAsync(c, id, EvaluationStore.EvaluationAsync), ct));

        exercise.MapPost("/objectives/{objectiveId:long}/observations", async (long id, long objectiveId, ObservationInput input, EvaluationService service,
            CancellationToken ct) => Results.Created($"/api/events/{id}/exercise/evaluation", await service.SaveObservationAsync(id, objectiveId, null, input, ct)));
        exercise.MapPut("/observations/{observationId:long}", (long id, long observationId, ObservationInput input, EvaluationService service, CancellationToken ct) =>
            service.SaveObservationAsync(id, null, observationId, input, ct));
        exercise.MapDeletePart("/observations/{partId:long}", Table.Observation);

        exercise.MapPost("/objectives/{objectiveId:long}/findings", async (long id, long objectiveId, FindingInput input, EvaluationService service,
            CancellationToken ct) => Results.Created($"/api/events/{id}/exercise/evaluation", await service.SaveFindingAsync(id, objectiveId, null, input, ct)));
        exercise.MapPut("/findings/{findingId:long}", (long id, long findingId, FindingInput input, EvaluationService service, CancellationToken ct) =>
            service.SaveFindingAsync(id, null, findingId, input, ct));
        exercise.MapDeletePart("/findings/{partId:long}", Table.Finding);

        exercise.MapGet("/improvement-plan", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => ExerciseStore.WithPlanAsync(c, id, EvaluationStore.ActionsAsync), ct));
        exercise.MapPost("/findings/{findingId:long}/actions", async (long id, long findingId, CorrectiveActionInput input, EvaluationService service,
            CancellationToken ct) =>
        {
            var created = await service.SaveCorrectiveActionAsync(id, findingId, null, input, ct);
            return Results.Created($"/api/events/{id}/exercise/corrective-actions/{created.Id}", created);
        });
        exercise.MapPut("/corrective-actions/{actionId:long}", (long id, long actionId, CorrectiveActionInput input, EvaluationService service, CancellationToken ct) =>
            service.SaveCorrectiveActionAsync(id, null, actionId, input, ct));
        exercise.MapDeletePart("/corrective-actions/{partId:long}", Table.CorrectiveAction);
    }

    /// <summary><c>GET /api/exercises/overdue-actions?on=2010-12-01</c>: corrective actions past their completion date (today at the secretariat by default).</summary>
    public static void MapOverdueActions(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/exercises/overdue-actions", (string? on, Db db, SecretariatClock clock, CancellationToken ct) =>
        {
            var today = Query.Date("on", on) ?? clock.Today;
            return db.ReadAsync(c => EvaluationStore.OverdueAsync(c, today), ct);
        }).WithTags("Exercises");
    }
}
