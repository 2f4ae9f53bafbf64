using Microsoft.AspNetCore.Mvc;
using Planner.Access;
using Planner.Data;
using Planner.Events;
using Planner.Http;
using Planner.Parties;
using Planner.Web;

namespace Planner.Exercises.Pages;

/// <summary>
/// An exercise: its plan and stages, the planning meetings with their action items, objectives with their
/// ratings, the MSEL (only for planners, admins and controllers: players and observers never see it),
/// the improvement plan, and the after-action report.
/// </summary>
public sealed partial class ExercisePageModel(Db db, WebContext web, Precedence precedence, ExerciseService exercises, EvaluationService evaluation,
    MselService msel) : PlannerPage
{
    [FromRoute]
    public long Id { get; set; }

    public Event Event { get; private set; } = null!;

    public ExercisePlan? Plan { get; private set; }

    public IReadOnlyList<PlanningMeeting> Meetings { get; private set; } = [];

    public IReadOnlyList<ObjectiveEvaluation> Evaluation { get; private set; } = [];

    /// <summary>The injects; empty for a reader who may not see the MSEL.</summary>
    public IReadOnlyList<Inject> Injects { get; private set; } = [];

    public IReadOnlyList<CorrectiveAction> Actions { get; private set; } = [];

    /// <summary>Per language (ru, zh), the event's texts its documents (the after-action report among them) would print in English.</summary>
    public IReadOnlyList<(Language Language, IReadOnlyList<Translations.MissingTranslation> Texts)> Untranslated { get; private set; } = [];

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        var mayReadMsel = web.CanSeeMsel;
        await db.ReadAsync(async c =>
        {
            Event = await EventStore.GetAsync(c, Id);
            ExerciseRules.EnsureExercise(Event);
            Plan = await ExerciseStore.FindPlanAsync(c, Id);
            Meetings = await ExerciseStore.MeetingsAsync(c, Id);
            Evaluation = await EvaluationStore.EvaluationAsync(c, Id);
            Injects = mayReadMsel ? await ExerciseStore.InjectsAsync(c, Id) : [];
            Actions = await EvaluationStore.ActionsAsync(c, Id);
            Untranslated = [(Language.Russian, await Translations.MissingTranslations.FindAsync(c, Id, Language.Russian)),
                (Language.Chinese, await Translations.MissingTranslations.FindAsync(c, Id, Language.Chinese))];
            await LoadStatesAsync(c);
            return 0;
        }, cancellationToken);
    }

    /// <summary>Rates an objective P, S, M or U (or clears the rating); the objective's text and capabilities stay.</summary>
    public Task<IActionResult> OnPostRatingAsync(long objectiveId, long version, string? rating, CancellationToken cancellationToken) =>
        ChangeAsync($"objective-{objectiveId}", () => evaluation.RateAsync(Id, objectiveId, Enums.TryParse<Rating>(rating), version, cancellationToken),
            cancellationToken, fragment: "objectives");

    /// <summary>Moves a corrective action along (open, in progress, completed on a date, cancelled).</summary>
    public Task<IActionResult> OnPostActionStatusAsync(long actionId, long version, string? status, string? completedOn, CancellationToken cancellationToken)
    {
        var form = $"action-{actionId}";
        var done = Date(form, "completedOn", completedOn, required: false);
        return ChangeAsync(form, () => evaluation.SetCorrectiveStatusAsync(Id, actionId, Enums.TryParse<CorrectiveStatus>(status), done, version, cancellationToken),
            cancellationToken, fragment: "improvement");
    }

    /// <summary>Moves an inject to another scenario time; with <paramref name="shift"/> the injects after it move by as much.</summary>
    public Task<IActionResult> OnPostMoveInjectAsync(long injectId, long version, string? scenarioTime, bool shift, CancellationToken cancellationToken)
    {
        var form = $"inject-{injectId}";
        var time = DateTime(form, "scenarioTime", scenarioTime);
        return ChangeAsync(form, () => msel.MoveAsync(Id, injectId, new MoveInput(time, shift, version), cancellationToken), cancellationToken, fragment: "msel");
    }

    /// <summary>Releases an inject, skips it, or puts it back to pending: planners, admins and controllers.</summary>
    [WritableBy("controller")]
    public Task<IActionResult> OnPostInjectStatusAsync(long injectId, long version, string? status, CancellationToken cancellationToken) =>
        ChangeAsync($"inject-{injectId}", () => msel.SetStatusAsync(Id, injectId, new InjectStatusInput(Enums.TryParse<InjectStatus>(status), version), cancellationToken),
            cancellationToken, fragment: "msel");
}
