using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;
using Planner.Tests.Documents;
using Planner.Tests.Support;

namespace Planner.Tests.Invitations;

public sealed partial class RsvpTests
{
    /// <summary>An anonymous client that asks for JSON.</summary>
    private static HttpClient JsonClient(MailHost host)
    {
        var client = host.App.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    private static async Task<(MailHost Host, HttpClient Api, long EventId)> InvitedAsync()
    {
        var host = await MailHost.StartAsync();
        var api = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(api);
        await MailHost.InviteAsync(api, eventId);
        await host.RunMailAsync();
        return (host, api, eventId);
    }

    [Fact]
    public async Task A_delegation_accepts_by_link_and_names_its_people_end_to_end()
    {
        var (host, api, eventId) = await InvitedAsync();
        await using var _ = host;
        var token = MailHost.RsvpToken(host.MailTo("protocol@kaz.mfa.example").Single());
        var rsvp = JsonClient(host);

        var view = await rsvp.GetJsonAsync($"/rsvp/{token}");
        Assert.Equal("Казахстан", view["party"]!.GetValue<string>());
        Assert.Equal("invited", view["state"]!.GetValue<string>());
        Assert.Equal(4, view["quota"]!.GetValue<int>());
        var person = view["people"]!.AsArray().First()!["personId"]!.GetValue<long>();

        var answered = await rsvp.PostJsonAsync($"/rsvp/{token}", new
        {
            answer = "accept",
            head = new { personId = person, function = "Head of delegation" },
            members = new[] { new { name = "Айгерим Бекова", title = "Expert" } },
        }, 200);
        Assert.Equal("accepted", answered["state"]!.GetValue<string>());

        var kazId = await api.PartyIdAsync("KAZ");
        var delegation = await api.GetJsonAsync($"/api/events/{eventId}/delegations/{kazId}");
        Assert.Equal(2, delegation["members"]!.AsArray().Count);
        Assert.Equal(person, delegation["members"]![0]!["personId"]!.GetValue<long>());
        Assert.True(delegation["members"]![0]!["isHead"]!.GetValue<bool>());
        Assert.Equal("Айгерим Бекова", delegation["members"]![1]!["name"]!["ru"]!.GetValue<string>());
        var invitation = (await api.GetJsonAsync($"/api/events/{eventId}/invitations")).AsArray().Single(i => i!["code"]!.GetValue<string>() == "KAZ")!;
        Assert.Equal("accepted", invitation["state"]!.GetValue<string>());
        Assert.Equal("2027-01-01T00:00:00Z", invitation["answeredAt"]!.GetValue<string>());

        await host.RunMailAsync();
        var confirmation = host.MailTo("protocol@kaz.mfa.example").Last();
        Assert.StartsWith("Ответ получен", confirmation.Subject, StringComparison.Ordinal);
        Assert.Contains("Айгерим Бекова, Expert", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Equal("ACCEPTED", InvitationMailTests.CalendarOf(confirmation).Calendar.Events.Single().Attendees.Single().ParticipationStatus);

        // The same answer sent again, the new member's name typed in another case, adds nobody to the directory.
        var people = (await api.GetJsonAsync($"/api/people?party={kazId}")).AsArray().Count;
        await rsvp.PostJsonAsync($"/rsvp/{token}", new
        {
            answer = "accept",
            head = new { personId = person, function = "Head of delegation" },
            members = new[] { new { name = "АЙГЕРИМ БЕКОВА", title = "Expert" } },
        }, 200);
        Assert.Equal(people, (await api.GetJsonAsync($"/api/people?party={kazId}")).AsArray().Count);
        Assert.Equal(delegation["members"]![1]!["personId"]!.GetValue<long>(),
            (await api.GetJsonAsync($"/api/events/{eventId}/delegations/{kazId}"))["members"]![1]!["personId"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_reply_page_speaks_the_invitations_language_and_its_form_records_a_decline()
    {
        var (host, api, eventId) = await InvitedAsync();
        await using var _ = host;
        var token = MailHost.RsvpToken(host.MailTo("protocol@chn.mfa.example").Single());
        var browser = host.App.CreateClient();

        var page = await browser.GetStringAsync($"/rsvp/{token}");
        Assert.Contains("<html lang=\"zh\">", page, StringComparison.Ordinal);
        Assert.Contains("答复邀请", page, StringComparison.Ordinal);
        Assert.Contains("上合组织地区反恐怖机构理事会第四十七次会议", page, StringComparison.Ordinal);
        var field = HiddenField().Match(page);
        Assert.True(field.Success, page);

        var forged = await browser.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(new Dictionary<string, string> { ["answer"] = "decline" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var posted = await browser.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [field.Groups[1].Value] = WebUtility.HtmlDecode(field.Groups[2].Value),
            ["answer"] = "decline",
        }));
        var thanks = await posted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("谢谢", thanks, StringComparison.Ordinal);
        var invitation = (await api.GetJsonAsync($"/api/events/{eventId}/invitations")).AsArray().Single(i => i!["code"]!.GetValue<string>() == "CHN")!;
        Assert.Equal("declined", invitation["state"]!.GetValue<string>());
        var answers = (await api.GetJsonAsync($"/api/events/{eventId}/participants")).AsArray()
            .SelectMany(g => g!["parties"]!.AsArray()).ToDictionary(p => p!["code"]!.GetValue<string>(), p => p!["answer"]?.GetValue<string>());
        Assert.Equal(("declined", "invited"), (answers["CHN"], answers["KAZ"]));
        var printed = PdfRead.Text(await api.GetByteArrayAsync($"/api/events/{eventId}/documents/participants.pdf?lang=en"));
        Assert.Contains("Kazakhstan", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("China", printed, StringComparison.Ordinal);
        await host.RunMailAsync();
        Assert.StartsWith("已收到答复", host.MailTo("protocol@chn.mfa.example").Last().Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_over_the_quota_or_naming_another_partys_people_is_refused_with_the_field()
    {
        var (host, api, eventId) = await InvitedAsync();
        await using var _ = host;
        var token = MailHost.RsvpToken(host.MailTo("protocol@kaz.mfa.example").Single());
        var rsvp = JsonClient(host);

        var tooMany = await rsvp.PostJsonAsync($"/rsvp/{token}", new
        {
            answer = "accept",
            head = new { name = "A" },
            members = new[] { new { name = "B" }, new { name = "C" }, new { name = "D" }, new { name = "E" } },
        }, 422);
        Assert.NotNull(tooMany["errors"]!["members"]);

        var chinese = (await api.GetJsonAsync($"/api/people?party={await api.PartyIdAsync("CHN")}")).AsArray().First()!["id"]!.GetValue<long>();
        var foreign = await rsvp.PostJsonAsync($"/rsvp/{token}", new { answer = "accept", head = new { personId = chinese } }, 422);
        Assert.NotNull(foreign["errors"]!["head.personId"]);

        var noHead = await rsvp.PostJsonAsync($"/rsvp/{token}", new { answer = "accept" }, 422);
        Assert.NotNull(noHead["errors"]!["head"]);
        Assert.Empty((await api.GetJsonAsync($"/api/events/{eventId}/delegations/{await api.PartyIdAsync("KAZ")}"))["members"]!.AsArray());
    }

    [Fact]
    public async Task After_the_deadline_or_a_cancellation_the_link_says_so()
    {
        var (host, api, eventId) = await InvitedAsync();
        await using var _ = host;
        var token = MailHost.RsvpToken(host.MailTo("protocol@ind.mfa.example").Single());
        var rsvp = JsonClient(host);

        await rsvp.GetJsonAsync("/rsvp/not-a-token", 404);
        host.Clock.Now = Instant.FromUtc(2027, 4, 1, 0, 0);
        var closed = await rsvp.PostJsonAsync($"/rsvp/{token}", new { answer = "decline" }, 410);
        Assert.Contains("1 April 2027, 03:00 (UTC+03:00, Moscow)", closed["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var page = await host.App.CreateClient().GetAsync($"/rsvp/{token}");
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("Replies closed", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        host.Clock.Now = MailHost.Start;
        await InvitationMailTests.MoveAsync(api, eventId, e => e["status"] = "cancelled");
        var cancelled = await rsvp.GetJsonAsync($"/rsvp/{token}", 409);
        Assert.Contains("cancelled", cancelled["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_opens_nothing_but_its_own_reply()
    {
        var (host, _, _) = await InvitedAsync();
        await using var __ = host;
        var token = MailHost.RsvpToken(host.MailTo("protocol@kaz.mfa.example").Single());
        var client = host.App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/events")).StatusCode);
        var response = await client.PostAsJsonAsync("/api/events/1/invitations", new { });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex HiddenField();
}
