using NodaTime;
using NodaTime.Text;

namespace Planner.Data;

/// <summary>
/// How domain values are stored: dates and local date-times as ISO text (which sorts and
/// compares correctly as text), instants as Unix seconds.
/// </summary>
public static class Sql
{
    private static readonly LocalDateTimePattern LocalDateTimeText = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public static string Text(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string? Text(LocalDate? date) => date is { } d ? Text(d) : null;

    public static string Text(LocalDateTime value) => LocalDateTimeText.Format(value);

    public static string Text(LocalTime value) => LocalTimePattern.CreateWithInvariantCulture("HH':'mm").Format(value);

    public static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    public static LocalDate? Date(string? text, bool nullable) => text is null ? null : Date(text);

    public static LocalDateTime DateTime(string text) => LocalDateTimeText.Parse(text).Value;

    public static LocalTime Time(string text) =>
        LocalTimePattern.CreateWithInvariantCulture("HH':'mm").Parse(text) is { Success: true } hhmm ? hhmm.Value : LocalTimePattern.ExtendedIso.Parse(text).Value;

    public static long Seconds(Instant instant) => instant.ToUnixTimeSeconds();

    public static Instant Instant(long seconds) => NodaTime.Instant.FromUnixTimeSeconds(seconds);
}
