using NodaTime;
using Planner.Events;

namespace Planner.Invitations;

/// <summary>The messages Planner sends; each has a template per language in <c>templates/mail/</c>.</summary>
public enum MailKind
{
    Invitation,
    Update,
    Cancellation,
    Reminder,
    Confirmation,
}

/// <summary>
/// Where a message in the outbox stands: <see cref="Queued"/> (waiting, perhaps after a transient failure),
/// <see cref="Sending"/> (handed to the server; if the service stops now it is sent once more on restart),
/// <see cref="Sent"/> (the server accepted it), <see cref="Failed"/> (rejected for good; see the error) or
/// <see cref="Unknown"/> (the whole message went to the server, whose final reply never came: it may have been
/// delivered, so it is not sent again by itself; a planner who checked sends it again).
/// </summary>
public enum OutboxState
{
    Queued,
    Sending,
    Sent,
    Failed,
    Unknown,
}

/// <summary>
/// One party's invitation to an event as the secretariat sees it: the answer and the state of the
/// last message sent to it (with the reason where it failed).
/// </summary>
public sealed record InvitationView(
    long PartyId,
    string Code,
    string Language,
    InvitationState State,
    Instant InvitedAt,
    Instant? AnsweredAt,
    IReadOnlyList<OutboxView> Messages);

/// <summary>A message in the outbox.</summary>
public sealed record OutboxView(long Id, MailKind Kind, OutboxState State, int Attempts, string Subject, string MessageId,
    Instant QueuedAt, Instant? SentAt, string? LastError);

/// <summary>What <c>POST /api/events/{id}/invitations</c> did: who was invited now, and who could not be.</summary>
public sealed record InviteResult(IReadOnlyList<long> Invited, IReadOnlyList<SkippedParty> Skipped);

/// <summary>A participant not invited, and why (already invited, no contact address, the organiser itself).</summary>
public sealed record SkippedParty(long PartyId, string Code, SkipReason Reason);

/// <summary>Why a party was left out when invitations went out; said in the reader's language by <see cref="InvitationRules.Key"/>.</summary>
public enum SkipReason
{
    /// <summary>The party is the organiser (the secretariat) and is not invited to its own event.</summary>
    Organiser,

    /// <summary>The party has an invitation already; send it again from the list instead.</summary>
    AlreadyInvited,

    /// <summary>The party has no contact e-mail address to send to.</summary>
    NoAddress,
}

/// <summary>
/// Per-event invitation settings. <see cref="Deadline"/> is when replies close (null: the event's start);
/// <see cref="Quota"/> the most people a delegation may name by RSVP; reminders go the given numbers
/// of days before the deadline (to parties that have not answered) and before the event (to delegations that accepted).
/// </summary>
public sealed record InvitationSettings(long EventId, Instant? Deadline, int Quota, IReadOnlyList<int> RemindUnansweredDays,
    IReadOnlyList<int> RemindConfirmedDays, int Sequence, long Version);

public sealed record InvitationSettingsInput(Instant? Deadline, int? Quota, IReadOnlyList<int>? RemindUnansweredDays,
    IReadOnlyList<int>? RemindConfirmedDays, long? Version);

/// <summary>The parties to invite; all participants (but the organiser) when absent.</summary>
public sealed record InviteInput(IReadOnlyList<long>? PartyIds);
