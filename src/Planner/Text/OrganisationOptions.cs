namespace Planner.Text;

/// <summary>
/// The organisation's own names in each working language, under <c>Planner:Organisation</c>
/// (e.g. <c>Planner:Organisation:Secretariat:ru</c>). A name or language left out keeps the catalogue's
/// default, the RATS SCO's names. They are the mail sender's display name and the calendar ORGANIZER
/// (<see cref="Secretariat"/>), the documents' running header (<see cref="ShortName"/>), their title block
/// (<see cref="FullName"/>), the PDF author (<see cref="Committee"/>) and the subject of every opening sentence.
/// </summary>
public sealed class OrganisationOptions
{
    public const string Section = "Planner:Organisation";

    /// <summary>"RATS SCO", "РАТС ШОС", "上合组织地区反恐怖机构" (catalogue key <c>org.short</c>).</summary>
    public Dictionary<string, string> ShortName { get; } = [];

    /// <summary>"Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation" (<c>org.full</c>).</summary>
    public Dictionary<string, string> FullName { get; } = [];

    /// <summary>"RATS SCO Executive Committee" (<c>org.committee</c>).</summary>
    public Dictionary<string, string> Committee { get; } = [];

    /// <summary>"RATS SCO Secretariat", "Секретариат РАТС ШОС" (<c>org.secretariat</c>): who sends mail and invites.</summary>
    public Dictionary<string, string> Secretariat { get; } = [];

    /// <summary>The configured names by catalogue key (only those given).</summary>
    public IEnumerable<(string Key, IReadOnlyDictionary<string, string> Values)> Entries()
    {
        if (ShortName.Count > 0)
            yield return ("org.short", ShortName);
        if (FullName.Count > 0)
            yield return ("org.full", FullName);
        if (Committee.Count > 0)
            yield return ("org.committee", Committee);
        if (Secretariat.Count > 0)
            yield return ("org.secretariat", Secretariat);
    }
}
