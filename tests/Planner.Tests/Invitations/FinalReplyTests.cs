using Dapper;
using NodaTime;
using Planner.Tests.Support;

namespace Planner.Tests.Invitations;

/// <summary>
/// The wait for the SMTP server's final reply (RFC 5321: 10 minutes, scaled down here), what happens when it never
/// comes, and what the outbox keeps of a message once it is sent.
/// </summary>
public sealed class FinalReplyTests
{
    private static Task<MailHost> StartAsync(int commandSeconds, int finalSeconds) => MailHost.StartAsync(extra: new Dictionary<string, string>
    {
        ["Planner:Smtp:TimeoutSeconds"] = commandSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Planner:Smtp:FinalReplySeconds"] = finalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    private static async Task<IReadOnlyList<System.Text.Json.Nodes.JsonNode>> MessagesAsync(HttpClient api, long eventId) =>
        (await api.GetJsonAsync($"/api/events/{eventId}/invitations")).AsArray().SelectMany(i => i!["messages"]!.AsArray()).Select(m => m!).OrderBy(m => m["id"]!.GetValue<long>()).ToList();

    [Fact]
    public async Task A_server_slower_than_the_command_timeout_but_within_the_final_reply_wait_gets_each_message_once()
    {
        await using var host = await StartAsync(commandSeconds: 1, finalSeconds: 10);
        var api = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(api);
        await api.PostJsonAsync($"/api/events/{eventId}/invitations", new { partyIds = new[] { await api.PartyIdAsync("KAZ") } }, 200);
        host.Smtp.SlowSeconds = 2;

        Assert.Equal(1, (await host.RunMailAsync()).Sent);
        Assert.Single(host.Smtp.Messages());
        Assert.Equal("sent", (await MessagesAsync(api, eventId)).Single()["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task No_final_reply_after_the_whole_message_is_unknown_not_resent_by_itself_and_sent_again_by_a_planner()
    {
        await using var host = await StartAsync(commandSeconds: 1, finalSeconds: 2);
        var api = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(api);
        await api.PostJsonAsync($"/api/events/{eventId}/invitations", new { partyIds = new[] { await api.PartyIdAsync("KAZ") } }, 200);
        host.Smtp.SlowSeconds = 5;

        Assert.Equal(0, (await host.RunMailAsync()).Sent);
        var message = (await MessagesAsync(api, eventId)).Single();
        Assert.Equal("unknown", message["state"]!.GetValue<string>());
        Assert.Contains("may have been delivered", message["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        await Task.Delay(TimeSpan.FromSeconds(4)); // the server did take it
        Assert.Single(host.Smtp.Messages());

        host.Smtp.SlowSeconds = 0;
        host.Clock.Advance(Duration.FromHours(2));
        Assert.Equal(0, (await host.RunMailAsync()).Sent); // never by itself
        Assert.Single(host.Smtp.Messages());

        var id = message["id"]!.GetValue<long>();
        var queued = await api.PostJsonAsync($"/api/events/{eventId}/invitations/messages/{id}/resend", new { }, 200);
        Assert.Equal("queued", queued["state"]!.GetValue<string>());
        Assert.Equal(1, (await host.RunMailAsync()).Sent);
        var copies = host.Smtp.Messages();
        Assert.Equal(2, copies.Count);
        Assert.Equal(copies[0].MessageId, copies[1].MessageId);

        // A sent message is sent again only by mistake: refused.
        await api.PostJsonAsync($"/api/events/{eventId}/invitations/messages/{id}/resend", new { }, 409);
    }

    [Fact]
    public async Task A_sent_message_leaves_no_live_RSVP_link_in_the_database()
    {
        await using var host = await MailHost.StartAsync();
        var api = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(api);
        await MailHost.InviteAsync(api, eventId);
        Assert.Equal(11, (await host.RunMailAsync()).Sent);
        var token = MailHost.RsvpToken(Assert.Single(host.MailTo("protocol@kaz.mfa.example")));

        var bodies = await host.App.Db.ReadAsync(c => c.QueryAsync<byte[]>("SELECT mime FROM outbox_body"));
        Assert.Empty(bodies);
        Assert.Equal(11, await host.App.Db.ReadAsync(c => c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE state = 'sent'")));
        // The link still works: only its hash is stored.
        var rsvp = host.App.CreateClient();
        rsvp.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        Assert.Equal("invited", (await rsvp.GetJsonAsync($"/rsvp/{token}", 200))["state"]!.GetValue<string>());
    }
}

/// <summary>The invitation list on the event page shows a message whose delivery is unknown, and sends it again.</summary>
public sealed class UnknownDeliveryPageTests
{
    [Fact]
    public async Task The_invitation_list_shows_unknown_and_a_planner_sends_it_again_from_the_page()
    {
        await using var host = await MailHost.StartAsync(extra: new Dictionary<string, string>
        {
            ["Planner:Smtp:TimeoutSeconds"] = "1",
            ["Planner:Smtp:FinalReplySeconds"] = "2",
        });
        var api = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(api);
        await api.PostJsonAsync($"/api/events/{eventId}/invitations", new { partyIds = new[] { await api.PartyIdAsync("KAZ") } }, 200);
        host.Smtp.SlowSeconds = 4;
        await host.RunMailAsync();
        host.Smtp.SlowSeconds = 0;

        var browser = await Planner.Tests.Web.WebForms.SignedInAsync(host.App, Planner.Access.Role.Planner);
        var page = await browser.GetStringAsync($"/events/{eventId}");
        Assert.Contains("unknown (check with the recipient, then send again)", page, StringComparison.Ordinal);
        var id = (await api.GetJsonAsync($"/api/events/{eventId}/invitations")).AsArray().Single()!["messages"]![0]!["id"]!.GetValue<long>();
        var resent = await Planner.Tests.Web.WebForms.PostFormAsync(browser, $"/events/{eventId}", $"/events/{eventId}?handler=Resend&messageId={id}", []);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, resent.StatusCode);
        Assert.Equal("queued", (await api.GetJsonAsync($"/api/events/{eventId}/invitations")).AsArray().Single()!["messages"]![0]!["state"]!.GetValue<string>());
    }
}
