using NodaTime;
using Planner.Documents.Composer;
using Planner.Events;
using Planner.Exercises;
using Planner.Http;
using DocTable = Planner.Documents.Composer.Table;

namespace Planner.Tests.Exercises;

/// <summary>The after-action report as a document model (numbering, ratings, the draft marking), without a host or a PDF.</summary>
public sealed class AfterActionReportTests
{
    private static readonly LocalDateTime Start = new(2009, 4, 17, 9, 0);

    private static readonly PartyRef Tajikistan = new(9, "TJK", new LocalizedText("Tajikistan", "Таджикистан", "塔吉克斯坦"));

    private static AfterActionReport.Data Data(bool final)
    {
        var e = new Event(7, EventKind.Exercise, new LocalizedText("Norak-Antiterror 2009", "Норак-Антитеррор-2009", "诺拉克-反恐-2009"), null, null, 1,
            "Asia/Dushanbe", Start, Start.PlusDays(2), Instant.FromUtc(2009, 4, 17, 4, 0), Instant.FromUtc(2009, 4, 19, 4, 0), 9, null, EventStatus.Held, 1);
        var plan = new ExercisePlan(7, ExerciseType.Functional, Tajikistan, [], [], En(""), En(""), En(""), En(""), En(""), En("For official use"), final,
            final ? new LocalDate(2009, 6, 1) : null, 1);
        var capability = new Capability(1, "interdiction", new LocalizedText("Interdiction", "Пресечение", "拦截"));
        var action = new CorrectiveAction(50, 40, En("Train the liaison officers"), CapabilityElement.Training, Tajikistan, En(""), new LocalDate(2009, 6, 1),
            new LocalDate(2009, 9, 1), CorrectiveStatus.Open, null, 1);
        ObjectiveEvaluation Objective(long id, int number, Rating? rating, params Finding[] findings) =>
            new(new Objective(id, number, new LocalizedText($"Objective {number}", "", ""), [capability], rating, 1), [], findings);
        var objectives = new[]
        {
            Objective(1, 1, Rating.P),
            Objective(3, 3, Rating.M, new Finding(40, 3, FindingKind.AreaForImprovement, En("Radios did not match"), En("Different equipment"), [action], 1)),
            Objective(4, 4, null),
        };
        return new AfterActionReport.Data(e, plan, objectives, [action], []);
    }

    private static LocalizedText En(string text) => new(text, "", "");

    private static string Text(Cell cell) => string.Concat(cell.Spans.Select(s => s.Text));

    private static DocTable TableAfter(DocumentSpec spec, string heading) =>
        spec.Blocks.SkipWhile(b => b is not Heading h || h.Text != heading).OfType<DocTable>().First();

    [Fact]
    public void The_analysis_numbers_each_objective_and_puts_its_rating_letter_in_the_column_of_that_rating()
    {
        var spec = AfterActionReport.Build(Data(final: false), "en");
        var analysis = TableAfter(spec, "Analysis of capabilities");
        Assert.Equal(["Objective", "Capability", "P", "S", "M", "U"], analysis.Header.Select(Text));
        Assert.Equal(["1. Objective 1|Interdiction|P|||", "3. Objective 3|Interdiction|||M|", "4. Objective 4|Interdiction||||"],
            analysis.Rows.Select(r => string.Join("|", r.Select(Text))));
    }

    [Fact]
    public void The_improvement_plan_names_each_action_by_its_objective_number_and_finding()
    {
        var plan = TableAfter(AfterActionReport.Build(Data(final: false), "en"), "Appendix A: Improvement plan");
        var row = Assert.Single(plan.Rows);
        Assert.Equal("3. Radios did not match", Text(row[0]));
        Assert.Equal("Train the liaison officers", Text(row[1]));
    }

    [Fact]
    public void A_draft_is_marked_draft_in_the_running_header_and_a_final_report_carries_only_its_marking_and_publication_date()
    {
        var draft = AfterActionReport.Build(Data(final: false), "ru");
        Assert.Equal("ПРОЕКТ · For official use", draft.Marking);
        Assert.Contains("Проект, не опубликован", draft.Cover!.Lines);

        var final = AfterActionReport.Build(Data(final: true), "en");
        Assert.Equal("For official use", final.Marking);
        Assert.Contains("Published: 1 June 2009", final.Cover!.Lines);
    }
}
