using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Planner.Invitations;

namespace Planner.Tests.Invitations;

/// <summary>One transaction's messages share what they attach: each event's files are made once per language, however many parties are invited.</summary>
public sealed class MailBatchTests
{
    private sealed class CountingFiles : IInvitationAttachments
    {
        public ConcurrentDictionary<(long EventId, string Language), int> Made { get; } = new();

        public Task<IReadOnlyList<MailAttachment>> ForAsync(long eventId, string language, CancellationToken cancellationToken)
        {
            Made.AddOrUpdate((eventId, language), 1, (_, n) => n + 1);
            return Task.FromResult<IReadOnlyList<MailAttachment>>([new MailAttachment($"agenda-{language}.pdf", "application/pdf", [1, 2, 3])]);
        }
    }

    [Fact]
    public async Task Inviting_every_party_makes_the_attachments_once_per_language_and_each_mail_carries_its_language()
    {
        var files = new CountingFiles();
        await using var host = await MailHost.StartAsync(services: s => s.AddSingleton<IInvitationAttachments>(files));
        var client = await host.App.ClientAsync();
        var eventId = await host.UpcomingEventAsync(client);
        await MailHost.InviteAsync(client, eventId);
        await host.RunMailAsync();

        Assert.Equal(["en", "ru", "zh"], files.Made.Keys.Where(k => k.EventId == eventId).Select(k => k.Language).Order(StringComparer.Ordinal));
        Assert.All(files.Made.Values, n => Assert.Equal(1, n));
        Assert.Contains(host.MailTo("protocol@chn.mfa.example").Single().Attachments, a => a is MimeKit.MimePart { FileName: "agenda-zh.pdf" });
        Assert.Contains(host.MailTo("protocol@rus.mfa.example").Single().Attachments, a => a is MimeKit.MimePart { FileName: "agenda-ru.pdf" });
    }
}
