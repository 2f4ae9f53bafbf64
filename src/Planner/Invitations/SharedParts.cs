using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Dapper;
using System.Data.Common;
using MimeKit;

namespace Planner.Invitations;

/// <summary>
/// Attachments stored once however many queued messages carry them (table <c>outbox_part</c>): inviting a
/// thousand parties writes the agenda once per language, not a thousand times. A queued message keeps the part
/// with an empty body and the header <see cref="Header"/>; the body is put back just before the message is sent.
/// </summary>
internal static class SharedParts
{
    /// <summary>Names the stored body of a part; never leaves Planner (removed when the body is put back).</summary>
    public const string Header = "X-Planner-Part";

    /// <summary>
    /// Takes the bodies of <paramref name="files"/> out of <paramref name="message"/>, storing each body once;
    /// <paramref name="stored"/> holds the hashes this transaction stored already.
    /// </summary>
    public static async Task DetachAsync(DbConnection c, DbTransaction tx, MimeMessage message, IReadOnlyList<MailAttachment> files, ISet<string> stored)
    {
        foreach (var file in files)
        {
            var part = message.Attachments.OfType<MimePart>().FirstOrDefault(p => p.FileName == file.FileName);
            if (part is null)
                continue;
            var (encoded, hash) = (file.Encoded, file.Hash);
            if (stored.Add(hash))
                await c.ExecuteAsync("INSERT INTO outbox_part (hash, content) VALUES (@hash, @encoded) ON CONFLICT DO NOTHING", new { hash, encoded }, tx);
            part.Content = new MimeContent(new MemoryStream([], writable: false), ContentEncoding.Base64);
            part.Headers[Header] = hash;
        }
    }

    /// <summary>Puts the stored bodies back into <paramref name="message"/>; <paramref name="cache"/> keeps bodies read for the next message.</summary>
    /// <exception cref="InvalidOperationException">A body the message names is not stored.</exception>
    public static async Task AttachAsync(DbConnection c, MimeMessage message, IDictionary<string, byte[]> cache)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(cache);
        foreach (var part in message.BodyParts.OfType<MimePart>().Where(p => p.Headers.Contains(Header)).ToList())
        {
            var hash = part.Headers[Header] ?? "";
            if (!cache.TryGetValue(hash, out var body))
            {
                body = await c.ExecuteScalarAsync<byte[]?>("SELECT content FROM outbox_part WHERE hash = @hash", new { hash })
                    ?? throw new InvalidOperationException($"The stored attachment {hash} of message {message.MessageId} is missing.");
                if (cache.Count >= 16)
                    cache.Clear();
                cache[hash] = body;
            }

            part.Content = new MimeContent(new MemoryStream(body, writable: false), ContentEncoding.Base64);
            part.Headers.Remove(Header);
        }
    }

    /// <summary>A queued message as it will be sent: its body read and its shared parts put back.</summary>
    public static async Task<MimeMessage> LoadAsync(DbConnection c, long outboxId, IDictionary<string, byte[]> cache, CancellationToken cancellationToken = default)
    {
        var mime = await c.ExecuteScalarAsync<byte[]>("SELECT mime FROM outbox_body WHERE outbox_id = @outboxId", new { outboxId })
            ?? throw new InvalidOperationException($"The outbox message {outboxId} has no body.");
        MimeMessage message;
        using (var stream = new MemoryStream(mime, writable: false))
            message = MimeMessage.Load(stream, cancellationToken); // in memory: the synchronous parser is the faster
        await AttachAsync(c, message, cache);
        return message;
    }
}
