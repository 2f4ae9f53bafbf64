using Microsoft.Data.Sqlite;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Planner.Access;
using Planner.Demo;
using Planner.Hosting;
using Planner.Tests.Support;

namespace Planner.Tests.Exercises;

/// <summary>Overdue corrective actions, as of the service's clock; and the report printed from the command line.</summary>
public sealed class OverdueActionTests
{
    /// <summary>A clock that always says the same instant.</summary>
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    [Fact]
    public async Task Actions_past_their_completion_date_are_listed_most_overdue_first_until_completed()
    {
        using var app = new PlannerApp();
        using var dated = app.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IClock>(new FixedClock(Instant.FromUtc(2010, 7, 1, 9, 0)))));
        await dated.Services.GetRequiredService<DemoData>().LoadAsync();
        var token = await dated.Services.GetRequiredService<TokenStore>().CreateAsync("planner", Role.Planner);
        using var client = dated.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);

        // On 1 July 2010 the training (due 31 March) and the secure channel (due 30 June) of Norak-Antiterror are late.
        var overdue = (await client.GetJsonAsync("/api/exercises/overdue-actions")).AsArray();
        Assert.Equal(["Train intelligence officers of the national groups in the exchange procedure",
            "Set up a secure data channel between the competent authorities for joint operations"],
            overdue.Select(o => o!["action"]!["text"]!["en"]!.GetValue<string>()));
        Assert.Equal([92, 1], overdue.Select(o => o!["daysOverdue"]!.GetValue<int>()));
        Assert.All(overdue, o => Assert.Contains(ExerciseApi.Norak, o!["exercise"]!["en"]!.GetValue<string>(), StringComparison.Ordinal));

        // Completing the training takes it off the list; an earlier day (as a query) shows nothing late yet.
        var training = overdue[0]!["action"]!;
        await client.PutJsonAsync(ExerciseApi.Url(overdue[0]!["exerciseId"]!.GetValue<long>(), $"/corrective-actions/{training["id"]}"), new
        {
            text = training["text"]!.DeepClone(), element = "training", responsiblePartyId = training["responsible"]!["id"]!.GetValue<long>(),
            startOn = "2009-09-01", dueOn = "2010-03-31", status = "completed", completedOn = "2010-06-30", version = training["version"]!.GetValue<long>(),
        }, 200);
        overdue = (await client.GetJsonAsync("/api/exercises/overdue-actions")).AsArray();
        Assert.Equal(["Set up a secure data channel between the competent authorities for joint operations"],
            overdue.Select(o => o!["action"]!["text"]!["en"]!.GetValue<string>()));
        Assert.Empty((await client.GetJsonAsync("/api/exercises/overdue-actions?on=2010-01-01")).AsArray());
        await client.GetJsonAsync("/api/exercises/overdue-actions?on=July", 400);
    }

    [Fact]
    public async Task Print_report_writes_the_russian_report_of_the_exercise_to_a_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "planner-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var data = $"--Planner:DataDirectory={folder}";
            Assert.Equal(0, await Cli.RunAsync(["seed", "demo", data]));
            var id = await new Planner.Data.Db(Path.Combine(folder, "planner.db")).ReadAsync(c =>
                Dapper.SqlMapper.ExecuteScalarAsync<long>(c, "SELECT id FROM event WHERE title_en LIKE '%Peace Mission 2010%'"));
            var file = Path.Combine(folder, "report.pdf");
            Assert.Equal(0, await Cli.RunAsync(["print", "report", "--event", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--lang", "ru", "--out", file, data]));
            var text = Documents.PdfRead.Text(await File.ReadAllBytesAsync(file));
            Documents.PdfRead.InOrder(text, "ПРОЕКТ", "«Мирная миссия — 2010»", "10 сентября 2010 г. – 25 сентября 2010 г.", "Порядок обращения с документом",
                "Полевое (тактическое) учение", "Консультации по применению сил", "Подготовка операции", "Проведение операции",
                "Оценка возможностей", "Приложение А. План совершенствования", "Приложение Б. Участники",
                "Принимающая сторона", "Казахстан", "Направляющие стороны", "Китай", "Кыргызстан", "Россия", "Таджикистан", "Наблюдатели", "Узбекистан");
            Assert.Equal(1, await Cli.RunAsync(["print", "report", "--event", "abc", "--out", file, data]));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
