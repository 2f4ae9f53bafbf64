using NodaTime;
using NodaTime.Text;

namespace Planner.Text;

/// <summary>
/// Dates and times as each language writes them, in one place for documents, mail and pages:
/// "15 April 2027", "15 апреля 2027 г." (the month in the genitive), "2027年4月15日"; a time at a venue with
/// its zone named by offset and city: "15 апреля 2027 г., 18:00 (UTC+05:00, Ташкент)".
/// </summary>
/// <remarks>
/// The patterns and the cities of time zones are catalogue entries (<c>date.*</c>, <c>zone.*</c>). A zone the
/// catalogue does not name is named by the last part of its IANA id ("America/New_York" → "New York").
/// </remarks>
public static class DateWords
{
    /// <summary>"15 April 2027", "15 апреля 2027 г.", "2027年4月15日".</summary>
    public static string Date(LocalDate date, Language language, Catalogue? catalogue = null) =>
        LocalDatePattern.Create((catalogue ?? Catalogue.Default).Get("date.day", language), Catalogue.Culture(language)).Format(date);

    /// <summary>"15 April 2027, 18:00", "15 апреля 2027 г., 18:00", "2027年4月15日 18:00".</summary>
    public static string DateTime(LocalDateTime at, Language language, Catalogue? catalogue = null)
    {
        var c = catalogue ?? Catalogue.Default;
        return c.Fill("date.at", language, new Dictionary<string, string>
        {
            ["date"] = Date(at.Date, language, c),
            ["time"] = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(at.TimeOfDay),
        });
    }

    /// <summary>The zone at a moment: "UTC+05:00, Tashkent", "UTC+05:00, Ташкент", "UTC+05:00，塔什干".</summary>
    public static string Zone(DateTimeZone zone, Instant at, Language language, Catalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var c = catalogue ?? Catalogue.Default;
        var key = "zone." + zone.Id;
        var city = c.Has(key) ? c.Get(key, language) : zone.Id[(zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return c.Fill("date.zone", language, new Dictionary<string, string>
        {
            ["offset"] = OffsetPattern.CreateWithInvariantCulture("+HH:mm").Format(zone.GetUtcOffset(at)),
            ["city"] = city,
        });
    }

    /// <summary>A moment in a zone's local time with the zone named: "15 апреля 2027 г., 18:00 (UTC+05:00, Ташкент)".</summary>
    public static string Zoned(Instant at, DateTimeZone zone, Language language, Catalogue? catalogue = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var c = catalogue ?? Catalogue.Default;
        return c.Fill("date.zoned", language, new Dictionary<string, string>
        {
            ["at"] = DateTime(at.InZone(zone).LocalDateTime, language, c),
            ["zone"] = Zone(zone, at, language, c),
        });
    }
}
