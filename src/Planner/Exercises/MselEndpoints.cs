using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;
using Planner.Access;
using Planner.Data;
using Planner.Events;
using Planner.Http;

namespace Planner.Exercises;

/// <summary>
/// <c>/api/events/{id}/exercise/msel</c>: the Master Scenario Events List. Only planners, admins and controllers
/// may read it (<see cref="Policies.Msel"/>); players (viewer tokens) get 403, and no other endpoint shows injects.
/// Planners and admins edit it; controllers only release or skip injects (<c>POST …/msel/{injectId}/status</c>).
/// </summary>
public static class MselEndpoints
{
    /// <summary>The largest MSEL file accepted by the import, in bytes.</summary>
    public const int MaxImportBytes = 1_000_000;

    /// <summary>The most injects one import may add.</summary>
    public const int MaxImportRows = 2000;

    public static void MapMsel(this RouteGroupBuilder exercise)
    {
        var msel = exercise.MapGroup("/msel").RequireAuthorization(Policies.Msel);

        msel.MapGet("/", (long id, Db db, CancellationToken ct) => db.ReadAsync(async c =>
        {
            await ExerciseStore.EnsurePlanAsync(c, null, id);
            return await ExerciseStore.InjectsAsync(c, id);
        }, ct));
        msel.MapPost("/", async (long id, InjectInput input, Db db, CancellationToken ct) =>
        {
            var created = await db.WriteAsync((c, tx) => SaveAsync(c, tx, id, null, input), ct);
            return Results.Created($"/api/events/{id}/exercise/msel/{created.Id}", created);
        });
        msel.MapPut("/{injectId:long}", (long id, long injectId, InjectInput input, Db db, CancellationToken ct) =>
            db.WriteAsync((c, tx) => SaveAsync(c, tx, id, injectId, input), ct));
        msel.MapPost("/{injectId:long}/move", (long id, long injectId, MoveInput input, Db db, CancellationToken ct) =>
            db.WriteAsync((c, tx) => MoveAsync(c, tx, id, injectId, input), ct));
        msel.MapPost("/{injectId:long}/status", (long id, long injectId, InjectStatusInput input, Db db, CancellationToken ct) =>
            db.WriteAsync((c, tx) => SetStatusAsync(c, tx, id, injectId, input), ct)).WithMetadata(new WritableByAttribute("controller"));
        msel.MapDelete("/{injectId:long}", (long id, long injectId, long? version, Db db, CancellationToken ct) =>
            ExerciseEndpoints.DeleteAsync(db, id, Table.Inject, injectId, version, ct));
        msel.MapPost("/import", async (long id, HttpRequest request, Db db, CancellationToken ct) =>
        {
            var text = await ReadCsvAsync(request, ct);
            var injects = await db.WriteAsync((c, tx) => ImportAsync(c, tx, id, text), ct);
            return Results.Created($"/api/events/{id}/exercise/msel", injects);
        });
    }

    /// <summary>The exercise's objectives by number, and the local times its injects may fall in.</summary>
    private sealed record Frame(Event Exercise, IReadOnlyDictionary<int, long> Objectives);

    private static async Task<Frame> FrameAsync(SqliteConnection c, SqliteTransaction tx, long id)
    {
        await ExerciseStore.EnsurePlanAsync(c, tx, id);
        var e = await EventStore.GetAsync(c, id, tx);
        var objectives = (await ExerciseStore.ObjectivesAsync(c, id, tx)).ToDictionary(o => o.Number, o => o.Id);
        return new Frame(e, objectives);
    }

    /// <summary>Checks one inject; <paramref name="field"/> prefixes the field names (<c>rows[3].</c> in an import).</summary>
    private static void CheckInject(Check check, string field, InjectInput input, Frame frame, int line = 0)
    {
        var at = line > 0 ? $"Line {line}: " : "";
        if (input.Number is null)
            check.Fail(field + "number", $"{at}number is required.");
        if (input.Number is <= 0)
            check.Fail(field + "number", $"{at}number is a positive whole number.");
        if (input.ScenarioTime is { } time)
            CheckTime(check, field + "scenarioTime", time, frame, at);
        else
            check.Fail(field + "scenarioTime", $"{at}scenarioTime is required.");
        check.Text(field + "from", input.From, true, 200);
        check.Text(field + "to", input.To, true, 200);
        check.Text(field + "method", input.Method, false, 100);
        check.Text(field + "message", input.Message, false, 4000);
        check.Text(field + "expectedAction", input.ExpectedAction, false, 2000);
        check.Text(field + "controller", input.Controller, false, 200);
        if (input.ObjectiveId is { } objective && !frame.Objectives.Values.Contains(objective))
            check.Fail(field + "objectiveId", $"The exercise has no objective with id {objective}.");
    }

    private static void CheckTime(Check check, string field, LocalDateTime time, Frame frame, string at = "")
    {
        var e = frame.Exercise;
        if (time < e.Start || time >= e.End)
            check.Fail(field, $"{at}{time:uuuu-MM-dd HH:mm} is outside the exercise ({e.Start:uuuu-MM-dd HH:mm} to {e.End:uuuu-MM-dd HH:mm}, local time).");
    }

    private static object Values(long id, long? injectId, InjectInput input) => new
    {
        id, injectId, input.Number, time = Sql.Text(input.ScenarioTime!.Value), from = input.From!.Trim(), to = input.To!.Trim(),
        method = input.Method?.Trim() ?? "", message = input.Message?.Trim() ?? "", expected = input.ExpectedAction?.Trim() ?? "",
        input.ObjectiveId, controller = input.Controller?.Trim() ?? "", status = Enums.Name(input.Status ?? InjectStatus.Pending), input.Version,
    };

    private const string Insert =
        """
        INSERT INTO inject (exercise_id, number, scenario_time, from_text, to_text, method, message, expected_action, objective_id, controller, status)
        VALUES (@id, @Number, @time, @from, @to, @method, @message, @expected, @ObjectiveId, @controller, @status) RETURNING id
        """;

    internal static async Task<Inject> SaveAsync(SqliteConnection c, SqliteTransaction tx, long id, long? injectId, InjectInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var frame = await FrameAsync(c, tx, id);
        var check = new Check();
        CheckInject(check, "", input, frame);
        if (injectId is not null)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        if (injectId is not null)
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Inject, injectId.Value, id);
        var taken = await c.ExecuteScalarAsync<long?>("SELECT id FROM inject WHERE exercise_id = @id AND number = @number", new { id, number = input.Number }, tx);
        if (taken is not null && taken != injectId)
            throw PlannerException.Conflict("number", $"The MSEL already has an inject number {input.Number}.");

        if (injectId is null)
        {
            injectId = await c.ExecuteScalarAsync<long>(Insert, Values(id, null, input), tx);
        }
        else
        {
            await c.ChangeAsync(tx, Table.Inject, injectId.Value, input.Version!.Value,
                """
                UPDATE inject SET number = @Number, scenario_time = @time, from_text = @from, to_text = @to, method = @method, message = @message,
                    expected_action = @expected, objective_id = @ObjectiveId, controller = @controller, status = @status, version = version + 1
                WHERE id = @injectId AND version = @Version
                """, Values(id, injectId, input));
        }

        return await ExerciseStore.InjectAsync(c, id, injectId.Value, tx);
    }

    /// <summary>
    /// Moves an inject to a new scenario time. With shiftFollowing, every inject after it (in scenario order before
    /// the move) moves by the same amount, so the script keeps its rhythm; all must stay within the exercise.
    /// </summary>
    internal static async Task<IReadOnlyList<Inject>> MoveAsync(SqliteConnection c, SqliteTransaction tx, long id, long injectId, MoveInput input)
    {
        var check = new Check();
        var time = check.Required("scenarioTime", input.ScenarioTime);
        var version = check.Required("version", input.Version);
        check.ThrowIfFailed();
        var frame = await FrameAsync(c, tx, id);
        await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Inject, injectId, id);
        await c.EnsureVersionAsync(tx, Table.Inject, injectId, version);
        CheckTime(check, "scenarioTime", time, frame);
        check.ThrowIfFailed();

        var injects = await ExerciseStore.InjectsAsync(c, id, tx);
        var index = injects.ToList().FindIndex(i => i.Id == injectId);
        var shift = Period.Between(injects[index].ScenarioTime, time, PeriodUnits.Minutes);
        var moves = new List<(Inject Inject, LocalDateTime To)> { (injects[index], time) };
        if (input.ShiftFollowing == true)
            moves.AddRange(injects.Skip(index + 1).Select(i => (i, i.ScenarioTime.Plus(shift))));
        foreach (var (inject, to) in moves.Skip(1))
            CheckTime(check, "scenarioTime", to, frame, $"Shifted by {shift.Minutes} minutes, inject {inject.Number} would fall at ");
        check.ThrowIfFailed();

        foreach (var (inject, to) in moves)
        {
            await c.ExecuteAsync("UPDATE inject SET scenario_time = @to, version = version + 1 WHERE id = @Id",
                new { to = Sql.Text(to), inject.Id }, tx);
        }

        return await ExerciseStore.InjectsAsync(c, id, tx);
    }

    /// <summary>Sets an inject's status (released, skipped, or back to pending); nothing else of it changes.</summary>
    internal static async Task<Inject> SetStatusAsync(SqliteConnection c, SqliteTransaction tx, long id, long injectId, InjectStatusInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var status = check.Required("status", input.Status);
        var version = check.Required("version", input.Version);
        check.ThrowIfFailed();
        await ExerciseStore.EnsurePlanAsync(c, tx, id);
        await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Inject, injectId, id);
        await c.ChangeAsync(tx, Table.Inject, injectId, version, "UPDATE inject SET status = @status, version = version + 1 WHERE id = @injectId AND version = @version",
            new { injectId, version, status = Enums.Name(status) });
        return await ExerciseStore.InjectAsync(c, id, injectId, tx);
    }

    private static async Task<string> ReadCsvAsync(HttpRequest request, CancellationToken ct)
    {
        var type = request.ContentType ?? "";
        if (!type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase))
            throw PlannerException.Unsupported("msel.notCsv", $"The MSEL import takes a CSV file (Content-Type: text/csv), not '{type}'.");
        if (request.ContentLength > MaxImportBytes)
            throw PlannerException.Invalid("body", $"The file is larger than {MaxImportBytes:N0} bytes.");
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxImportBytes)
                throw PlannerException.Invalid("body", $"The file is larger than {MaxImportBytes:N0} bytes.");
            buffer.Write(chunk, 0, read);
        }

        return DecodeCsv(buffer.ToArray(), "body");
    }

    /// <summary>The text of an uploaded CSV file; 422 on <paramref name="field"/> unless it is UTF-8.</summary>
    internal static string DecodeCsv(byte[] bytes, string field)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw PlannerException.Invalid(field, "The file is not UTF-8 text; save the spreadsheet as CSV UTF-8.");
        }
    }

    /// <summary>
    /// Adds every inject of the CSV file, or none: each row is checked (values, times within the exercise, numbers
    /// unique in the file and new to the MSEL) and if any row is wrong the answer is a 422 naming each fault as
    /// <c>rows[i].column</c> (i counts data rows from 0; the message gives the file's line).
    /// </summary>
    internal static async Task<IReadOnlyList<Inject>> ImportAsync(SqliteConnection c, SqliteTransaction tx, long id, string text)
    {
        var frame = await FrameAsync(c, tx, id);
        var (rows, fileErrors) = MselCsv.Read(text);
        var check = new Check();
        foreach (var (field, messages) in fileErrors)
        {
            foreach (var message in messages)
                check.Fail(field, message);
        }

        check.That(rows.Count <= MaxImportRows, "body", $"The file has {rows.Count:N0} injects; one import takes at most {MaxImportRows:N0}.");
        check.ThrowIfFailed();

        var existing = (await ExerciseStore.InjectsAsync(c, id, tx)).Select(i => i.Number).ToHashSet();
        var seen = new Dictionary<int, int>();
        var inputs = new List<InjectInput>();
        foreach (var row in rows)
        {
            var input = MselCsv.ToInput(row, frame.Objectives, check);
            var field = $"rows[{row.Index}].";

            // A number or time that did not parse is already reported; stand-ins keep it from being reported twice.
            var stand = input;
            if (input.Number is null && row["number"].Length > 0)
                stand = stand with { Number = int.MaxValue };
            if (input.ScenarioTime is null && row["scenarioTime"].Length > 0)
                stand = stand with { ScenarioTime = frame.Exercise.Start };
            CheckInject(check, field, stand, frame, row.Line);
            if (input.Number is { } number)
            {
                if (existing.Contains(number))
                    check.Fail(field + "number", $"Line {row.Line}: the MSEL already has an inject number {number}.");
                else if (seen.TryGetValue(number, out var firstLine))
                    check.Fail(field + "number", $"Line {row.Line}: inject number {number} is also on line {firstLine}.");
                else
                    seen[number] = row.Line;
            }

            inputs.Add(input);
        }

        check.ThrowIfFailed();
        foreach (var input in inputs)
            await c.ExecuteScalarAsync<long>(Insert, Values(id, null, input), tx);
        return await ExerciseStore.InjectsAsync(c, id, tx);
    }
}
