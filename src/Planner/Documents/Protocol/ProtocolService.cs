using Dapper;
using System.Data.Common;
using Microsoft.Extensions.Options;
using NodaTime;
using Planner.Data;
using FontSet = Planner.Documents.Composer.FontSet;
using FontsMissingException = Planner.Documents.Composer.FontsMissingException;
using Planner.Events;
using Planner.Http;
using Planner.Invitations;
using Planner.Parties;

namespace Planner.Documents.Protocol;

/// <summary>
/// Prints the protocol documents (note verbale, nameplates, seating plan, badges) and makes the changes behind
/// them: a note's register number, an event's seating, a delegate's arrival. A note takes its number inside the
/// transaction that prints it, so a note that fails to print takes none, and printing it again keeps its number.
/// </summary>
public sealed class ProtocolService(Db db, Precedence precedence, IReadOnlyDictionary<string, Labels> labels, MailQueue queue,
    CheckInCodes codes, IOptions<ProtocolOptions> options, IClock clock, FontSet fonts)
{
    private readonly RegisterFormat _format = new(options.Value.RegisterFormat);
    private readonly DateTimeZone _seat = ProtocolStore.Zone(options.Value.TimeZone);

    /// <summary>The labels of a document language; 400 naming <paramref name="field"/> for another.</summary>
    public Labels LabelsOf(string? language, string field = "lang") =>
        labels.TryGetValue(string.IsNullOrWhiteSpace(language) ? "en" : language.Trim(), out var l) ? l
            : throw PlannerException.Malformed(field, $"'{language}' is not a document language; use en, ru or zh.", ErrorCode.QueryDocumentLanguage, ("value", language));

    /// <summary>
    /// The note verbale to <paramref name="partyId"/> in <paramref name="language"/>, with a fresh RSVP link of its
    /// invitation. 404 when the party does not take part, 409 before it is invited or while it has no addressee in the language.
    /// </summary>
    public Task<byte[]> NoteAsync(long eventId, long partyId, string? language, CancellationToken cancellationToken)
    {
        var l = LabelsOf(language);
        return db.WriteAsync(async (c, tx) =>
        {
            var invitation = await ProtocolStore.InvitationIdAsync(c, eventId, partyId, tx);
            await EnsureTakesPartAsync(c, tx, eventId, partyId);
            if (invitation is not { } invitationId)
                throw PlannerException.Conflict("party", $"The party {partyId} has not been invited to the event {eventId} yet; its note carries the RSVP link of its invitation, so invite it first.");
            var url = queue.RsvpUrl(await RsvpTokens.CreateAsync(c, tx, invitationId, clock.GetCurrentInstant()));
            return await NoteAsync(c, tx, eventId, partyId, l, url);
        }, cancellationToken);
    }

    /// <summary>
    /// The note inside the caller's transaction, with the RSVP link given (the invitation mail's own); takes the
    /// register number the first time.
    /// </summary>
    public async Task<byte[]> NoteAsync(DbConnection c, DbTransaction tx, long eventId, long partyId, Labels l, string rsvpUrl)
    {
        ArgumentNullException.ThrowIfNull(l);
        var facts = await ProtocolStore.FactsAsync(c, eventId, tx);
        var party = await PartyStore.FindAsync(c, partyId, facts.Event.Start.Date, tx) ?? throw PlannerException.NotFound("party", partyId);
        var addressee = party.Addressee.In(l.Language) is { Length: > 0 } a && (l.Language == "en" || OwnText(party.Addressee, l.Language))
            ? a
            : throw PlannerException.Conflict("addressee",
                $"The party {party.Code} has no addressee in '{l.Language}'; write it in the directory (addressee.{l.Language}) before printing its note.");
        var entry = await NumberAsync(c, tx, facts, partyId, l, addressee);
        var settings = await InvitationStore.SettingsAsync(c, eventId, tx);
        var replyBy = (settings.Deadline ?? facts.Event.StartAt).InZone(facts.Venue.Zone).Date;
        var note = new NoteFacts(entry.Number, entry.IssuedOn, addressee, replyBy, settings.Quota, rsvpUrl);
        return Write(l, l["noteVerbale"] + " " + entry.Number, [NoteVerbale.Compose(fonts, facts, note, l)]);
    }

    private static bool OwnText(LocalizedText text, string language) => (language == "ru" ? text.Ru : text.Zh).Length > 0;

    /// <summary>The register entry of the note, taken now (the next number of this year) if it has none yet.</summary>
    private async Task<RegisterEntry> NumberAsync(DbConnection c, DbTransaction tx, EventFacts facts, long partyId, Labels l, string addressee)
    {
        var today = clock.GetCurrentInstant().InZone(_seat).Date;
        await Locks.TakeAsync(c, tx, WriteLock.Register(today.Year));
        if (await ProtocolStore.NoteNumberAsync(c, facts.Event.Id, partyId, tx) is { } taken)
            return taken;
        var seq = await c.ExecuteScalarAsync<int>("SELECT COALESCE(MAX(seq), 0) + 1 FROM outgoing_register WHERE year = @Year", new { today.Year }, tx);
        await c.ExecuteAsync(
            """
            INSERT INTO outgoing_register (year, seq, number, issued_on, event_id, party_id, language, addressee, subject)
            VALUES (@Year, @seq, @number, @issuedOn, @eventId, @partyId, @Language, @addressee, @subject)
            """, new
            {
                today.Year, seq, number = _format.Format(today.Year, seq), issuedOn = Sql.Text(today), eventId = facts.Event.Id, partyId,
                l.Language, addressee, subject = NoteVerbale.Subject(facts, l),
            }, tx);
        return (await ProtocolStore.NoteNumberAsync(c, facts.Event.Id, partyId, tx))!;
    }

    /// <summary>The outgoing register of <paramref name="year"/>.</summary>
    public Task<IReadOnlyList<RegisterEntry>> RegisterAsync(int year, CancellationToken cancellationToken) =>
        db.ReadAsync(c => ProtocolStore.RegisterAsync(c, year), cancellationToken);

    /// <summary>Nameplates of the participating parties in order of precedence, in <paramref name="language"/>, <paramref name="second"/> beneath.</summary>
    public Task<byte[]> NameplatesAsync(long eventId, string? language, string? second, CancellationToken cancellationToken)
    {
        var l = LabelsOf(language);
        var l2 = string.IsNullOrWhiteSpace(second) ? null : LabelsOf(second, "second");
        if (l2?.Language == l.Language)
            l2 = null;
        return db.ReadAsync(async c =>
        {
            var facts = await ProtocolStore.FactsAsync(c, eventId);
            var plates = (await ProtocolStore.SeatedAsync(c, precedence, facts.Event)).SelectMany(g => g.Parties)
                .Select(p => new Plate(p.Name, p.PartyId == facts.Event.ChairPartyId)).ToList();
            if (plates.Count == 0)
                throw new PlannerException(ErrorKind.Conflict, ErrorCode.NameplatesNoParties, $"The event {eventId} has no participating parties: no name plate to print.");
            return Write(l, l["nameplates"] + " · " + l.Text(facts.Event.Title), Nameplates.Compose(fonts, plates, l, l2));
        }, cancellationToken);
    }

    /// <summary>The seating plan in <paramref name="language"/>.</summary>
    public Task<byte[]> SeatingAsync(long eventId, string? language, CancellationToken cancellationToken)
    {
        var l = LabelsOf(language);
        return db.ReadAsync(async c =>
        {
            var (facts, settings, layout) = await LayoutAsync(c, eventId);
            return Write(l, l["seating"] + " · " + l.Text(facts.Event.Title), [SeatingDrawing.Page(fonts, layout, facts, settings, l)]);
        }, cancellationToken);
    }

    /// <summary>The event's seating laid out, for the PDF and the event page.</summary>
    public async Task<(EventFacts Facts, SeatingSettings Settings, SeatingLayout Layout)> LayoutAsync(DbConnection c, long eventId)
    {
        var facts = await ProtocolStore.FactsAsync(c, eventId);
        var settings = await ProtocolStore.SeatingAsync(c, eventId);
        var groups = await ProtocolStore.SeatedAsync(c, precedence, facts.Event);
        return (facts, settings, Seating.Arrange(groups, facts.Event.ChairPartyId, settings));
    }

    /// <summary>Badges of every named delegate of the parties taking part, in <paramref name="language"/>.</summary>
    public Task<byte[]> BadgesAsync(long eventId, string? language, CancellationToken cancellationToken)
    {
        var l = LabelsOf(language);
        return db.ReadAsync(async c =>
        {
            var facts = await ProtocolStore.FactsAsync(c, eventId);
            var badges = (await ProtocolStore.HoldersAsync(c, precedence, eventId)).Select(h => new Badge(h, codes.Url(eventId, h.PersonId))).ToList();
            return Write(l, l["badges"] + " · " + l.Text(facts.Event.Title), Badges.Compose(fonts, badges, facts, l));
        }, cancellationToken);
    }

    /// <summary>Sets how the event is seated (the version read; 0 for an event never set).</summary>
    public Task<SeatingSettings> SetSeatingAsync(long eventId, SeatingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = new Check();
        var shape = check.Required("shape", input.Shape);
        var rule = check.Required("rule", input.Rule);
        var version = check.Required("version", input.Version);
        check.ThrowIfFailed();
        return db.WriteAsync(WriteLock.Event(eventId), async (c, tx) =>
        {
            await c.EnsureExistsAsync(tx, Table.Event, eventId);
            var current = await ProtocolStore.SeatingAsync(c, eventId, tx);
            if (current.Version != version)
                throw PlannerException.Stale("seating", eventId, version);
            await c.ExecuteAsync(
                """
                INSERT INTO event_seating (event_id, shape, rule) VALUES (@eventId, @shape, @rule)
                ON CONFLICT (event_id) DO UPDATE SET shape = excluded.shape, rule = excluded.rule, version = version + 1
                """, new { eventId, shape = Enums.Name(shape), rule = Enums.Name(rule) }, tx);
            return await ProtocolStore.SeatingAsync(c, eventId, tx);
        }, cancellationToken);
    }

    /// <summary>What a check-in code names: 404 for a code that is not genuine or a person no longer in a delegation.</summary>
    public Task<CheckInView> CheckInAsync(string? code, CancellationToken cancellationToken)
    {
        var (eventId, personId) = Read(code);
        return db.ReadAsync(async c => await ViewAsync(c, null, eventId, personId), cancellationToken);
    }

    /// <summary>Marks the arrival of the delegate a check-in code names, by <paramref name="user"/>; a second mark keeps the first.</summary>
    public Task<CheckInView> MarkArrivalAsync(string? code, string user, CancellationToken cancellationToken)
    {
        var (eventId, personId) = Read(code);
        return db.WriteAsync(async (c, tx) =>
        {
            await ViewAsync(c, tx, eventId, personId);
            await c.ExecuteAsync(
                """
                INSERT INTO arrival (event_id, person_id, arrived_at, marked_by) VALUES (@eventId, @personId, @now, @user)
                ON CONFLICT (event_id, person_id) DO NOTHING
                """, new { eventId, personId, now = Sql.Seconds(clock.GetCurrentInstant()), user }, tx);
            return await ViewAsync(c, tx, eventId, personId);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Arrival>> ArrivalsAsync(long eventId, CancellationToken cancellationToken) =>
        db.ReadAsync(async c =>
        {
            await c.EnsureExistsAsync(null, Table.Event, eventId);
            return await ProtocolStore.ArrivalsAsync(c, eventId);
        }, cancellationToken);

    private (long EventId, long PersonId) Read(string? code) =>
        codes.Read(code) ?? throw new PlannerException(ErrorKind.NotFound, ErrorCode.CheckinUnknownCode, "This check-in code is not one Planner issued.");

    private static async Task<CheckInView> ViewAsync(DbConnection c, DbTransaction? tx, long eventId, long personId)
    {
        var e = await EventStore.FindAsync(c, eventId, tx);
        var holder = e is null ? null : await ProtocolStore.HolderAsync(c, eventId, personId, tx);
        if (e is null || holder is null)
            throw new PlannerException(ErrorKind.NotFound, ErrorCode.CheckinNotDelegate, $"The person {personId} is not a delegate of the event {eventId} (any more).");
        return new CheckInView(e, holder, await ProtocolStore.ArrivalAsync(c, eventId, personId, tx));
    }

    private static async Task EnsureTakesPartAsync(DbConnection c, DbTransaction tx, long eventId, long partyId)
    {
        await c.EnsureExistsAsync(tx, Table.Event, eventId);
        if (await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM participation WHERE event_id = @eventId AND party_id = @partyId", new { eventId, partyId }, tx) == 0)
            throw new PlannerException(ErrorKind.NotFound, ErrorCode.ParticipationNotFound, $"The party {partyId} does not take part in the event {eventId}.");
    }

    private static byte[] Write(Labels l, string title, IEnumerable<Sheet> pages)
    {
        try
        {
            return SheetWriter.Write(title, l["org.committee"], l.Language, pages);
        }
        catch (FontsMissingException e)
        {
            throw PlannerException.Unavailable(ErrorCode.DocumentFontsMissing, e.Message);
        }
    }
}
