using NodaTime;
using Planner.Events;
using Planner.Http;

namespace Planner.Documents.Protocol;

/// <summary>The shape of the main table of a seating plan.</summary>
public enum TableShape
{
    Round,
    Rectangular,

    /// <summary>U-shaped: the chair at the middle of the closed side, the delegations down both arms.</summary>
    U,
}

/// <summary>How member delegations are placed from the chair.</summary>
public enum SeatingRule
{
    /// <summary>In order of precedence, clockwise from the chair (the SCO's practice).</summary>
    Clockwise,

    /// <summary>Alternately to the chair's right and left, the first in precedence at the chair's right (classic protocol).</summary>
    Alternating,
}

/// <summary>How an event's delegations are seated; an event never set is seated round, clockwise (version 0).</summary>
public sealed record SeatingSettings(long EventId, TableShape Shape, SeatingRule Rule, long Version);

public sealed record SeatingInput(TableShape? Shape, SeatingRule? Rule, long? Version);

/// <summary>
/// One number of the outgoing register: the note verbale to <see cref="PartyId"/> about <see cref="EventId"/>
/// (null once those are deleted), with its date, addressee and subject as first issued.
/// </summary>
public sealed record RegisterEntry(string Number, int Year, int Seq, LocalDate IssuedOn, long? EventId, long? PartyId, string Language,
    string Addressee, string Subject);

/// <summary>A delegate's arrival at an event, as marked from the badge's check-in link.</summary>
public sealed record Arrival(long PersonId, LocalizedText Name, long PartyId, string PartyCode, LocalizedText Party, Instant ArrivedAt, string MarkedBy);

/// <summary>A named delegate of a party taking part (not declined), who gets a badge.</summary>
public sealed record Holder(long PersonId, LocalizedText Name, LocalizedText Title, bool IsHead, long PartyId, LocalizedText Party, ParticipationRole Role);

/// <summary>What a badge's check-in link opens: the delegate, the event, and the arrival if already marked.</summary>
public sealed record CheckInView(Event Event, Holder Holder, Arrival? Arrival);

/// <summary>The category printed on a badge, by colour band and word.</summary>
public enum BadgeCategory
{
    Member,
    Observer,
    InternationalOrganisation,
    Secretariat,
    Press,
    Guest,
}
