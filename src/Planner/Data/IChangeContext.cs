using NodaTime;

namespace Planner.Data;

/// <summary>
/// Who is making the changes of the current unit of work, and when: what the history triggers record
/// (<c>planner_actor()</c>, <c>planner_now()</c> on every connection Planner opens).
/// </summary>
/// <remarks>
/// The actor is a user's name, <c>token:&lt;name&gt;</c> for an API token, <c>rsvp:&lt;party code&gt;</c> for a
/// delegation's reply link, or <c>system</c> for jobs, the command line and the start-up.
/// </remarks>
public interface IChangeContext
{
    string Actor { get; }

    Instant Now { get; }

    /// <summary>
    /// Whether the changes are only a trial: every write unit runs its checks and then rolls back, throwing
    /// <see cref="TrialRolledBack"/> instead of committing (a page checking a form it could not wholly read, so that
    /// every error is shown at once and nothing is saved).
    /// </summary>
    bool Trial => false;
}

/// <summary>Changes made by Planner itself (the command line, tests reading a database directly).</summary>
public sealed class SystemChanges(IClock clock) : IChangeContext
{
    public static readonly SystemChanges Instance = new(SystemClock.Instance);

    public string Actor => "system";

    public Instant Now => clock.GetCurrentInstant();
}
