using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;

namespace Planner.Invitations;

/// <summary>
/// Puts messages in the outbox inside the caller's transaction, so a message exists exactly when the
/// change it announces (an invitation, an answer, a reminder record) is committed. Each message is
/// rendered completely here, with a fresh RSVP token where it carries a link, and stored under its Message-ID.
/// </summary>
public sealed class MailQueue(MailComposer composer, IInvitationAttachments attachments)
{
    /// <summary>
    /// The attachments made in each open write transaction, by event and language. While the transaction holds
    /// SQLite's one write lock nothing else commits, so the agenda read for one recipient is the agenda for all:
    /// inviting a thousand parties renders it once per language, not a thousand times.
    /// </summary>
    private readonly ConditionalWeakTable<DbTransaction, Made> _made = new();

    /// <summary>What one write transaction made: attachments by event and language, and the shared parts it stored.</summary>
    private sealed class Made
    {
        public Dictionary<(long EventId, string Language), IReadOnlyList<MailAttachment>> Files { get; } = [];

        public HashSet<string> Stored { get; } = new(StringComparer.Ordinal);
    }

    public MailComposer Composer => composer;

    private async Task<IReadOnlyList<MailAttachment>> AttachmentsAsync(DbTransaction tx, long eventId, string language, CancellationToken cancellationToken)
    {
        var made = _made.GetValue(tx, _ => new()).Files;
        if (made.TryGetValue((eventId, language), out var files))
            return files;
        files = await attachments.ForAsync(eventId, language, cancellationToken);
        made[(eventId, language)] = files;
        return files;
    }

    /// <summary>Queues message <paramref name="kind"/> to <paramref name="party"/>; returns its outbox id.</summary>
    public async Task<long> QueueAsync(DbConnection c, DbTransaction tx, MailKind kind, MailEvent ev, MailParty party, Instant now,
        string answer = "", string reminder = "", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ev);
        ArgumentNullException.ThrowIfNull(party);
        var url = "";
        if (party.InvitationId is { } invitationId && kind != MailKind.Cancellation)
            url = RsvpUrl(await RsvpTokens.CreateAsync(c, tx, invitationId, now));
        IReadOnlyList<string> delegates = kind is MailKind.Confirmation or MailKind.Reminder
            ? await InvitationStore.DelegateLinesAsync(c, ev.Event.Id, party.PartyId, party.Language, tx)
            : [];
        var files = kind is MailKind.Invitation or MailKind.Update
            ? await AttachmentsAsync(tx, ev.Event.Id, party.Language, cancellationToken)
            : [];
        if (kind == MailKind.Invitation)
            files = [.. files, .. await attachments.ForPartyAsync(c, tx, ev.Event.Id, party.PartyId, party.Language, url, cancellationToken)];
        var message = composer.Compose(kind, ev, party, url, answer, reminder, delegates, files, now);
        await SharedParts.DetachAsync(c, tx, message, files, _made.GetValue(tx, _ => new()).Stored);
        using var buffer = new MemoryStream();
        await message.WriteToAsync(buffer, cancellationToken);
        var id = await c.ExecuteScalarAsync<long>(
            """
            INSERT INTO outbox (message_id, event_id, party_id, kind, language, recipients, subject, queued_at, next_attempt_at)
            VALUES (@MessageId, @eventId, @PartyId, @kind, @Language, @recipients, @Subject, @now, @now) RETURNING id
            """, new
            {
                message.MessageId,
                eventId = ev.Event.Id,
                party.PartyId,
                kind = Enums.Name(kind),
                party.Language,
                recipients = JsonSerializer.Serialize(party.Contacts),
                message.Subject,
                now = Sql.Seconds(now),
            }, tx);
        await c.ExecuteAsync("INSERT INTO outbox_body (outbox_id, mime) VALUES (@id, @mime)", new { id, mime = buffer.ToArray() }, tx);
        return id;
    }

    /// <summary>The RSVP page of a token.</summary>
    public string RsvpUrl(string token) => composer.Options.PublicUrl.TrimEnd('/') + "/rsvp/" + token;
}

/// <summary>
/// RSVP tokens: 32 random bytes (base64url), of which only the SHA-256 is stored; each names one invitation,
/// so one party and one event, and opens nothing else.
/// </summary>
public static class RsvpTokens
{
    /// <summary>Issues a new token for <paramref name="invitationId"/>.</summary>
    public static async Task<string> CreateAsync(DbConnection c, DbTransaction tx, long invitationId, Instant now)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await c.ExecuteAsync("INSERT INTO rsvp_token (token_hash, invitation_id, created_at) VALUES (@hash, @invitationId, @now)",
            new { hash = Hash(token), invitationId, now = Sql.Seconds(now) }, tx);
        return token;
    }

    /// <summary>The invitation a token belongs to, or null for an unknown (or malformed) token.</summary>
    public static async Task<long?> FindAsync(DbConnection c, string token, DbTransaction? tx = null)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
            return null;
        return await c.ExecuteScalarAsync<long?>("SELECT invitation_id FROM rsvp_token WHERE token_hash = @hash", new { hash = Hash(token) }, tx);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
