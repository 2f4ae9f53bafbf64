namespace Planner.Invitations;

/// <summary>A file attached to an invitation or update (e.g. the agenda PDF).</summary>
public sealed record MailAttachment(string FileName, string MediaType, byte[] Content);

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
    Task<IReadOnlyList<MailAttachment>> ForPartyAsync(Microsoft.Data.Sqlite.SqliteConnection c, Microsoft.Data.Sqlite.SqliteTransaction tx,
        long eventId, long partyId, string language, string rsvpUrl, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MailAttachment>>([]);
}

/// <summary>Attaches nothing.</summary>
public sealed class NoAttachments : IInvitationAttachments
{
    public Task<IReadOnlyList<MailAttachment>> ForAsync(long eventId, string language, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MailAttachment>>([]);
}
