using NodaTime;
using Planner.Http;

namespace Planner.Parties;

/// <summary>What kind of party takes part in the organisation's work.</summary>
public enum PartyKind
{
    /// <summary>A state, known by its ISO 3166 alpha-3 code.</summary>
    State,

    /// <summary>An international organisation (UNODC, CSTO Secretariat, the organisation's own secretariat).</summary>
    Organisation,

    /// <summary>A diplomatic mission, e.g. an embassy invited to observe an exercise.</summary>
    Mission,
}

/// <summary>A party's standing in the organisation over a period.</summary>
public enum Standing
{
    Member,
    Observer,
    DialoguePartner,
}

/// <summary>
/// A state, organisation or mission. <see cref="Status"/> is its standing on the date the
/// list was asked for (null where it has none then: an organisation, a former member).
/// </summary>
public sealed record Party(
    long Id,
    string Code,
    PartyKind Kind,
    LocalizedText Name,
    IReadOnlyList<string> ContactEmails,
    string Language,
    IReadOnlyList<int> Weekend,
    Standing? Status,
    long Version)
{
    /// <summary>
    /// Whom a note verbale to this party is addressed to, in each language in the form a note uses: the
    /// competent authority or ministry, in Russian in the dative case ("Министерству иностранных дел
    /// Республики Казахстан"), in English with its article ("the Ministry of Foreign Affairs of …").
    /// Empty texts where it has not been written yet.
    /// </summary>
    public LocalizedText Addressee { get; init; } = new("", "", "");
}

/// <summary>A party as a client sends it. <c>Version</c> is required to change an existing party.</summary>
public sealed record PartyInput(
    string? Code,
    PartyKind? Kind,
    LocalizedTextInput? Name,
    IReadOnlyList<string>? ContactEmails,
    string? Language,
    IReadOnlyList<int>? Weekend,
    long? Version)
{
    /// <summary>The addressee of notes verbales (see <see cref="Party.Addressee"/>); left as it is when absent.</summary>
    public LocalizedTextInput? Addressee { get; init; }
}

/// <summary>
/// A party's standing from <see cref="From"/> (inclusive) until <see cref="To"/> (exclusive: the
/// day the next standing starts); an open <see cref="To"/> means "still".
/// </summary>
public sealed record PartyStatus(long Id, long PartyId, Standing Status, LocalDate From, LocalDate? To, long Version);

public sealed record PartyStatusInput(Standing? Status, LocalDate? From, LocalDate? To, long? Version);

/// <summary>
/// A person who may sit in a delegation, chair a session or speak. <see cref="Name"/> is the full name in each
/// language's protocol order (<see cref="PersonName"/>), made from <see cref="FamilyName"/> and <see cref="GivenNames"/>;
/// <see cref="Title"/> is the position, per language.
/// </summary>
public sealed record Person(long Id, LocalizedText Name, LocalizedText Title, long PartyId, string? Email, long Version)
{
    public LocalizedText FamilyName { get; init; } = new("", "", "");

    public LocalizedText GivenNames { get; init; } = new("", "", "");
}

/// <summary>
/// A person as a client sends it: <see cref="FamilyName"/> and <see cref="GivenNames"/> per language, or (as before
/// names had parts) only <c>name</c>, kept whole as the family name. Texts are objects of languages or plain strings (English).
/// </summary>
public sealed record PersonInput(LocalizedTextInput? Name, LocalizedTextInput? Title, long? PartyId, string? Email, long? Version)
{
    public LocalizedTextInput? FamilyName { get; init; }

    public LocalizedTextInput? GivenNames { get; init; }
}

/// <summary>Languages in which a party corresponds and documents are printed.</summary>
public static class Languages
{
    public static readonly string[] All = ["en", "ru", "zh"];

    public static bool IsKnown(string? language) => language is not null && All.Contains(language);
}
