using NodaTime;
using Planner.Http;
using Planner.Parties;

namespace Planner.Events;

public enum EventKind
{
    Council,
    Conference,
    Exercise,
    Workshop,
}

/// <summary>Where an event stands; <see cref="Cancelled"/> events occupy no one and clash with nothing.</summary>
public enum EventStatus
{
    Draft,
    Planned,
    InvitationsSent,
    Held,
    Closed,
    Cancelled,
}

/// <summary>Where a party stands with its invitation to an event: its answer, kept with its participation (the invitations capability sets it).</summary>
public enum InvitationState
{
    /// <summary>Invited; no answer yet.</summary>
    Invited,
    Accepted,
    Declined,

    /// <summary>Answered "tentative" from a calendar (an iMIP REPLY with PARTSTAT=TENTATIVE): maybe.</summary>
    Tentative,
}

/// <summary>The capacity in which a party takes part in an event.</summary>
public enum ParticipationRole
{
    Member,
    Observer,
    DialoguePartner,
    Guest,
    InternationalOrganisation,
    Secretariat,

    /// <summary>Accredited media (a news agency, a broadcaster): its people get Press badges and no seat at the table.</summary>
    Press,
}

/// <summary>
/// A Council meeting, conference, exercise or workshop. <see cref="Start"/> and <see cref="End"/> are
/// local date-times at the venue (its <see cref="TimeZone"/>); <see cref="StartAt"/> and
/// <see cref="EndAt"/> are the same moments as instants. The end is exclusive.
/// </summary>
public sealed record Event(
    long Id,
    EventKind Kind,
    LocalizedText Title,
    long? SeriesId,
    int? Number,
    long VenueId,
    string TimeZone,
    LocalDateTime Start,
    LocalDateTime End,
    Instant StartAt,
    Instant EndAt,
    long? HostPartyId,
    long? ChairPartyId,
    EventStatus Status,
    long Version);

/// <summary>
/// An event as a client sends it. Without a number, an event in a series gets the next one;
/// without a chair, a Council meeting gets the state chairing on its first day.
/// </summary>
public sealed record EventInput(
    EventKind? Kind,
    LocalizedTextInput? Title,
    long? SeriesId,
    int? Number,
    long? VenueId,
    LocalDateTime? Start,
    LocalDateTime? End,
    long? HostPartyId,
    long? ChairPartyId,
    EventStatus? Status,
    long? Version);

/// <summary>
/// A party taking part in an event, with its standing in the organisation on the event's first day and its
/// answer to the invitation: <c>invited</c> (no answer yet), <c>accepted</c>, <c>declined</c>, or null before it is invited.
/// A party that declined stays a participant (its answer may change) but is left out of the printed list of participants.
/// </summary>
public sealed record Participant(long PartyId, string Code, LocalizedText Name, PartyKind Kind, ParticipationRole Role,
    Standing? Status, long Version, long DelegationVersion, InvitationState? Answer = null);

/// <summary>The participants of one role, in order of precedence.</summary>
public sealed record ParticipantGroup(ParticipationRole Role, IReadOnlyList<Participant> Parties);

public sealed record ParticipantInput(long? PartyId, ParticipationRole? Role, long? Version);

/// <summary>
/// One person in a delegation. The head of delegation comes first. <see cref="Function"/> is what the person does in
/// this delegation ("Head of delegation", "Expert") in the three languages; empty where none was given.
/// </summary>
public sealed record Delegate(long PersonId, LocalizedText Name, LocalizedText Title, bool IsHead, LocalizedText Function);

/// <summary>A party's delegation to an event; replaced as a whole, under its own version.</summary>
public sealed record Delegation(long EventId, long PartyId, IReadOnlyList<Delegate> Members, long Version);

/// <summary>One person of a delegation as sent: the function as <c>{en,ru,zh}</c> or a plain string (English); null is none.</summary>
public sealed record DelegateInput(long? PersonId, LocalizedTextInput? Function);

public sealed record DelegationInput(DelegateInput? Head, IReadOnlyList<DelegateInput>? Members, long? Version);
