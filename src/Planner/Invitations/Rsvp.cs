using Dapper;
using System.Data.Common;
using NodaTime;
using Planner.Data;
using Planner.Events;
using Planner.Http;
using Planner.Parties;
using Planner.Scheduling;

namespace Planner.Invitations;

public enum RsvpAnswer
{
    Accept,
    Decline,
}

/// <summary>
/// A person named in a reply: one of the party's people by id, or a new person by name (and title). A null
/// <see cref="Function"/> keeps the function the person has in the delegation already, in all three languages; a
/// function sent (<c>{en,ru,zh}</c> or a plain string, English) replaces it.
/// </summary>
public sealed record RsvpPerson(long? PersonId, string? Name, string? Title, LocalizedTextInput? Function);

/// <summary>A reply: accept with a head (required) and members, or decline.</summary>
public sealed record RsvpInput(RsvpAnswer? Answer, RsvpPerson? Head, IReadOnlyList<RsvpPerson?>? Members);

/// <summary>A person of the party who may be named.</summary>
public sealed record RsvpCandidate(long PersonId, string Name, string Title);

/// <summary>What an RSVP link shows: the event, the party, the answer so far, the delegation, and the party's people.</summary>
public sealed record RsvpView(long EventId, string Title, string Venue, LocalDateTime Start, LocalDateTime End, string TimeZone,
    long PartyId, string Party, string Language, InvitationState State, Instant? AnsweredAt, Instant Deadline, int Quota,
    Delegation Delegation, IReadOnlyList<RsvpCandidate> People);

/// <summary>
/// Replies through an RSVP link. The token names one invitation; everything read or changed is that party's
/// answer and delegation to that event. Replies close at the deadline (410) and when the event is cancelled (409).
/// </summary>
public static class Rsvp
{
    private sealed record InvitationRow(long Id, long EventId, long PartyId, string Language, string State, long? AnsweredAt);

    /// <summary>The view of a token; 404 for an unknown token, 409/410 when replies are closed.</summary>
    public static async Task<RsvpView> ViewAsync(DbConnection c, string token, Instant now, DbTransaction? tx = null)
    {
        var invitation = await FindAsync(c, token, tx);
        var ev = await InvitationStore.MailEventAsync(c, invitation.EventId, tx);
        EnsureOpen(ev, now);
        return await ViewAsync(c, invitation, ev, tx);
    }

    /// <summary>The view of a token whether or not replies are still open (the page shows a refused reply beside it); 404 for an unknown token.</summary>
    public static async Task<RsvpView> ShowAsync(DbConnection c, string token)
    {
        var invitation = await FindAsync(c, token, null);
        return await ViewAsync(c, invitation, await InvitationStore.MailEventAsync(c, invitation.EventId, null), null);
    }

    /// <summary>Records a reply, replaces the delegation, and queues the confirmation, all in the caller's transaction.</summary>
    public static async Task<RsvpView> AnswerAsync(DbConnection c, DbTransaction tx, ParticipantService participants, MailQueue queue,
        string token, RsvpInput input, Instant now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(queue);
        var invitation = await FindAsync(c, token, tx);
        await Locks.TakeAsync(c, tx, WriteLock.Event(invitation.EventId));
        var ev = await InvitationStore.MailEventAsync(c, invitation.EventId, tx);
        EnsureOpen(ev, now);

        var check = new Check();
        var answer = check.Required("answer", input.Answer);
        var members = input.Members?.Select(m => m ?? new RsvpPerson(null, null, null, null)).ToList() ?? [];
        if (answer == RsvpAnswer.Accept)
        {
            check.That(input.Head is not null, "head", "Name the head of delegation (a personId or a name).", ErrorCode.RsvpNoHead);
            check.That(members.Count + 1 <= ev.Settings.Quota, "members",
                $"The delegation has {members.Count + 1} people; this event accepts at most {ev.Settings.Quota} per delegation.",
                ErrorCode.RsvpOverQuota, ("count", members.Count + 1), ("quota", ev.Settings.Quota));
        }

        var people = answer == RsvpAnswer.Accept ? members.Prepend(input.Head ?? new RsvpPerson(null, null, null, null)).ToList() : [];
        for (var i = 0; i < people.Count; i++)
        {
            var field = i == 0 ? "head" : $"members[{i - 1}]";
            var p = people[i];
            check.That(p.PersonId is not null || !string.IsNullOrWhiteSpace(p.Name), field, $"{field}: give a personId or a name.", ErrorCode.RsvpNoPerson);
            check.Text(field + ".name", p.Name, false, LocalizedText.MaxLength);
            check.Text(field + ".title", p.Title, false, 200);
            LocalizedTextInput.CheckOptional(check, field + ".function", p.Function, ParticipantService.MaxFunction);
        }

        check.ThrowIfFailed();
        // A reply replaces who is in the delegation; what it does not say about a person already in it (the page
        // does not show functions) is kept, so answering never clears a head's function.
        var current = (await EventStore.DelegationAsync(c, invitation.EventId, invitation.PartyId, tx)).Members.ToDictionary(m => m.PersonId);
        var chosen = new List<DelegateInput>();
        foreach (var p in people)
        {
            var personId = p.PersonId ?? await CreatePersonAsync(c, tx, invitation, p);
            var function = p.Function ?? (current.TryGetValue(personId, out var known) ? LocalizedTextInput.Of(known.Function) : null);
            chosen.Add(new DelegateInput(personId, function));
        }

        var version = await c.ExecuteScalarAsync<long>(
            "SELECT delegation_version FROM participation WHERE event_id = @EventId AND party_id = @PartyId", invitation, tx);
        await participants.ReplaceDelegationAsync(c, tx, invitation.EventId, invitation.PartyId,
            new DelegationInput(chosen.FirstOrDefault(), chosen.Skip(1).ToList(), version), acceptConflicts: false, maxPeople: ev.Settings.Quota);
        var state = answer == RsvpAnswer.Accept ? InvitationState.Accepted : InvitationState.Declined;
        await c.ExecuteAsync("UPDATE invitation SET state = @state, answered_at = @now WHERE id = @Id",
            new { invitation.Id, state = Enums.Name(state), now = Sql.Seconds(now) }, tx);

        var party = (await InvitationStore.PartiesAsync(c, invitation.EventId, tx)).Single(p => p.PartyId == invitation.PartyId);
        if (party.Contacts.Count > 0)
            await queue.Begin(c, tx).QueueAsync(MailKind.Confirmation, ev, party, now, answer: Enums.Name(state), cancellationToken: cancellationToken);
        return await ViewAsync(c, await FindAsync(c, token, tx), ev, tx);
    }

    /// <summary>The language of the invitation a token belongs to; English for an unknown token.</summary>
    public static async Task<string> LanguageAsync(DbConnection c, string token) =>
        await RsvpTokens.FindAsync(c, token) is { } id
            ? await c.ExecuteScalarAsync<string>("SELECT language FROM invitation WHERE id = @id", new { id }) ?? "en"
            : "en";

    /// <summary>
    /// The party's person of that name (in any of the three languages, ignoring case), or a new one: an answer
    /// sent twice, or a delegate named again in a later reply, does not fill the directory with duplicates.
    /// </summary>
    private static async Task<long> CreatePersonAsync(DbConnection c, DbTransaction tx, InvitationRow invitation, RsvpPerson p)
    {
        var name = MailComposer.Clean(p.Name ?? "");
        var known = name.Length == 0 ? null : await c.ExecuteScalarAsync<long?>(
            """
            SELECT id FROM person WHERE party_id = @PartyId
            AND (lower(name_en) LIKE lower(@pattern) ESCAPE '\' OR lower(name_ru) LIKE lower(@pattern) ESCAPE '\' OR lower(name_zh) LIKE lower(@pattern) ESCAPE '\')
            ORDER BY id LIMIT 1
            """, new { invitation.PartyId, pattern = Like.Exactly(name) }, tx);
        if (known is { } id)
            return id;
        var title = MailComposer.Clean(p.Title ?? "");
        LocalizedTextInput Typed(string text) =>
            new(text, invitation.Language == "ru" ? text : "", invitation.Language == "zh" ? text : "");
        var person = await PersonService.AddAsync(c, tx, new PersonInput(Typed(name), Typed(title), invitation.PartyId, null, null));
        return person.Id;
    }

    private static async Task<InvitationRow> FindAsync(DbConnection c, string token, DbTransaction? tx)
    {
        var id = await RsvpTokens.FindAsync(c, token, tx)
            ?? throw PlannerException.NotFound(ErrorCode.RsvpUnknownLink, "This reply link is not known. Use the link from the most recent message.");
        return await c.QuerySingleAsync<InvitationRow>(
            "SELECT id, event_id AS EventId, party_id AS PartyId, language, state, answered_at AS AnsweredAt FROM invitation WHERE id = @id",
            new { id }, tx);
    }

    /// <summary>Refuses a reply to a cancelled event (409) or after the deadline (410, with the deadline in the venue's zone as argument).</summary>
    private static void EnsureOpen(MailEvent ev, Instant now)
    {
        if (ev.Event.Status == EventStatus.Cancelled)
            throw new PlannerException(ErrorKind.Conflict, ErrorCode.RsvpEventCancelled, "The event has been cancelled; replies are no longer taken.");
        if (now >= ev.Deadline || ev.Event.Status is EventStatus.Held or EventStatus.Closed)
        {
            var deadline = ev.Deadline.InZone(ev.Venue.Zone);
            throw new PlannerException(ErrorKind.Gone, ErrorCode.RsvpClosed,
                $"Replies closed on {DateWords.Zoned(ev.Deadline, ev.Venue.Zone, Language.English)}; please contact the secretariat.",
                arguments: new Dictionary<string, object?> { ["deadline"] = deadline });
        }
    }

    private static async Task<RsvpView> ViewAsync(DbConnection c, InvitationRow invitation, MailEvent ev, DbTransaction? tx)
    {
        var lang = invitation.Language;
        var party = (await InvitationStore.PartiesAsync(c, invitation.EventId, tx)).Single(p => p.PartyId == invitation.PartyId);
        var people = (await Parties.PartyStore.PeopleAsync(c, invitation.PartyId, null, tx))
            .Select(p => new RsvpCandidate(p.Id, p.Name.In(lang), p.Title.In(lang))).ToList();
        var e = ev.Event;
        return new RsvpView(e.Id, e.Title.In(lang), ev.Venue.Location(Language.Parse(lang)), e.Start, e.End, e.TimeZone,
            party.PartyId, party.Name.In(lang), lang, Enums.Parse<InvitationState>(invitation.State),
            invitation.AnsweredAt is { } a ? Sql.Instant(a) : null, ev.Deadline, ev.Settings.Quota,
            await EventStore.DelegationAsync(c, e.Id, party.PartyId, tx), people);
    }
}
