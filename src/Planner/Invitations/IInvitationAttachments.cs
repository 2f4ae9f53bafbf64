namespace Planner.Invitations;

/// <summary>A file attached to an invitation or update (e.g. the agenda PDF).</summary>
/// <remarks>
/// The same attachment goes to many parties: its base64 form and the hash it is stored under are made once, by
/// the attachment itself, the first time a message asks (not in a cache keyed on the array's identity).
/// </remarks>
public sealed record MailAttachment(string FileName, string MediaType, byte[] Content)
{
    private byte[]? _encoded;
    private string? _hash;

    /// <summary>The content in base64, in lines of 76 characters, as a MIME body carries it.</summary>
    public byte[] Encoded => _encoded ??= System.Text.Encoding.ASCII.GetBytes(
        Convert.ToBase64String(Content, Base64FormattingOptions.InsertLineBreaks) + "\r\n");

    /// <summary>The SHA-256 of <see cref="Encoded"/>, in lower-case hex: the name the outbox stores the body under.</summary>
    public string Hash => _hash ??= Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoded));
}

/// <summary>
/// The files attached to invitation and update messages of an event, in the recipient's language.
/// The documents capability provides the agenda PDF by registering its own implementation; the
/// default attaches nothing.
/// </summary>
public interface IInvitationAttachments
{
    Task<IReadOnlyList<MailAttachment>> ForAsync(long eventId, string language, CancellationToken cancellationToken);

    /// <summary>
    /// Files for one party's invitation only (its note verbale), made inside the transaction that queues the
    /// message, with the RSVP link that message carries. None by default.
    /// </summary>
    Task<IReadOnlyList<MailAttachment>> ForPartyAsync(System.Data.Common.DbConnection c, System.Data.Common.DbTransaction tx,
        long eventId, long partyId, string language, string rsvpUrl, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MailAttachment>>([]);
}

/// <summary>Attaches nothing.</summary>
public sealed class NoAttachments : IInvitationAttachments
{
    public Task<IReadOnlyList<MailAttachment>> ForAsync(long eventId, string language, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MailAttachment>>([]);
}
