using NodaTime;

namespace Planner.Time;

/// <summary>
/// The one clock of Planner's "today": the current date at the secretariat (its zone is the setting
/// <c>Planner:TimeZone</c>, Asia/Tashkent by default), so that "overdue", "coming" and the default
/// date of a query change at the secretariat's midnight, not at UTC's or the server's.
/// </summary>
/// <remarks>Instants come from the <see cref="IClock"/> it wraps, which tests replace with a fake clock.</remarks>
public sealed class SecretariatClock(IClock clock, DateTimeZone zone)
{
    public DateTimeZone Zone { get; } = zone;

    public Instant Now => clock.GetCurrentInstant();

    /// <summary>Today's date at the secretariat.</summary>
    public LocalDate Today => Now.InZone(Zone).Date;

    /// <summary>Today's date in <paramref name="other"/> (a venue's zone).</summary>
    public LocalDate TodayIn(DateTimeZone other) => Now.InZone(other).Date;
}
