using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Events;

namespace Planner.Invitations;

/// <summary>What became of one calendar reply: applied to an invitation, or left for a person with the reason.</summary>
public sealed record ReplyOutcome(bool Applied, string Reason, long? EventId = null, long? PartyId = null, InvitationState? State = null);

/// <summary>
/// Applies calendar replies to invitations. A reply is matched to its event by the UID of Planner's calendar
/// entry, and to its party by the ATTENDEE address, which must be one of the contacts of a party invited to that
/// event, as must the address the message came from. ACCEPTED, DECLINED and TENTATIVE set the party's answer.
/// Left unapplied (for a person to read): a reply whose ORGANIZER is not the secretariat (forged), an unknown UID or
/// sender, a reply to an older SEQUENCE than the one last sent (the party answered an entry since changed), replies
/// after the deadline or to a cancelled event, and any other PARTSTAT.
/// </summary>
public sealed class ReplyService(Db db, MailComposer composer, IClock clock)
{
    private sealed record InvitationRow(long Id, long PartyId, string ContactEmails);

    public Task<ReplyOutcome> ApplyAsync(CalendarReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return db.WriteAsync((c, tx) => ApplyAsync(c, tx, reply), cancellationToken);
    }

    private async Task<ReplyOutcome> ApplyAsync(DbConnection c, DbTransaction tx, CalendarReply reply)
    {
        if (!reply.Organiser.Equals(composer.Options.FromAddress, StringComparison.OrdinalIgnoreCase))
            return Ignored($"forged organiser {reply.Organiser}: Planner's entries are organised by {composer.Options.FromAddress}");
        var eventId = EventIdOf(reply.Uid);
        if (eventId is null || await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event WHERE id = @eventId", new { eventId }, tx) == 0)
            return Ignored($"unknown calendar entry {reply.Uid}");

        var invitations = await c.QueryAsync<InvitationRow>(
            """
            SELECT i.id, i.party_id AS PartyId, p.contact_emails AS ContactEmails
            FROM invitation i JOIN party p ON p.id = i.party_id WHERE i.event_id = @eventId
            """, new { eventId }, tx);
        var invitation = invitations.FirstOrDefault(i => Contacts(i).Contains(reply.Attendee, StringComparer.OrdinalIgnoreCase));
        if (invitation is null)
            return Ignored($"unknown sender: {reply.Attendee} is no contact of a party invited to event {eventId}", eventId);
        if (!Contacts(invitation).Contains(reply.From, StringComparer.OrdinalIgnoreCase))
            return Ignored($"unknown sender: the message came from {reply.From}, not from a contact of the party of {reply.Attendee}", eventId);

        var ev = await InvitationStore.MailEventAsync(c, eventId.Value, tx);
        if (reply.Sequence < ev.Settings.Sequence)
            return Ignored($"a reply to SEQUENCE {reply.Sequence}, older than the current {ev.Settings.Sequence}", eventId, invitation.PartyId);
        if (ev.Event.Status is EventStatus.Cancelled or EventStatus.Held or EventStatus.Closed || clock.GetCurrentInstant() >= ev.Deadline)
            return Ignored("replies are closed for this event", eventId, invitation.PartyId);
        InvitationState? state = reply.PartStat switch
        {
            "ACCEPTED" => InvitationState.Accepted,
            "DECLINED" => InvitationState.Declined,
            "TENTATIVE" => InvitationState.Tentative,
            _ => null,
        };
        if (state is null)
            return Ignored($"PARTSTAT {reply.PartStat} is no answer", eventId, invitation.PartyId);

        await c.ExecuteAsync("UPDATE invitation SET state = @state, answered_at = @now WHERE id = @Id",
            new { invitation.Id, state = Enums.Name(state.Value), now = Sql.Seconds(clock.GetCurrentInstant()) }, tx);
        return new ReplyOutcome(true, "applied", eventId, invitation.PartyId, state);
    }

    private static ReplyOutcome Ignored(string reason, long? eventId = null, long? partyId = null) => new(false, reason, eventId, partyId);

    private static IReadOnlyList<string> Contacts(InvitationRow row) =>
        System.Text.Json.JsonSerializer.Deserialize<string[]>(row.ContactEmails) ?? [];

    /// <summary>The event of one of Planner's UIDs (<see cref="MailComposer.Uid"/>), or null for any other UID.</summary>
    private long? EventIdOf(string uid)
    {
        const string prefix = "planner-event-";
        var at = uid.IndexOf('@', StringComparison.Ordinal);
        if (!uid.StartsWith(prefix, StringComparison.Ordinal) || at < 0
            || !long.TryParse(uid[prefix.Length..at], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            return null;
        return composer.Uid(id) == uid ? id : null;
    }
}
