using Planner.Http;
using Planner.Invitations;

namespace Planner.Documents;

/// <summary>
/// Attaches the agenda PDF, in the recipient's language, to invitations and updates. An agenda that
/// cannot be printed on this machine (a Chinese one without the CJK font) is left off and logged, so
/// the invitation still goes out rather than waiting for a font.
/// </summary>
public sealed partial class AgendaAttachment(DocumentService documents, ILogger<AgendaAttachment> logger) : IInvitationAttachments
{
    public async Task<IReadOnlyList<MailAttachment>> ForAsync(long eventId, string language, CancellationToken cancellationToken)
    {
        try
        {
            var pdf = await documents.RenderAsync(eventId, DocumentKind.Agenda, language, cancellationToken);
            return [new MailAttachment($"agenda-{eventId}-{language}.pdf", "application/pdf", pdf)];
        }
        catch (PlannerException e) when (e.Kind == ErrorKind.Unavailable)
        {
            LogLeftOff(logger, eventId, language, e.Message);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agenda of event {EventId} in {Language} not attached: {Reason}")]
    private static partial void LogLeftOff(ILogger logger, long eventId, string language, string reason);
}
