using NodaTime;
using Planner.Events;

namespace Planner.Invitations;

/// <summary>Who is invited when invitations go out, and the reply deadline an event gets when none was set.</summary>
public static class InvitationRules
{
    /// <summary>How long before the event replies close by default.</summary>
    public static readonly Duration DefaultLead = Duration.FromDays(14);

    /// <summary>Why <paramref name="party"/> is not invited now, or null when it is.</summary>
    public static SkipReason? WhySkipped(MailParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return party switch
        {
            { Role: ParticipationRole.Secretariat } => SkipReason.Organiser,
            { InvitationId: not null } => SkipReason.AlreadyInvited,
            { Contacts.Count: 0 } => SkipReason.NoAddress,
            _ => null,
        };
    }

    /// <summary>The catalogue entry that says <paramref name="reason"/> (<c>invite.skip.organiser</c>, …).</summary>
    public static string Key(SkipReason reason) => "invite.skip." + Data.Enums.Name(reason);

    /// <summary>
    /// The reply deadline of an event that has none: <see cref="DefaultLead"/> before it starts, or, when that is less than
    /// two days away (invitations sent late), halfway between <paramref name="now"/> and the start, to the minute.
    /// </summary>
    public static Instant DefaultDeadline(Event e, Instant now)
    {
        ArgumentNullException.ThrowIfNull(e);
        var lead = e.StartAt - DefaultLead;
        if (lead >= now + Duration.FromDays(2))
            return lead;
        var half = now + (e.StartAt - now) / 2;
        return half < now ? e.StartAt : Instant.FromUnixTimeSeconds(half.ToUnixTimeSeconds() / 60 * 60);
    }
}
