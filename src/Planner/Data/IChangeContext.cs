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
}

/// <summary>Changes made by Planner itself (the command line, tests reading a database directly).</summary>
public sealed class SystemChanges(IClock clock) : IChangeContext
{
    public static readonly SystemChanges Instance = new(SystemClock.Instance);

    public string Actor => "system";

    public Instant Now => clock.GetCurrentInstant();
}
