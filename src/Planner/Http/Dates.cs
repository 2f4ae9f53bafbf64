using NodaTime;

namespace Planner.Http;

/// <summary>
/// The dates Planner accepts anywhere (JSON, query strings, forms): years 1900 to 2199 inclusive.
/// Wider than any programme needs, narrow enough that every date arithmetic on them (a year's
/// window, a five-year rotation) stays inside NodaTime's calendar.
/// </summary>
public static class Dates
{
    public const int FirstYear = 1900;

    public const int LastYear = 2199;

    /// <summary>The sentence that refuses a date outside the range.</summary>
    public const string OutOfRange = "Dates run from the year 1900 to 2199.";

    public static bool Supported(LocalDate date) => date.Year is >= FirstYear and <= LastYear;
}
