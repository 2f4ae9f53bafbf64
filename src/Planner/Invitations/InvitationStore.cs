using System.Text.Json;
using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Http;
using Planner.Venues;

namespace Planner.Invitations;

/// <summary>Queries of invitations, their settings and the outbox.</summary>
public static class InvitationStore
{
    private sealed record SettingsRow(long EventId, long? DeadlineAt, long Quota, string RemindUnanswered, string RemindConfirmed,
        long Sequence, long Version);

    /// <summary>The event's invitation settings; the defaults where none were saved.</summary>
    public static async Task<InvitationSettings> SettingsAsync(DbConnection c, long eventId, DbTransaction? tx = null)
    {
        var row = await c.QuerySingleOrDefaultAsync<SettingsRow>(
            """
            SELECT event_id AS EventId, deadline_at AS DeadlineAt, quota, remind_unanswered AS RemindUnanswered,
                   remind_confirmed AS RemindConfirmed, sequence, version
            FROM invitation_settings WHERE event_id = @eventId
            """, new { eventId }, tx);
        return row is null
            ? new InvitationSettings(eventId, null, 10, [7, 2], [3], 0, 0)
            : new InvitationSettings(eventId, row.DeadlineAt is { } d ? Sql.Instant(d) : null, (int)row.Quota,
                Days(row.RemindUnanswered), Days(row.RemindConfirmed), (int)row.Sequence, row.Version);
    }

    /// <summary>Days as stored: <c>'7,2'</c>, largest first.</summary>
    public static IReadOnlyList<int> Days(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).OrderDescending().ToList();

    /// <summary>
    /// Creates the settings row of an event if it has none, recording what the parties are told now
    /// (time, venue, status) so that later changes are noticed.
    /// </summary>
    public static Task EnsureSettingsAsync(DbConnection c, DbTransaction tx, Event e) =>
        c.ExecuteAsync("INSERT INTO invitation_settings (event_id, announced) VALUES (@Id, @announced) ON CONFLICT DO NOTHING",
            new { e.Id, announced = Snapshot(e) }, tx);

    /// <summary>What an update announces: start, end, venue, and whether the event is cancelled.</summary>
    public static string Snapshot(Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return $"{Sql.Seconds(e.StartAt)}|{Sql.Seconds(e.EndAt)}|{e.VenueId}|{(e.Status == EventStatus.Cancelled ? "cancelled" : "on")}";
    }

    /// <summary>Everything a message about <paramref name="eventId"/> says about the event.</summary>
    public static async Task<MailEvent> MailEventAsync(DbConnection c, long eventId, DbTransaction? tx = null)
    {
        var e = await EventStore.GetAsync(c, eventId, tx);
        var venue = await VenueStore.FindAsync(c, e.VenueId, tx) ?? throw PlannerException.NotFound("venue", e.VenueId);
        MailPerson? chair = null;
        if (e.ChairPartyId is { } chairParty)
        {
            chair = await c.QuerySingleOrDefaultAsync<MailPerson>(
                """
                SELECT d.party_id AS PartyId, p.name_en AS Name, p.email AS Address FROM delegate d JOIN person p ON p.id = d.person_id
                WHERE d.event_id = @eventId AND d.party_id = @chairParty AND d.is_head = 1 AND p.email IS NOT NULL
                """, new { eventId, chairParty }, tx);
        }

        return new MailEvent(e, venue, await SettingsAsync(c, eventId, tx), chair);
    }

    private sealed record PartyRow(long PartyId, string Code, string NameEn, string NameRu, string NameZh, string Language,
        string ContactEmails, string Role, long? InvitationId, string? State, string? InvitationLanguage);

    /// <summary>
    /// The event's participants as recipients, with their invitations (if any), in order of party id. An invited party
    /// keeps the language of its invitation.
    /// </summary>
    public static async Task<IReadOnlyList<MailParty>> PartiesAsync(DbConnection c, long eventId, DbTransaction? tx = null) =>
        (await c.QueryAsync<PartyRow>(
            """
            SELECT p.id AS PartyId, p.code, p.name_en AS NameEn, p.name_ru AS NameRu, p.name_zh AS NameZh,
                   p.language, p.contact_emails AS ContactEmails, x.role,
                   i.id AS InvitationId, i.state, i.language AS InvitationLanguage
            FROM participation x JOIN party p ON p.id = x.party_id
            LEFT JOIN invitation i ON i.event_id = x.event_id AND i.party_id = x.party_id
            WHERE x.event_id = @eventId ORDER BY p.id
            """, new { eventId }, tx))
        .Select(r => new MailParty(r.PartyId, r.Code, new LocalizedText(r.NameEn, r.NameRu, r.NameZh), r.InvitationLanguage ?? r.Language,
            JsonSerializer.Deserialize<string[]>(r.ContactEmails) ?? [], Enums.Parse<ParticipationRole>(r.Role), r.InvitationId,
            r.State is null ? null : Enums.Parse<InvitationState>(r.State)))
        .ToList();

    /// <summary>The code of the party invitation <paramref name="invitationId"/> is addressed to, or null when there is none.</summary>
    public static Task<string?> PartyCodeAsync(DbConnection c, long invitationId) =>
        c.ExecuteScalarAsync<string?>("SELECT p.code FROM invitation i JOIN party p ON p.id = i.party_id WHERE i.id = @invitationId", new { invitationId });

    /// <summary>A delegation as lines of a message: name, title, and the head marked.</summary>
    public static async Task<IReadOnlyList<string>> DelegateLinesAsync(DbConnection c, long eventId, long partyId, string language, DbTransaction? tx = null)
    {
        var delegation = await EventStore.DelegationAsync(c, eventId, partyId, tx);
        return delegation.Members
            .Select(d =>
            {
                var person = d.Name.In(language) + (d.Title.En.Length > 0 ? ", " + d.Title.In(language) : "");
                return d.IsHead ? Catalogue.Default.Fill("mail.headLine", Language.Parse(language), new Dictionary<string, string> { ["person"] = person }) : person;
            })
            .ToList();
    }

    private sealed record InvitationRow(long Id, long PartyId, string Code, string Language, string State, long InvitedAt, long? AnsweredAt);

    private sealed record OutboxRow(long Id, long? PartyId, string Kind, string State, long Attempts, string Subject, string MessageId,
        long QueuedAt, long? SentAt, string? LastError);

    /// <summary>The event's invitations, each with the messages sent to its party, oldest first.</summary>
    public static async Task<IReadOnlyList<InvitationView>> ListAsync(DbConnection c, long eventId)
    {
        await c.EnsureExistsAsync(null, Table.Event, eventId);
        var invitations = await c.QueryAsync<InvitationRow>(
            """
            SELECT i.id, i.party_id AS PartyId, p.code, i.language, i.state, i.invited_at AS InvitedAt, i.answered_at AS AnsweredAt
            FROM invitation i JOIN party p ON p.id = i.party_id WHERE i.event_id = @eventId ORDER BY p.code
            """, new { eventId });
        var messages = (await c.QueryAsync<OutboxRow>(
            """
            SELECT id, party_id AS PartyId, kind, state, attempts, subject, message_id AS MessageId, queued_at AS QueuedAt,
                   sent_at AS SentAt, last_error AS LastError
            FROM outbox WHERE event_id = @eventId ORDER BY id
            """, new { eventId })).ToLookup(m => m.PartyId);
        return invitations.Select(i => new InvitationView(i.PartyId, i.Code, i.Language, Enums.Parse<InvitationState>(i.State),
                Sql.Instant(i.InvitedAt), i.AnsweredAt is { } a ? Sql.Instant(a) : null,
                messages[i.PartyId].Select(View).ToList()))
            .ToList();
    }

    /// <summary>One message of the outbox.</summary>
    public static async Task<OutboxView> MessageAsync(DbConnection c, long messageId, DbTransaction? tx = null) =>
        View(await c.QuerySingleAsync<OutboxRow>(
            """
            SELECT id, party_id AS PartyId, kind, state, attempts, subject, message_id AS MessageId, queued_at AS QueuedAt,
                   sent_at AS SentAt, last_error AS LastError
            FROM outbox WHERE id = @messageId
            """, new { messageId }, tx));

    private static OutboxView View(OutboxRow m) => new(m.Id, Enums.Parse<MailKind>(m.Kind), Enums.Parse<OutboxState>(m.State),
        (int)m.Attempts, m.Subject, m.MessageId, Sql.Instant(m.QueuedAt), m.SentAt is { } s ? Sql.Instant(s) : null, m.LastError);
}
