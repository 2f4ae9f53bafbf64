using System.Text.Json.Serialization;
using NodaTime;
using Planner.Http;

namespace Planner.Exercises;

/// <summary>The HSEEP classes of exercise, from discussion-based (seminar) to operations-based (full-scale).</summary>
public enum ExerciseType
{
    Seminar,
    Workshop,
    Tabletop,
    Game,
    Drill,

    /// <summary>A functional exercise; in SCO usage a headquarters or command-staff exercise.</summary>
    Functional,

    /// <summary>A full-scale exercise; in SCO usage a field (battle) exercise with troops.</summary>
    FullScale,
}

/// <summary>The planning meetings of an exercise, in the order they are held.</summary>
public enum MeetingKind
{
    ConceptAndObjectives,
    Initial,
    Midterm,

    /// <summary>The meeting that writes the Master Scenario Events List.</summary>
    ScenarioEvents,
    Final,
}

public enum ActionItemStatus
{
    Open,
    Done,
    Cancelled,
}

/// <summary>How an objective was performed (HSEEP): P without challenges, S with some, M with major ones, U unable to be performed.</summary>
/// <remarks>Written and read as the capital letter, as the rating appears in an after-action report.</remarks>
public enum Rating
{
    [JsonStringEnumMemberName("P")]
    P,

    [JsonStringEnumMemberName("S")]
    S,

    [JsonStringEnumMemberName("M")]
    M,

    [JsonStringEnumMemberName("U")]
    U,
}

public enum InjectStatus
{
    Pending,
    Released,
    Skipped,
}

public enum FindingKind
{
    Strength,
    AreaForImprovement,
}

/// <summary>The element of a capability a corrective action works on.</summary>
public enum CapabilityElement
{
    Planning,
    Organisation,
    Equipment,
    Training,
    Exercise,
}

public enum CorrectiveStatus
{
    Open,
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>A stage of the exercise (consultations, preparation, conduct); both days inclusive.</summary>
public sealed record Stage(LocalizedText Name, LocalDate FirstDay, LocalDate LastDay);

/// <summary>A party as shown in an exercise: its id, code and names.</summary>
public sealed record PartyRef(long Id, string Code, LocalizedText Name);

/// <summary>
/// The plan of an exercise event. The receiving party is the event's host; the sending parties are the other
/// states that send forces or staff. While <see cref="ReportFinal"/> is false the after-action report is a draft.
/// </summary>
public sealed record ExercisePlan(
    long EventId,
    ExerciseType Type,
    PartyRef? ReceivingParty,
    IReadOnlyList<PartyRef> SendingParties,
    IReadOnlyList<Stage> Stages,
    LocalizedText Scope,
    LocalizedText Threat,
    LocalizedText Scenario,
    LocalizedText Sponsor,
    LocalizedText PointOfContact,
    LocalizedText Marking,
    bool ReportFinal,
    LocalDate? PublishedOn,
    long Version);

public sealed record StageInput(LocalizedTextInput? Name, LocalDate? FirstDay, LocalDate? LastDay);

/// <summary>
/// An exercise plan as a client sends it; the version is required to change an existing plan. Each text is
/// <c>{ "en": …, "ru": …, "zh": … }</c> or a plain string (English); all of them may be left out.
/// </summary>
public sealed record ExerciseInput(
    ExerciseType? Type,
    IReadOnlyList<long>? SendingPartyIds,
    IReadOnlyList<StageInput>? Stages,
    LocalizedTextInput? Scope,
    LocalizedTextInput? Threat,
    LocalizedTextInput? Scenario,
    LocalizedTextInput? Sponsor,
    LocalizedTextInput? PointOfContact,
    LocalizedTextInput? Marking,
    bool? ReportFinal,
    LocalDate? PublishedOn,
    long? Version);

public sealed record ActionItem(long Id, string Text, string Owner, LocalDate DueOn, ActionItemStatus Status, long Version);

/// <summary>A planning meeting: another event, with its place in the cycle and its action items.</summary>
public sealed record PlanningMeeting(long Id, MeetingKind Kind, long EventId, LocalizedText Title, LocalDateTime Start, string TimeZone,
    IReadOnlyList<ActionItem> Actions, long Version);

public sealed record MeetingInput(MeetingKind? Kind, long? EventId);

public sealed record ActionItemInput(string? Text, string? Owner, LocalDate? DueOn, ActionItemStatus? Status, long? Version);

public sealed record Capability(long Id, string Code, LocalizedText Name);

/// <summary>An exercise objective (numbered by position), the capabilities it tests and, once evaluated, its rating.</summary>
public sealed record Objective(long Id, int Number, LocalizedText Text, IReadOnlyList<Capability> Capabilities, Rating? Rating, long Version);

public sealed record ObjectiveInput(LocalizedTextInput? Text, IReadOnlyList<long>? CapabilityIds, Rating? Rating, long? Version);

/// <summary>
/// A scripted event of the MSEL: at <see cref="ScenarioTime"/> (local time at the venue) the controller
/// delivers <see cref="Message"/> from a simulated sender to the players by <see cref="Method"/>.
/// </summary>
public sealed record Inject(long Id, int Number, LocalDateTime ScenarioTime, string From, string To, string Method, string Message,
    string ExpectedAction, long? ObjectiveId, string Controller, InjectStatus Status, long Version);

public sealed record InjectInput(int? Number, LocalDateTime? ScenarioTime, string? From, string? To, string? Method, string? Message,
    string? ExpectedAction, long? ObjectiveId, string? Controller, InjectStatus? Status, long? Version);

/// <summary>Releases an inject, skips it, or puts it back to pending (a controller's part during the exercise).</summary>
public sealed record InjectStatusInput(InjectStatus? Status, long? Version);

/// <summary>Moves an inject to a new scenario time; with <see cref="ShiftFollowing"/> the injects after it move by as much.</summary>
public sealed record MoveInput(LocalDateTime? ScenarioTime, bool? ShiftFollowing, long? Version);

public sealed record Observation(long Id, long ObjectiveId, string Evaluator, LocalizedText Text, long Version);

public sealed record ObservationInput(string? Evaluator, LocalizedTextInput? Text, long? Version);

/// <summary>A strength, or an area for improvement with its root cause and the corrective actions taken on it.</summary>
public sealed record Finding(long Id, long ObjectiveId, FindingKind Kind, LocalizedText Text, LocalizedText RootCause,
    IReadOnlyList<CorrectiveAction> Actions, long Version);

public sealed record FindingInput(FindingKind? Kind, LocalizedTextInput? Text, LocalizedTextInput? RootCause, long? Version);

/// <summary>A corrective action: what is done, by which party (<see cref="Responsible"/>) and whom there to ask (<see cref="PointOfContact"/>).</summary>
public sealed record CorrectiveAction(long Id, long FindingId, LocalizedText Text, CapabilityElement Element, PartyRef Responsible,
    LocalizedText PointOfContact, LocalDate StartOn, LocalDate DueOn, CorrectiveStatus Status, LocalDate? CompletedOn, long Version);

public sealed record CorrectiveActionInput(LocalizedTextInput? Text, CapabilityElement? Element, long? ResponsiblePartyId, LocalizedTextInput? PointOfContact,
    LocalDate? StartOn, LocalDate? DueOn, CorrectiveStatus? Status, LocalDate? CompletedOn, long? Version);

/// <summary>An objective with what the evaluators saw and found.</summary>
public sealed record ObjectiveEvaluation(Objective Objective, IReadOnlyList<Observation> Observations, IReadOnlyList<Finding> Findings);

/// <summary>A corrective action past its completion date and not completed, with the exercise it came from.</summary>
public sealed record OverdueAction(long ExerciseId, LocalizedText Exercise, LocalizedText Objective, LocalizedText Finding, CorrectiveAction Action, int DaysOverdue);
