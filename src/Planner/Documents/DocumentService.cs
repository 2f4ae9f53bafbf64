using Planner.Data;
using Planner.Documents.Composer;
using Planner.Events;
using Planner.Http;
using Planner.Parties;
using Planner.Venues;

namespace Planner.Documents;

/// <summary>
/// Prints an event's agenda, list of participants or outcome as PDF in en, ru or zh. Used by the
/// endpoint, the <c>print</c> verb, and anything that attaches a document (invitations attach the agenda).
/// </summary>
public sealed class DocumentService(Db db, Precedence precedence, IReadOnlyDictionary<string, Labels> labels, PdfComposer composer)
{
    /// <summary>The PDF of <paramref name="kind"/> for the event in <paramref name="language"/>.</summary>
    /// <exception cref="PlannerException">Malformed for an unknown language, NotFound for an unknown event, Unavailable when fonts are missing.</exception>
    public async Task<byte[]> RenderAsync(long eventId, DocumentKind kind, string language, CancellationToken cancellationToken = default)
    {
        var spec = await ComposeAsync(eventId, kind, language, cancellationToken);
        try
        {
            return composer.Write(spec);
        }
        catch (FontsMissingException e)
        {
            throw PlannerException.Unavailable(ErrorCode.DocumentFontsMissing, e.Message);
        }
    }

    /// <summary>The document model before it is laid out, for callers that add to it or write it to their own stream.</summary>
    public Task<DocumentSpec> ComposeAsync(long eventId, DocumentKind kind, string language, CancellationToken cancellationToken = default)
    {
        if (!labels.TryGetValue(language ?? "", out var shared))
            throw PlannerException.Malformed("lang", $"'{language}' is not a document language; use en, ru or zh.", ErrorCode.QueryDocumentLanguage, ("value", language));
        var l = shared.ForDocument();
        return db.ReadAsync(async c =>
        {
            var e = await EventStore.GetAsync(c, eventId);
            var venue = await VenueStore.FindAsync(c, e.VenueId) ?? throw PlannerException.NotFound("venue", e.VenueId);
            var chair = e.ChairPartyId is { } chairId ? (await PartyStore.FindAsync(c, chairId, e.Start.Date))?.Name : null;
            var facts = new EventFacts(e, venue, chair);
            return kind switch
            {
                DocumentKind.Agenda => Layouts.Agenda(facts, await AgendaStore.ReadAsync(c, e), l),
                DocumentKind.Participants => Layouts.Participants(facts, await DocumentStore.PrintedGroupsAsync(c, precedence, e), l),
                _ => Layouts.Outcome(facts, await OutcomeStore.ReadAsync(c, precedence, e.Id), l),
            };
        }, cancellationToken);
    }

    /// <summary>Parses a document name as in the URL (<c>agenda</c>, <c>participants</c>, <c>outcome</c>); null if unknown.</summary>
    public static DocumentKind? ParseKind(string? name) => name?.ToLowerInvariant() switch
    {
        "agenda" => DocumentKind.Agenda,
        "participants" => DocumentKind.Participants,
        "outcome" => DocumentKind.Outcome,
        _ => null,
    };
}
