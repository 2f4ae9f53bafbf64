using System.Text.Json.Serialization;
using NodaTime;

namespace Planner.Venues;

/// <summary>
/// A place where events are held, with the IANA time zone its local times are in. Its name and city are
/// written in each working language (a Russian agenda prints "Дворец Независимости, Минск").
/// </summary>
public sealed record Venue(long Id, LocalizedText Name, LocalizedText City, string Country, string TimeZone, long Version)
{
    /// <summary>The venue's zone from NodaTime's own tz database (not the machine's), so results do not depend on the host.</summary>
    [JsonIgnore]
    public DateTimeZone Zone => DateTimeZoneProviders.Tzdb[TimeZone];


    /// <summary>Name and city in <paramref name="language"/> ("Дворец Независимости, Минск"), English where one is not translated.</summary>
    public string Place(Language language) => Join(language, Name.In(language), City.In(language));

    /// <summary>A name and a city as <paramref name="language"/> punctuates them ("独立宫，阿斯塔纳" with the Chinese comma).</summary>
    public static string Join(Language language, string name, string city) =>
        language == Language.Chinese ? $"{name}，{city}" : $"{name}, {city}";

    /// <summary>
    /// Where the event is, as mail, the calendar's LOCATION and the reply page say it in <paramref name="language"/>:
    /// name and city, and in English the country too (the country is held in English only, so a Russian or
    /// Chinese text leaves it out rather than print an English word).
    /// </summary>
    public string Location(Language language) => language == Language.English ? $"{Place(language)}, {Country}" : Place(language);
}

/// <summary>A venue as a client sends it; name and city are texts per language (a plain string is English).</summary>
public sealed record VenueInput(LocalizedTextInput? Name, LocalizedTextInput? City, string? Country, string? TimeZone, long? Version);
