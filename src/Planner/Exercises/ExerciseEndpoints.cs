using Dapper;
using Microsoft.Data.Sqlite;
using Planner.Access;
using Planner.Data;
using Planner.Events;
using Planner.Http;

namespace Planner.Exercises;

/// <summary>
/// <c>/api/events/{id}/exercise</c>: the exercise plan (type, parties, stages, report status) and the planning
/// meetings with their action items. The evaluation, the MSEL and the report have their own endpoint classes.
/// </summary>
public static class ExerciseEndpoints
{
    public static IServiceCollection AddExercises(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Authorization.AuthorizationOptions>(o =>
            o.AddPolicy(Policies.Msel, p => p.RequireRole("planner", "admin", "controller")));
        return services;
    }

    public static void MapExercises(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/capabilities", (Db db, CancellationToken ct) => db.ReadAsync(c => ExerciseStore.CapabilitiesAsync(c), ct)).WithTags("Exercises");

        var exercise = api.MapGroup("/events/{id:long}/exercise").WithTags("Exercises");
        exercise.MapGet("/", (long id, Db db, CancellationToken ct) => db.ReadAsync(c => ExerciseStore.GetPlanAsync(c, id), ct));
        exercise.MapPut("/", (long id, ExerciseInput input, Db db, CancellationToken ct) => db.WriteAsync((c, tx) => SavePlanAsync(c, tx, id, input), ct));

        exercise.MapGet("/meetings", (long id, Db db, CancellationToken ct) => db.ReadAsync(async c =>
        {
            await ExerciseStore.EnsurePlanAsync(c, null, id);
            return await ExerciseStore.MeetingsAsync(c, id);
        }, ct));
        exercise.MapPost("/meetings", async (long id, MeetingInput input, Db db, CancellationToken ct) =>
            Results.Created($"/api/events/{id}/exercise/meetings", await db.WriteAsync((c, tx) => LinkMeetingAsync(c, tx, id, input), ct)));
        exercise.MapDelete("/meetings/{meetingId:long}", (long id, long meetingId, long? version, Db db, CancellationToken ct) =>
            DeleteAsync(db, id, Table.PlanningMeeting, meetingId, version, ct));

        exercise.MapPost("/meetings/{meetingId:long}/actions", async (long id, long meetingId, ActionItemInput input, Db db, CancellationToken ct) =>
            Results.Created($"/api/events/{id}/exercise/meetings", await db.WriteAsync((c, tx) => SaveActionAsync(c, tx, id, meetingId, null, input), ct)));
        exercise.MapPut("/actions/{actionId:long}", (long id, long actionId, ActionItemInput input, Db db, CancellationToken ct) =>
            db.WriteAsync((c, tx) => SaveActionAsync(c, tx, id, null, actionId, input), ct));
        exercise.MapDelete("/actions/{actionId:long}", (long id, long actionId, long? version, Db db, CancellationToken ct) =>
            DeleteAsync(db, id, Table.ActionItem, actionId, version, ct));

        exercise.MapEvaluation();
        exercise.MapMsel();
    }

    /// <summary>Deletes one record of an exercise table (the shared DELETE), refused with 404 unless it belongs to the exercise.</summary>
    internal static Task<IResult> DeleteAsync(Db db, long eventId, Table table, long id, long? version, CancellationToken ct) =>
        db.DeleteAsync(table, id, version, ct, (c, tx) => ExerciseStore.EnsureOwnedAsync(c, tx, table, id, eventId));

    /// <summary>Creates the exercise plan of an exercise event, or replaces it (then the version is required).</summary>
    public static async Task<ExercisePlan> SavePlanAsync(SqliteConnection c, SqliteTransaction tx, long eventId, ExerciseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var e = await EventStore.GetAsync(c, eventId, tx);
        ExerciseStore.EnsureExerciseKind(e);
        var existing = await ExerciseStore.FindPlanAsync(c, eventId, tx);

        var check = new Check();
        var type = check.Required("type", input.Type);
        var scope = check.Text("scope", input.Scope, false, 2000);
        var threat = check.Text("threat", input.Threat, false, 1000);
        var scenario = check.Text("scenario", input.Scenario, false, 4000);
        var sponsor = check.Text("sponsor", input.Sponsor, false, 300);
        var contact = check.Text("pointOfContact", input.PointOfContact, false, 300);
        var marking = check.Text("marking", input.Marking, false, 100);
        var final = input.ReportFinal ?? false;
        check.That(!final || input.PublishedOn is not null, "publishedOn", "A final report has a publication date; give publishedOn.");
        if (existing is not null)
            check.Required("version", input.Version);

        var sending = input.SendingPartyIds ?? [];
        for (var i = 0; i < sending.Count; i++)
        {
            var kind = await c.ExecuteScalarAsync<string?>("SELECT kind FROM party WHERE id = @p", new { p = sending[i] }, tx);
            if (kind is null)
                check.Fail($"sendingPartyIds[{i}]", $"There is no party with id {sending[i]}.");
            else if (kind != "state")
                check.Fail($"sendingPartyIds[{i}]", $"The party {sending[i]} is not a state; only states send forces to an exercise.");
            else if (sending[i] == e.HostPartyId)
                check.Fail($"sendingPartyIds[{i}]", $"The party {sending[i]} is the receiving party (the host), not a sending party.");
            else if (sending.Take(i).Contains(sending[i]))
                check.Fail($"sendingPartyIds[{i}]", $"The party {sending[i]} is named twice.");
        }

        var stages = CheckStages(check, input.Stages ?? []);
        check.ThrowIfFailed();

        var values = new
        {
            eventId, type = Enums.Name(type), scope, threat, scenario, sponsor, contact, marking,
            final = final ? 1 : 0, published = Sql.Text(input.PublishedOn), input.Version,
        };
        if (existing is null)
        {
            await c.ExecuteAsync(
                """
                INSERT INTO exercise (event_id, type, scope, threat, scenario, sponsor, point_of_contact, marking, report_final, published_on)
                VALUES (@eventId, @type, @scope, @threat, @scenario, @sponsor, @contact, @marking, @final, @published)
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
                UPDATE exercise SET type = @type, scope = @scope, threat = @threat, scenario = @scenario, sponsor = @sponsor,
                    point_of_contact = @contact, marking = @marking, report_final = @final, published_on = @published, version = version + 1
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

    /// <summary>Stages need a name and both days, end on or after they start, and follow one another without overlap.</summary>
    private static List<Stage> CheckStages(Check check, IReadOnlyList<StageInput> inputs)
    {
        var stages = new List<Stage>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var s = inputs[i] ?? new StageInput(null, null, null);
            var name = LocalizedTextInput.Check(check, $"stages[{i}].name", s.Name);
            var first = check.Required($"stages[{i}].firstDay", s.FirstDay);
            var last = check.Required($"stages[{i}].lastDay", s.LastDay);
            if (s.FirstDay is null || s.LastDay is null)
                continue;
            if (last < first)
                check.Fail($"stages[{i}].lastDay", $"The stage ends ({last:uuuu-MM-dd}) before it starts ({first:uuuu-MM-dd}).");
            else if (stages.Count > 0 && first <= stages[^1].LastDay)
                check.Fail($"stages[{i}].firstDay", $"The stage starts ({first:uuuu-MM-dd}) before the stage before it ends ({stages[^1].LastDay:uuuu-MM-dd}).");
            stages.Add(new Stage(name, first, last));
        }

        return stages;
    }

    /// <summary>
    /// Links an event as a planning meeting of the exercise. The meetings must be held in the order of the cycle
    /// (concept and objectives, initial, midterm, scenario events, final), all before the exercise starts.
    /// </summary>
    private static async Task<IReadOnlyList<PlanningMeeting>> LinkMeetingAsync(SqliteConnection c, SqliteTransaction tx, long id, MeetingInput input)
    {
        var check = new Check();
        var kind = check.Required("kind", input.Kind);
        var meetingEventId = check.Required("eventId", input.EventId);
        check.ThrowIfFailed();
        await ExerciseStore.EnsurePlanAsync(c, tx, id);
        var exercise = await EventStore.GetAsync(c, id, tx);
        var meeting = await EventStore.FindAsync(c, meetingEventId, tx)
            ?? throw PlannerException.Invalid("eventId", $"There is no event with id {meetingEventId}.");
        if (meeting.Id == id)
            throw PlannerException.Invalid("eventId", "An exercise is not a planning meeting of itself.");
        if (meeting.StartAt >= exercise.StartAt)
            throw PlannerException.Invalid("eventId", $"The meeting starts ({meeting.Start:uuuu-MM-dd HH:mm}) after the exercise does; planning meetings come before it.");

        var meetings = await ExerciseStore.MeetingsAsync(c, id, tx);
        if (meetings.Any(m => m.Kind == kind))
            throw PlannerException.Conflict("kind", $"The exercise already has its {Enums.Name(kind)} meeting; unlink it first.");
        if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM planning_meeting WHERE meeting_event_id = @meetingEventId", new { meetingEventId }, tx) > 0)
            throw PlannerException.Conflict("eventId", $"The event {meetingEventId} is already a planning meeting of an exercise.");
        foreach (var other in meetings)
        {
            var otherStart = (await EventStore.GetAsync(c, other.EventId, tx)).StartAt;
            if ((other.Kind < kind && otherStart >= meeting.StartAt) || (other.Kind > kind && otherStart <= meeting.StartAt))
            {
                throw PlannerException.Invalid("eventId",
                    $"The {Enums.Name(kind)} meeting must come {(other.Kind < kind ? "after" : "before")} the {Enums.Name(other.Kind)} meeting ({other.Start:uuuu-MM-dd}).");
            }
        }

        await c.ExecuteAsync("INSERT INTO planning_meeting (exercise_id, kind, meeting_event_id) VALUES (@id, @kind, @meetingEventId)",
            new { id, kind = Enums.Name(kind), meetingEventId }, tx);
        return await ExerciseStore.MeetingsAsync(c, id, tx);
    }

    /// <summary>Adds an action item to a meeting (<paramref name="actionId"/> null) or changes one; returns the meetings.</summary>
    private static async Task<IReadOnlyList<PlanningMeeting>> SaveActionAsync(SqliteConnection c, SqliteTransaction tx, long id,
        long? meetingId, long? actionId, ActionItemInput input)
    {
        var check = new Check();
        var text = check.Text("text", input.Text, true, 1000);
        var owner = check.Text("owner", input.Owner, true, 200);
        var due = check.Required("dueOn", input.DueOn);
        if (actionId is not null)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        var values = new { meetingId, actionId, text, owner, due = Sql.Text(due), status = Enums.Name(input.Status ?? ActionItemStatus.Open), input.Version };
        if (actionId is null)
        {
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.PlanningMeeting, meetingId!.Value, id);
            await c.ExecuteAsync("INSERT INTO action_item (meeting_id, text, owner, due_on, status) VALUES (@meetingId, @text, @owner, @due, @status)", values, tx);
        }
        else
        {
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.ActionItem, actionId.Value, id);
            await c.ChangeAsync(tx, Table.ActionItem, actionId.Value, input.Version!.Value,
                "UPDATE action_item SET text = @text, owner = @owner, due_on = @due, status = @status, version = version + 1 WHERE id = @actionId AND version = @Version",
                values);
        }

        return await ExerciseStore.MeetingsAsync(c, id, tx);
    }
}
