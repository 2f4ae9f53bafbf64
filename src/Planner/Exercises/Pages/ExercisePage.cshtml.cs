using Microsoft.AspNetCore.Mvc;
using Planner.Data;
using Planner.Events;
using Planner.Web;

namespace Planner.Exercises.Pages;

/// <summary>
/// An exercise: its plan and stages, the planning meetings with their action items, objectives with their
/// ratings, the MSEL (only for planners, admins and controllers: players and observers never see it),
/// the improvement plan, and the after-action report.
/// </summary>
public sealed class ExercisePageModel(Db db) : PlannerPage
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

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        var mayReadMsel = HttpContext.RequestServices.GetRequiredService<WebContext>().CanSeeMsel;
        await db.ReadAsync(async c =>
        {
            Event = await EventStore.GetAsync(c, Id);
            ExerciseStore.EnsureExerciseKind(Event);
            Plan = await ExerciseStore.FindPlanAsync(c, Id);
            Meetings = await ExerciseStore.MeetingsAsync(c, Id);
            Evaluation = await EvaluationStore.EvaluationAsync(c, Id);
            Injects = mayReadMsel ? await ExerciseStore.InjectsAsync(c, Id) : [];
            Actions = await EvaluationStore.ActionsAsync(c, Id);
            return 0;
        }, cancellationToken);
    }
}
