using System.Text.Json.Nodes;
using Planner.Access;
using Planner.Tests.Documents;
using Planner.Tests.Support;

namespace Planner.Tests.Exercises;

/// <summary>The whole cycle on the Norak-Antiterror 2009 demo: plan and stages, meetings, MSEL, ratings, corrective actions, report.</summary>
public sealed class ExerciseCycleTests
{
    [Fact]
    public async Task Norak_cycle_from_plan_to_final_report()
    {
        using var app = new PlannerApp();
        var planner = await app.ClientAsync(Role.Planner);
        var viewer = await app.ClientAsync(Role.Viewer);
        var id = await planner.NorakIdAsync();

        // The plan: a command-staff exercise hosted by Tajikistan, five sending parties, three stages.
        var plan = await viewer.GetJsonAsync(ExerciseApi.Url(id));
        Assert.Equal("functional", plan["type"]!.GetValue<string>());
        Assert.Equal("TJK", plan["receivingParty"]!["code"]!.GetValue<string>());
        Assert.Equal(["KAZ", "CHN", "KGZ", "RUS", "UZB"], plan["sendingParties"]!.AsArray().Select(p => p!["code"]!.GetValue<string>()));
        Assert.Equal(["2009-04-17", "2009-04-18", "2009-04-19"], plan["stages"]!.AsArray().Select(s => s!["firstDay"]!.GetValue<string>()));
        Assert.False(plan["reportFinal"]!.GetValue<bool>());

        // Planning meetings in the order of the cycle, each before the exercise.
        var meetings = await viewer.ArrayAsync(ExerciseApi.Url(id, "/meetings"));
        Assert.Equal(["conceptAndObjectives", "initial", "midterm", "scenarioEvents", "final"], meetings.Select(m => m!["kind"]!.GetValue<string>()));

        // A fourth stage replaces the plan's stages (the version is current), a stale version is refused.
        var stages = plan["stages"]!.AsArray().Select(s => s!.DeepClone()).ToList();
        stages.Add(new JsonObject { ["name"] = new JsonObject { ["en"] = "Debriefing" }, ["firstDay"] = "2009-04-20", ["lastDay"] = "2009-04-20" });
        var input = PlanInput(plan, stages: new JsonArray([.. stages]));
        plan = await planner.PutJsonAsync(ExerciseApi.Url(id), input, 200);
        Assert.Equal(4, plan["stages"]!.AsArray().Count);
        Assert.Equal(2, plan["version"]!.GetValue<long>());
        await planner.PutJsonAsync(ExerciseApi.Url(id), input, 409);

        // The MSEL: move inject 4 half an hour later and shift the ones after it; the ones before stay.
        var before = await planner.ArrayAsync(ExerciseApi.Url(id, "/msel"));
        Assert.Equal([1, 2, 3, 4, 5, 6], before.Select(i => i!["number"]!.GetValue<int>()));
        var fourth = await planner.InjectAsync(id, 4);
        var moved = (await planner.PostJsonAsync(ExerciseApi.Url(id, $"/msel/{fourth["id"]}/move"),
            new { scenarioTime = "2009-04-18T10:30", shiftFollowing = true, version = fourth["version"]!.GetValue<long>() }, 200)).AsArray();
        Assert.Equal(["2009-04-17T09:00", "2009-04-17T11:30", "2009-04-17T15:00", "2009-04-18T10:30", "2009-04-18T16:30", "2009-04-19T06:30"],
            moved.Select(i => i!["scenarioTime"]!.GetValue<string>()));
        var release = moved.Single(i => i!["number"]!.GetValue<int>() == 5)!;
        var released = await planner.PutJsonAsync(ExerciseApi.Url(id, $"/msel/{release["id"]}"),
            Reinject(release, status: "released"), 200);
        Assert.Equal("released", released["status"]!.GetValue<string>());

        // Ratings: the intelligence objective was unable to be performed after all.
        var intel = await planner.ObjectiveAsync(id, 2);
        var rated = await planner.PutJsonAsync(ExerciseApi.Url(id, $"/objectives/{intel["id"]}"), new
        {
            text = intel["text"],
            capabilityIds = intel["capabilities"]!.AsArray().Select(c => c!["id"]!.GetValue<long>()).ToArray(),
            rating = "U",
            version = intel["version"]!.GetValue<long>(),
        }, 200);
        Assert.Equal("U", rated["rating"]!.GetValue<string>());

        // Evaluation and improvement plan: a new area for improvement with a corrective action, tracked to closure.
        var finding = await planner.PostJsonAsync(ExerciseApi.Url(id, $"/objectives/{intel["id"]}/findings"),
            new { kind = "areaForImprovement", text = "Liaison officers had no interpreters for Chinese.", rootCause = "Interpreters were not in the staffing table." }, 201);
        var kaz = await planner.PartyIdAsync("KAZ");
        var action = await planner.PostJsonAsync(ExerciseApi.Url(id, $"/findings/{finding["id"]}/actions"), new
        {
            text = "Add two Chinese interpreters to the staffing table of the joint headquarters",
            element = "organisation",
            responsiblePartyId = kaz,
            pointOfContact = "Personnel department",
            startOn = "2009-05-01",
            dueOn = "2009-08-31",
        }, 201);
        Assert.Equal("open", action["status"]!.GetValue<string>());
        var closed = await planner.PutJsonAsync(ExerciseApi.Url(id, $"/corrective-actions/{action["id"]}"), new
        {
            text = action["text"]!.DeepClone(), element = "organisation", responsiblePartyId = kaz, pointOfContact = "Personnel department",
            startOn = "2009-05-01", dueOn = "2009-08-31", status = "completed", completedOn = "2009-08-20", version = action["version"]!.GetValue<long>(),
        }, 200);
        Assert.Equal("2009-08-20", closed["completedOn"]!.GetValue<string>());
        Assert.Contains((await viewer.ArrayAsync(ExerciseApi.Url(id, "/improvement-plan"))), a => a!["text"]!["en"]!.GetValue<string>().StartsWith("Add two Chinese", StringComparison.Ordinal));

        // The draft report: sections in order, DRAFT on every page, the new rating and action in it, no inject.
        var draft = await viewer.ReportAsync(id);
        var pages = PdfRead.Pages(draft);
        Assert.All(pages, p => Assert.Contains("DRAFT", p.Text, StringComparison.Ordinal));
        var text = PdfRead.Text(draft);
        PdfRead.InOrder(text, "Norak-Antiterror 2009", "After-Action Report / Improvement Plan", "17 April 2009 – 19 April 2009",
            "Handling instructions", "Exercise overview", "Debriefing: 20 April 2009", "Analysis of capabilities", "Analysis by objective",
            "Objective 1:", "Strengths", "Areas for improvement", "Objective 2:", "Liaison officers had no interpreters for Chinese.",
            "Root cause: Interpreters were not in the staffing table.", "Objective 3:",
            "Appendix A: Improvement plan", "Add two Chinese", "Organisation", "Completed", "Appendix B: Participants");
        Assert.DoesNotContain("14 staff are held hostage", text, StringComparison.Ordinal);
        ReportAssert.RatingsInColumns(pages, new Dictionary<int, char> { [1] = 'S', [2] = 'U', [3] = 'P' });

        // Marked final with a publication date: DRAFT is gone from every page.
        plan = await viewer.GetJsonAsync(ExerciseApi.Url(id));
        await planner.PutJsonAsync(ExerciseApi.Url(id), PlanInput(plan, final: true), 422);
        var finalInput = PlanInput(plan, final: true);
        finalInput["publishedOn"] = "2009-06-15";
        plan = await planner.PutJsonAsync(ExerciseApi.Url(id), finalInput, 200);
        Assert.True(plan["reportFinal"]!.GetValue<bool>());
        var final = PdfRead.Text(await viewer.ReportAsync(id));
        Assert.DoesNotContain("DRAFT", final, StringComparison.Ordinal);
        PdfRead.InOrder(final, "Published: 15 June 2009", "For official use only", "Handling instructions");
    }

    /// <summary>The plan as input for PUT: the values read, with changes.</summary>
    internal static JsonObject PlanInput(JsonNode plan, JsonArray? stages = null, bool? final = null) => new()
    {
        ["type"] = plan["type"]!.GetValue<string>(),
        ["sendingPartyIds"] = new JsonArray([.. plan["sendingParties"]!.AsArray().Select(p => (JsonNode)JsonValue.Create(p!["id"]!.GetValue<long>()))]),
        ["stages"] = stages ?? plan["stages"]!.DeepClone(),
        ["scope"] = plan["scope"]!.DeepClone(),
        ["threat"] = plan["threat"]!.DeepClone(),
        ["scenario"] = plan["scenario"]!.DeepClone(),
        ["sponsor"] = plan["sponsor"]!.DeepClone(),
        ["pointOfContact"] = plan["pointOfContact"]!.DeepClone(),
        ["marking"] = plan["marking"]!.DeepClone(),
        ["reportFinal"] = final ?? plan["reportFinal"]!.GetValue<bool>(),
        ["publishedOn"] = plan["publishedOn"]?.DeepClone(),
        ["version"] = plan["version"]!.GetValue<long>(),
    };

    private static JsonObject Reinject(JsonNode inject, string status)
    {
        var input = inject.DeepClone().AsObject();
        input.Remove("id");
        input["status"] = status;
        return input;
    }
}
