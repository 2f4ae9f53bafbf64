using NodaTime;
using Planner.Errors;
using Planner.Events;
using Planner.Exercises;
using Planner.Http;
using Planner.Parties;

namespace Planner.Tests.Exercises;

/// <summary>The rules of exercise plans and planning meetings, without a host.</summary>
public sealed class ExerciseRulesTests
{
    private static Event At(long id, EventKind kind, LocalDateTime start) =>
        new(id, kind, new LocalizedText($"Event {id}", "", ""), null, null, 1, "UTC", start, start.PlusDays(1),
            start.InUtc().ToInstant(), start.PlusDays(1).InUtc().ToInstant(), 1, null, EventStatus.Planned, 1);

    private static readonly Event Exercise = At(1, EventKind.Exercise, new LocalDateTime(2009, 4, 17, 9, 0));

    private static (PlanningMeeting, Instant) Meeting(MeetingKind kind, long eventId, LocalDateTime start) =>
        (new PlanningMeeting(eventId * 10, kind, eventId, new LocalizedText("", "", ""), start, "UTC", [], 1), start.InUtc().ToInstant());

    [Fact]
    public void Only_an_exercise_has_an_exercise_plan()
    {
        ExerciseRules.EnsureExercise(Exercise);
        var error = Assert.Throws<PlannerException>(() => ExerciseRules.EnsureExercise(At(2, EventKind.Council, Exercise.Start)));
        Assert.Equal("event.notExercise", error.Code);
    }

    [Fact]
    public void Stages_follow_one_another_and_end_on_or_after_they_start()
    {
        var check = new Check();
        StageInput Stage(string name, int first, int last) =>
            new(new LocalizedTextInput(name, null, null), new LocalDate(2009, 4, first), new LocalDate(2009, 4, last));
        var stages = ExerciseRules.CheckStages(check, [Stage("Consultations", 1, 10), Stage("Preparation", 10, 12), Stage("Conduct", 18, 17), null]);
        Assert.Equal(["Consultations", "Preparation", "Conduct"], stages.Select(s => s.Name.En));
        var error = Assert.Throws<PlannerException>(check.ThrowIfFailed);
        Assert.Equal("stage.overlaps", error.Code);
        Assert.Equal(["stages[1].firstDay", "stages[2].lastDay", "stages[3].firstDay", "stages[3].lastDay", "stages[3].name"],
            error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Sending_parties_are_states_other_than_the_host_each_named_once()
    {
        var check = new Check();
        var kinds = new Dictionary<long, PartyKind> { [1] = PartyKind.State, [2] = PartyKind.State, [3] = PartyKind.Organisation };
        ExerciseRules.CheckSendingParties(check, [2, 1, 3, 4, 2], kinds, hostPartyId: 1);
        var error = Assert.Throws<PlannerException>(check.ThrowIfFailed);
        Assert.Equal("exercise.sendingIsHost", error.Code);
        Assert.Equal(["sendingPartyIds[1]", "sendingPartyIds[2]", "sendingPartyIds[3]", "sendingPartyIds[4]"], error.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["There is no party with id 4."], error.Errors["sendingPartyIds[3]"]);
        Assert.Equal(["The party 2 is named twice."], error.Errors["sendingPartyIds[4]"]);
    }

    [Fact]
    public void A_final_report_needs_its_publication_date()
    {
        var check = new Check();
        ExerciseRules.CheckPlan(check, new ExerciseInput(ExerciseType.Tabletop, null, null, null, null, null, null, null, null, true, null, null), existing: false);
        Assert.Equal("exercise.finalWithoutDate", Assert.Throws<PlannerException>(check.ThrowIfFailed).Code);
    }

    [Fact]
    public void Planning_meetings_come_before_the_exercise_in_the_order_of_the_cycle()
    {
        var initial = Meeting(MeetingKind.Initial, 3, new LocalDateTime(2009, 1, 20, 10, 0));
        var final = Meeting(MeetingKind.Final, 4, new LocalDateTime(2009, 3, 20, 10, 0));
        var midterm = At(5, EventKind.Workshop, new LocalDateTime(2009, 2, 15, 10, 0));
        ExerciseRules.CheckMeeting(Exercise, midterm, MeetingKind.Midterm, [initial, final], alreadyLinked: false);

        PlannerException Refused(Event meeting, MeetingKind kind, bool linked = false) =>
            Assert.Throws<PlannerException>(() => ExerciseRules.CheckMeeting(Exercise, meeting, kind, [initial, final], linked));
        var early = At(6, EventKind.Workshop, new LocalDateTime(2009, 1, 10, 10, 0));
        var outOfOrder = Refused(early, MeetingKind.Midterm);
        Assert.Equal("meeting.outOfOrder", outOfOrder.Code);
        Assert.Contains("must come after the initial meeting (2009-01-20)", outOfOrder.Message, StringComparison.Ordinal);
        Assert.Equal("meeting.afterExercise", Refused(At(7, EventKind.Workshop, Exercise.Start), MeetingKind.Midterm).Code);
        Assert.Equal("meeting.self", Refused(Exercise, MeetingKind.Midterm).Code);
        Assert.Equal("meeting.kindTaken", Refused(midterm, MeetingKind.Final).Code);
        Assert.Equal("meeting.alreadyLinked", Refused(midterm, MeetingKind.Midterm, linked: true).Code);
    }
}
