using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Planner.Documents.Composer;
using Planner.Events;
using Planner.Exercises;
using Planner.Http;

namespace Planner.Benchmarks;

/// <summary>
/// Exercises: reading and checking the largest MSEL file an import accepts (2,000 injects, quoted fields), and
/// composing the after-action report of a large exercise (30 objectives, 120 corrective actions) to PDF.
/// <c>--filter '*ExerciseBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ExerciseBenchmarks
{
    private string _csv = "";
    private Dictionary<int, long> _objectives = [];
    private AfterActionReport.Data _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var csv = new StringBuilder("number,scenarioTime,from,to,method,message,expectedAction,objective,controller\n");
        var start = new LocalDateTime(2009, 4, 17, 8, 0);
        for (var i = 1; i <= MselRules.MaxImportRows; i++)
        {
            var time = start.PlusMinutes(i);
            csv.Append(CultureInfo.InvariantCulture,
                $"{i},{time:uuuu-MM-dd HH:mm},Border post {i % 7},Joint headquarters,Radio,\"Group sighted, {i} km north, \"\"armed\"\"\",Alert the groups,{1 + (i % 30)},Cell A\n");
        }

        _csv = csv.ToString();
        _objectives = Enumerable.Range(1, 30).ToDictionary(n => n, n => (long)n);
        _report = LargeExercise();
    }

    [Benchmark(Description = "MSEL CSV, 2,000 injects: read and check every row")]
    public int ReadMsel()
    {
        var (rows, _) = MselCsv.Read(_csv);
        var check = new Check();
        var count = 0;
        foreach (var row in rows)
            count += MselCsv.ToInput(row, _objectives, check).Number is null ? 0 : 1;
        return count;
    }

    [Benchmark(Description = "After-action report, 30 objectives / 120 actions, to PDF")]
    public int ComposeReport() => BenchmarkDocuments.Composer.Write(AfterActionReport.Build(_report, "ru"), Stream.Null);

    private static LocalizedText Ru(string en, string ru) => new(en, ru, "");

    private static AfterActionReport.Data LargeExercise()
    {
        var start = new LocalDateTime(2030, 9, 10, 8, 0);
        var e = new Event(1, EventKind.Exercise, new LocalizedText("Peace Mission 2030", "Мирная миссия — 2030", "和平使命-2030"), null, null, 1, "Asia/Almaty",
            start, start.PlusDays(15), Instant.FromUtc(2030, 9, 10, 3, 0), Instant.FromUtc(2030, 9, 25, 12, 0), 1, null, EventStatus.Planned, 1);
        var kaz = new PartyRef(1, "KAZ", new LocalizedText("Kazakhstan", "Казахстан", "哈萨克斯坦"));
        var plan = new ExercisePlan(1, ExerciseType.FullScale, kaz, [], [new Stage(new LocalizedText("Conduct", "Проведение", "实施"), start.Date, start.Date.PlusDays(14))],
            Ru("Field exercise", "Учение с войсками"), Ru("Terrorist groups seize a settlement", "Террористические группы захватывают населённый пункт"),
            Ru("Scenario text", "Замысел учения"), Ru("Ministries of defence", "Министерства обороны"), Ru("Directorate", "Руководство учением"),
            Ru("For official use only", "Для служебного пользования"), false, null, 1);
        var capability = new Capability(1, "interdiction", new LocalizedText("Interdiction and disruption", "Пресечение и срыв террористических действий", "拦截与阻断"));
        var ratings = Enum.GetValues<Rating>();
        var objectives = Enumerable.Range(1, 30).Select(n =>
        {
            var findings = Enumerable.Range(0, 4).Select(k =>
            {
                var id = (n * 10) + k;
                var actions = Enumerable.Range(0, k % 2 == 1 ? 2 : 0).Select(a => new CorrectiveAction((id * 10) + a, id,
                    Ru($"Corrective action {id}-{a}", $"Корректирующее мероприятие {id}-{a}: согласовать порядок взаимодействия подразделений"),
                    CapabilityElement.Training, kaz, Ru("Training centre", "Учебный центр"), start.Date.PlusDays(30), start.Date.PlusDays(200), CorrectiveStatus.Open, null, 1)).ToList();
                return new Finding(id, n, k % 2 == 0 ? FindingKind.Strength : FindingKind.AreaForImprovement,
                    Ru($"Finding {id}", $"Вывод {id}: подразделения действовали согласованно, но связь между ними была неустойчивой"),
                    Ru("Incompatible radios", "Несовместимые средства связи"), actions, 1);
            }).ToList();
            return new ObjectiveEvaluation(new Objective(n, n, new LocalizedText($"Objective {n}", $"Цель {n}: изолировать район действий террористов", $"目标{n}"),
                [capability], ratings[n % 4], 1), [], findings);
        }).ToList();
        var actions = objectives.SelectMany(o => o.Findings).SelectMany(f => f.Actions).ToList();
        return new AfterActionReport.Data(e, plan, objectives, actions, []);
    }
}
