using NodaTime;
using Planner.Events;
using Planner.Http;

namespace Planner.Exercises;

/// <summary>The exercise an inject belongs to (its local times bound the scenario) and its objectives by number.</summary>
public sealed record MselFrame(Event Exercise, IReadOnlyDictionary<int, long> Objectives);

/// <summary>What the injects of a Master Scenario Events List must be: their values, times, numbers and moves.</summary>
/// <remarks>Pure: the exercise and the MSEL as it stands are passed in, so the rules are tested without a host.</remarks>
public static class MselRules
{
    /// <summary>The most injects one import may add.</summary>
    public const int MaxImportRows = 2000;

    /// <summary>Checks one inject; <paramref name="field"/> prefixes the field names (<c>rows[3].</c> in an import), <paramref name="line"/> is the file's line.</summary>
    public static void CheckInject(Check check, string field, InjectInput input, MselFrame frame, int line = 0)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(frame);
        var at = line > 0 ? $"Line {line}: " : "";
        if (input.Number is null)
            check.Fail(field + "number", $"{at}number is required.", ErrorCode.ValueRequired);
        if (input.Number is <= 0)
            check.Fail(field + "number", $"{at}number is a positive whole number.", ErrorCode.InjectNumberNotPositive);
        if (input.ScenarioTime is { } time)
            CheckTime(check, field + "scenarioTime", time, frame, at, ErrorCode.InjectOutsideExercise);
        else
            check.Fail(field + "scenarioTime", $"{at}scenarioTime is required.", ErrorCode.ValueRequired);
        check.Text(field + "from", input.From, true, 200);
        check.Text(field + "to", input.To, true, 200);
        check.Text(field + "method", input.Method, false, 100);
        check.Text(field + "message", input.Message, false, 4000);
        check.Text(field + "expectedAction", input.ExpectedAction, false, 2000);
        check.Text(field + "controller", input.Controller, false, 200);
        if (input.ObjectiveId is { } objective && !frame.Objectives.Values.Contains(objective))
            check.Fail(field + "objectiveId", $"The exercise has no objective with id {objective}.", ErrorCode.ObjectiveNotFound);
    }

    /// <summary>A scenario time falls within the exercise: from its start, before its end (local time at the venue).</summary>
    public static void CheckTime(Check check, string field, LocalDateTime time, MselFrame frame, string at, ErrorCode code)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(frame);
        var e = frame.Exercise;
        if (time < e.Start || time >= e.End)
            check.Fail(field, $"{at}{time:uuuu-MM-dd HH:mm} is outside the exercise ({e.Start:uuuu-MM-dd HH:mm} to {e.End:uuuu-MM-dd HH:mm}, local time).", code);
    }

    /// <summary>
    /// Where a move takes injects: <paramref name="injectId"/> to <paramref name="to"/> and, with <paramref name="shiftFollowing"/>,
    /// every inject after it in <paramref name="injects"/> (scenario order before the move) by the same amount, so the script keeps its
    /// rhythm. The first move is the inject's own.
    /// </summary>
    public static (Period Shift, IReadOnlyList<(Inject Inject, LocalDateTime To)> Moves) Moves(IReadOnlyList<Inject> injects, long injectId, LocalDateTime to,
        bool shiftFollowing)
    {
        ArgumentNullException.ThrowIfNull(injects);
        var index = injects.ToList().FindIndex(i => i.Id == injectId);
        var shift = Period.Between(injects[index].ScenarioTime, to, PeriodUnits.Minutes);
        var moves = new List<(Inject, LocalDateTime)> { (injects[index], to) };
        if (shiftFollowing)
            moves.AddRange(injects.Skip(index + 1).Select(i => (i, i.ScenarioTime.Plus(shift))));
        return (shift, moves);
    }

    /// <summary>The injects shifted after the one moved (all moves but the first) stay within the exercise (<c>inject.moveOutsideExercise</c> otherwise).</summary>
    public static void CheckShifted(Check check, Period shift, IReadOnlyList<(Inject Inject, LocalDateTime To)> moves, MselFrame frame)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(shift);
        ArgumentNullException.ThrowIfNull(moves);
        foreach (var (inject, to) in moves.Skip(1))
            CheckTime(check, "scenarioTime", to, frame, $"Shifted by {shift.Minutes} minutes, inject {inject.Number} would fall at ", ErrorCode.InjectMoveOutsideExercise);
    }

    /// <summary>
    /// The injects of a CSV file, each checked (values, times within the exercise, numbers unique in the file and not in
    /// <paramref name="existing"/>); faults are recorded as <c>rows[i].column</c> (i counts data rows from 0; the message gives the file's line).
    /// </summary>
    public static IReadOnlyList<InjectInput> CheckImport(Check check, string text, MselFrame frame, IReadOnlySet<int> existing)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(existing);
        var (rows, fileErrors) = MselCsv.Read(text);
        foreach (var (field, messages) in fileErrors)
        {
            foreach (var message in messages)
                check.Fail(field, message, ErrorCode.MselUnreadable);
        }

        check.That(rows.Count <= MaxImportRows, "body", $"The file has {rows.Count:N0} injects; one import takes at most {MaxImportRows:N0}.", ErrorCode.MselTooManyRows);
        if (check.Failed)
            return [];

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
                    check.Fail(field + "number", $"Line {row.Line}: the MSEL already has an inject number {number}.", ErrorCode.MselNumberTaken);
                else if (seen.TryGetValue(number, out var firstLine))
                    check.Fail(field + "number", $"Line {row.Line}: inject number {number} is also on line {firstLine}.", ErrorCode.MselNumberTwice);
                else
                    seen[number] = row.Line;
            }

            inputs.Add(input);
        }

        return inputs;
    }
}
