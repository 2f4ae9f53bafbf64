using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Http;

namespace Planner.Exercises;

/// <summary>Queries of the evaluation (observations, findings) and the improvement plan (corrective actions).</summary>
public static class EvaluationStore
{
    private sealed record ObservationRow(long Id, long ObjectiveId, string Evaluator, string TextEn, string TextRu, string TextZh, long Version);

    private sealed record FindingRow(long Id, long ObjectiveId, string Kind, string TextEn, string TextRu, string TextZh, string RootCauseEn,
        string RootCauseRu, string RootCauseZh, long Version);

    private sealed record ActionRow(long Id, long FindingId, string TextEn, string TextRu, string TextZh, string Element, long PartyId, string Code,
        string NameEn, string NameRu, string NameZh, string PointOfContactEn, string PointOfContactRu, string PointOfContactZh, string StartOn,
        string DueOn, string Status, string? CompletedOn, long Version);

    private const string ActionSelect =
        """
        SELECT a.id, a.finding_id AS FindingId, a.text_en AS TextEn, a.text_ru AS TextRu, a.text_zh AS TextZh, a.element, p.id AS PartyId, p.code,
               p.name_en AS NameEn, p.name_ru AS NameRu, p.name_zh AS NameZh, a.point_of_contact_en AS PointOfContactEn,
               a.point_of_contact_ru AS PointOfContactRu, a.point_of_contact_zh AS PointOfContactZh, a.start_on AS StartOn, a.due_on AS DueOn, a.status,
               a.completed_on AS CompletedOn, a.version
        FROM corrective_action a JOIN party p ON p.id = a.responsible_party_id
          JOIN finding f ON f.id = a.finding_id JOIN objective o ON o.id = f.objective_id
        """;

    /// <summary>Every objective of the exercise with its observations and findings (strengths first), each finding with its corrective actions.</summary>
    public static async Task<IReadOnlyList<ObjectiveEvaluation>> EvaluationAsync(DbConnection c, long eventId, DbTransaction? tx = null)
    {
        var objectives = await ExerciseStore.ObjectivesAsync(c, eventId, tx);
        var observations = (await c.QueryAsync<ObservationRow>(
            """
            SELECT x.id, x.objective_id AS ObjectiveId, x.evaluator, x.text_en AS TextEn, x.text_ru AS TextRu, x.text_zh AS TextZh, x.version
            FROM observation x JOIN objective o ON o.id = x.objective_id WHERE o.exercise_id = @eventId ORDER BY x.id
            """, new { eventId }, tx)).ToLookup(r => r.ObjectiveId);
        var findings = (await c.QueryAsync<FindingRow>(
            """
            SELECT f.id, f.objective_id AS ObjectiveId, f.kind, f.text_en AS TextEn, f.text_ru AS TextRu, f.text_zh AS TextZh,
                   f.root_cause_en AS RootCauseEn, f.root_cause_ru AS RootCauseRu, f.root_cause_zh AS RootCauseZh, f.version
            FROM finding f JOIN objective o ON o.id = f.objective_id WHERE o.exercise_id = @eventId
            ORDER BY CASE f.kind WHEN 'strength' THEN 0 ELSE 1 END, f.id
            """, new { eventId }, tx)).ToLookup(r => r.ObjectiveId);
        var actions = (await ActionsAsync(c, eventId, tx)).ToLookup(a => a.FindingId);
        return objectives.Select(o => new ObjectiveEvaluation(o,
            observations[o.Id].Select(r => new Observation(r.Id, r.ObjectiveId, r.Evaluator, new LocalizedText(r.TextEn, r.TextRu, r.TextZh), r.Version)).ToList(),
            findings[o.Id].Select(r => new Finding(r.Id, r.ObjectiveId, Enums.Parse<FindingKind>(r.Kind), new LocalizedText(r.TextEn, r.TextRu, r.TextZh),
                new LocalizedText(r.RootCauseEn, r.RootCauseRu, r.RootCauseZh),
                actions[r.Id].ToList(), r.Version)).ToList())).ToList();
    }

    /// <summary>The improvement plan: corrective actions of the exercise by objective, then completion date.</summary>
    public static async Task<IReadOnlyList<CorrectiveAction>> ActionsAsync(DbConnection c, long eventId, DbTransaction? tx = null) =>
        (await c.QueryAsync<ActionRow>(ActionSelect + " WHERE o.exercise_id = @eventId ORDER BY o.position, a.due_on, a.id", new { eventId }, tx))
        .Select(ToAction).ToList();

    /// <summary>One corrective action; NotFound (<c>correctiveAction.notFound</c>) when there is none with <paramref name="actionId"/>.</summary>
    public static async Task<CorrectiveAction> ActionAsync(DbConnection c, long actionId, DbTransaction? tx = null) =>
        await c.QuerySingleOrDefaultAsync<ActionRow>(ActionSelect + " WHERE a.id = @actionId", new { actionId }, tx) is { } row
            ? ToAction(row)
            : throw PlannerException.NotFound("corrective action", actionId);

    /// <summary>The kind of finding <paramref name="findingId"/>; null when there is none.</summary>
    public static async Task<FindingKind?> FindingKindAsync(DbConnection c, DbTransaction? tx, long findingId) =>
        await c.ExecuteScalarAsync<string?>("SELECT kind FROM finding WHERE id = @findingId", new { findingId }, tx) is { } kind
            ? Enums.Parse<FindingKind>(kind)
            : null;

    /// <summary>True when finding <paramref name="findingId"/> has corrective actions.</summary>
    public static async Task<bool> HasActionsAsync(DbConnection c, DbTransaction? tx, long findingId) =>
        await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM corrective_action WHERE finding_id = @findingId", new { findingId }, tx) > 0;

    private sealed record OverdueRow(long ExerciseId, string TitleEn, string TitleRu, string TitleZh, string ObjectiveEn, string ObjectiveRu, string ObjectiveZh,
        string FindingEn, string FindingRu, string FindingZh, long ActionId);

    /// <summary>
    /// Corrective actions of every exercise that are neither completed nor cancelled and whose completion date is
    /// before <paramref name="today"/>, most overdue first.
    /// </summary>
    public static async Task<IReadOnlyList<OverdueAction>> OverdueAsync(DbConnection c, LocalDate today, DbTransaction? tx = null)
    {
        var rows = (await c.QueryAsync<OverdueRow>(
            """
            SELECT o.exercise_id AS ExerciseId, e.title_en AS TitleEn, e.title_ru AS TitleRu, e.title_zh AS TitleZh,
                   o.text_en AS ObjectiveEn, o.text_ru AS ObjectiveRu, o.text_zh AS ObjectiveZh,
                   f.text_en AS FindingEn, f.text_ru AS FindingRu, f.text_zh AS FindingZh, a.id AS ActionId
            FROM corrective_action a JOIN finding f ON f.id = a.finding_id JOIN objective o ON o.id = f.objective_id
              JOIN event e ON e.id = o.exercise_id
            WHERE a.status IN ('open', 'inProgress') AND a.due_on < @today
            ORDER BY a.due_on, a.id
            """, new { today = Sql.Text(today) }, tx)).ToList();
        var actions = rows.Count == 0
            ? new Dictionary<long, CorrectiveAction>()
            : (await c.QueryAsync<ActionRow>(Dialect.Of(c).Lists(ActionSelect + " WHERE a.id IN @ids"), new { ids = rows.Select(r => r.ActionId).ToArray() }, tx))
                .Select(ToAction).ToDictionary(a => a.Id);
        return rows.Select(r =>
        {
            var action = actions[r.ActionId];
            return new OverdueAction(r.ExerciseId, new LocalizedText(r.TitleEn, r.TitleRu, r.TitleZh), new LocalizedText(r.ObjectiveEn, r.ObjectiveRu, r.ObjectiveZh),
                new LocalizedText(r.FindingEn, r.FindingRu, r.FindingZh), action,
                Period.Between(action.DueOn, today, PeriodUnits.Days).Days);
        }).ToList();
    }

    private static CorrectiveAction ToAction(ActionRow r) => new(r.Id, r.FindingId, new LocalizedText(r.TextEn, r.TextRu, r.TextZh),
        Enums.Parse<CapabilityElement>(r.Element), new PartyRef(r.PartyId, r.Code, new LocalizedText(r.NameEn, r.NameRu, r.NameZh)),
        new LocalizedText(r.PointOfContactEn, r.PointOfContactRu, r.PointOfContactZh), Sql.Date(r.StartOn),
        Sql.Date(r.DueOn), Enums.Parse<CorrectiveStatus>(r.Status), Sql.Date(r.CompletedOn, nullable: true), r.Version);
}
