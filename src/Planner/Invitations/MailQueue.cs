using System.Buffers.Text;
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
/// A caller queues through a <see cref="MailBatch"/> it begins for its transaction (<see cref="Begin"/>).
/// </summary>
public sealed class MailQueue(MailComposer composer, IInvitationAttachments attachments)
{
    public MailComposer Composer => composer;

    /// <summary>Begins queueing messages in the write transaction <paramref name="tx"/>; use the batch for that transaction only.</summary>
    public MailBatch Begin(DbConnection c, DbTransaction tx) => new(this, c, tx);

    /// <summary>Queues message <paramref name="kind"/> to <paramref name="party"/> in <paramref name="batch"/>'s transaction; returns its outbox id.</summary>
    internal async Task<long> QueueAsync(MailBatch batch, MailKind kind, MailEvent ev, MailParty party, Instant now,
        string answer, string reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ev);
        ArgumentNullException.ThrowIfNull(party);
        var (c, tx) = (batch.Connection, batch.Transaction);
        var url = "";
        if (party.InvitationId is { } invitationId && kind != MailKind.Cancellation)
            url = RsvpUrl(await RsvpTokens.CreateAsync(c, tx, invitationId, now));
        IReadOnlyList<string> delegates = kind is MailKind.Confirmation or MailKind.Reminder
            ? await InvitationStore.DelegateLinesAsync(c, ev.Event.Id, party.PartyId, party.Language, tx)
            : [];
        var files = kind is MailKind.Invitation or MailKind.Update
            ? await batch.AttachmentsAsync(ev.Event.Id, party.Language, () => attachments.ForAsync(ev.Event.Id, party.Language, cancellationToken))
            : [];
        if (kind == MailKind.Invitation)
            files = [.. files, .. await attachments.ForPartyAsync(c, tx, ev.Event.Id, party.PartyId, party.Language, url, cancellationToken)];
        var message = composer.Compose(kind, ev, party, url, answer, reminder, delegates, files, now);
        await SharedParts.DetachAsync(c, tx, message, files, batch.StoredParts);
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
/// The messages one write transaction queues (<see cref="MailQueue.Begin"/>), and what they share: while the
/// transaction holds the database's one write lock nothing else commits, so the agenda read for one recipient is
/// the agenda for all, and inviting a thousand parties renders each attachment once per event and language, and
/// stores each shared part once, not a thousand times. It lives as long as the caller's unit of work and no longer.
/// </summary>
public sealed class MailBatch
{
    private readonly MailQueue _queue;
    private readonly Dictionary<(long EventId, string Language), IReadOnlyList<MailAttachment>> _files = [];

    internal MailBatch(MailQueue queue, DbConnection connection, DbTransaction transaction)
    {
        _queue = queue;
        Connection = connection;
        Transaction = transaction;
    }

    internal DbConnection Connection { get; }

    internal DbTransaction Transaction { get; }

    /// <summary>The hashes of the shared parts (<see cref="SharedParts"/>) this transaction stored already.</summary>
    internal HashSet<string> StoredParts { get; } = new(StringComparer.Ordinal);

    /// <summary>Queues message <paramref name="kind"/> to <paramref name="party"/> in this batch's transaction; returns its outbox id.</summary>
    public Task<long> QueueAsync(MailKind kind, MailEvent ev, MailParty party, Instant now,
        string answer = "", string reminder = "", CancellationToken cancellationToken = default) =>
        _queue.QueueAsync(this, kind, ev, party, now, answer, reminder, cancellationToken);

    /// <summary>The attachments of an event in a language, rendered by <paramref name="render"/> the first time this batch asks.</summary>
    internal async Task<IReadOnlyList<MailAttachment>> AttachmentsAsync(long eventId, string language, Func<Task<IReadOnlyList<MailAttachment>>> render)
    {
        if (!_files.TryGetValue((eventId, language), out var files))
            _files[(eventId, language)] = files = await render();
        return files;
    }
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
