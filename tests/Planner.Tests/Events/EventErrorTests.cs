using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Planner.Access;
using Planner.Tests.Support;

namespace Planner.Tests.Events;

/// <summary>
/// A refused change names every fault of the request at once, each at its field, in the language <c>Accept-Language</c> asks
/// for (English by default), with dates written as that language writes them; conflicts are said in that language too.
/// </summary>
public sealed class EventErrorTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    private readonly PlannerApp _app = fixture.App;

    private async Task<(HttpStatusCode Status, JsonNode Problem)> SendAsync(HttpMethod method, string url, object? body, string? language)
    {
        var client = await _app.ClientAsync(Role.Planner);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (language is not null)
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        var response = await client.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task An_event_with_a_missing_title_an_end_before_its_start_an_unknown_venue_and_host_names_all_four_in_russian()
    {
        var body = new
        {
            kind = "workshop", title = new { en = "", ru = "Семинар" }, venueId = 999999, start = "2027-06-02T10:00", end = "2027-06-01T10:00",
            hostPartyId = 999998,
        };
        var (status, russian) = await SendAsync(HttpMethod.Post, "/api/events", body, "ru");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var errors = russian["errors"]!.AsObject();
        Assert.Equal(["end", "hostPartyId", "title.en", "venueId"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Поле title.en обязательно.", errors["title.en"]![0]!.GetValue<string>());
        Assert.Equal("Мероприятие заканчивается (1 июня 2027 г., 10:00) раньше, чем начинается (2 июня 2027 г., 10:00), или в тот же момент.",
            errors["end"]![0]!.GetValue<string>());
        Assert.Equal("Такого места проведения нет.", errors["venueId"]![0]!.GetValue<string>());
        Assert.Equal("Такой стороны нет.", errors["hostPartyId"]![0]!.GetValue<string>());

        var (_, english) = await SendAsync(HttpMethod.Post, "/api/events", body, null);
        Assert.Equal("There is no venue with id 999999.", english["errors"]!["venueId"]![0]!.GetValue<string>());
        Assert.Equal("The event ends (2027-06-01 10:00) before or when it starts (2027-06-02 10:00).", english["errors"]!["end"]![0]!.GetValue<string>());
        Assert.Equal(4, english["errors"]!.AsObject().Count);
    }

    [Fact]
    public async Task A_session_outside_its_event_with_an_unknown_chair_and_speaker_names_all_three_in_chinese()
    {
        var client = await _app.ClientAsync(Role.Planner);
        var id = await client.EventIdAsync("47th meeting");
        var body = new
        {
            title = "Restricted session", start = "2027-04-16T10:00", end = "2027-04-16T12:00", chairPersonId = 999999,
            items = new[] { new { title = "Opening", speakers = new[] { 999998L } } },
        };
        var (status, chinese) = await SendAsync(HttpMethod.Post, $"/api/events/{id}/agenda/sessions", body, "zh");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var errors = chinese["errors"]!.AsObject();
        Assert.Equal(["chairPersonId", "end", "items[0].speakers[0]", "start"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("2027年4月16日 10:00不在活动时间内（活动自2027年4月15日 09:00至2027年4月15日 18:00）。", errors["start"]![0]!.GetValue<string>());
        Assert.Equal("没有此人。", errors["chairPersonId"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_clash_is_refused_with_its_conflicts_said_in_the_language_asked_for()
    {
        var client = await _app.ClientAsync(Role.Planner);
        var id = await client.EventIdAsync("47th meeting");
        var meeting = await client.GetJsonAsync($"/api/events/{id}");
        var body = new
        {
            kind = "council", title = "Extraordinary meeting", venueId = meeting["venueId"]!.GetValue<long>(),
            start = "2027-04-15T10:00", end = "2027-04-15T17:00",
        };
        var (status, russian) = await SendAsync(HttpMethod.Post, "/api/events", body, "ru");
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.StartsWith("conflict.", russian["code"]!.GetValue<string>(), StringComparison.Ordinal);
        var conflicts = russian["conflicts"]!.AsArray();
        Assert.NotEmpty(conflicts);
        foreach (var text in conflicts.Select(c => c!["message"]!.GetValue<string>()).Append(russian["detail"]!.GetValue<string>()))
            Assert.Matches(@"\p{IsCyrillic}", text);
        Assert.Contains(conflicts[0]!["message"]!.GetValue<string>(), russian["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var (_, english) = await SendAsync(HttpMethod.Post, "/api/events", body, null);
        Assert.DoesNotMatch(@"\p{IsCyrillic}", english["conflicts"]![0]!["message"]!.GetValue<string>());

        // Saved anyway, its conflicts are listed in Chinese when asked for.
        var saved = await client.PostJsonAsync("/api/events?acceptConflicts=true", body, 201);
        var listed = await SendAsync(HttpMethod.Get, $"/api/events/{saved["id"]}/conflicts", null, "zh");
        Assert.Equal(HttpStatusCode.OK, listed.Status);
        Assert.NotEmpty(listed.Problem.AsArray());
        Assert.All(listed.Problem.AsArray(), c => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", c!["message"]!.GetValue<string>()));
    }
}
