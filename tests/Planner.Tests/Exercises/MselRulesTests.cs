using NodaTime;
using Planner.Errors;
using Planner.Events;
using Planner.Exercises;
using Planner.Http;

namespace Planner.Tests.Exercises;

/// <summary>The MSEL's rules (times within the exercise, moves, imports), without a host.</summary>
public sealed class MselRulesTests
{
    private static readonly LocalDateTime Start = new(2009, 4, 17, 9, 0);

    /// <summary>An exercise of 17 April 09:00 to 19 April 18:00 with objectives 1 and 2.</summary>
    internal static readonly MselFrame Frame = new(
        new Event(7, EventKind.Exercise, new LocalizedText("Norak-Antiterror 2009", "Норак-Антитеррор-2009", ""), null, null, 1, "Asia/Dushanbe",
            Start, new LocalDateTime(2009, 4, 19, 18, 0), Instant.FromUtc(2009, 4, 17, 4, 0), Instant.FromUtc(2009, 4, 19, 13, 0), 1, null, EventStatus.Held, 1),
        new Dictionary<int, long> { [1] = 101, [2] = 102 });

    private static Inject Inject(long id, int number, LocalDateTime at) =>
        new(id, number, at, "HQ", "Staff", "", "", "", null, "", InjectStatus.Pending, 1);

    private static readonly Inject[] Msel = [Inject(1, 1, Start.PlusHours(1)), Inject(2, 2, Start.PlusHours(2)), Inject(3, 3, Start.PlusHours(5))];

    [Fact]
    public void Moving_an_inject_with_the_ones_after_it_keeps_the_rhythm_of_the_script()
    {
        var (shift, moves) = MselRules.Moves(Msel, 2, Start.PlusHours(3).PlusMinutes(30), shiftFollowing: true);
        Assert.Equal(90, shift.Minutes);
        Assert.Equal([(2L, Start.PlusHours(3).PlusMinutes(30)), (3L, Start.PlusHours(6).PlusMinutes(30))], moves.Select(m => (m.Inject.Id, m.To)));
    }

    [Fact]
    public void Moving_an_inject_alone_leaves_the_others_where_they_are()
    {
        var (_, moves) = MselRules.Moves(Msel, 1, Start.PlusHours(4), shiftFollowing: false);
        Assert.Equal([1L], moves.Select(m => m.Inject.Id));
    }

    [Fact]
    public void A_shift_that_pushes_a_later_inject_past_the_end_is_refused_naming_that_inject()
    {
        var (shift, moves) = MselRules.Moves(Msel, 1, new LocalDateTime(2009, 4, 19, 14, 0), shiftFollowing: true);
        var check = new Check();
        MselRules.CheckShifted(check, shift, moves, Frame);
        var error = Assert.Throws<PlannerException>(check.ThrowIfFailed);
        Assert.Equal("inject.moveOutsideExercise", error.Code);
        Assert.Contains("inject 3 would fall at 2009-04-19 18:00 is outside the exercise", error.Errors["scenarioTime"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_end_of_the_exercise_is_outside_it_and_its_start_inside()
    {
        var check = new Check();
        MselRules.CheckTime(check, "t", Start, Frame, "", ErrorCode.InjectOutsideExercise);
        Assert.False(check.Failed);
        MselRules.CheckTime(check, "t", Frame.Exercise.End, Frame, "", ErrorCode.InjectOutsideExercise);
        Assert.Equal("inject.outsideExercise", Assert.Throws<PlannerException>(check.ThrowIfFailed).Code);
    }

    [Fact]
    public void An_inject_names_only_objectives_of_its_exercise()
    {
        var check = new Check();
        MselRules.CheckInject(check, "", new InjectInput(4, Start.PlusHours(1), "HQ", "Staff", null, null, null, 999, null, null, null), Frame);
        var error = Assert.Throws<PlannerException>(check.ThrowIfFailed);
        Assert.Equal("objective.notFound", error.Code);
        Assert.Equal(["objectiveId"], error.Errors.Keys);
    }

    [Fact]
    public void An_import_refuses_numbers_taken_or_repeated_and_reports_a_bad_value_once()
    {
        const string csv = "number,scenarioTime,from,to\n"
            + "2,2009-04-17 10:00,HQ,Staff\n"
            + "9,2009-04-17 11:00,HQ,Staff\n"
            + "9,2009-04-17 12:00,HQ,Staff\n"
            + "10,tomorrow,HQ,Staff\n";
        var check = new Check();
        var inputs = MselRules.CheckImport(check, csv, Frame, new HashSet<int> { 1, 2 });
        Assert.Equal(4, inputs.Count);
        var error = Assert.Throws<PlannerException>(check.ThrowIfFailed);
        Assert.Equal(["Line 2: the MSEL already has an inject number 2."], error.Errors["rows[0].number"]);
        Assert.Equal(["Line 4: inject number 9 is also on line 3."], error.Errors["rows[2].number"]);
        Assert.Single(error.Errors["rows[3].scenarioTime"]);
        Assert.False(error.Errors.ContainsKey("rows[1].number"));
    }

    [Fact]
    public void An_import_of_more_rows_than_allowed_is_refused_as_a_whole()
    {
        var rows = Enumerable.Range(1, MselRules.MaxImportRows + 1).Select(n => $"{n},2009-04-17 10:00,HQ,Staff");
        var check = new Check();
        Assert.Empty(MselRules.CheckImport(check, "number,scenarioTime,from,to\n" + string.Join("\n", rows), Frame, new HashSet<int>()));
        Assert.Equal("msel.tooManyRows", Assert.Throws<PlannerException>(check.ThrowIfFailed).Code);
    }
}
