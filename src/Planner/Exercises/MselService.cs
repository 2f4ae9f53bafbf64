using System.Text;
using Dapper;
using System.Data.Common;
using Planner.Data;
using Planner.Events;
using Planner.Http;

namespace Planner.Exercises;

/// <summary>
/// Every change of an exercise's Master Scenario Events List: injects added, changed, moved (with the ones after
/// them), released or skipped, and imported from CSV (all rows or none), each in its own write transaction (the
/// history triggers record it there). Used by the API and the exercise page alike; the demo data calls the methods
/// that take the caller's connection and transaction, so its injects pass the same checks.
/// </summary>
public sealed class MselService(Db db)
{
    /// <summary>The largest MSEL file accepted by the import, in bytes.</summary>
    public const int MaxImportBytes = 1_000_000;

    private const string Insert =
        """
        INSERT INTO inject (exercise_id, number, scenario_time, from_text, to_text, method, message, expected_action, objective_id, controller, status)
        VALUES (@id, @Number, @time, @from, @to, @method, @message, @expected, @ObjectiveId, @controller, @status) RETURNING id
        """;

    /// <summary>Adds an inject (<paramref name="injectId"/> null) or changes one; its number is unique in the MSEL (<c>inject.numberTaken</c>).</summary>
    public Task<Inject> SaveAsync(long eventId, long? injectId, InjectInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SaveAsync(c, tx, eventId, injectId, input), cancellationToken);
    }

    /// <summary>Adds or changes an inject (see <see cref="SaveAsync(long, long?, InjectInput, CancellationToken)"/>) inside the caller's transaction.</summary>
    internal static async Task<Inject> SaveAsync(DbConnection c, DbTransaction tx, long eventId, long? injectId, InjectInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var frame = await FrameAsync(c, tx, eventId);
        var check = new Check();
        MselRules.CheckInject(check, "", input, frame);
        if (injectId is not null)
            check.Required("version", input.Version);
        check.ThrowIfFailed();
        if (injectId is not null)
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Inject, injectId.Value, eventId);
        var taken = await ExerciseStore.InjectWithNumberAsync(c, tx, eventId, input.Number!.Value);
        if (taken is not null && taken != injectId)
            throw PlannerException.Conflict("number", $"The MSEL already has an inject number {input.Number}.", ErrorCode.InjectNumberTaken);

        if (injectId is null)
        {
            injectId = await c.ExecuteScalarAsync<long>(Insert, Values(eventId, null, input), tx);
        }
        else
        {
            await c.ChangeAsync(tx, Table.Inject, injectId.Value, input.Version!.Value,
                """
                UPDATE inject SET number = @Number, scenario_time = @time, from_text = @from, to_text = @to, method = @method, message = @message,
                    expected_action = @expected, objective_id = @ObjectiveId, controller = @controller, status = @status, version = version + 1
                WHERE id = @injectId AND version = @Version
                """, Values(eventId, injectId, input));
        }

        return await ExerciseStore.InjectAsync(c, eventId, injectId.Value, tx);
    }

    /// <summary>
    /// Moves an inject to a new scenario time; with shiftFollowing the injects after it move by as much
    /// (see <see cref="MselRules.Moves"/>), all within the exercise. Returns the MSEL.
    /// </summary>
    public Task<IReadOnlyList<Inject>> MoveAsync(long eventId, long injectId, MoveInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var time = check.Required("scenarioTime", input.ScenarioTime);
        var version = check.Required("version", input.Version);
        check.ThrowIfFailed();
        return db.WriteAsync(WriteLock.Event(eventId), async (c, tx) =>
        {
            var frame = await FrameAsync(c, tx, eventId);
            await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Inject, injectId, eventId);
            await c.EnsureVersionAsync(tx, Table.Inject, injectId, version);
            MselRules.CheckTime(check, "scenarioTime", time, frame, "", ErrorCode.InjectMoveOutsideExercise);
            check.ThrowIfFailed();

            var (shift, moves) = MselRules.Moves(await ExerciseStore.InjectsAsync(c, eventId, tx), injectId, time, input.ShiftFollowing == true);
            MselRules.CheckShifted(check, shift, moves, frame);
            check.ThrowIfFailed();
            foreach (var (inject, to) in moves)
                await c.ExecuteAsync("UPDATE inject SET scenario_time = @to, version = version + 1 WHERE id = @Id", new { to = Sql.Text(to), inject.Id }, tx);
            return await ExerciseStore.InjectsAsync(c, eventId, tx);
        }, cancellationToken);
    }

    /// <summary>Sets an inject's status (released, skipped, or back to pending); nothing else of it changes. Controllers may do this.</summary>
    public Task<Inject> SetStatusAsync(long eventId, long injectId, InjectStatusInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return db.WriteAsync(WriteLock.Event(eventId), (c, tx) => SetStatusAsync(c, tx, eventId, injectId, input), cancellationToken);
    }

    /// <summary>Sets an inject's status (see <see cref="SetStatusAsync(long, long, InjectStatusInput, CancellationToken)"/>) inside the caller's transaction.</summary>
    internal static async Task<Inject> SetStatusAsync(DbConnection c, DbTransaction tx, long eventId, long injectId, InjectStatusInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var status = check.Required("status", input.Status);
        var version = check.Required("version", input.Version);
        check.ThrowIfFailed();
        await ExerciseStore.EnsurePlanAsync(c, tx, eventId);
        await ExerciseStore.EnsureOwnedAsync(c, tx, Table.Inject, injectId, eventId);
        await c.ChangeAsync(tx, Table.Inject, injectId, version, "UPDATE inject SET status = @status, version = version + 1 WHERE id = @injectId AND version = @version",
            new { injectId, version, status = Enums.Name(status) });
        return await ExerciseStore.InjectAsync(c, eventId, injectId, tx);
    }

    /// <summary>
    /// Adds every inject of a CSV file (UTF-8, at most <see cref="MaxImportBytes"/> bytes, <paramref name="length"/> when known), or none:
    /// a refusal names each fault as <c>rows[i].column</c> (see <see cref="MselRules.CheckImport"/>); faults of the file as a whole are
    /// named <paramref name="field"/>. Returns the MSEL.
    /// </summary>
    public async Task<IReadOnlyList<Inject>> ImportAsync(long eventId, Stream content, long? length, string field, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = Decode(await ReadAsync(content, length, field, cancellationToken), field);
        return await db.WriteAsync(WriteLock.Event(eventId), async (c, tx) =>
        {
            var frame = await FrameAsync(c, tx, eventId);
            var existing = (await ExerciseStore.InjectsAsync(c, eventId, tx)).Select(i => i.Number).ToHashSet();
            var check = new Check();
            var inputs = MselRules.CheckImport(check, text, frame, existing);
            check.ThrowIfFailed();
            foreach (var input in inputs)
                await c.ExecuteScalarAsync<long>(Insert, Values(eventId, null, input), tx);
            return await ExerciseStore.InjectsAsync(c, eventId, tx);
        }, cancellationToken);
    }

    private static async Task<byte[]> ReadAsync(Stream content, long? length, string field, CancellationToken cancellationToken)
    {
        var tooLarge = PlannerException.Invalid(field, $"The file is larger than {MaxImportBytes:N0} bytes.", ErrorCode.MselTooLarge);
        if (length > MaxImportBytes)
            throw tooLarge;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxImportBytes)
                throw tooLarge;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The text of an uploaded CSV file; Invalid (<c>msel.notUtf8</c>) on <paramref name="field"/> unless it is UTF-8.</summary>
    internal static string Decode(byte[] bytes, string field)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw PlannerException.Invalid(field, "The file is not UTF-8 text; save the spreadsheet as CSV UTF-8.", ErrorCode.MselNotUtf8);
        }
    }

    /// <summary>The exercise and its objectives by number; NotFound while the exercise has no plan.</summary>
    private static async Task<MselFrame> FrameAsync(DbConnection c, DbTransaction tx, long eventId)
    {
        await ExerciseStore.EnsurePlanAsync(c, tx, eventId);
        var e = await EventStore.GetAsync(c, eventId, tx);
        var objectives = (await ExerciseStore.ObjectivesAsync(c, eventId, tx)).ToDictionary(o => o.Number, o => o.Id);
        return new MselFrame(e, objectives);
    }

    private static object Values(long id, long? injectId, InjectInput input) => new
    {
        id, injectId, input.Number, time = Sql.Text(input.ScenarioTime!.Value), from = input.From!.Trim(), to = input.To!.Trim(),
        method = input.Method?.Trim() ?? "", message = input.Message?.Trim() ?? "", expected = input.ExpectedAction?.Trim() ?? "",
        input.ObjectiveId, controller = input.Controller?.Trim() ?? "", status = Enums.Name(input.Status ?? InjectStatus.Pending), input.Version,
    };
}
