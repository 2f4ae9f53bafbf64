using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;

namespace Planner.Exercises;

/// <summary>
/// Every change of an exercise's objectives, evaluation (observations, ratings, strengths and areas for
/// improvement) and improvement plan (corrective actions), each in its own write transaction (the history
/// triggers record it there). Used by the API and the exercise page alike; the demo data calls the methods that
/// take the caller's connection and transaction, so its records pass the same checks.
/// </summary>
public sealed class EvaluationService(Db db)
{
    private static readonly ExercisePart Observations = new(Table.Observation, Table.Objective,
        "INSERT INTO observation (objective_id, evaluator, text_en, text_ru, text_zh) VALUES (@objectiveId, @evaluator, @textEn, @textRu, @textZh) RETURNING id",
        """
        UPDATE observation SET evaluator = @evaluator, text_en = @textEn, text_ru = @textRu, text_zh = @textZh, version = version + 1
        WHERE id = @observationId AND version = @Version
        """);

    private static readonly ExercisePart Findings = new(Table.Finding, Table.Objective,
        """
        INSERT INTO finding (objective_id, kind, text_en, text_ru, text_zh, root_cause_en, root_cause_ru, root_cause_zh)
        VALUES (@objectiveId, @kind, @textEn, @textRu, @textZh, @rootCauseEn, @rootCauseRu, @rootCauseZh) RETURNING id
        """,
        """
        UPDATE finding SET kind = @kind, text_en = @textEn, text_ru = @textRu, text_zh = @textZh, root_cause_en = @rootCauseEn,
            root_cause_ru = @rootCauseRu, root_cause_zh = @rootCauseZh, version = version + 1
        WHERE id = @findingId AND version = @Version
        """);

    private static readonly ExercisePart CorrectiveActions = new(Table.CorrectiveAction, Table.Finding,
        """
        INSERT INTO corrective_action (finding_id, text_en, text_ru, text_zh, element, responsible_party_id, point_of_contact_en, point_of_contact_ru,
            point_of_contact_zh, start_on, due_on, status, completed_on)
        VALUES (@findingId, @textEn, @textRu, @textZh, @element, @PartyId, @contactEn, @contactRu, @contactZh, @start, @due, @status, @completed) RETURNING id
        """,
        """
        UPDATE corrective_action SET text_en = @textEn, text_ru = @textRu, text_zh = @textZh, element = @element, responsible_party_id = @PartyId,
            point_of_contact_en = @contactEn, point_of_contact_ru = @contactRu, point_of_contact_zh = @contactZh,
            start_on = @start, due_on = @due, status = @status, completed_on = @completed, version = version + 1
        WHERE id = @actionId AND version = @Version
        """);

    /// <summary>Adds an objective at the end (<paramref name="objectiveId"/> null) or changes one with its capabilities.</summary>
    public Task<Objective> SaveObjectiveAsync(long eventId, long? objectiveId, ObjectiveInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SaveObjectiveAsync(c, tx, eventId, objectiveId, input), cancellationToken);
    }

    /// <summary>Rates an objective P, S, M or U, or clears its rating (<paramref name="rating"/> null); its text and capabilities stay.</summary>
    public Task<Objective> RateAsync(long eventId, long objectiveId, Rating? rating, long version, CancellationToken cancellationToken = default) =>
        db.WriteAsync(WriteLock.Event(eventId), (c, tx) => RateAsync(c, tx, eventId, objectiveId, rating, version), cancellationToken);

    /// <summary>Rates an objective (see <see cref="RateAsync(long, long, Rating?, long, CancellationToken)"/>) inside the caller's transaction.</summary>
    internal static async Task<Objective> RateAsync(DbConnection c, DbTransaction tx, long eventId, long objectiveId, Rating? rating, long version)
    {
        await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Objective, objectiveId, eventId);
        var objective = (await ExerciseStore.ObjectivesAsync(c, eventId, tx)).Single(o => o.Id == objectiveId);
        return await SaveObjectiveAsync(c, tx, eventId, objectiveId, EvaluationRules.Rated(objective, rating, version));
    }

    /// <summary>Adds or changes an objective (see <see cref="SaveObjectiveAsync(long, long?, ObjectiveInput, CancellationToken)"/>) inside the caller's transaction.</summary>
    internal static async Task<Objective> SaveObjectiveAsync(DbConnection c, DbTransaction tx, long eventId, long? objectiveId, ObjectiveInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var known = (await ExerciseStore.CapabilitiesAsync(c, tx)).Select(k => k.Id).ToHashSet();
        var text = EvaluationRules.CheckObjective(check, input, known, objectiveId is not null);
        check.ThrowIfFailed();

        var values = new { eventId, objectiveId, text.En, text.Ru, text.Zh, rating = input.Rating?.ToString(), input.Version };
        if (objectiveId is null)
        {
            await ExerciseStore.EnsurePlanAsync(c, tx, eventId);
            objectiveId = await c.ExecuteScalarAsync<long>(
                """
                INSERT INTO objective (exercise_id, position, text_en, text_ru, text_zh, rating)
                VALUES (@eventId, (SELECT COALESCE(MAX(position), 0) + 1 FROM objective WHERE exercise_id = @eventId), @En, @Ru, @Zh, @rating) RETURNING id
                """, values, tx);
        }
        else
        {
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Objective, objectiveId.Value, eventId);
            await c.ChangeAsync(tx, Table.Objective, objectiveId.Value, input.Version!.Value,
                """
                UPDATE objective SET text_en = @En, text_ru = @Ru, text_zh = @Zh, rating = @rating, version = version + 1
                WHERE id = @objectiveId AND version = @Version
                """, values);
            await c.ExecuteAsync("DELETE FROM objective_capability WHERE objective_id = @objectiveId", new { objectiveId }, tx);
        }

        foreach (var capability in input.CapabilityIds ?? [])
        {
            await c.ExecuteAsync("INSERT INTO objective_capability (objective_id, capability_id) VALUES (@objectiveId, @capability)",
                new { objectiveId, capability }, tx);
        }

        return (await ExerciseStore.ObjectivesAsync(c, eventId, tx)).Single(o => o.Id == objectiveId);
    }

    /// <summary>Adds an observation to an objective (<paramref name="observationId"/> null) or changes one.</summary>
    public Task<Observation> SaveObservationAsync(long eventId, long? objectiveId, long? observationId, ObservationInput input,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SaveObservationAsync(c, tx, eventId, objectiveId, observationId, input), cancellationToken);
    }

    /// <summary>Adds or changes an observation (see <see cref="SaveObservationAsync(long, long?, long?, ObservationInput, CancellationToken)"/>) inside the caller's transaction.</summary>
    internal static async Task<Observation> SaveObservationAsync(DbConnection c, DbTransaction tx, long eventId, long? objectiveId, long? observationId,
        ObservationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var (evaluator, text) = EvaluationRules.CheckObservation(check, input, observationId is not null);
        check.ThrowIfFailed();
        var values = TextParameters.With(new { objectiveId, observationId, evaluator, input.Version }, ("text", text));
        var id = await Observations.SaveAsync(c, tx, eventId, objectiveId, observationId, input.Version, values);
        return (await EvaluationStore.EvaluationAsync(c, eventId, tx)).SelectMany(o => o.Observations).Single(o => o.Id == id);
    }

    /// <summary>Adds a strength or area for improvement to an objective (<paramref name="findingId"/> null) or changes one.</summary>
    public Task<Finding> SaveFindingAsync(long eventId, long? objectiveId, long? findingId, FindingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SaveFindingAsync(c, tx, eventId, objectiveId, findingId, input), cancellationToken);
    }

    /// <summary>Adds or changes a finding (see <see cref="SaveFindingAsync(long, long?, long?, FindingInput, CancellationToken)"/>) inside the caller's transaction.</summary>
    internal static async Task<Finding> SaveFindingAsync(DbConnection c, DbTransaction tx, long eventId, long? objectiveId, long? findingId, FindingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var (kind, text, rootCause) = EvaluationRules.CheckFinding(check, input, findingId is not null);
        check.ThrowIfFailed();
        var values = TextParameters.With(new { objectiveId, findingId, kind = Enums.Name(kind), input.Version }, ("text", text), ("rootCause", rootCause));
        var id = await Findings.SaveAsync(c, tx, eventId, objectiveId, findingId, input.Version, values,
            beforeChange: async () => EvaluationRules.EnsureKindChange(kind, await EvaluationStore.HasActionsAsync(c, tx, findingId!.Value)));
        return (await EvaluationStore.EvaluationAsync(c, eventId, tx)).SelectMany(o => o.Findings).Single(f => f.Id == id);
    }

    /// <summary>Adds a corrective action to an area for improvement (<paramref name="actionId"/> null) or changes one.</summary>
    public Task<CorrectiveAction> SaveCorrectiveActionAsync(long eventId, long? findingId, long? actionId, CorrectiveActionInput input,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SaveCorrectiveActionAsync(c, tx, eventId, findingId, actionId, input), cancellationToken);
    }

    /// <summary>Moves a corrective action along (open, in progress, completed on a date, cancelled); the rest of it stays.</summary>
    public Task<CorrectiveAction> SetCorrectiveStatusAsync(long eventId, long actionId, CorrectiveStatus? status, LocalDate? completedOn, long version,
        CancellationToken cancellationToken = default) =>
        db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SetCorrectiveStatusAsync(c, tx, eventId, actionId, status, completedOn, version), cancellationToken);

    /// <summary>
    /// Moves a corrective action along (see <see cref="SetCorrectiveStatusAsync(long, long, CorrectiveStatus?, LocalDate?, long, CancellationToken)"/>)
    /// inside the caller's transaction.
    /// </summary>
    internal static async Task<CorrectiveAction> SetCorrectiveStatusAsync(DbConnection c, DbTransaction tx, long eventId, long actionId, CorrectiveStatus? status,
        LocalDate? completedOn, long version)
    {
        await ExerciseStore.EnsureOwnedAsync(c, tx, Table.CorrectiveAction, actionId, eventId);
        var action = await EvaluationStore.ActionAsync(c, actionId, tx);
        return await SaveCorrectiveActionAsync(c, tx, eventId, null, actionId, EvaluationRules.WithStatus(action, status, completedOn, version));
    }

    /// <summary>
    /// Adds or changes a corrective action (see <see cref="SaveCorrectiveActionAsync(long, long?, long?, CorrectiveActionInput, CancellationToken)"/>)
    /// inside the caller's transaction.
    /// </summary>
    internal static async Task<CorrectiveAction> SaveCorrectiveActionAsync(DbConnection c, DbTransaction tx, long eventId, long? findingId, long? actionId,
        CorrectiveActionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var a = EvaluationRules.CheckCorrectiveAction(check, input, actionId is not null);
        if (input.ResponsiblePartyId is not null && !await c.ExistsAsync(tx, Table.Party, a.PartyId))
            check.Fail("responsiblePartyId", $"There is no party with id {a.PartyId}.", ErrorCode.PartyNotFound);
        check.ThrowIfFailed();

        var values = TextParameters.With(new
        {
            findingId, actionId, element = Enums.Name(a.Element), a.PartyId, start = Sql.Text(a.StartOn),
            due = Sql.Text(a.DueOn), status = Enums.Name(a.Status), completed = Sql.Text(a.CompletedOn), input.Version,
        }, ("text", a.Text), ("contact", a.PointOfContact));
        var id = await CorrectiveActions.SaveAsync(c, tx, eventId, findingId, actionId, input.Version, values,
            beforeAdd: async () => EvaluationRules.EnsureActionable(findingId!.Value, await EvaluationStore.FindingKindAsync(c, tx, findingId.Value)));
        return await EvaluationStore.ActionAsync(c, id, tx);
    }
}
