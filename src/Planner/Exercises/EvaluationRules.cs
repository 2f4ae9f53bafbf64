using NodaTime;
using Planner.Http;

namespace Planner.Exercises;

/// <summary>What objectives, ratings, observations, findings and corrective actions must be.</summary>
/// <remarks>Pure: the facts from the database (the capabilities that exist) are passed in, so the rules are tested without a host.</remarks>
public static class EvaluationRules
{
    /// <summary>Checks an objective: a text, at least one capability (each one that exists, named once), the version of an existing one.</summary>
    public static LocalizedText CheckObjective(Check check, ObjectiveInput input, IReadOnlySet<long> capabilities, bool existing)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(capabilities);
        var text = LocalizedTextInput.Check(check, "text", input.Text);
        var named = input.CapabilityIds ?? [];
        check.That(named.Count > 0, "capabilityIds", "An objective tests at least one capability; name it in capabilityIds.", ErrorCode.ObjectiveNoCapability);
        for (var i = 0; i < named.Count; i++)
        {
            if (!capabilities.Contains(named[i]))
                check.Fail($"capabilityIds[{i}]", $"There is no capability with id {named[i]}; see /api/capabilities.", ErrorCode.CapabilityNotFound);
            else if (named.Take(i).Contains(named[i]))
                check.Fail($"capabilityIds[{i}]", $"The capability {named[i]} is named twice.", ErrorCode.ObjectiveCapabilityTwice);
        }

        if (existing)
            check.Required("version", input.Version);
        return text;
    }

    /// <summary>
    /// The change that rates <paramref name="objective"/> (P, S, M or U, or no rating): its text and capabilities stay as they are.
    /// </summary>
    public static ObjectiveInput Rated(Objective objective, Rating? rating, long version)
    {
        ArgumentNullException.ThrowIfNull(objective);
        return new ObjectiveInput(LocalizedTextInput.Of(objective.Text),
            objective.Capabilities.Select(k => k.Id).ToList(), rating, version);
    }

    /// <summary>Checks an observation: who saw it and what, and the version of an existing one.</summary>
    public static (string Evaluator, LocalizedText Text) CheckObservation(Check check, ObservationInput input, bool existing)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(input);
        var evaluator = check.Text("evaluator", input.Evaluator, true, 200);
        var text = LocalizedTextInput.Check(check, "text", input.Text, true, 4000);
        if (existing)
            check.Required("version", input.Version);
        return (evaluator, text);
    }

    /// <summary>Checks a finding: its kind and text; an area for improvement also names its root cause (each in en, ru, zh; English required).</summary>
    public static (FindingKind Kind, LocalizedText Text, LocalizedText RootCause) CheckFinding(Check check, FindingInput input, bool existing)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(input);
        var kind = check.Required("kind", input.Kind);
        var text = LocalizedTextInput.Check(check, "text", input.Text, true, 4000);
        var rootCause = input.Kind == FindingKind.AreaForImprovement
            ? LocalizedTextInput.Check(check, "rootCause", input.RootCause, true, 4000)
            : LocalizedTextInput.CheckOptional(check, "rootCause", input.RootCause, 4000);
        if (existing)
            check.Required("version", input.Version);
        return (kind, text, rootCause);
    }

    /// <summary>A finding with corrective actions is an area for improvement, and stays one.</summary>
    public static void EnsureKindChange(FindingKind kind, bool hasActions)
    {
        if (kind == FindingKind.Strength && hasActions)
        {
            throw PlannerException.Invalid("kind", "This area for improvement has corrective actions; it cannot become a strength.",
                ErrorCode.FindingHasCorrectiveActions);
        }
    }

    /// <summary>Corrective actions address areas for improvement, never strengths.</summary>
    public static void EnsureActionable(long findingId, FindingKind? kind)
    {
        if (kind != FindingKind.AreaForImprovement)
        {
            throw PlannerException.Invalid("findingId", $"The finding {findingId} is a strength; corrective actions address areas for improvement.",
                ErrorCode.CorrectiveActionOnStrength);
        }
    }

    /// <summary>A corrective action as checked: its values with the status (open when not given).</summary>
    public sealed record CheckedAction(LocalizedText Text, CapabilityElement Element, long PartyId, LocalizedText PointOfContact, LocalDate StartOn, LocalDate DueOn,
        CorrectiveStatus Status, LocalDate? CompletedOn);

    /// <summary>
    /// Checks a corrective action: text, element, responsible party, start and completion dates (the completion not before the
    /// start); a completed action has the date it was completed, on or after its start, and no other action has one.
    /// </summary>
    public static CheckedAction CheckCorrectiveAction(Check check, CorrectiveActionInput input, bool existing)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(input);
        var text = LocalizedTextInput.Check(check, "text", input.Text, true, 2000);
        var element = check.Required("element", input.Element);
        var party = check.Required("responsiblePartyId", input.ResponsiblePartyId);
        var contact = LocalizedTextInput.CheckOptional(check, "pointOfContact", input.PointOfContact, 300);
        var start = check.Required("startOn", input.StartOn);
        var due = check.Required("dueOn", input.DueOn);
        var status = input.Status ?? CorrectiveStatus.Open;
        if (input.StartOn is not null && input.DueOn is not null && due < start)
            check.Fail("dueOn", $"The completion date ({due:uuuu-MM-dd}) is before the start date ({start:uuuu-MM-dd}).", ErrorCode.CorrectiveActionDueBeforeStart);
        if (status == CorrectiveStatus.Completed)
        {
            check.That(input.CompletedOn is not null, "completedOn", "A completed action has the date it was completed; give completedOn.",
                ErrorCode.CorrectiveActionCompletedWithoutDate);
        }
        else
        {
            check.That(input.CompletedOn is null, "completedOn", "Only a completed action has a completion date.", ErrorCode.CorrectiveActionNotCompleted);
        }

        if (input.CompletedOn is { } done && input.StartOn is not null && done < start)
        {
            check.Fail("completedOn", $"The action was completed ({done:uuuu-MM-dd}) before it started ({start:uuuu-MM-dd}).",
                ErrorCode.CorrectiveActionCompletedBeforeStart);
        }

        if (existing)
            check.Required("version", input.Version);
        return new CheckedAction(text, element, party, contact, start, due, status, input.CompletedOn);
    }

    /// <summary>The change that moves <paramref name="action"/> along (open, in progress, completed on a date, cancelled); the rest stays.</summary>
    public static CorrectiveActionInput WithStatus(CorrectiveAction action, CorrectiveStatus? status, LocalDate? completedOn, long version)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new CorrectiveActionInput(LocalizedTextInput.Of(action.Text), action.Element, action.Responsible.Id, LocalizedTextInput.Of(action.PointOfContact),
            action.StartOn, action.DueOn, status, completedOn, version);
    }
}
