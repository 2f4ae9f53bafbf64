using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Planner.Invitations;
using Planner.Tests.Support;

namespace Planner.Tests.Invitations;

public class DispatchTests
{
    /// <summary>The database the hosts of these tests run on.</summary>
    protected virtual TestDatabase Database => TestDatabase.Sqlite;

    /// <summary>Stops a dispatch run right after the server accepted a message, as a crash would, while armed.</summary>
    private sealed class CrashAfterAccepted : Planner.Invitations.IDeliveryObserver
    {
        public bool Armed { get; set; }

        public Task AcceptedAsync(long outboxId) =>
            Armed ? throw new InvalidOperationException("The service stopped here.") : Task.CompletedTask;
    }

    private async Task<(MailHost Host, HttpClient Api, long EventId)> QueuedAsync(Action<IServiceCollection>? services = null)
    {
        var host = await MailHost.StartAsync(services: services, database: Database);
        var api = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(api);
        await MailHost.InviteAsync(api, eventId);
        return (host, api, eventId);
    }

    private static async Task<IReadOnlyList<System.Text.Json.Nodes.JsonNode>> MessagesAsync(HttpClient api, long eventId) =>
        (await api.GetJsonAsync($"/api/events/{eventId}/invitations")).AsArray().SelectMany(i => i!["messages"]!.AsArray()).Select(m => m!).ToList();

    [Fact]
    public async Task While_the_smtp_server_is_down_nothing_is_lost_and_all_go_when_it_is_back()
    {
        var (host, api, eventId) = await QueuedAsync();
        await using var _ = host;
        await host.Smtp.StopAsync();

        var down = await host.RunMailAsync();
        Assert.Equal(0, down.Sent);
        Assert.Equal(11, down.Deferred);
        var waiting = await MessagesAsync(api, eventId);
        Assert.All(waiting, m => Assert.Equal("queued", m["state"]!.GetValue<string>()));
        Assert.Contains(waiting, m => m["lastError"] is not null && m["attempts"]!.GetValue<int>() == 1);

        await host.Smtp.RestartAsync();
        Assert.Equal(0, (await host.RunMailAsync()).Sent); // not before the pause is over
        host.Clock.Advance(Duration.FromSeconds(31));
        Assert.Equal(11, (await host.RunMailAsync()).Sent);

        Assert.Equal(11, host.Smtp.Messages().Select(m => m.MessageId).Distinct().Count());
        Assert.All(await MessagesAsync(api, eventId), m => Assert.Equal("sent", m["state"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_busy_server_is_tried_again_after_a_pause()
    {
        var (host, api, eventId) = await QueuedAsync();
        await using var _ = host;
        host.Smtp.Busy = true;

        var busy = await host.RunMailAsync();
        Assert.Equal(11, busy.Deferred);
        Assert.Contains("451", (await MessagesAsync(api, eventId))[0]["lastError"]!.GetValue<string>(), StringComparison.Ordinal);

        host.Smtp.Busy = false;
        host.Clock.Advance(Duration.FromSeconds(31));
        Assert.Equal(11, (await host.RunMailAsync()).Sent);
        Assert.Equal(11, host.Smtp.Messages().Count);
    }

    [Fact]
    public async Task A_server_refusing_the_sender_fails_no_message_and_all_go_once_it_accepts()
    {
        var (host, api, eventId) = await QueuedAsync();
        await using var _ = host;
        host.Smtp.Closed = true;

        var refused = await host.RunMailAsync();
        Assert.Equal((0, 0), (refused.Sent, refused.Failed));
        var messages = await MessagesAsync(api, eventId);
        Assert.All(messages, m => Assert.Equal("queued", m["state"]!.GetValue<string>()));
        Assert.Contains(messages, m => m["lastError"]?.GetValue<string>().Contains("550", StringComparison.Ordinal) == true);

        host.Smtp.Closed = false;
        host.Clock.Advance(Duration.FromSeconds(31));
        Assert.Equal(11, (await host.RunMailAsync()).Sent);
    }

    [Fact]
    public async Task A_permanent_rejection_is_recorded_with_its_reason_and_not_retried()
    {
        await using var host = await MailHost.StartAsync(database: Database);
        var api = await host.App.ClientAsync();
        var mng = await api.PartyIdAsync("MNG");
        var party = await api.GetJsonAsync($"/api/parties/{mng}");
        party["contactEmails"] = new System.Text.Json.Nodes.JsonArray("reject-protocol@mng.mfa.example");
        await api.PutJsonAsync($"/api/parties/{mng}", party, 200);
        var eventId = await host.UpcomingEventAsync(api);
        await MailHost.InviteAsync(api, eventId);

        var result = await host.RunMailAsync();
        Assert.Equal(10, result.Sent);
        Assert.Equal(1, result.Failed);
        var mongolia = (await api.GetJsonAsync($"/api/events/{eventId}/invitations")).AsArray().Single(i => i!["code"]!.GetValue<string>() == "MNG")!;
        var message = mongolia["messages"]![0]!;
        Assert.Equal("failed", message["state"]!.GetValue<string>());
        Assert.StartsWith("550", message["lastError"]!.GetValue<string>(), StringComparison.Ordinal);

        host.Clock.Advance(Duration.FromHours(2));
        Assert.Equal(new DispatchResult(0, 0, 0), await host.RunMailAsync());
        Assert.Equal(10, host.Smtp.Messages().Count);
    }

    [Fact]
    public async Task A_crash_between_send_and_mark_sends_at_most_that_message_again()
    {
        var crash = new CrashAfterAccepted { Armed = true };
        var (host, api, eventId) = await QueuedAsync(s => s.AddSingleton<Planner.Invitations.IDeliveryObserver>(crash));
        await using var _ = host;

        await Assert.ThrowsAsync<InvalidOperationException>(host.RunMailAsync);
        Assert.Single(host.Smtp.Messages());
        Assert.Single(await MessagesAsync(api, eventId), m => m["state"]!.GetValue<string>() == "sending");

        crash.Armed = false;
        Assert.Equal(11, (await host.RunMailAsync()).Sent);

        var received = host.Smtp.Messages();
        Assert.Equal(12, received.Count);
        Assert.Equal(11, received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(received[0].MessageId, received[1].MessageId);
        Assert.All(await MessagesAsync(api, eventId), m => Assert.Equal("sent", m["state"]!.GetValue<string>()));
    }
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class DispatchTestsOnPostgres : DispatchTests
{
    protected override TestDatabase Database => TestDatabase.Postgres;
}
