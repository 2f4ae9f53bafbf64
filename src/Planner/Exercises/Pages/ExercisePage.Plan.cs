using Microsoft.AspNetCore.Mvc;
using System.Data.Common;
using Planner.Data;
using Planner.Http;
using Planner.Parties;

namespace Planner.Exercises.Pages;

/// <summary>The exercise plan's form: written first for a new exercise event, changed later with its version.</summary>
public sealed partial class ExercisePageModel
{
    /// <summary>The states a planner may name as sending parties (every state but the host), in order of precedence.</summary>
    public IReadOnlyList<Party> States { get; private set; } = [];

    /// <summary>Every party, in order of precedence: who may be responsible for a corrective action.</summary>
    public IReadOnlyList<Party> Parties { get; private set; } = [];

    /// <summary>The capabilities an objective may test.</summary>
    public IReadOnlyList<Capability> Capabilities { get; private set; } = [];

    private async Task LoadStatesAsync(DbConnection c)
    {
        if (web.CanChange)
        {
            Parties = await PartyStore.ListAsync(c, precedence, Event.Start.Date);
            Capabilities = await ExerciseStore.CapabilitiesAsync(c);
            States = Parties.Where(p => p.Kind == PartyKind.State && p.Id != Event.HostPartyId).ToList();
        }
    }

    /// <summary>
    /// Saves the plan. Stages come as rows of the fields <c>stageEn</c>, <c>stageRu</c>, <c>stageZh</c>, <c>stageFrom</c>, <c>stageTo</c>;
    /// a row left empty is no stage. Each text comes in three fields (<c>scopeEn</c>, <c>scopeRu</c>, <c>scopeZh</c>, see <see cref="Texts"/>).
    /// <paramref name="version"/> is absent while the exercise has no plan.
    /// </summary>
    public Task<IActionResult> OnPostPlanAsync(string? type, long[]? sendingPartyIds, string[]? stageEn, string[]? stageRu, string[]? stageZh,
        string[]? stageFrom, string[]? stageTo, bool reportFinal, string? publishedOn, long? version, CancellationToken cancellationToken)
    {
        var stages = new List<StageInput>();
        for (var i = 0; i < (stageEn?.Length ?? 0); i++)
        {
            string At(string[]? values) => values is not null && i < values.Length ? values[i] : "";
            if (string.IsNullOrWhiteSpace(At(stageEn)) && string.IsNullOrWhiteSpace(At(stageRu)) && string.IsNullOrWhiteSpace(At(stageZh))
                && string.IsNullOrWhiteSpace(At(stageFrom)))
                continue;
            stages.Add(new StageInput(new LocalizedTextInput(At(stageEn), At(stageRu), At(stageZh)),
                Date("plan", $"stages[{stages.Count}].firstDay", At(stageFrom)), Date("plan", $"stages[{stages.Count}].lastDay", At(stageTo))));
        }

        var input = new ExerciseInput(Enums.TryParse<ExerciseType>(type), sendingPartyIds ?? [], stages, Texts("scope"), Texts("threat"),
            Texts("scenario"), Texts("sponsor"), Texts("pointOfContact"), Texts("marking"), reportFinal, Date("plan", "publishedOn", publishedOn, required: false), version);
        return ChangeAsync("plan", () => exercises.SavePlanAsync(Id, input, cancellationToken),
            cancellationToken, fragment: "plan");
    }

    /// <summary>The text posted in the fields <c>{name}En</c>, <c>{name}Ru</c> and <c>{name}Zh</c> (see <c>_Texts.cshtml</c>).</summary>
    private LocalizedTextInput Texts(string name) => new(Posted(name + "En"), Posted(name + "Ru"), Posted(name + "Zh"));
}
