using Planner.Tests.Support;

namespace Planner.Tests.Scheduling;

public class SeriesTests : IDisposable
{
    private readonly PlannerApp _app;

    public SeriesTests()
        : this(TestDatabase.Sqlite)
    {
    }

    protected SeriesTests(TestDatabase database) => _app = new PlannerApp(database: database);

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    private static async Task<long> SeriesAsync(HttpClient client, string code) =>
        (await client.GetJsonAsync("/api/series")).AsArray().Single(s => s!["code"]!.GetValue<string>() == code)!["id"]!.GetValue<long>();

    [Fact]
    public async Task A_new_Council_meeting_gets_the_next_number_and_the_chair_of_its_date()
    {
        var client = await _app.ClientAsync();
        var council = await SeriesAsync(client, "RATS-COUNCIL");
        var moscow = (await client.GetJsonAsync("/api/venues?q=Moscow")).AsArray()[0]!["id"]!.GetValue<long>();
        var created = await client.PostJsonAsync("/api/events",
            new { kind = "council", title = new { en = "48th meeting of the RATS SCO Council" }, seriesId = council, venueId = moscow, start = "2027-10-05T09:00", end = "2027-10-05T18:00" }, 201);
        Assert.Equal(48, created["number"]!.GetValue<int>());
        Assert.Equal(await client.PartyIdAsync("RUS"), created["chairPartyId"]!.GetValue<long>());

        var taken = await client.PostJsonAsync("/api/events",
            new { kind = "council", title = new { en = "Duplicate" }, seriesId = council, number = 48, venueId = moscow, start = "2027-11-05T09:00", end = "2027-11-05T18:00" }, 409);
        Assert.Equal("number", taken["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_creations_at_once_get_different_numbers()
    {
        var council = await SeriesAsync(await _app.ClientAsync(), "RATS-COUNCIL");
        var tashkent = (await (await _app.ClientAsync()).GetJsonAsync("/api/venues?q=Tashkent")).AsArray()[0]!["id"]!.GetValue<long>();
        var creations = Enumerable.Range(0, 6).Select(async i =>
        {
            var client = await _app.ClientAsync();
            return await client.PostJsonAsync("/api/events?acceptConflicts=true",
                new { kind = "council", title = new { en = $"Extraordinary meeting {i}" }, seriesId = council, venueId = tashkent, start = $"2028-0{i + 1}-10T09:00", end = $"2028-0{i + 1}-10T18:00" }, 201);
        });
        var numbers = (await Task.WhenAll(creations)).Select(e => e["number"]!.GetValue<int>()).Order().ToArray();
        Assert.Equal([48, 49, 50, 51, 52, 53], numbers);
    }

    [Fact]
    public async Task The_rotation_takes_in_members_from_the_terms_after_they_join()
    {
        var client = await _app.ClientAsync();
        var terms = (await client.GetJsonAsync("/api/chairmanship?from=2028-01-01&to=2033-12-31")).AsArray();
        // Belarus (member from 2024-07-04) and Iran (2023-07-04) take their alphabetical places: Б after У, Иран after Индия.
        Assert.Equal(["TJK", "UZB", "BLR", "IND", "IRN", "KAZ"], terms.Select(t => t!["code"]!.GetValue<string>()));

        var terms2022 = (await client.GetJsonAsync("/api/chairmanship?from=2022-06-01&to=2023-06-01")).AsArray();
        Assert.Equal(["IND", "KAZ"], terms2022.Select(t => t!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_yearly_rule_proposes_the_next_Tashkent_conference_as_a_draft()
    {
        var client = await _app.ClientAsync();
        var conference = await SeriesAsync(client, "TASHKENT-CONF");
        var proposal = Assert.Single((await client.GetJsonAsync($"/api/series/{conference}/proposals?year=2027")).AsArray());
        Assert.Equal("2027-11-03T09:30", proposal!["start"]!.GetValue<string>());
        Assert.Equal("2027-11-04T18:00", proposal["end"]!.GetValue<string>());

        var created = (await client.PostJsonAsync($"/api/series/{conference}/proposals?year=2027", new { }, 201)).AsArray();
        Assert.Equal("draft", created[0]!["status"]!.GetValue<string>());
        Assert.Equal(8, created[0]!["number"]!.GetValue<int>());
        Assert.Equal("8th scientific-practical conference of the RATS SCO", created[0]!["title"]!["en"]!.GetValue<string>());
        Assert.Empty((await client.GetJsonAsync($"/api/series/{conference}/proposals?year=2027")).AsArray());
    }

    [Fact]
    public async Task The_programme_lists_every_event_of_the_years_with_chair_host_venue_and_status()
    {
        var client = await _app.ClientAsync();
        var programme = (await client.GetJsonAsync("/api/programme?year=2023&to=2027")).AsArray();
        Assert.Equal(["40th meeting of the RATS SCO Council", "44th meeting of the RATS SCO Council", "47th meeting of the RATS SCO Council"],
            programme.Select(p => p!["title"]!["en"]!.GetValue<string>()));
        Assert.Equal("KGZ", programme[1]!["chair"]!["code"]!.GetValue<string>());
        Assert.Equal("Moscow", programme[2]!["city"]!.GetValue<string>());
        Assert.Equal("planned", programme[2]!["status"]!.GetValue<string>());
        await client.GetJsonAsync("/api/programme?year=20", 400);
    }

    [Fact]
    public async Task Free_windows_skip_weekends_busy_delegations_and_blackouts()
    {
        var client = await _app.ClientAsync();
        var moscow = (await client.GetJsonAsync("/api/venues?q=Moscow")).AsArray()[0]!["id"]!.GetValue<long>();
        var rus = await client.PartyIdAsync("RUS");
        var windows = (await client.GetJsonAsync($"/api/scheduling/windows?days=2&from=2027-04-12&to=2027-04-30&venue={moscow}&parties={rus}&count=3")).AsArray();
        // 12–13 April (Mon–Tue) free; the 47th Council meeting occupies Russia on Thursday 15 April; 17–18 are a weekend.
        Assert.Equal(["2027-04-12", "2027-04-19", "2027-04-21"], windows.Select(w => w!["first"]!.GetValue<string>()));

        var uzb = await client.PartyIdAsync("UZB");
        var tashkent = (await client.GetJsonAsync("/api/venues?q=Tashkent")).AsArray()[0]!["id"]!.GetValue<long>();
        var navruz = (await client.GetJsonAsync($"/api/scheduling/windows?days=1&from=2027-03-18&to=2027-03-31&venue={tashkent}&host={uzb}&count=2")).AsArray();
        Assert.Equal(["2027-03-18", "2027-03-19"], navruz.Select(w => w!["first"]!.GetValue<string>()));
        var afterNavruz = (await client.GetJsonAsync($"/api/scheduling/windows?days=1&from=2027-03-20&to=2027-03-31&venue={tashkent}&host={uzb}&count=1")).AsArray();
        Assert.Equal("2027-03-23", afterNavruz[0]!["first"]!.GetValue<string>());
        await client.GetJsonAsync($"/api/scheduling/windows?days=0&venue={moscow}", 400);
        await client.GetJsonAsync($"/api/scheduling/windows?days=2&venue={moscow}&parties=a,b", 400);
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class SeriesTestsOnPostgres() : SeriesTests(TestDatabase.Postgres);
