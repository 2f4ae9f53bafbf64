using System.Data.Common;
using Planner.Http;
using Planner.Invitations;

namespace Planner.Documents.Protocol;

/// <summary>
/// What invitations carry: the agenda (as before) and, to each party, its note verbale in the party's language
/// with the invitation's own RSVP link, numbered in the register as it is queued. A note that cannot be printed
/// (no addressee in that language yet, fonts missing) is left off and logged, so the invitation still goes out.
/// </summary>
public sealed partial class NoteAttachment(AgendaAttachment agenda, IServiceProvider services, ILogger<NoteAttachment> logger) : IInvitationAttachments
{
    // Taken when first needed: the service prints notes with RSVP links from the mail queue, which holds these attachments.
    private readonly Lazy<ProtocolService> _protocol = new(services.GetRequiredService<ProtocolService>);

    public Task<IReadOnlyList<MailAttachment>> ForAsync(long eventId, string language, CancellationToken cancellationToken) =>
        agenda.ForAsync(eventId, language, cancellationToken);

    public async Task<IReadOnlyList<MailAttachment>> ForPartyAsync(DbConnection c, DbTransaction tx, long eventId, long partyId, string language,
        string rsvpUrl, CancellationToken cancellationToken)
    {
        try
        {
            var protocol = _protocol.Value;
            var pdf = await protocol.NoteAsync(c, tx, eventId, partyId, protocol.LabelsOf(language), rsvpUrl);
            return [new MailAttachment($"note-{eventId}-{partyId}-{language}.pdf", "application/pdf", pdf)];
        }
        catch (PlannerException e) when (e.Kind is ErrorKind.Conflict or ErrorKind.Unavailable)
        {
            LogLeftOff(logger, eventId, partyId, language, e.Message);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Note verbale of event {EventId} to party {PartyId} in {Language} not attached: {Reason}")]
    private static partial void LogLeftOff(ILogger logger, long eventId, long partyId, string language, string reason);
}
