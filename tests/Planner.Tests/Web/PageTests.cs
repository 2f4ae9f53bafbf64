using System.Globalization;
using System.Net;
using Dapper;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>The pages over HTTP: roles, encoding, errors next to fields, the Russian interface.</summary>
public sealed class PageTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    private PlannerApp App => demo.App;

    private async Task<long> EventAsync(string title) => await (await App.ClientAsync()).EventIdAsync(title);

    [Fact]
    public async Task Viewer_sees_no_change_buttons_and_a_posted_form_is_refused()
    {
        var id = await EventAsync("47th meeting");
        var viewer = await WebForms.SignedInAsync(App, Role.Viewer);
        var html = await viewer.GetStringAsync($"/events/{id}");
        Assert.Contains("47th meeting of the RATS SCO Council", html, StringComparison.Ordinal);
        Assert.DoesNotContain("send-invitations", html, StringComparison.Ordinal);
        Assert.DoesNotContain("add-participant", html, StringComparison.Ordinal);
        Assert.DoesNotContain("add-session", html, StringComparison.Ordinal);

        // The token from the page's sign-out form is valid for the viewer; the role still refuses the change.
        var refused = await viewer.PostFormAsync($"/events/{id}", $"/events/{id}?handler=Invite", []);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var invited = await App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM invitation WHERE event_id = @id", new { id }));
        Assert.Equal(0, invited);
    }

    [Fact]
    public async Task A_page_that_is_not_there_is_a_page_saying_so_and_the_api_still_answers_json()
    {
        var viewer = await WebForms.SignedInAsync(App, Role.Viewer);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/events/987654");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml");
        var missing = await viewer.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html", missing.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<h1>Not found</h1>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = await App.ClientAsync();
        api.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var json = await api.GetAsync("/api/events/987654");
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_party_name_with_a_script_is_shown_as_text()
    {
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var saved = await planner.PostFormAsync("/directory", "/directory", new()
        {
            ["code"] = "EVL", ["kind"] = "organisation", ["nameEn"] = "<script>alert('x')</script>Evilland", ["nameRu"] = "Злоland",
            ["email"] = "protocol@evl.example", ["language"] = "en",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var html = await planner.GetStringAsync("/directory?q=EVL");
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;Evilland", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_shown_next_to_its_field_and_nothing_is_saved()
    {
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var before = await App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event"));
        var refused = await planner.PostFormAsync("/events/new", "/events/new", new()
        {
            ["kind"] = "workshop", ["titleEn"] = "", ["venueId"] = "1", ["start"] = "2027-06-02T10:00", ["end"] = "2027-06-01T10:00", ["status"] = "draft",
        });
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("<span class=\"field-error\" data-field=\"title.en\">Fill in this field.</span>", html, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved. Correct the fields marked below.", html, StringComparison.Ordinal);

        var badDate = await planner.PostFormAsync("/events/new", "/events/new", new()
        {
            ["kind"] = "workshop", ["titleEn"] = "Expert workshop", ["venueId"] = "1", ["start"] = "2 June", ["end"] = "2027-06-01T10:00", ["status"] = "draft",
        });
        var dateHtml = await badDate.Content.ReadAsStringAsync();
        Assert.Contains("<span class=\"field-error\" data-field=\"start\">Enter a date and time such as 2027-04-15 10:00.</span>", dateHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"Expert workshop\"", dateHtml, StringComparison.Ordinal); // what was typed is kept

        var reversed = await planner.PostFormAsync("/events/new", "/events/new", new()
        {
            ["kind"] = "workshop", ["titleEn"] = "Expert workshop", ["venueId"] = "1", ["start"] = "2027-06-02T10:00", ["end"] = "2027-06-01T10:00", ["status"] = "draft",
        });
        Assert.Contains("data-field=\"end\">The event ends", await reversed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The same refusal in the Russian interface is in Russian.
        var russian = await WebForms.SignedInAsync(App, Role.Planner, "web-planner-ru");
        await russian.GetAsync("/language/ru?back=%2F");
        async Task<string> RefusedInRussian(string title, string start) => await (await russian.PostFormAsync("/events/new", "/events/new", new()
        {
            ["kind"] = "workshop", ["titleEn"] = title, ["venueId"] = "1", ["start"] = start, ["end"] = "2027-06-02T18:00", ["status"] = "draft",
        })).Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"title.en\">Заполните это поле.</span>", await RefusedInRussian("", "2027-06-02T10:00"), StringComparison.Ordinal);
        Assert.Contains("data-field=\"start\">Введите дату и время, например 2027-04-15 10:00.</span>", await RefusedInRussian("X", "2 June"), StringComparison.Ordinal);
        Assert.Equal(before, await App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event")));
    }

    [Fact]
    public async Task The_Russian_interface_shows_names_and_local_times_with_the_zone_named()
    {
        var id = await EventAsync("47th meeting");
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var switched = await planner.GetAsync($"/language/ru?back=%2Fevents%2F{id}");
        Assert.Equal($"/events/{id}", switched.Headers.Location!.OriginalString);
        var html = await planner.GetStringAsync($"/events/{id}");
        Assert.Contains("<html lang=\"ru\">", html, StringComparison.Ordinal);
        Assert.Contains("47-е заседание Совета РАТС ШОС", html, StringComparison.Ordinal);
        Assert.Contains("15 апреля 2027 г., 09:00–18:00, Europe/Moscow (UTC+03:00)", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Разослать приглашения", html, StringComparison.Ordinal);

        var offsite = await planner.GetAsync("/language/en?back=%2F%2Fevil.example");
        Assert.Equal("/", offsite.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_MSEL_is_shown_to_planners_and_never_to_a_viewer()
    {
        var id = await EventAsync("Norak-Antiterror 2009");
        var planner = await (await WebForms.SignedInAsync(App, Role.Planner)).GetStringAsync($"/exercises/{id}");
        var viewer = await (await WebForms.SignedInAsync(App, Role.Viewer)).GetStringAsync($"/exercises/{id}");
        Assert.Contains("id=\"injects\"", planner, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"injects\"", viewer, StringComparison.Ordinal);
        Assert.Contains("The MSEL is shown only to planners and controllers.", viewer, StringComparison.Ordinal);
        Assert.Contains("id=\"ratings\"", viewer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_planner_rates_an_objective_moves_injects_and_is_told_what_a_completed_action_lacks()
    {
        var api = await App.ClientAsync();
        var id = await EventAsync("Norak-Antiterror 2009");
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        var page = $"/exercises/{id}";

        var objective = (await api.GetJsonAsync($"/api/events/{id}/exercise/objectives")).AsArray()[0]!;
        var rated = await planner.PostFormAsync(page, page + "?handler=Rating", new()
        {
            ["objectiveId"] = objective["id"]!.ToString(), ["version"] = objective["version"]!.ToString(), ["rating"] = "U",
        });
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        var after = (await api.GetJsonAsync($"/api/events/{id}/exercise/objectives")).AsArray()[0]!;
        Assert.Equal("u", after["rating"]!.GetValue<string>(), ignoreCase: true);

        var injects = (await api.GetJsonAsync($"/api/events/{id}/exercise/msel")).AsArray();
        var first = injects[0]!;
        var later = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm").Parse(first["scenarioTime"]!.GetValue<string>()).Value.PlusMinutes(30);
        var moved = await planner.PostFormAsync(page, page + "?handler=MoveInject", new()
        {
            ["injectId"] = first["id"]!.ToString(), ["version"] = first["version"]!.ToString(),
            ["scenarioTime"] = later.ToString("uuuu-MM-dd'T'HH:mm", null), ["shift"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var shifted = (await api.GetJsonAsync($"/api/events/{id}/exercise/msel")).AsArray();
        Assert.Equal(injects.Count, shifted.Count);
        Assert.StartsWith(later.ToString("uuuu-MM-dd'T'HH:mm", null), shifted.Single(i => i!["id"]!.GetValue<long>() == first["id"]!.GetValue<long>())!["scenarioTime"]!.GetValue<string>(), StringComparison.Ordinal);

        var action = (await api.GetJsonAsync($"/api/events/{id}/exercise/improvement-plan")).AsArray()[0]!;
        var refused = await planner.PostFormAsync(page, page + "?handler=ActionStatus", new()
        {
            ["actionId"] = action["id"]!.ToString(), ["version"] = action["version"]!.ToString(), ["status"] = "completed", ["completedOn"] = "",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("data-field=\"completedOn\">A completed action has the date it was completed", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_controller_releases_an_inject_from_the_page_but_cannot_move_it()
    {
        var api = await App.ClientAsync();
        var id = await EventAsync("Norak-Antiterror 2009");
        var page = $"/exercises/{id}";
        var controller = await WebForms.SignedInAsync(App, Role.Controller);
        var html = await controller.GetStringAsync(page);
        Assert.Contains("id=\"injects\"", html, StringComparison.Ordinal);
        Assert.Contains("Asia/Dushanbe (UTC+05:00)</span></th>", WebUtility.HtmlDecode(html), StringComparison.Ordinal); // scenario times are the venue's
        Assert.Contains("value=\"Released\" class=\"small\">Release</button>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=MoveInject", html, StringComparison.Ordinal);

        var last = (await api.GetJsonAsync($"/api/events/{id}/exercise/msel")).AsArray()[^1]!;
        var fields = new Dictionary<string, string> { ["injectId"] = last["id"]!.ToString(), ["version"] = last["version"]!.ToString(), ["status"] = "Released" };
        var viewer = await WebForms.SignedInAsync(App, Role.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostFormAsync(page, page + "?handler=InjectStatus", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await controller.PostFormAsync(page, page + "?handler=InjectStatus", fields)).StatusCode);
        var released = (await api.GetJsonAsync($"/api/events/{id}/exercise/msel")).AsArray()[^1]!;
        Assert.Equal("released", released["status"]!.GetValue<string>());

        var stale = await controller.PostFormAsync(page, page + "?handler=InjectStatus", fields);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var moved = await controller.PostFormAsync(page, page + "?handler=MoveInject", new()
        {
            ["injectId"] = last["id"]!.ToString(), ["version"] = released["version"]!.ToString(), ["scenarioTime"] = "2009-04-18T10:00",
        });
        Assert.Equal(HttpStatusCode.Forbidden, moved.StatusCode);
    }

    [Fact]
    public async Task A_planner_names_the_head_and_members_of_a_delegation_from_the_page()
    {
        var id = await EventAsync("47th meeting");
        var page = $"/events/{id}";
        var (partyId, first, second) = await App.Db.ReadAsync(c => c.QuerySingleAsync<(long, long, long)>(
            """
            SELECT p.party_id, MIN(x.id), MAX(x.id) FROM participation p JOIN person x ON x.party_id = p.party_id
            WHERE p.event_id = @id GROUP BY p.party_id HAVING COUNT(*) >= 2 ORDER BY p.party_id LIMIT 1
            """, new { id }));
        var api = await App.ClientAsync();
        var version = (await api.GetJsonAsync($"/api/events/{id}/delegations/{partyId}"))["version"]!.ToString();
        var planner = await WebForms.SignedInAsync(App, Role.Planner);
        Assert.Contains("Change the delegation", await planner.GetStringAsync(page), StringComparison.Ordinal);

        var twoHeads = new Dictionary<string, string>
        {
            ["partyId"] = partyId.ToString(CultureInfo.InvariantCulture), ["version"] = version,
            [$"role.{first}"] = "head", [$"role.{second}"] = "head",
        };
        var refused = await planner.PostFormAsync(page, page + "?handler=Delegation", twoHeads);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("A delegation has one head", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var fields = new Dictionary<string, string>(twoHeads)
        {
            [$"role.{second}"] = "member", [$"function.{first}"] = "Director", [$"function.{second}"] = "Adviser",
        };
        var viewer = await WebForms.SignedInAsync(App, Role.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostFormAsync(page, page + "?handler=Delegation", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync(page, page + "?handler=Delegation", fields)).StatusCode);

        var members = (await api.GetJsonAsync($"/api/events/{id}/delegations/{partyId}"))["members"]!.AsArray();
        Assert.Equal(2, members.Count);
        Assert.Equal((first, true, "Director"), (members[0]!["personId"]!.GetValue<long>(), members[0]!["isHead"]!.GetValue<bool>(), members[0]!["function"]!["en"]!.GetValue<string>()));
        Assert.Equal((second, false, "Adviser"), (members[1]!["personId"]!.GetValue<long>(), members[1]!["isHead"]!.GetValue<bool>(), members[1]!["function"]!["en"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, (await planner.PostFormAsync(page, page + "?handler=Delegation", fields)).StatusCode);
    }
}
