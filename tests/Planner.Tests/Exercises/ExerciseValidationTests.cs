using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Exercises;

/// <summary>Bad input to exercise endpoints is refused with the field at fault, and nothing is written.</summary>
public sealed class ExerciseValidationTests
{
    [Fact]
    public async Task Plan_is_refused_for_a_council_meeting_for_the_host_as_sender_and_for_overlapping_stages()
    {
        using var app = new PlannerApp();
        var planner = await app.ClientAsync(Role.Planner);
        var council = await planner.EventIdAsync("40th meeting");
        var problem = await planner.PutJsonAsync(ExerciseApi.Url(council), new { type = "tabletop" }, 422);
        Assert.Equal("kind", problem["field"]!.GetValue<string>());

        var id = await planner.NorakIdAsync();
        var plan = await planner.GetJsonAsync(ExerciseApi.Url(id));
        var input = ExerciseCycleTests.PlanInput(plan);
        input["sendingPartyIds"]![0] = await planner.PartyIdAsync("TJK");
        input["stages"]![1]!["firstDay"] = "2009-04-17";
        problem = await planner.PutJsonAsync(ExerciseApi.Url(id), input, 422);
        Assert.Equal(["sendingPartyIds[0]", "stages[1].firstDay"], ExerciseApi.Fields(problem));
        Assert.Equal(plan["version"]!.GetValue<long>(), (await planner.GetJsonAsync(ExerciseApi.Url(id)))["version"]!.GetValue<long>());
    }

    [Fact]
    public async Task Planning_meetings_must_follow_the_order_of_the_cycle()
    {
        using var app = new PlannerApp();
        var planner = await app.ClientAsync(Role.Planner);
        var id = await planner.NorakIdAsync();
        var final = (await planner.ArrayAsync(ExerciseApi.Url(id, "/meetings"))).Single(m => m!["kind"]!.GetValue<string>() == "final")!;
        Assert.Equal(204, await planner.StatusAsync(HttpMethod.Delete, ExerciseApi.Url(id, $"/meetings/{final["id"]}?version={final["version"]}")));

        // The final conference (31 March 2009) cannot be the initial one: that came before the midterm (January 2009).
        var problem = await planner.PostJsonAsync(ExerciseApi.Url(id, "/meetings"), new { kind = "initial", eventId = final["eventId"] }, 409);
        Assert.Equal("kind", problem["field"]!.GetValue<string>());
        var initial = (await planner.ArrayAsync(ExerciseApi.Url(id, "/meetings"))).Single(m => m!["kind"]!.GetValue<string>() == "initial")!;
        Assert.Equal(204, await planner.StatusAsync(HttpMethod.Delete, ExerciseApi.Url(id, $"/meetings/{initial["id"]}?version={initial["version"]}")));
        problem = await planner.PostJsonAsync(ExerciseApi.Url(id, "/meetings"), new { kind = "initial", eventId = final["eventId"] }, 422);
        Assert.Equal("eventId", problem["field"]!.GetValue<string>());
        Assert.Contains("before the midterm meeting", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        // The exercise itself is no planning meeting; linked back in their places, the cycle is whole again.
        problem = await planner.PostJsonAsync(ExerciseApi.Url(id, "/meetings"), new { kind = "final", eventId = id }, 422);
        Assert.Equal("eventId", problem["field"]!.GetValue<string>());
        await planner.PostJsonAsync(ExerciseApi.Url(id, "/meetings"), new { kind = "final", eventId = final["eventId"] }, 201);
        var meetings = (await planner.PostJsonAsync(ExerciseApi.Url(id, "/meetings"), new { kind = "initial", eventId = initial["eventId"] }, 201)).AsArray();
        Assert.Equal(["conceptAndObjectives", "initial", "midterm", "scenarioEvents", "final"], meetings.Select(m => m!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Corrective_actions_address_areas_for_improvement_with_consistent_dates()
    {
        using var app = new PlannerApp();
        var planner = await app.ClientAsync(Role.Planner);
        var id = await planner.NorakIdAsync();
        var findings = (await planner.ArrayAsync(ExerciseApi.Url(id, "/evaluation"))).SelectMany(o => o!["findings"]!.AsArray()).ToList();
        var strength = findings.First(f => f!["kind"]!.GetValue<string>() == "strength")!;
        var area = findings.First(f => f!["kind"]!.GetValue<string>() == "areaForImprovement")!;
        var party = await planner.PartyIdAsync("RUS");
        var action = new { text = "Fix it", element = "training", responsiblePartyId = party, startOn = "2009-06-01", dueOn = "2009-09-01" };

        var problem = await planner.PostJsonAsync(ExerciseApi.Url(id, $"/findings/{strength["id"]}/actions"), action, 422);
        Assert.Equal("findingId", problem["field"]!.GetValue<string>());
        problem = await planner.PostJsonAsync(ExerciseApi.Url(id, $"/findings/{area["id"]}/actions"),
            action with { dueOn = "2009-05-01" }, 422);
        Assert.Equal(["dueOn"], ExerciseApi.Fields(problem));
        problem = await planner.PostJsonAsync(ExerciseApi.Url(id, $"/findings/{area["id"]}/actions"),
            new { action.text, element = "budget", responsiblePartyId = party, action.startOn, action.dueOn }, 400);
        Assert.Equal("element", problem["field"]!.GetValue<string>());
        var before = (await planner.ArrayAsync(ExerciseApi.Url(id, "/improvement-plan"))).Count;
        Assert.Equal(3, before);
    }

    [Fact]
    public async Task Moving_an_inject_beyond_the_exercise_or_from_a_stale_version_changes_nothing()
    {
        using var app = new PlannerApp();
        var planner = await app.ClientAsync(Role.Planner);
        var id = await planner.NorakIdAsync();
        var first = await planner.InjectAsync(id, 1);
        var url = ExerciseApi.Url(id, $"/msel/{first["id"]}/move");
        var version = first["version"]!.GetValue<long>();

        // Inject 6 (19 April 06:00) would be pushed past the end of the exercise (19 April 18:00).
        var problem = await planner.PostJsonAsync(url, new { scenarioTime = "2009-04-18T09:00", shiftFollowing = true, version }, 422);
        Assert.Contains("inject 6", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await planner.PostJsonAsync(url, new { scenarioTime = "2009-04-17T09:15", shiftFollowing = false, version = version + 5 }, 409);
        Assert.Equal("2009-04-17T09:00", (await planner.InjectAsync(id, 1))["scenarioTime"]!.GetValue<string>());

        var moved = (await planner.PostJsonAsync(url, new { scenarioTime = "2009-04-17T09:15", shiftFollowing = false, version }, 200)).AsArray();
        Assert.Equal(["2009-04-17T09:15", "2009-04-17T11:30"], moved.Take(2).Select(i => i!["scenarioTime"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Records_of_one_exercise_cannot_be_changed_through_another()
    {
        using var app = new PlannerApp();
        var planner = await app.ClientAsync(Role.Planner);
        var norak = await planner.NorakIdAsync();
        var peace = await planner.EventIdAsync(ExerciseApi.PeaceMission);
        var objective = await planner.ObjectiveAsync(norak, 1);
        var problem = await planner.PutJsonAsync(ExerciseApi.Url(peace, $"/objectives/{objective["id"]}"), new
        {
            text = new { en = "Hijacked" }, capabilityIds = new[] { objective["capabilities"]![0]!["id"]!.GetValue<long>() }, version = objective["version"]!.GetValue<long>(),
        }, 404);
        Assert.Contains("no objective", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(objective["text"]!["en"]!.GetValue<string>(), (await planner.ObjectiveAsync(norak, 1))["text"]!["en"]!.GetValue<string>());
    }
}
