using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Quartz;

namespace Planner.Invitations;

/// <summary>What one pass over the mailbox did.</summary>
public sealed record ReplyRun(int Applied, int LeftForPeople);

/// <summary>
/// Reads the secretariat's mailbox (<see cref="ImapOptions"/>) over IMAP with MailKit: every message not read yet
/// that carries a calendar REPLY goes to <see cref="ReplyService"/>. An applied reply is moved to
/// <see cref="ImapOptions.ProcessedFolder"/>; a reply left for a person, and any other mail, stays where it is,
/// marked with the keyword <see cref="Seen"/> so that later passes skip it (and logged, with the reason).
/// </summary>
public sealed partial class ImapReplyReader(ReplyService replies, IOptions<ImapOptions> options, ILogger<ImapReplyReader> logger)
{
    /// <summary>The IMAP keyword on messages Planner read and left in the folder.</summary>
    public const string Seen = "$PlannerRead";

    private readonly SemaphoreSlim _gate = new(1, 1);

    public bool Configured => !string.IsNullOrWhiteSpace(options.Value.Host);

    /// <summary>One pass: reads what arrived since the last one.</summary>
    public async Task<ReplyRun> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!Configured)
            return new ReplyRun(0, 0);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var o = options.Value;
            using var client = new ImapClient { Timeout = Math.Max(1, o.TimeoutSeconds) * 1000 };
            var tls = o.Tls.ToUpperInvariant() switch
            {
                "NONE" => SecureSocketOptions.None,
                "STARTTLS" => SecureSocketOptions.StartTls,
                "SSL" => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTlsWhenAvailable,
            };
            await client.ConnectAsync(o.Host!, o.Port, tls, cancellationToken);
            if (!string.IsNullOrEmpty(o.User))
                await client.AuthenticateAsync(o.User, o.Password ?? "", cancellationToken);
            var folder = await client.GetFolderAsync(o.Folder, cancellationToken);
            await folder.OpenAsync(FolderAccess.ReadWrite, cancellationToken);
            var processed = await ProcessedFolderAsync(client, o.ProcessedFolder, cancellationToken);

            int applied = 0, left = 0;
            foreach (var uid in await folder.SearchAsync(SearchQuery.NotKeyword(Seen), cancellationToken))
            {
                var message = await folder.GetMessageAsync(uid, cancellationToken);
                var reply = CalendarReply.Read(message);
                var outcome = reply is null ? null : await replies.ApplyAsync(reply, cancellationToken);
                if (outcome is { Applied: true })
                {
                    await folder.MoveToAsync(uid, processed, cancellationToken);
                    LogApplied(logger, message.MessageId ?? "", outcome.EventId ?? 0, outcome.PartyId ?? 0, outcome.State?.ToString() ?? "");
                    applied++;
                    continue;
                }

                await folder.StoreAsync(uid, new StoreFlagsRequest(StoreAction.Add, MessageFlags.None) { Keywords = { Seen }, Silent = true }, cancellationToken);
                if (outcome is not null)
                {
                    LogLeft(logger, message.MessageId ?? "", outcome.Reason);
                    left++;
                }
            }

            await client.DisconnectAsync(quit: true, cancellationToken);
            return new ReplyRun(applied, left);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<IMailFolder> ProcessedFolderAsync(ImapClient client, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            return await root.CreateAsync(name, isMessageFolder: true, cancellationToken)
                ?? throw new InvalidOperationException($"The IMAP folder {name} could not be created.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Calendar reply {MessageId} applied: event {EventId}, party {PartyId}, {State}")]
    private static partial void LogApplied(ILogger logger, string messageId, long eventId, long partyId, string state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calendar reply {MessageId} left in the mailbox for a person: {Reason}")]
    private static partial void LogLeft(ILogger logger, string messageId, string reason);
}

/// <summary>Every minute, when an IMAP mailbox is configured: reads the calendar replies (see <see cref="ImapReplyReader"/>).</summary>
[DisallowConcurrentExecution]
public sealed class ReplyJob(ImapReplyReader reader, IOptions<MailOptions> mail) : IJob
{
    public static readonly JobKey Key = new("mail-replies", "planner");

    public static void Schedule(IQuartzBuilder quartz)
    {
        ArgumentNullException.ThrowIfNull(quartz);
        quartz.AddJob<ReplyJob>(j => j.WithIdentity(Key).StoreDurably().RequestRecovery().WithDescription("Reads calendar replies from the secretariat's mailbox."));
        quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("mail-replies-60s", "planner")
            .StartNow().WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromSeconds(60)).RepeatForever()));
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (mail.Value.AutoDispatch && reader.Configured)
            await reader.RunAsync(cancellationToken);
    }
}
