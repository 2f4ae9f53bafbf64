using Microsoft.AspNetCore.Mvc;
using Planner.Data;
using Planner.Http;

namespace Planner.Exercises.Pages;

/// <summary>
/// The evaluation's forms: an objective, a finding on an objective (a strength or an area for improvement),
/// and a corrective action on an area for improvement, which then appears in the improvement plan.
/// </summary>
public sealed partial class ExercisePageModel
{
    public Task<IActionResult> OnPostObjectiveAsync(long[]? capabilityIds, CancellationToken cancellationToken)
    {
        var input = new ObjectiveInput(Texts("text"), capabilityIds ?? [], null, null);
        return ChangeAsync("objective", () => evaluation.SaveObjectiveAsync(Id, null, input, cancellationToken),
            cancellationToken, fragment: "objectives");
    }

    public Task<IActionResult> OnPostFindingAsync(string? objectiveId, string? kind, CancellationToken cancellationToken)
    {
        var objective = Number("finding", "objectiveId", objectiveId);
        var input = new FindingInput(Enums.TryParse<FindingKind>(kind), Texts("text"), Texts("rootCause"), null);
        return ChangeAsync("finding", () => evaluation.SaveFindingAsync(Id, objective, null, input, cancellationToken),
            cancellationToken, fragment: "objectives");
    }

    public Task<IActionResult> OnPostCorrectiveActionAsync(string? findingId, string? element, string? responsiblePartyId, string? startOn, string? dueOn,
        CancellationToken cancellationToken)
    {
        var finding = Number("corrective", "findingId", findingId);
        var input = new CorrectiveActionInput(Texts("text"), Enums.TryParse<CapabilityElement>(element), Number("corrective", "responsiblePartyId", responsiblePartyId),
            Texts("pointOfContact"), Date("corrective", "startOn", startOn), Date("corrective", "dueOn", dueOn), CorrectiveStatus.Open, null, null);
        return ChangeAsync("corrective", () => evaluation.SaveCorrectiveActionAsync(Id, finding, null, input, cancellationToken),
            cancellationToken, fragment: "improvement");
    }
}
