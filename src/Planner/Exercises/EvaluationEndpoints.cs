using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;
using Planner.Data;
using Planner.Http;
using Planner.Time;

namespace Planner.Exercises;

/// <summary>
/// Objectives, the evaluation (observations, ratings, strengths and areas for improvement) and the improvement
/// plan (corrective actions) of an exercise, under <c>/api/events/{id}/exercise</c>; and
/// <c>/api/exercises/overdue-actions</c> across all exercises.
/// </summary>
public static class EvaluationEndpoints
{
    public static void MapEvaluation(this RouteGroupBuilder exercise)
    {
        exercise.MapGet("/objectives", (long id, Db db, CancellationToken ct) => db.ReadAsync(async c =>
        {
            await ExerciseStore.EnsurePlanAsync(c, null, id);
            return await ExerciseStore.ObjectivesAsync(c, id);
        }, ct));
        exercise.MapPost("/objectives", async (long id, ObjectiveInput input, Db db, CancellationToken ct) =>
        {
            var created = await db.WriteAsync((c, tx) => SaveObjectiveAsync(c, tx, id, null, input), ct);
            return Results.Created($"/api/events/{id}/exercise/objectives/{created.Id}", created);
        });
        exercise.MapPut("/objectives/{objectiveId:long}", (long id, long objectiveId, ObjectiveInput input, Db db, CancellationToken ct) =>
            db.WriteAsync((c, tx) => SaveObjectiveAsync(c, tx, id, objectiveId, input), ct));
        exercise.MapDelete("/objectives/{objectiveId:long}", (long id, long objectiveId, long? version, Db db, CancellationToken ct) =>
            ExerciseEndpoints.DeleteAsync(db, id, Table.Objective, objectiveId, version, ct));

        exercise.MapGet("/evaluation", (long id, Db db, CancellationToken ct) => db.ReadAsync(async c =>
        {
            await ExerciseStore.EnsurePlanAsync(c, null, id);
            return await EvaluationStore.EvaluationAsync(c, id);
        }, ct));

        exercise.MapPost("/objectives/{objectiveId:long}/observations", async (long id, long objectiveId, ObservationInput input, Db db, CancellationToken ct) =>
            Results.Created($"/api/events/{id}/exercise/evaluation", await db.WriteAsync((c, tx) => SaveObservationAsync(c, tx, id, objectiveId, null, input), ct)));
        exercise.MapPut("/observations/{observationId:long}", (long id, long observationId, ObservationInput input, Db db, CancellationToken ct) =>
            db.WriteAsync((c, tx) => SaveObservationAsync(c, tx, id, null, observationId, input), ct));
        exercise.MapDelete("/observations/{observationId:long}", (long id, long observationId, long? version, Db db, CancellationToken ct) =>
            ExerciseEndpoints.DeleteAsync(db, id, Table.Observation, observationId, version, ct));

        exercise.MapPost("/objectives/{objectiveId:long}/findings", async (long id, long objectiveId, FindingInput input, Db db, CancellationToken ct) =>
            Results.Created($"/api/events/{id}/exercise/evaluation", await db.WriteAsync((c, tx) => SaveFindingAsync(c, tx, id, objectiveId, null, input), ct)));
        exercise.MapPut("/findings/{findingId:long}", (long id, long findingId, FindingInput input, Db db, CancellationToken ct) =>
            db.WriteAsync((c, tx) => SaveFindingAsync(c, tx, id, null, findingId, input), ct));
        exercise.MapDelete("/findings/{findingId:long}", (long id, long findingId, long? version, Db db, CancellationToken ct) =>
            ExerciseEndpoints.DeleteAsync(db, id, Table.Finding, findingId, version, ct));

        exercise.MapGet("/improvement-plan", (long id, Db db, CancellationToken ct) => db.ReadAsync(async c =>
        {
            await ExerciseStore.EnsurePlanAsync(c, null, id);
            return await EvaluationStore.ActionsAsync(c, id);
        }, ct));
        exercise.MapPost("/findings/{findingId:long}/actions", async (long id, long findingId, CorrectiveActionInput input, Db db, CancellationToken ct) =>
        {
            var created = await db.WriteAsync((c, tx) => SaveActionAsync(c, tx, id, findingId, null, input), ct);
            return Results.Created($"/api/events/{id}/exercise/corrective-actions/{created.Id}", created);
        });
        exercise.MapPut("/corrective-actions/{actionId:long}", (long id, long actionId, CorrectiveActionInput input, Db db, CancellationToken ct) =>
            db.WriteAsync((c, tx) => SaveActionAsync(c, tx, id, null, actionId, input), ct));
        exercise.MapDelete("/corrective-actions/{actionId:long}", (long id, long actionId, long? version, Db db, CancellationToken ct) =>
            ExerciseEndpoints.DeleteAsync(db, id, Table.CorrectiveAction, actionId, version, ct));
    }

    /// <summary><c>GET /api/exercises/overdue-actions?on=2010-12-01</c>: corrective actions past their completion date (today by default, UTC).</summary>
    public static void MapOverdueActions(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/exercises/overdue-actions", (string? on, Db db, SecretariatClock clock, CancellationToken ct) =>
        {
            var today = Query.Date("on", on) ?? clock.Today;
            return db.ReadAsync(c => EvaluationStore.OverdueAsync(c, today), ct);
        }).WithTags("Exercises");
    }

    internal static async Task<Objective> SaveObjectiveAsync(SqliteConnection c, SqliteTransaction tx, long id, long? objectiveId, ObjectiveInput input)
    {
        var check = new Check();
        var text = LocalizedTextInput.Check(check, "text", input.Text);
        var capabilities = input.CapabilityIds ?? [];
        check.That(capabilities.Count > 0, "capabilityIds", "An objective tests at least one capability; name it in capabilityIds.");
        for (var i = 0; i < capabilities.Count; i++)
        {
            if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM capability WHERE id = @k", new { k = capabilities[i] }, tx) == 0)
                check.Fail($"capabilityIds[{i}]", $"There is no capability with id {capabilities[i]}; see /api/capabilities.");
            else if (capabilities.Take(i).Contains(capabilities[i]))
                check.Fail($"capabilityIds[{i}]", $"The capability {capabilities[i]} is named twice.");
        }

        if (objectiveId is not null)
            check.Required("version", input.Version);
        check.ThrowIfFailed();

        var values = new { id, objectiveId, text.En, text.Ru, text.Zh, rating = input.Rating?.ToString(), input.Version };
        if (objectiveId is null)
        {
            await ExerciseStore.EnsurePlanAsync(c, tx, id);
            objectiveId = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO objective (exercise_id, position, text_en, text_ru, text_zh, rating)
                VALUES (@id, (SELECT COALESCE(MAX(position), 0) + 1 FROM objective WHERE exercise_id = @id), @En, @Ru, @Zh, @rating) RETURNING id
                """, values, tx);
        }
        else
        {
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Objective, objectiveId.Value, id);
            await c.ChangeAsync(tx, Table.Objective, objectiveId.Value, input.Version!.Value,
                """
                UPDATE objective SET text_en = @En, text_ru = @Ru, text_zh = @Zh, rating = @rating, version = version + 1
                WHERE id = @objectiveId AND version = @Version
                """, values);
            await c.ExecuteAsync("DELETE FROM objective_capability WHERE objective_id = @objectiveId", new { objectiveId }, tx);
        }

        foreach (var capability in capabilities)
        {
            await c.ExecuteAsync("INSERT INTO objective_capability (objective_id, capability_id) VALUES (@objectiveId, @capability)",
                new { objectiveId, capability }, tx);
        }

        return (await ExerciseStore.ObjectivesAsync(c, id, tx)).Single(o => o.Id == objectiveId);
    }

    private static async Task<Observation> SaveObservationAsync(SqliteConnection c, SqliteTransaction tx, long id, long? objectiveId,
        long? observationId, ObservationInput input)
    {
        var check = new Check();
        var evaluator = check.Text("evaluator", input.Evaluator, true, 200);
        var text = check.Text("text", input.Text, true, 4000);
        if (observationId is not null)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        var values = new { objectiveId, observationId, evaluator, text, input.Version };
        if (observationId is null)
        {
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Objective, objectiveId!.Value, id);
            observationId = await c.ExecuteScalarAsync<long>(
                "INSERT INTO observation (objective_id, evaluator, text) VALUES (@objectiveId, @evaluator, @text) RETURNING id", values, tx);
        }
        else
        {
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Observation, observationId.Value, id);
            await c.ChangeAsync(tx, Table.Observation, observationId.Value, input.Version!.Value,
                "UPDATE observation SET evaluator = @evaluator, text = @text, version = version + 1 WHERE id = @observationId AND version = @Version", values);
        }

        return (await EvaluationStore.EvaluationAsync(c, id, tx)).SelectMany(o => o.Observations).Single(o => o.Id == observationId);
    }

    internal static async Task<Finding> SaveFindingAsync(SqliteConnection c, SqliteTransaction tx, long id, long? objectiveId, long? findingId, FindingInput input)
    {
        var check = new Check();
        var kind = check.Required("kind", input.Kind);
        var text = check.Text("text", input.Text, true, 4000);
        var rootCause = check.Text("rootCause", input.RootCause, input.Kind == FindingKind.AreaForImprovement, 4000);
        if (findingId is not null)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        var values = new { objectiveId, findingId, kind = Enums.Name(kind), text, rootCause, input.Version };
        if (findingId is null)
        {
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Objective, objectiveId!.Value, id);
            findingId = await c.ExecuteScalarAsync<long>(
                "INSERT INTO finding (objective_id, kind, text, root_cause) VALUES (@objectiveId, @kind, @text, @rootCause) RETURNING id", values, tx);
        }
        else
        {
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Finding, findingId.Value, id);
            if (kind == FindingKind.Strength
                && await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM corrective_action WHERE finding_id = @findingId", new { findingId }, tx) > 0)
                throw PlannerException.Invalid("kind", "This area for improvement has corrective actions; it cannot become a strength.");
            await c.ChangeAsync(tx, Table.Finding, findingId.Value, input.Version!.Value,
                "UPDATE finding SET kind = @kind, text = @text, root_cause = @rootCause, version = version + 1 WHERE id = @findingId AND version = @Version", values);
        }

        return (await EvaluationStore.EvaluationAsync(c, id, tx)).SelectMany(o => o.Findings).Single(f => f.Id == findingId);
    }

    internal static async Task<CorrectiveAction> SaveActionAsync(SqliteConnection c, SqliteTransaction tx, long id, long? findingId, long? actionId,
        CorrectiveActionInput input)
    {
        var check = new Check();
        var text = check.Text("text", input.Text, true, 2000);
        var element = check.Required("element", input.Element);
        var party = check.Required("responsiblePartyId", input.ResponsiblePartyId);
        var contact = check.Text("pointOfContact", input.PointOfContact, false, 300);
        var start = check.Required("startOn", input.StartOn);
        var due = check.Required("dueOn", input.DueOn);
        var status = input.Status ?? CorrectiveStatus.Open;
        if (input.StartOn is not null && input.DueOn is not null && due < start)
            check.Fail("dueOn", $"The completion date ({due:uuuu-MM-dd}) is before the start date ({start:uuuu-MM-dd}).");
        if (status == CorrectiveStatus.Completed)
            check.That(input.CompletedOn is not null, "completedOn", "A completed action has the date it was completed; give completedOn.");
        else
            check.That(input.CompletedOn is null, "completedOn", "Only a completed action has a completion date.");
        if (input.CompletedOn is { } done && input.StartOn is not null && done < start)
            check.Fail("completedOn", $"The action was completed ({done:uuuu-MM-dd}) before it started ({start:uuuu-MM-dd}).");
        if (actionId is not null)
            check.Required("version", input.Version);
        if (input.ResponsiblePartyId is not null && !await c.ExistsAsync(tx, Table.Party, party))
            check.Fail("responsiblePartyId", $"There is no party with id {party}.");
        check.ThrowIfFailed();

        var values = new
        {
            findingId, actionId, text, element = Enums.Name(element), party, contact, start = Sql.Text(start), due = Sql.Text(due),
            status = Enums.Name(status), completed = Sql.Text(input.CompletedOn), input.Version,
        };
        if (actionId is null)
        {
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Finding, findingId!.Value, id);
            var kind = await c.ExecuteScalarAsync<string>("SELECT kind FROM finding WHERE id = @findingId", new { findingId }, tx);
            if (kind != Enums.Name(FindingKind.AreaForImprovement))
                throw PlannerException.Invalid("findingId", $"The finding {findingId} is a strength; corrective actions address areas for improvement.");
            actionId = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO corrective_action (finding_id, text, element, responsible_party_id, point_of_contact, start_on, due_on, status, completed_on)
                VALUES (@findingId, @text, @element, @party, @contact, @start, @due, @status, @completed) RETURNING id
                """, values, tx);
        }
        else
        {
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.CorrectiveAction, actionId.Value, id);
            await c.ChangeAsync(tx, Table.CorrectiveAction, actionId.Value, input.Version!.Value,
                """
                UPDATE corrective_action SET text = @text, element = @element, responsible_party_id = @party, point_of_contact = @contact,
                    start_on = @start, due_on = @due, status = @status, completed_on = @completed, version = version + 1
                WHERE id = @actionId AND version = @Version
                """, values);
        }

        return await EvaluationStore.ActionAsync(c, actionId.Value, tx);
    }
}
