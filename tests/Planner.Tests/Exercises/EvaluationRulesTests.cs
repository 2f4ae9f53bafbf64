using NodaTime;
using Planner.Errors;
using Planner.Exercises;
using Planner.Http;

namespace Planner.Tests.Exercises;

/// <summary>The rules of objectives, ratings, findings and corrective actions, without a host.</summary>
public sealed class EvaluationRulesTests
{
    private static readonly PartyRef Tajikistan = new(9, "TJK", new LocalizedText("Tajikistan", "Таджикистан", "塔吉克斯坦"));

    private static CorrectiveActionInput Action(CorrectiveStatus status, LocalDate? completedOn, int startDay = 1, int dueDay = 30) =>
        new(LocalizedTextInput.English("Train the liaison officers"), CapabilityElement.Training, 9, null, new LocalDate(2009, 6, startDay), new LocalDate(2009, 6, dueDay),
            status, completedOn, null);

    [Fact]
    public void Rating_an_objective_keeps_its_text_and_capabilities()
    {
        var objective = new Objective(3, 2, new LocalizedText("Isolate the area", "Изолировать район", "隔离区域"),
            [new Capability(4, "interdiction", new LocalizedText("", "", "")), new Capability(6, "screening", new LocalizedText("", "", ""))], Rating.S, 5);
        var input = EvaluationRules.Rated(objective, Rating.M, 5);
        Assert.Equal(new LocalizedTextInput("Isolate the area", "Изолировать район", "隔离区域"), input.Text);
        Assert.Equal([4L, 6L], input.CapabilityIds);
        Assert.Equal(Rating.M, input.Rating);
        Assert.Equal(5L, input.Version);
        Assert.Null(EvaluationRules.Rated(objective, null, 5).Rating);
    }

    [Fact]
    public void An_objective_tests_capabilities_that_exist_each_once()
    {
        var check = new Check();
        EvaluationRules.CheckObjective(check, new ObjectiveInput(new LocalizedTextInput("Isolate the area", null, null), [4, 99, 4], null, null),
            new HashSet<long> { 4, 6 }, existing: false);
        var error = Assert.Throws<PlannerException>(check.ThrowIfFailed);
        Assert.Equal("capability.notFound", error.Code);
        Assert.Equal(["capabilityIds[1]", "capabilityIds[2]"], error.Errors.Keys.Order(StringComparer.Ordinal));

        check = new Check();
        EvaluationRules.CheckObjective(check, new ObjectiveInput(new LocalizedTextInput("Isolate the area", null, null), [], null, null), new HashSet<long>(), false);
        Assert.Equal("objective.noCapability", Assert.Throws<PlannerException>(check.ThrowIfFailed).Code);
    }

    [Fact]
    public void An_area_for_improvement_names_its_root_cause_and_a_strength_need_not()
    {
        var check = new Check();
        EvaluationRules.CheckFinding(check, new FindingInput(FindingKind.Strength, LocalizedTextInput.English("Good liaison"), null, null), existing: false);
        Assert.False(check.Failed);
        EvaluationRules.CheckFinding(check, new FindingInput(FindingKind.AreaForImprovement, LocalizedTextInput.English("Radios did not match"), LocalizedTextInput.English(" "), null),
            existing: false);
        Assert.Equal(["rootCause.en"], Assert.Throws<PlannerException>(check.ThrowIfFailed).Errors.Keys);
    }

    [Fact]
    public void A_finding_with_corrective_actions_stays_an_area_for_improvement_and_actions_address_only_such_findings()
    {
        EvaluationRules.EnsureKindChange(FindingKind.Strength, hasActions: false);
        EvaluationRules.EnsureKindChange(FindingKind.AreaForImprovement, hasActions: true);
        Assert.Equal("finding.hasCorrectiveActions", Assert.Throws<PlannerException>(() => EvaluationRules.EnsureKindChange(FindingKind.Strength, true)).Code);
        EvaluationRules.EnsureActionable(1, FindingKind.AreaForImprovement);
        Assert.Equal("correctiveAction.onStrength", Assert.Throws<PlannerException>(() => EvaluationRules.EnsureActionable(1, FindingKind.Strength)).Code);
    }

    [Theory]
    [InlineData(CorrectiveStatus.Completed, null, 1, 30, "correctiveAction.completedWithoutDate", "completedOn")]
    [InlineData(CorrectiveStatus.Open, 10, 1, 30, "correctiveAction.notCompleted", "completedOn")]
    [InlineData(CorrectiveStatus.Completed, 5, 8, 30, "correctiveAction.completedBeforeStart", "completedOn")]
    [InlineData(CorrectiveStatus.InProgress, null, 20, 10, "correctiveAction.dueBeforeStart", "dueOn")]
    public void A_corrective_action_has_dates_that_fit_its_status(CorrectiveStatus status, int? completedDay, int startDay, int dueDay, string code, string field)
    {
        var check = new Check();
        EvaluationRules.CheckCorrectiveAction(check, Action(status, completedDay is { } d ? new LocalDate(2009, 6, d) : null, startDay, dueDay), existing: false);
        var error = Assert.Throws<PlannerException>(check.ThrowIfFailed);
        Assert.Equal(code, error.Code);
        Assert.Equal([field], error.Errors.Keys);
    }

    [Fact]
    public void Moving_an_action_along_changes_only_its_status_and_completion_date()
    {
        var action = new CorrectiveAction(8, 4, new LocalizedText("Train the liaison officers", "Обучить офицеров связи", ""), CapabilityElement.Training, Tajikistan,
            new LocalizedText("Training centre", "", ""),
            new LocalDate(2009, 6, 1), new LocalDate(2009, 6, 30), CorrectiveStatus.InProgress, null, 3);
        var input = EvaluationRules.WithStatus(action, CorrectiveStatus.Completed, new LocalDate(2009, 6, 25), 3);
        Assert.Equal(new CorrectiveActionInput(new LocalizedTextInput("Train the liaison officers", "Обучить офицеров связи", ""), CapabilityElement.Training, 9,
            new LocalizedTextInput("Training centre", "", ""), new LocalDate(2009, 6, 1),
            new LocalDate(2009, 6, 30), CorrectiveStatus.Completed, new LocalDate(2009, 6, 25), 3), input);
        var check = new Check();
        EvaluationRules.CheckCorrectiveAction(check, input, existing: true);
        Assert.False(check.Failed);
    }
}
