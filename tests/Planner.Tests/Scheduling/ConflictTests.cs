using System.Text.Json.Nodes;
using Planner.Tests.Support;

namespace Planner.Tests.Scheduling;

/// <summary>Each kind of conflict is found, and not found where there is none. Each test uses its own host.</summary>
public class ConflictTests : IDisposable
{
    private readonly PlannerApp _app;

    public ConflictTests()
        : this(TestDatabase.Sqlite)
    {
    }

    protected ConflictTests(TestDatabase database) => _app = new PlannerApp(database: database);

    public void Dispose()
    {
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    private static async Task<long> VenueAsync(HttpClient client, string city, string? timeZone = null)
    {
        var found = (await client.GetJsonAsync("/api/venues?q=" + city)).AsArray();
        if (found.Count > 0)
            return found[0]!["id"]!.GetValue<long>();
        return (await client.PostJsonAsync("/api/venues", new { name = city + " hall", city, country = "X", timeZone }, 201))["id"]!.GetValue<long>();
    }

    private static object Event(long venue, string start, string end, string title = "Expert meeting", long? chair = null, string kind = "workshop") =>
        new { kind, title = new { en = title }, venueId = venue, start, end, chairPartyId = chair };

    private static string[] Codes(JsonNode problem) =>
        problem["conflicts"]!.AsArray().Select(c => c!["code"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task A_venue_booked_twice_is_refused_unless_accepted_and_back_to_back_is_fine()
    {
        var client = await _app.ClientAsync();
        var tashkent = await VenueAsync(client, "Tashkent");
        await client.PostJsonAsync("/api/events", Event(tashkent, "2027-02-10T09:00", "2027-02-10T12:00"), 201);
        await client.PostJsonAsync("/api/events", Event(tashkent, "2027-02-10T12:00", "2027-02-10T15:00", "Back to back"), 201);

        var clash = await client.PostJsonAsync("/api/events", Event(tashkent, "2027-02-10T11:00", "2027-02-10T13:00", "Clash"), 409);
        Assert.Equal(["venue.doubleBooked", "venue.doubleBooked"], Codes(clash));
        Assert.Equal("venueId", clash["field"]!.GetValue<string>());
        Assert.Contains("is booked by both", clash["conflicts"]![0]!["message"]!.GetValue<string>());
        Assert.DoesNotContain("Clash", (await client.GetJsonAsync("/api/events?from=2027-02-10&to=2027-02-10")).AsArray().Select(e => e!["title"]!["en"]!.GetValue<string>()));

        var accepted = await client.PostJsonAsync("/api/events?acceptConflicts=true", Event(tashkent, "2027-02-10T11:00", "2027-02-10T13:00", "Clash"), 201);
        var conflicts = (await client.GetJsonAsync($"/api/events/{accepted["id"]}/conflicts")).AsArray();
        Assert.Equal(2, conflicts.Count);
        Assert.All(conflicts, c => Assert.Equal("error", c!["severity"]!.GetValue<string>()));
        var sweep = (await client.GetJsonAsync("/api/conflicts?from=2027-02-01&to=2027-02-28")).AsArray();
        Assert.Equal(2, sweep.Count(c => c!["code"]!.GetValue<string>() == "venue.doubleBooked"));
    }

    [Fact]
    public async Task A_person_in_two_places_at_once_is_an_error_and_two_cities_on_one_day_a_warning()
    {
        var client = await _app.ClientAsync();
        var kaz = await client.PartyIdAsync("KAZ");
        var person = (await client.GetJsonAsync($"/api/people?party={kaz}")).AsArray()[0]!["id"]!.GetValue<long>();
        var tashkent = await VenueAsync(client, "Tashkent");
        var moscow = await VenueAsync(client, "Moscow");

        async Task<JsonNode> Delegate(long eventId, int expected, bool accept = false)
        {
            await client.PostJsonAsync($"/api/events/{eventId}/participants", new { partyId = kaz, role = "member" }, 201);
            return await client.PutJsonAsync($"/api/events/{eventId}/delegations/{kaz}{(accept ? "?acceptConflicts=true" : "")}",
                new { head = new { personId = person, function = "Head" }, version = 1 }, expected);
        }

        var morning = (await client.PostJsonAsync("/api/events", Event(tashkent, "2027-03-03T09:00", "2027-03-03T12:00"), 201))["id"]!.GetValue<long>();
        await Delegate(morning, 200);
        var evening = (await client.PostJsonAsync("/api/events", Event(moscow, "2027-03-03T18:00", "2027-03-03T20:00"), 201))["id"]!.GetValue<long>();
        await Delegate(evening, 200);
        var travel = (await client.GetJsonAsync($"/api/events/{evening}/conflicts")).AsArray();
        var warning = Assert.Single(travel, c => c!["code"]!.GetValue<string>() == "person.travel");
        Assert.Equal("warning", warning!["severity"]!.GetValue<string>());
        Assert.Contains("Tashkent", warning["message"]!.GetValue<string>());

        var overlapping = (await client.PostJsonAsync("/api/events", Event(moscow, "2027-03-03T07:00", "2027-03-03T09:00", "Overlap (04:00-06:00Z, while Tashkent runs 04:00-07:00Z)"), 201))["id"]!.GetValue<long>();
        var refused = await Delegate(overlapping, 409);
        Assert.Contains("person.doubleBooked", Codes(refused));
        Assert.Empty((await client.GetJsonAsync($"/api/events/{overlapping}/delegations/{kaz}"))["members"]!.AsArray());
    }

    [Fact]
    public async Task A_party_expected_at_two_overlapping_events_is_a_warning_that_does_not_block()
    {
        var client = await _app.ClientAsync();
        var pak = await client.PartyIdAsync("PAK");
        var a = (await client.PostJsonAsync("/api/events", Event(await VenueAsync(client, "Tashkent"), "2027-05-11T09:00", "2027-05-12T18:00"), 201))["id"]!.GetValue<long>();
        var b = (await client.PostJsonAsync("/api/events", Event(await VenueAsync(client, "Moscow"), "2027-05-12T09:00", "2027-05-13T18:00"), 201))["id"]!.GetValue<long>();
        await client.PostJsonAsync($"/api/events/{a}/participants", new { partyId = pak, role = "member" }, 201);
        await client.PostJsonAsync($"/api/events/{b}/participants", new { partyId = pak, role = "member" }, 201);
        var conflict = Assert.Single((await client.GetJsonAsync($"/api/events/{b}/conflicts")).AsArray());
        Assert.Equal("party.overlap", conflict!["code"]!.GetValue<string>());
        Assert.Equal("warning", conflict["severity"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sessions_in_one_room_may_follow_each_other_but_not_overlap()
    {
        var client = await _app.ClientAsync();
        var id = (await client.PostJsonAsync("/api/events", Event(await VenueAsync(client, "Dushanbe"), "2027-06-01T09:00", "2027-06-01T18:00"), 201))["id"]!.GetValue<long>();
        await client.PostJsonAsync($"/api/events/{id}/agenda/sessions", new { start = "2027-06-01T09:00", end = "2027-06-01T10:30", room = "Hall A" }, 201);
        await client.PostJsonAsync($"/api/events/{id}/agenda/sessions", new { start = "2027-06-01T10:30", end = "2027-06-01T12:00", room = "Hall A" }, 201);
        await client.PostJsonAsync($"/api/events/{id}/agenda/sessions", new { start = "2027-06-01T10:00", end = "2027-06-01T11:00", room = "Hall B" }, 201);
        var clash = await client.PostJsonAsync($"/api/events/{id}/agenda/sessions", new { start = "2027-06-01T10:00", end = "2027-06-01T11:00", room = "Hall A" }, 409);
        Assert.All(Codes(clash), code => Assert.Equal("room.doubleBooked", code));
        Assert.Equal("room", clash["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Shortening_an_event_so_a_session_falls_outside_it_is_refused()
    {
        var client = await _app.ClientAsync();
        var venue = await VenueAsync(client, "Dushanbe");
        var id = (await client.PostJsonAsync("/api/events", Event(venue, "2027-06-08T09:00", "2027-06-09T18:00"), 201))["id"]!.GetValue<long>();
        await client.PostJsonAsync($"/api/events/{id}/agenda/sessions", new { start = "2027-06-09T10:00", end = "2027-06-09T12:00", room = "Hall A" }, 201);
        var shorter = new { kind = "workshop", title = new { en = "Expert meeting" }, venueId = venue, start = "2027-06-08T09:00", end = "2027-06-08T18:00", version = 1 };
        var refused = await client.PutJsonAsync($"/api/events/{id}", shorter, 409);
        Assert.Equal(["session.outsideEvent"], Codes(refused));
    }

    [Fact]
    public async Task A_chair_or_member_must_be_a_member_on_the_date()
    {
        var client = await _app.ClientAsync();
        var venue = await VenueAsync(client, "Tashkent");
        var mongolia = await client.PartyIdAsync("MNG");
        var chaired = await client.PostJsonAsync("/api/events", Event(venue, "2027-09-01T09:00", "2027-09-01T18:00", chair: mongolia), 409);
        Assert.Equal(["chair.notMember"], Codes(chaired));
        Assert.Equal("chairPartyId", chaired["field"]!.GetValue<string>());

        var belarus = await client.PartyIdAsync("BLR");
        var y2023 = (await client.PostJsonAsync("/api/events", Event(venue, "2023-10-02T09:00", "2023-10-02T18:00"), 201))["id"]!.GetValue<long>();
        var asMember = await client.PostJsonAsync($"/api/events/{y2023}/participants", new { partyId = belarus, role = "member" }, 409);
        Assert.Equal(["participant.notMember"], Codes(asMember));
        await client.PostJsonAsync($"/api/events/{y2023}/participants", new { partyId = belarus, role = "observer" }, 201);
        var y2025 = (await client.PostJsonAsync("/api/events", Event(venue, "2025-10-02T09:00", "2025-10-02T18:00"), 201))["id"]!.GetValue<long>();
        await client.PostJsonAsync($"/api/events/{y2025}/participants", new { partyId = belarus, role = "member" }, 201);
    }

    [Fact]
    public async Task An_event_in_a_blackout_period_is_refused_and_a_host_holiday_applies_only_to_that_host()
    {
        var client = await _app.ClientAsync();
        var venue = await VenueAsync(client, "Tashkent");
        var summit = await client.PostJsonAsync("/api/events", Event(venue, "2027-07-02T09:00", "2027-07-02T18:00"), 409);
        Assert.Equal(["blackout"], Codes(summit));

        var uzb = await client.PartyIdAsync("UZB");
        var rus = await client.PartyIdAsync("RUS");
        object Hosted(long host) => new { kind = "workshop", title = new { en = "Hosted " + host }, venueId = venue, start = "2027-03-22T09:00", end = "2027-03-22T18:00", hostPartyId = host };
        await client.PostJsonAsync("/api/events", Hosted(uzb), 409);
        await client.PostJsonAsync("/api/events", Hosted(rus), 201);
    }

    [Fact]
    public async Task A_blackout_over_a_planned_event_is_refused_unless_accepted_and_one_after_an_event_ending_at_midnight_is_not()
    {
        var client = await _app.ClientAsync();
        var venue = await VenueAsync(client, "Tashkent");
        await client.PostJsonAsync("/api/events", Event(venue, "2027-11-10T09:00", "2027-11-10T18:00"), 201);
        object Blackout(string title, string first, string last) => new { title, firstDay = first, lastDay = last };

        var refused = await client.PostJsonAsync("/api/blackouts", Blackout("Elections", "2027-11-10", "2027-11-11"), 409);
        Assert.Equal(["blackout"], Codes(refused));
        Assert.Equal("firstDay", refused["field"]!.GetValue<string>());
        Assert.DoesNotContain("Elections", (await client.GetJsonAsync("/api/blackouts")).AsArray().Select(b => b!["title"]!.GetValue<string>()));
        await client.PostJsonAsync("/api/blackouts?acceptConflicts=true", Blackout("Elections", "2027-11-10", "2027-11-11"), 201);

        await client.PostJsonAsync("/api/events", Event(venue, "2027-11-20T20:00", "2027-11-21T00:00", "Evening reception"), 201);
        await client.PostJsonAsync("/api/blackouts", Blackout("Holiday", "2027-11-21", "2027-11-22"), 201);
    }

    [Fact]
    public async Task Ending_the_membership_of_a_state_that_chairs_a_later_meeting_is_refused_unless_accepted()
    {
        var client = await _app.ClientAsync();
        var venue = await VenueAsync(client, "Tashkent");
        var kaz = await client.PartyIdAsync("KAZ");
        await client.PostJsonAsync("/api/events", Event(venue, "2027-09-01T09:00", "2027-09-01T18:00", chair: kaz), 201);
        var open = (await client.GetJsonAsync($"/api/parties/{kaz}/statuses")).AsArray().Single(s => s!["to"] is null)!;
        var url = $"/api/parties/{kaz}/statuses/{open["id"]}";
        var change = new { status = "member", from = open["from"]!.GetValue<string>(), to = "2027-06-30", version = open["version"]!.GetValue<long>() };

        var refused = await client.PutJsonAsync(url, change, 409);
        Assert.Contains("chair.notMember", Codes(refused));
        Assert.Equal("status", refused["field"]!.GetValue<string>());
        Assert.Null((await client.GetJsonAsync($"/api/parties/{kaz}/statuses")).AsArray().Single(s => s!["id"]!.GetValue<long>() == open["id"]!.GetValue<long>())!["to"]);
        var ended = await client.PutJsonAsync(url + "?acceptConflicts=true", change, 200);
        Assert.Equal("2027-06-30", ended["to"]!.GetValue<string>());
    }

    [Fact]
    public async Task Times_that_do_not_exist_or_occur_twice_in_a_DST_zone_are_refused_with_a_reason()
    {
        var client = await _app.ClientAsync();
        var berlin = await VenueAsync(client, "Berlin", "Europe/Berlin");
        var gap = await client.PostJsonAsync("/api/events", Event(berlin, "2027-03-28T02:30", "2027-03-28T05:00"), 422);
        Assert.Equal("start", gap["field"]!.GetValue<string>());
        Assert.Contains("does not exist in Europe/Berlin", gap["detail"]!.GetValue<string>());
        var twice = await client.PostJsonAsync("/api/events", Event(berlin, "2027-10-31T01:00", "2027-10-31T02:30"), 422);
        Assert.Equal("end", twice["field"]!.GetValue<string>());
        Assert.Contains("occurs twice", twice["detail"]!.GetValue<string>());
        var unknownZone = await client.PostJsonAsync("/api/venues", new { name = "Hall", city = "Nowhere", country = "X", timeZone = "Asia/Nowhere" }, 422);
        Assert.Equal("timeZone", unknownZone["field"]!.GetValue<string>());
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ConflictTestsOnPostgres() : ConflictTests(TestDatabase.Postgres);
