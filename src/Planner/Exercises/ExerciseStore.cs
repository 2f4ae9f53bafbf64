using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Events;
using Planner.Http;
using Planner.Parties;

namespace Planner.Exercises;

/// <summary>Queries of exercise plans, planning meetings, objectives, the MSEL and the evaluation.</summary>
public static class ExerciseStore
{
    private sealed record PlanRow(long EventId, string Type, string ScopeEn, string ScopeRu, string ScopeZh, string ThreatEn, string ThreatRu,
        string ThreatZh, string ScenarioEn, string ScenarioRu, string ScenarioZh, string SponsorEn, string SponsorRu, string SponsorZh,
        string PointOfContactEn, string PointOfContactRu, string PointOfContactZh, string MarkingEn, string MarkingRu, string MarkingZh,
        long ReportFinal, string? PublishedOn, long Version, long? HostId);

    private sealed record PartyRow(long Id, string Code, string NameEn, string NameRu, string NameZh);

    private sealed record StageRow(string NameEn, string NameRu, string NameZh, string FirstDay, string LastDay);

    /// <summary>The exercise plan of an event; NotFound (<c>event.notFound</c>, <c>exercise.noPlan</c>) when the event does not exist or has no plan yet.</summary>
    public static async Task<ExercisePlan> GetPlanAsync(DbConnection c, long eventId, DbTransaction? tx = null) =>
        await FindPlanAsync(c, eventId, tx) ?? throw NoPlan(eventId);

    public static async Task<ExercisePlan?> FindPlanAsync(DbConnection c, long eventId, DbTransaction? tx = null)
    {
        var row = await c.QuerySingleOrDefaultAsync<PlanRow>(
            """
            SELECT x.event_id AS EventId, x.type, x.scope_en AS ScopeEn, x.scope_ru AS ScopeRu, x.scope_zh AS ScopeZh,
                   x.threat_en AS ThreatEn, x.threat_ru AS ThreatRu, x.threat_zh AS ThreatZh,
                   x.scenario_en AS ScenarioEn, x.scenario_ru AS ScenarioRu, x.scenario_zh AS ScenarioZh,
                   x.sponsor_en AS SponsorEn, x.sponsor_ru AS SponsorRu, x.sponsor_zh AS SponsorZh,
                   x.point_of_contact_en AS PointOfContactEn, x.point_of_contact_ru AS PointOfContactRu, x.point_of_contact_zh AS PointOfContactZh,
                   x.marking_en AS MarkingEn, x.marking_ru AS MarkingRu, x.marking_zh AS MarkingZh,
                   x.report_final AS ReportFinal, x.published_on AS PublishedOn, x.version, e.host_party_id AS HostId
            FROM exercise x JOIN event e ON e.id = x.event_id WHERE x.event_id = @eventId
            """, new { eventId }, tx);
        if (row is null)
        {
            await c.EnsureExistsAsync(tx, Table.Event, eventId);
            return null;
        }

        var host = row.HostId is { } h
            ? (await c.QueryAsync<PartyRow>(PartySelect + " WHERE id = @h", new { h }, tx)).Select(ToParty).SingleOrDefault()
            : null;
        var sending = (await c.QueryAsync<PartyRow>(
            PartySelect + " WHERE id IN (SELECT party_id FROM exercise_sending_party WHERE event_id = @eventId) ORDER BY name_ru COLLATE ru",
            new { eventId }, tx)).Select(ToParty).ToList();
        var stages = (await c.QueryAsync<StageRow>(
            """
            SELECT name_en AS NameEn, name_ru AS NameRu, name_zh AS NameZh, first_day AS FirstDay, last_day AS LastDay
            FROM exercise_stage WHERE event_id = @eventId ORDER BY position
            """, new { eventId }, tx))
            .Select(s => new Stage(new LocalizedText(s.NameEn, s.NameRu, s.NameZh), Sql.Date(s.FirstDay), Sql.Date(s.LastDay))).ToList();
        return new ExercisePlan(row.EventId, Enums.Parse<ExerciseType>(row.Type), host, sending, stages,
            new LocalizedText(row.ScopeEn, row.ScopeRu, row.ScopeZh), new LocalizedText(row.ThreatEn, row.ThreatRu, row.ThreatZh),
            new LocalizedText(row.ScenarioEn, row.ScenarioRu, row.ScenarioZh), new LocalizedText(row.SponsorEn, row.SponsorRu, row.SponsorZh),
            new LocalizedText(row.PointOfContactEn, row.PointOfContactRu, row.PointOfContactZh), new LocalizedText(row.MarkingEn, row.MarkingRu, row.MarkingZh),
            row.ReportFinal == 1, Sql.Date(row.PublishedOn, nullable: true), row.Version);
    }

    /// <summary>NotFound (<c>exercise.noPlan</c>) unless the event has an exercise plan (every part of an exercise hangs from it).</summary>
    public static async Task EnsurePlanAsync(DbConnection c, DbTransaction? tx, long eventId)
    {
        if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM exercise WHERE event_id = @eventId", new { eventId }, tx) == 0)
        {
            await c.EnsureExistsAsync(tx, Table.Event, eventId);
            throw NoPlan(eventId);
        }
    }

    private static PlannerException NoPlan(long eventId) =>
        PlannerException.NotFound(ErrorCode.ExerciseNoPlan, $"The event {eventId} has no exercise plan; PUT /api/events/{eventId}/exercise first.");

    /// <summary>How to find the exercise a record of each exercise table belongs to.</summary>
    private static readonly Dictionary<string, string> Owners = new(StringComparer.Ordinal)
    {
        [Table.PlanningMeeting.Name] = "SELECT exercise_id FROM planning_meeting WHERE id = @id",
        [Table.ActionItem.Name] = "SELECT m.exercise_id FROM action_item a JOIN planning_meeting m ON m.id = a.meeting_id WHERE a.id = @id",
        [Table.Objective.Name] = "SELECT exercise_id FROM objective WHERE id = @id",
        [Table.Inject.Name] = "SELECT exercise_id FROM inject WHERE id = @id",
        [Table.Observation.Name] = "SELECT o.exercise_id FROM observation x JOIN objective o ON o.id = x.objective_id WHERE x.id = @id",
        [Table.Finding.Name] = "SELECT o.exercise_id FROM finding f JOIN objective o ON o.id = f.objective_id WHERE f.id = @id",
        [Table.CorrectiveAction.Name] =
            "SELECT o.exercise_id FROM corrective_action a JOIN finding f ON f.id = a.finding_id JOIN objective o ON o.id = f.objective_id WHERE a.id = @id",
    };

    /// <summary>NotFound (<c>objective.notFound</c>, <c>inject.notFound</c>, …) unless the record <paramref name="id"/> of <paramref name="table"/> belongs to the exercise <paramref name="eventId"/>.</summary>
    public static async Task EnsureOwnedAsync(DbConnection c, DbTransaction? tx, Table table, long id, long eventId)
    {
        ArgumentNullException.ThrowIfNull(table);
        var owner = await c.ExecuteScalarAsync<long?>(Owners[table.Name], new { id }, tx);
        if (owner != eventId)
            throw PlannerException.NotFound(ErrorCode.RecordNotFound.Specific(PlannerException.CodeOf(table.What) + ".notFound"), $"The exercise {eventId} has no {table.What} with id {id}.");
    }

    private const string PartySelect = "SELECT id, code, name_en AS NameEn, name_ru AS NameRu, name_zh AS NameZh FROM party";

    private static PartyRef ToParty(PartyRow r) => new(r.Id, r.Code, new LocalizedText(r.NameEn, r.NameRu, r.NameZh));

    private sealed record MeetingRow(long Id, string Kind, long EventId, string TitleEn, string TitleRu, string TitleZh, string StartLocal, string TimeZone, long Version);

    private sealed record ActionRow(long Id, long MeetingId, string Text, string Owner, string DueOn, string Status, long Version);

    /// <summary>The planning meetings of an exercise in the order of the cycle, each with its action items by due date.</summary>
    public static async Task<IReadOnlyList<PlanningMeeting>> MeetingsAsync(DbConnection c, long eventId, DbTransaction? tx = null)
    {
        var meetings = await c.QueryAsync<MeetingRow>(
            """
            SELECT m.id, m.kind, m.meeting_event_id AS EventId, e.title_en AS TitleEn, e.title_ru AS TitleRu, e.title_zh AS TitleZh,
                   e.start_local AS StartLocal, v.time_zone AS TimeZone, m.version
            FROM planning_meeting m JOIN event e ON e.id = m.meeting_event_id JOIN venue v ON v.id = e.venue_id
            WHERE m.exercise_id = @eventId ORDER BY e.start_at
            """, new { eventId }, tx);
        var actions = (await c.QueryAsync<ActionRow>(
            """
            SELECT a.id, a.meeting_id AS MeetingId, a.text, a.owner, a.due_on AS DueOn, a.status, a.version
            FROM action_item a JOIN planning_meeting m ON m.id = a.meeting_id
            WHERE m.exercise_id = @eventId ORDER BY a.due_on, a.id
            """, new { eventId }, tx)).ToLookup(a => a.MeetingId);
        return meetings
            .Select(m => new PlanningMeeting(m.Id, Enums.Parse<MeetingKind>(m.Kind), m.EventId, new LocalizedText(m.TitleEn, m.TitleRu, m.TitleZh),
                Sql.DateTime(m.StartLocal), m.TimeZone,
                actions[m.Id].Select(a => new ActionItem(a.Id, a.Text, a.Owner, Sql.Date(a.DueOn), Enums.Parse<ActionItemStatus>(a.Status), a.Version)).ToList(),
                m.Version))
            .OrderBy(m => m.Kind)
            .ToList();
    }

    private sealed record CapabilityRow(long Id, string Code, string NameEn, string NameRu, string NameZh);

    private sealed record LinkRow(long ObjectiveId, long Id, string Code, string NameEn, string NameRu, string NameZh);

    public static async Task<IReadOnlyList<Capability>> CapabilitiesAsync(DbConnection c, DbTransaction? tx = null) =>
        (await c.QueryAsync<CapabilityRow>(
            "SELECT id, code, name_en AS NameEn, name_ru AS NameRu, name_zh AS NameZh FROM capability ORDER BY id", transaction: tx))
        .Select(r => new Capability(r.Id, r.Code, new LocalizedText(r.NameEn, r.NameRu, r.NameZh))).ToList();

    private sealed record ObjectiveRow(long Id, long Position, string TextEn, string TextRu, string TextZh, string? Rating, long Version);

    /// <summary>The objectives of an exercise in their order, with the capabilities each tests.</summary>
    public static async Task<IReadOnlyList<Objective>> ObjectivesAsync(DbConnection c, long eventId, DbTransaction? tx = null)
    {
        var rows = await c.QueryAsync<ObjectiveRow>(
            """
            SELECT id, position, text_en AS TextEn, text_ru AS TextRu, text_zh AS TextZh, rating, version
            FROM objective WHERE exercise_id = @eventId ORDER BY position
            """, new { eventId }, tx);
        var links = (await c.QueryAsync<LinkRow>(
            """
            SELECT l.objective_id AS ObjectiveId, k.id, k.code, k.name_en AS NameEn, k.name_ru AS NameRu, k.name_zh AS NameZh
            FROM objective_capability l JOIN capability k ON k.id = l.capability_id JOIN objective o ON o.id = l.objective_id
            WHERE o.exercise_id = @eventId ORDER BY k.id
            """, new { eventId }, tx)).ToLookup(l => l.ObjectiveId);
        return rows.Select(r => new Objective(r.Id, (int)r.Position, new LocalizedText(r.TextEn, r.TextRu, r.TextZh),
            links[r.Id].Select(l => new Capability(l.Id, l.Code, new LocalizedText(l.NameEn, l.NameRu, l.NameZh))).ToList(),
            r.Rating is null ? null : Enum.Parse<Rating>(r.Rating), r.Version)).ToList();
    }

    private sealed record InjectRow(long Id, long Number, string ScenarioTime, string FromText, string ToText, string Method, string Message,
        string ExpectedAction, long? ObjectiveId, string Controller, string Status, long Version);

    /// <summary>The MSEL of an exercise in scenario order. Only planners and controllers may be shown it.</summary>
    public static async Task<IReadOnlyList<Inject>> InjectsAsync(DbConnection c, long eventId, DbTransaction? tx = null) =>
        (await c.QueryAsync<InjectRow>(
            """
            SELECT id, number, scenario_time AS ScenarioTime, from_text AS FromText, to_text AS ToText, method, message,
                   expected_action AS ExpectedAction, objective_id AS ObjectiveId, controller, status, version
            FROM inject WHERE exercise_id = @eventId ORDER BY scenario_time, number
            """, new { eventId }, tx))
        .Select(r => new Inject(r.Id, (int)r.Number, Sql.DateTime(r.ScenarioTime), r.FromText, r.ToText, r.Method, r.Message,
            r.ExpectedAction, r.ObjectiveId, r.Controller, Enums.Parse<InjectStatus>(r.Status), r.Version)).ToList();

    public static async Task<Inject> InjectAsync(DbConnection c, long eventId, long injectId, DbTransaction? tx = null) =>
        (await InjectsAsync(c, eventId, tx)).Single(i => i.Id == injectId);

    /// <summary>The id of the inject of the exercise's MSEL that has <paramref name="number"/>; null while the number is free.</summary>
    public static Task<long?> InjectWithNumberAsync(DbConnection c, DbTransaction? tx, long eventId, int number) =>
        c.ExecuteScalarAsync<long?>("SELECT id FROM inject WHERE exercise_id = @eventId AND number = @number", new { eventId, number }, tx);

    /// <summary>The kind of each of <paramref name="partyIds"/> that exists (a party that does not is left out).</summary>
    public static async Task<IReadOnlyDictionary<long, PartyKind>> PartyKindsAsync(DbConnection c, DbTransaction? tx, IReadOnlyList<long> partyIds)
    {
        ArgumentNullException.ThrowIfNull(partyIds);
        if (partyIds.Count == 0)
            return new Dictionary<long, PartyKind>();
        return (await c.QueryAsync<(long Id, string Kind)>(Dialect.Of(c).Lists("SELECT id, kind FROM party WHERE id IN @ids"), new { ids = partyIds.Distinct().ToArray() }, tx))
            .ToDictionary(r => r.Id, r => Enums.Parse<PartyKind>(r.Kind));
    }

    /// <summary>True when the event <paramref name="meetingEventId"/> is already a planning meeting of an exercise.</summary>
    public static async Task<bool> IsPlanningMeetingAsync(DbConnection c, DbTransaction? tx, long meetingEventId) =>
        await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM planning_meeting WHERE meeting_event_id = @meetingEventId", new { meetingEventId }, tx) > 0;

    /// <summary>Reads a part of an exercise with <paramref name="read"/>; NotFound (<c>exercise.noPlan</c>) while the exercise has no plan.</summary>
    public static async Task<T> WithPlanAsync<T>(DbConnection c, long eventId, Func<DbConnection, long, DbTransaction?, Task<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        await EnsurePlanAsync(c, null, eventId);
        return await read(c, eventId, null);
    }
}
