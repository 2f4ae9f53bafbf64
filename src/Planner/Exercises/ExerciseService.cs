using Dapper;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Planner.Data;
using Planner.Events;
using Planner.Http;

namespace Planner.Exercises;

/// <summary>
/// Every change of an exercise plan and its planning meetings, each in its own write transaction (the history
/// triggers record it there); and the delete of any record of an exercise, refused unless it belongs to the exercise.
/// Used by the API and the exercise page alike; the demo data calls the methods that take the caller's connection and
/// transaction, so its records pass the same checks.
/// </summary>
public sealed class ExerciseService(Db db)
{
    private static readonly ExercisePart ActionItems = new(Table.ActionItem, Table.PlanningMeeting,
        "INSERT INTO action_item (meeting_id, text, owner, due_on, status) VALUES (@meetingId, @text, @owner, @due, @status) RETURNING id",
        "UPDATE action_item SET text = @text, owner = @owner, due_on = @due, status = @status, version = version + 1 WHERE id = @actionId AND version = @Version");

    /// <summary>Creates the exercise plan of an exercise event, or replaces it (then the version is required).</summary>
    /// <exception cref="PlannerException">Invalid for a bad plan or an event that is not an exercise, NotFound without the event, Stale for an old version.</exception>
    public Task<ExercisePlan> SavePlanAsync(long eventId, ExerciseInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SavePlanAsync(c, tx, eventId, input), cancellationToken);
    }

    /// <summary>Creates or replaces the exercise plan (see <see cref="SavePlanAsync(long, ExerciseInput, CancellationToken)"/>) inside the caller's transaction.</summary>
    internal static async Task<ExercisePlan> SavePlanAsync(DbConnection c, DbTransaction tx, long eventId, ExerciseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var e = await EventStore.GetAsync(c, eventId, tx);
        ExerciseRules.EnsureExercise(e);
        var existing = await ExerciseStore.FindPlanAsync(c, eventId, tx);
        var check = new Check();
        var plan = ExerciseRules.CheckPlan(check, input, existing is not null);
        var sending = input.SendingPartyIds ?? [];
        ExerciseRules.CheckSendingParties(check, sending, await ExerciseStore.PartyKindsAsync(c, tx, sending), e.HostPartyId);
        var stages = ExerciseRules.CheckStages(check, input.Stages ?? []);
        check.ThrowIfFailed();

        var values = TextParameters.With(
            new { eventId, type = Enums.Name(plan.Type), final = input.ReportFinal == true ? 1 : 0, published = Sql.Text(input.PublishedOn), input.Version },
            ("scope", plan.Scope), ("threat", plan.Threat), ("scenario", plan.Scenario), ("sponsor", plan.Sponsor), ("contact", plan.PointOfContact),
            ("marking", plan.Marking));
        if (existing is null)
        {
            await c.ExecuteAsync(
                """
                INSERT INTO exercise (event_id, type, scope_en, scope_ru, scope_zh, threat_en, threat_ru, threat_zh, scenario_en, scenario_ru, scenario_zh,
                    sponsor_en, sponsor_ru, sponsor_zh, point_of_contact_en, point_of_contact_ru, point_of_contact_zh, marking_en, marking_ru, marking_zh,
                    report_final, published_on)
                VALUES (@eventId, @type, @scopeEn, @scopeRu, @scopeZh, @threatEn, @threatRu, @threatZh, @scenarioEn, @scenarioRu, @scenarioZh,
                    @sponsorEn, @sponsorRu, @sponsorZh, @contactEn, @contactRu, @contactZh, @markingEn, @markingRu, @markingZh, @final, @published)
                """, values, tx);
        }
        else if (existing.Version != input.Version)
        {
            throw PlannerException.Stale("exercise plan", eventId, input.Version!.Value);
        }
        else
        {
            await c.ExecuteAsync(
                """
                UPDATE exercise SET type = @type, scope_en = @scopeEn, scope_ru = @scopeRu, scope_zh = @scopeZh,
                    threat_en = @threatEn, threat_ru = @threatRu, threat_zh = @threatZh,
                    scenario_en = @scenarioEn, scenario_ru = @scenarioRu, scenario_zh = @scenarioZh,
                    sponsor_en = @sponsorEn, sponsor_ru = @sponsorRu, sponsor_zh = @sponsorZh,
                    point_of_contact_en = @contactEn, point_of_contact_ru = @contactRu, point_of_contact_zh = @contactZh,
                    marking_en = @markingEn, marking_ru = @markingRu, marking_zh = @markingZh,
                    report_final = @final, published_on = @published, version = version + 1
                WHERE event_id = @eventId
                """, values, tx);
        }

        await c.ExecuteAsync("DELETE FROM exercise_sending_party WHERE event_id = @eventId", new { eventId }, tx);
        foreach (var party in sending)
            await c.ExecuteAsync("INSERT INTO exercise_sending_party (event_id, party_id) VALUES (@eventId, @party)", new { eventId, party }, tx);
        await c.ExecuteAsync("DELETE FROM exercise_stage WHERE event_id = @eventId", new { eventId }, tx);
        for (var i = 0; i < stages.Count; i++)
        {
            var s = stages[i];
            await c.ExecuteAsync(
                """
                INSERT INTO exercise_stage (event_id, position, name_en, name_ru, name_zh, first_day, last_day)
                VALUES (@eventId, @i, @En, @Ru, @Zh, @first, @last)
                """, new { eventId, i, s.Name.En, s.Name.Ru, s.Name.Zh, first = Sql.Text(s.FirstDay), last = Sql.Text(s.LastDay) }, tx);
        }

        return await ExerciseStore.GetPlanAsync(c, eventId, tx);
    }

    /// <summary>
    /// Links an event as a planning meeting of the exercise (see <see cref="ExerciseRules.CheckMeeting"/>); returns the meetings.
    /// </summary>
    public Task<IReadOnlyList<PlanningMeeting>> LinkMeetingAsync(long eventId, MeetingInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync(WriteLock.Event(eventId), (c, tx) => LinkMeetingAsync(c, tx, eventId, input), cancellationToken);
    }

    /// <summary>Links a planning meeting (see <see cref="LinkMeetingAsync(long, MeetingInput, CancellationToken)"/>) inside the caller's transaction.</summary>
    internal static async Task<IReadOnlyList<PlanningMeeting>> LinkMeetingAsync(DbConnection c, DbTransaction tx, long eventId, MeetingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var kind = check.Required("kind", input.Kind);
        var meetingEventId = check.Required("eventId", input.EventId);
        check.ThrowIfFailed();
        await ExerciseStore.EnsurePlanAsync(c, tx, eventId);
        var exercise = await EventStore.GetAsync(c, eventId, tx);
        var meeting = await EventStore.FindAsync(c, meetingEventId, tx)
            ?? throw PlannerException.Invalid("eventId", $"There is no event with id {meetingEventId}.", ErrorCode.EventNotFound);
        var others = new List<(PlanningMeeting, NodaTime.Instant)>();
        foreach (var other in await ExerciseStore.MeetingsAsync(c, eventId, tx))
            others.Add((other, (await EventStore.GetAsync(c, other.EventId, tx)).StartAt));
        ExerciseRules.CheckMeeting(exercise, meeting, kind, others, await ExerciseStore.IsPlanningMeetingAsync(c, tx, meetingEventId));

        await c.ExecuteAsync("INSERT INTO planning_meeting (exercise_id, kind, meeting_event_id) VALUES (@eventId, @kind, @meetingEventId)",
            new { eventId, kind = Enums.Name(kind), meetingEventId }, tx);
        return await ExerciseStore.MeetingsAsync(c, eventId, tx);
    }

    /// <summary>Adds an action item to a meeting (<paramref name="actionId"/> null) or changes one; returns the meetings.</summary>
    public Task<IReadOnlyList<PlanningMeeting>> SaveActionItemAsync(long eventId, long? meetingId, long? actionId, ActionItemInput input,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SaveActionItemAsync(c, tx, eventId, meetingId, actionId, input), cancellationToken);
    }

    /// <summary>Adds or changes an action item (see <see cref="SaveActionItemAsync(long, long?, long?, ActionItemInput, CancellationToken)"/>) inside the caller's transaction.</summary>
    internal static async Task<IReadOnlyList<PlanningMeeting>> SaveActionItemAsync(DbConnection c, DbTransaction tx, long eventId, long? meetingId, long? actionId,
        ActionItemInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var (text, owner, due) = ExerciseRules.CheckActionItem(check, input, actionId is not null);
        check.ThrowIfFailed();
        var values = new { meetingId, actionId, text, owner, due = Sql.Text(due), status = Enums.Name(input.Status ?? ActionItemStatus.Open), input.Version };
        await ActionItems.SaveAsync(c, tx, eventId, meetingId, actionId, input.Version, values);
        return await ExerciseStore.MeetingsAsync(c, eventId, tx);
    }

    /// <summary>
    /// Deletes record <paramref name="id"/> of an exercise's <paramref name="table"/> (a planning meeting, action item, objective,
    /// inject, observation, finding or corrective action): NotFound unless it belongs to the exercise, Stale for an old version.
    /// </summary>
    public Task DeleteAsync(long eventId, Table table, long id, long? version, CancellationToken cancellationToken = default) =>
        db.DeleteAsync(table, id, version, cancellationToken, (c, tx) => ExerciseStore.EnsureOwnedAsync(c, tx, table, id, eventId));
}
