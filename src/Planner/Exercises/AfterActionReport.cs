using System.Globalization;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Documents;
using Planner.Documents.Composer;
using Planner.Events;
using Planner.Parties;
using DocTable = Planner.Documents.Composer.Table;

namespace Planner.Exercises;

/// <summary>
/// The after-action report / improvement plan of an exercise in the HSEEP layout, as a document for the
/// composer: cover, handling instructions, exercise overview, analysis of capabilities (objective | capability |
/// P | S | M | U), strengths and areas for improvement per objective, Appendix A (improvement plan) and
/// Appendix B (participants). Every page is marked DRAFT until the plan says the report is final. The MSEL is
/// never part of the report: the report is readable by players and observers.
/// </summary>
public static class AfterActionReport
{
    /// <summary>Everything the report shows, read in one go.</summary>
    public sealed record Data(Event Exercise, ExercisePlan Plan, IReadOnlyList<ObjectiveEvaluation> Objectives,
        IReadOnlyList<CorrectiveAction> Actions, IReadOnlyList<ParticipantGroup> Participants);

    public static async Task<Data> LoadAsync(DbConnection c, Precedence precedence, long eventId)
    {
        var plan = await ExerciseStore.GetPlanAsync(c, eventId);
        var e = await EventStore.GetAsync(c, eventId);
        return new Data(e, plan, await EvaluationStore.EvaluationAsync(c, eventId), await EvaluationStore.ActionsAsync(c, eventId),
            await EventStore.ParticipantsAsync(c, precedence, e));
    }

    /// <summary>The report in <paramref name="language"/> (en, ru or zh) as a composer document.</summary>
    /// <param name="catalogue">The texts with the organisation's configured names; the shipped ones when null.</param>
    public static DocumentSpec Build(Data data, string language, Catalogue? catalogue = null) =>
        Build(data, Labels.LoadAll(catalogue ?? Catalogue.Default)[language].ForDocument());

    /// <summary>
    /// The report in the language of <paramref name="l"/> (labels made for this one document, see <see cref="Labels.ForDocument"/>):
    /// every stored text in that language, or in English where it has none, and then the footer says so once.
    /// </summary>
    public static DocumentSpec Build(Data data, Labels l)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(l);
        var language = l.Language;
        string L(string key) => Said(key, language);
        var plan = data.Plan;
        var title = l.Text(data.Exercise.Title);
        var handlingMark = l.Text(plan.Marking);
        var marking = plan.ReportFinal
            ? handlingMark
            : L("draft") + (handlingMark.Length > 0 ? " · " + handlingMark : "");
        var coverLines = new List<string>
        {
            L("title"),
            Dates(data.Exercise, language),
            plan.PublishedOn is { } published && plan.ReportFinal ? Said("published", language, Date(published, language)) : L("notPublished"),
        };
        if (marking.Length > 0)
            coverLines.Add(marking);

        var blocks = new List<Block>();
        Handling(blocks, data, l, title, handlingMark);
        Overview(blocks, data, l, title);
        Analysis(blocks, data, l);
        ByObjective(blocks, data, l);
        blocks.Add(new PageBreak());
        ImprovementPlan(blocks, data, l);
        Participants(blocks, data, l);

        // The running header has a third of the width for each part, so it carries the short names. The footer note
        // is read last, once every stored text has been printed (and counted).
        return new DocumentSpec(L("shortTitle"), l["org.full"], language, l["org.short"], marking, "", L("page"), blocks)
        {
            Cover = new Cover(null, title, coverLines),
            FooterNote = l.UntranslatedNote,
        };
    }

    private static void Handling(List<Block> blocks, Data data, Labels l, string title, string marking)
    {
        var language = l.Language;
        var plan = data.Plan;
        blocks.Add(new Heading(Said("handling", language)));
        blocks.Add(new Paragraph(Said("handling1", language, title)));
        blocks.Add(new Paragraph(Said("handling2", language, marking.Length > 0 ? marking : Said("unmarked", language))));
        if (!plan.ReportFinal)
            blocks.Add(new Paragraph(Said("handling3", language)));
        if (plan.PointOfContact.En.Length > 0)
            blocks.Add(new Paragraph(Said("contact", language, l.Text(plan.PointOfContact))));
    }

    private static void Overview(List<Block> blocks, Data data, Labels l, string title)
    {
        var language = l.Language;
        string L(string key) => Said(key, language);
        var plan = data.Plan;
        var rows = new List<(string Label, string Value)>
        {
            (L("dates"), Dates(data.Exercise, language)),
            (L("type"), L(Enums.Name(plan.Type))),
            (L("stages"), string.Join("\n", plan.Stages.Select(s => l.Leading(l.Text(s.Name)) + Range(s.FirstDay, s.LastDay, language)))),
            (L("scope"), l.Text(plan.Scope)),
            (L("objectives"), string.Join("\n", data.Objectives.Select(o => $"{o.Objective.Number}. {l.Text(o.Objective.Text)}"))),
            (L("threat"), l.Text(plan.Threat)),
            (L("scenario"), l.Text(plan.Scenario)),
            (L("sponsor"), l.Text(plan.Sponsor)),
            (L("receiving"), l.Text(plan.ReceivingParty?.Name)),
            (L("sending"), l.List(Ordered(data.Participants.SelectMany(g => g.Parties).ToList(), plan.SendingParties, l))),
            (L("pointOfContact"), l.Text(plan.PointOfContact)),
        };
        blocks.Add(new Heading(L("overview")));
        blocks.Add(new DocTable([1, 3], [new Cell(L("name"), true), new Cell(title, true)],
            rows.Where(r => r.Value.Length > 0).Select(r => (IReadOnlyList<Cell>)[new Cell(r.Label, true), new Cell(r.Value)]).ToList()));
    }

    /// <summary>The analysis table: one row per objective, its rating letter in the column of that rating.</summary>
    private static void Analysis(List<Block> blocks, Data data, Labels l)
    {
        var language = l.Language;
        string L(string key) => Said(key, language);
        var ratings = Enum.GetValues<Rating>();
        blocks.Add(new Heading(L("analysis")));
        var header = new List<Cell> { new(L("objective"), true), new(L("capability"), true) };
        header.AddRange(ratings.Select(r => new Cell(r.ToString(), true)));
        var rows = data.Objectives.Select(o =>
        {
            var row = new List<Cell>
            {
                new($"{o.Objective.Number}. {l.Text(o.Objective.Text)}"),
                new(string.Join("\n", o.Objective.Capabilities.Select(c => l.Text(c.Name)))),
            };
            row.AddRange(ratings.Select(r => new Cell(o.Objective.Rating == r ? r.ToString() : "", true)));
            return (IReadOnlyList<Cell>)row;
        }).ToList();
        blocks.Add(new DocTable([5, 4, 0.7f, 0.7f, 0.7f, 0.7f], header, rows) { KeepEmptyColumns = true });
        blocks.Add(new Paragraph(L("ratingLegend"), size: 8.5f));
    }

    private static void ByObjective(List<Block> blocks, Data data, Labels l)
    {
        var language = l.Language;
        string L(string key) => Said(key, language);
        blocks.Add(new Heading(L("byObjective")));
        foreach (var o in data.Objectives)
        {
            var objective = o.Objective;
            blocks.Add(new Heading(Said("objectiveN", language, objective.Number, l.Text(objective.Text)), 2));
            blocks.Add(new Paragraph(Said("capabilities", language, l.List(objective.Capabilities.Select(c => l.Text(c.Name))),
                objective.Rating?.ToString() ?? L("notRated"))));
            var strengths = o.Findings.Where(f => f.Kind == FindingKind.Strength).ToList();
            blocks.Add(new Heading(L("strengths"), 3));
            blocks.Add(strengths.Count == 0
                ? new Paragraph(L("none"))
                : new BulletList(strengths.Select(f => (IReadOnlyList<Span>)[new Span(l.Text(f.Text))]).ToList()));
            var improvements = o.Findings.Where(f => f.Kind == FindingKind.AreaForImprovement).ToList();
            blocks.Add(new Heading(L("improvements"), 3));
            if (improvements.Count == 0)
                blocks.Add(new Paragraph(L("none")));
            foreach (var f in improvements)
            {
                blocks.Add(new Paragraph(l.Text(f.Text), bold: true) { KeepWithNext = true, SpaceAfter = 1 });
                blocks.Add(new Paragraph([new Span(Said("rootCause", language, l.Text(f.RootCause)), Italic: true)]));
            }
        }
    }

    private static void ImprovementPlan(List<Block> blocks, Data data, Labels l)
    {
        var language = l.Language;
        string L(string key) => Said(key, language);
        blocks.Add(new Heading(L("appendixA")));
        var findings = data.Objectives.SelectMany(o => o.Findings.Select(f => (Objective: o.Objective, Finding: f))).ToDictionary(x => x.Finding.Id);
        var rows = data.Actions.Select(a =>
        {
            var (objective, finding) = findings[a.FindingId];
            var responsible = new List<Span> { new(l.Text(a.Responsible.Name)) };
            if (a.PointOfContact.En.Length > 0)
                responsible.Add(new Span("\n" + l.Text(a.PointOfContact), Italic: true));
            return (IReadOnlyList<Cell>)
            [
                new($"{objective.Number}. {l.Text(finding.Text)}"),
                new(l.Text(a.Text)),
                new(L(a.Element == CapabilityElement.Organisation ? "organisation.element" : Enums.Name(a.Element))),
                new(responsible),
                new(ShortDate(a.StartOn, language)),
                new(ShortDate(a.DueOn, language)),
                new(L(Enums.Name(a.Status))),
            ];
        }).ToList();
        Cell[] header = [.. new[] { "finding", "action", "element", "responsibleContact", "start", "completion", "status" }.Select(k => new Cell(L(k), true))];
        blocks.Add(new DocTable([2.1f, 2.1f, 1.9f, 2.3f, 1.45f, 1.45f, 1.6f], header, rows, 7f));
    }

    /// <summary>Appendix B: the receiving party, the sending parties, then everyone else invited, each group in order of precedence.</summary>
    private static void Participants(List<Block> blocks, Data data, Labels l)
    {
        string L(string key) => Said(key, l.Language);
        blocks.Add(new Heading(L("appendixB")));
        var all = data.Participants.SelectMany(g => g.Parties).ToList();
        var host = data.Plan.ReceivingParty?.Id;
        var sending = data.Plan.SendingParties.Select(p => p.Id).ToHashSet();
        var others = all.Where(p => p.PartyId != host && !sending.Contains(p.PartyId)).ToList();
        var groups = new List<(string Title, IReadOnlyList<string> Names)>
        {
            (L("receiving"), data.Plan.ReceivingParty is { } r ? [l.Text(r.Name)] : []),
            (L("sending"), Ordered(all, data.Plan.SendingParties, l)),
            (L("observers"), others.Where(p => p.Kind == PartyKind.State).Select(p => l.Text(p.Name)).ToList()),
            (L("organisations"), others.Where(p => p.Kind == PartyKind.Organisation).Select(p => l.Text(p.Name)).ToList()),
            (L("missions"), others.Where(p => p.Kind == PartyKind.Mission).Select(p => l.Text(p.Name)).ToList()),
        };
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var (groupTitle, names) in groups.Where(g => g.Names.Count > 0))
        {
            rows.Add([new Cell([new Span(groupTitle, Bold: true)], Shade: true)]);
            rows.AddRange(names.Select(n => (IReadOnlyList<Cell>)[new Cell(n)]));
        }

        blocks.Add(new DocTable([1], [new Cell(L("party"), true)], rows));
    }

    /// <summary>The sending parties in the participants' order of precedence (those not invited as participants last).</summary>
    private static List<string> Ordered(List<Participant> participants, IReadOnlyList<PartyRef> parties, Labels l)
    {
        var order = participants.Select((p, i) => (p.PartyId, i)).ToDictionary(x => x.PartyId, x => x.i);
        return parties.OrderBy(p => order.GetValueOrDefault(p.Id, int.MaxValue)).Select(p => l.Text(p.Name)).ToList();
    }

    private static CultureInfo Culture(string language) => CultureInfo.GetCultureInfo(language switch
    {
        "ru" => "ru-RU",
        "zh" => "zh-CN",
        _ => "en-GB",
    });

    /// <summary>A date as written in the language: 17 April 2009, 17 апреля 2009 г., 2009年4月17日.</summary>
    internal static string Date(LocalDate date, string language) => DateWords.Date(date, Text.Language.Parse(language));

    /// <summary>The report's fixed text <c>report.{key}</c> with its numbered placeholders filled; as it is without values ("Page {0} of {1}" for the composer).</summary>
    private static string Said(string key, string language, params object?[] values) =>
        values.Length == 0 ? Catalogue.Default.Get("report." + key, Text.Language.Parse(language))
            : Catalogue.Default.Format("report." + key, Text.Language.Parse(language), values);

    /// <summary>A date in the short numeric form of the language, for narrow table columns.</summary>
    private static string ShortDate(LocalDate date, string language) => date.ToString("d", Culture(language));

    private static string Range(LocalDate first, LocalDate last, string language) =>
        first == last ? Date(first, language) : $"{Date(first, language)} – {Date(last, language)}";

    private static string Dates(Event e, string language) =>
        Range(e.Start.Date, e.End.TimeOfDay == LocalTime.Midnight ? e.End.Date.PlusDays(-1) : e.End.Date, language);
}
