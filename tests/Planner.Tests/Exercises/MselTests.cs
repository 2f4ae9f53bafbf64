using Planner.Access;
using Planner.Tests.Documents;
using Planner.Tests.Support;

namespace Planner.Tests.Exercises;

/// <summary>The MSEL is for planners and controllers only: players never see an inject, through any endpoint.</summary>
public sealed class MselAccessTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    private readonly PlannerApp _app = fixture.App;

    /// <summary>Texts of the Norak-Antiterror injects that must not reach a player.</summary>
    private static readonly string[] Secrets =
    [
        "14 staff are held hostage", "Assault group in position", "Demands: release of detained members", "Issue an agreed public statement",
    ];

    [Fact]
    public async Task Viewer_is_refused_the_msel_and_every_msel_operation()
    {
        var viewer = await _app.ClientAsync(Role.Viewer);
        var id = await viewer.NorakIdAsync();
        Assert.Equal(403, await viewer.StatusAsync(HttpMethod.Get, ExerciseApi.Url(id, "/msel")));
        Assert.Equal(403, await viewer.StatusAsync(HttpMethod.Post, ExerciseApi.Url(id, "/msel"), new { number = 99 }));
        Assert.Equal(403, await viewer.StatusAsync(HttpMethod.Post, ExerciseApi.Url(id, "/msel/1/move"), new { scenarioTime = "2009-04-18T10:00" }));
        Assert.Equal(403, await viewer.StatusAsync(HttpMethod.Post, ExerciseApi.Url(id, "/msel/import"), new { }));
    }

    [Fact]
    public async Task Controller_reads_the_msel_but_cannot_change_it()
    {
        var controller = await _app.ClientAsync(Role.Controller);
        var id = await controller.NorakIdAsync();
        var msel = await controller.ArrayAsync(ExerciseApi.Url(id, "/msel"));
        Assert.Equal([1, 2, 3, 4, 5, 6], msel.Select(i => i!["number"]!.GetValue<int>()));
        Assert.Contains(msel, i => i!["message"]!.GetValue<string>().Contains(Secrets[0], StringComparison.Ordinal));
        Assert.Equal(403, await controller.StatusAsync(HttpMethod.Post, ExerciseApi.Url(id, "/msel"), new { number = 99 }));
    }

    [Fact]
    public async Task Controller_releases_and_skips_injects_but_edits_nothing_else()
    {
        var controller = await _app.ClientAsync(Role.Controller);
        var id = await controller.NorakIdAsync();
        var first = (await controller.ArrayAsync(ExerciseApi.Url(id, "/msel")))[0]!;
        var url = ExerciseApi.Url(id, $"/msel/{first["id"]}/status");
        var version = first["version"]!.GetValue<long>();

        var released = await controller.PostJsonAsync(url, new { status = "released", version }, 200);
        Assert.Equal("released", released["status"]!.GetValue<string>());
        Assert.Equal(first["message"]!.GetValue<string>(), released["message"]!.GetValue<string>());

        var stale = await controller.PostJsonAsync(url, new { status = "skipped", version }, 409);
        Assert.Contains("version", stale.ToJsonString(), StringComparison.Ordinal);
        var missing = await controller.PostJsonAsync(url, new { version = version + 1 }, 422);
        Assert.NotNull(missing["errors"]!["status"]);
        Assert.Equal("released", (await controller.ArrayAsync(ExerciseApi.Url(id, "/msel")))[0]!["status"]!.GetValue<string>());

        var back = await controller.PostJsonAsync(url, new { status = "pending", version = version + 1 }, 200);
        Assert.Equal("pending", back["status"]!.GetValue<string>());
        Assert.Equal(403, await controller.StatusAsync(HttpMethod.Put, ExerciseApi.Url(id, $"/msel/{first["id"]}"), new { number = 1 }));
        Assert.Equal(403, await controller.StatusAsync(HttpMethod.Post, ExerciseApi.Url(id, $"/msel/{first["id"]}/move"), new { scenarioTime = "2009-04-18T10:00" }));
        var viewer = await _app.ClientAsync(Role.Viewer);
        Assert.Equal(403, await viewer.StatusAsync(HttpMethod.Post, url, new { status = "released", version = version + 2 }));
    }

    [Fact]
    public async Task No_other_exercise_endpoint_or_the_report_shows_an_inject_to_a_viewer()
    {
        var viewer = await _app.ClientAsync(Role.Viewer);
        var id = await viewer.NorakIdAsync();
        var seen = new List<string>();
        foreach (var path in new[] { "", "/meetings", "/objectives", "/evaluation", "/improvement-plan" })
            seen.Add((await viewer.GetJsonAsync(ExerciseApi.Url(id, path))).ToJsonString());
        seen.Add((await viewer.GetJsonAsync($"/api/events/{id}")).ToJsonString());
        seen.Add((await viewer.GetJsonAsync("/api/exercises/overdue-actions?on=2030-01-01")).ToJsonString());
        seen.Add(PdfRead.Text(await viewer.ReportAsync(id)));
        foreach (var secret in Secrets)
            Assert.All(seen, text => Assert.DoesNotContain(secret, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_of_an_event_without_an_exercise_plan_is_not_found_and_unknown_language_is_a_bad_request()
    {
        var viewer = await _app.ClientAsync(Role.Viewer);
        var council = await viewer.EventIdAsync("40th meeting");
        var problem = await viewer.GetJsonAsync($"/api/events/{council}/documents/report.pdf", 404);
        Assert.Contains("no exercise plan", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var id = await viewer.NorakIdAsync();
        problem = await viewer.GetJsonAsync($"/api/events/{id}/documents/report.pdf?lang=fr", 400);
        Assert.Equal("lang", problem["field"]!.GetValue<string>());
    }
}

/// <summary>Importing the MSEL from CSV: every row checked, all or nothing.</summary>
public sealed class MselImportTests
{
    [Fact]
    public async Task Csv_with_bad_rows_gets_a_row_by_row_report_and_imports_nothing()
    {
        using var app = new PlannerApp();
        var planner = await app.ClientAsync(Role.Planner);
        var id = await planner.NorakIdAsync();
        const string csv = """
            number,scenarioTime,from,to,method,message,expectedAction,objective,controller
            7,2009-04-18 12:00,Border post,Joint headquarters,Radio,"Convoy sighted, heading north",Alert the groups,1,Cell A
            8,2009-04-25 12:00,Border post,Joint headquarters,Radio,Too late,,,
            3,2009-04-18 12:30,Media,Press centre,Telephone,Number taken,,,
            9,tomorrow,Media,Press centre,Telephone,Bad time,,7,
            10,2009-04-18 13:00,,Press centre,Telephone,No sender,,,
            """;
        var problem = await planner.PostCsvAsync(ExerciseApi.Url(id, "/msel/import"), csv, 422);
        Assert.Equal(["rows[1].scenarioTime", "rows[2].number", "rows[3].objective", "rows[3].scenarioTime", "rows[4].from"], ExerciseApi.Fields(problem));
        Assert.Contains("Line 3:", problem["errors"]!["rows[1].scenarioTime"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(6, (await planner.ArrayAsync(ExerciseApi.Url(id, "/msel"))).Count);
    }

    [Fact]
    public async Task Good_csv_adds_every_inject_with_quoted_commas_and_linked_objectives()
    {
        using var app = new PlannerApp();
        var planner = await app.ClientAsync(Role.Planner);
        var id = await planner.NorakIdAsync();
        const string csv = "\uFEFFNumber,ScenarioTime,From,To,Method,Message,ExpectedAction,Objective,Controller,Status\r\n"
            + "7,2009-04-18 12:00,Border post,Joint headquarters,Radio,\"Convoy sighted, heading \"\"north\"\"\",Alert the groups,2,Cell A,released\r\n"
            + "8,2009-04-19T08:00,Hospital (simulated),Medical cell,Telephone,\"Two lines:\nmore casualties\",Dispatch ambulances,,Cell B,\r\n";
        var msel = (await planner.PostCsvAsync(ExerciseApi.Url(id, "/msel/import"), csv, 201)).AsArray();
        Assert.Equal([1, 2, 3, 4, 7, 5, 6, 8], msel.Select(i => i!["number"]!.GetValue<int>()));
        var seventh = msel.Single(i => i!["number"]!.GetValue<int>() == 7)!;
        Assert.Equal("Convoy sighted, heading \"north\"", seventh["message"]!.GetValue<string>());
        Assert.Equal("released", seventh["status"]!.GetValue<string>());
        Assert.Equal((await planner.ObjectiveAsync(id, 2))["id"]!.GetValue<long>(), seventh["objectiveId"]!.GetValue<long>());
        Assert.Equal("Two lines:\nmore casualties", msel.Single(i => i!["number"]!.GetValue<int>() == 8)!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Import_refuses_other_media_types_and_files_without_the_required_columns()
    {
        using var app = new PlannerApp();
        var planner = await app.ClientAsync(Role.Planner);
        var id = await planner.NorakIdAsync();
        using (var json = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))
            Assert.Equal(415, (int)(await planner.PostAsync(ExerciseApi.Url(id, "/msel/import"), json)).StatusCode);
        var problem = await planner.PostCsvAsync(ExerciseApi.Url(id, "/msel/import"), "number,from,to,colour\n7,A,B,red\n", 422);
        Assert.Equal(["header"], ExerciseApi.Fields(problem));
        Assert.Equal(2, problem["errors"]!["header"]!.AsArray().Count);
    }
}
