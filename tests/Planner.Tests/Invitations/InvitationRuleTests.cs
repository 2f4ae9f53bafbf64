using NodaTime;
using Planner.Tests.Support;

namespace Planner.Tests.Invitations;

public sealed class InvitationRuleTests
{
    [Fact]
    public async Task Mails_say_they_are_automatic_and_an_event_that_has_begun_gets_no_invitations()
    {
        await using var host = await MailHost.StartAsync();
        var api = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(api);
        await api.PostJsonAsync($"/api/events/{eventId}/invitations", new { partyIds = new[] { await api.PartyIdAsync("KAZ") } }, 200);
        await host.RunMailAsync();
        Assert.Equal("auto-generated", Assert.Single(host.MailTo("protocol@kaz.mfa.example")).Headers["Auto-Submitted"]);

        host.Clock.Now = Instant.FromUtc(2027, 4, 15, 7, 0); // the meeting began at 06:00 UTC
        var refused = await api.PostJsonAsync($"/api/events/{eventId}/invitations", new { partyIds = new[] { await api.PartyIdAsync("CHN") } }, 409);
        Assert.Equal("startAt", refused["field"]!.GetValue<string>());
        Assert.Contains("began", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain((await api.GetJsonAsync($"/api/events/{eventId}/invitations")).AsArray(), i => i!["code"]!.GetValue<string>() == "CHN");
    }
}
