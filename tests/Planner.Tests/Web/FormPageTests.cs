using System.Net;
using Dapper;
using Planner.Access;
using Planner.Tests.Invitations;
using Planner.Tests.Support;

namespace Planner.Tests.Web;

/// <summary>
/// Forms as a planner meets them, on 1 January 2027 (a fake clock): every error at once beside its field, dates written
/// as the page writes them, an unusual date confirmed before it is saved, and the invitation settings, preview and sending.
/// </summary>
public sealed class FormPageTests : IAsyncLifetime
{
    private MailHost _host = null!;

    public async Task InitializeAsync() => _host = await MailHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static Dictionary<string, string> Workshop(string start, string end, string title = "Expert workshop") => new()
    {
        ["kind"] = "workshop", ["titleEn"] = title, ["venueId"] = "1", ["start"] = start, ["end"] = end, ["status"] = "draft",
    };

    [Fact]
    public async Task A_form_shows_every_error_at_once_with_dates_as_the_page_writes_them_and_saves_nothing()
    {
        var planner = await WebForms.SignedInAsync(_host.App, Role.Planner);
        var before = await _host.App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event"));

        // A date the page cannot read and a missing title: both are shown, not just the first.
        var both = await planner.PostFormAsync("/events/new", "/events/new", Workshop("2 June", "2027-06-01T10:00", title: ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, both.StatusCode);
        var html = await both.Content.ReadAsStringAsync();
        Assert.Contains("data-field=\"start\">Enter a date and time such as 2027-04-15 10:00.</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"title.en\">Fill in this field.</span>", html, StringComparison.Ordinal);

        var reversed = WebUtility.HtmlDecode(await (await planner.PostFormAsync("/events/new", "/events/new", Workshop("2027-06-02T10:00", "2027-06-01T10:00"))).Content.ReadAsStringAsync());
        Assert.Contains("data-field=\"end\">The event ends (1 June 2027, 10:00) before or when it starts (2 June 2027, 10:00).</span>", reversed, StringComparison.Ordinal);
        Assert.Equal(before, await _host.App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event")));
    }

    [Fact]
    public async Task A_russian_form_with_three_faults_answers_all_three_beside_their_fields_in_russian_and_keeps_what_was_typed()
    {
        var planner = await WebForms.SignedInAsync(_host.App, Role.Planner);
        Assert.Equal(HttpStatusCode.Redirect, (await planner.GetAsync("/language/ru")).StatusCode);
        var before = await _host.App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event"));

        // A missing title (checked first), an end before the start and a host party that is gone (both checked against the database).
        var fields = Workshop("2027-06-02T10:00", "2027-06-01T10:00", title: "");
        fields["titleRu"] = "Семинар экспертов";
        fields["hostPartyId"] = "999999";
        var refused = await planner.PostFormAsync("/events/new", "/events/new", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Ничего не сохранено. Исправьте отмеченные ниже поля.", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"title.en\">Заполните это поле.</span>", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"end\">Мероприятие заканчивается (1 июня 2027 г., 10:00) раньше, чем начинается (2 июня 2027 г., 10:00), или в тот же момент.</span>",
            html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"hostPartyId\">Такой стороны нет.</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2027-06-01 10:00", html, StringComparison.Ordinal);

        // What was typed is on the form again.
        Assert.Contains("name=\"titleRu\" value=\"Семинар экспертов\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"start\" type=\"datetime-local\" value=\"2027-06-02T10:00\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"end\" type=\"datetime-local\" value=\"2027-06-01T10:00\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await _host.App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event")));
    }

    [Fact]
    public async Task A_session_refused_for_its_times_and_a_chair_the_form_has_no_field_for_names_both()
    {
        var api = await _host.App.ClientAsync(Role.Planner);
        var id = await api.EventIdAsync("47th meeting");
        var planner = await WebForms.SignedInAsync(_host.App, Role.Planner);
        var refused = await planner.PostFormAsync($"/events/{id}", $"/events/{id}?handler=Session", new()
        {
            ["titleEn"] = "Restricted session", ["start"] = "2027-04-16T10:00", ["end"] = "2027-04-15T12:00", ["chairPersonId"] = "999999",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("data-field=\"end\">The session ends (15 April 2027, 12:00) before or when it starts (16 April 2027, 10:00).</span>", html, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"unplaced\"><li>There is no such person.</li></ul>", html, StringComparison.Ordinal); // beside no field: at the top
    }

    [Fact]
    public async Task An_event_in_the_past_or_over_a_year_ahead_is_saved_only_once_its_date_is_confirmed()
    {
        var planner = await WebForms.SignedInAsync(_host.App, Role.Planner);
        var past = await planner.PostFormAsync("/events/new", "/events/new", Workshop("2026-11-03T10:00", "2026-11-03T17:00", "Workshop held last autumn"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
        var html = WebUtility.HtmlDecode(await past.Content.ReadAsStringAsync());
        Assert.Contains("This event starts on 3 November 2026, which is already past.", html, StringComparison.Ordinal);
        Assert.Contains("name=\"confirmDate\"", html, StringComparison.Ordinal);

        var far = WebUtility.HtmlDecode(await (await planner.PostFormAsync("/events/new", "/events/new", Workshop("2028-03-01T10:00", "2028-03-01T17:00"))).Content.ReadAsStringAsync());
        Assert.Contains("This event starts on 1 March 2028, more than a year from now.", far, StringComparison.Ordinal);

        var confirmed = Workshop("2026-11-03T10:00", "2026-11-03T17:00", "Workshop held last autumn");
        confirmed["confirmDate"] = "true";
        var saved = await planner.PostFormAsync("/events/new", "/events/new", confirmed);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = saved.Headers.Location!.OriginalString.Split('/')[^1];

        // Changing its title later does not ask about the date again.
        var edit = await planner.GetStringAsync($"/events/{id}/edit");
        Assert.Contains("name=\"originalStart\" value=\"2026-11-03\"", edit, StringComparison.Ordinal);
        var renamed = Workshop("2026-11-03T10:00", "2026-11-03T17:00", "Workshop held in November");
        renamed["version"] = "1";
        renamed["originalStart"] = "2026-11-03";
        Assert.Equal(HttpStatusCode.Redirect, (await planner.PostFormAsync($"/events/{id}/edit", $"/events/{id}/edit", renamed)).StatusCode);
    }

    [Fact]
    public async Task Invitation_settings_default_to_14_days_before_are_previewed_per_language_and_sending_names_the_count()
    {
        var api = await _host.App.ClientAsync(Role.Planner);
        var id = await api.EventIdAsync("47th meeting");
        var planner = await WebForms.SignedInAsync(_host.App, Role.Planner);
        var page = WebUtility.HtmlDecode(await planner.GetStringAsync($"/events/{id}"));
        Assert.Contains("name=\"deadline\" type=\"datetime-local\" value=\"2027-04-01T09:00\"", page, StringComparison.Ordinal); // 15 April 09:00 less 14 days
        Assert.Contains("The invitation will be sent to 11 parties", page, StringComparison.Ordinal); // ten members and Mongolia; not the secretariat

        // Every wrong setting is named at once.
        var refused = await planner.PostFormAsync($"/events/{id}", $"/events/{id}?handler=InvitationSettings",
            new() { ["deadline"] = "2027-04-20T10:00", ["quota"] = "0", ["remindUnanswered"] = "7, x", ["remindConfirmed"] = "3" });
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        foreach (var field in new[] { "deadline", "quota", "remindUnansweredDays" })
            Assert.Contains($"data-field=\"{field}\"", refusedHtml, StringComparison.Ordinal);

        var saved = await planner.PostFormAsync($"/events/{id}", $"/events/{id}?handler=InvitationSettings",
            new() { ["deadline"] = "2027-03-25T18:00", ["quota"] = "5", ["remindUnanswered"] = "10, 3", ["remindConfirmed"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await api.GetJsonAsync($"/api/events/{id}/invitations/settings");
        Assert.Equal("2027-03-25T15:00:00Z", settings["deadline"]!.GetValue<string>()); // 18:00 in Moscow
        Assert.Equal(5, settings["quota"]!.GetValue<int>());

        // The preview shows each language's mail as it will go, with the agenda attached, and sends nothing.
        var preview = WebUtility.HtmlDecode(await planner.GetStringAsync($"/events/{id}?preview=true"));
        foreach (var lang in new[] { "en", "ru", "zh" })
            Assert.Contains($"<article class=\"card mail-preview\" data-lang=\"{lang}\"", preview, StringComparison.Ordinal);
        Assert.Contains("47-е заседание Совета РАТС ШОС", preview, StringComparison.Ordinal);
        Assert.Matches("<div class=\"attachment\">[^<]+\\.pdf <span class=\"muted\">\\(application/pdf", preview);
        Assert.Equal(0, await _host.App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox")));

        var sent = await planner.PostFormAsync($"/events/{id}", $"/events/{id}?handler=Invite", []);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(11, await _host.App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM invitation WHERE event_id = @id", new { id })));
        Assert.Contains("Every participant with a contact address has been invited.", await planner.GetStringAsync($"/events/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitations_sent_without_a_deadline_close_replies_14_days_before_the_meeting()
    {
        var api = await _host.App.ClientAsync(Role.Planner);
        var id = await api.EventIdAsync("47th meeting");
        await MailHost.InviteAsync(api, id);
        Assert.Equal("2027-04-01T06:00:00Z", (await api.GetJsonAsync($"/api/events/{id}/invitations/settings"))["deadline"]!.GetValue<string>());
    }

    [Fact]
    public async Task Moving_an_event_moves_its_agenda_with_it_or_says_which_sessions_would_fall_outside()
    {
        var api = await _host.App.ClientAsync(Role.Planner);
        var id = await api.EventIdAsync("47th meeting");
        var planner = await WebForms.SignedInAsync(_host.App, Role.Planner);
        Assert.Contains("name=\"moveAgenda\" value=\"true\" checked=\"checked\"", await planner.GetStringAsync($"/events/{id}/edit"), StringComparison.Ordinal);
        async Task<HttpResponseMessage> MoveAsync(string day, bool moveAgenda)
        {
            var e = await api.GetJsonAsync($"/api/events/{id}");
            var fields = new Dictionary<string, string>
            {
                ["kind"] = "council", ["titleEn"] = e["title"]!["en"]!.GetValue<string>(), ["titleRu"] = e["title"]!["ru"]!.GetValue<string>(),
                ["titleZh"] = e["title"]!["zh"]!.GetValue<string>(), ["seriesId"] = $"{e["seriesId"]}", ["number"] = "47", ["venueId"] = $"{e["venueId"]}",
                ["start"] = day + "T09:00", ["end"] = day + "T18:00", ["hostPartyId"] = $"{e["hostPartyId"]}", ["chairPartyId"] = $"{e["chairPartyId"]}",
                ["status"] = "planned", ["version"] = $"{e["version"]}", ["originalStart"] = "2027-04-15", ["accept"] = "true",
            };
            if (moveAgenda)
                fields["moveAgenda"] = "true";
            return await planner.PostFormAsync($"/events/{id}/edit", $"/events/{id}/edit", fields);
        }

        var moved = await MoveAsync("2027-04-22", moveAgenda: true);
        Assert.True(moved.StatusCode == HttpStatusCode.Redirect, await moved.Content.ReadAsStringAsync());
        var days = (await api.GetJsonAsync($"/api/events/{id}/agenda"))["days"]!.AsArray();
        Assert.Equal(["2027-04-22"], days.Select(d => d!["date"]!.GetValue<string>()));

        var left = await MoveAsync("2027-04-29", moveAgenda: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, left.StatusCode);
        var html = WebUtility.HtmlDecode(await left.Content.ReadAsStringAsync());
        Assert.Contains("These agenda sessions would lie outside the event's new times", html, StringComparison.Ordinal);
        Assert.Contains("22 April 2027, ", html, StringComparison.Ordinal);
        Assert.Equal("2027-04-22T09:00", (await api.GetJsonAsync($"/api/events/{id}"))["start"]!.GetValue<string>()); // nothing saved
    }
}
