using MimeKit;
using Planner.Tests.Support;

namespace Planner.Tests.Invitations;

/// <summary>
/// Mail without an SMTP server, on the embedded SQLite setup: written as <c>.eml</c> files to the data directory. On a
/// shared database the host refuses to start instead (<c>Hosting/ClusterSettingsTests</c>).
/// </summary>
public sealed class EmlOutboxTests
{
    [Fact]
    public async Task Without_an_smtp_server_messages_are_written_as_eml_files()
    {
        await using var host = await MailHost.StartAsync(smtp: false);
        var client = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(client);
        await MailHost.InviteAsync(client, eventId);

        Assert.Equal(11, (await host.RunMailAsync()).Sent);

        var files = Directory.GetFiles(Path.Combine(host.App.DataDirectory, "outbox"), "*.eml");
        Assert.Equal(11, files.Length);
        Assert.Contains(files.Select(f => MimeMessage.Load(f)), m => (m.Subject ?? "").StartsWith("Приглашение", StringComparison.Ordinal));
        Assert.Empty(host.Smtp.Messages());
    }
}
