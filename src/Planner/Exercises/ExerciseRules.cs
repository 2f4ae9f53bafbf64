using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Http;
using Planner.Parties;

namespace Planner.Exercises;

/// <summary>What an exercise plan and its planning meetings must be.</summary>
/// <remarks>Pure: the facts from the database (parties' kinds, the meetings' starts) are passed in, so the rules are tested without a host.</remarks>
public static class ExerciseRules
{
    /// <summary>The plan's texts in en, ru and zh, checked and trimmed.</summary>
    public sealed record PlanTexts(ExerciseType Type, LocalizedText Scope, LocalizedText Threat, LocalizedText Scenario, LocalizedText Sponsor,
        LocalizedText PointOfContact, LocalizedText Marking);

    /// <summary>Fails (<c>event.notExercise</c>) unless <paramref name="e"/> is an exercise: only exercises have an exercise plan.</summary>
    public static void EnsureExercise(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Kind != EventKind.Exercise)
        {
            throw PlannerException.Invalid("kind", $"The event {e.Id} is a {Enums.Name(e.Kind)}, not an exercise; only exercises have an exercise plan.",
                ErrorCode.EventNotExercise);
        }
    }

    /// <summary>Checks the plan's own fields: a type, texts within their lengths, a publication date for a final report, the version of an existing plan.</summary>
    public static PlanTexts CheckPlan(Check check, ExerciseInput input, bool existing)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(input);
        LocalizedText Optional(string field, LocalizedTextInput? text, int maxLength) => LocalizedTextInput.CheckOptional(check, field, text, maxLength);
        var texts = new PlanTexts(check.Required("type", input.Type), Optional("scope", input.Scope, 2000), Optional("threat", input.Threat, 1000),
            Optional("scenario", input.Scenario, 4000), Optional("sponsor", input.Sponsor, 300), Optional("pointOfContact", input.PointOfContact, 300),
            Optional("marking", input.Marking, 100));
        check.That(input.ReportFinal != true || input.PublishedOn is not null, "publishedOn", "A final report has a publication date; give publishedOn.",
            ErrorCode.ExerciseFinalWithoutDate);
        if (existing)
            check.Required("version", input.Version);
        return texts;
    }

    /// <summary>
    /// Sending parties are states (<paramref name="kinds"/> holds the kind of each party that exists), other than the host
    /// (the receiving party), each named once.
    /// </summary>
    public static void CheckSendingParties(Check check, IReadOnlyList<long> sending, IReadOnlyDictionary<long, PartyKind> kinds, long? hostPartyId)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(sending);
        ArgumentNullException.ThrowIfNull(kinds);
        for (var i = 0; i < sending.Count; i++)
        {
            var field = $"sendingPartyIds[{i}]";
            if (!kinds.TryGetValue(sending[i], out var kind))
                check.Fail(field, $"There is no party with id {sending[i]}.", ErrorCode.PartyNotFound);
            else if (kind != PartyKind.State)
                check.Fail(field, $"The party {sending[i]} is not a state; only states send forces to an exercise.", ErrorCode.ExerciseSendingNotState);
            else if (sending[i] == hostPartyId)
                check.Fail(field, $"The party {sending[i]} is the receiving party (the host), not a sending party.", ErrorCode.ExerciseSendingIsHost);
            else if (sending.Take(i).Contains(sending[i]))
                check.Fail(field, $"The party {sending[i]} is named twice.", ErrorCode.ExerciseSendingTwice);
        }
    }

    /// <summary>Stages need a name and both days, end on or after they start, and follow one another without overlap.</summary>
    public static List<Stage> CheckStages(Check check, IReadOnlyList<StageInput?> inputs)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(inputs);
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
                check.Fail($"stages[{i}].lastDay", $"The stage ends ({last:uuuu-MM-dd}) before it starts ({first:uuuu-MM-dd}).", ErrorCode.StageEndsBeforeStart);
            else if (stages.Count > 0 && first <= stages[^1].LastDay)
            {
                check.Fail($"stages[{i}].firstDay", $"The stage starts ({first:uuuu-MM-dd}) before the stage before it ends ({stages[^1].LastDay:uuuu-MM-dd}).",
                    ErrorCode.StageOverlaps);
            }

            stages.Add(new Stage(name, first, last));
        }

        return stages;
    }

    /// <summary>
    /// Checks that <paramref name="meeting"/> may be linked as the <paramref name="kind"/> meeting of <paramref name="exercise"/>:
    /// before the exercise, not the exercise itself, its kind not yet taken, and in the order of the cycle (concept and
    /// objectives, initial, midterm, scenario events, final) among the <paramref name="others"/> (each with its start);
    /// an event <paramref name="alreadyLinked"/> as a planning meeting of an exercise is not linked again.
    /// </summary>
    public static void CheckMeeting(Event exercise, Event meeting, MeetingKind kind, IReadOnlyList<(PlanningMeeting Meeting, Instant StartAt)> others,
        bool alreadyLinked)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(others);
        if (meeting.Id == exercise.Id)
            throw PlannerException.Invalid("eventId", "An exercise is not a planning meeting of itself.", ErrorCode.MeetingSelf);
        if (meeting.StartAt >= exercise.StartAt)
        {
            throw PlannerException.Invalid("eventId",
                $"The meeting starts ({meeting.Start:uuuu-MM-dd HH:mm}) after the exercise does; planning meetings come before it.", ErrorCode.MeetingAfterExercise);
        }

        if (others.Any(m => m.Meeting.Kind == kind))
            throw PlannerException.Conflict("kind", $"The exercise already has its {Enums.Name(kind)} meeting; unlink it first.", ErrorCode.MeetingKindTaken);
        if (alreadyLinked)
            throw PlannerException.Conflict("eventId", $"The event {meeting.Id} is already a planning meeting of an exercise.", ErrorCode.MeetingAlreadyLinked);
        foreach (var (other, otherStart) in others)
        {
            if ((other.Kind < kind && otherStart >= meeting.StartAt) || (other.Kind > kind && otherStart <= meeting.StartAt))
            {
                throw PlannerException.Invalid("eventId",
                    $"The {Enums.Name(kind)} meeting must come {(other.Kind < kind ? "after" : "before")} the {Enums.Name(other.Kind)} meeting ({other.Start:uuuu-MM-dd}).",
                    ErrorCode.MeetingOutOfOrder);
            }
        }
    }

    /// <summary>Checks an action item of a planning meeting: its text, owner and due date, and the version of an existing one.</summary>
    public static (string Text, string Owner, LocalDate DueOn) CheckActionItem(Check check, ActionItemInput input, bool existing)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(input);
        var text = check.Text("text", input.Text, true, 1000);
        var owner = check.Text("owner", input.Owner, true, 200);
        var due = check.Required("dueOn", input.DueOn);
        if (existing)
            check.Required("version", input.Version);
        return (text, owner, due);
    }
}
