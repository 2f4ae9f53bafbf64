using System.Globalization;
using System.Text.RegularExpressions;

namespace Planner.Documents.Protocol;

/// <summary>Settings of the protocol documents, under <c>Planner:Protocol</c>.</summary>
public sealed class ProtocolOptions
{
    public const string Section = "Planner:Protocol";

    /// <summary>
    /// How outgoing register numbers are written: <c>{year}</c> is the year, <c>{seq}</c> the number within the
    /// year, with an optional .NET number format after a colon (<c>{seq:000}</c> writes 7 as 007).
    /// Default <c>{year}/{seq:000}</c> (2027/007). Checked at start.
    /// </summary>
    public string RegisterFormat { get; set; } = "{year}/{seq:000}";

    /// <summary>The IANA time zone of the organisation's seat: the date a note carries is today there. Default Asia/Tashkent.</summary>
    public string TimeZone { get; set; } = "Asia/Tashkent";
}

/// <summary>A register number format, as in <see cref="ProtocolOptions.RegisterFormat"/>.</summary>
public sealed partial class RegisterFormat
{
    private readonly string _pattern;

    /// <exception cref="ArgumentException">The format has no <c>{seq}</c>, or a placeholder other than <c>{year}</c> and <c>{seq}</c>.</exception>
    public RegisterFormat(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        foreach (Match m in Placeholder().Matches(pattern))
        {
            if (m.Groups["name"].Value is not ("year" or "seq"))
                throw new ArgumentException($"Planner:Protocol:RegisterFormat '{pattern}' has the unknown placeholder {m.Value}; use {{year}} and {{seq}}.", nameof(pattern));
            if (m.Groups["format"].Success)
                _ = 1.ToString(m.Groups["format"].Value, CultureInfo.InvariantCulture);
        }

        if (!Placeholder().Matches(pattern).Any(m => m.Groups["name"].Value == "seq"))
            throw new ArgumentException($"Planner:Protocol:RegisterFormat '{pattern}' lacks {{seq}}: two notes of a year would share a number.", nameof(pattern));
        _pattern = pattern;
    }

    /// <summary>The number of the <paramref name="seq"/>th note of <paramref name="year"/>.</summary>
    public string Format(int year, int seq) => Placeholder().Replace(_pattern, m =>
    {
        var value = m.Groups["name"].Value == "year" ? year : seq;
        return m.Groups["format"].Success
            ? value.ToString(m.Groups["format"].Value, CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);
    });

    [GeneratedRegex(@"\{(?<name>[a-z]+)(:(?<format>[^}]+))?\}")]
    private static partial Regex Placeholder();
}
